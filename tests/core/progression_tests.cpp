// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/plan/progression.h"

#include "support/core_fixtures.h"
#include "support/plan_builder.h"

#include <catch2/catch.hpp>

using namespace limber;
using Catch::Matchers::Contains;
using limber::test::builtinCatalog;
using limber::test::planItem;

namespace {

const Progression everyThirdSession{"pain-monitoring", 3, {.reps = 2, .holdSeconds = 5}};

// A finished session that earns a step up: pain during in the safe zone, the next morning at the usual level.
ProgressionEvidence calmSession()
{
    ProgressionEvidence evidence;
    evidence.sessionCompleted = true;
    evidence.itemDone = true;
    evidence.painBefore = 3;
    evidence.painDuring = 2;
    evidence.nextMorning = 3;
    evidence.weeklyChange = -0.5;
    evidence.sessionsAtDose = 3;
    return evidence;
}

ProgressionEvidence calmSessionWithout(std::optional<int> ProgressionEvidence::*score)
{
    ProgressionEvidence evidence = calmSession();
    (evidence.*score).reset();
    return evidence;
}

ProgressionEvidence painfulSession()
{
    ProgressionEvidence evidence = calmSession();
    evidence.painDuring = 7;
    return evidence;
}

const Exercise& catalogExercise(std::string_view id)
{
    const Exercise* exercise = builtinCatalog().find(id);
    REQUIRE(exercise);
    return *exercise;
}

PlanItem catalogItem(std::string_view id)
{
    return {catalogExercise(id), false, {}};
}

// Designated initializers would leave Dose::tempo out, which -Wmissing-field-initializers refuses.
Dose holdDose(int reps, int holdSeconds, int sets = 1)
{
    Dose dose;
    dose.sets = sets;
    dose.reps = reps;
    dose.holdSeconds = holdSeconds;
    return dose;
}

Dose repsDose(int reps, int sets = 1)
{
    Dose dose;
    dose.sets = sets;
    dose.reps = reps;
    dose.tempoSeconds = 3;
    return dose;
}

Dose timedDose(int seconds)
{
    Dose dose;
    dose.timedSeconds = seconds;
    return dose;
}

DoseSuggestion suggest(const PlanItem& item, const ProgressionEvidence& evidence,
                       const std::optional<Progression>& rule = everyThirdSession)
{
    return suggestDose(item, rule, evidence, builtinCatalog());
}

void checkSuggestion(const DoseSuggestion& suggestion, DoseDecision decision, const Exercise& exercise,
                     const std::string& reason)
{
    CHECK(suggestion.decision == decision);
    CHECK(suggestion.exercise == exercise);
    CHECK(render(suggestion.reason) == reason);
}

// Most rows of the rule table are shown on Child's pose (3 × 30 s hold, easier: a rocking movement).
DoseSuggestion suggestForChildsPose(const ProgressionEvidence& evidence,
                                    const std::optional<Progression>& rule = everyThirdSession)
{
    return suggest(catalogItem("childs-pose"), evidence, rule);
}

// A suggestion that leaves Child's pose as it is, for `reason`.
void checkChildsPoseKept(const ProgressionEvidence& evidence, const std::string& reason,
                         const std::optional<Progression>& rule = everyThirdSession)
{
    checkSuggestion(suggestForChildsPose(evidence, rule), DoseDecision::Keep, catalogExercise("childs-pose"), reason);
}

// A suggestion that cuts Child's pose to 3 × 20 s, for `why`.
void checkChildsPoseRegressed(const ProgressionEvidence& evidence, const std::string& why)
{
    Exercise shorter = catalogExercise("childs-pose");
    shorter.dose.holdSeconds = 20;
    checkSuggestion(suggestForChildsPose(evidence), DoseDecision::Regress, shorter,
                    why + ": 3 × 30 s hold → 3 × 20 s hold.");
}

Dose regressedDose(const PlanItem& item)
{
    const DoseSuggestion suggestion = suggest(item, painfulSession());
    CHECK(suggestion.decision == DoseDecision::Regress);
    CHECK(suggestion.exercise.id == item.exercise.id);
    return suggestion.exercise.dose;
}

Dose progressedDose(const PlanItem& item, ProgressionStep step)
{
    const DoseSuggestion suggestion = suggest(item, calmSession(), Progression{"pain-monitoring", 3, step});
    CHECK(suggestion.decision == DoseDecision::Progress);
    CHECK(suggestion.exercise.id == item.exercise.id);
    return suggestion.exercise.dose;
}

} // namespace

