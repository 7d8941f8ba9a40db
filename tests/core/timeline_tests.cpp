// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/session/timeline.h"

#include "support/plan_builder.h"

#include <catch2/catch.hpp>

using namespace limber;
using limber::test::planItem;
using std::chrono::seconds;

namespace {

Plan planOf(std::vector<PlanItem> items, int getReady = 5, int switchSide = 5)
{
    Plan plan;
    plan.id = "p";
    plan.getReadySeconds = getReady;
    plan.switchSideSeconds = switchSide;
    plan.items = std::move(items);
    return plan;
}

struct Expected {
    PhaseKind kind;
    Side side;
    int set;
    int hold;
    int seconds;
};

void checkPhases(const Timeline& timeline, const std::vector<Expected>& expected)
{
    REQUIRE(timeline.phases.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("phase " << i);
        const Phase& phase = timeline.phases[i];
        CHECK(phase.kind == expected[i].kind);
        CHECK(phase.side == expected[i].side);
        CHECK(phase.set == expected[i].set);
        CHECK(phase.hold == expected[i].hold);
        CHECK(phase.duration == seconds{expected[i].seconds});
    }
}

} // namespace

TEST_CASE("a hold exercise rests between holds and between sets, but not after the last hold")
{
    Dose dose;
    dose.sets = 2;
    dose.reps = 2;
    dose.holdSeconds = 20;
    dose.restSeconds = 10;
    const Timeline timeline = buildTimeline(planOf({planItem("hold", DoseMode::Hold, dose)}));
    using enum PhaseKind;
    checkPhases(timeline, {{GetReady, Side::None, 0, 0, 5},
                           {Work, Side::None, 1, 1, 20},
                           {Rest, Side::None, 1, 0, 10},
                           {Work, Side::None, 1, 2, 20},
                           {Rest, Side::None, 2, 0, 10},
                           {Work, Side::None, 2, 1, 20},
                           {Rest, Side::None, 2, 0, 10},
                           {Work, Side::None, 2, 2, 20}});
    CHECK(timeline.total == seconds{115});
    CHECK(timeline.work == seconds{80});
}

TEST_CASE("a per-side exercise does every set on the left, switches, then every set on the right")
{
    Dose dose;
    dose.sets = 2;
    dose.reps = 6;
    dose.tempo = {{"lift", 2}, {"hold", 1}, {"lower", 2}};
    dose.restSeconds = 30;
    const Timeline timeline = buildTimeline(planOf({planItem("bridge", DoseMode::Reps, dose, true)}, 5, 8));
    using enum PhaseKind;
    checkPhases(timeline, {{GetReady, Side::Left, 0, 0, 5},
                           {Work, Side::Left, 1, 0, 30},
                           {Rest, Side::Left, 2, 0, 30},
                           {Work, Side::Left, 2, 0, 30},
                           {SwitchSide, Side::Right, 0, 0, 8},
                           {Work, Side::Right, 1, 0, 30},
                           {Rest, Side::Right, 2, 0, 30},
                           {Work, Side::Right, 2, 0, 30}});
    CHECK(timeline.phases[1].reps == 6);
    CHECK(timeline.phases[1].repDuration == seconds{5});
}

TEST_CASE("self-paced reps are planned at 3 s each, timed work at its minutes, zero-length phases left out")
{
    Dose selfPaced;
    selfPaced.reps = 10;
    selfPaced.selfPaced = true;
    Dose walk;
    walk.timedSeconds = 90;
    const Timeline timeline =
        buildTimeline(planOf({planItem("rolls", DoseMode::Reps, selfPaced), planItem("walk", DoseMode::Timed, walk)}, 0, 0));
    using enum PhaseKind;
    checkPhases(timeline, {{Work, Side::None, 1, 0, 30}, {Work, Side::None, 1, 0, 90}});
    CHECK(timeline.phases[0].selfPaced);
    CHECK(timeline.phases[1].item == 1);
    CHECK(timeline.total == seconds{120});
}
