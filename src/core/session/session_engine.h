// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"
#include "core/plan/plan.h"
#include "core/session/timeline.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

namespace limber {

// A point on a monotonic clock. The engine never reads a clock: every call is told what time it is.
using SteadyTime = std::chrono::steady_clock::time_point;

enum class EventKind {
    PhaseStarted,   // value: the phase index
    Countdown,      // value: 3, 2 or 1 seconds left in the phase
    Halfway,        // half of a hold or timed work phase is done
    RepCounted,     // value: the repetition just completed (1-based)
    ExerciseDone,   // the session left an exercise (finished, skipped or stopped)
    SessionDone,    // the last phase ended
    SessionStopped, // the person stopped the session
    Paused,
    Resumed,
};

struct SessionEvent {
    EventKind kind = EventKind::PhaseStarted;
    SteadyTime at{};     // when it happened on the session's clock, not when advance() noticed it
    std::size_t item = 0; // the exercise it concerns
    int value = 0;

    bool operator==(const SessionEvent&) const = default;
};

// What was done of one exercise so far.
struct ExerciseTally {
    int setsDone = 0;
    int repsDone = 0;     // repetitions, or holds for a hold exercise
    Duration worked{};    // time in work phases, pauses excluded
    bool reached = false; // the session got to this exercise
    bool completed = false; // every work phase ran to its end
};

// The deterministic session state machine. It follows the plan's timeline; remaining time is always
// `deadline - now`, and each phase starts exactly where the previous one ended, so irregular ticks never
// add or lose time, and pauses are excluded exactly.
class SessionEngine {
public:
    enum class State { NotStarted, Running, Paused, Finished, Stopped };

    explicit SessionEngine(Plan plan);

    const Plan& plan() const { return m_plan; }
    const Timeline& timeline() const { return m_timeline; }

    // Starts at the first phase, or at the get-ready of `item` when resuming a session.
    std::vector<SessionEvent> start(SteadyTime now, std::size_t item = 0);
    // Moves the session to `now`, returning everything that happened since the last call, in order.
    std::vector<SessionEvent> advance(SteadyTime now);

    std::vector<SessionEvent> pause(SteadyTime now);
    std::vector<SessionEvent> resume(SteadyTime now);
    std::vector<SessionEvent> skipPhase(SteadyTime now);
    std::vector<SessionEvent> skipExercise(SteadyTime now);
    // Restarts the current exercise; at its very start (within 2 s), goes to the previous one instead.
    std::vector<SessionEvent> back(SteadyTime now);
    // Lengthens the current hold or timed work phase.
    std::vector<SessionEvent> extendHold(SteadyTime now, Duration extra = std::chrono::seconds{10});
    // Counts one repetition of a self-paced set; the last one ends the set.
    std::vector<SessionEvent> markRep(SteadyTime now);
    // Ends the session now, keeping what was done.
    std::vector<SessionEvent> stop(SteadyTime now);

    State state() const { return m_state; }
    bool isOver() const { return m_state == State::Finished || m_state == State::Stopped; }
    std::size_t phaseIndex() const { return m_phase; }
    const Phase& currentPhase() const { return m_timeline.phases[m_phase]; }
    // The length of the current phase, extensions included.
    Duration phaseDuration() const { return m_duration; }
    // Time left in the current phase (zero for a self-paced set, which waits for its reps).
    Duration remaining(SteadyTime now) const;
    Duration elapsedInPhase(SteadyTime now) const;
    // Repetitions done in the current reps work phase.
    int repsInPhase(SteadyTime now) const;
    // Session time so far, pauses excluded.
    Duration activeTime(SteadyTime now) const;

    const std::vector<ExerciseTally>& tallies() const { return m_tallies; }
    // The journal's record of an exercise (`position` = item index).
    ExerciseResult resultOf(std::size_t item) const;

private:
    struct Cue {
        Duration offset; // from the phase start, in active time
        EventKind kind;
        int value;
    };

    bool selfPacedWork() const;
    SteadyTime controlTime(SteadyTime now) const;
    SteadyTime deadline() const { return m_phaseStart + m_pausedInPhase + m_duration; }
    SteadyTime clockOf(Duration offset) const { return m_phaseStart + m_pausedInPhase + offset; }
    void enterPhase(std::size_t phase, SteadyTime at, std::vector<SessionEvent>& events);
    void scheduleCues(Duration elapsed);
    void emitCuesUntil(Duration elapsed, std::vector<SessionEvent>& events);
    // Credits the current phase's work up to `elapsed` to its exercise; `complete` when it ran to its end.
    void creditPhase(Duration elapsed, bool complete);
    // Leaves the current phase at `at` for `next` (or ends the session when there is none).
    void leavePhase(SteadyTime at, std::size_t next, bool complete, std::vector<SessionEvent>& events);
    std::size_t firstPhaseOf(std::size_t item) const;
    std::size_t firstPhaseAfter(std::size_t item) const;

    Plan m_plan;
    Timeline m_timeline;
    State m_state = State::NotStarted;
    std::size_t m_phase = 0;
    SteadyTime m_phaseStart{};
    Duration m_duration{};
    Duration m_pausedInPhase{};
    SteadyTime m_pausedAt{};
    SteadyTime m_sessionStart{};
    Duration m_pausedBefore{}; // pauses in earlier phases
    SteadyTime m_endedAt{};
    int m_repsMarked = 0;
    std::vector<Duration::rep> m_workDone; // per item: work phases that ran to their end
    std::vector<Cue> m_cues;
    std::size_t m_nextCue = 0;
    std::vector<ExerciseTally> m_tallies;
};

} // namespace limber
