// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_fixture.h"
#include "support/process.h"

#include "app/journal_page.h"
#include "app/main_window.h"
#include "app/plan_editor.h"
#include "app/plan_review_dialog.h"
#include "app/plans_page.h"
#include "app/player_page.h"
#include "app/problem_dialog.h"
#include "app/score_picker.h"
#include "app/session_controller.h"
#include "app/today_page.h"
#include "core/journal/adherence.h"
#include "core/plan/plan_loader.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <sqlite3.h>

#include <fstream>

using namespace limber;
using namespace limber::app;
using limber::test::AppFixture;
using limber::test::builtinCatalog;
using limber::test::child;

namespace {

struct PlansFixture : AppFixture {
    PlansFixture() : window(makeWindow())
    {
        window->setCatalog(std::make_shared<const Catalog>(builtinCatalog()));
        window->setPlansDirectory(plansFolder());
        window->show();
        REQUIRE(window->showPage(QStringLiteral("plans")));
        page().confirm = [](const QString&) { return true; };
    }

    PlansPage& page() { return *window->plansPage(); }
    std::filesystem::path plansFolder() const { return home.path() / "plans"; }
    std::size_t filesInFolder() const
    {
        if (!std::filesystem::exists(plansFolder()))
            return 0;
        return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator{plansFolder()}, {}));
    }

    std::unique_ptr<MainWindow> window;
};

std::vector<std::filesystem::path> filesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator{folder}) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

PlanEditorDialog* openEditor(PlansPage& page, const char* button)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseClick(child<QPushButton>(page, button), Qt::LeftButton);
    auto* editor = page.findChild<PlanEditorDialog*>();
    REQUIRE(editor != nullptr);
    return editor;
}

} // namespace

TEST_CASE_METHOD(PlansFixture, "every built-in plan file imports through the page and takes the built-in one's place")
{
    const auto builtinCount = page().plans().size();
    for (const auto& file : filesIn(std::filesystem::path{LIMBER_SOURCE_DIR} / "data" / "plans")) {
        INFO(file);
        page().chooseImportPath = [&] { return QString::fromStdString(file.string()); };
        QTest::mouseClick(child<QPushButton>(page(), "importPlanButton"), Qt::LeftButton);
        const auto imported = loadPlanFile(plansFolder() / file.filename(), builtinCatalog());
        REQUIRE(imported.ok());
        CHECK(*imported.value == *loadPlanFile(file, builtinCatalog()).value);
    }
    CHECK(filesInFolder() == builtinCount);
    CHECK(page().plans().size() == builtinCount); // no plan twice
    CHECK(page().findChild<FileProblemsDialog*>() == nullptr);
}

TEST_CASE_METHOD(PlansFixture, "an invalid plan file opens a dialog listing every problem and imports nothing")
{
    int checked = 0;
    for (const auto& file : filesIn(std::filesystem::path{LIMBER_TEST_DATA_DIR} / "plan" / "invalid")) {
        INFO(file);
        const auto expected = loadPlanFile(file, builtinCatalog());
        REQUIRE_FALSE(expected.ok());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK_FALSE(page().importFile(QString::fromStdString(file.string())));
        auto* dialog = page().findChild<FileProblemsDialog*>();
        REQUIRE(dialog != nullptr);
        CHECK(dialog->isVisible());
        REQUIRE(dialog->problemList()->count() == static_cast<int>(expected.issues.size()));
        const QString count = expected.issues.size() == 1 ? QStringLiteral("1 problem found.")
                                                          : QStringLiteral("%1 problems found.").arg(expected.issues.size());
        CHECK(child<QLabel>(*dialog, "problemCount")->text().startsWith(count));
        for (int row = 0; row < dialog->problemList()->count(); ++row) {
            const Issue& issue = expected.issues[static_cast<std::size_t>(row)];
            CHECK(dialog->problemList()->item(row)->text() == QString::fromStdString(formatIssue(issue)));
            CHECK(dialog->problemList()->item(row)->text().contains(QString::fromStdString(file.filename().string())));
        }
        dialog->close();
        ++checked;
    }
    CHECK(checked > 50);
    CHECK(filesInFolder() == 0);
}

TEST_CASE_METHOD(PlansFixture, "a plan file dropped on the page is imported")
{
    const auto file = std::filesystem::path{LIMBER_TEST_DATA_DIR} / "plan" / "valid" / "multi-week.json";
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QString::fromStdString(file.string()))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page(), &drop);
    CHECK(filesInFolder() == 1);
    const auto id = loadPlanFile(file, builtinCatalog()).value->id;
    CHECK(child<QListWidget>(page(), "planList")->currentItem()->data(Qt::UserRole).toString() == QString::fromStdString(id));
}

