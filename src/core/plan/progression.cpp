// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/plan/progression.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>
#include <vector>

namespace limber {

namespace {

// The catalog reader's upper limits (exercise_reader.cpp), so that a suggested dose still loads.
constexpr int maxHoldReps = 50;
constexpr int maxReps = 100;
constexpr int maxSets = 10;
constexpr int maxTimedSeconds = 240 * 60;
// The reader takes holds of up to 15 min for rest positions, but a stretch or plank hold is only worth
// lengthening to about a minute (brief 2.5: "+5 s hold up to 30-60 s"); past that, the next exercise is the
// way on.
constexpr int maxProgressedHoldSeconds = 60;

// Below these an exercise stops being worth doing, so regressing switches exercise instead.
constexpr int minReps = 1;
constexpr int minHoldSeconds = 5;
constexpr int minTimedSeconds = 60;
constexpr int minSets = 1;

// Pain-monitoring model: pain during may reach 5/10 but not more, and only 0–3 ("safe") earns a step up.
constexpr int highestAcceptablePain = 5;
constexpr int highestSafePain = 3;
constexpr double weeklyRiseToRegress = 1.0;

std::string painText(int score)
{
    return std::to_string(score) + "/10";
}

std::string pointsText(double points)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", points);
    return buffer;
}

// "a", "a and b", "a, b and c" (with `conjunction` for "and").
std::string joined(const std::vector<std::string>& parts, std::string_view conjunction)
{
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            text += i + 1 == parts.size() ? " " + std::string{conjunction} + " " : std::string{", "};
        text += parts[i];
    }
    return text;
}

std::string sentence(std::string text)
{
    if (!text.empty())
        text.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(text.front())));
    return text + '.';
}

std::vector<std::string> reasonsToRegress(const ProgressionEvidence& evidence)
{
    std::vector<std::string> reasons;
    if (evidence.painDuring && *evidence.painDuring > highestAcceptablePain) {
        reasons.push_back("pain during the session reached " + painText(*evidence.painDuring) + " (the limit is "
                          + painText(highestAcceptablePain) + ")");
    }
    if (evidence.itemHurt)
        reasons.push_back("you pressed \"This hurt\" on this exercise");
    if (evidence.nextMorning && evidence.painBefore && *evidence.nextMorning > *evidence.painBefore) {
        reasons.push_back("pain the next morning (" + painText(*evidence.nextMorning)
                          + ") was worse than before the session (" + painText(*evidence.painBefore) + ")");
    }
    if (evidence.weeklyChange && *evidence.weeklyChange >= weeklyRiseToRegress) {
        reasons.push_back("your average pain this week was " + pointsText(*evidence.weeklyChange)
                          + " points higher than last week");
    }
    return reasons;
}

// Without the score before the session there is no usual level for the next morning to be back to.
std::vector<std::string> missingScores(const ProgressionEvidence& evidence)
{
    std::vector<std::string> missing;
    if (!evidence.painBefore)
        missing.emplace_back("from before the session");
    if (!evidence.painDuring)
        missing.emplace_back("from during the session");
    if (!evidence.nextMorning)
        missing.emplace_back("from the next morning");
    return missing;
}

bool stepChangesMode(DoseMode mode, const ProgressionStep& step)
{
    switch (mode) {
    case DoseMode::Hold:
        return step.reps > 0 || step.holdSeconds > 0 || step.sets > 0;
    case DoseMode::Reps:
        return step.reps > 0 || step.sets > 0;
    case DoseMode::Timed:
        return step.timedSeconds > 0;
    }
    return false;
}

// A value already above the ceiling (a physio's own dose) is left where it is rather than cut.
int raised(int value, int step, int ceiling)
{
    return std::max(value, std::min(value + step, ceiling));
}

// The dose with the step laid on the fields of its mode; none when they are all at their ceiling.
std::optional<Dose> steppedUp(const Exercise& exercise, const ProgressionStep& step)
{
    Dose dose = exercise.dose;
    switch (exercise.mode) {
    case DoseMode::Hold:
        dose.reps = raised(dose.reps, step.reps, maxHoldReps);
        dose.holdSeconds = raised(dose.holdSeconds, step.holdSeconds, maxProgressedHoldSeconds);
        dose.sets = raised(dose.sets, step.sets, maxSets);
        break;
    case DoseMode::Reps:
        dose.reps = raised(dose.reps, step.reps, maxReps);
        dose.sets = raised(dose.sets, step.sets, maxSets);
        break;
    case DoseMode::Timed:
        dose.timedSeconds = raised(dose.timedSeconds, step.timedSeconds, maxTimedSeconds);
        break;
    }
    if (dose == exercise.dose)
        return std::nullopt;
    return dose;
}

