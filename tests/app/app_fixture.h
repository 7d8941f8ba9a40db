// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "app_test_support.h"

#include "app/main_window.h"
#include "core/catalog/catalog_loader.h"
#include "core/plan/plan_loader.h"
#include "support/core_fixtures.h"
#include "support/manual_clock.h"
#include "support/temp_dir.h"

#include <memory>

namespace limber::test {

inline std::vector<Plan> builtinPlans()
{
    std::vector<Plan> plans;
    TempDir none;
    for (auto& source : findPlans(builtinCatalog(), none.path()))
        plans.push_back(*source.plan.value);
    return plans;
}

inline Journal openJournal(const TempDir& home)
{
    auto opened = Journal::open(home.path() / "journal.sqlite3");
    REQUIRE(opened.ok());
    return std::move(opened.value());
}

// A main window with the built-in plans, recording into its own journal, on a clock the test moves.
struct AppFixture {
    AppFixture() : journal(openJournal(home)) { application(); }

    std::unique_ptr<app::MainWindow> makeWindow()
    {
        auto window = std::make_unique<app::MainWindow>(clock);
        window->setPlans(builtinPlans());
        window->setJournal(&journal);
        return window;
    }

    TempDir home;
    Journal journal;
    ManualClock clock;
};

} // namespace limber::test
