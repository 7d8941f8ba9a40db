// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/plan/progression.h"

#include <algorithm>
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

// Text of the "Progression" scope: pass the literal marked QT_TRANSLATE_NOOP("Progression", …).
template <typename... Args>
Message progression(const char* text, Args&&... args)
{
    return message("Progression", text, std::forward<Args>(args)...);
}

Message painText(int score)
{
    return progression(QT_TRANSLATE_NOOP("Progression", "%1/10"), score);
}

std::string pointsText(double points)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", points);
    return buffer;
}

// "a", "a and b", "a, b and c", with `lastJoin` ("%1 and %2") before the last part.
Message joined(std::vector<Message> parts, const char* lastJoin)
{
    Message text = std::move(parts.front());
    for (std::size_t i = 1; i < parts.size(); ++i) {
        text = i + 1 == parts.size() ? progression(lastJoin, std::move(text), std::move(parts[i]))
                                     : progression(QT_TRANSLATE_NOOP("Progression", "%1, %2"), std::move(text), std::move(parts[i]));
    }
    return text;
}

// Each reason to regress in two forms, as it begins the sentence and as it follows another ("… and you
// pressed …"), so that no language has to change a letter's case inside a translation.
std::vector<Message> reasonsToRegress(const ProgressionEvidence& evidence)
{
    std::vector<Message> reasons;
    const auto add = [&reasons](const char* first, const char* following, auto&&... args) {
        reasons.push_back(progression(reasons.empty() ? first : following, args...));
    };
    if (evidence.painDuring && *evidence.painDuring > highestAcceptablePain) {
        add(QT_TRANSLATE_NOOP("Progression", "Pain during the session reached %1 (the limit is %2)"),
            QT_TRANSLATE_NOOP("Progression", "pain during the session reached %1 (the limit is %2)"),
            painText(*evidence.painDuring), painText(highestAcceptablePain));
    }
    if (evidence.itemHurt) {
        add(QT_TRANSLATE_NOOP("Progression", "You pressed \"This hurt\" on this exercise"),
            QT_TRANSLATE_NOOP("Progression", "you pressed \"This hurt\" on this exercise"));
    }
    if (evidence.nextMorning && evidence.painBefore && *evidence.nextMorning > *evidence.painBefore) {
        add(QT_TRANSLATE_NOOP("Progression", "Pain the next morning (%1) was worse than before the session (%2)"),
            QT_TRANSLATE_NOOP("Progression", "pain the next morning (%1) was worse than before the session (%2)"),
            painText(*evidence.nextMorning), painText(*evidence.painBefore));
    }
    if (evidence.weeklyChange && *evidence.weeklyChange >= weeklyRiseToRegress) {
        add(QT_TRANSLATE_NOOP("Progression", "Your average pain this week was %1 points higher than last week"),
            QT_TRANSLATE_NOOP("Progression", "your average pain this week was %1 points higher than last week"),
            pointsText(*evidence.weeklyChange));
    }
    return reasons;
}

// Without the score before the session there is no usual level for the next morning to be back to.
std::vector<Message> missingScores(const ProgressionEvidence& evidence)
{
    std::vector<Message> missing;
    if (!evidence.painBefore)
        missing.push_back(progression(QT_TRANSLATE_NOOP("Progression", "from before the session")));
    if (!evidence.painDuring)
        missing.push_back(progression(QT_TRANSLATE_NOOP("Progression", "from during the session")));
    if (!evidence.nextMorning)
        missing.push_back(progression(QT_TRANSLATE_NOOP("Progression", "from the next morning")));
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

// Which way a dose moves, and what to say when it can move no further: "WHY: DOSE is the top of this
// exercise's range, so switch to EXERCISE at DOSE." or, with no exercise to switch to, "… and there is
// no harder exercise …".
struct Direction {
    DoseDecision decision;
    const char* switchTo;
    const char* nowhereToGo;
};

constexpr Direction up{
    DoseDecision::Progress,
    QT_TRANSLATE_NOOP("Progression", "%1: %2 is the top of this exercise's range, so switch to %3 at %4."),
    QT_TRANSLATE_NOOP("Progression", "%1: %2 is the top of this exercise's range and there is no harder exercise in "
                                     "the catalog, so keep it and ask your physio what comes next.")};
constexpr Direction down{
    DoseDecision::Regress,
    QT_TRANSLATE_NOOP("Progression", "%1: %2 is already the lowest dose, so switch to %3 at %4."),
    QT_TRANSLATE_NOOP("Progression", "%1: %2 is already the lowest dose and there is no easier exercise in the "
                                     "catalog, so keep it and ask your physio what comes next.")};

// `exercise` at `dose`; at the limit (no dose), the catalog's `neighbourId` exercise at its own default dose;
// failing that, the dose is kept.
DoseSuggestion moved(const Exercise& exercise, const std::optional<Dose>& dose, const std::string& neighbourId,
                     const Direction& direction, Message why, const Catalog& catalog)
{
    if (dose) {
        Exercise changed = exercise;
        changed.dose = *dose;
        return {direction.decision, changed,
                progression(QT_TRANSLATE_NOOP("Progression", "%1: %2 → %3."), std::move(why), doseMessage(exercise),
                            doseMessage(changed))};
    }
    if (const Exercise* next = catalog.find(neighbourId)) {
        return {direction.decision, *next,
                progression(direction.switchTo, std::move(why), doseMessage(exercise), next->name, doseMessage(*next))};
    }
    return {DoseDecision::Keep, exercise, progression(direction.nowhereToGo, std::move(why), doseMessage(exercise))};
}

} // namespace

