// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/plan/plan_loader.h"
#include "core/session/session_engine.h"

#include "support/temp_dir.h"

#include "support/plan_builder.h"

#include <catch2/catch.hpp>

#include <random>

using namespace limber;
using limber::test::planItem;
using namespace std::chrono_literals;
using std::chrono::seconds;

namespace {

const SteadyTime t0{std::chrono::hours{1000}};

// Hold 3 × 20 s with 10 s rests; 2 sets of 5 reps at 4 s per side; 90 s of timed work.
Plan samplePlan()
{
    Dose hold;
    hold.reps = 3;
    hold.holdSeconds = 20;
    hold.restSeconds = 10;
    Dose reps;
    reps.sets = 2;
    reps.reps = 5;
    reps.tempoSeconds = 4;
    reps.restSeconds = 15;
    Dose timed;
    timed.timedSeconds = 90;
    Plan plan;
    plan.id = "sample";
    plan.items = {planItem("hold", DoseMode::Hold, hold), planItem("reps", DoseMode::Reps, reps, true),
                  planItem("walk", DoseMode::Timed, timed)};
    return plan;
}

std::vector<SessionEvent> ofKind(const std::vector<SessionEvent>& events, EventKind kind)
{
    std::vector<SessionEvent> found;
    for (const SessionEvent& event : events) {
        if (event.kind == kind)
            found.push_back(event);
    }
    return found;
}

void append(std::vector<SessionEvent>& all, const std::vector<SessionEvent>& more)
{
    all.insert(all.end(), more.begin(), more.end());
}

} // namespace

