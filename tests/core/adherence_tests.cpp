// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/journal/adherence.h"
#include "core/journal/reports.h"
#include "core/plan/plan_loader.h"

#include "support/core_fixtures.h"

#include <catch2/catch.hpp>

using namespace limber;
using limber::test::date;

namespace {

Moment noonOn(std::string_view day)
{
    return Moment{std::chrono::sys_days{date(day)} + std::chrono::hours{12}, date(day), 0};
}

// Mondays, Wednesdays and Fridays for 4 weeks from Monday 2026-11-02.
PlanEnrollment monWedFri()
{
    PlanEnrollment plan;
    plan.planId = "lower-back-starter";
    plan.planTitle = "Lower back starter";
    plan.start = date("2026-11-02");
    plan.days = {Weekday::Mon, Weekday::Wed, Weekday::Fri};
    plan.weeks = 4;
    plan.began = noonOn("2026-11-01");
    return plan;
}

SessionRecord session(std::string_view day, SessionStatus status, int activeSeconds = 60,
                      std::string planId = "lower-back-starter")
{
    SessionRecord record;
    record.planId = std::move(planId);
    record.started = noonOn(day);
    record.status = status;
    record.activeSeconds = activeSeconds;
    return record;
}

std::vector<PlanDayStatus> statuses(const std::vector<PlanDay>& days)
{
    std::vector<PlanDayStatus> result;
    for (const PlanDay& day : days)
        result.push_back(day.status);
    return result;
}

using enum PlanDayStatus;

} // namespace

TEST_CASE("a plan's scheduled days are its weekdays from the start for its weeks")
{
    const auto days = planDays(monWedFri(), {}, date("2026-10-01"), date("2027-01-31"), date("2027-02-01"));
    REQUIRE(days.size() == 12);
    CHECK(days.front().date == date("2026-11-02"));
    CHECK(days.back().date == date("2026-11-27"));
    CHECK(tally(days) == Adherence{12, 0, 0, 12, 0});
}

TEST_CASE("sessions of the week count toward its scheduled days in order, completed ones first")
{
    // Week of 9 November: a completed session on Tuesday and a stopped one with work on Thursday.
    const std::vector<SessionRecord> sessions{session("2026-11-12", SessionStatus::Stopped),
                                              session("2026-11-10", SessionStatus::Completed)};
    const auto days = planDays(monWedFri(), sessions, date("2026-11-09"), date("2026-11-15"), date("2026-11-20"));
    CHECK(statuses(days) == std::vector{Done, Partial, Missed});
}

TEST_CASE("today is due until a session covers it and later days are upcoming")
{
    const auto wednesday = date("2026-11-11");
    const auto week = [&](const std::vector<SessionRecord>& sessions) {
        return statuses(planDays(monWedFri(), sessions, date("2026-11-09"), date("2026-11-15"), wednesday));
    };
    CHECK(week({}) == std::vector{Missed, Due, Upcoming});
    CHECK(week({session("2026-11-09", SessionStatus::Completed)}) == std::vector{Done, Due, Upcoming});
    CHECK(week({session("2026-11-09", SessionStatus::Completed), session("2026-11-11", SessionStatus::Completed)}) ==
          std::vector{Done, Done, Upcoming});
    const Adherence counted = tally(planDays(monWedFri(), {session("2026-11-09", SessionStatus::Completed)},
                                             date("2026-11-09"), date("2026-11-15"), wednesday));
    CHECK(counted == Adherence{3, 1, 0, 0, 2});
    CHECK(counted.share() == Approx(1.0));
}

TEST_CASE("sessions that do not count: another plan's, one opened without any work, extras beyond the schedule")
{
    const std::vector<SessionRecord> sessions{
        session("2026-11-02", SessionStatus::Completed, 60, "desk-neck-shoulders"),
        session("2026-11-03", SessionStatus::Stopped, 0),
        session("2026-11-04", SessionStatus::Completed), session("2026-11-05", SessionStatus::Completed),
        session("2026-11-06", SessionStatus::Completed), session("2026-11-07", SessionStatus::Completed),
        session("2026-10-30", SessionStatus::Completed), // before the plan started
    };
    const auto days = planDays(monWedFri(), sessions, date("2026-10-26"), date("2026-11-08"), date("2026-11-09"));
    CHECK(tally(days) == Adherence{3, 3, 0, 0, 0});
}

