// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_fixture.h"
#include "support/process.h"

#include "app/journal_page.h"
#include "app/main_window.h"
#include "core/journal/reports.h"

#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QTest>
#include <QToolTip>

using namespace limber;
using namespace limber::app;
using limber::test::AppFixture;
using limber::test::child;

namespace {

using Kind = JournalPage::ChartKind;

LocalDate today()
{
    return localMoment(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())).date;
}

Moment nineOn(LocalDate day)
{
    return Moment{std::chrono::sys_days{day} + std::chrono::hours{9}, day, 0};
}

std::int64_t ms(LocalDate day)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::sys_days{day}.time_since_epoch()).count();
}

// Ten weeks of a person following a Mon–Wed–Fri plan most weeks, with daily pain and a weekly PEG.
void fillJournal(Journal& journal)
{
    const LocalDate first = addDays(weekStart(today()), -63);
    PlanEnrollment plan;
    plan.planId = "core-strength-progression";
    plan.planTitle = "Core strength progression";
    plan.planJson = "{}";
    plan.start = first;
    plan.days = {Weekday::Mon, Weekday::Wed, Weekday::Fri};
    plan.weeks = 12;
    plan.began = nineOn(first);
    REQUIRE(journal.startPlan(plan).ok());
    for (int day = 0; daysBetween(addDays(first, day), today()) >= 0; ++day) {
        const LocalDate date = addDays(first, day);
        PainEntry entry;
        entry.when = nineOn(date);
        entry.score = 7 - day / 12;
        REQUIRE(journal.addPainEntry(entry).ok());
        if (day % 7 == 6)
            REQUIRE(journal.addPegEntry({0, nineOn(date), 6 - day / 14, 5, 4}).ok());
        if (day % 7 == 0 || (day % 7 == 2 && day % 3 != 0) || day % 7 == 4) {
            const auto session = journal.startSession(plan.planId, plan.planTitle, nineOn(date), 5);
            REQUIRE(journal.checkpoint(session.value(), {0, "bird-dog", 2, 8, 60 + day, false, false}).ok());
            const auto status = day % 5 == 0 ? SessionStatus::Stopped : SessionStatus::Completed;
            REQUIRE(journal.finishSession(session.value(), status, nineOn(date).instant + std::chrono::minutes{20}, 4).ok());
        }
    }
}

const ChartSeries& series(const ChartData& data, int index)
{
    REQUIRE(data.series.size() > static_cast<std::size_t>(index));
    return data.series[static_cast<std::size_t>(index)];
}

} // namespace

TEST_CASE_METHOD(AppFixture, "the activity, adherence and PEG charts show the core report's weeks for the chosen range")
{
    fillJournal(journal);
    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    auto* range = child<QComboBox>(page, "rangeCombo");

    for (int days : {28, 91}) {
        INFO(days);
        range->setCurrentIndex(range->findData(days));
        const LocalDate from = addDays(today(), -(days - 1));
        const JournalReport report = weeklyReport(journal.painEntries().value(), journal.sessions().value(), from, today(),
                                                  today(), journal.planEnrollments().value());
        const ChartData& activity = page.chartData(Kind::Activity);
        const ChartData& adherence = page.chartData(Kind::Adherence);
        REQUIRE(series(activity, 0).points.size() == report.weeks.size());
        std::size_t planWeeks = 0;
        for (std::size_t i = 0; i < report.weeks.size(); ++i) {
            const WeekSummary& week = report.weeks[i];
            CHECK(series(activity, 0).points[i] == std::pair{ms(week.start), double(week.sessions)});
            CHECK(series(activity, 1).points[i].second == Approx(week.activeSeconds / 60.0).margin(0.06));
            if (!week.adherence)
                continue;
            REQUIRE(series(adherence, 0).points.size() > planWeeks);
            CHECK(series(adherence, 0).points[planWeeks].second == week.adherence->scheduled);
            CHECK(series(adherence, 1).points[planWeeks].second == week.adherence->done);
            CHECK(series(adherence, 2).points[planWeeks].second == week.adherence->partial);
            CHECK(series(adherence, 3).points[planWeeks].second == week.adherence->missed);
            ++planWeeks;
        }
        CHECK(planWeeks >= 4);
        CHECK(series(adherence, 0).points.size() == planWeeks);

        std::size_t pegShown = 0;
        const auto peg = journal.pegEntries();
        for (const PegEntry& entry : peg.value()) {
            if (entry.when.date < from)
                continue;
            REQUIRE(series(page.chartData(Kind::Peg), 0).points.size() > pegShown);
            CHECK(series(page.chartData(Kind::Peg), 0).points[pegShown].second == Approx(entry.score()).margin(0.05));
            ++pegShown;
        }
        CHECK(series(page.chartData(Kind::Peg), 0).points.size() == pegShown);
    }
    for (const char* hint : {"activityEmptyLabel", "adherenceEmptyLabel", "pegEmptyLabel"})
        CHECK_FALSE(child<QLabel>(page, hint)->isVisibleTo(&page));
}

