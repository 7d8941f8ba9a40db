// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_fixture.h"
#include "support/process.h"

#include "app/body_map.h"
#include "app/journal_page.h"
#include "core/journal/reports.h"
#include "app/pain_entry_model.h"
#include "app/pain_log_dialog.h"
#include "app/peg_dialog.h"
#include "app/red_flag_dialog.h"
#include "app/score_picker.h"
#include "app/today_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace limber;
using namespace limber::app;
using limber::test::AppFixture;
using limber::test::child;

namespace {

PainLogDialog* openDialog(MainWindow& window)
{
    // A closed dialog deletes itself later: let that happen, so the one found is the new one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window.show();
    window.findChild<QAction*>(QStringLiteral("logPainAction"))->trigger();
    auto* dialog = window.findChild<PainLogDialog*>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE_METHOD(AppFixture, "pain is logged in two actions: the shortcut, then a number and Enter")
{
    const auto window = makeWindow();
    auto* action = window->findChild<QAction*>(QStringLiteral("logPainAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));

    PainLogDialog* dialog = openDialog(*window);
    QTest::keyClick(dialog, Qt::Key_Return); // no score yet: Enter keeps the dialog open
    CHECK(dialog->isVisible());
    QTest::keyClick(child<ScorePicker>(*dialog, "painScorePicker"), Qt::Key_4);
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK_FALSE(dialog->isVisible());

    const auto entries = journal.painEntries().value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].score == 4);
    CHECK(entries[0].context.has_value());
    CHECK(child<QLabel>(*window->todayPage(), "lastPainLabel")->text().contains(QStringLiteral("Pain 4 / 10")));
}

TEST_CASE_METHOD(AppFixture, "the details of a pain entry are saved as chosen, and cancel saves nothing")
{
    const auto window = makeWindow();
    PainLogDialog* dialog = openDialog(*window);
    QTest::keyClick(child<ScorePicker>(*dialog, "painScorePicker"), Qt::Key_T); // 10
    dialog->resize(760, 560);
    auto* body = child<BodyMap>(*dialog, "bodyMap");
    QTest::mouseClick(body, Qt::LeftButton, {}, body->pointOn(PainArea::LowerBack, BodySide::Left).toPoint());
    CHECK(child<QLabel>(*dialog, "painWhereLabel")->text() == QStringLiteral("Lower back, left side"));
    child<QCheckBox>(*dialog, "symptom-spreading-down-leg")->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(*dialog, "painNoteEdit"), QStringLiteral("after lifting boxes"));
    dialog->accept();

    const auto entries = journal.painEntries().value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].score == 10);
    CHECK(entries[0].area == PainArea::LowerBack);
    CHECK(entries[0].side == BodySide::Left);
    CHECK(entries[0].symptoms == std::vector{Symptom::SpreadingDownLeg});
    CHECK(entries[0].note == "after lifting boxes");

    PainLogDialog* second = openDialog(*window);
    QTest::keyClick(child<ScorePicker>(*second, "painScorePicker"), Qt::Key_2);
    second->reject();
    CHECK(journal.painEntries().value().size() == 1);
}

TEST_CASE_METHOD(AppFixture, "a red flag stops exercise, says what to do, and exercise resumes only once assessed")
{
    const auto window = makeWindow();
    window->show();
    CHECK(window->needsFirstScreen());

    // From the pain log, "New or worrying symptom?" opens the screen.
    PainLogDialog* log = openDialog(*window);
    QTest::mouseClick(child<QPushButton>(*log, "newSymptomButton"), Qt::LeftButton);
    auto* screen = window->findChild<RedFlagDialog*>();
    REQUIRE(screen != nullptr);
    child<QCheckBox>(*screen, "flag-bladder")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*screen, "saveFlagsButton"), Qt::LeftButton);

    CHECK_FALSE(window->needsFirstScreen());
    CHECK(journal.safetyState().value().openFlags == std::vector{RedFlag::BladderBowel});
    TodayPage& today = *window->todayPage();
    REQUIRE(child<QWidget>(today, "safetyBanner")->isVisibleTo(&today));
    CHECK(child<QLabel>(today, "safetyText")->text().contains(QStringLiteral("Get medical help now")));
    CHECK_FALSE(child<QPushButton>(today, "plan-desk-neck-shoulders")->isEnabledTo(&today));
    CHECK_FALSE(window->openPlan(QStringLiteral("desk-neck-shoulders")));

    QTest::mouseClick(child<QPushButton>(today, "assessedButton"), Qt::LeftButton);
    CHECK_FALSE(child<QWidget>(today, "safetyBanner")->isVisibleTo(&today));
    CHECK(child<QPushButton>(today, "plan-desk-neck-shoulders")->isEnabledTo(&today));
    CHECK(window->openPlan(QStringLiteral("desk-neck-shoulders")));
}

