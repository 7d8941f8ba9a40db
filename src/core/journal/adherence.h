// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/journal/journal_types.h"

#include <vector>

namespace limber {

enum class PlanDayStatus {
    Done,     // a completed session of the plan counts for this day
    Partial,  // a session with some work, stopped before the end
    Missed,   // past, and nothing done for it
    Due,      // today, not done yet
    Upcoming, // later
};

template <>
struct EnumNames<PlanDayStatus> {
    static constexpr std::array<std::string_view, 5> names{"done", "partial", "missed", "due", "upcoming"};
};

struct PlanDay {
    LocalDate date;
    PlanDayStatus status = PlanDayStatus::Upcoming;

    bool operator==(const PlanDay&) const = default;
};

// The scheduled days of a plan in a stretch of time, and how many went which way.
struct Adherence {
    int scheduled = 0;
    int done = 0;
    int partial = 0;
    int missed = 0;
    int upcoming = 0; // today's (still due) and later days

    // Done as a share of the days already due (0–1); none before any day is due.
    std::optional<double> share() const;
    Adherence& operator+=(const Adherence& other);
    bool operator==(const Adherence&) const = default;
};

// The scheduled days from `from` to `to` with what became of them. People rarely keep to the exact days,
// so within each week the plan's sessions count toward its scheduled days in order: completed ones first,
// then stopped ones with some work done. Days after the plan ended are not scheduled.
std::vector<PlanDay> planDays(const PlanEnrollment& plan, const std::vector<SessionRecord>& sessions, LocalDate from,
                              LocalDate to, LocalDate today);
Adherence tally(const std::vector<PlanDay>& days);

// The enrolment that makes a scheduled plan the active one at `now`: it starts on `start`, else on the plan's
// own start date, else today. None for a routine, which has no schedule to follow.
std::optional<PlanEnrollment> enrollmentFor(const Plan& plan, const Catalog& catalog, const Moment& now,
                                            std::optional<LocalDate> start = {});

// Where the person stands in a plan today, for the Today page.
struct PlanStanding {
    int week = 0;             // 1 … weeks while it runs; 0 before the start; weeks + 1 once it is over
    bool dueToday = false;    // today is a scheduled day and this week's sessions do not cover it yet
    std::vector<PlanDay> thisWeek;
};
PlanStanding planStanding(const PlanEnrollment& plan, const std::vector<SessionRecord>& sessions, LocalDate today);

} // namespace limber
