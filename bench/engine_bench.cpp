// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/session/session_engine.h"

#include <benchmark/benchmark.h>

#include <random>

namespace {

using namespace limber;
using namespace std::chrono_literals;

// About an hour of exercises from the built-in catalog (self-paced ones left out: nobody marks reps here).
Plan hourLongPlan()
{
    const Catalog catalog = *loadBuiltinCatalog().value;
    Plan plan;
    plan.id = "hour";
    Duration total{};
    while (total < std::chrono::hours{1}) {
        for (const Exercise& exercise : catalog.exercises()) {
            if (exercise.dose.selfPaced || exercise.mode == DoseMode::Timed)
                continue;
            plan.items.push_back(PlanItem{exercise, false, {}});
            total = buildTimeline(plan).total;
            if (total >= std::chrono::hours{1})
                break;
        }
    }
    return plan;
}

const Plan& plan()
{
    static const Plan hour = hourLongPlan();
    return hour;
}

// One advance() at 60 ticks a second, the app's rate while a session runs.
void advanceOneTick(benchmark::State& state)
{
    SteadyTime now{};
    auto engine = std::make_unique<SessionEngine>(plan());
    engine->start(now);
    for (auto _ : state) {
        now += Duration{16'666'667};
        auto events = engine->advance(now);
        benchmark::DoNotOptimize(events);
        if (engine->isOver()) {
            state.PauseTiming();
            engine = std::make_unique<SessionEngine>(plan());
            engine->start(now);
            state.ResumeTiming();
        }
    }
}
BENCHMARK(advanceOneTick);

// A whole one-hour session at 60 ticks a second with random pauses; `error_ns` is how far the session's
// active time ends from the planned total (it must be 0), `ticks` how many advance() calls it took.
void simulatedHourSession(benchmark::State& state)
{
    std::mt19937_64 random{2026};
    std::uniform_int_distribution<int> pauseChance{0, 3599};
    std::uniform_int_distribution<std::int64_t> pauseLength{1'000'000, 120'000'000'000};
    std::int64_t worstError = 0;
    std::int64_t ticks = 0;
    for (auto _ : state) {
        SessionEngine engine{plan()};
        SteadyTime now{};
        engine.start(now);
        ticks = 0;
        while (!engine.isOver()) {
            now += Duration{16'666'667};
            auto events = engine.advance(now);
            benchmark::DoNotOptimize(events);
            ++ticks;
            if (pauseChance(random) == 0) {
                engine.pause(now);
                now += Duration{pauseLength(random)};
                engine.resume(now);
            }
        }
        const auto error = (engine.activeTime(now) - engine.timeline().total).count();
        worstError = std::max(worstError, error < 0 ? -error : error);
    }
    state.counters["error_ns"] = static_cast<double>(worstError);
    state.counters["ticks"] = static_cast<double>(ticks);
    state.counters["planned_s"] = std::chrono::duration<double>(buildTimeline(plan()).total).count();
}
BENCHMARK(simulatedHourSession)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