TEST_CASE_METHOD(PlansFixture, "a plan edited with undo and redo exports a file that imports back equal")
{
    REQUIRE(page().selectPlan(QStringLiteral("lower-back-starter")));
    PlanEditorDialog* editor = openEditor(page(), "copyPlanButton");
    const Plan original = editor->plan();

    auto* title = child<QLineEdit>(*editor, "planTitleEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Back plan from Sam"));
    QTest::keyClicks(child<QLineEdit>(*editor, "planAssignedByEdit"), QStringLiteral("Sam Physio"));
    editor->addExercise("bird-dog");
    child<QListWidget>(*editor, "itemList")->setCurrentRow(0);
    auto* sets = child<QSpinBox>(*editor, "setsSpin");
    sets->setValue(sets->value() + 1);
    auto* note = child<QLineEdit>(*editor, "itemNoteEdit");
    note->selectAll();
    QTest::keyClicks(note, QStringLiteral("Slowly"));
    editor->moveItem(0, 2);
    child<QListWidget>(*editor, "itemList")->setCurrentRow(1);
    auto* sides = child<QCheckBox>(*editor, "perSideCheck");
    sides->setChecked(!sides->isChecked());
    child<QCheckBox>(*editor, "day-sat")->setChecked(false);
    child<QCheckBox>(*editor, "day-sun")->setChecked(false);
    QUndoStack* undo = editor->undoStack();
    // Typing the title was one step however many letters; so was the assigned-by.
    CHECK(undo->count() == 9);

    const Plan edited = editor->plan();
    CHECK(edited.title == "Back plan from Sam");
    CHECK(edited.items.size() == original.items.size() + 1);
    CHECK(edited.items[2].exercise.dose.sets == original.items[0].exercise.dose.sets + 1);
    CHECK(edited.items[2].note == "Slowly");
    CHECK(edited.schedule->days.size() == 5);
    CHECK(edited.items[1].exercise.perSide != original.items[2].exercise.perSide);
    while (undo->canUndo())
        undo->undo();
    CHECK(editor->plan() == original);
    while (undo->canRedo())
        undo->redo();
    CHECK(editor->plan() == edited);

    const auto exported = home.path() / "exported.json";
    editor->chooseExportPath = [&](const QString&) { return QString::fromStdString(exported.string()); };
    QTest::mouseClick(child<QPushButton>(*editor, "exportEditedPlanButton"), Qt::LeftButton);
    const auto reloaded = loadPlanFile(exported, builtinCatalog());
    for (const Issue& issue : reloaded.issues)
        UNSCOPED_INFO(formatIssue(issue));
    REQUIRE(reloaded.ok());
    CHECK(*reloaded.value == edited);

    QTest::mouseClick(child<QPushButton>(*editor, "savePlanButton"), Qt::LeftButton);
    CHECK(filesInFolder() == 1);
    CHECK(page().importFile(QString::fromStdString(exported.string())));
    CHECK(filesInFolder() == 1); // the same id: the saved one was replaced, after asking
    const auto plans = page().plans();
    CHECK(std::count_if(plans.begin(), plans.end(), [&](const Plan& p) { return p == edited; }) == 1);
}

TEST_CASE_METHOD(PlansFixture, "the editor will not save a plan the loader would refuse and says why")
{
    PlanEditorDialog* editor = openEditor(page(), "newPlanButton");
    CHECK_FALSE(child<QPushButton>(*editor, "savePlanButton")->isEnabled());
    CHECK(child<QLabel>(*editor, "editorProblems")->text().contains(QStringLiteral("/items")));
    editor->addExercise("cat-cow");
    CHECK(child<QPushButton>(*editor, "savePlanButton")->isEnabled());
    child<QGroupBox>(*editor, "scheduleGroup")->setChecked(true);
    for (const char* day : {"day-mon", "day-wed", "day-fri"})
        child<QCheckBox>(*editor, day)->setChecked(false);
    CHECK_FALSE(child<QPushButton>(*editor, "savePlanButton")->isEnabled());
    CHECK(child<QLabel>(*editor, "editorProblems")->text().contains(QStringLiteral("/schedule/days")));
    child<QCheckBox>(*editor, "day-tue")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*editor, "savePlanButton"), Qt::LeftButton);
    const auto saved = loadPlanFile(plansFolder() / "my-plan.json", builtinCatalog());
    REQUIRE(saved.ok());
    CHECK(saved.value->schedule->days == std::vector{Weekday::Tue});
}

