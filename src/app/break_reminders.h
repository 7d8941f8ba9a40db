// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "app/desktop_idle.h"
#include "core/reminders/break_scheduler.h"
#include "core/session/clock.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace limber::app {

// The app's side of break reminders: ticks the core scheduler with the steady clock, the local time and
// the desktop's idle time, on a timer that sleeps as long as the scheduler allows (at most a minute, so an
// idle app wakes about once a minute), and says when a reminder is due with the routine to offer.
class BreakReminders : public QObject {
    Q_OBJECT

public:
    explicit BreakReminders(const Clock& clock, QObject* parent = nullptr);

    void setSettings(const BreakSettings& settings);
    const BreakSettings& settings() const { return m_scheduler.settings(); }
    // The plans (the routines among them are offered) and recent pain, which the offer leans toward.
    void setPlans(std::vector<Plan> plans);
    void setRecentPain(std::vector<PainEntry> pain);
    // Paused from the tray: no reminders until resumed, without changing the settings.
    void setPaused(bool paused);
    bool paused() const { return m_paused; }

    std::optional<std::chrono::seconds> untilNextBreak() const;
    bool canSkip() const { return m_scheduler.canSkip(); }
    // The routine to offer now; null when there is none short enough.
    const Plan* routine() const;

    void snooze(std::chrono::minutes minutes);
    void skip();
    void notNowUntilTomorrow();
    // A session was played: the interval starts again.
    void breakTaken();

    // Checks now, outside the timer; for tests, and after the machine wakes.
    void tick();
    bool timerActive() const { return m_timer.isActive(); }
    std::chrono::milliseconds timerInterval() const { return m_timer.intervalAsDuration(); }

    // Where the local time and the idle time come from; tests replace them.
    std::function<Moment()> localNow;
    DesktopIdle idle;

Q_SIGNALS:
    void reminderDue();
    // The reminder on screen is no longer wanted (answered elsewhere, a new day, reminders off).
    void reminderWithdrawn();
    void changed();

private:
    void schedule();

    const Clock& m_clock;
    BreakScheduler m_scheduler;
    BreakSettings m_wanted;
    bool m_paused = false;
    std::vector<Plan> m_plans;
    std::vector<PainEntry> m_pain;
    std::uint32_t m_variety = 0;
    QTimer m_timer;
};

} // namespace limber::app
