// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "journal_generator.h"

#include "core/journal/exports.h"
#include "core/journal/journal.h"
#include "core/journal/reports.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

namespace {

namespace fs = std::filesystem;
using namespace limber;

const LocalDate lastDay{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};

// The ten-year journal, generated once per run in a private temporary folder and removed at exit.
const fs::path& tenYearJournal()
{
    static const fs::path path = [] {
        std::string pattern = (fs::temp_directory_path() / "limber-bench-XXXXXX").string();
        const fs::path folder = mkdtemp(pattern.data());
        const fs::path file = folder / "journal.sqlite3";
        if (!bench::generateJournal(file, {}, lastDay))
            std::abort();
        std::atexit([] { fs::remove_all(tenYearJournal().parent_path()); });
        return file;
    }();
    return path;
}

Journal openOrAbort()
{
    auto opened = Journal::open(tenYearJournal());
    if (!opened.ok())
        std::abort();
    return std::move(opened.value());
}

// Open with every check the app and CLI make: header, version, application id, quick_check, WAL, migrations.
void openTenYearJournal(benchmark::State& state)
{
    tenYearJournal();
    for (auto _ : state) {
        auto journal = Journal::open(tenYearJournal());
        benchmark::DoNotOptimize(journal);
    }
}
BENCHMARK(openTenYearJournal)->Unit(benchmark::kMillisecond);

// `report weekly` over all 522 weeks: read the pain entries, session summaries and plans followed, then
// compute (adherence included).
void weeklyReportAllWeeks(benchmark::State& state)
{
    const Journal journal = openOrAbort();
    for (auto _ : state) {
        const auto pain = journal.painEntries();
        const auto sessions = journal.sessions(Journal::Detail::Summary);
        const auto plans = journal.planEnrollments();
        auto report = weeklyReport(pain.value(), sessions.value(), pain.value().front().when.date, lastDay, lastDay,
                                   plans.value());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(weeklyReportAllWeeks)->Unit(benchmark::kMillisecond);

// The computation alone, on data already in memory.
void weeklyReportComputeOnly(benchmark::State& state)
{
    const Journal journal = openOrAbort();
    const auto pain = journal.painEntries();
    const auto sessions = journal.sessions(Journal::Detail::Summary);
    const auto plans = journal.planEnrollments();
    for (auto _ : state) {
        auto report = weeklyReport(pain.value(), sessions.value(), pain.value().front().when.date, lastDay, lastDay,
                                   plans.value());
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(weeklyReportComputeOnly)->Unit(benchmark::kMillisecond);

// One pain entry saved durably (synchronous = FULL: the fsync is included) into the ten-year journal.
void logOnePainEntry(benchmark::State& state)
{
    Journal journal = openOrAbort();
    PainEntry entry;
    entry.when = Moment{std::chrono::sys_days{lastDay} + std::chrono::hours{20}, lastDay, 0};
    entry.score = 3;
    entry.area = PainArea::LowerBack;
    std::vector<std::int64_t> added;
    for (auto _ : state) {
        const auto id = journal.addPainEntry(entry);
        if (!id.ok())
            state.SkipWithError("write failed");
        added.push_back(id.value());
    }
    for (const auto id : added)
        static_cast<void>(journal.deletePainEntry(id));
}
BENCHMARK(logOnePainEntry)->Unit(benchmark::kMillisecond);

// Everything out: read it all, then CSV, JSON and FHIR texts.
void exportEverything(benchmark::State& state)
{
    const Journal journal = openOrAbort();
    const Instant now = std::chrono::sys_days{lastDay};
    for (auto _ : state) {
        const auto pain = journal.painEntries();
        const auto sessions = journal.sessions();
        const auto csv = exportCsv(pain.value(), sessions.value());
        const auto json = exportJson(pain.value(), sessions.value(), now).dump();
        const auto fhir = exportFhir(pain.value(), now).dump();
        benchmark::DoNotOptimize(csv);
        state.counters["bytes"] = static_cast<double>(csv.painEntries.size() + csv.sessions.size()
                                                      + csv.results.size() + json.size() + fhir.size());
    }
}
BENCHMARK(exportEverything)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
