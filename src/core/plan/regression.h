// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal_types.h"
#include "core/plan/plan.h"

#include <vector>

namespace limber {

// An easier exercise to offer in place of one that hurt last time.
struct RegressionOffer {
    std::size_t item = 0;  // index into Plan::items
    Exercise replacement;  // the catalog's regression of that item's exercise, with its own default dose

    bool operator==(const RegressionOffer&) const = default;
};

// For each exercise of `plan` that the person marked "this hurt" in `lastSession` (the latest session of
// the same plan) and that has a regression in `catalog`, the offer to do the regression instead.
std::vector<RegressionOffer> regressionOffers(const Plan& plan, const SessionRecord& lastSession, const Catalog& catalog);

// `plan` with the chosen offers taken: those items do the easier exercise.
Plan withRegressions(Plan plan, const std::vector<RegressionOffer>& accepted);

} // namespace limber
