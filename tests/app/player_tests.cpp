// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_fixture.h"
#include "app_test_support.h"

#include "app/audio_cues.h"
#include "app/main_window.h"
#include "app/player_page.h"
#include "app/score_picker.h"
#include "app/session_controller.h"
#include "app/timer_ring.h"
#include "app/today_page.h"
#include "core/catalog/catalog_loader.h"
#include "core/common/paths.h"
#include "core/plan/plan_loader.h"
#include "support/manual_clock.h"
#include "support/temp_dir.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace limber;
using namespace limber::app;
using limber::test::child;
using limber::test::AppFixture;
using limber::test::builtinPlans;
using namespace std::chrono_literals;
using limber::test::ManualClock;
using limber::test::TempDir;

namespace {

// Moves the clock in steps as the app's timer would, until `done` or the time limit.
template <typename Done>
void runFor(ManualClock& clock, SessionController& controller, Duration limit, Done done)
{
    for (Duration passed{}; passed < limit && !done(); passed += 250ms) {
        clock.advance(250ms);
        controller.tick();
    }
}

bool showingSummary(QWidget& player)
{
    return child<QWidget>(player, "summaryPanel")->isVisibleTo(&player);
}

} // namespace

TEST_CASE_METHOD(AppFixture, "a routine plays end to end with every control, and the journal records it")
{
    const auto owned = makeWindow();
    MainWindow& window = *owned;
    PlayerPage& player = *window.playerPage();
    SessionController& controller = *window.sessionController();
    window.audioCues()->setVoiceEnabled(true);

    REQUIRE(window.openPlan(QStringLiteral("desk-neck-shoulders")));
    QTest::keyClick(child<ScorePicker>(player, "painBeforePicker"), Qt::Key_4);
    QTest::keyClick(&player, Qt::Key_Return);
    REQUIRE(controller.isActive());
    auto* ring = child<TimerRing>(player, "timerRing");
    CHECK(ring->caption() == QStringLiteral("get ready"));
    CHECK(ring->number() == QStringLiteral("5"));
    CHECK(child<QLabel>(player, "playerExerciseName")->text() == QStringLiteral("Shoulder rolls"));

    // Pause: the ring stands still however long the pause.
    QTest::keyClick(&player, Qt::Key_Space);
    const QString frozen = ring->number();
    clock.advance(10min);
    controller.tick();
    CHECK(ring->number() == frozen);
    CHECK(ring->caption() == QStringLiteral("paused"));
    QTest::keyClick(&player, Qt::Key_Space);

    QTest::keyClick(&player, Qt::Key_Right); // next: into the first set of shoulder rolls
    CHECK(ring->caption() == QStringLiteral("reps"));
    QTest::keyClick(&player, Qt::Key_H);     // this hurt
    CHECK(child<QLabel>(player, "hurtNoteLabel")->isVisibleTo(&player));
    QTest::keyClick(&player, Qt::Key_Left);  // back: the exercise starts again
    CHECK(ring->caption() == QStringLiteral("get ready"));
    QTest::keyClick(&player, Qt::Key_S);     // skip to the chin tuck
    CHECK(child<QLabel>(player, "playerExerciseName")->text() == QStringLiteral("Chin tuck"));
    CHECK(window.audioCues()->lastSpoken() == QStringLiteral("Next: Chin tuck. seated."));
    runFor(clock, controller, 1min, [&] { return controller.engine()->currentPhase().kind == PhaseKind::Work; });
    CHECK(window.audioCues()->lastSpoken() == QStringLiteral("Hold for 5 seconds."));
    const auto before = controller.engine()->remaining(clock.now());
    QTest::keyClick(&player, Qt::Key_Plus); // ten more seconds of hold
    CHECK(controller.engine()->remaining(clock.now()) == before + 10s);
    QTest::keyClick(&player, Qt::Key_L);    // large type: ring, number and name only
    CHECK(player.largeType());
    CHECK(child<QLabel>(player, "playerExerciseName")->isVisibleTo(&player));
    CHECK_FALSE(child<QLabel>(player, "playerSteps")->isVisibleTo(&player));
    QTest::keyClick(&player, Qt::Key_L);
    QTest::keyClick(&player, Qt::Key_Return); // a rep key outside a self-paced set changes nothing
    runFor(clock, controller, 10min, [&] { return showingSummary(player); });
    REQUIRE(showingSummary(player));
    CHECK(child<QLabel>(player, "summaryTitleLabel")->text() == QStringLiteral("Well done."));

    QTest::keyClick(child<ScorePicker>(player, "painAfterPicker"), Qt::Key_2);
    QTest::keyClick(&player, Qt::Key_Return);
    CHECK_FALSE(controller.isActive());

    const auto sessions = journal.sessions();
    REQUIRE(sessions.value().size() == 1);
    const SessionRecord& session = sessions.value()[0];
    CHECK(session.planId == "desk-neck-shoulders");
    CHECK(session.status == SessionStatus::Completed);
    CHECK(session.painBefore == 4);
    CHECK(session.painAfter == 2);
    REQUIRE(session.results.size() == 3);
    CHECK(session.results[0].exerciseId == "shoulder-rolls");
    CHECK(session.results[0].skipped);
    CHECK(session.results[0].hurt);
    CHECK_FALSE(session.results[1].skipped);
    CHECK(session.results[1].secondsWorked == 35); // five 5 s holds and the 10 s extension
    CHECK_FALSE(session.results[2].skipped);
}