TEST_CASE("warning signs stop the exercise for a review whatever the scores", "[progression]")
{
    for (ProgressionEvidence evidence : {calmSession(), painfulSession()}) {
        evidence.warningSigns = true;
        const DoseSuggestion suggestion = suggestForChildsPose(evidence);
        CHECK(suggestion.decision == DoseDecision::StopAndReview);
        CHECK(suggestion.exercise == catalogExercise("childs-pose"));
        CHECK_THAT(render(suggestion.reason), Contains("stop this exercise") && Contains("get it checked"));
    }
}

TEST_CASE("pain during above 5/10 regresses the dose", "[progression]")
{
    checkChildsPoseRegressed(painfulSession(), "Pain during the session reached 7/10 (the limit is 5/10)");

    ProgressionEvidence atTheLimit = calmSession();
    atTheLimit.painDuring = 5;
    CHECK(suggestForChildsPose(atTheLimit).decision == DoseDecision::Keep);
}

TEST_CASE("an exercise marked this hurt regresses even with low scores", "[progression]")
{
    ProgressionEvidence evidence = calmSession();
    evidence.itemHurt = true;
    checkChildsPoseRegressed(evidence, "You pressed \"This hurt\" on this exercise");
}

TEST_CASE("next-morning pain worse than before the session regresses", "[progression]")
{
    ProgressionEvidence evidence = calmSession();
    evidence.nextMorning = 6;
    checkChildsPoseRegressed(evidence, "Pain the next morning (6/10) was worse than before the session (3/10)");

    evidence.nextMorning = 3;
    CHECK(suggestForChildsPose(evidence).decision == DoseDecision::Progress);
}

TEST_CASE("a weekly mean up by a point or more regresses", "[progression]")
{
    ProgressionEvidence evidence = calmSession();
    evidence.weeklyChange = 1.0;
    checkChildsPoseRegressed(evidence, "Your average pain this week was 1.0 points higher than last week");

    evidence.weeklyChange = 0.9;
    CHECK(suggestForChildsPose(evidence).decision == DoseDecision::Progress);
    evidence.weeklyChange.reset();
    CHECK(suggestForChildsPose(evidence).decision == DoseDecision::Progress);
}

TEST_CASE("every reason to regress is named in one sentence", "[progression]")
{
    ProgressionEvidence evidence = painfulSession();
    evidence.itemHurt = true;
    evidence.nextMorning = 5;
    evidence.weeklyChange = 1.5;
    checkChildsPoseRegressed(evidence,
                             "Pain during the session reached 7/10 (the limit is 5/10), you pressed \"This hurt\" on "
                             "this exercise, pain the next morning (5/10) was worse than before the session (3/10) "
                             "and your average pain this week was 1.5 points higher than last week");
}

TEST_CASE("missing pain during keeps the dose", "[progression]")
{
    checkChildsPoseKept(calmSessionWithout(&ProgressionEvidence::painDuring),
                        "Not enough to go on yet, with no pain score from during the session: keep 3 × 30 s hold.");
}

TEST_CASE("missing next-morning pain keeps the dose", "[progression]")
{
    ProgressionEvidence evidence = calmSessionWithout(&ProgressionEvidence::nextMorning);
    checkChildsPoseKept(evidence,
                        "Not enough to go on yet, with no pain score from the next morning: keep 3 × 30 s hold.");

    evidence.painDuring.reset();
    CHECK_THAT(render(suggestForChildsPose(evidence).reason),
               Contains("no pain score from during the session or from the next morning"));
}

TEST_CASE("missing pain before the session keeps the dose as there is no usual level", "[progression]")
{
    checkChildsPoseKept(calmSessionWithout(&ProgressionEvidence::painBefore),
                        "Not enough to go on yet, with no pain score from before the session: keep 3 × 30 s hold.");
}

TEST_CASE("pain during of 4 or 5 that settled by the morning keeps the dose", "[progression]")
{
    for (int during : {4, 5}) {
        ProgressionEvidence evidence = calmSession();
        evidence.painDuring = during;
        checkChildsPoseKept(evidence, "Pain during the session reached " + std::to_string(during)
                                          + "/10, which is acceptable but not low enough to step up, and had "
                                            "settled by the next morning (3/10): keep 3 × 30 s hold.");
    }
}