TEST_CASE_METHOD(PlansFixture, "following a plan shows it on Today with its week and this week's days, until stopped")
{
    REQUIRE(page().selectPlan(QStringLiteral("core-strength-progression")));
    const LocalDate today = localMoment(currentInstant()).date;
    const LocalDate start = addDays(weekStart(today), -7);
    child<QDateEdit>(page(), "planStartEdit")->setDate(QDate(static_cast<int>(start.year()), static_cast<int>(static_cast<unsigned>(start.month())),
                                                             static_cast<int>(static_cast<unsigned>(start.day()))));
    QTest::mouseClick(child<QPushButton>(page(), "followPlanButton"), Qt::LeftButton);

    const auto active = journal.activePlan().value();
    REQUIRE(active);
    CHECK(active->planId == "core-strength-progression");
    CHECK(active->start == start);
    TodayPage& today_ = *window->todayPage();
    CHECK(child<QWidget>(today_, "planCard")->isVisibleTo(&today_));
    CHECK(child<QLabel>(today_, "planWeekLabel")->text().startsWith(QStringLiteral("Week 2 of 8")));
    CHECK(child<QLabel>(today_, "planWeekLabel")->text().contains(QStringLiteral("0 of 3 sessions done this week")));
    CHECK(child<QLabel>(page(), "planDetails")->text().contains(QStringLiteral("Mon, Wed, Fri for 8 weeks")));
    CHECK(child<QLabel>(page(), "followingLabel")->text().contains(QStringLiteral("week 2 of 8")));

    QTest::mouseClick(child<QPushButton>(today_, "planStartButton"), Qt::LeftButton);
    CHECK(window->playerPage()->isVisible());

    REQUIRE(window->showPage(QStringLiteral("plans")));
    QTest::mouseClick(child<QPushButton>(page(), "stopFollowingButton"), Qt::LeftButton);
    CHECK_FALSE(journal.activePlan().value());
    CHECK_FALSE(child<QWidget>(today_, "planCard")->isVisibleTo(&today_));
    CHECK(journal.planEnrollments().value().size() == 1);
}

TEST_CASE_METHOD(PlansFixture, "a plan handout is a private PDF with every exercise's dose, steps, cautions and notes")
{
    REQUIRE(page().selectPlan(QStringLiteral("lower-back-starter")));
    const auto pdf = home.path() / "handout.pdf";
    page().chooseHandoutPath = [&](const QString& name) {
        CHECK(name == QStringLiteral("lower-back-starter.pdf"));
        return QString::fromStdString(pdf.string());
    };
    QTest::mouseClick(child<QPushButton>(page(), "handoutButton"), Qt::LeftButton);
    REQUIRE(std::filesystem::exists(pdf));
    CHECK((std::filesystem::status(pdf).permissions() & std::filesystem::perms::others_all) == std::filesystem::perms::none);
    const auto text = limber::test::runProcess("/usr/bin/pdftotext", {pdf.string(), "-"});
    REQUIRE(text.exitCode == 0);
    const auto plans = page().plans();
    const Plan plan = *std::find_if(plans.begin(), plans.end(), [](const Plan& p) { return p.id == "lower-back-starter"; });
    CHECK(text.out.find(plan.title) != std::string::npos);
    for (const PlanItem& item : plan.items) {
        INFO(item.exercise.id);
        CHECK(text.out.find(item.exercise.name.substr(0, 12)) != std::string::npos);
        CHECK(text.out.find(item.exercise.steps.front().substr(0, 20)) != std::string::npos);
        if (!item.note.empty())
            CHECK(text.out.find(item.note.substr(0, 20)) != std::string::npos);
    }
    const auto info = limber::test::runProcess("/usr/bin/pdfinfo", {pdf.string()});
    CHECK(info.out.find("Pages:") != std::string::npos);
}

