// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/adherence.h"

#include "core/plan/plan_writer.h"

#include <algorithm>
#include <map>

namespace limber {
namespace {

constexpr int daysPerWeek = 7;

// The last day the plan is followed: its last scheduled week, or the day before it was ended.
LocalDate lastFollowedDay(const PlanEnrollment& plan)
{
    LocalDate last = plan.lastDay();
    if (plan.ended)
        last = std::min(last, addDays(plan.ended->date, -1));
    return last;
}

struct WeekSessions {
    int completed = 0;
    int partial = 0;
};

} // namespace

std::optional<double> Adherence::share() const
{
    const int due = scheduled - upcoming;
    if (due <= 0)
        return std::nullopt;
    return static_cast<double>(done) / due;
}

Adherence& Adherence::operator+=(const Adherence& other)
{
    scheduled += other.scheduled;
    done += other.done;
    partial += other.partial;
    missed += other.missed;
    upcoming += other.upcoming;
    return *this;
}

std::vector<PlanDay> planDays(const PlanEnrollment& plan, const std::vector<SessionRecord>& sessions, LocalDate from,
                              LocalDate to, LocalDate today)
{
    const LocalDate first = std::max(from, plan.start);
    const LocalDate last = std::min(to, lastFollowedDay(plan));
    std::vector<PlanDay> days;
    if (first > last)
        return days;

    // The sessions of whole weeks count, so a session on Tuesday fills Monday's slot even when the range
    // starts on Tuesday.
    std::map<LocalDate, WeekSessions> byWeek;
    const LocalDate countFrom = std::max(weekStart(first), plan.start);
    const LocalDate countTo = std::min(addDays(weekStart(last), daysPerWeek - 1), lastFollowedDay(plan));
    for (const SessionRecord& session : sessions) {
        const LocalDate date = session.started.date;
        if (session.planId != plan.planId || date < countFrom || date > countTo)
            continue;
        WeekSessions& week = byWeek[weekStart(date)];
        if (session.status == SessionStatus::Completed)
            ++week.completed;
        else if (session.activeSeconds > 0)
            ++week.partial;
    }

    for (LocalDate day = countFrom; day <= last; day = addDays(day, 1)) {
        if (std::find(plan.days.begin(), plan.days.end(), weekdayOf(day)) == plan.days.end())
            continue;
        WeekSessions& week = byWeek[weekStart(day)];
        PlanDayStatus status = PlanDayStatus::Upcoming;
        if (week.completed > 0) {
            --week.completed;
            status = PlanDayStatus::Done;
        } else if (week.partial > 0) {
            --week.partial;
            status = PlanDayStatus::Partial;
        } else if (day < today) {
            status = PlanDayStatus::Missed;
        } else if (day == today) {
            status = PlanDayStatus::Due;
        }
        if (day >= first)
            days.push_back({day, status});
    }
    return days;
}

Adherence tally(const std::vector<PlanDay>& days)
{
    Adherence adherence;
    for (const PlanDay& day : days) {
        ++adherence.scheduled;
        switch (day.status) {
        case PlanDayStatus::Done:
            ++adherence.done;
            break;
        case PlanDayStatus::Partial:
            ++adherence.partial;
            break;
        case PlanDayStatus::Missed:
            ++adherence.missed;
            break;
        case PlanDayStatus::Due:
        case PlanDayStatus::Upcoming:
            ++adherence.upcoming;
            break;
        }
    }
    return adherence;
}

std::optional<PlanEnrollment> enrollmentFor(const Plan& plan, const Catalog& catalog, const Moment& now,
                                            std::optional<LocalDate> start)
{
    if (!plan.schedule)
        return std::nullopt;
    PlanEnrollment enrollment;
    enrollment.planId = plan.id;
    enrollment.planTitle = plan.title;
    enrollment.planJson = toJson(plan, catalog).dump(2);
    enrollment.start = start.value_or(plan.schedule->start.value_or(now.date));
    enrollment.days = plan.schedule->days;
    enrollment.weeks = plan.schedule->weeks;
    enrollment.began = now;
    return enrollment;
}

PlanStanding planStanding(const PlanEnrollment& plan, const std::vector<SessionRecord>& sessions, LocalDate today)
{
    PlanStanding standing;
    if (today < plan.start)
        standing.week = 0;
    else
        standing.week = std::min(plan.weeks + 1, daysBetween(plan.start, today) / daysPerWeek + 1);
    const LocalDate monday = weekStart(today);
    standing.thisWeek = planDays(plan, sessions, monday, addDays(monday, daysPerWeek - 1), today);
    standing.dueToday = std::any_of(standing.thisWeek.begin(), standing.thisWeek.end(),
                                    [](const PlanDay& day) { return day.status == PlanDayStatus::Due; });
    return standing;
}

} // namespace limber
