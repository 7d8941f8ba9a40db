// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/main_window.h"

#include "app/audio_cues.h"
#include "app/break_reminders.h"
#include "app/journal_page.h"
#include "app/labels.h"
#include "app/library_page.h"
#include "app/pain_log_dialog.h"
#include "app/peg_dialog.h"
#include "app/plan_review_dialog.h"
#include "app/plans_page.h"
#include "app/player_page.h"
#include "app/red_flag_dialog.h"
#include "app/reminder_popup.h"
#include "app/session_controller.h"
#include "app/settings_dialog.h"
#include "app/today_page.h"
#include "app/tray.h"
#include "core/journal/adherence.h"
#include "core/journal/reports.h"
#include "core/plan/plan_loader.h"
#include "core/plan/plan_writer.h"
#include "core/plan/regression.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QPushButton>
#include <QSettings>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <chrono>

namespace limber::app {
namespace {

LocalDate today()
{
    return localMoment(currentInstant()).date;
}

} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Limber"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/limber.svg")));
    resize(1180, 760);

    m_controller = new SessionController(clock, this);
    m_cues = new AudioCues(*m_controller, this);
    m_reminders = new BreakReminders(clock, this);
    m_popup = new ReminderPopup(this);
    m_tray = new Tray(*m_reminders, this);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto* sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAttribute(Qt::WA_StyledBackground);
    sidebar->setFixedWidth(190);
    auto* sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 0);
    sidebarLayout->setSpacing(0);
    auto* brand = new QLabel(tr("Limber"), sidebar);
    brand->setObjectName(QStringLiteral("brandLabel"));
    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFocusPolicy(Qt::NoFocus);
    auto* settingsButton = new QPushButton(tr("Settings"), sidebar);
    settingsButton->setObjectName(QStringLiteral("settingsButton"));
    settingsButton->setProperty("role", QStringLiteral("sidebar"));
    settingsButton->setFocusPolicy(Qt::NoFocus);
    connect(settingsButton, &QPushButton::clicked, this, &MainWindow::editSettings);
    sidebarLayout->addWidget(brand);
    sidebarLayout->addWidget(m_navigation, 1);
    sidebarLayout->addWidget(settingsButton);
    sidebarLayout->addSpacing(12);

    m_pages = new QStackedWidget(central);
    m_today = new TodayPage(m_pages);
    m_libraryPlaceholder = new QWidget(m_pages);
    m_plansPage = new PlansPage(m_pages);
    m_player = new PlayerPage(*m_controller, *m_cues, m_pages);
    m_journalPlaceholder = new QWidget(m_pages);
    const QStringList names = pageNames();
    const std::pair<QWidget*, QString> pages[] = {{m_today, tr("Today")},
                                                  {m_plansPage, tr("Plans")},
                                                  {m_libraryPlaceholder, tr("Library")},
                                                  {m_player, tr("Player")},
                                                  {m_journalPlaceholder, tr("Journal")}};
    for (int row = 0; row < names.size(); ++row) {
        m_pages->addWidget(pages[row].first);
        auto* item = new QListWidgetItem(pages[row].second, m_navigation);
        item->setData(Qt::UserRole, names[row]);
    }

    layout->addWidget(sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto* logPainAction = new QAction(tr("Log pain"), this);
    logPainAction->setObjectName(QStringLiteral("logPainAction"));
    logPainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    logPainAction->setShortcutContext(Qt::ApplicationShortcut);
    addAction(logPainAction);
    connect(logPainAction, &QAction::triggered, this, &MainWindow::logPain);
    connect(m_today, &TodayPage::logPainRequested, this, &MainWindow::logPain);
    connect(m_today, &TodayPage::checkInRequested, this, &MainWindow::checkIn);
    connect(m_today, &TodayPage::reviewRequested, this, &MainWindow::reviewPlan);
    connect(m_today, &TodayPage::assessedConfirmed, this, [this] {
        if (!m_journal)
            return;
        const auto saved = m_journal->recordSafetyCheck(SafetyCheckKind::Assessed, localMoment(currentInstant()), {});
        if (!saved.ok())
            reportProblem(journalErrorText(saved.error()));
        refreshToday();
    });

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_pages->widget(row) == m_libraryPlaceholder)
            libraryPage();
        else if (m_pages->widget(row) == m_journalPlaceholder)
            journalPage();
        m_pages->setCurrentIndex(row);
    });
    connect(m_today, &TodayPage::planChosen, this, &MainWindow::openPlan);
    connect(m_today, &TodayPage::resumeChosen, this, [this] {
        if (!m_journal)
            return;
        const auto unfinished = m_journal->unfinishedSession();
        if (!unfinished.ok() || !unfinished.value())
            return;
        for (const Plan& plan : m_plans) {
            if (plan.id == unfinished.value()->planId) {
                showPage(QStringLiteral("player"));
                m_player->prepare(plan, *unfinished.value());
                return;
            }
        }
        reportProblem(tr("The plan of that session (%1) is no longer available.")
                          .arg(QString::fromStdString(unfinished.value()->planId)));
    });
    connect(m_today, &TodayPage::discardChosen, this, [this] {
        if (!m_journal)
            return;
        if (const auto unfinished = m_journal->unfinishedSession(); unfinished.ok() && unfinished.value()) {
            const auto closed = m_journal->finishSession(unfinished.value()->id, SessionStatus::Stopped, currentInstant(), {});
            if (!closed.ok())
                reportProblem(journalErrorText(closed.error()));
        }
        refreshToday();
    });
    connect(m_player, &PlayerPage::closed, this, [this] {
        refreshToday();
        showPage(QStringLiteral("today"));
    });
    connect(m_player, &PlayerPage::problem, this, &MainWindow::reportProblem);
    connect(m_plansPage, &PlansPage::plansChanged, this, [this] { setPlans(m_plansPage->plans()); });
    connect(m_plansPage, &PlansPage::problem, this, &MainWindow::reportProblem);
    connect(m_plansPage, &PlansPage::playRequested, this, &MainWindow::openPlan);
    connect(m_plansPage, &PlansPage::followRequested, this, &MainWindow::followPlan);
    connect(m_plansPage, &PlansPage::stopFollowingRequested, this, [this] {
        if (!m_journal)
            return;
        if (const auto ended = m_journal->endPlan(localMoment(currentInstant())); !ended.ok())
            reportProblem(journalErrorText(ended.error()));
        refreshToday();
    });
    connect(m_reminders, &BreakReminders::reminderDue, this, [this] {
        m_popup->offer(m_reminders->routine(), m_reminders->canSkip());
        m_tray->notify(tr("Time for a break"), tr("Stand up and move for a few minutes."));
    });
    connect(m_reminders, &BreakReminders::reminderWithdrawn, m_popup, &QWidget::hide);
    connect(m_popup, &ReminderPopup::snoozeChosen, m_reminders, &BreakReminders::snooze);
    connect(m_popup, &ReminderPopup::skipChosen, m_reminders, &BreakReminders::skip);
    connect(m_popup, &ReminderPopup::notTodayChosen, m_reminders, &BreakReminders::notNowUntilTomorrow);
    const auto playRoutine = [this](const QString& planId) {
        m_reminders->breakTaken();
        bringForward();
        openPlan(planId);
    };
    connect(m_popup, &ReminderPopup::startChosen, this, playRoutine);
    connect(m_tray, &Tray::routineRequested, this, playRoutine);
    connect(m_tray, &Tray::logPainRequested, this, &MainWindow::logPain);
    connect(m_tray, &Tray::openRequested, this, &MainWindow::bringForward);
    connect(m_tray, &Tray::settingsRequested, this, &MainWindow::editSettings);
    connect(m_tray, &Tray::quitRequested, qApp, &QCoreApplication::quit);
    // Any session is a break: the interval starts again when one starts and when it ends.
    connect(m_controller, &SessionController::phaseStarted, this, [this](int phase) {
        if (phase == 0)
            m_reminders->breakTaken();
    });
    connect(m_controller, &SessionController::sessionEnded, m_reminders, &BreakReminders::breakTaken);
    applySettings(loadSettings());
    m_navigation->setCurrentRow(0);
}