TEST_CASE("an unfinished session or a skipped exercise keeps the dose", "[progression]")
{
    ProgressionEvidence stopped = calmSession();
    stopped.sessionCompleted = false;
    checkChildsPoseKept(stopped, "The session was not finished: keep 3 × 30 s hold.");

    ProgressionEvidence skipped = calmSession();
    skipped.itemDone = false;
    checkChildsPoseKept(skipped, "This exercise was not done in the session: keep 3 × 30 s hold.");
}

TEST_CASE("no progression rule in the plan keeps the dose", "[progression]")
{
    checkChildsPoseKept(calmSession(), "Your plan does not ask for the dose to go up: keep 3 × 30 s hold.",
                        std::nullopt);
}

TEST_CASE("fewer sessions at the dose than the rule asks keeps the dose", "[progression]")
{
    ProgressionEvidence evidence = calmSession();
    evidence.sessionsAtDose = 1;
    checkChildsPoseKept(evidence,
                        "Pain during the session stayed at 2/10 and had settled by the next morning (3/10), so 2 "
                        "more sessions at this dose first: keep 3 × 30 s hold.");

    evidence.sessionsAtDose = 2;
    CHECK_THAT(render(suggestForChildsPose(evidence).reason), Contains("so 1 more session at this dose"));
}

TEST_CASE("calm sessions at the dose progress it by the plan's step", "[progression]")
{
    Exercise stepped = catalogExercise("childs-pose");
    stepped.dose.reps = 5;
    stepped.dose.holdSeconds = 35;
    checkSuggestion(suggestForChildsPose(calmSession()), DoseDecision::Progress, stepped,
                    "Pain during the session stayed at 2/10 and had settled by the next morning (3/10): 3 × 30 s "
                    "hold → 5 × 35 s hold.");
}

TEST_CASE("a hold dose progresses by reps hold and sets up to their caps", "[progression]")
{
    const ProgressionStep step{.reps = 2, .holdSeconds = 5, .sets = 1, .timedSeconds = 60};
    CHECK(progressedDose(planItem("plank", DoseMode::Hold, holdDose(3, 20, 2)), step) == holdDose(5, 25, 3));
    CHECK(progressedDose(planItem("plank", DoseMode::Hold, holdDose(49, 58, 10)), step) == holdDose(50, 60, 10));
    // A physio's longer hold is theirs to change: the step adds reps and leaves the hold alone.
    CHECK(progressedDose(planItem("rest", DoseMode::Hold, holdDose(1, 300)), step) == holdDose(3, 300, 2));
}

TEST_CASE("a reps dose progresses by reps and sets only up to their caps", "[progression]")
{
    const ProgressionStep step{.reps = 2, .holdSeconds = 5, .sets = 1, .timedSeconds = 60};
    CHECK(progressedDose(planItem("bridge", DoseMode::Reps, repsDose(8)), step) == repsDose(10, 2));
    CHECK(progressedDose(planItem("bridge", DoseMode::Reps, repsDose(99, 10)), step) == repsDose(100, 10));
}

TEST_CASE("a timed dose progresses by its seconds up to 240 minutes", "[progression]")
{
    const ProgressionStep step{.reps = 2, .sets = 1, .timedSeconds = 120};
    CHECK(progressedDose(planItem("walk", DoseMode::Timed, timedDose(600)), step) == timedDose(720));
    CHECK(progressedDose(planItem("walk", DoseMode::Timed, timedDose(14340)), step) == timedDose(14400));

    checkSuggestion(suggest(catalogItem("walking"), calmSession()), DoseDecision::Keep, catalogExercise("walking"),
                    "Pain during the session stayed at 2/10 and had settled by the next morning (3/10), but your "
                    "plan's step does not change this kind of exercise: keep 10 min.");
}

TEST_CASE("progress at the top of the range moves to the catalog's progression exercise", "[progression]")
{
    PlanItem item = catalogItem("seated-cat-cow");
    item.exercise.dose.reps = 100;
    checkSuggestion(suggest(item, calmSession()), DoseDecision::Progress, catalogExercise("cat-cow"),
                    "Pain during the session stayed at 2/10 and had settled by the next morning (3/10): 100 reps is "
                    "the top of this exercise's range, so switch to Cat-cow (cat stretch) at 5 reps.");
}