TEST_CASE_METHOD(AppFixture, "answering none of the signs records the screen and leaves exercise open")
{
    const auto window = makeWindow();
    window->show();
    window->screenForRedFlags();
    auto* screen = window->findChild<RedFlagDialog*>();
    REQUIRE(screen != nullptr);
    QTest::mouseClick(child<QPushButton>(*screen, "noneButton"), Qt::LeftButton);
    CHECK_FALSE(window->needsFirstScreen());
    CHECK_FALSE(journal.safetyState().value().exerciseOnHold());
}

TEST_CASE_METHOD(AppFixture, "the weekly check-in is offered, saved with its PEG score, then not offered again that week")
{
    const auto window = makeWindow();
    window->show();
    TodayPage& today = *window->todayPage();
    auto* offer = child<QPushButton>(today, "checkInButton");
    REQUIRE(offer->isVisibleTo(&today));
    QTest::mouseClick(offer, Qt::LeftButton);
    auto* dialog = window->findChild<PegDialog*>();
    REQUIRE(dialog != nullptr);
    auto* save = child<QPushButton>(*dialog, "savePegButton");
    QTest::keyClick(child<ScorePicker>(*dialog, "pegPainPicker"), Qt::Key_6);
    QTest::keyClick(child<ScorePicker>(*dialog, "pegEnjoymentPicker"), Qt::Key_3);
    CHECK_FALSE(save->isEnabled()); // all three are needed
    QTest::keyClick(child<ScorePicker>(*dialog, "pegActivityPicker"), Qt::Key_3);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    const auto entries = journal.pegEntries().value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].score() == Approx(4.0));
    CHECK_FALSE(offer->isVisibleTo(&today));
}

