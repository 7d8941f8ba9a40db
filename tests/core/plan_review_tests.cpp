// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/journal.h"
#include "core/journal/plan_review.h"
#include "core/plan/plan_loader.h"

#include "support/core_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace limber;
using limber::test::builtinCatalog;
using limber::test::date;
using limber::test::TempDir;

namespace {

// Two exercises, progressing every 2 sessions by 2 reps and 5 s of hold.
Plan followedPlan()
{
    return *parsePlan(R"({"format": "limber-plan", "version": 1, "id": "core", "title": "Core",
        "schedule": {"days": ["mon", "wed", "fri"], "weeks": 6},
        "progression": {"rule": "pain-monitoring", "every_sessions": 2, "step": {"reps": 2, "hold_seconds": 5}},
        "items": [{"exercise": "bird-dog"}, {"exercise": "cat-cow"}]})",
                           "core.json", builtinCatalog())
                 .value;
}

PlanEnrollment enrollment()
{
    PlanEnrollment plan;
    plan.id = 1;
    plan.planId = "core";
    plan.start = date("2026-11-02");
    plan.days = {Weekday::Mon, Weekday::Wed, Weekday::Fri};
    plan.weeks = 6;
    return plan;
}

Moment at(std::string_view day, int hour)
{
    return Moment{std::chrono::sys_days{date(day)} + std::chrono::hours{hour}, date(day), 0};
}

SessionRecord session(std::int64_t id, std::string_view day, int before, int during)
{
    SessionRecord record;
    record.id = id;
    record.planId = "core";
    record.started = at(day, 18);
    record.status = SessionStatus::Completed;
    record.painBefore = before;
    record.painDuring = during;
    record.results = {{0, "bird-dog", 1, 8, 80, false, false}, {1, "cat-cow", 1, 10, 40, false, false}};
    return record;
}

PainEntry painAt(std::string_view day, int hour, int score)
{
    PainEntry entry;
    entry.when = at(day, hour);
    entry.score = score;
    return entry;
}

} // namespace

TEST_CASE("a plan session is reviewed once the next morning's pain is in, and calm sessions progress")
{
    const Plan plan = followedPlan();
    const std::vector<SessionRecord> sessions{session(1, "2026-11-02", 3, 2), session(2, "2026-11-04", 3, 2)};
    std::vector<PainEntry> pain{painAt("2026-11-02", 8, 3), painAt("2026-11-04", 8, 3)};
    const auto review = [&](LocalDate today) {
        return pendingReview(enrollment(), plan, sessions, pain, {}, {}, builtinCatalog(), today);
    };
    CHECK_FALSE(review(date("2026-11-04"))); // the evening of the session: the morning is yet to come
    CHECK_FALSE(review(date("2026-11-05"))); // the morning, before its entry

    pain.push_back(painAt("2026-11-05", 7, 3));
    pain.push_back(painAt("2026-11-05", 20, 8)); // the evening's does not count as the morning's
    const auto ready = review(date("2026-11-05"));
    REQUIRE(ready);
    CHECK(ready->sessionId == 2);
    REQUIRE(ready->items.size() == 2);
    CHECK(ready->items[0].suggestion.decision == DoseDecision::Progress);
    CHECK(ready->items[0].suggestion.exercise.dose.holdSeconds == plan.items[0].exercise.dose.holdSeconds + 5);

    const ReviewOutcome outcome = applyReview(plan, *ready, {true, false}, at("2026-11-05", 9));
    CHECK(outcome.plan.items[0].exercise == ready->items[0].suggestion.exercise);
    CHECK(outcome.plan.items[1].exercise == plan.items[1].exercise);
    REQUIRE(outcome.changes.size() == 2);
    CHECK(outcome.changes[0].accepted);
    CHECK_FALSE(outcome.changes[1].accepted);
    CHECK(outcome.changes[0].doseBefore == doseMessage(plan.items[0].exercise));
    CHECK(outcome.changes[0].doseAfter == doseMessage(ready->items[0].suggestion.exercise));
    CHECK(outcome.changes[0].reason == ready->items[0].suggestion.reason);
}

TEST_CASE("next-morning pain worse than before the session suggests regressing every exercise done")
{
    const std::vector<SessionRecord> sessions{session(1, "2026-11-02", 3, 2)};
    const std::vector<PainEntry> pain{painAt("2026-11-03", 7, 6)};
    const auto review =
        pendingReview(enrollment(), followedPlan(), sessions, pain, {}, {}, builtinCatalog(), date("2026-11-03"));
    REQUIRE(review);
    REQUIRE(review->items.size() == 2);
    for (const auto& item : review->items) {
        CHECK(item.suggestion.decision == DoseDecision::Regress);
        CHECK(render(item.suggestion.reason).find("6/10") != std::string::npos);
    }
}