DoseSuggestion suggestDose(const PlanItem& item, const std::optional<Progression>& rule,
                           const ProgressionEvidence& evidence, const Catalog& catalog)
{
    const Exercise& exercise = item.exercise;
    const auto keep = [&exercise](Message why) {
        return DoseSuggestion{DoseDecision::Keep, exercise,
                              progression(QT_TRANSLATE_NOOP("Progression", "%1: keep %2."), std::move(why), doseMessage(exercise))};
    };

    // Warning signs outrank every score: the person needs a check, not a smaller dose.
    if (evidence.warningSigns) {
        return {DoseDecision::StopAndReview, exercise,
                progression(QT_TRANSLATE_NOOP("Progression", "Warning signs were reported: stop this exercise and get it "
                                                             "checked by a doctor or physio before doing it again."))};
    }
    if (auto reasons = reasonsToRegress(evidence); !reasons.empty()) {
        return moved(exercise, eased(exercise), exercise.regression, down,
                     joined(std::move(reasons), QT_TRANSLATE_NOOP("Progression", "%1 and %2")), catalog);
    }
    if (auto missing = missingScores(evidence); !missing.empty()) {
        return keep(progression(QT_TRANSLATE_NOOP("Progression", "Not enough to go on yet, with no pain score %1"),
                                joined(std::move(missing), QT_TRANSLATE_NOOP("Progression", "%1 or %2"))));
    }

    Message settled = progression(QT_TRANSLATE_NOOP("Progression", "had settled by the next morning (%1)"),
                                  painText(*evidence.nextMorning));
    if (*evidence.painDuring > highestSafePain) {
        return keep(progression(QT_TRANSLATE_NOOP("Progression", "Pain during the session reached %1, which is "
                                                                 "acceptable but not low enough to step up, and %2"),
                                painText(*evidence.painDuring), std::move(settled)));
    }
    if (!evidence.sessionCompleted)
        return keep(progression(QT_TRANSLATE_NOOP("Progression", "The session was not finished")));
    if (!evidence.itemDone)
        return keep(progression(QT_TRANSLATE_NOOP("Progression", "This exercise was not done in the session")));
    if (!rule)
        return keep(progression(QT_TRANSLATE_NOOP("Progression", "Your plan does not ask for the dose to go up")));

    Message calm = progression(QT_TRANSLATE_NOOP("Progression", "Pain during the session stayed at %1 and %2"),
                               painText(*evidence.painDuring), std::move(settled));
    if (evidence.sessionsAtDose < rule->everySessions) {
        const int left = rule->everySessions - evidence.sessionsAtDose;
        return keep(left == 1 ? progression(QT_TRANSLATE_NOOP("Progression", "%1, so 1 more session at this dose first"),
                                            std::move(calm))
                              : progression(QT_TRANSLATE_NOOP("Progression", "%1, so %2 more sessions at this dose first"),
                                            std::move(calm), left));
    }
    if (!stepChangesMode(exercise.mode, rule->step)) {
        return keep(progression(QT_TRANSLATE_NOOP("Progression", "%1, but your plan's step does not change this kind of exercise"),
                                std::move(calm)));
    }
    return moved(exercise, steppedUp(exercise, rule->step), exercise.progression, up, std::move(calm), catalog);
}

} // namespace limber