TEST_CASE_METHOD(AppFixture, "the journal page lists entries, and a deleted entry comes back with undo")
{
    for (int score : {3, 5, 4}) {
        PainEntry entry;
        entry.when = localMoment(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        entry.score = score;
        REQUIRE(journal.addPainEntry(entry).ok());
    }
    const auto window = makeWindow();
    window->show();
    // The page is built when first shown, and reads the journal then.
    CHECK(window->findChild<JournalPage*>() == nullptr);
    REQUIRE(window->showPage(QStringLiteral("journal")));
    REQUIRE(window->findChild<JournalPage*>() == window->journalPage());
    JournalPage& page = *window->journalPage();
    CHECK(page.isVisible());
    auto* painTable = child<QTableView>(page, "painTable");
    QAbstractItemModelTester tester(painTable->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(painTable->model()->rowCount() == 3);
    CHECK(child<QTableWidget>(page, "weeksTable")->rowCount() == 12);
    CHECK_FALSE(child<QLabel>(page, "journalEmptyLabel")->isVisibleTo(&page));
    CHECK(child<QLabel>(page, "changeLabel")->text().contains(QStringLiteral("Keep logging")));

    painTable->setCurrentIndex(painTable->model()->index(0, 0));
    QTest::keyClick(&page, Qt::Key_Delete);
    CHECK(journal.painEntries().value().size() == 2);
    CHECK(painTable->model()->rowCount() == 2);
    auto* undo = child<QPushButton>(page, "undoDeleteButton");
    REQUIRE(undo->isVisibleTo(&page));
    QTest::mouseClick(undo, Qt::LeftButton);
    const auto entries = journal.painEntries().value();
    REQUIRE(entries.size() == 3);
    CHECK(painTable->model()->rowCount() == 3);
    CHECK_FALSE(undo->isVisibleTo(&page));
}

TEST_CASE_METHOD(AppFixture, "an empty journal page says what to do instead of showing blank tables")
{
    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    CHECK(child<QLabel>(page, "journalEmptyLabel")->isVisibleTo(&page));
    CHECK_FALSE(child<QLabel>(page, "changeLabel")->isVisibleTo(&page));
}

TEST_CASE_METHOD(AppFixture, "the pain chart shows the core report's daily means and 7-day means for the chosen range")
{
    const LocalDate today = localMoment(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())).date;
    for (int day = 0; day < 60; ++day) {
        PainEntry entry;
        entry.when.date = addDays(today, -day);
        entry.when.instant = std::chrono::sys_days{entry.when.date} + std::chrono::hours{9};
        entry.score = day % 7 + 1;
        REQUIRE(journal.addPainEntry(entry).ok());
    }
    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    const auto pain = journal.painEntries().value();

    const auto expectTrendFrom = [&](LocalDate from) {
        const auto report = weeklyReport(pain, {}, from, today, today);
        const auto shown = page.trendSeries();
        REQUIRE(shown.size() == report.trend.size());
        for (std::size_t i = 0; i < shown.size(); ++i) {
            CHECK(shown[i].first == report.trend[i].date);
            CHECK(shown[i].second == Approx(report.trend[i].mean7d));
        }
    };
    CHECK(page.dailySeries().size() == 28);
    expectTrendFrom(addDays(today, -27));

    auto* range = child<QComboBox>(page, "rangeCombo");
    range->setCurrentIndex(range->findData(0)); // everything
    CHECK(page.dailySeries().size() == 60);
    expectTrendFrom(addDays(today, -59));
}

TEST_CASE_METHOD(AppFixture, "the journal page exports CSV, JSON and FHIR files that only their owner can read")
{
    PainEntry entry;
    entry.when = localMoment(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    entry.score = 5;
    entry.note = "after gardening, \"stiff\"";
    REQUIRE(journal.addPainEntry(entry).ok());
    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    const auto folder = home.path() / "csv";
    std::filesystem::create_directories(folder);
    page.chooseExportPath = [&](JournalPage::ExportKind kind) {
        switch (kind) {
        case JournalPage::ExportKind::Csv:
            return QString::fromStdString(folder.string());
        case JournalPage::ExportKind::Json:
            return QString::fromStdString((home.path() / "journal.json").string());
        case JournalPage::ExportKind::Fhir:
            break;
        }
        return QString::fromStdString((home.path() / "fhir.json").string());
    };
    for (int kind = 0; kind < 3; ++kind)
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("export%1Button").arg(kind).toLatin1().constData()), Qt::LeftButton);

    for (const auto& file : {folder / "pain.csv", folder / "sessions.csv", folder / "results.csv", home.path() / "journal.json",
                             home.path() / "fhir.json"}) {
        INFO(file);
        REQUIRE(std::filesystem::exists(file));
        CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::group_all) == std::filesystem::perms::none);
        CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::others_all) == std::filesystem::perms::none);
    }
    CHECK(limber::test::readFile(folder / "pain.csv").find("\"after gardening, \"\"stiff\"\"\"") != std::string::npos);
    CHECK(limber::test::readFile(home.path() / "fhir.json").find("72514-3") != std::string::npos);
    CHECK(child<QLabel>(page, "exportedLabel")->text().startsWith(QStringLiteral("Saved to ")));
}