TEST_CASE("with irregular ticks and random pauses, every phase starts exactly on plan to the nanosecond")
{
    std::mt19937_64 random{42};
    for (int run = 0; run < 200; ++run) {
        SessionEngine engine{samplePlan()};
        const Timeline& timeline = engine.timeline();
        std::vector<SessionEvent> events = engine.start(t0);
        std::uniform_int_distribution<std::int64_t> tick{1, 2'500'000'000};
        std::uniform_int_distribution<int> coin{0, 19};
        SteadyTime now = t0;
        Duration paused{};
        // Each phase start must equal t0 + planned time before it + pauses taken before it.
        std::vector<Duration> pausedBeforeEvent;
        while (!engine.isOver()) {
            now += Duration{tick(random)};
            append(events, engine.advance(now));
            if (coin(random) == 0 && !engine.isOver()) {
                append(events, engine.pause(now));
                const Duration pause{tick(random) * 3};
                now += pause;
                paused += pause;
                append(events, engine.resume(now));
            }
        }
        const auto starts = ofKind(events, EventKind::PhaseStarted);
        REQUIRE(starts.size() == timeline.phases.size());
        const auto done = ofKind(events, EventKind::SessionDone);
        REQUIRE(done.size() == 1);
        CHECK(engine.activeTime(now) == timeline.total);
        CHECK(done[0].at - t0 - timeline.total == paused);

        // Without pauses in a phase, it lasts exactly its planned duration; with them, pauses are the only extra.
        Duration planned{};
        for (std::size_t i = 0; i < starts.size(); ++i) {
            CHECK(starts[i].value == static_cast<int>(i));
            CHECK(starts[i].at - t0 >= planned);
            planned += timeline.phases[i].duration;
        }
        CHECK(engine.tallies()[0].repsDone == 3);
        CHECK(engine.tallies()[1].setsDone == 4);
        CHECK(engine.tallies()[1].repsDone == 20);
        for (std::size_t i = 0; i < 3; ++i) {
            INFO(i);
            CHECK(engine.tallies()[i].completed);
            CHECK_FALSE(engine.resultOf(i).skipped);
        }
        CHECK(engine.tallies()[0].worked == 60s);
        CHECK(engine.tallies()[1].worked == 80s);
        CHECK(engine.tallies()[2].worked == 90s);
    }
}

TEST_CASE("without pauses, phases start at the planned offsets however the ticks fall")
{
    std::mt19937_64 random{7};
    std::uniform_int_distribution<std::int64_t> tick{1, 3'000'000'000};
    SessionEngine engine{samplePlan()};
    std::vector<SessionEvent> events = engine.start(t0);
    SteadyTime now = t0;
    while (!engine.isOver()) {
        now += Duration{tick(random)};
        append(events, engine.advance(now));
    }
    Duration planned{};
    const auto starts = ofKind(events, EventKind::PhaseStarted);
    for (std::size_t i = 0; i < starts.size(); ++i) {
        CHECK(starts[i].at == t0 + planned);
        planned += engine.timeline().phases[i].duration;
    }
    CHECK(ofKind(events, EventKind::SessionDone).at(0).at == t0 + engine.timeline().total);
}

TEST_CASE("cues come at their exact moments: 3-2-1, halfway and each rep at the tempo")
{
    SessionEngine engine{samplePlan()};
    auto events = engine.start(t0);
    append(events, engine.advance(t0 + 24h)); // one late tick still reports every event at its own time
    const auto countdown = ofKind(events, EventKind::Countdown);
    // The get-ready (5 s) counts down at 2, 3 and 4 s.
    REQUIRE(countdown.size() >= 3);
    CHECK(countdown[0].at == t0 + 2s);
    CHECK(countdown[0].value == 3);
    CHECK(countdown[1].at == t0 + 3s);
    CHECK(countdown[2].at == t0 + 4s);
    CHECK(countdown[2].value == 1);
    const auto halfway = ofKind(events, EventKind::Halfway);
    REQUIRE_FALSE(halfway.empty());
    CHECK(halfway[0].at == t0 + 5s + 10s);
    // The reps exercise starts after 5 + 3 × 20 + 2 × 10 = 85 s, with its own 5 s get-ready.
    const auto reps = ofKind(events, EventKind::RepCounted);
    REQUIRE(reps.size() == 20);
    CHECK(reps[0].at == t0 + 85s + 5s + 4s);
    CHECK(reps[4].value == 5);
    CHECK(reps[4].at == t0 + 85s + 5s + 20s);
    CHECK(ofKind(events, EventKind::ExerciseDone).size() == 3);
}

TEST_CASE("a pause freezes the remaining time and shifts everything after it by exactly its length")
{
    SessionEngine engine{samplePlan()};
    engine.start(t0);
    engine.advance(t0 + 7s); // 2 s into the first hold
    CHECK(engine.remaining(t0 + 7s) == 18s);
    engine.pause(t0 + 7s);
    CHECK(engine.remaining(t0 + 100s) == 18s);
    CHECK(engine.advance(t0 + 500s).empty());
    engine.resume(t0 + 500s + 250ms);
    CHECK(engine.remaining(t0 + 500s + 250ms) == 18s);
    const auto events = engine.advance(t0 + 600s);
    CHECK(ofKind(events, EventKind::PhaseStarted).at(0).at == t0 + 25s + 493s + 250ms);
}

TEST_CASE("skip phase and skip exercise move on at once, and a skipped exercise is recorded as skipped")
{
    SessionEngine engine{samplePlan()};
    engine.start(t0);
    const auto skipped = engine.skipPhase(t0 + 1s); // leave the get-ready early
    REQUIRE(ofKind(skipped, EventKind::PhaseStarted).size() == 1);
    CHECK(ofKind(skipped, EventKind::PhaseStarted)[0].at == t0 + 1s);
    CHECK(engine.currentPhase().kind == PhaseKind::Work);

    const auto next = engine.skipExercise(t0 + 11s); // 10 s into the first 20 s hold
    CHECK(ofKind(next, EventKind::ExerciseDone).at(0).item == 0);
    CHECK(engine.currentPhase().item == 1);
    CHECK(engine.currentPhase().kind == PhaseKind::GetReady);
    const ExerciseResult result = engine.resultOf(0);
    CHECK(result.skipped);
    CHECK(result.secondsWorked == 10);
    CHECK(result.repsDone == 0);
}

TEST_CASE("back restarts the exercise, or at its very start goes to the previous one")
{
    SessionEngine engine{samplePlan()};
    engine.start(t0);
    engine.advance(t0 + 40s); // in the first exercise, past its first hold
    engine.back(t0 + 40s);
    CHECK(engine.phaseIndex() == 0);
    CHECK(engine.tallies()[0].repsDone == 0);
    engine.skipExercise(t0 + 41s);
    REQUIRE(engine.currentPhase().item == 1);
    engine.back(t0 + 42s); // 1 s into exercise 2's get-ready
    CHECK(engine.currentPhase().item == 0);
    CHECK(engine.phaseIndex() == 0);
}

TEST_CASE("extending a hold adds exactly its time to the phase")
{
    SessionEngine engine{samplePlan()};
    engine.start(t0);
    engine.advance(t0 + 10s); // 5 s into the first hold
    engine.extendHold(t0 + 10s);
    CHECK(engine.remaining(t0 + 10s) == 25s);
    const auto events = engine.advance(t0 + 36s);
    const auto starts = ofKind(events, EventKind::PhaseStarted);
    REQUIRE(starts.size() == 1);
    CHECK(starts[0].at == t0 + 35s);
    CHECK(engine.tallies()[0].worked == 30s);
    engine.skipPhase(t0 + 36s); // a rest: extending it does nothing
    CHECK(engine.currentPhase().kind == PhaseKind::Work);
}

TEST_CASE("a self-paced set waits for its reps, however long, and ends on the last one")
{
    Dose dose;
    dose.reps = 3;
    dose.selfPaced = true;
    Plan plan;
    plan.items = {planItem("rolls", DoseMode::Reps, dose)};
    plan.getReadySeconds = 0;
    SessionEngine engine{plan};
    engine.start(t0);
    CHECK(engine.advance(t0 + 1h).empty());
    engine.markRep(t0 + 1h);
    engine.markRep(t0 + 1h + 1s);
    CHECK(engine.repsInPhase(t0 + 1h + 1s) == 2);
    const auto last = engine.markRep(t0 + 1h + 5s);
    CHECK(ofKind(last, EventKind::RepCounted).at(0).value == 3);
    CHECK(ofKind(last, EventKind::SessionDone).size() == 1);
    CHECK(engine.resultOf(0).repsDone == 3);
    CHECK_FALSE(engine.resultOf(0).skipped);
}

TEST_CASE("stopping keeps what was done")
{
    SessionEngine engine{samplePlan()};
    engine.start(t0);
    engine.advance(t0 + 40s); // the first hold (5–25 s) and its rest are done; 5 s into the second hold
    const auto events = engine.stop(t0 + 40s);
    CHECK(engine.state() == SessionEngine::State::Stopped);
    CHECK(ofKind(events, EventKind::SessionStopped).size() == 1);
    CHECK(engine.resultOf(0).repsDone == 1);
    CHECK(engine.resultOf(0).secondsWorked == 25);
    CHECK(engine.resultOf(0).skipped);
    CHECK_FALSE(engine.tallies()[1].reached);
    CHECK(engine.activeTime(t0 + 99s) == 40s);
    CHECK(engine.advance(t0 + 1h).empty());
}

TEST_CASE("a resumed session starts at the exercise it left off")
{
    SessionEngine engine{samplePlan()};
    const auto events = engine.start(t0, 2);
    CHECK(ofKind(events, EventKind::PhaseStarted).at(0).item == 2);
    CHECK_FALSE(engine.tallies()[0].reached);
    engine.advance(t0 + 1h);
    CHECK(engine.state() == SessionEngine::State::Finished);
    CHECK(engine.activeTime(t0 + 1h) == 95s);
}

TEST_CASE("every built-in plan plays to the end with every exercise completed")
{
    const Catalog catalog = *loadBuiltinCatalog().value;
    limber::test::TempDir home;
    for (const PlanSource& source : findPlans(catalog, home.path())) {
        INFO(source.label);
        REQUIRE(source.plan.ok());
        SessionEngine engine{*source.plan.value};
        engine.start(t0);
        SteadyTime now = t0;
        while (!engine.isOver()) {
            now += 700ms;
            engine.advance(now);
            if (engine.currentPhase().selfPaced)
                engine.markRep(now);
        }
        CHECK(engine.state() == SessionEngine::State::Finished);
        for (std::size_t i = 0; i < engine.plan().items.size(); ++i)
            CHECK(engine.tallies()[i].completed);
    }
}
