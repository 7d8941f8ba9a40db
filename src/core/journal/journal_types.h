// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"
#include "core/common/enum_names.h"
#include "core/common/message.h"
#include "core/journal/safety.h"
#include "core/plan/plan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace limber {

// Where the pain is, as the back-view body outline offers it.
enum class PainArea { Neck, Shoulders, UpperBack, MidBack, LowerBack, Hips, Buttocks, Legs };
enum class BodySide { Left, Right, Both };
// When in the day the score was taken; comparing like with like is what makes a trend readable.
enum class PainContext { Morning, DuringWork, AfterSession, Evening };
enum class Symptom { Ache, Shooting, SpreadingDownLeg, Stiffness, NumbnessTingling };
enum class SessionStatus { Completed, Stopped, InProgress };

template <>
struct EnumNames<PainArea> {
    static constexpr std::array<std::string_view, 8> names{"neck",       "shoulders", "upper-back", "mid-back",
                                                           "lower-back", "hips",      "buttocks",   "legs"};
};
template <>
struct EnumNames<BodySide> {
    static constexpr std::array<std::string_view, 3> names{"left", "right", "both"};
};
template <>
struct EnumNames<PainContext> {
    static constexpr std::array<std::string_view, 4> names{"morning", "during-work", "after-session", "evening"};
};
template <>
struct EnumNames<Symptom> {
    static constexpr std::array<std::string_view, 5> names{"ache", "shooting", "spreading-down-leg", "stiffness",
                                                           "numbness-tingling"};
};
template <>
struct EnumNames<SessionStatus> {
    static constexpr std::array<std::string_view, 3> names{"completed", "stopped", "in_progress"};
};

constexpr int minPainScore = 0;
constexpr int maxPainScore = 10;

// One 0–10 pain score (NPRS) with what the person said about it.
struct PainEntry {
    std::int64_t id = 0; // assigned by the journal
    Moment when;
    int score = 0;
    std::optional<PainArea> area;
    std::optional<BodySide> side;
    std::optional<PainContext> context;
    std::vector<Symptom> symptoms;
    std::string note;
    std::vector<RedFlag> redFlags; // the warning signs the person answered "yes" to

    bool operator==(const PainEntry&) const = default;
};

// What was done of one exercise in a session; a session is checkpointed with one of these after every
// exercise, so a crash loses at most the exercise in progress.
struct ExerciseResult {
    int position = 0; // 0-based order of the exercise in the session
    std::string exerciseId;
    int setsDone = 0;
    int repsDone = 0; // repetitions, or holds for a hold exercise
    int secondsWorked = 0;
    bool skipped = false;
    bool hurt = false; // the person pressed "This hurt"

    bool operator==(const ExerciseResult&) const = default;
};

// The PEG questionnaire (Krebs et al. 2009): pain on average, interference with enjoyment of life and
// with general activity over the past week, each 0–10; the score is their mean.
struct PegEntry {
    std::int64_t id = 0;
    Moment when;
    int pain = 0;
    int enjoyment = 0;
    int activity = 0;

    double score() const { return (pain + enjoyment + activity) / 3.0; }
    bool operator==(const PegEntry&) const = default;
};

enum class SafetyCheckKind { Screen, Assessed };

// One answer to the safety questions, or the person's word that they have been assessed.
struct SafetyCheck {
    Moment when;
    SafetyCheckKind kind = SafetyCheckKind::Screen;
    std::vector<RedFlag> flags; // the signs answered "yes" in a screen; empty for Assessed

    bool operator==(const SafetyCheck&) const = default;
};

struct SafetyState {
    bool everScreened = false;
    std::vector<RedFlag> openFlags; // reported and not yet followed by "I have been assessed"

    bool exerciseOnHold() const { return !openFlags.empty(); }
};

struct SessionRecord {
    std::int64_t id = 0;
    std::string planId;
    std::string planTitle;
    Moment started;
    std::optional<Instant> ended;
    SessionStatus status = SessionStatus::InProgress;
    std::optional<int> painBefore;
    std::optional<int> painAfter;
    std::optional<int> painDuring; // at its worst during the session, asked after a plan that progresses
    int activeSeconds = 0; // the sum of the results' secondsWorked
    std::vector<ExerciseResult> results;

    bool operator==(const SessionRecord&) const = default;
};

// A plan the person follows from `start` for `weeks` weeks on `days`. One is active at a time; starting
// another ends it. The plan itself is kept too, as followed (its doses change as it progresses), so the
// journal still knows it when the file is gone.
struct PlanEnrollment {
    std::int64_t id = 0;
    std::string planId;
    std::string planTitle;
    std::string planJson; // the plan file format
    LocalDate start{};
    std::vector<Weekday> days;
    int weeks = 1;
    Moment began;               // when the person made it active
    std::optional<Moment> ended; // when they stopped following it or started another; none while active
    std::int64_t reviewedSessionId = 0; // the last session whose suggested dose changes were answered

    LocalDate lastDay() const { return addDays(start, weeks * 7 - 1); }
    bool operator==(const PlanEnrollment&) const = default;
};

enum class DoseChangeKind { Progress, Regress };

// A change to one item of a followed plan, suggested by the pain-monitoring rule after a session, and
// whether the person accepted it; the physio's report shows how the plan evolved and why.
struct DoseChange {
    std::int64_t id = 0;
    std::int64_t enrollmentId = 0;
    std::int64_t sessionId = 0;
    Moment when;
    int position = 0; // the item's place in the plan, from 0
    DoseChangeKind kind = DoseChangeKind::Progress;
    std::string exerciseBefore;
    std::string exerciseAfter; // another exercise when the dose could go no further
    Message doseBefore; // doseMessage: "3 × 30 s hold, each side"
    Message doseAfter;
    Message reason;     // DoseSuggestion::reason
    bool accepted = false;

    bool operator==(const DoseChange&) const = default;
};

} // namespace limber
