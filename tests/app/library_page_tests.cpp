// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_test_support.h"

#include "app/exercise_filter_model.h"
#include "app/exercise_list_model.h"
#include "app/library_page.h"
#include "app/main_window.h"
#include "core/catalog/catalog_loader.h"
#include "support/manual_clock.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace limber;
using namespace limber::app;
using limber::test::child;

namespace {

std::shared_ptr<const Catalog> builtinCatalog()
{
    static const auto catalog = std::make_shared<const Catalog>(*loadBuiltinCatalog().value);
    return catalog;
}

int shownRows(QWidget& page)
{
    return child<QListView>(page, "exerciseList")->model()->rowCount();
}

void selectComboData(QComboBox* combo, int data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the exercise models pass Qt's model consistency checks")
{
    limber::test::application();
    ExerciseListModel exercises;
    ExerciseFilterModel filter;
    QAbstractItemModelTester sourceTester(&exercises, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setExerciseModel(&exercises);
    exercises.setCatalog(builtinCatalog());
    CHECK(exercises.rowCount() == static_cast<int>(builtinCatalog()->size()));
    ExerciseQuery query;
    query.category = Category::Aerobic;
    filter.setQuery(query);
    CHECK(filter.rowCount() >= 8);
    CHECK(exercises.rowOf(QStringLiteral("cat-cow")) >= 0);
    CHECK(exercises.rowOf(QStringLiteral("no-such-exercise")) == -1);
}

TEST_CASE("the library lists the whole catalog and shows the first exercise")
{
    limber::test::application();
    LibraryPage page;
    page.setCatalog(builtinCatalog());
    CHECK(shownRows(page) == static_cast<int>(builtinCatalog()->size()));
    REQUIRE(page.selectedExercise() != nullptr);
    CHECK(child<QLabel>(page, "exerciseNameLabel")->text().toStdString() == page.selectedExercise()->name);
    CHECK(child<QLabel>(page, "resultCountLabel")->text().contains(QString::number(builtinCatalog()->size())));
}

TEST_CASE("typing in the search box filters the list as you type")
{
    limber::test::application();
    LibraryPage page;
    page.setCatalog(builtinCatalog());
    auto* search = child<QLineEdit>(page, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("cat-cow"));
    REQUIRE(shownRows(page) >= 1);
    const auto* model = child<QListView>(page, "exerciseList")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data(ExerciseListModel::IdRole).toString().contains(QStringLiteral("cat-cow")));
    CHECK(child<QLabel>(page, "resultCountLabel")->text().startsWith(QString::number(model->rowCount()) + QStringLiteral(" of ")));

    QTest::keyClicks(search, QStringLiteral(" zebra"));
    CHECK(shownRows(page) == 0);
    CHECK(child<QLabel>(page, "noMatchesLabel")->isVisibleTo(&page));
    CHECK(page.selectedExercise() == nullptr);
    CHECK(child<QLabel>(page, "emptyDetailLabel")->isVisibleTo(&page));
}

TEST_CASE("category, body area, equipment and desk filters combine")
{
    limber::test::application();
    LibraryPage page;
    page.setCatalog(builtinCatalog());
    selectComboData(child<QComboBox>(page, "categoryCombo"), static_cast<int>(Category::Stretch));
    selectComboData(child<QComboBox>(page, "areaCombo"), static_cast<int>(BodyArea::Neck));
    child<QCheckBox>(page, "deskCheck")->setChecked(true);
    const int rows = shownRows(page);
    REQUIRE(rows > 0);

    const auto* model = child<QListView>(page, "exerciseList")->model();
    for (int row = 0; row < rows; ++row) {
        const Exercise* exercise = builtinCatalog()->find(model->index(row, 0).data(ExerciseListModel::IdRole).toString().toStdString());
        REQUIRE(exercise != nullptr);
        CHECK(exercise->category == Category::Stretch);
        CHECK(std::find(exercise->areas.begin(), exercise->areas.end(), BodyArea::Neck) != exercise->areas.end());
        CHECK(exercise->deskFriendly);
    }
    ExerciseQuery same;
    same.category = Category::Stretch;
    same.area = BodyArea::Neck;
    same.deskFriendlyOnly = true;
    CHECK(rows == static_cast<int>(findExercises(*builtinCatalog(), same).size()));

    selectComboData(child<QComboBox>(page, "equipmentCombo"), static_cast<int>(Equipment::FoamRoller));
    CHECK(shownRows(page) == 0);
    QTest::mouseClick(child<QWidget>(page, "clearFiltersButton"), Qt::LeftButton);
    CHECK(shownRows(page) == static_cast<int>(builtinCatalog()->size()));
}

TEST_CASE("selecting an exercise shows its steps, dose, cautions and sources")
{
    limber::test::application();
    LibraryPage page;
    page.setCatalog(builtinCatalog());
    auto* list = child<QListView>(page, "exerciseList");
    const Exercise& catCow = *builtinCatalog()->find("cat-cow");
    const int row = [&] {
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            if (list->model()->index(r, 0).data(ExerciseListModel::IdRole).toString() == QStringLiteral("cat-cow"))
                return r;
        }
        return -1;
    }();
    REQUIRE(row >= 0);
    list->setCurrentIndex(list->model()->index(row, 0));

    CHECK(child<QLabel>(page, "exerciseNameLabel")->text().toStdString() == catCow.name);
    CHECK(child<QLabel>(page, "doseLabel")->text().contains(QStringLiteral("5 reps")));
    const QString body = child<QTextBrowser>(page, "exerciseBody")->toPlainText();
    for (const std::string& step : catCow.steps)
        CHECK(body.contains(QString::fromStdString(step)));
    for (const std::string& caution : catCow.cautions)
        CHECK(body.contains(QString::fromStdString(caution)));
    CHECK(body.contains(QString::fromStdString(builtinCatalog()->reference(catCow.sources.front())->title)));
    CHECK(body.contains(QString::fromStdString(builtinCatalog()->find(catCow.regression)->name)));
}

TEST_CASE("following an easier-exercise link selects it, clearing filters that hide it")
{
    limber::test::application();
    LibraryPage page;
    page.setCatalog(builtinCatalog());
    selectComboData(child<QComboBox>(page, "categoryCombo"), static_cast<int>(Category::Aerobic));
    REQUIRE(page.selectExercise(QStringLiteral("cat-cow")));
    REQUIRE(page.selectedExercise() != nullptr);
    CHECK(page.selectedExercise()->id == "cat-cow");
    CHECK(child<QComboBox>(page, "categoryCombo")->currentIndex() == 0);
    CHECK_FALSE(page.selectExercise(QStringLiteral("no-such-exercise")));
}

TEST_CASE("the main window builds the library page when it is first shown, with the catalog it was given")
{
    limber::test::application();
    limber::test::ManualClock clock;
    MainWindow window(clock);
    window.setCatalog(builtinCatalog());
    CHECK(window.findChild<LibraryPage*>() == nullptr);
    CHECK(window.showPage(QStringLiteral("library")));
    CHECK_FALSE(window.showPage(QStringLiteral("nowhere")));
    auto* page = window.findChild<LibraryPage*>();
    REQUIRE(page != nullptr);
    CHECK(window.findChild<QStackedWidget*>()->currentWidget() == page);
    CHECK(page->selectedExercise() != nullptr);
    // Going away and back shows the same page, with the person's choice kept.
    REQUIRE(page->selectExercise(QStringLiteral("cat-cow")));
    CHECK(window.showPage(QStringLiteral("today")));
    CHECK(window.showPage(QStringLiteral("library")));
    CHECK(window.libraryPage() == page);
    CHECK(page->selectedExercise()->id == "cat-cow");
    CHECK(window.findChildren<LibraryPage*>().size() == 1);
}