TEST_CASE("without a morning score the review waits a day, then keeps every dose")
{
    const std::vector<SessionRecord> sessions{session(1, "2026-11-02", 3, 2), session(2, "2026-11-04", 3, 2)};
    const auto review = pendingReview(enrollment(), followedPlan(), sessions, {}, {}, {}, builtinCatalog(), date("2026-11-06"));
    REQUIRE(review);
    CHECK(review->sessionId == 2);
    CHECK(review->items.empty());
}

TEST_CASE("a reviewed session, a warning sign or an unfinished session bring no suggestions")
{
    const std::vector<SessionRecord> sessions{session(1, "2026-11-02", 3, 2), session(2, "2026-11-04", 3, 2)};
    std::vector<PainEntry> pain{painAt("2026-11-05", 7, 3)};
    PlanEnrollment reviewed = enrollment();
    reviewed.reviewedSessionId = 2;
    CHECK_FALSE(pendingReview(reviewed, followedPlan(), sessions, pain, {}, {}, builtinCatalog(), date("2026-11-05")));

    pain.back().symptoms = {Symptom::SpreadingDownLeg};
    const auto spreading = pendingReview(enrollment(), followedPlan(), sessions, pain, {}, {}, builtinCatalog(), date("2026-11-05"));
    REQUIRE(spreading);
    CHECK(spreading->items.empty());

    SessionRecord open = session(3, "2026-11-06", 3, 2);
    open.status = SessionStatus::InProgress;
    auto withOpen = sessions;
    withOpen.push_back(open);
    const auto review = pendingReview(enrollment(), followedPlan(), withOpen, {painAt("2026-11-05", 7, 3)}, {}, {},
                                      builtinCatalog(), date("2026-11-07"));
    REQUIRE(review);
    CHECK(review->sessionId == 2);
}

TEST_CASE("sessions at a dose are counted from the item's last accepted change")
{
    const std::vector<SessionRecord> sessions{session(1, "2026-11-02", 3, 2), session(2, "2026-11-04", 3, 2),
                                              session(3, "2026-11-06", 3, 2)};
    DoseChange change;
    change.enrollmentId = 1;
    change.sessionId = 2;
    change.position = 0;
    change.accepted = true;
    const std::vector<PainEntry> pain{painAt("2026-11-07", 7, 3)};
    const auto review =
        pendingReview(enrollment(), followedPlan(), sessions, pain, {change}, {}, builtinCatalog(), date("2026-11-07"));
    REQUIRE(review);
    // Bird dog changed after session 2, so one session at its new dose is not yet enough; cat-cow has three.
    REQUIRE(review->items.size() == 1);
    CHECK(review->items[0].position == 1);
}

TEST_CASE("the journal keeps the pain during a session and each dose change with the plan as it now is")
{
    TempDir home;
    Journal journal = std::move(Journal::open(home.path() / "journal.sqlite3").value());
    PlanEnrollment plan = enrollment();
    plan.planJson = "{}";
    plan.began = at("2026-11-01", 9);
    plan.id = journal.startPlan(plan).value();
    const auto id = journal.startSession("core", "Core", at("2026-11-02", 18), 3).value();
    REQUIRE(journal.finishSession(id, SessionStatus::Completed, at("2026-11-02", 19).instant, 2, 4).ok());
    CHECK(journal.sessions().value().at(0).painDuring == 4);
    CHECK(journal.finishSession(id, SessionStatus::Completed, at("2026-11-02", 19).instant, 2, 11).error().code ==
          JournalErrorCode::InvalidValue);

    // The doses and the reason are kept as messages, so that they read in the language of whoever reads them.
    const Message before = message("Dose", "%1, each side", message("Dose", "%1 × %2 hold", 8, message("Dose", "%1 s", 5)));
    const Message after = message("Dose", "%1, each side", message("Dose", "%1 × %2 hold", 8, message("Dose", "%1 s", 10)));
    const Message reason = message("Progression", "%1: %2 → %3.", message("Progression", "Pain stayed low"), before, after);
    DoseChange change{0, plan.id, id, at("2026-11-03", 9), 0, DoseChangeKind::Progress, "bird-dog", "bird-dog",
                      before, after, reason, true};
    REQUIRE(journal.recordPlanReview(plan.id, id, {change}, R"({"changed": true})").ok());
    const auto changes = journal.doseChanges().value();
    REQUIRE(changes.size() == 1);
    change.id = changes[0].id;
    CHECK(changes[0] == change);
    const auto active = journal.activePlan().value();
    CHECK(active->reviewedSessionId == id);
    CHECK(active->planJson == R"({"changed": true})");
    CHECK(journal.recordPlanReview(999, id, {}, "{}").error().code == JournalErrorCode::NotFound);
    CHECK(journal.doseChanges().value().size() == 1);
}