TEST_CASE("progress at the top of the range with no progression exercise keeps the dose", "[progression]")
{
    PlanItem item = catalogItem("seated-trunk-rotation");
    item.exercise.dose.reps = 50;
    item.exercise.dose.holdSeconds = 60;
    REQUIRE(item.exercise.progression.empty());
    checkSuggestion(suggest(item, calmSession()), DoseDecision::Keep, item.exercise,
                    "Pain during the session stayed at 2/10 and had settled by the next morning (3/10): 50 × 1 min "
                    "hold, each side is the top of this exercise's range and there is no harder exercise in the "
                    "catalog, so keep it and ask your physio what comes next.");
}

TEST_CASE("regress cuts the dose by about a third one part at a time", "[progression]")
{
    // The hold first, then the holds per set, then a set; a hold already under 5 s is not the part to cut.
    CHECK(regressedDose(planItem("hold", DoseMode::Hold, holdDose(3, 30))) == holdDose(3, 20));
    CHECK(regressedDose(planItem("hold", DoseMode::Hold, holdDose(3, 7))) == holdDose(3, 5));
    CHECK(regressedDose(planItem("hold", DoseMode::Hold, holdDose(10, 5))) == holdDose(7, 5));
    CHECK(regressedDose(planItem("hold", DoseMode::Hold, holdDose(8, 3))) == holdDose(5, 3));
    CHECK(regressedDose(planItem("hold", DoseMode::Hold, holdDose(1, 5, 3))) == holdDose(1, 5, 2));

    CHECK(regressedDose(planItem("reps", DoseMode::Reps, repsDose(10, 2))) == repsDose(7, 2));
    CHECK(regressedDose(planItem("reps", DoseMode::Reps, repsDose(2))) == repsDose(1));
    CHECK(regressedDose(planItem("reps", DoseMode::Reps, repsDose(1, 2))) == repsDose(1, 1));

    CHECK(regressedDose(planItem("timed", DoseMode::Timed, timedDose(600))) == timedDose(400));
    CHECK(regressedDose(planItem("timed", DoseMode::Timed, timedDose(90))) == timedDose(60));

    CHECK(render(suggest(catalogItem("shoulder-rolls"), painfulSession()).reason)
          == "Pain during the session reached 7/10 (the limit is 5/10): 2 sets of 10 reps → 2 sets of 7 reps.");
}

TEST_CASE("regress at the floor switches to the catalog's regression exercise", "[progression]")
{
    PlanItem item = catalogItem("bird-dog");
    REQUIRE(item.exercise.dose.holdSeconds == 5);
    item.exercise.dose.reps = 1;
    checkSuggestion(suggest(item, painfulSession()), DoseDecision::Regress, catalogExercise("quadruped-leg-extension"),
                    "Pain during the session reached 7/10 (the limit is 5/10): hold 5 s, each side is already the "
                    "lowest dose, so switch to All-fours leg reach at 8 × 6 s hold, each side.");

    const DoseSuggestion timed = suggest(catalogItem("exaggerated-high-knee-walk"), painfulSession());
    CHECK(timed.decision == DoseDecision::Regress);
    CHECK(timed.exercise == catalogExercise("marching-in-place"));
}

TEST_CASE("regress at the floor with no regression exercise keeps the dose and says to ask the physio",
          "[progression]")
{
    PlanItem item = catalogItem("chin-tuck");
    REQUIRE(item.exercise.regression.empty());
    REQUIRE(item.exercise.dose.holdSeconds == 5);
    item.exercise.dose.reps = 1;
    checkSuggestion(suggest(item, painfulSession()), DoseDecision::Keep, item.exercise,
                    "Pain during the session reached 7/10 (the limit is 5/10): hold 5 s is already the lowest dose "
                    "and there is no easier exercise in the catalog, so keep it and ask your physio what comes next.");

    // An embedded exercise may name a regression the catalog does not have.
    PlanItem embedded = planItem("own-stretch", DoseMode::Timed, timedDose(60));
    embedded.exercise.regression = "not-in-the-catalog";
    const DoseSuggestion unknown = suggest(embedded, painfulSession());
    CHECK(unknown.decision == DoseDecision::Keep);
    CHECK_THAT(render(unknown.reason), Contains("1 min is already the lowest dose and there is no easier exercise"));
}
