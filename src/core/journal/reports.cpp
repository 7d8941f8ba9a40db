// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/reports.h"

#include <cmath>

#include <algorithm>
#include <cstdint>

namespace limber {
namespace {

constexpr int daysPerWeek = 7;

// Floor division, so that dates before the start of the range land in negative weeks instead of week 0.
int floorDiv(int value, int divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

int dayNumber(LocalDate date)
{
    return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count());
}

struct PainBucket {
    int count = 0;
    std::int64_t sum = 0;
    int min = maxPainScore;
    int max = minPainScore;

    void add(int score)
    {
        ++count;
        sum += score;
        min = std::min(min, score);
        max = std::max(max, score);
    }

    std::optional<double> mean() const
    {
        if (count == 0)
            return std::nullopt;
        return static_cast<double>(sum) / count;
    }
};

// A stopped session still counts when some exercise was done: stopping because it hurt should not cost
// the person their streak. A session opened and abandoned without any work does not count.
bool keepsStreak(const SessionRecord& session)
{
    return session.status == SessionStatus::Completed || session.activeSeconds > 0;
}

void fillStreaks(const std::vector<SessionRecord>& sessions, LocalDate today, JournalReport& report)
{
    std::vector<int> days;
    days.reserve(sessions.size());
    for (const SessionRecord& session : sessions) {
        if (keepsStreak(session))
            days.push_back(dayNumber(session.started.date));
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    int run = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        run = (i > 0 && days[i - 1] == days[i] - 1) ? run + 1 : 1;
        report.longestStreakDays = std::max(report.longestStreakDays, run);
    }

    // Today without a session yet does not break the streak: the day is not over.
    const int todayNumber = dayNumber(today);
    auto anchor = std::lower_bound(days.begin(), days.end(), todayNumber);
    if (anchor == days.end() || *anchor != todayNumber) {
        if (anchor == days.begin() || *(anchor - 1) != todayNumber - 1)
            return;
        --anchor;
    }
    int current = 1;
    while (anchor != days.begin() && *(anchor - 1) == *anchor - 1) {
        ++current;
        --anchor;
    }
    report.currentStreakDays = current;
}

void fillWeeks(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions, LocalDate from,
               LocalDate to, JournalReport& report)
{
    const LocalDate firstMonday = weekStart(from);
    const int weekCount = std::max(0, daysBetween(firstMonday, weekStart(to)) / daysPerWeek + 1);
    if (weekCount == 0)
        return;

    // Slot 0 is the week before the range, so the first listed week's change is known too.
    std::vector<PainBucket> painWeeks(static_cast<std::size_t>(weekCount) + 1);
    for (const PainEntry& entry : pain) {
        const int slot = floorDiv(daysBetween(firstMonday, entry.when.date), daysPerWeek) + 1;
        if (slot >= 0 && slot <= weekCount)
            painWeeks[static_cast<std::size_t>(slot)].add(entry.score);
    }

    report.weeks.resize(static_cast<std::size_t>(weekCount));
    for (const SessionRecord& session : sessions) {
        const int index = floorDiv(daysBetween(firstMonday, session.started.date), daysPerWeek);
        if (index < 0 || index >= weekCount)
            continue;
        WeekSummary& week = report.weeks[static_cast<std::size_t>(index)];
        ++week.sessions;
        if (session.status == SessionStatus::Completed)
            ++week.completedSessions;
        week.activeSeconds += session.activeSeconds;
    }

    for (std::size_t i = 0; i < report.weeks.size(); ++i) {
        WeekSummary& week = report.weeks[i];
        week.start = addDays(firstMonday, static_cast<int>(i) * daysPerWeek);
        week.week = isoWeekOf(week.start);
        const PainBucket& bucket = painWeeks[i + 1];
        week.painEntries = bucket.count;
        week.painMean = bucket.mean();
        if (bucket.count > 0) {
            week.painMin = bucket.min;
            week.painMax = bucket.max;
        }
        const std::optional<double> previousMean = painWeeks[i].mean();
        if (week.painMean && previousMean)
            week.painChange = *week.painMean - *previousMean;
    }
}

void fillAdherence(const std::vector<PlanEnrollment>& plans, const std::vector<SessionRecord>& sessions,
                   LocalDate today, JournalReport& report)
{
    if (report.weeks.empty())
        return;
    const LocalDate firstMonday = report.weeks.front().start;
    for (const PlanEnrollment& plan : plans) {
        const LocalDate lastSunday = addDays(report.weeks.back().start, daysPerWeek - 1);
        for (const PlanDay& day : planDays(plan, sessions, firstMonday, lastSunday, today)) {
            auto& week = report.weeks[static_cast<std::size_t>(daysBetween(firstMonday, day.date) / daysPerWeek)];
            if (!week.adherence)
                week.adherence.emplace();
            *week.adherence += tally({day});
        }
    }
}

void fillTrend(const std::vector<PainEntry>& pain, LocalDate from, LocalDate to, JournalReport& report)
{
    const int dayCount = daysBetween(from, to) + 1;
    if (dayCount <= 0)
        return;
    // Per-day totals from six days before `from`, so the first point's window is complete.
    const LocalDate firstDay = addDays(from, -(daysPerWeek - 1));
    const std::size_t slots = static_cast<std::size_t>(dayCount + daysPerWeek - 1);
    std::vector<int> counts(slots, 0);
    std::vector<std::int64_t> sums(slots, 0);
    for (const PainEntry& entry : pain) {
        const int slot = daysBetween(firstDay, entry.when.date);
        if (slot >= 0 && static_cast<std::size_t>(slot) < slots) {
            ++counts[static_cast<std::size_t>(slot)];
            sums[static_cast<std::size_t>(slot)] += entry.score;
        }
    }

    int windowCount = 0;
    std::int64_t windowSum = 0;
    for (std::size_t slot = 0; slot < slots; ++slot) {
        windowCount += counts[slot];
        windowSum += sums[slot];
        if (slot >= static_cast<std::size_t>(daysPerWeek)) {
            windowCount -= counts[slot - daysPerWeek];
            windowSum -= sums[slot - daysPerWeek];
        }
        if (slot + 1 < static_cast<std::size_t>(daysPerWeek) || windowCount == 0)
            continue;
        report.trend.push_back({addDays(firstDay, static_cast<int>(slot)),
                                static_cast<double>(windowSum) / windowCount});
    }
}

} // namespace

JournalReport weeklyReport(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions,
                           LocalDate from, LocalDate to, LocalDate today, const std::vector<PlanEnrollment>& plans)
{
    JournalReport report;
    fillWeeks(pain, sessions, from, to, report);
    fillAdherence(plans, sessions, today, report);
    fillStreaks(sessions, today, report);
    fillTrend(pain, from, to, report);
    return report;
}

} // namespace limber