// Two thirds of `value`, rounded to the nearest whole number, but not below `floor`.
int cutByAThird(int value, int floor)
{
    return std::max(floor, (2 * value + 1) / 3);
}

// The dose eased by about a third, one part at a time so that the change stays readable: the hold or the
// length first, then the repetitions, then one set. None when every part is at its floor.
std::optional<Dose> eased(const Exercise& exercise)
{
    Dose dose = exercise.dose;
    if (exercise.mode == DoseMode::Timed) {
        if (dose.timedSeconds <= minTimedSeconds)
            return std::nullopt;
        dose.timedSeconds = cutByAThird(dose.timedSeconds, minTimedSeconds);
    } else if (exercise.mode == DoseMode::Hold && dose.holdSeconds > minHoldSeconds) {
        dose.holdSeconds = cutByAThird(dose.holdSeconds, minHoldSeconds);
    } else if (dose.reps > minReps) {
        dose.reps = cutByAThird(dose.reps, minReps);
    } else if (dose.sets > minSets) {
        --dose.sets;
    } else {
        return std::nullopt;
    }
    return dose;
}

// Which way a dose moves, and what to say when it can move no further.
struct Direction {
    DoseDecision decision;
    std::string_view limit;      // "is the top of this exercise's range"
    std::string_view neighbour;  // "harder": the kind of exercise to switch to at the limit
};

constexpr Direction up{DoseDecision::Progress, "is the top of this exercise's range", "harder"};
constexpr Direction down{DoseDecision::Regress, "is already the lowest dose", "easier"};

// `exercise` at `dose`; at the limit (no dose), the catalog's `neighbourId` exercise at its own default dose;
// failing that, the dose is kept.
DoseSuggestion moved(const Exercise& exercise, const std::optional<Dose>& dose, const std::string& neighbourId,
                     const Direction& direction, const std::string& why, const Catalog& catalog)
{
    if (dose) {
        Exercise changed = exercise;
        changed.dose = *dose;
        return {direction.decision, changed,
                sentence(why + ": " + doseSummary(exercise) + " → " + doseSummary(changed))};
    }
    const std::string atLimit = why + ": " + doseSummary(exercise) + " " + std::string{direction.limit};
    if (const Exercise* next = catalog.find(neighbourId)) {
        return {direction.decision, *next,
                sentence(atLimit + ", so switch to " + next->name + " at " + doseSummary(*next))};
    }
    return {DoseDecision::Keep, exercise,
            sentence(atLimit + " and there is no " + std::string{direction.neighbour}
                     + " exercise in the catalog, so keep it and ask your physio what comes next")};
}

} // namespace

DoseSuggestion suggestDose(const PlanItem& item, const std::optional<Progression>& rule,
                           const ProgressionEvidence& evidence, const Catalog& catalog)
{
    const Exercise& exercise = item.exercise;
    const auto keep = [&exercise](const std::string& why) {
        return DoseSuggestion{DoseDecision::Keep, exercise, sentence(why + ": keep " + doseSummary(exercise))};
    };

    // Warning signs outrank every score: the person needs a check, not a smaller dose.
    if (evidence.warningSigns) {
        return {DoseDecision::StopAndReview, exercise,
                "Warning signs were reported: stop this exercise and get it checked by a doctor or physio before "
                "doing it again."};
    }
    if (const auto reasons = reasonsToRegress(evidence); !reasons.empty())
        return moved(exercise, eased(exercise), exercise.regression, down, joined(reasons, "and"), catalog);
    if (const auto missing = missingScores(evidence); !missing.empty())
        return keep("not enough to go on yet, with no pain score " + joined(missing, "or"));

    const std::string settled = "had settled by the next morning (" + painText(*evidence.nextMorning) + ")";
    if (*evidence.painDuring > highestSafePain) {
        return keep("pain during the session reached " + painText(*evidence.painDuring)
                    + ", which is acceptable but not low enough to step up, and " + settled);
    }
    if (!evidence.sessionCompleted)
        return keep("the session was not finished");
    if (!evidence.itemDone)
        return keep("this exercise was not done in the session");
    if (!rule)
        return keep("your plan does not ask for the dose to go up");

    const std::string calm = "pain during the session stayed at " + painText(*evidence.painDuring) + " and " + settled;
    if (evidence.sessionsAtDose < rule->everySessions) {
        const int left = rule->everySessions - evidence.sessionsAtDose;
        return keep(calm + ", so " + std::to_string(left) + (left == 1 ? " more session" : " more sessions")
                    + " at this dose first");
    }
    if (!stepChangesMode(exercise.mode, rule->step))
        return keep(calm + ", but your plan's step does not change this kind of exercise");
    return moved(exercise, steppedUp(exercise, rule->step), exercise.progression, up, calm, catalog);
}

} // namespace limber
