// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/today_page.h"

#include "app/labels.h"

#include "app/qt_dates.h"
#include "app/scrolling_page.h"
#include "core/session/timeline.h"

#include <QDate>

#include <algorithm>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber::app {
namespace {

QString minutesText(Duration length)
{
    const auto minutes = std::chrono::round<std::chrono::minutes>(length).count();
    return TodayPage::tr("%1 min").arg(std::max<std::int64_t>(minutes, 1));
}

void clearLayout(QLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

TodayPage::TodayPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("todayPage"));
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(36, 28, 36, 28);
    layout->setSpacing(12);

    m_heading = new QLabel(tr("Today"), content);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    auto* logPain = new QPushButton(tr("Log pain  (Ctrl+L)"), content);
    logPain->setObjectName(QStringLiteral("logPainButton"));
    logPain->setProperty("role", QStringLiteral("primary"));
    auto* checkIn = new QPushButton(tr("Weekly check-in"), content);
    checkIn->setObjectName(QStringLiteral("checkInButton"));
    checkIn->setToolTip(tr("Three questions about your week: once a week shows how pain affects your life"));
    m_checkIn = checkIn;
    connect(checkIn, &QPushButton::clicked, this, &TodayPage::checkInRequested);
    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    header->addWidget(checkIn);
    header->addWidget(logPain);
    connect(logPain, &QPushButton::clicked, this, &TodayPage::logPainRequested);

    m_resumeBanner = new QWidget(content);
    m_resumeBanner->setObjectName(QStringLiteral("resumeBanner"));
    m_resumeBanner->setAttribute(Qt::WA_StyledBackground);
    auto* banner = new QHBoxLayout(m_resumeBanner);
    banner->setContentsMargins(16, 12, 16, 12);
    m_resumeText = new QLabel(m_resumeBanner);
    m_resumeText->setObjectName(QStringLiteral("resumeText"));
    m_resumeText->setWordWrap(true);
    auto* carryOn = new QPushButton(tr("Carry on"), m_resumeBanner);
    carryOn->setObjectName(QStringLiteral("resumeButton"));
    carryOn->setProperty("role", QStringLiteral("primary"));
    auto* discard = new QPushButton(tr("Close it"), m_resumeBanner);
    discard->setObjectName(QStringLiteral("discardButton"));
    banner->addWidget(m_resumeText, 1);
    banner->addWidget(discard);
    banner->addWidget(carryOn);
    m_resumeBanner->hide();

    m_safetyBanner = new QWidget(content);
    m_safetyBanner->setObjectName(QStringLiteral("safetyBanner"));
    m_safetyBanner->setAttribute(Qt::WA_StyledBackground);
    auto* safety = new QVBoxLayout(m_safetyBanner);
    safety->setContentsMargins(18, 14, 18, 14);
    m_safetyText = new QLabel(m_safetyBanner);
    m_safetyText->setObjectName(QStringLiteral("safetyText"));
    m_safetyText->setWordWrap(true);
    m_safetyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* assessed = new QPushButton(tr("I have been assessed by a health professional"), m_safetyBanner);
    assessed->setObjectName(QStringLiteral("assessedButton"));
    safety->addWidget(m_safetyText);
    safety->addWidget(assessed, 0, Qt::AlignRight);
    m_safetyBanner->hide();
    connect(assessed, &QPushButton::clicked, this, &TodayPage::assessedConfirmed);

    auto* stats = new QHBoxLayout;
    stats->setSpacing(12);
    m_streak = new QLabel(content);
    m_streak->setObjectName(QStringLiteral("streakLabel"));
    m_lastPain = new QLabel(content);
    m_lastPain->setObjectName(QStringLiteral("lastPainLabel"));
    for (QLabel* stat : {m_streak, m_lastPain}) {
        stat->setProperty("role", QStringLiteral("stat"));
        stat->setTextFormat(Qt::RichText);
        stats->addWidget(stat, 1);
    }

