// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/reports.h"

#include "support/core_fixtures.h"

#include <catch2/catch.hpp>

#include <ostream>

namespace limber {

// So that a failing trend comparison shows its points.
std::ostream& operator<<(std::ostream& stream, const TrendPoint& point)
{
    return stream << formatDate(point.date) << '=' << point.mean7d;
}

} // namespace limber

using namespace limber;
using limber::test::date;

namespace {

Moment noonOn(LocalDate day)
{
    return Moment{std::chrono::sys_days{day} + std::chrono::hours{12}, day, 0};
}

PainEntry pain(std::string_view day, int score)
{
    PainEntry entry;
    entry.when = noonOn(date(day));
    entry.score = score;
    return entry;
}

SessionRecord session(std::string_view day, SessionStatus status, int activeSeconds = 0)
{
    SessionRecord record;
    record.started = noonOn(date(day));
    record.status = status;
    record.activeSeconds = activeSeconds;
    return record;
}

std::vector<std::string> weekNames(const JournalReport& report)
{
    std::vector<std::string> names;
    for (const WeekSummary& week : report.weeks)
        names.push_back(formatIsoWeek(week.week) + ' ' + formatDate(week.start));
    return names;
}

} // namespace

TEST_CASE("weeks run Monday to Sunday across New Year, including ISO week 53 of 2026")
{
    // Local date 2027-01-03 (a Sunday), 23:00 at UTC-5, is already 2027-01-04 in UTC: the local date decides.
    Moment lateSunday{std::chrono::sys_days{date("2027-01-04")} + std::chrono::hours{4}, date("2027-01-03"), -300};
    PainEntry sundayPain = pain("2027-01-03", 6);
    sundayPain.when = lateSunday;
    SessionRecord sundaySession = session("2027-01-03", SessionStatus::Completed, 120);
    sundaySession.started = lateSunday;

    const JournalReport report =
        weeklyReport({pain("2026-12-28", 2), sundayPain, pain("2027-01-04", 5)},
                     {sundaySession, session("2027-01-10", SessionStatus::Completed, 60)}, date("2026-12-30"),
                     date("2027-01-06"), date("2027-01-06"));

    CHECK(weekNames(report) == std::vector<std::string>{"2026-W53 2026-12-28", "2027-W01 2027-01-04"});
    REQUIRE(report.weeks.size() == 2);
    CHECK(report.weeks[0].painEntries == 2);
    CHECK(report.weeks[0].painMean == 4.0);
    CHECK(report.weeks[0].sessions == 1);
    CHECK(report.weeks[0].activeSeconds == 120);
    CHECK(report.weeks[1].painEntries == 1);
    CHECK(report.weeks[1].sessions == 1);
    CHECK(report.weeks[1].activeSeconds == 60);
}

TEST_CASE("weeks without entries are listed, with no pain statistics and no change")
{
    const JournalReport report = weeklyReport({pain("2026-11-24", 4), pain("2026-12-09", 6)}, {},
                                              date("2026-11-23"), date("2026-12-13"), date("2026-12-13"));

    CHECK(weekNames(report)
          == std::vector<std::string>{"2026-W48 2026-11-23", "2026-W49 2026-11-30", "2026-W50 2026-12-07"});
    REQUIRE(report.weeks.size() == 3);
    const WeekSummary& empty = report.weeks[1];
    CHECK(empty.painEntries == 0);
    CHECK_FALSE(empty.painMean);
    CHECK_FALSE(empty.painMin);
    CHECK_FALSE(empty.painMax);
    CHECK_FALSE(empty.painChange);
    CHECK(empty.sessions == 0);
    CHECK(empty.completedSessions == 0);
    CHECK(empty.activeSeconds == 0);
    // The week after an empty week has nothing to compare with.
    CHECK(report.weeks[2].painMean == 6.0);
    CHECK_FALSE(report.weeks[2].painChange);
}

TEST_CASE("a week's pain mean, minimum, maximum and change from the week before are exact")
{
    const std::vector<PainEntry> entries{
        pain("2026-11-16", 5), pain("2026-11-22", 7),                          // the week before the range
        pain("2026-11-23", 2), pain("2026-11-25", 6), pain("2026-11-29", 4),  // mean 4
        pain("2026-11-30", 3), pain("2026-12-06", 4),                          // mean 3.5
        pain("2026-12-07", 10),                                                // after the range
    };
    const JournalReport report =
        weeklyReport(entries, {}, date("2026-11-26"), date("2026-12-01"), date("2026-12-01"));

    REQUIRE(report.weeks.size() == 2);
    const WeekSummary& first = report.weeks[0];
    CHECK(first.painEntries == 3);
    CHECK(first.painMean == 4.0);
    CHECK(first.painMin == 2);
    CHECK(first.painMax == 6);
    CHECK(first.painChange == -2.0); // 4 − 6: the week before the range is read from the data too

    const WeekSummary& second = report.weeks[1];
    CHECK(second.painEntries == 2);
    CHECK(second.painMean == 3.5);
    CHECK(second.painMin == 3);
    CHECK(second.painMax == 4);
    CHECK(second.painChange == -0.5);
}

