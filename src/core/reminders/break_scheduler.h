// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"
#include "core/common/enum_names.h"
#include "core/journal/journal_types.h"
#include "core/plan/plan.h"
#include "core/session/session_engine.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace limber {

// What time away from the keyboard does to the work interval.
enum class IdlePolicy {
    Reset,  // an idle stretch of at least the break length is a break: the interval starts again
    Pause,  // idle time past a short grace is not work: the interval waits
    Ignore, // idle time is work (reading, meetings at the desk)
};

template <>
struct EnumNames<IdlePolicy> {
    static constexpr std::array<std::string_view, 3> names{"reset", "pause", "ignore"};
};

// The snooze lengths a reminder offers.
inline constexpr std::array<std::chrono::minutes, 3> snoozeChoices{
    std::chrono::minutes{5}, std::chrono::minutes{10}, std::chrono::minutes{15}};
// With IdlePolicy::Pause, idle stretches shorter than this still count as work: a pause to think is work.
inline constexpr std::chrono::seconds pauseIdleGrace{60};
// A gap between ticks longer than this means the machine slept (or the app was stopped): nobody worked.
inline constexpr std::chrono::minutes sleepGap{2};
// The longest routine chooseBreakRoutine offers.
inline constexpr std::chrono::minutes breakRoutineMaxLength{10};

struct BreakSettings {
    bool enabled = true;
    std::chrono::minutes interval{50};   // work between breaks; positive
    std::chrono::minutes breakLength{5}; // positive
    // Local time of day, as minutes after midnight; work hours do not span midnight, and there are none
    // when workStart is not before workEnd.
    std::chrono::minutes workStart{9 * 60};
    std::chrono::minutes workEnd{17 * 60 + 30};
    std::vector<Weekday> workDays{Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri};
    IdlePolicy idlePolicy = IdlePolicy::Reset;
    std::optional<int> dailySkipCap; // none: skipping is always offered

    bool operator==(const BreakSettings&) const = default;
};

// What the app tells the scheduler at each tick. Durations come only from `now`; `local` is read only for
// the time of day and the date, so a wall clock that jumps (time zone, NTP, DST) moves no interval.
struct BreakTick {
    SteadyTime now{};
    Moment local;
    // Time since the last keyboard or mouse input (the time since locking while the screen is locked);
    // none where the desktop does not tell, and then the interval runs on plain time.
    std::optional<std::chrono::seconds> idle;
};

// When to remind an office worker to take a break. Reads no clock: the app ticks it (see nextTickIn) and
// passes on what the person answered.
//
// The work interval counts only time in work hours on work days, and starts again on each new local date.
// A reminder comes once the interval has run out; it stays up, and no other comes, until the person
// snoozes, skips, says "not now" or takes a break, or until a new day. With IdlePolicy::Reset, being away
// for the break length (idle, or the machine asleep) is a break as well.
class BreakScheduler {
public:
    explicit BreakScheduler(BreakSettings settings);

    const BreakSettings& settings() const { return m_settings; }
    // Takes effect from the next tick; the work done so far is kept, unless reminders are turned off.
    void setSettings(BreakSettings settings);

    // Advances to `tick`; true when a reminder is to be shown now, once for each break that falls due.
    bool tick(const BreakTick& tick);

    // True from a tick that returned true until the reminder was answered, the person had a break away
    // from the machine, a new day began or reminders were turned off; the app closes a reminder still on
    // screen once this is false.
    bool isReminderShowing() const { return m_showing; }

    // Puts the reminder off for `minutes` (one of snoozeChoices) from `now`; the interval keeps running.
    void snooze(std::chrono::minutes minutes, SteadyTime now);
    // Starts the interval again from `now` and counts a skip for today. Does nothing when !canSkip(): the
    // reminder stays up.
    void skip(SteadyTime now);
    bool canSkip() const;
    // No reminder until the next work day's start after `today`.
    void notNowUntilTomorrow(LocalDate today);
    // The person played a session (or otherwise rested): the interval starts again from `now`.
    void breakTaken(SteadyTime now);

    // Time left until the next reminder as of the last tick (zero while one is showing); none when
    // reminders are off, out of work hours or days, after "not now", or before the first tick. With
    // IdlePolicy::Pause it is work time, which idleness stretches.
    std::optional<std::chrono::seconds> untilNextBreak() const;
    // How long the app may wait before the next tick: between 1 s and 60 s, short enough to show a
    // reminder on time and to tell a sleeping machine (sleepGap) from a late tick.
    std::chrono::seconds nextTickIn() const;

private:
    void startDay();
    void restartInterval();
    void restartIntervalAt(SteadyTime now);
    bool isQuiet() const;

    BreakSettings m_settings;
    std::optional<SteadyTime> m_last; // the last tick, or the last restart of the interval if later
    std::optional<LocalDate> m_today;
    bool m_inWorkTime = false;
    Duration m_worked{};
    bool m_showing = false;
    std::optional<SteadyTime> m_snoozedUntil;
    std::optional<LocalDate> m_quietUntil; // "not now": no reminder before this date
    int m_skipsToday = 0;
};

// The routine a break reminder offers: among `routines` that are routines (no schedule) of at most
// breakRoutineMaxLength, the ones that work the body areas of the most `recentPain` entries (with an area
// and a score above 0), in turn by `variety` (the app counts it up per reminder) so the same one does not
// always come; among all the short ones when no pain matches. Null when no routine is short enough. The
// pointer is into `routines`.
const Plan* chooseBreakRoutine(const std::vector<Plan>& routines, const std::vector<PainEntry>& recentPain,
                               std::uint32_t variety);

} // namespace limber