TEST_CASE_METHOD(AppFixture, "charts with nothing to show give way to words that say how to fill them")
{
    PainEntry entry;
    entry.when = nineOn(today());
    entry.score = 3;
    REQUIRE(journal.addPainEntry(entry).ok());
    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    CHECK(child<QWidget>(page, "painChartHolder")->isVisibleTo(&page));
    for (const char* holder : {"activityChartHolder", "adherenceChartHolder", "pegChartHolder"})
        CHECK_FALSE(child<QWidget>(page, holder)->isVisibleTo(&page));
    CHECK(child<QLabel>(page, "adherenceEmptyLabel")->text().contains(QStringLiteral("Follow a plan")));
    CHECK(child<QLabel>(page, "pegEmptyLabel")->isVisibleTo(&page));
    CHECK(child<QLabel>(page, "activityEmptyLabel")->isVisibleTo(&page));
}

TEST_CASE_METHOD(AppFixture, "hovering a point of a chart shows its date and value")
{
    fillJournal(journal);
    const auto window = makeWindow();
    window->resize(1180, 900);
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    auto* view = qobject_cast<QChartView*>(page.chartWidget(Kind::Activity));
    REQUIRE(view != nullptr);
    view->resize(900, 300);
    QCoreApplication::processEvents();
    auto* sessions = qobject_cast<QLineSeries*>(view->chart()->series().at(0));
    REQUIRE(sessions != nullptr);
    const ChartSeries& shown = series(page.chartData(Kind::Activity), 0);
    const auto& [x, value] = shown.points.at(2);
    const QPointF at = view->chart()->mapToPosition(QPointF(static_cast<qreal>(x), value), sessions);
    QTest::mouseMove(view->viewport(), view->mapFromScene(at));
    QCoreApplication::processEvents();
    const QString expected = hoverText(shown, static_cast<double>(x));
    CHECK(expected.startsWith(QStringLiteral("Sessions — ")));
    CHECK(expected.endsWith(QStringLiteral(": %1").arg(value)));
    CHECK(QToolTip::text() == expected);
}

TEST_CASE_METHOD(AppFixture, "the physio report for the plan's period tells the plan, how much of it was done and the safety answers")
{
    fillJournal(journal);
    REQUIRE(journal.recordSafetyCheck(SafetyCheckKind::Screen, nineOn(addDays(today(), -3)), {RedFlag::Fever}).ok());
    REQUIRE(journal.recordSafetyCheck(SafetyCheckKind::Assessed, nineOn(addDays(today(), -1)), {}).ok());
    const auto window = makeWindow();
    window->show();
    REQUIRE(window->showPage(QStringLiteral("journal")));
    JournalPage& page = *window->journalPage();
    const auto pdf = home.path() / "plan-report.pdf";
    page.chooseReportPath = [&] { return QString::fromStdString(pdf.string()); };
    page.findChild<QAction*>(QStringLiteral("reportPlan"))->trigger();
    REQUIRE(std::filesystem::exists(pdf));

    const auto plans = journal.planEnrollments().value();
    const Adherence counted = tally(planDays(plans.at(0), journal.sessions().value(), plans[0].start, today(), today()));
    const auto text = limber::test::runProcess("/usr/bin/pdftotext", {pdf.string(), "-"});
    REQUIRE(text.exitCode == 0);
    const std::string expected = "In this period: " + std::to_string(counted.scheduled - counted.upcoming) +
                                 " sessions scheduled, " + std::to_string(counted.done) + " done, " +
                                 std::to_string(counted.partial) + " partly done, " + std::to_string(counted.missed) + " missed";
    for (const std::string& words : {std::string{"Plan and adherence"}, std::string{"Core strength progression"}, expected,
                                     std::string{"answered yes to: "}, std::string{"had assessed them"}}) {
        INFO(words);
        CHECK(text.out.find(words) != std::string::npos);
    }
    const auto info = limber::test::runProcess("/usr/bin/pdfinfo", {pdf.string()});
    UNSCOPED_INFO(info.out);
    CHECK(info.out.find("Pages:           3") != std::string::npos); // ten weeks: the plan, the weeks, the sessions
}
