// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/plan/regression.h"

namespace limber {

std::vector<RegressionOffer> regressionOffers(const Plan& plan, const SessionRecord& lastSession, const Catalog& catalog)
{
    std::vector<RegressionOffer> offers;
    if (lastSession.planId != plan.id)
        return offers;
    for (const ExerciseResult& result : lastSession.results) {
        if (!result.hurt || result.position < 0 || static_cast<std::size_t>(result.position) >= plan.items.size())
            continue;
        const auto item = static_cast<std::size_t>(result.position);
        const Exercise& exercise = plan.items[item].exercise;
        // A plan edited since then may have another exercise at that place: the note is about the old one.
        if (exercise.id != result.exerciseId || exercise.regression.empty())
            continue;
        if (const Exercise* easier = catalog.find(exercise.regression))
            offers.push_back({item, *easier});
    }
    return offers;
}

Plan withRegressions(Plan plan, const std::vector<RegressionOffer>& accepted)
{
    for (const RegressionOffer& offer : accepted) {
        if (offer.item < plan.items.size())
            plan.items[offer.item].exercise = offer.replacement;
    }
    return plan;
}

} // namespace limber
