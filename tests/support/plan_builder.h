// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/plan/plan.h"

#include <string>

namespace limber::test {

// A plan item for tests that need only an exercise's id, mode and dose.
inline PlanItem planItem(std::string id, DoseMode mode, Dose dose, bool perSide = false)
{
    PlanItem item;
    item.exercise.id = std::move(id);
    item.exercise.mode = mode;
    item.exercise.dose = std::move(dose);
    item.exercise.perSide = perSide;
    return item;
}

} // namespace limber::test
