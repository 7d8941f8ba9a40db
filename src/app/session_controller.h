// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal.h"
#include "core/session/clock.h"
#include "core/session/session_engine.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace limber::app {

// Runs one session for the app: turns the engine's events into signals, saves each finished exercise to
// the journal, and wakes the engine with a timer only while a session runs (never while paused or idle).
// The engine decides everything about time; this class only asks it what happened.
class SessionController : public QObject {
    Q_OBJECT

public:
    SessionController(const Clock& clock, QObject* parent = nullptr);

    // The journal to record sessions in; may be null (then nothing is recorded).
    void setJournal(Journal* journal) { m_journal = journal; }

    // Starts `plan`, recording a new session, or carrying on `resumeSession` from its first exercise
    // without a result. Returns false (with `error` set) when the journal refuses the session.
    bool start(const Plan& plan, std::optional<int> painBefore, const SessionRecord* resumeSession, QString& error);
    // Records the end of the session with the pain score after it; the controller is then idle.
    void finish(std::optional<int> painAfter, std::optional<int> painDuring = {});

    bool isActive() const { return m_engine != nullptr; }
    const SessionEngine* engine() const { return m_engine.get(); }
    SteadyTime now() const { return m_clock.now(); }
    std::int64_t sessionId() const { return m_sessionId; }
    bool isHurt(std::size_t item) const;

public Q_SLOTS:
    void tick();
    void togglePause();
    void skipPhase();
    void skipExercise();
    void back();
    void extendHold();
    void markRep();
    void stop();
    // "This hurt": noted with the current exercise's result.
    void markHurt();

Q_SIGNALS:
    void phaseStarted(int phase);
    void countdown(int secondsLeft);
    void halfway();
    void repCounted(int rep, bool last);
    void pausedChanged(bool paused);
    void exerciseDone(int item);
    void sessionEnded(bool completed);
    void saveFailed(const QString& message);
    // Something the display shows changed (or time moved on): repaint.
    void updated();

private:
    void handle(const std::vector<SessionEvent>& events);
    void checkpoint(std::size_t item);
    void updateTimer();

    const Clock& m_clock;
    Journal* m_journal = nullptr;
    std::unique_ptr<SessionEngine> m_engine;
    std::int64_t m_sessionId = 0;
    std::vector<bool> m_hurt;
    QTimer m_timer{this};
};

} // namespace limber::app
