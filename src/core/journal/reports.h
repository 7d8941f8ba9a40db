// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"
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

// The weekly report for the weeks `from` … `to` (any dates inside them), computed from the journal's
// contents; `today` anchors the current streak. Pure: reads no clock and no files.
JournalReport weeklyReport(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions,
                           LocalDate from, LocalDate to, LocalDate today);

} // namespace limber
