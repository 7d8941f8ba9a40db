// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal_types.h"
#include "core/plan/plan.h"
#include "core/plan/progression.h"

#include <optional>
#include <vector>

namespace limber {

// What the pain-monitoring rule suggests after the latest session of a followed plan.
struct PlanReview {
    std::int64_t sessionId = 0;
    struct Item {
        std::size_t position = 0;
        DoseSuggestion suggestion; // Progress or Regress only: keeping the dose needs no answer
    };
    std::vector<Item> items; // empty: nothing to change, the session only needs marking as reviewed
};

// The review of the latest finished session of `followed` that has not been reviewed yet, once its
// evidence is in: the next day's first pain entry, or, when none was logged, the day after that (the
// missing score then keeps every dose). None while there is nothing to review or the morning is yet to
// come. Of `sessions`, only the one reviewed needs its exercise results (see latestPlanSession); `changes`
// are every dose change recorded so far.
std::optional<PlanReview> pendingReview(const PlanEnrollment& enrollment, const Plan& followed,
                                        const std::vector<SessionRecord>& sessions,
                                        const std::vector<PainEntry>& pain, const std::vector<DoseChange>& changes,
                                        const SafetyState& safety, const Catalog& catalog, LocalDate today);

// The latest finished session of the followed plan, the one a review is about; summaries are enough.
const SessionRecord* latestPlanSession(const PlanEnrollment& enrollment, const std::vector<SessionRecord>& sessions);

// The plan with the accepted suggestions laid in, and the dose changes to record (accepted or not).
struct ReviewOutcome {
    Plan plan;
    std::vector<DoseChange> changes;
};
ReviewOutcome applyReview(const Plan& followed, const PlanReview& review, const std::vector<bool>& accepted,
                          const Moment& now);

} // namespace limber
