// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/plan_review.h"

#include "core/journal/reports.h"

#include <algorithm>

namespace limber {
namespace {

// Symptoms that, new after a session, mean the exercise should be checked before more of it.
bool worrying(const PainEntry& entry)
{
    const auto& symptoms = entry.symptoms;
    return !entry.redFlags.empty()
        || std::find(symptoms.begin(), symptoms.end(), Symptom::SpreadingDownLeg) != symptoms.end()
        || std::find(symptoms.begin(), symptoms.end(), Symptom::NumbnessTingling) != symptoms.end();
}

// Completed sessions of the plan at the item's current dose: since the plan started, or since the item's
// last accepted change, up to and including `session`.
int sessionsAtDose(const PlanEnrollment& enrollment, std::size_t position, const SessionRecord& session,
                   const std::vector<SessionRecord>& sessions, const std::vector<DoseChange>& changes)
{
    std::int64_t after = 0;
    for (const DoseChange& change : changes) {
        if (change.enrollmentId == enrollment.id && change.accepted && change.position == static_cast<int>(position))
            after = std::max(after, change.sessionId);
    }
    return static_cast<int>(std::count_if(sessions.begin(), sessions.end(), [&](const SessionRecord& s) {
        return s.planId == enrollment.planId && s.status == SessionStatus::Completed && s.id > after && s.id <= session.id
            && s.started.date >= enrollment.start;
    }));
}

} // namespace

const SessionRecord* latestPlanSession(const PlanEnrollment& enrollment, const std::vector<SessionRecord>& sessions)
{
    const auto latest = std::find_if(sessions.rbegin(), sessions.rend(), [&](const SessionRecord& s) {
        return s.planId == enrollment.planId && s.status != SessionStatus::InProgress && s.started.date >= enrollment.start;
    });
    return latest == sessions.rend() ? nullptr : &*latest;
}

std::optional<PlanReview> pendingReview(const PlanEnrollment& enrollment, const Plan& followed,
                                        const std::vector<SessionRecord>& sessions,
                                        const std::vector<PainEntry>& pain, const std::vector<DoseChange>& changes,
                                        const SafetyState& safety, const Catalog& catalog, LocalDate today)
{
    const SessionRecord* latest = latestPlanSession(enrollment, sessions);
    if (!latest || latest->id <= enrollment.reviewedSessionId)
        return std::nullopt;
    const SessionRecord& session = *latest;
    const LocalDate morning = addDays(session.started.date, 1);
    if (today < morning)
        return std::nullopt;

    const PainEntry* nextMorning = nullptr;
    bool warningSigns = safety.exerciseOnHold();
    for (const PainEntry& entry : pain) {
        if (entry.when.instant < session.started.instant)
            continue;
        warningSigns = warningSigns || worrying(entry);
        if (entry.when.date == morning && (!nextMorning || entry.when.instant < nextMorning->when.instant))
            nextMorning = &entry;
    }
    // The morning's entry may still come today; from the day after, the review goes ahead without it.
    if (!nextMorning && today == morning)
        return std::nullopt;

    const JournalReport week = weeklyReport(pain, {}, addDays(session.started.date, -7), session.started.date, today);
    PlanReview review;
    review.sessionId = session.id;
    for (std::size_t position = 0; position < followed.items.size(); ++position) {
        const auto result = std::find_if(session.results.begin(), session.results.end(),
                                         [&](const ExerciseResult& r) { return r.position == static_cast<int>(position); });
        ProgressionEvidence evidence;
        evidence.sessionCompleted = session.status == SessionStatus::Completed;
        evidence.itemDone = result != session.results.end() && !result->skipped;
        evidence.itemHurt = result != session.results.end() && result->hurt;
        evidence.painBefore = session.painBefore;
        evidence.painDuring = session.painDuring;
        if (nextMorning)
            evidence.nextMorning = nextMorning->score;
        if (!week.weeks.empty())
            evidence.weeklyChange = week.weeks.back().painChange;
        evidence.sessionsAtDose = sessionsAtDose(enrollment, position, session, sessions, changes);
        evidence.warningSigns = warningSigns;
        DoseSuggestion suggestion = suggestDose(followed.items[position], followed.progression, evidence, catalog);
        if (suggestion.decision == DoseDecision::Progress || suggestion.decision == DoseDecision::Regress)
            review.items.push_back({position, std::move(suggestion)});
    }
    return review;
}

ReviewOutcome applyReview(const Plan& followed, const PlanReview& review, const std::vector<bool>& accepted,
                          const Moment& now)
{
    ReviewOutcome outcome{followed, {}};
    for (std::size_t i = 0; i < review.items.size(); ++i) {
        const PlanReview::Item& item = review.items[i];
        if (item.position >= outcome.plan.items.size())
            continue;
        Exercise& current = outcome.plan.items[item.position].exercise;
        const bool yes = i < accepted.size() && accepted[i];
        DoseChange change;
        change.sessionId = review.sessionId;
        change.when = now;
        change.position = static_cast<int>(item.position);
        change.kind = item.suggestion.decision == DoseDecision::Progress ? DoseChangeKind::Progress : DoseChangeKind::Regress;
        change.exerciseBefore = current.id;
        change.exerciseAfter = item.suggestion.exercise.id;
        change.doseBefore = doseMessage(current);
        change.doseAfter = doseMessage(item.suggestion.exercise);
        change.reason = item.suggestion.reason;
        change.accepted = yes;
        outcome.changes.push_back(std::move(change));
        if (yes)
            current = item.suggestion.exercise;
    }
    return outcome;
}

} // namespace limber