namespace limber {

PainChange assessPainChange(const std::vector<PainEntry>& pain, LocalDate today)
{
    PainChange change;
    if (pain.empty())
        return change;
    LocalDate first = pain.front().when.date;
    for (const PainEntry& entry : pain)
        first = std::min(first, entry.when.date);
    const LocalDate baselineEnd = addDays(first, 6);
    const LocalDate currentStart = addDays(today, -6);
    // The two windows must not overlap, or the change would partly compare the first week with itself.
    if (currentStart <= baselineEnd)
        return change;
    double baselineSum = 0;
    int baselineCount = 0;
    double currentSum = 0;
    int currentCount = 0;
    for (const PainEntry& entry : pain) {
        if (entry.when.date <= baselineEnd) {
            baselineSum += entry.score;
            ++baselineCount;
        } else if (entry.when.date >= currentStart && entry.when.date <= today) {
            currentSum += entry.score;
            ++currentCount;
        }
    }
    if (currentCount == 0)
        return change;
    change.baseline = baselineSum / baselineCount;
    change.current = currentSum / currentCount;
    change.points = change.current - change.baseline;
    change.percent = change.baseline > 0 ? 100 * change.points / change.baseline : 0;
    constexpr double meaningfulPoints = 2;
    constexpr double meaningfulPercent = 30;
    const double magnitude = std::abs(change.points);
    const bool meaningful = magnitude >= meaningfulPoints - 1e-9
                            || (change.baseline > 0 && std::abs(change.percent) >= meaningfulPercent - 1e-9);
    if (!meaningful || magnitude < 1e-9)
        change.verdict = ChangeVerdict::DayToDayVariation;
    else
        change.verdict = change.points < 0 ? ChangeVerdict::MeaningfulImprovement : ChangeVerdict::MeaningfulWorsening;
    return change;
}

} // namespace limber
