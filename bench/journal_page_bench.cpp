// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
// The Journal page on a ten-year journal (offscreen): opening it (reading the journal, the report, the
// table and the chart) and switching the chart's range. Budget: under 100 ms each.
#include "app_benchmark_main.h"
#include "journal_generator.h"

#include "app/journal_page.h"

#include <QApplication>
#include <QComboBox>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>

namespace {

namespace fs = std::filesystem;
using namespace limber;

const LocalDate lastDay{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};

struct Fixture {
    Fixture()
    {
        std::string pattern = (fs::temp_directory_path() / "limber-page-XXXXXX").string();
        folder = mkdtemp(pattern.data());
        if (!bench::generateJournal(folder / "journal.sqlite3", {}, lastDay))
            std::abort();
        journal.emplace(std::move(Journal::open(folder / "journal.sqlite3").value()));
        page.setJournal(&*journal);
        page.resize(1000, 1400);
    }
    ~Fixture() { fs::remove_all(folder); }

    fs::path folder;
    std::optional<Journal> journal;
    app::JournalPage page;
};

Fixture& fixture()
{
    static Fixture instance;
    return instance;
}

void openJournalPage(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        f.page.hide();
        f.page.refresh(lastDay);
        f.page.show(); // reads the journal and draws the chart, as on first visit
        QApplication::processEvents();
    }
}
BENCHMARK(openJournalPage)->Unit(benchmark::kMillisecond);

void switchRange(benchmark::State& state)
{
    Fixture& f = fixture();
    f.page.show();
    auto* range = f.page.findChild<QComboBox*>(QStringLiteral("rangeCombo"));
    int next = 0;
    for (auto _ : state) {
        range->setCurrentIndex(next++ % range->count());
        QApplication::processEvents();
    }
}
BENCHMARK(switchRange)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    return limber::bench::runAppBenchmarks(argc, argv);
}