TEST_CASE("the first week has no change when the week before it has no entries")
{
    const JournalReport report = weeklyReport({pain("2026-11-15", 9), pain("2026-11-23", 3)}, {},
                                              date("2026-11-23"), date("2026-11-29"), date("2026-11-29"));
    REQUIRE(report.weeks.size() == 1);
    CHECK(report.weeks[0].painMean == 3.0);
    CHECK_FALSE(report.weeks[0].painChange);
}

TEST_CASE("a week counts sessions of every status, completed ones apart, and sums their active seconds")
{
    const JournalReport report = weeklyReport({},
                                              {session("2026-11-23", SessionStatus::Completed, 300),
                                               session("2026-11-24", SessionStatus::Stopped, 90),
                                               session("2026-11-24", SessionStatus::Completed, 240),
                                               session("2026-11-29", SessionStatus::InProgress, 30),
                                               session("2026-11-30", SessionStatus::Completed, 500)},
                                              date("2026-11-23"), date("2026-11-23"), date("2026-11-29"));
    REQUIRE(report.weeks.size() == 1);
    CHECK(report.weeks[0].sessions == 4);
    CHECK(report.weeks[0].completedSessions == 2);
    CHECK(report.weeks[0].activeSeconds == 660);
}

TEST_CASE("the current streak counts back from today when there was a session today")
{
    const std::vector<SessionRecord> sessions{
        session("2026-11-20", SessionStatus::Completed), // before a gap
        session("2026-11-22", SessionStatus::Completed), session("2026-11-23", SessionStatus::Completed),
        session("2026-11-24", SessionStatus::Completed), session("2026-11-24", SessionStatus::Completed),
    };
    const JournalReport report = weeklyReport({}, sessions, date("2026-11-23"), date("2026-11-29"), date("2026-11-24"));
    CHECK(report.currentStreakDays == 3);
}

TEST_CASE("a streak is not broken until the day is over: it may end yesterday, but not the day before")
{
    const std::vector<SessionRecord> sessions{session("2026-11-22", SessionStatus::Completed),
                                              session("2026-11-23", SessionStatus::Completed)};
    CHECK(weeklyReport({}, sessions, date("2026-11-23"), date("2026-11-29"), date("2026-11-24")).currentStreakDays
          == 2);
    CHECK(weeklyReport({}, sessions, date("2026-11-23"), date("2026-11-29"), date("2026-11-25")).currentStreakDays
          == 0);
    // Sessions after `today` (a clock set wrong, an import) do not extend the current streak.
    CHECK(weeklyReport({}, sessions, date("2026-11-23"), date("2026-11-29"), date("2026-11-22")).currentStreakDays
          == 1);
}

TEST_CASE("a stopped session with exercise done keeps a streak, one abandoned without any work does not")
{
    const JournalReport kept = weeklyReport({},
                                            {session("2026-11-22", SessionStatus::Completed),
                                             session("2026-11-23", SessionStatus::Stopped, 45),
                                             session("2026-11-24", SessionStatus::Completed)},
                                            date("2026-11-23"), date("2026-11-29"), date("2026-11-24"));
    CHECK(kept.currentStreakDays == 3);

    const JournalReport broken = weeklyReport({},
                                              {session("2026-11-22", SessionStatus::Completed),
                                               session("2026-11-23", SessionStatus::Stopped, 0),
                                               session("2026-11-23", SessionStatus::InProgress, 0),
                                               session("2026-11-24", SessionStatus::Completed)},
                                              date("2026-11-23"), date("2026-11-29"), date("2026-11-24"));
    CHECK(broken.currentStreakDays == 1);
    CHECK(broken.longestStreakDays == 1);
}

TEST_CASE("the longest streak is found anywhere in the journal, outside the report's range too")
{
    std::vector<SessionRecord> sessions;
    for (int day = 0; day < 5; ++day) // 2026-01-05 … 2026-01-09, long before the range
        sessions.push_back(session(formatDate(addDays(date("2026-01-05"), day)), SessionStatus::Completed));
    sessions.push_back(session("2026-01-07", SessionStatus::Completed)); // a second session the same day
    sessions.push_back(session("2026-11-23", SessionStatus::Completed));
    sessions.push_back(session("2026-11-24", SessionStatus::Completed));

    const JournalReport report = weeklyReport({}, sessions, date("2026-11-23"), date("2026-11-29"), date("2026-11-24"));
    CHECK(report.longestStreakDays == 5);
    CHECK(report.currentStreakDays == 2);
}

TEST_CASE("the trend is the mean of the 7 days ending on each day, skipping days with an empty window")
{
    const std::vector<PainEntry> entries{
        pain("2026-11-16", 10), // seven days before the range starts: in no window
        pain("2026-11-17", 8),  // six days before: in the first day's window
        pain("2026-11-23", 2), pain("2026-11-25", 5), pain("2026-11-25", 3),
        pain("2026-12-04", 1),
        pain("2026-12-06", 9), // after the range
    };
    const JournalReport report =
        weeklyReport(entries, {}, date("2026-11-23"), date("2026-12-05"), date("2026-12-05"));

    const double third = 10.0 / 3;
    const std::vector<TrendPoint> expected{
        {date("2026-11-23"), 5.0},   {date("2026-11-24"), 2.0},   {date("2026-11-25"), third},
        {date("2026-11-26"), third}, {date("2026-11-27"), third}, {date("2026-11-28"), third},
        {date("2026-11-29"), third}, {date("2026-11-30"), 4.0},   {date("2026-12-01"), 4.0},
        {date("2026-12-04"), 1.0},   {date("2026-12-05"), 1.0},
    };
    CHECK(report.trend == expected);
}