    m_planCard = new QWidget(content);
    m_planCard->setObjectName(QStringLiteral("planCard"));
    m_planCard->setAttribute(Qt::WA_StyledBackground);
    auto* card = new QHBoxLayout(m_planCard);
    card->setContentsMargins(18, 14, 18, 14);
    auto* cardText = new QVBoxLayout;
    m_planTitle = new QLabel(m_planCard);
    m_planTitle->setObjectName(QStringLiteral("planTitleLabel"));
    m_planTitle->setProperty("role", QStringLiteral("question"));
    m_planWeek = new QLabel(m_planCard);
    m_planWeek->setObjectName(QStringLiteral("planWeekLabel"));
    m_planWeek->setTextFormat(Qt::RichText);
    m_planWeek->setWordWrap(true);
    cardText->addWidget(m_planTitle);
    cardText->addWidget(m_planWeek);
    m_planStart = new QPushButton(tr("Start today's session"), m_planCard);
    m_planStart->setObjectName(QStringLiteral("planStartButton"));
    m_planStart->setProperty("role", QStringLiteral("primary"));
    m_planReview = new QPushButton(m_planCard);
    m_planReview->setObjectName(QStringLiteral("planReviewButton"));
    m_planReview->hide();
    connect(m_planReview, &QPushButton::clicked, this, &TodayPage::reviewRequested);
    card->addLayout(cardText, 1);
    card->addWidget(m_planReview, 0, Qt::AlignVCenter);
    card->addWidget(m_planStart, 0, Qt::AlignVCenter);
    m_planCard->hide();
    connect(m_planStart, &QPushButton::clicked, this, [this] { Q_EMIT planChosen(m_planId); });

    m_routines = new QGridLayout;
    m_routines->setSpacing(12);
    m_plans = new QVBoxLayout;
    m_plans->setSpacing(8);

    layout->addLayout(header);
    layout->addWidget(m_resumeBanner);
    layout->addLayout(stats);
    layout->addWidget(m_safetyBanner);
    m_exercise = new QWidget(content);
    auto* exercise = new QVBoxLayout(m_exercise);
    exercise->setContentsMargins(0, 0, 0, 0);
    exercise->setSpacing(12);
    exercise->addWidget(m_planCard);
    exercise->addSpacing(8);
    exercise->addWidget(sectionLabel(tr("A break at your desk"), m_exercise));
    exercise->addLayout(m_routines);
    exercise->addSpacing(8);
    exercise->addWidget(sectionLabel(tr("Longer plans"), m_exercise));
    exercise->addLayout(m_plans);
    layout->addWidget(m_exercise);
    layout->addStretch(1);

    setScrollingContent(*this, content);

    connect(carryOn, &QPushButton::clicked, this, &TodayPage::resumeChosen);
    connect(discard, &QPushButton::clicked, this, &TodayPage::discardChosen);
}

void TodayPage::setPlans(const std::vector<Plan>& plans)
{
    clearLayout(m_routines);
    clearLayout(m_plans);
    // Shortest break first: that is the one a busy person reaches for.
    std::vector<const Plan*> ordered;
    for (const Plan& plan : plans)
        ordered.push_back(&plan);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Plan* a, const Plan* b) {
        return a->isRoutine() && b->isRoutine() && buildTimeline(*a).total < buildTimeline(*b).total;
    });
    int routine = 0;
    for (const Plan* entry : ordered) {
        const Plan& plan = *entry;
        const QString id = QString::fromStdString(plan.id);
        const QString length = minutesText(buildTimeline(plan).total);
        auto* button = new QPushButton;
        button->setObjectName(QStringLiteral("plan-") + id);
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleName(QString::fromStdString(plan.title));
        connect(button, &QPushButton::clicked, this, [this, id] { Q_EMIT planChosen(id); });
        if (plan.isRoutine()) {
            button->setProperty("role", QStringLiteral("routine"));
            button->setText(QStringLiteral("%1\n%2").arg(QString::fromStdString(plan.title), length));
            button->setMinimumHeight(84);
            m_routines->addWidget(button, routine / 2, routine % 2);
            ++routine;
        } else {
            button->setProperty("role", QStringLiteral("plan"));
            button->setText(tr("%1  ·  %2 weeks  ·  %3 a session")
                                .arg(QString::fromStdString(plan.title))
                                .arg(plan.schedule->weeks)
                                .arg(length));
            button->setMinimumHeight(44);
            m_plans->addWidget(button);
        }
    }
}

void TodayPage::setUnfinished(const std::optional<SessionRecord>& session)
{
    m_resumeBanner->setVisible(session.has_value());
    if (!session)
        return;
    const QString done = session->results.size() == 1 ? tr("after 1 exercise")
                                                       : tr("after %1 exercises").arg(session->results.size());
    m_resumeText->setText(tr("You stopped “%1” part-way on %2, %3. Carry on where you left off?")
                              .arg(QString::fromStdString(session->planTitle),
                                   QLocale().toString(toQDate(session->started.date), QLocale::LongFormat), done));
}

