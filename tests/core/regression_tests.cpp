// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/plan/regression.h"

#include "support/core_fixtures.h"

#include <catch2/catch.hpp>

using namespace limber;
using limber::test::builtinCatalog;

namespace {

Plan planOf(std::vector<std::string> ids)
{
    Plan plan;
    plan.id = "mine";
    for (const auto& id : ids)
        plan.items.push_back({*builtinCatalog().find(id), false, {}});
    return plan;
}

SessionRecord lastSession(std::vector<ExerciseResult> results)
{
    SessionRecord session;
    session.planId = "mine";
    session.results = std::move(results);
    return session;
}

} // namespace

TEST_CASE("an exercise that hurt last time is offered its regression")
{
    const Plan plan = planOf({"chin-tuck", "cat-cow", "glute-bridge"});
    const auto offers = regressionOffers(plan,
                                         lastSession({{0, "chin-tuck", 1, 10, 50, false, false},
                                                      {1, "cat-cow", 1, 5, 30, false, true},
                                                      {2, "glute-bridge", 1, 5, 60, false, true}}),
                                         builtinCatalog());
    REQUIRE(offers.size() == 2);
    CHECK(offers[0].item == 1);
    CHECK(offers[0].replacement.id == builtinCatalog().find("cat-cow")->regression);
    CHECK(offers[1].replacement.id == builtinCatalog().find("glute-bridge")->regression);

    const Plan easier = withRegressions(plan, {offers[0]});
    CHECK(easier.items[1].exercise.id == offers[0].replacement.id);
    CHECK(easier.items[2].exercise.id == "glute-bridge");
}

TEST_CASE("no offer without a regression, for another plan, or where the plan changed")
{
    const Plan plan = planOf({"chin-tuck", "cat-cow"});
    REQUIRE(builtinCatalog().find("chin-tuck")->regression.empty());
    CHECK(regressionOffers(plan, lastSession({{0, "chin-tuck", 1, 10, 50, false, true}}), builtinCatalog()).empty());

    SessionRecord other = lastSession({{1, "cat-cow", 1, 5, 30, false, true}});
    other.planId = "someone-elses";
    CHECK(regressionOffers(plan, other, builtinCatalog()).empty());

    CHECK(regressionOffers(plan, lastSession({{1, "bird-dog", 1, 5, 30, false, true}}), builtinCatalog()).empty());
    CHECK(regressionOffers(plan, lastSession({{7, "cat-cow", 1, 5, 30, false, true}}), builtinCatalog()).empty());
}