void MainWindow::applySettings(const AppSettings& settings)
{
    m_settings = settings;
    m_cues->setBeepsEnabled(settings.beeps);
    m_cues->setVoiceEnabled(settings.voice);
    m_cues->setVoiceRate(settings.voiceRate);
    m_reminders->setSettings(settings.breaks);
}

void MainWindow::editSettings()
{
    const auto journalFile = m_journal ? m_journal->path() : defaultJournalPath();
    auto* dialog = new SettingsDialog(m_settings, QString::fromStdString(journalFile.parent_path().string()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AppSettings chosen = dialog->settings();
        saveSettings(chosen);
        if (chosen.startOnLogin != m_settings.startOnLogin) {
            QString failure;
            if (!setStartOnLogin(chosen.startOnLogin, failure))
                reportProblem(tr("Could not change starting at login: %1").arg(failure));
        }
        applySettings(chosen);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_tray->available() || !m_settings.breaks.enabled) {
        QMainWindow::closeEvent(event);
        qApp->quit();
        return;
    }
    event->ignore();
    hide();
    QSettings settings;
    if (!settings.value(QStringLiteral("tray/told"), false).toBool()) {
        settings.setValue(QStringLiteral("tray/told"), true);
        m_tray->notify(tr("Limber is still here"),
                       tr("It keeps reminding you to take breaks from the tray. To quit, use Quit Limber in its menu."));
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_catalog = catalog;
    m_plansPage->setCatalog(catalog);
    if (m_library)
        m_library->setCatalog(std::move(catalog));
}

void MainWindow::setPlansDirectory(const std::filesystem::path& directory)
{
    m_plansPage->setPlansDirectory(directory);
    setPlans(m_plansPage->plans());
}

void MainWindow::followPlan(const QString& planId, LocalDate start)
{
    if (!m_journal || !m_catalog) {
        reportProblem(tr("Your journal is not open, so a plan cannot be followed right now."));
        return;
    }
    for (const Plan& plan : m_plans) {
        if (QString::fromStdString(plan.id) != planId)
            continue;
        const auto enrollment = enrollmentFor(plan, *m_catalog, localMoment(currentInstant()), start);
        if (!enrollment)
            return;
        if (const auto started = m_journal->startPlan(*enrollment); !started.ok())
            reportProblem(journalErrorText(started.error()));
        refreshToday();
        showPage(QStringLiteral("today"));
        return;
    }
}

void MainWindow::updatePlanReview(const PlanEnrollment& followed, const std::vector<SessionRecord>& sessions)
{
    const std::optional<Plan> plan = followedPlan(QString::fromStdString(followed.planId));
    const SessionRecord* latest = latestPlanSession(followed, sessions);
    if (!plan || !plan->progression || !latest || latest->id <= followed.reviewedSessionId)
        return;
    // Only the reviewed session needs its exercise results; reading every session's would slow Today down.
    auto full = m_journal->session(latest->id);
    // Two weeks back, for the change of the weekly mean.
    const auto pain = m_journal->painEntries(addDays(latest->started.date, -14));
    const auto changes = m_journal->doseChanges();
    const auto safety = m_journal->safetyState();
    if (!full.ok() || !pain.ok() || !changes.ok() || !safety.ok())
        return;
    std::vector<SessionRecord> withResults = sessions;
    for (SessionRecord& each : withResults) {
        if (each.id == latest->id)
            each = full.value();
    }
    m_review = pendingReview(followed, *plan, withResults, pain.value(), changes.value(), safety.value(), *m_catalog, today());
    if (m_review && m_review->items.empty()) {
        // Nothing to change (or not enough to go on): the session is reviewed without asking anything.
        const auto saved = m_journal->recordPlanReview(followed.id, m_review->sessionId, {}, followed.planJson);
        if (!saved.ok())
            reportProblem(journalErrorText(saved.error()));
        m_review.reset();
    }
}

void MainWindow::reviewPlan()
{
    if (!m_journal || !m_review)
        return;
    const auto active = m_journal->activePlan();
    if (!active.ok() || !active.value())
        return;
    const PlanEnrollment followed = *active.value();
    const std::optional<Plan> plan = followedPlan(QString::fromStdString(followed.planId));
    if (!plan)
        return;
    auto* dialog = new PlanReviewDialog(*plan, *m_review, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, followed, plan = *plan, review = *m_review] {
        const ReviewOutcome outcome = applyReview(plan, review, dialog->answers(), localMoment(currentInstant()));
        const auto saved = m_journal->recordPlanReview(followed.id, review.sessionId, outcome.changes,
                                                       toJson(outcome.plan, *m_catalog).dump(2));
        if (!saved.ok())
            reportProblem(journalErrorText(saved.error()));
        refreshToday();
    });
    dialog->open();
}

std::optional<Plan> MainWindow::followedPlan(const QString& planId) const
{
    if (!m_journal || !m_catalog)
        return std::nullopt;
    const auto active = m_journal->activePlan();
    if (!active.ok() || !active.value() || QString::fromStdString(active.value()->planId) != planId)
        return std::nullopt;
    auto kept = parsePlan(active.value()->planJson, active.value()->planTitle, *m_catalog);
    return kept.ok() ? std::optional{std::move(*kept.value)} : std::nullopt;
}

void MainWindow::setPlans(std::vector<Plan> plans)
{
    m_plans = std::move(plans);
    m_reminders->setPlans(m_plans);
    m_today->setPlans(m_plans);
}

void MainWindow::setJournal(Journal* journal)
{
    m_journal = journal;
    m_controller->setJournal(journal);
    if (m_journalPage)
        m_journalPage->setJournal(journal);
    refreshToday();
}

void MainWindow::refreshToday()
{
    if (!m_journal) {
        m_today->setUnfinished(std::nullopt);
        m_today->setProgress(0, std::nullopt, today());
        m_today->setSafety({});
        m_today->setCheckInDue(false);
        m_today->setActivePlan(std::nullopt, {}, today());
        m_today->setSuggestedChanges(0);
        m_plansPage->setActivePlan(std::nullopt, today());
        if (m_journalPage)
            m_journalPage->refresh(today());
        return;
    }
    const auto unfinished = m_journal->unfinishedSession();
    m_today->setUnfinished(unfinished.ok() ? unfinished.value() : std::nullopt);
    const auto sessions = m_journal->sessions(Journal::Detail::Summary);
    const auto pain = m_journal->painEntries(addDays(today(), -30));
    int streak = 0;
    if (sessions.ok())
        streak = weeklyReport({}, sessions.value(), today(), today(), today()).currentStreakDays;
    std::optional<PainEntry> last;
    if (pain.ok() && !pain.value().empty())
        last = pain.value().back();
    if (pain.ok())
        m_reminders->setRecentPain(pain.value());
    m_today->setProgress(streak, last, today());
    if (const auto safety = m_journal->safetyState(); safety.ok())
        m_today->setSafety(safety.value());
    if (const auto peg = m_journal->pegEntries(); peg.ok())
        m_today->setCheckInDue(peg.value().empty() || daysBetween(peg.value().back().when.date, today()) >= 7);
    const auto active = m_journal->activePlan();
    const std::optional<PlanEnrollment> followed = active.ok() ? active.value() : std::nullopt;
    const PlanStanding standing =
        followed && sessions.ok() ? planStanding(*followed, sessions.value(), today()) : PlanStanding{};
    m_today->setActivePlan(followed, standing, today());
    m_plansPage->setActivePlan(followed, today());
    m_review.reset();
    if (followed && sessions.ok())
        updatePlanReview(*followed, sessions.value());
    m_today->setSuggestedChanges(m_review ? static_cast<int>(m_review->items.size()) : 0);
    if (m_journalPage)
        m_journalPage->refresh(today());
}

LibraryPage* MainWindow::libraryPage()
{
    if (!m_library) {
        m_library = new LibraryPage(m_pages);
        if (m_catalog)
            m_library->setCatalog(m_catalog);
        replacePlaceholder(m_libraryPlaceholder, m_library);
        m_libraryPlaceholder = nullptr;
    }
    return m_library;
}

JournalPage* MainWindow::journalPage()
{
    if (!m_journalPage) {
        m_journalPage = new JournalPage(m_pages);
        connect(m_journalPage, &JournalPage::logPainRequested, this, &MainWindow::logPain);
        connect(m_journalPage, &JournalPage::changed, this, &MainWindow::refreshToday);
        connect(m_journalPage, &JournalPage::problem, this, &MainWindow::reportProblem);
        m_journalPage->setJournal(m_journal);
        m_journalPage->refresh(today());
        replacePlaceholder(m_journalPlaceholder, m_journalPage);
        m_journalPlaceholder = nullptr;
    }
    return m_journalPage;
}

void MainWindow::replacePlaceholder(QWidget* placeholder, QWidget* page)
{
    const bool shown = m_pages->currentWidget() == placeholder;
    m_pages->insertWidget(m_pages->indexOf(placeholder), page);
    if (shown)
        m_pages->setCurrentWidget(page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("today"), QStringLiteral("plans"), QStringLiteral("library"), QStringLiteral("player"),
            QStringLiteral("journal")};
}

bool MainWindow::showPage(const QString& name)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == name) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::importPlanFile(const QString& path)
{
    bringForward();
    showPage(QStringLiteral("plans"));
    return m_plansPage->importFile(path);
}