TEST_CASE("a plan ended early schedules nothing from the day it ended")
{
    PlanEnrollment plan = monWedFri();
    plan.ended = noonOn("2026-11-11"); // a Wednesday
    const auto days = planDays(plan, {}, date("2026-11-01"), date("2026-12-31"), date("2026-12-31"));
    REQUIRE(days.size() == 4);
    CHECK(days.back().date == date("2026-11-09"));
}

TEST_CASE("a range starting mid-week still counts the whole week's sessions")
{
    const std::vector<SessionRecord> sessions{session("2026-11-09", SessionStatus::Completed),
                                              session("2026-11-10", SessionStatus::Completed)};
    // From Wednesday: Monday's slot is taken by Monday's session, so Tuesday's session covers Wednesday.
    const auto days = planDays(monWedFri(), sessions, date("2026-11-11"), date("2026-11-15"), date("2026-11-16"));
    CHECK(statuses(days) == std::vector{Done, Missed});
}

TEST_CASE("the standing in a plan: its week k of n, this week's days and whether today is due")
{
    const PlanEnrollment plan = monWedFri();
    const PlanStanding before = planStanding(plan, {}, date("2026-11-01"));
    CHECK(before.week == 0);
    CHECK_FALSE(before.dueToday);

    const PlanStanding second = planStanding(plan, {session("2026-11-09", SessionStatus::Completed)}, date("2026-11-13"));
    CHECK(second.week == 2);
    CHECK(statuses(second.thisWeek) == std::vector{Done, Missed, Due});
    CHECK(second.dueToday);

    const PlanStanding after = planStanding(plan, {}, date("2026-12-01"));
    CHECK(after.week == plan.weeks + 1);
    CHECK(after.thisWeek.empty());
}

TEST_CASE("the weekly report carries each week's adherence, only for weeks with scheduled days")
{
    const std::vector<SessionRecord> sessions{session("2026-11-02", SessionStatus::Completed),
                                              session("2026-11-04", SessionStatus::Stopped)};
    const JournalReport report =
        weeklyReport({}, sessions, date("2026-10-26"), date("2026-12-06"), date("2026-11-18"), {monWedFri()});
    REQUIRE(report.weeks.size() == 6);
    CHECK_FALSE(report.weeks[0].adherence);
    CHECK(report.weeks[1].adherence == Adherence{3, 1, 1, 1, 0});
    CHECK(report.weeks[2].adherence == Adherence{3, 0, 0, 3, 0});
    CHECK(report.weeks[3].adherence == Adherence{3, 0, 0, 1, 2});
    CHECK(report.weeks[4].adherence == Adherence{3, 0, 0, 0, 3});
    CHECK_FALSE(report.weeks[5].adherence);
}

TEST_CASE("following a plan starts on the chosen day, else the plan's own start, else today, and keeps the plan")
{
    const Catalog& catalog = limber::test::builtinCatalog();
    Plan plan = *parsePlan(R"({"format": "limber-plan", "version": 1, "id": "p", "title": "P",
        "schedule": {"days": ["tue"], "weeks": 3}, "items": [{"exercise": "cat-cow"}]})",
                           "p.json", catalog)
                     .value;
    const Moment now = noonOn("2026-11-23");
    const auto today = enrollmentFor(plan, catalog, now);
    REQUIRE(today);
    CHECK(today->start == date("2026-11-23"));
    CHECK(today->lastDay() == date("2026-12-13"));
    CHECK(today->days == std::vector{Weekday::Tue});
    CHECK(parsePlan(today->planJson, "kept", catalog).value == plan);

    plan.schedule->start = date("2026-12-01");
    CHECK(enrollmentFor(plan, catalog, now)->start == date("2026-12-01"));
    CHECK(enrollmentFor(plan, catalog, now, date("2026-11-30"))->start == date("2026-11-30"));

    plan.schedule.reset();
    CHECK_FALSE(enrollmentFor(plan, catalog, now));
}