TEST_CASE_METHOD(PlansFixture, "a followed plan asks the worst pain, then offers its dose changes, keeps the answers and plays the new dose")
{
    const LocalDate today = localMoment(currentInstant()).date;
    // Followed since a week ago last Monday, as the physio's copy of the core strength plan.
    const auto plans = page().plans();
    const Plan plan = *std::find_if(plans.begin(), plans.end(), [](const Plan& p) { return p.id == "core-strength-progression"; });
    PlanEnrollment enrollment = *enrollmentFor(plan, builtinCatalog(), localMoment(currentInstant()), addDays(today, -10));
    enrollment.id = journal.startPlan(enrollment).value();

    // Two calm sessions in the past: every exercise done, pain 3 before and 2 at worst.
    for (int daysAgo : {8, 6}) {
        const LocalDate day = addDays(today, -daysAgo);
        const Moment start{std::chrono::sys_days{day} + std::chrono::hours{18}, day, 0};
        const auto id = journal.startSession(plan.id, plan.title, start, 3).value();
        for (std::size_t i = 0; i < plan.items.size(); ++i)
            REQUIRE(journal.checkpoint(id, {static_cast<int>(i), plan.items[i].exercise.id, 1, 5, 60, false, false}).ok());
        REQUIRE(journal.finishSession(id, SessionStatus::Completed, start.instant + std::chrono::minutes{20}, 2, 2).ok());
        PainEntry morning;
        morning.when = Moment{std::chrono::sys_days{addDays(day, 1)} + std::chrono::hours{7}, addDays(day, 1), 0};
        morning.score = 3;
        REQUIRE(journal.addPainEntry(morning).ok());
    }
    // The third, played in the app: the summary asks the worst pain during it as well.
    REQUIRE(window->openPlan(QString::fromStdString(plan.id)));
    PlayerPage& player = *window->playerPage();
    QTest::keyClick(child<ScorePicker>(player, "painBeforePicker"), Qt::Key_3);
    QTest::keyClick(&player, Qt::Key_Return);
    SessionController& controller = *window->sessionController();
    for (int step = 0; step < 40000 && !child<QWidget>(player, "summaryPanel")->isVisibleTo(&player); ++step) {
        clock.advance(std::chrono::milliseconds{250});
        controller.tick();
    }
    REQUIRE(child<QWidget>(player, "summaryPanel")->isVisibleTo(&player));
    REQUIRE(child<ScorePicker>(player, "painDuringPicker")->isVisibleTo(&player));
    QTest::keyClick(child<ScorePicker>(player, "painDuringPicker"), Qt::Key_2);
    QTest::keyClick(child<ScorePicker>(player, "painAfterPicker"), Qt::Key_2);
    QTest::keyClick(&player, Qt::Key_Return);
    const auto played = journal.sessions(Journal::Detail::Summary).value().back();
    CHECK(played.painDuring == 2);
    CHECK(played.painAfter == 2);

    // The session was today: the suggestions wait for tomorrow morning's pain. Move the session back a day.
    {
        const auto path = home.path() / "journal.sqlite3";
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        const std::string yesterday = formatDate(addDays(today, -1));
        const std::string sql = "UPDATE session SET local_date = '" + yesterday + "', started_at = '" + yesterday +
                                "T18:00:00Z' WHERE id = " + std::to_string(played.id);
        REQUIRE(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    PainEntry morning;
    morning.when = Moment{std::chrono::sys_days{today} + std::chrono::hours{7}, today, 0};
    morning.score = 3;
    REQUIRE(journal.addPainEntry(morning).ok());
    window->refreshToday();

    TodayPage& todayPage = *window->todayPage();
    auto* reviewButton = child<QPushButton>(todayPage, "planReviewButton");
    REQUIRE(reviewButton->isVisibleTo(&todayPage));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::mouseClick(reviewButton, Qt::LeftButton);
    auto* dialog = window->findChild<PlanReviewDialog*>();
    REQUIRE(dialog != nullptr);
    const auto answers = dialog->answers();
    REQUIRE(answers.size() >= 2);
    child<QCheckBox>(*dialog, "reviewChoice1")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveReviewButton"), Qt::LeftButton);

    const auto changes = journal.doseChanges().value();
    REQUIRE(changes.size() == answers.size());
    CHECK(changes[0].accepted);
    CHECK_FALSE(changes[1].accepted);
    CHECK(changes[0].kind == DoseChangeKind::Progress);
    CHECK(changes[0].doseBefore != changes[0].doseAfter);
    CHECK_FALSE(reviewButton->isVisibleTo(&todayPage));

    // The next session plays the stepped-up dose of the first changed exercise, and only that one changed.
    REQUIRE(window->openPlan(QString::fromStdString(plan.id)));
    const auto followed = parsePlan(journal.activePlan().value()->planJson, "followed", builtinCatalog());
    REQUIRE(followed.ok());
    const auto position = static_cast<std::size_t>(changes[0].position);
    CHECK(doseSummary(followed.value->items[position].exercise) == render(changes[0].doseAfter));
    CHECK(doseSummary(followed.value->items[static_cast<std::size_t>(changes[1].position)].exercise) == render(changes[1].doseBefore));

    // And the physio's report says how the plan changed.
    REQUIRE(window->showPage(QStringLiteral("journal")));
    const auto pdf = home.path() / "report.pdf";
    window->journalPage()->chooseReportPath = [&] { return QString::fromStdString(pdf.string()); };
    window->journalPage()->findChild<QAction*>(QStringLiteral("reportPlan"))->trigger();
    const auto text = limber::test::runProcess("/usr/bin/pdftotext", {pdf.string(), "-"});
    CHECK(text.out.find("How the plan changed") != std::string::npos);
    CHECK(text.out.find("stepped up") != std::string::npos);
    CHECK(text.out.find("declined") != std::string::npos);
}
