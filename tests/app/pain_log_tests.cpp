// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_fixture.h"

#include "app/pain_log_dialog.h"
#include "app/score_picker.h"
#include "app/today_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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
    auto* area = child<QComboBox>(*dialog, "painAreaCombo");
    area->setCurrentIndex(area->findData(static_cast<int>(PainArea::LowerBack)));
    auto* side = child<QComboBox>(*dialog, "painSideCombo");
    side->setCurrentIndex(side->findData(static_cast<int>(BodySide::Left)));
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