TEST_CASE_METHOD(AppFixture, "stopping asks first, keeps what was done and records a stopped session")
{
    const auto owned = makeWindow();
    MainWindow& window = *owned;
    PlayerPage& player = *window.playerPage();
    SessionController& controller = *window.sessionController();
    REQUIRE(window.openPlan(QStringLiteral("desk-seated-back-reset")));
    player.begin(std::nullopt);
    runFor(clock, controller, 40s, [] { return false; });

    int asked = 0;
    player.confirmStop = [&](QWidget*) { return ++asked > 1; };
    QTest::keyClick(&player, Qt::Key_Escape); // declined: the session carries on, running
    CHECK(controller.engine()->state() == SessionEngine::State::Running);
    QTest::keyClick(&player, Qt::Key_Escape); // confirmed
    REQUIRE(showingSummary(player));
    CHECK(child<QLabel>(player, "summaryTitleLabel")->text() == QStringLiteral("Session stopped."));
    QTest::mouseClick(child<QPushButton>(player, "doneButton"), Qt::LeftButton);
    const auto sessions = journal.sessions().value();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].status == SessionStatus::Stopped);
    CHECK_FALSE(sessions[0].results.empty());
    CHECK(sessions[0].activeSeconds > 0);
}

TEST_CASE_METHOD(AppFixture, "a window closed mid-session offers to carry on, and the session ends whole")
{
    {
        const auto owned = makeWindow();
        MainWindow& window = *owned;
        REQUIRE(window.openPlan(QStringLiteral("desk-seated-back-reset")));
        window.playerPage()->begin(3);
        SessionController& controller = *window.sessionController();
        runFor(clock, controller, 10min, [&] { return controller.engine()->currentPhase().item >= 2; });
        REQUIRE(controller.engine()->currentPhase().item == 2);
        // The window goes away without finishing: as if the app had been killed.
    }
    const auto unfinished = journal.unfinishedSession().value();
    REQUIRE(unfinished.has_value());
    CHECK(unfinished->results.size() == 2);

    const auto owned = makeWindow();
    MainWindow& window = *owned;
    TodayPage& today = *window.todayPage();
    REQUIRE(child<QWidget>(today, "resumeBanner")->isVisibleTo(&today));
    QTest::mouseClick(child<QPushButton>(today, "resumeButton"), Qt::LeftButton);
    SessionController& controller = *window.sessionController();
    REQUIRE(controller.isActive());
    CHECK(controller.engine()->currentPhase().item == 2);
    CHECK(controller.sessionId() == unfinished->id);
    PlayerPage& player = *window.playerPage();
    runFor(clock, controller, 10min, [&] { return showingSummary(player); });
    REQUIRE(showingSummary(player));
    QTest::keyClick(&player, Qt::Key_Return);

    const auto sessions = journal.sessions().value();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].status == SessionStatus::Completed);
    CHECK(sessions[0].painBefore == 3);
    REQUIRE(sessions[0].results.size() == 5);
    for (std::size_t i = 0; i < 5; ++i)
        CHECK(sessions[0].results[i].position == static_cast<int>(i));
    CHECK(sessions[0].results[0] == unfinished->results[0]);
    CHECK_FALSE(child<QWidget>(today, "resumeBanner")->isVisibleTo(&today));
}

TEST_CASE_METHOD(AppFixture, "the app's timer runs only while a session runs")
{
    const auto owned = makeWindow();
    MainWindow& window = *owned;
    SessionController& controller = *window.sessionController();
    auto* timer = controller.findChild<QTimer*>();
    REQUIRE(timer != nullptr);
    CHECK_FALSE(timer->isActive());
    REQUIRE(window.openPlan(QStringLiteral("desk-neck-shoulders")));
    window.playerPage()->begin(std::nullopt);
    CHECK(timer->isActive());
    controller.togglePause();
    CHECK_FALSE(timer->isActive());
    controller.togglePause();
    CHECK(timer->isActive());
    controller.stop();
    CHECK_FALSE(timer->isActive());
}

TEST_CASE_METHOD(AppFixture, "an exercise marked as hurting is offered its easier version next time")
{
    const auto owned = makeWindow();
    MainWindow& window = *owned;
    static const auto catalog = std::make_shared<const Catalog>(*loadBuiltinCatalog().value);
    window.setCatalog(catalog);
    PlayerPage& player = *window.playerPage();
    SessionController& controller = *window.sessionController();

    REQUIRE(window.openPlan(QStringLiteral("desk-standing-posture")));
    CHECK_FALSE(child<QWidget>(player, "regressionOffers")->isVisibleTo(&player));
    player.begin(std::nullopt);
    controller.skipExercise(); // on to the wall angel
    REQUIRE(controller.engine()->currentPhase().item == 1);
    QTest::keyClick(&player, Qt::Key_H);
    runFor(clock, controller, 20min, [&] { return showingSummary(player); });
    QTest::keyClick(&player, Qt::Key_Return);

    REQUIRE(window.openPlan(QStringLiteral("desk-standing-posture")));
    auto* offer = child<QCheckBox>(player, "regressionOffer0");
    CHECK(offer->isChecked());
    CHECK(offer->text().contains(QStringLiteral("Wall angel")));
    player.begin(std::nullopt);
    CHECK(controller.engine()->plan().items[1].exercise.id == "shoulder-blade-squeeze");
    controller.stop();
}
