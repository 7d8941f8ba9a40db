// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"
#include "core/journal/adherence.h"
#include "core/journal/journal_types.h"

#include <optional>
#include <vector>

namespace limber {

// One ISO week (Monday to Sunday of local dates) of the journal.
struct WeekSummary {
    IsoWeek week;
    LocalDate start;              // the Monday
    int sessions = 0;             // sessions started that week, whatever their status
    int completedSessions = 0;
    int activeSeconds = 0;        // seconds of exercise work in those sessions
    int painEntries = 0;
    std::optional<double> painMean; // over the week's entries; none without entries
    std::optional<int> painMin;
    std::optional<int> painMax;
    // painMean minus the previous week's painMean; none when either week has no entries.
    std::optional<double> painChange;
    std::optional<Adherence> adherence; // none when no plan had a day scheduled that week

    bool operator==(const WeekSummary&) const = default;
};

struct TrendPoint {
    LocalDate date;
    double mean7d = 0; // mean of every entry in the 7 days ending on `date`

    bool operator==(const TrendPoint&) const = default;
};

struct JournalReport {
    std::vector<WeekSummary> weeks; // oldest first, every week of the range, empty weeks included
    int currentStreakDays = 0;      // consecutive days with a session, ending today (or yesterday)
    int longestStreakDays = 0;
    std::vector<TrendPoint> trend;  // one point per day of the range that has an entry in its 7-day window
};

enum class ChangeVerdict {
    NotEnoughData,          // fewer than two separate weeks of entries to compare
    MeaningfulImprovement,  // the 7-day mean is down by at least 2 points or 30 % on the first week
    MeaningfulWorsening,    // up by at least 2 points or 30 %
    DayToDayVariation,      // a smaller change either way
};

// How pain has changed: the mean of the first 7 days of entries (the baseline) against the mean of the 7
// days ending on `today`. The thresholds are the content brief's (section 4.1: about 2 points or 30 % is
// a change people feel).
struct PainChange {
    ChangeVerdict verdict = ChangeVerdict::NotEnoughData;
    double baseline = 0;
    double current = 0;
    double points = 0;  // current - baseline (negative: better)
    double percent = 0; // points as a share of the baseline, in percent (0 when the baseline is 0)
};
PainChange assessPainChange(const std::vector<PainEntry>& pain, LocalDate today);

// The weekly report for the weeks `from` … `to` (any dates inside them), computed from the journal's
// contents; `today` anchors the current streak and what counts as missed. Pure: reads no clock and no files.
JournalReport weeklyReport(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions,
                           LocalDate from, LocalDate to, LocalDate today,
                           const std::vector<PlanEnrollment>& plans = {});

} // namespace limber