void MainWindow::bringForward()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

bool MainWindow::openPlan(const QString& planId)
{
    if (m_journal) {
        // Warning signs reported and not yet assessed: no exercise is offered.
        if (const auto safety = m_journal->safetyState(); safety.ok() && safety.value().exerciseOnHold()) {
            refreshToday();
            showPage(QStringLiteral("today"));
            return false;
        }
    }
    // The followed plan plays as the journal keeps it, with the doses it has progressed to, even when its
    // file is gone.
    std::optional<Plan> chosen = followedPlan(planId);
    for (const Plan& listed : m_plans) {
        if (!chosen && QString::fromStdString(listed.id) == planId)
            chosen = listed;
    }
    if (!chosen)
        return false;
    // The person's own get-ready time stands in for the default, not for a plan's own choice.
    if (chosen->getReadySeconds == defaultGetReadySeconds)
        chosen->getReadySeconds = m_settings.getReadySeconds;
    std::vector<RegressionOffer> offers;
    if (m_journal && m_catalog) {
        if (const auto sessions = m_journal->sessions(); sessions.ok()) {
            const auto& all = sessions.value();
            const auto last = std::find_if(all.rbegin(), all.rend(), [&](const SessionRecord& s) { return s.planId == chosen->id; });
            if (last != all.rend())
                offers = regressionOffers(*chosen, *last, *m_catalog);
        }
    }
    showPage(QStringLiteral("player"));
    m_player->prepare(*chosen, std::nullopt, offers);
    return true;
}

