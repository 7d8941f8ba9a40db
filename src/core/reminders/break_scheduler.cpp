// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/reminders/break_scheduler.h"

#include "core/session/timeline.h"

#include <algorithm>

namespace limber {
namespace {

using std::chrono::seconds;

constexpr seconds longestTickWait{60};
static_assert(longestTickWait < sleepGap, "a tick on schedule must never look like a sleeping machine");

// How far into the work hours `local` is; none out of work hours or on a day off.
std::optional<Duration> intoWorkHours(const BreakSettings& settings, const Moment& local)
{
    const Weekday weekday = weekdayOf(local.date);
    if (std::ranges::find(settings.workDays, weekday) == settings.workDays.end())
        return std::nullopt;
    const Duration timeOfDay =
        local.instant + std::chrono::minutes{local.utcOffsetMinutes} - std::chrono::sys_days{local.date};
    if (timeOfDay < settings.workStart || timeOfDay >= settings.workEnd)
        return std::nullopt;
    return timeOfDay - settings.workStart;
}

bool eases(BodyArea worked, PainArea pain)
{
    switch (pain) {
    case PainArea::Neck: return worked == BodyArea::Neck;
    case PainArea::Shoulders: return worked == BodyArea::Shoulders;
    case PainArea::UpperBack: return worked == BodyArea::UpperBack;
    case PainArea::MidBack: return worked == BodyArea::MidBack;
    case PainArea::LowerBack: return worked == BodyArea::LowerBack;
    case PainArea::Hips: return worked == BodyArea::Hips;
    case PainArea::Buttocks: return worked == BodyArea::Glutes;
    case PainArea::Legs: return worked == BodyArea::Legs || worked == BodyArea::Hamstrings;
    }
    return false;
}

// How many of the pain entries the routine works the area of.
std::ptrdiff_t painMatches(const Plan& routine, const std::vector<PainEntry>& pain)
{
    return std::ranges::count_if(pain, [&routine](const PainEntry& entry) {
        return entry.area && entry.score > 0 && std::ranges::any_of(routine.items, [&entry](const PlanItem& item) {
                   return std::ranges::any_of(item.exercise.areas,
                                              [&entry](BodyArea area) { return eases(area, *entry.area); });
               });
    });
}

} // namespace

BreakScheduler::BreakScheduler(BreakSettings settings)
    : m_settings(std::move(settings))
{
}

void BreakScheduler::setSettings(BreakSettings settings)
{
    m_settings = std::move(settings);
    if (!m_settings.enabled)
        restartInterval();
}

bool BreakScheduler::tick(const BreakTick& tick)
{
    // The steady clock does not go back, but a caller's slip must not make negative work.
    const Duration elapsed = m_last ? std::max(tick.now - *m_last, Duration{}) : Duration{};
    m_last = tick.now;
    if (m_today && *m_today != tick.local.date)
        startDay();
    m_today = tick.local.date;
    const std::optional<Duration> intoWork = intoWorkHours(m_settings, tick.local);
    m_inWorkTime = intoWork.has_value();
    if (!m_settings.enabled)
        return false;

    // Whatever the desktop says about input, a sleeping machine means the person was away.
    const bool slept = elapsed > sleepGap;
    const Duration idle = tick.idle.value_or(seconds{});
    const Duration away = slept ? std::max(elapsed, idle) : idle;
    if (m_settings.idlePolicy == IdlePolicy::Reset && away >= m_settings.breakLength) {
        restartInterval();
    } else if (intoWork) {
        Duration work = elapsed;
        if (slept)
            work = Duration{};
        else if (m_settings.idlePolicy == IdlePolicy::Pause && away >= pauseIdleGrace)
            work -= std::min(work, away);
        // Nothing before the start of work hours counts, even when the last tick was long before.
        m_worked += std::min(work, *intoWork);
    }

    if (m_showing || !intoWork || isQuiet() || m_worked < m_settings.interval
        || (m_snoozedUntil && tick.now < *m_snoozedUntil))
        return false;
    m_showing = true;
    m_snoozedUntil.reset();
    return true;
}

void BreakScheduler::snooze(std::chrono::minutes minutes, SteadyTime now)
{
    m_showing = false;
    m_snoozedUntil = now + minutes;
}

void BreakScheduler::skip(SteadyTime now)
{
    if (!canSkip())
        return;
    ++m_skipsToday;
    restartIntervalAt(now);
}

bool BreakScheduler::canSkip() const
{
    return !m_settings.dailySkipCap || m_skipsToday < *m_settings.dailySkipCap;
}

void BreakScheduler::notNowUntilTomorrow(LocalDate today)
{
    m_quietUntil = addDays(today, 1);
    restartInterval();
}

void BreakScheduler::breakTaken(SteadyTime now)
{
    restartIntervalAt(now);
}

std::optional<seconds> BreakScheduler::untilNextBreak() const
{
    if (!m_settings.enabled || !m_inWorkTime || isQuiet())
        return std::nullopt;
    if (m_showing)
        return seconds{};
    Duration left = std::max<Duration>(m_settings.interval - m_worked, Duration{});
    if (m_snoozedUntil)
        left = std::max<Duration>(left, *m_snoozedUntil - *m_last);
    return std::chrono::ceil<seconds>(left);
}

seconds BreakScheduler::nextTickIn() const
{
    const std::optional<seconds> left = untilNextBreak();
    if (!left || *left == seconds{})
        return longestTickWait;
    return std::min(*left, longestTickWait);
}

void BreakScheduler::startDay()
{
    restartInterval();
    m_skipsToday = 0;
}

void BreakScheduler::restartInterval()
{
    m_worked = Duration{};
    m_showing = false;
    m_snoozedUntil.reset();
}

void BreakScheduler::restartIntervalAt(SteadyTime now)
{
    restartInterval();
    // The time since the last tick was not work either; the next tick counts from `now`.
    if (!m_last || *m_last < now)
        m_last = now;
}

bool BreakScheduler::isQuiet() const
{
    return m_quietUntil && (!m_today || *m_today < *m_quietUntil);
}

const Plan* chooseBreakRoutine(const std::vector<Plan>& routines, const std::vector<PainEntry>& recentPain,
                               std::uint32_t variety)
{
    std::vector<const Plan*> best;
    std::ptrdiff_t bestMatches = 0;
    for (const Plan& plan : routines) {
        if (!plan.isRoutine() || buildTimeline(plan).total > breakRoutineMaxLength)
            continue;
        const std::ptrdiff_t matches = painMatches(plan, recentPain);
        if (best.empty() || matches > bestMatches) {
            best.clear();
            bestMatches = matches;
        }
        if (matches == bestMatches)
            best.push_back(&plan);
    }
    return best.empty() ? nullptr : best[variety % best.size()];
}

} // namespace limber