void TodayPage::setCheckInDue(bool due)
{
    m_checkIn->setVisible(due);
}

void TodayPage::setActivePlan(const std::optional<PlanEnrollment>& plan, const PlanStanding& standing, LocalDate today)
{
    m_planCard->setVisible(plan.has_value());
    if (!plan)
        return;
    m_planId = QString::fromStdString(plan->planId);
    m_planTitle->setText(QString::fromStdString(plan->planTitle));
    if (standing.week == 0) {
        m_planWeek->setText(tr("Your plan starts on %1.").arg(QLocale().toString(toQDate(plan->start), QStringLiteral("dddd d MMMM"))));
        m_planStart->setText(tr("Try a session now"));
        return;
    }
    if (standing.week > plan->weeks) {
        m_planWeek->setText(tr("Its %n week(s) are over: well done. Ask your physio what comes next, or follow it again "
                               "from the Plans page.",
                               nullptr, plan->weeks));
        m_planStart->setText(tr("Play it again"));
        return;
    }
    // A day of the week reads as a mark: done, partly done, missed, today, or still to come.
    QStringList days;
    for (const PlanDay& day : standing.thisWeek) {
        const QString name = QLocale().dayName(toQDate(day.date).dayOfWeek(), QLocale::ShortFormat);
        switch (day.status) {
        case PlanDayStatus::Done:
            days << tr("%1 ✓").arg(name);
            break;
        case PlanDayStatus::Partial:
            days << tr("%1 ◐").arg(name);
            break;
        case PlanDayStatus::Missed:
            days << tr("<span style='color:gray'>%1 missed</span>").arg(name);
            break;
        case PlanDayStatus::Due:
            days << tr("<b>%1 today</b>").arg(name);
            break;
        case PlanDayStatus::Upcoming:
            days << name;
            break;
        }
    }
    const Adherence week = tally(standing.thisWeek);
    m_planWeek->setText(tr("Week %1 of %2 · %3 of %n session(s) done this week<br>%4", nullptr, week.scheduled)
                            .arg(standing.week)
                            .arg(plan->weeks)
                            .arg(week.done)
                            .arg(days.join(QStringLiteral(" · "))));
    const bool doneToday = std::any_of(standing.thisWeek.begin(), standing.thisWeek.end(), [&](const PlanDay& day) {
        return day.date == today && day.status == PlanDayStatus::Done;
    });
    m_planStart->setText(standing.dueToday ? tr("Start today's session")
                         : doneToday       ? tr("Done today: play again")
                                           : tr("Play a session anyway"));
}

void TodayPage::setSuggestedChanges(int count)
{
    m_planReview->setVisible(count > 0);
    m_planReview->setText(count == 1 ? tr("1 suggested change…") : tr("%1 suggested changes…").arg(count));
}

void TodayPage::setSafety(const SafetyState& state)
{
    const bool onHold = state.exerciseOnHold();
    m_safetyBanner->setVisible(onHold);
    m_exercise->setEnabled(!onHold);
    m_resumeBanner->setEnabled(!onHold);
    if (onHold)
        m_safetyText->setText(safetyGuidanceText(state.openFlags));
}

void TodayPage::setProgress(int streakDays, const std::optional<PainEntry>& lastPain, LocalDate today)
{
    m_heading->setText(QLocale().toString(toQDate(today), QStringLiteral("dddd d MMMM")));
    if (streakDays == 0)
        m_streak->setText(tr("<b>No streak yet</b><br>A short break today starts one."));
    else if (streakDays == 1)
        m_streak->setText(tr("<b>1 day</b><br>with a session: keep it going"));
    else
        m_streak->setText(tr("<b>%1 days</b><br>in a row with a session").arg(streakDays));
    if (!lastPain) {
        m_lastPain->setText(tr("<b>No pain logged yet</b><br>Log how your back feels to see it change."));
        return;
    }
    m_lastPain->setText(tr("<b>Pain %1 / 10</b><br>last logged %2")
                            .arg(lastPain->score)
                            .arg(QLocale().toString(toQDate(lastPain->when.date), QLocale::ShortFormat)));
}

} // namespace limber::app
