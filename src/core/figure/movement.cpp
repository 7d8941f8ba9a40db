// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/figure/movement.h"

#include <algorithm>
#include <cmath>

namespace limber {
namespace {

using Seconds = std::chrono::duration<double>;

constexpr Seconds easeIntoHold{1.5};
constexpr Seconds timedStep{2.0};

// The pose `fraction` of the way along `poses` (0: the first, 1: the last), eased within each step.
Pose along(const std::vector<Pose>& poses, double fraction)
{
    if (poses.size() == 1)
        return poses.front();
    const double position = std::clamp(fraction, 0.0, 1.0) * static_cast<double>(poses.size() - 1);
    const auto index = std::min(static_cast<std::size_t>(position), poses.size() - 2);
    return interpolate(poses[index], poses[index + 1], easeInOut(position - static_cast<double>(index)));
}

} // namespace

Pose poseDuring(const ExerciseFigure& figure, DoseMode mode, const Phase& phase, Duration elapsed)
{
    const std::vector<Pose>& poses = figure.poses;
    if (phase.kind != PhaseKind::Work || poses.size() == 1)
        return poses.front();
    const double seconds = std::max(0.0, Seconds{elapsed}.count());
    if (phase.reps > 0) {
        // Out through the key poses in the first half of a repetition, back in the second.
        const double perRep = Seconds{phase.duration}.count() / phase.reps;
        const double within = perRep > 0 ? std::fmod(seconds, perRep) / perRep : 0;
        return along(poses, within < 0.5 ? within * 2 : 2 - within * 2);
    }
    if (mode == DoseMode::Timed) {
        const double cycle = timedStep.count() * static_cast<double>(poses.size());
        const double within = std::fmod(seconds, cycle) / cycle;
        return along(poses, within < 0.5 ? within * 2 : 2 - within * 2);
    }
    const double into = std::min(easeIntoHold.count(), Seconds{phase.duration}.count() / 3);
    return along(poses, into > 0 ? seconds / into : 1);
}

bool mirroredDuring(const Phase& phase)
{
    return phase.side == Side::Right;
}

} // namespace limber
