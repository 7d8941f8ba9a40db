// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/common/issue.h"
#include "core/plan/plan.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace limber {

// Parses, checks and resolves one plan document (docs/formats.md) against `catalog`: every problem is
// reported with `fileLabel` and its JSON pointer, including exercise ids the catalog lacks and dose fields
// that do not fit an exercise's mode. A document with any problem yields no plan. Never throws.
Loaded<Plan> parsePlan(std::string_view text, std::string_view fileLabel, const Catalog& catalog);
Loaded<Plan> loadPlanFile(const std::filesystem::path& path, const Catalog& catalog);

// A plan found by `findPlans`: where it came from, and the plan or its problems.
struct PlanSource {
    std::string label; // "<built-in plans>/desk-neck-shoulders.json" or a file path
    bool builtin = false;
    Loaded<Plan> plan;
};

// The built-in plans (compiled in), then every *.json in `userDirectory` in name order.
std::vector<PlanSource> findPlans(const Catalog& catalog, const std::filesystem::path& userDirectory);

} // namespace limber
