// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/app_options.h"
#include "app/body_map.h"
#include "app/break_reminders.h"
#include "app/catalog_source.h"
#include "app/figure_painter.h"
#include "app/labels.h"
#include "app/main_window.h"
#include "app/pain_log_dialog.h"
#include "app/plan_editor.h"
#include "app/plans_page.h"
#include "app/player_page.h"
#include "app/problem_dialog.h"
#include "app/reminder_popup.h"
#include "app/score_picker.h"
#include "app/screenshot.h"
#include "app/session_controller.h"
#include "app/settings_dialog.h"
#include "app/single_instance.h"
#include "app/theme.h"
#include "app/translations.h"
#include "app/tray.h"
#include "core/common/paths.h"
#include "core/plan/plan_loader.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace limber;
using namespace limber::app;

namespace {

// Reports the first frame the window paints, for bench/startup.sh, and ends the program.
class FirstPaintReporter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            // Report after this paint has finished, so the figure includes it.
            QTimer::singleShot(0, qApp, [] {
                const auto now = std::chrono::system_clock::now().time_since_epoch();
                std::printf("first-paint-ns %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

// The clock of a screenshot: it stands still wherever it is put, so the picture shows one moment.
class StillClock final : public Clock {
public:
    SteadyTime now() const override { return m_now; }
    void set(SteadyTime now) { m_now = now; }

private:
    SteadyTime m_now{};
};

// A demo session of the first desk routine, frozen part-way through its first hold.
void freezeDemoSession(MainWindow& window, StillClock& clock, const std::vector<Plan>& plans)
{
    const auto routine = std::find_if(plans.begin(), plans.end(), [](const Plan& plan) { return plan.isRoutine(); });
    if (routine == plans.end() || !window.openPlan(QString::fromStdString(routine->id)))
        return;
    window.playerPage()->begin(4);
    Duration at{};
    for (const Phase& phase : buildTimeline(*routine).phases) {
        if (phase.kind == PhaseKind::Work && phase.hold > 0) {
            at += phase.duration * 2 / 5;
            break;
        }
        at += phase.duration;
    }
    clock.set(SteadyTime{} + at);
    window.sessionController()->tick();
}

// The dialogs the user guide shows, which are not pages: the pain log with a score chosen and the lower
// back's left side clicked, the plan editor on the lower back starter, the settings, and a break reminder.
const QStringList dialogShots{QStringLiteral("log-pain"), QStringLiteral("plan-editor"), QStringLiteral("settings"),
                              QStringLiteral("reminder")};

bool saveDialogScreenshot(MainWindow& window, const QString& name, std::shared_ptr<const Catalog> catalog,
                          const std::vector<Plan>& plans, const QString& path, QString& error)
{
    window.show();
    if (name == QStringLiteral("log-pain")) {
        PainLogDialog dialog(localMoment(currentInstant()), &window);
        dialog.findChild<ScorePicker*>()->setScore(6);
        dialog.findChild<BodyMap*>()->setSelection(PainArea::LowerBack, BodySide::Left);
        return saveScreenshot(dialog, path, error);
    }
    if (name == QStringLiteral("settings")) {
        SettingsDialog dialog(window.settings(), QString::fromStdString(defaultJournalPath().parent_path().string()), &window);
        return saveScreenshot(dialog, path, error);
    }
    if (name == QStringLiteral("reminder")) {
        window.reminderPopup()->offer(window.breakReminders()->routine(), true);
        return saveScreenshot(*window.reminderPopup(), path, error);
    }
    const auto plan = std::find_if(plans.begin(), plans.end(), [](const Plan& p) { return p.id == "lower-back-starter"; });
    if (plan == plans.end()) {
        error = QStringLiteral("no lower-back-starter plan");
        return false;
    }
    PlanEditorDialog dialog(*plan, std::move(catalog), &window);
    dialog.resize(1100, 720);
    return saveScreenshot(dialog, path, error);
}

} // namespace

int main(int argc, char** argv)
{
    const bool screenshot = wantsScreenshot(argc, argv);
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("limber"));
    QApplication::setApplicationName(QStringLiteral("limber"));
    QApplication::setApplicationDisplayName(QStringLiteral("Limber"));
    QApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.limber.Limber"));
    applyTheme(app);
    installTranslations(app);

    QString error;
    const auto options = parseAppOptions(QApplication::arguments(), error);
    if (!options) {
        std::fprintf(stderr, "limber: %s\nRun 'limber --help' for usage.\n", qPrintable(error));
        return 2;
    }

    const QString journalPath = !options->journal.isEmpty() ? options->journal : qEnvironmentVariable("LIMBER_JOURNAL");
    // A second start hands its request to the running Limber of the same journal, and quits.
    const QString journalKey = journalPath.isEmpty() ? QString::fromStdString(defaultJournalPath().string()) : journalPath;
    SingleInstance instance(journalKey + QLatin1Char('\n') + QString::fromStdString(userPlansDirectory().string()));
    const QString importPath = options->importPlan.isEmpty() ? QString{} : QFileInfo(options->importPlan).absoluteFilePath();
    if (!screenshot && !options->benchmarkStartup) {
        if (instance.sendToRunning(importPath.isEmpty() ? SingleInstance::raiseMessage() : SingleInstance::importMessage(importPath)))
            return 0;
        instance.listen();
    }

    AppCatalog catalog = loadAppCatalog(options->catalog);
    std::vector<Issue> problems = catalog.issues;
    if (!options->contactSheet.isEmpty()) {
        for (const auto& issue : problems)
            std::fprintf(stderr, "%s\n", formatIssue(issue).c_str());
        const std::vector<Exercise> exercises(catalog.catalog->exercises().begin(), catalog.catalog->exercises().end());
        if (!writeContactSheet(exercises, options->contactSheet, error)) {
            std::fprintf(stderr, "limber: cannot draw %s: %s\n", qPrintable(options->contactSheet), qPrintable(error));
            return 1;
        }
        return 0;
    }

    // A screenshot never touches the person's own journal unless asked to.
    std::optional<Journal> journal;
    QString journalProblem;
    if (!screenshot || !journalPath.isEmpty()) {
        auto opened = Journal::open(journalPath.isEmpty() ? defaultJournalPath() : std::filesystem::path{journalPath.toStdString()});
        if (opened.ok())
            journal = std::move(opened.value());
        else
            journalProblem = journalErrorText(opened.error());
    }

    SteadyClock steadyClock;
    StillClock stillClock;
    MainWindow window(screenshot ? static_cast<const Clock&>(stillClock) : steadyClock);
    window.setCatalog(catalog.catalog);
    window.setPlansDirectory(userPlansDirectory());
    std::vector<Plan> plans = window.plansPage()->plans();
    const auto planProblems = window.plansPage()->problems();
    problems.insert(problems.end(), planProblems.begin(), planProblems.end());
    window.setJournal(journal ? &*journal : nullptr);
    const bool dialogShot = screenshot && dialogShots.contains(options->page);
    if (!options->page.isEmpty() && !dialogShot && !window.showPage(options->page)) {
        std::fprintf(stderr, "limber: no page named '%s' (pages: %s)\n", qPrintable(options->page),
                     qPrintable(MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }

    if (!options->plan.isEmpty()) {
        // A plan file (from the file manager, say) or the id of a known plan: open the player on it.
        const QString& wanted = options->plan;
        if (QFileInfo(wanted).isFile()) {
            auto loaded = loadPlanFile(wanted.toStdString(), *catalog.catalog);
            if (loaded.ok()) {
                plans.push_back(*loaded.value);
                window.setPlans(plans);
                window.openPlan(QString::fromStdString(loaded.value->id));
            } else {
                problems.insert(problems.end(), loaded.issues.begin(), loaded.issues.end());
            }
        } else if (!window.openPlan(wanted)) {
            std::fprintf(stderr, "limber: no plan file or plan id '%s'\n", qPrintable(wanted));
            return 2;
        }
    }

    if (screenshot) {
        for (const auto& issue : problems)
            std::fprintf(stderr, "%s\n", formatIssue(issue).c_str());
        if (!journalProblem.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(journalProblem));
        if (options->page == QStringLiteral("player"))
            freezeDemoSession(window, stillClock, plans);
        if (options->size.isValid())
            window.resize(options->size);
        const bool saved = dialogShot ? saveDialogScreenshot(window, options->page, catalog.catalog, plans, options->screenshot, error)
                                      : saveScreenshot(window, options->screenshot, error);
        if (!saved) {
            std::fprintf(stderr, "limber: cannot save %s: %s\n", qPrintable(options->screenshot), qPrintable(error));
            return 1;
        }
        return 0;
    }

    QObject::connect(&instance, &SingleInstance::messageReceived, &window, [&window](const QString& message) {
        if (message.startsWith(QStringLiteral("import ")))
            window.importPlanFile(message.mid(7));
        else
            window.bringForward();
    });
    if (!importPath.isEmpty())
        QTimer::singleShot(0, &window, [&window, importPath] { window.importPlanFile(importPath); });

    FirstPaintReporter reporter;
    if (options->benchmarkStartup)
        window.centralWidget()->installEventFilter(&reporter);
    if (!options->background || !window.tray()->available())
        window.show();
    QTimer::singleShot(0, &window, [&] {
        if (window.needsFirstScreen())
            window.screenForRedFlags();
        if (!problems.empty())
            showFileProblems(&window, QObject::tr("Some of your exercise or plan files could not be loaded."), problems);
        if (!journalProblem.isEmpty()) {
            QMessageBox::warning(&window, QObject::tr("Limber"),
                                 QObject::tr("Your journal could not be opened, so sessions will not be saved until "
                                             "this is fixed.\n\n%1")
                                     .arg(journalProblem));
        }
    });
    return QApplication::exec();
}