TEST_CASE("an empty journal still lists the range's weeks, with no streak and no trend")
{
    const JournalReport report = weeklyReport({}, {}, date("2026-11-23"), date("2026-12-06"), date("2026-12-06"));
    CHECK(report.weeks.size() == 2);
    CHECK(report.currentStreakDays == 0);
    CHECK(report.longestStreakDays == 0);
    CHECK(report.trend.empty());
}

TEST_CASE("a ten-year journal is summarised in full")
{
    // Two scores and one session a day for ten years, the scale an old journal reaches.
    const LocalDate first = date("2017-01-02");
    const int dayCount = 3650;
    std::vector<PainEntry> entries;
    std::vector<SessionRecord> sessions;
    for (int day = 0; day < dayCount; ++day) {
        const LocalDate when = addDays(first, day);
        PainEntry morning;
        morning.when = noonOn(when);
        morning.score = day % 11;
        entries.push_back(morning);
        PainEntry evening = morning;
        evening.score = 10 - day % 11;
        entries.push_back(evening);
        SessionRecord record;
        record.started = noonOn(when);
        record.status = SessionStatus::Completed;
        record.activeSeconds = 600;
        sessions.push_back(record);
    }
    const LocalDate last = addDays(first, dayCount - 1);

    const JournalReport report = weeklyReport(entries, sessions, first, last, addDays(last, 1));

    CHECK(report.weeks.size() == static_cast<std::size_t>(daysBetween(first, weekStart(last)) / 7 + 1));
    int painTotal = 0;
    int sessionTotal = 0;
    for (const WeekSummary& week : report.weeks) {
        painTotal += week.painEntries;
        sessionTotal += week.sessions;
        if (week.painEntries > 0)
            CHECK(week.painMean == 5.0); // each day's two scores add up to 10
    }
    CHECK(painTotal == 2 * dayCount);
    CHECK(sessionTotal == dayCount);
    CHECK(report.trend.size() == static_cast<std::size_t>(dayCount));
    CHECK(report.trend.back().mean7d == 5.0);
    CHECK(report.longestStreakDays == dayCount);
    CHECK(report.currentStreakDays == dayCount);
}

namespace {

std::vector<PainEntry> dailyPain(LocalDate start, const std::vector<int>& scores)
{
    std::vector<PainEntry> entries;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        PainEntry entry;
        entry.when.date = addDays(start, static_cast<int>(i));
        entry.when.instant = std::chrono::sys_days{entry.when.date} + std::chrono::hours{8};
        entry.score = scores[i];
        entries.push_back(entry);
    }
    return entries;
}

const LocalDate changeStart{std::chrono::year{2026}, std::chrono::October, std::chrono::day{1}};

} // namespace

TEST_CASE("a drop of 2 points in the 7-day mean against the first week is a meaningful improvement")
{
    // First week mean 6, last week mean 4 (exactly 2 points, 33 %).
    const auto pain = dailyPain(changeStart, {6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4});
    const PainChange change = assessPainChange(pain, addDays(changeStart, 20));
    CHECK(change.verdict == ChangeVerdict::MeaningfulImprovement);
    CHECK(change.baseline == Approx(6));
    CHECK(change.current == Approx(4));
    CHECK(change.points == Approx(-2));
    CHECK(change.percent == Approx(-33.333).epsilon(0.001));
}

TEST_CASE("30 percent counts as meaningful even when it is under 2 points")
{
    const auto pain = dailyPain(changeStart, {3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2});
    const PainChange change = assessPainChange(pain, addDays(changeStart, 13));
    CHECK(change.verdict == ChangeVerdict::MeaningfulImprovement);
    CHECK(change.points == Approx(-1));
}

TEST_CASE("smaller changes are day-to-day variation, rises are worsening, and overlap is not enough data")
{
    const auto steady = dailyPain(changeStart, {6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5});
    CHECK(assessPainChange(steady, addDays(changeStart, 13)).verdict == ChangeVerdict::DayToDayVariation);
    const auto worse = dailyPain(changeStart, {3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5});
    CHECK(assessPainChange(worse, addDays(changeStart, 13)).verdict == ChangeVerdict::MeaningfulWorsening);
    CHECK(assessPainChange(steady, addDays(changeStart, 10)).verdict == ChangeVerdict::NotEnoughData);
    CHECK(assessPainChange({}, changeStart).verdict == ChangeVerdict::NotEnoughData);
    // Nothing logged in the last 7 days: nothing to compare.
    CHECK(assessPainChange(steady, addDays(changeStart, 40)).verdict == ChangeVerdict::NotEnoughData);
}
