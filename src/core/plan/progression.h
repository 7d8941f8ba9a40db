// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/catalog/exercise.h"
#include "core/plan/plan.h"

#include <optional>
#include <string>

namespace limber {

// What is known after a plan session, for one item of the plan. Pain scores are 0–10.
struct ProgressionEvidence {
    bool sessionCompleted = false;
    bool itemDone = false;               // the item's result exists and was not skipped
    bool itemHurt = false;               // "This hurt" was pressed on it
    std::optional<int> painBefore;       // asked before the session: the person's usual level
    std::optional<int> painDuring;       // the highest pain during the session (asked after it)
    std::optional<int> nextMorning;      // the first pain entry of the next day
    std::optional<double> weeklyChange;  // this week's mean pain minus last week's; none without both
    int sessionsAtDose = 0;              // completed plan sessions at the item's current dose, this one included
    bool warningSigns = false;           // red flags open, or a new shooting/spreading symptom since the session
};

enum class DoseDecision { Progress, Keep, Regress, StopAndReview };

struct DoseSuggestion {
    DoseDecision decision = DoseDecision::Keep;
    Exercise exercise;  // as suggested: a new dose, or another catalog exercise at its default dose
    Message reason; // one sentence for the person, with the scores and the dose change ("Progression" scope)
};

// The pain-monitoring model (Thomeé 1997; brief 2.5 and 4.5) applied to one plan item, in this order:
// warning signs stop and ask for a review; pain during above 5/10, "This hurt", next-morning pain above the
// pain before the session, or a weekly mean up by 1 point or more regress; any missing score, pain during
// of 4–5/10, an unfinished session or skipped item, no progression rule, or fewer than
// `rule->everySessions` sessions at this dose keep the dose; anything else progresses by `rule->step`.
// Progressing and regressing stay within the catalog's dose ranges; a dose that can go no further moves to
// the exercise's `progression` or `regression` in `catalog`, at that exercise's default dose, and without
// one the dose is kept. Never fails; the returned exercise is a copy.
DoseSuggestion suggestDose(const PlanItem& item, const std::optional<Progression>& rule,
                           const ProgressionEvidence& evidence, const Catalog& catalog);

} // namespace limber