void MainWindow::logPain()
{
    if (!m_journal) {
        reportProblem(tr("Your journal is not open, so pain cannot be logged right now."));
        return;
    }
    auto* dialog = new PainLogDialog(localMoment(currentInstant()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PainLogDialog::newSymptomRequested, this, [this, dialog] {
        dialog->reject();
        screenForRedFlags();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto entry = dialog->entry();
        if (!entry)
            return;
        const auto saved = m_journal->addPainEntry(*entry);
        if (!saved.ok())
            reportProblem(journalErrorText(saved.error()));
        refreshToday();
    });
    dialog->open();
}

void MainWindow::checkIn()
{
    if (!m_journal)
        return;
    auto* dialog = new PegDialog(localMoment(currentInstant()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto entry = dialog->entry()) {
            const auto saved = m_journal->addPegEntry(*entry);
            if (!saved.ok())
                reportProblem(journalErrorText(saved.error()));
        }
        refreshToday();
    });
    dialog->open();
}

void MainWindow::screenForRedFlags()
{
    if (!m_journal)
        return;
    auto* dialog = new RedFlagDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = m_journal->recordSafetyCheck(SafetyCheckKind::Screen, localMoment(currentInstant()), dialog->flags());
        if (!saved.ok())
            reportProblem(journalErrorText(saved.error()));
        refreshToday();
        if (!dialog->flags().empty())
            showPage(QStringLiteral("today"));
    });
    dialog->open();
}

bool MainWindow::needsFirstScreen() const
{
    if (!m_journal)
        return false;
    const auto state = m_journal->safetyState();
    return state.ok() && !state.value().everScreened;
}

void MainWindow::reportProblem(const QString& message)
{
    QMessageBox::warning(this, tr("Limber"), message);
}

} // namespace limber::app
