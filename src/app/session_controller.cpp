// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/session_controller.h"

#include "app/labels.h"

#include <chrono>

namespace limber::app {
namespace {

// Wakes at display rate while a session runs, so the ring moves smoothly; never while paused or idle.
constexpr int tickMilliseconds = 33;

} // namespace

SessionController::SessionController(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(tickMilliseconds);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SessionController::tick);
}

bool SessionController::start(const Plan& plan, std::optional<int> painBefore, const SessionRecord* resumeSession,
                              QString& error)
{
    std::size_t startItem = 0;
    if (resumeSession) {
        m_sessionId = resumeSession->id;
        startItem = std::min(firstUnfinishedItem(*resumeSession), plan.items.size() - 1);
    } else if (m_journal) {
        const auto started = m_journal->startSession(plan.id, plan.title, localMoment(currentInstant()), painBefore);
        if (!started.ok()) {
            error = journalErrorText(started.error());
            return false;
        }
        m_sessionId = started.value();
    }
    m_engine = std::make_unique<SessionEngine>(plan);
    m_hurt.assign(plan.items.size(), false);
    if (resumeSession) {
        for (const ExerciseResult& result : resumeSession->results) {
            if (result.position >= 0 && static_cast<std::size_t>(result.position) < m_hurt.size())
                m_hurt[static_cast<std::size_t>(result.position)] = result.hurt;
        }
    }
    handle(m_engine->start(m_clock.now(), startItem));
    updateTimer();
    return true;
}

void SessionController::finish(std::optional<int> painAfter, std::optional<int> painDuring)
{
    if (!m_engine)
        return;
    if (m_journal && m_sessionId != 0) {
        const bool completed = m_engine->state() == SessionEngine::State::Finished;
        const auto saved = m_journal->finishSession(m_sessionId, completed ? SessionStatus::Completed : SessionStatus::Stopped,
                                                    currentInstant(), painAfter, painDuring);
        if (!saved.ok())
            Q_EMIT saveFailed(journalErrorText(saved.error()));
    }
    m_engine.reset();
    m_sessionId = 0;
    updateTimer();
}

bool SessionController::isHurt(std::size_t item) const
{
    return item < m_hurt.size() && m_hurt[item];
}

void SessionController::tick()
{
    if (!m_engine)
        return;
    handle(m_engine->advance(m_clock.now()));
    Q_EMIT updated();
}

void SessionController::togglePause()
{
    if (!m_engine)
        return;
    const bool paused = m_engine->state() == SessionEngine::State::Paused;
    handle(paused ? m_engine->resume(m_clock.now()) : m_engine->pause(m_clock.now()));
}

void SessionController::skipPhase()
{
    if (m_engine)
        handle(m_engine->skipPhase(m_clock.now()));
}

void SessionController::skipExercise()
{
    if (m_engine)
        handle(m_engine->skipExercise(m_clock.now()));
}

void SessionController::back()
{
    if (m_engine)
        handle(m_engine->back(m_clock.now()));
}

void SessionController::extendHold()
{
    if (m_engine)
        handle(m_engine->extendHold(m_clock.now()));
}

void SessionController::markRep()
{
    if (m_engine)
        handle(m_engine->markRep(m_clock.now()));
}

void SessionController::stop()
{
    if (m_engine)
        handle(m_engine->stop(m_clock.now()));
}

void SessionController::markHurt()
{
    if (!m_engine || m_engine->isOver())
        return;
    m_hurt[m_engine->currentPhase().item] = true;
    Q_EMIT updated();
}

void SessionController::handle(const std::vector<SessionEvent>& events)
{
    for (const SessionEvent& event : events) {
        switch (event.kind) {
        case EventKind::PhaseStarted:
            Q_EMIT phaseStarted(event.value);
            break;
        case EventKind::Countdown:
            Q_EMIT countdown(event.value);
            break;
        case EventKind::Halfway:
            Q_EMIT halfway();
            break;
        case EventKind::RepCounted:
            Q_EMIT repCounted(event.value, event.value == m_engine->timeline().phases[m_engine->phaseIndex()].reps);
            break;
        case EventKind::ExerciseDone:
            checkpoint(event.item);
            Q_EMIT exerciseDone(static_cast<int>(event.item));
            break;
        case EventKind::SessionDone:
        case EventKind::SessionStopped:
            updateTimer();
            Q_EMIT sessionEnded(event.kind == EventKind::SessionDone);
            break;
        case EventKind::Paused:
        case EventKind::Resumed:
            updateTimer();
            Q_EMIT pausedChanged(event.kind == EventKind::Paused);
            break;
        }
    }
    Q_EMIT updated();
}

void SessionController::checkpoint(std::size_t item)
{
    if (!m_journal || m_sessionId == 0 || !m_engine->tallies()[item].reached)
        return;
    ExerciseResult result = m_engine->resultOf(item);
    result.hurt = m_hurt[item];
    const auto saved = m_journal->checkpoint(m_sessionId, result);
    if (!saved.ok())
        Q_EMIT saveFailed(journalErrorText(saved.error()));
}

void SessionController::updateTimer()
{
    const bool running = m_engine && m_engine->state() == SessionEngine::State::Running;
    if (running && !m_timer.isActive())
        m_timer.start();
    else if (!running)
        m_timer.stop();
}

} // namespace limber::app