TEST_CASE_METHOD(AppFixture, "the report for the physio is a private PDF with the pain, the weeks, the sessions and the notes")
{
    const LocalDate today = localMoment(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())).date;
    for (int day = 0; day < 20; ++day) {
        PainEntry entry;
        entry.when.date = addDays(today, -day);
        entry.when.instant = std::chrono::sys_days{entry.when.date} + std::chrono::hours{9};
        entry.score = 4 + day % 3;
        if (day == 3)
            entry.note = "Stiff after the long drive";
        if (day == 5)
            entry.redFlags = {RedFlag::NightPain};
        REQUIRE(journal.addPainEntry(entry).ok());
    }
    const auto session = journal.startSession("desk-seated-back-reset", "Seated back reset", localMoment(std::chrono::sys_days{today} + std::chrono::hours{10}), 5);
    REQUIRE(journal.checkpoint(session.value(), {0, "seated-cat-cow", 1, 6, 36, false, true}).ok());
    REQUIRE(journal.finishSession(session.value(), SessionStatus::Completed, std::chrono::sys_days{today} + std::chrono::hours{11}, 3).ok());

    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    auto* sessionsTable = child<QTableWidget>(page, "sessionsTable");
    REQUIRE(sessionsTable->rowCount() == 1);
    CHECK(sessionsTable->item(0, 1)->text() == QStringLiteral("Seated back reset"));
    CHECK(sessionsTable->item(0, 4)->text() == QStringLiteral("5 → 3"));
    CHECK(sessionsTable->item(0, 5)->text() == QStringLiteral("1 of 1 done, 1 hurt"));
    const auto pdf = home.path() / "report.pdf";
    page.chooseReportPath = [&] { return QString::fromStdString(pdf.string()); };
    REQUIRE(child<QPushButton>(page, "reportButton")->menu() != nullptr);
    page.findChild<QAction*>(QStringLiteral("report28"))->trigger();

    REQUIRE(std::filesystem::exists(pdf));
    CHECK(limber::test::readFile(pdf).starts_with("%PDF-"));
    CHECK((std::filesystem::status(pdf).permissions() & std::filesystem::perms::others_all) == std::filesystem::perms::none);
    const auto info = limber::test::runProcess("/usr/bin/pdfinfo", {pdf.string()});
    REQUIRE(info.exitCode == 0);
    CHECK(info.out.find("Pages:") != std::string::npos);
    CHECK(info.out.find("Pages:           0") == std::string::npos);
    const auto text = limber::test::runProcess("/usr/bin/pdftotext", {"-layout", pdf.string(), "-"});
    REQUIRE(text.exitCode == 0);
    for (const char* expected : {"Back exercise and pain report", "Week by week", "Seated back reset", "seated-cat-cow (hurt)",
                                 "after the long drive", "Warning signs reported", "worse at night"}) {
        INFO(expected);
        CHECK(text.out.find(expected) != std::string::npos);
    }
}

TEST_CASE_METHOD(AppFixture, "double-clicking an entry opens it filled in, and the change is saved in place")
{
    PainEntry original;
    original.when = localMoment(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    original.score = 6;
    original.area = PainArea::Neck;
    original.note = "typo in the note";
    original.redFlags = {RedFlag::Dizziness};
    original.id = journal.addPainEntry(original).value();

    const auto window = makeWindow();
    window->show();
    // The page is built when first shown, and reads the journal then.
    CHECK(window->findChild<JournalPage*>() == nullptr);
    REQUIRE(window->showPage(QStringLiteral("journal")));
    REQUIRE(window->findChild<JournalPage*>() == window->journalPage());
    JournalPage& page = *window->journalPage();
    CHECK(page.isVisible());
    auto* painTable = child<QTableView>(page, "painTable");
    const QModelIndex first = painTable->model()->index(0, 0);
    Q_EMIT painTable->doubleClicked(first);
    auto* dialog = page.findChild<PainLogDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(child<ScorePicker>(*dialog, "painScorePicker")->score() == 6);
    CHECK(child<BodyMap>(*dialog, "bodyMap")->area() == PainArea::Neck);
    auto* note = child<QLineEdit>(*dialog, "painNoteEdit");
    CHECK(note->text() == QStringLiteral("typo in the note"));
    note->setText(QStringLiteral("fixed note"));
    QTest::keyClick(child<ScorePicker>(*dialog, "painScorePicker"), Qt::Key_5);
    dialog->accept();

    const auto entries = journal.painEntries().value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].id == original.id);
    CHECK(entries[0].score == 5);
    CHECK(entries[0].note == "fixed note");
    CHECK(entries[0].when == original.when);
    CHECK(entries[0].redFlags == original.redFlags);
    CHECK(painTable->model()->index(0, PainEntryModel::NoteColumn).data().toString() == QStringLiteral("fixed note"));
}
