// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/break_reminders.h"

namespace limber::app {

BreakReminders::BreakReminders(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_scheduler(BreakSettings{}), m_wanted(BreakSettings{})
{
    localNow = [] { return localMoment(currentInstant()); };
    m_timer.setSingleShot(true);
    // Coarse: a reminder a second late is fine, and the system may batch the wake-up with others.
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BreakReminders::tick);
}

void BreakReminders::setSettings(const BreakSettings& settings)
{
    m_wanted = settings;
    BreakSettings effective = settings;
    effective.enabled = settings.enabled && !m_paused;
    m_scheduler.setSettings(effective);
    tick();
}

void BreakReminders::setPaused(bool paused)
{
    m_paused = paused;
    setSettings(m_wanted);
}

void BreakReminders::setPlans(std::vector<Plan> plans)
{
    m_plans = std::move(plans);
}

void BreakReminders::setRecentPain(std::vector<PainEntry> pain)
{
    m_pain = std::move(pain);
}

std::optional<std::chrono::seconds> BreakReminders::untilNextBreak() const
{
    return m_scheduler.untilNextBreak();
}

const Plan* BreakReminders::routine() const
{
    return chooseBreakRoutine(m_plans, m_pain, m_variety);
}

void BreakReminders::snooze(std::chrono::minutes minutes)
{
    m_scheduler.snooze(minutes, m_clock.now());
    schedule();
}

void BreakReminders::skip()
{
    m_scheduler.skip(m_clock.now());
    ++m_variety;
    schedule();
}

void BreakReminders::notNowUntilTomorrow()
{
    m_scheduler.notNowUntilTomorrow(localNow().date);
    schedule();
}

void BreakReminders::breakTaken()
{
    const bool wasShowing = m_scheduler.isReminderShowing();
    m_scheduler.breakTaken(m_clock.now());
    ++m_variety;
    if (wasShowing)
        Q_EMIT reminderWithdrawn();
    schedule();
}

void BreakReminders::tick()
{
    const bool wasShowing = m_scheduler.isReminderShowing();
    const bool due = m_scheduler.tick({m_clock.now(), localNow(), m_scheduler.settings().enabled ? idle.idleTime() : std::nullopt});
    if (due)
        Q_EMIT reminderDue();
    else if (wasShowing && !m_scheduler.isReminderShowing())
        Q_EMIT reminderWithdrawn();
    schedule();
}

void BreakReminders::schedule()
{
    // With reminders off there is nothing to wake up for; settings and "resume" tick again.
    if (m_scheduler.settings().enabled)
        m_timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(m_scheduler.nextTickIn()));
    else
        m_timer.stop();
    Q_EMIT changed();
}

} // namespace limber::app
