// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "app/settings.h"
#include "core/catalog/catalog.h"
#include "core/journal/journal.h"
#include "core/journal/plan_review.h"
#include "core/plan/plan.h"
#include "core/session/clock.h"

#include <QMainWindow>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace limber::app {

class AudioCues;
class BreakReminders;
class ReminderPopup;
class Tray;
class JournalPage;
class LibraryPage;
class PlansPage;
class PlayerPage;
class SessionController;
class TodayPage;

// The window: a navigation column on the left and the current page beside it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    void setPlans(std::vector<Plan> plans);
    // The person's plans folder: its plans and the built-in ones become the window's plans.
    void setPlansDirectory(const std::filesystem::path& directory);
    // The journal sessions are recorded in; may be null (nothing is recorded, nothing offered to resume).
    void setJournal(Journal* journal);

    // Shows the page with this name ("today", "library", "player"); false when there is no such page.
    bool showPage(const QString& name);
    static QStringList pageNames();

    // Opens the pain log (also Ctrl+L); the entry is saved when the dialog is accepted.
    void logPain();
    // Opens the weekly PEG check-in; the answers are saved when the dialog is accepted.
    void checkIn();
    // Opens the red-flag screen; the answers are recorded, and any "yes" puts exercise on hold.
    void screenForRedFlags();
    // Whether the red-flag screen has never been answered (then it is shown on first run).
    bool needsFirstScreen() const;

    // Imports a plan file into the person's plans and shows it on the Plans page (with its problems, if any).
    bool importPlanFile(const QString& path);
    // Brings the window forward, as when Limber is started again.
    void bringForward();

    // Applies (and keeps) the settings: reminders, sound and voice, sessions.
    void applySettings(const AppSettings& settings);
    const AppSettings& settings() const { return m_settings; }
    // Opens the settings dialog; what the person saves is stored and applied.
    void editSettings();

    // Opens the player on the plan with this id, ready to start; false when there is no such plan.
    bool openPlan(const QString& planId);
    void refreshToday();

    // The Library and Journal pages are built the first time they are shown or asked for: most starts
    // show only Today, and building them costs 3 MB.
    LibraryPage* libraryPage();
    PlansPage* plansPage() const { return m_plansPage; }
    JournalPage* journalPage();
    TodayPage* todayPage() const { return m_today; }
    PlayerPage* playerPage() const { return m_player; }
    SessionController* sessionController() const { return m_controller; }
    AudioCues* audioCues() const { return m_cues; }
    BreakReminders* breakReminders() const { return m_reminders; }
    ReminderPopup* reminderPopup() const { return m_popup; }
    Tray* tray() const { return m_tray; }

protected:
    // With reminders on and a tray to go to, closing the window keeps Limber running there.
    void closeEvent(QCloseEvent* event) override;

private:
    void reportProblem(const QString& message);
    void followPlan(const QString& planId, LocalDate start);
    // Offers the review of the followed plan's suggested dose changes, or marks a review without any done.
    void updatePlanReview(const PlanEnrollment& followed, const std::vector<SessionRecord>& sessions);
    void reviewPlan();
    // The followed plan as the journal keeps it (its doses as progressed), when it still loads.
    std::optional<Plan> followedPlan(const QString& planId) const;
    // Puts `page` in the place `placeholder` held among the pages.
    void replacePlaceholder(QWidget* placeholder, QWidget* page);

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    TodayPage* m_today = nullptr;
    LibraryPage* m_library = nullptr;
    QWidget* m_libraryPlaceholder = nullptr;
    PlansPage* m_plansPage = nullptr;
    JournalPage* m_journalPage = nullptr;
    QWidget* m_journalPlaceholder = nullptr;
    PlayerPage* m_player = nullptr;
    SessionController* m_controller = nullptr;
    AudioCues* m_cues = nullptr;
    BreakReminders* m_reminders = nullptr;
    ReminderPopup* m_popup = nullptr;
    Tray* m_tray = nullptr;
    AppSettings m_settings;
    std::vector<Plan> m_plans;
    std::optional<PlanReview> m_review;
    std::shared_ptr<const Catalog> m_catalog;
    Journal* m_journal = nullptr;
};

} // namespace limber::app
