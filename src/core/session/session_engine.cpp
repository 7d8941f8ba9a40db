// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/session/session_engine.h"

#include <algorithm>

namespace limber {
namespace {

using std::chrono::seconds;

// Going back within this much of an exercise's start goes to the exercise before it.
constexpr Duration backToPreviousWithin = seconds{2};

bool countsDown(const Phase& phase)
{
    return !(phase.kind == PhaseKind::Work && phase.reps > 0);
}

bool hasHalfway(const Phase& phase)
{
    return phase.kind == PhaseKind::Work && phase.reps == 0;
}

} // namespace

SessionEngine::SessionEngine(Plan plan) : m_plan(std::move(plan)), m_timeline(buildTimeline(m_plan))
{
    m_tallies.resize(m_plan.items.size());
    m_workDone.resize(m_plan.items.size());
}

std::vector<SessionEvent> SessionEngine::start(SteadyTime now, std::size_t item)
{
    std::vector<SessionEvent> events;
    if (m_state != State::NotStarted || m_timeline.phases.empty() || item >= m_plan.items.size())
        return events;
    m_state = State::Running;
    m_sessionStart = now;
    enterPhase(firstPhaseOf(item), now, events);
    return events;
}

std::vector<SessionEvent> SessionEngine::advance(SteadyTime now)
{
    std::vector<SessionEvent> events;
    while (m_state == State::Running && !selfPacedWork()) {
        const SteadyTime end = deadline();
        if (now < end) {
            emitCuesUntil(now - m_phaseStart - m_pausedInPhase, events);
            break;
        }
        emitCuesUntil(m_duration, events);
        leavePhase(end, m_phase + 1, true, events);
    }
    return events;
}

std::vector<SessionEvent> SessionEngine::pause(SteadyTime now)
{
    auto events = advance(now);
    if (m_state == State::Running) {
        m_state = State::Paused;
        m_pausedAt = now;
        events.push_back({EventKind::Paused, now, currentPhase().item, 0});
    }
    return events;
}

std::vector<SessionEvent> SessionEngine::resume(SteadyTime now)
{
    std::vector<SessionEvent> events;
    if (m_state != State::Paused)
        return events;
    m_pausedInPhase += now - m_pausedAt;
    m_state = State::Running;
    events.push_back({EventKind::Resumed, now, currentPhase().item, 0});
    auto later = advance(now);
    events.insert(events.end(), later.begin(), later.end());
    return events;
}

std::vector<SessionEvent> SessionEngine::skipPhase(SteadyTime now)
{
    auto events = advance(now);
    if (!isOver() && m_state != State::NotStarted)
        leavePhase(controlTime(now), m_phase + 1, false, events);
    return events;
}

std::vector<SessionEvent> SessionEngine::skipExercise(SteadyTime now)
{
    auto events = advance(now);
    if (!isOver() && m_state != State::NotStarted)
        leavePhase(controlTime(now), firstPhaseAfter(currentPhase().item), false, events);
    return events;
}

std::vector<SessionEvent> SessionEngine::back(SteadyTime now)
{
    auto events = advance(now);
    if (isOver() || m_state == State::NotStarted)
        return events;
    const SteadyTime at = controlTime(now);
    const std::size_t item = currentPhase().item;
    const bool atStart = m_phase == firstPhaseOf(item) && elapsedInPhase(now) < backToPreviousWithin;
    const std::size_t target = atStart && item > 0 ? item - 1 : item;
    // The exercises from the target on are done again: what was done of them so far is replaced.
    for (std::size_t i = target; i <= item; ++i) {
        m_tallies[i] = {};
        m_workDone[i] = 0;
    }
    m_pausedBefore += m_pausedInPhase;
    enterPhase(firstPhaseOf(target), at, events);
    return events;
}

std::vector<SessionEvent> SessionEngine::extendHold(SteadyTime now, Duration extra)
{
    auto events = advance(now);
    if (isOver() || m_state == State::NotStarted || !hasHalfway(currentPhase()))
        return events;
    m_duration += extra;
    scheduleCues(elapsedInPhase(now) + Duration{1});
    return events;
}

std::vector<SessionEvent> SessionEngine::markRep(SteadyTime now)
{
    auto events = advance(now);
    if (isOver() || m_state == State::NotStarted || !selfPacedWork())
        return events;
    const SteadyTime at = controlTime(now);
    ++m_repsMarked;
    events.push_back({EventKind::RepCounted, at, currentPhase().item, m_repsMarked});
    if (m_repsMarked >= currentPhase().reps)
        leavePhase(at, m_phase + 1, true, events);
    return events;
}

std::vector<SessionEvent> SessionEngine::stop(SteadyTime now)
{
    auto events = advance(now);
    if (isOver() || m_state == State::NotStarted)
        return events;
    const SteadyTime at = controlTime(now);
    creditPhase(at - m_phaseStart - m_pausedInPhase, false);
    m_pausedBefore += m_pausedInPhase;
    m_pausedInPhase = {};
    m_endedAt = at;
    m_state = State::Stopped;
    events.push_back({EventKind::ExerciseDone, at, currentPhase().item, 0});
    events.push_back({EventKind::SessionStopped, at, currentPhase().item, 0});
    return events;
}

Duration SessionEngine::remaining(SteadyTime now) const
{
    if (isOver() || m_state == State::NotStarted || selfPacedWork())
        return {};
    return std::max(Duration{}, m_duration - elapsedInPhase(now));
}

Duration SessionEngine::elapsedInPhase(SteadyTime now) const
{
    if (m_state == State::NotStarted)
        return {};
    if (isOver())
        return m_duration;
    return controlTime(now) - m_phaseStart - m_pausedInPhase;
}

int SessionEngine::repsInPhase(SteadyTime now) const
{
    const Phase& phase = currentPhase();
    if (phase.kind != PhaseKind::Work || phase.reps == 0 || m_state == State::NotStarted)
        return 0;
    if (phase.selfPaced)
        return m_repsMarked;
    return static_cast<int>(std::min<Duration::rep>(phase.reps, elapsedInPhase(now) / phase.repDuration));
}

Duration SessionEngine::activeTime(SteadyTime now) const
{
    if (m_state == State::NotStarted)
        return {};
    const SteadyTime end = isOver() ? m_endedAt : controlTime(now);
    return end - m_sessionStart - m_pausedBefore - (isOver() ? Duration{} : m_pausedInPhase);
}

ExerciseResult SessionEngine::resultOf(std::size_t item) const
{
    const ExerciseTally& tally = m_tallies.at(item);
    return ExerciseResult{static_cast<int>(item),
                          m_plan.items[item].exercise.id,
                          tally.setsDone,
                          tally.repsDone,
                          static_cast<int>(std::chrono::duration_cast<seconds>(tally.worked).count()),
                          !tally.completed,
                          false};
}

bool SessionEngine::selfPacedWork() const
{
    const Phase& phase = m_timeline.phases[m_phase];
    return phase.kind == PhaseKind::Work && phase.selfPaced;
}

SteadyTime SessionEngine::controlTime(SteadyTime now) const
{
    // While paused the session's clock stands still at the moment of pausing.
    return m_state == State::Paused ? m_pausedAt : now;
}

void SessionEngine::enterPhase(std::size_t phase, SteadyTime at, std::vector<SessionEvent>& events)
{
    m_phase = phase;
    m_phaseStart = at;
    m_pausedInPhase = {};
    if (m_state == State::Paused)
        m_pausedAt = at; // the ongoing pause now belongs to the new phase
    m_duration = m_timeline.phases[phase].duration;
    m_repsMarked = 0;
    m_tallies[m_timeline.phases[phase].item].reached = true;
    scheduleCues(Duration{});
    events.push_back({EventKind::PhaseStarted, at, m_timeline.phases[phase].item, static_cast<int>(phase)});
}

void SessionEngine::scheduleCues(Duration notBefore)
{
    const Phase& phase = currentPhase();
    m_cues.clear();
    m_nextCue = 0;
    if (phase.selfPaced)
        return;
    for (int rep = 1; rep <= phase.reps; ++rep)
        m_cues.push_back({phase.repDuration * rep, EventKind::RepCounted, rep});
    if (hasHalfway(phase) && m_duration >= seconds{2})
        m_cues.push_back({m_duration / 2, EventKind::Halfway, 0});
    if (countsDown(phase)) {
        for (int left = 3; left >= 1; --left) {
            if (m_duration >= seconds{left})
                m_cues.push_back({m_duration - seconds{left}, EventKind::Countdown, left});
        }
    }
    std::stable_sort(m_cues.begin(), m_cues.end(), [](const Cue& a, const Cue& b) { return a.offset < b.offset; });
    m_cues.erase(std::remove_if(m_cues.begin(), m_cues.end(), [&](const Cue& cue) { return cue.offset < notBefore; }),
                 m_cues.end());
}

void SessionEngine::emitCuesUntil(Duration elapsed, std::vector<SessionEvent>& events)
{
    while (m_nextCue < m_cues.size() && m_cues[m_nextCue].offset <= elapsed) {
        const Cue& cue = m_cues[m_nextCue++];
        events.push_back({cue.kind, clockOf(cue.offset), currentPhase().item, cue.value});
    }
}

void SessionEngine::creditPhase(Duration elapsed, bool complete)
{
    const Phase& phase = currentPhase();
    if (phase.kind != PhaseKind::Work)
        return;
    ExerciseTally& tally = m_tallies[phase.item];
    tally.worked += std::clamp(elapsed, Duration{}, m_duration);
    if (phase.reps > 0) {
        tally.repsDone += complete ? phase.reps : repsInPhase(m_phaseStart + m_pausedInPhase + elapsed);
    } else if (phase.hold > 0 && complete) {
        tally.repsDone += 1;
    }
    if (!complete)
        return;
    const Exercise& exercise = m_plan.items[phase.item].exercise;
    const bool endsSet = exercise.mode != DoseMode::Hold || phase.hold == exercise.dose.reps;
    if (endsSet)
        ++tally.setsDone;
    ++m_workDone[phase.item];
    const auto workPhases = std::count_if(m_timeline.phases.begin(), m_timeline.phases.end(), [&](const Phase& p) {
        return p.item == phase.item && p.kind == PhaseKind::Work;
    });
    tally.completed = m_workDone[phase.item] == workPhases;
}

void SessionEngine::leavePhase(SteadyTime at, std::size_t next, bool complete, std::vector<SessionEvent>& events)
{
    creditPhase(at - m_phaseStart - m_pausedInPhase, complete);
    const std::size_t item = currentPhase().item;
    m_pausedBefore += m_pausedInPhase;
    if (next >= m_timeline.phases.size()) {
        m_pausedInPhase = {};
        m_endedAt = at;
        m_state = State::Finished;
        events.push_back({EventKind::ExerciseDone, at, item, 0});
        events.push_back({EventKind::SessionDone, at, item, 0});
        return;
    }
    if (m_timeline.phases[next].item != item)
        events.push_back({EventKind::ExerciseDone, at, item, 0});
    enterPhase(next, at, events);
}

std::size_t SessionEngine::firstPhaseOf(std::size_t item) const
{
    const auto it = std::find_if(m_timeline.phases.begin(), m_timeline.phases.end(),
                                 [&](const Phase& phase) { return phase.item >= item; });
    return static_cast<std::size_t>(it - m_timeline.phases.begin());
}

std::size_t SessionEngine::firstPhaseAfter(std::size_t item) const
{
    return firstPhaseOf(item + 1);
}

} // namespace limber
