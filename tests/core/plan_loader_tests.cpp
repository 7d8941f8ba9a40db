// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/plan/plan_loader.h"
#include "core/session/timeline.h"

#include "support/temp_dir.h"

#include "support/core_fixtures.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace limber;
using limber::test::builtinCatalog;
using limber::test::TempDir;
using limber::test::testData;

namespace {

std::set<std::string> pointersOf(const std::vector<Issue>& issues)
{
    std::set<std::string> pointers;
    for (const Issue& issue : issues)
        pointers.insert(issue.pointer);
    return pointers;
}

Loaded<Plan> parse(const std::string& json)
{
    return parsePlan(json, "plan.json", builtinCatalog());
}

std::string routine(const std::string& items, const std::string& extra = "")
{
    return R"({"format": "limber-plan", "version": 1, "id": "test", "title": "Test")" + extra + R"(, "items": )" + items + "}";
}

} // namespace

TEST_CASE("a plan's dose override is laid over the exercise's default, field by field")
{
    const Exercise& catCow = *builtinCatalog().find("cat-cow");
    const auto loaded = parse(routine(R"([{"exercise": "cat-cow", "dose": {"reps": 8}, "note": "Go slowly."}])"));
    for (const Issue& issue : loaded.issues)
        UNSCOPED_INFO(formatIssue(issue));
    REQUIRE(loaded.ok());
    const PlanItem& item = loaded.value->items.at(0);
    CHECK(item.exercise.dose.reps == 8);
    CHECK(item.exercise.dose.sets == catCow.dose.sets);
    CHECK(item.exercise.dose.tempoSeconds == catCow.dose.tempoSeconds);
    CHECK(item.note == "Go slowly.");
    CHECK_FALSE(item.embedded);
    CHECK(loaded.value->getReadySeconds == 5);
    CHECK(loaded.value->isRoutine());
}

TEST_CASE("an override's tempo replaces the exercise's tempo")
{
    const auto loaded = parse(routine(R"([{"exercise": "cat-cow", "dose": {"self_paced": true}}])"));
    REQUIRE(loaded.ok());
    const Dose& dose = loaded.value->items.at(0).exercise.dose;
    CHECK(dose.selfPaced);
    CHECK(dose.tempoSeconds == 0);
    CHECK(dose.tempo.empty());
}

TEST_CASE("a dose field of another mode is reported at its pointer")
{
    const auto loaded = parse(routine(R"([{"exercise": "chin-tuck"}, {"exercise": "cat-cow", "dose": {"minutes": 3}}])"));
    CHECK_FALSE(loaded.ok());
    CHECK(pointersOf(loaded.issues) == std::set<std::string>{"/items/1/dose/minutes"});
}

TEST_CASE("an unknown exercise id is reported at its item")
{
    const auto loaded = parse(routine(R"([{"exercise": "moonwalk"}])"));
    REQUIRE(loaded.issues.size() == 1);
    CHECK(loaded.issues[0].code == IssueCode::DanglingReference);
    CHECK(loaded.issues[0].pointer == "/items/0/exercise");
}

TEST_CASE("a catalog file is named as such, not picked apart as a plan")
{
    const auto loaded = parse(R"({"format": "limber-catalog", "version": 1, "exercises": []})");
    REQUIRE(loaded.issues.size() == 1);
    CHECK(loaded.issues[0].code == IssueCode::WrongFormat);
}

TEST_CASE("every invalid plan sample is rejected with an issue at its pointer")
{
    std::ifstream table{testData("plan/invalid/EXPECTED.tsv")};
    int samples = 0;
    for (std::string line; std::getline(table, line);) {
        if (line.empty() || line.front() == '#')
            continue;
        const auto tab = line.find('\t');
        const std::string name = line.substr(0, tab);
        const std::string pointer = tab == std::string::npos ? "" : line.substr(tab + 1);
        INFO(name);
        const auto loaded = loadPlanFile(testData("plan/invalid/" + name), builtinCatalog());
        CHECK_FALSE(loaded.ok());
        for (const Issue& issue : loaded.issues)
            UNSCOPED_INFO(formatIssue(issue));
        CHECK(pointersOf(loaded.issues).contains(pointer));
        ++samples;
    }
    CHECK(samples >= 20);
}

TEST_CASE("every valid plan sample loads")
{
    for (const auto& entry : std::filesystem::directory_iterator{testData("plan/valid")}) {
        INFO(entry.path());
        const auto loaded = loadPlanFile(entry.path(), builtinCatalog());
        for (const Issue& issue : loaded.issues)
            UNSCOPED_INFO(formatIssue(issue));
        CHECK(loaded.ok());
    }
}

TEST_CASE("the built-in routines and plans load, and routines stay at the desk")
{
    TempDir home;
    const auto sources = findPlans(builtinCatalog(), home.path() / "no-user-plans");
    int routines = 0;
    int multiWeek = 0;
    for (const PlanSource& source : sources) {
        INFO(source.label);
        for (const Issue& issue : source.plan.issues)
            UNSCOPED_INFO(formatIssue(issue));
        REQUIRE(source.plan.ok());
        const Plan& plan = *source.plan.value;
        CHECK(source.builtin);
        CHECK(source.label.ends_with("/" + plan.id + ".json"));
        CHECK_FALSE(plan.summary.empty());
        if (plan.isRoutine()) {
            ++routines;
            for (const PlanItem& item : plan.items) {
                INFO(item.exercise.id);
                CHECK(item.exercise.deskFriendly);
            }
            CHECK(buildTimeline(plan).total <= std::chrono::minutes{12});
        } else {
            ++multiWeek;
            CHECK(plan.progression.has_value());
            CHECK(plan.schedule->weeks >= 2);
        }
    }
    CHECK(routines >= 4);
    CHECK(multiWeek >= 3);
}

TEST_CASE("user plans are found after the built-in ones, broken ones with their problems")
{
    TempDir home;
    home.write("plans/b-mine.json", routine(R"([{"exercise": "chin-tuck"}])"));
    home.write("plans/a-broken.json", routine(R"([{"exercise": "nope"}])"));
    const auto sources = findPlans(builtinCatalog(), home.path() / "plans");
    REQUIRE(sources.size() >= 2);
    CHECK(sources[sources.size() - 2].label.ends_with("a-broken.json"));
    CHECK_FALSE(sources[sources.size() - 2].plan.ok());
    CHECK(sources.back().plan.ok());
    CHECK_FALSE(sources.back().builtin);
}
