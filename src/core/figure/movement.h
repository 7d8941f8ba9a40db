// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"
#include "core/session/timeline.h"

namespace limber {

// The figure's pose at `elapsed` into `phase` of a session, so that the figure moves in step with it:
// get-ready, rest and switching sides show the starting pose; a hold eases into the last key pose within
// its first seconds and stays; each repetition goes from the first key pose through the others to the last
// and back, at the phase's pace; a timed exercise goes round its key poses every few seconds.
Pose poseDuring(const ExerciseFigure& figure, DoseMode mode, const Phase& phase, Duration elapsed);

// Whether the figure is drawn as the person's other side: the right side of a per-side exercise.
bool mirroredDuring(const Phase& phase);

} // namespace limber
