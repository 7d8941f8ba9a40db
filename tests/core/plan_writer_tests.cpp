// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/common/identifiers.h"
#include "core/plan/plan_loader.h"
#include "core/plan/plan_writer.h"

#include "support/core_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace limber;
using limber::test::builtinCatalog;
using limber::test::TempDir;
using limber::test::testData;

namespace {

Plan reloaded(const Plan& plan)
{
    const auto loaded = parsePlan(toJson(plan, builtinCatalog()).dump(2), "written.json", builtinCatalog());
    for (const Issue& issue : loaded.issues)
        UNSCOPED_INFO(formatIssue(issue));
    REQUIRE(loaded.ok());
    return *loaded.value;
}

} // namespace

TEST_CASE("every built-in plan and valid sample written back loads to an equal plan")
{
    TempDir home;
    std::vector<Plan> plans;
    for (const PlanSource& source : findPlans(builtinCatalog(), home.path() / "none"))
        plans.push_back(*source.plan.value);
    for (const auto& entry : std::filesystem::directory_iterator{testData("plan/valid")})
        plans.push_back(*loadPlanFile(entry.path(), builtinCatalog()).value);
    REQUIRE(plans.size() >= 10);
    for (const Plan& plan : plans) {
        INFO(plan.id);
        CHECK(reloaded(plan) == plan);
    }
}

TEST_CASE("a plan is written the way a physio writes one: ids with only the changed dose fields")
{
    const auto loaded = parsePlan(R"({"format": "limber-plan", "version": 1, "id": "p", "title": "P",
        "items": [{"exercise": "cat-cow", "dose": {"reps": 12}}, {"exercise": "cat-cow"}]})",
                                  "p.json", builtinCatalog());
    REQUIRE(loaded.ok());
    const nlohmann::json written = toJson(*loaded.value, builtinCatalog());
    CHECK(written["items"][0] == nlohmann::json{{"exercise", "cat-cow"}, {"dose", {{"reps", 12}}}});
    CHECK(written["items"][1] == nlohmann::json{{"exercise", "cat-cow"}});
    CHECK_FALSE(written.contains("schedule"));
    CHECK_FALSE(written.contains("get_ready_seconds"));
}

TEST_CASE("an edited plan keeps its edits through the file: dose, tempo, schedule and progression")
{
    Plan plan = *parsePlan(R"({"format": "limber-plan", "version": 1, "id": "p", "title": "P",
        "items": [{"exercise": "cat-cow"}, {"exercise": "chin-tuck"}]})",
                           "p.json", builtinCatalog())
                     .value;
    plan.items[0].exercise.dose.sets = 3;
    plan.items[0].exercise.dose.selfPaced = true;
    plan.items[0].exercise.dose.tempoSeconds = 0;
    plan.items[0].exercise.dose.tempo.clear();
    plan.items[1].note = "Keep the chin level.";
    plan.schedule = Schedule{{Weekday::Tue, Weekday::Sat}, 6, LocalDate{std::chrono::year{2027} / 1 / 5}};
    plan.progression = Progression{"pain-monitoring", 2, ProgressionStep{.reps = 1, .timedSeconds = 90}};
    plan.assignedBy = "Sam Physio";
    plan.getReadySeconds = 10;
    CHECK(reloaded(plan) == plan);
}

TEST_CASE("a plan's id is made from its title in kebab-case")
{
    CHECK(idFromTitle("Lower back — week 2", "plan") == "lower-back-week-2");
    CHECK(idFromTitle("  Neck & Shoulders!! ", "plan") == "neck-shoulders");
    CHECK(idFromTitle("— …", "my-plan") == "my-plan");
    CHECK(idFromTitle(std::string(100, 'a'), "plan").size() == 64);
    CHECK(isExerciseId(idFromTitle("A  b--c", "plan")));
}
