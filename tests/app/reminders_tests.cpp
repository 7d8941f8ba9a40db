// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_fixture.h"

#include "app/audio_cues.h"
#include "app/break_reminders.h"
#include "app/main_window.h"
#include "app/pain_log_dialog.h"
#include "app/player_page.h"
#include "app/reminder_popup.h"
#include "app/session_controller.h"
#include "app/settings.h"
#include "app/settings_dialog.h"
#include "app/tray.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

#include <fstream>

using namespace limber;
using namespace limber::app;
using namespace std::chrono_literals;
using limber::test::AppFixture;
using limber::test::child;
using limber::test::date;

namespace {

// A window whose reminders run on the test's clock, from Monday 23 November 2026 at 10:00, with the person
// at the keyboard.
struct RemindersFixture : AppFixture {
    RemindersFixture() : window(makeWindow())
    {
        QSettings().clear();
        start = clock.now();
        reminders().localNow = [this] {
            const Instant at = std::chrono::sys_days{date("2026-11-23")} + 10h +
                               std::chrono::duration_cast<std::chrono::seconds>(clock.now() - start);
            return Moment{at, date("2026-11-23"), 0};
        };
        reminders().idle.source = [] { return std::optional{0s}; };
        reminders().setSettings(BreakSettings{});
        window->show();
    }
    ~RemindersFixture() { QSettings().clear(); }

    BreakReminders& reminders() { return *window->breakReminders(); }
    ReminderPopup& popup() { return *window->reminderPopup(); }
    void pass(Duration time)
    {
        // As the app's timer would: a tick at least every minute.
        for (Duration passed{}; passed < time; passed += 30s) {
            clock.advance(30s);
            reminders().tick();
        }
    }
    QAction* trayAction(const char* name) { return window->tray()->menu()->findChild<QAction*>(QString::fromLatin1(name)); }

    std::unique_ptr<MainWindow> window;
    SteadyTime start{};
};

} // namespace

TEST_CASE_METHOD(RemindersFixture, "a break reminder comes after 50 minutes of work, snoozes, and starts the routine it offers")
{
    pass(49min);
    CHECK_FALSE(popup().isVisible());
    pass(1min);
    REQUIRE(popup().isVisible());
    const Plan* offered = reminders().routine();
    REQUIRE(offered != nullptr);
    CHECK(offered->isRoutine());
    CHECK(child<QLabel>(popup(), "reminderText")->text().contains(QString::fromStdString(offered->title)));

    popup().findChild<QAction*>(QStringLiteral("snooze5"))->trigger();
    CHECK_FALSE(popup().isVisible());
    pass(4min);
    CHECK_FALSE(popup().isVisible());
    pass(1min);
    REQUIRE(popup().isVisible());

    QTest::mouseClick(child<QPushButton>(popup(), "reminderStartButton"), Qt::LeftButton);
    CHECK_FALSE(popup().isVisible());
    CHECK(window->playerPage()->isVisible());
    INFO(reminders().untilNextBreak().value_or(-1s).count());
    CHECK(reminders().untilNextBreak() == std::optional{std::chrono::seconds{50min}});
}

TEST_CASE_METHOD(RemindersFixture, "skipping is refused once the day's skips are used and a closed reminder comes back in 5 minutes")
{
    BreakSettings capped;
    capped.dailySkipCap = 1;
    reminders().setSettings(capped);
    pass(50min);
    REQUIRE(popup().isVisible());
    QTest::mouseClick(child<QPushButton>(popup(), "reminderSkipButton"), Qt::LeftButton);
    pass(50min);
    REQUIRE(popup().isVisible());
    CHECK_FALSE(child<QPushButton>(popup(), "reminderSkipButton")->isEnabled());
    popup().close();
    pass(4min + 30s);
    CHECK_FALSE(popup().isVisible());
    pass(1min);
    CHECK(popup().isVisible());
    QTest::mouseClick(child<QPushButton>(popup(), "reminderNotTodayButton"), Qt::LeftButton);
    pass(3h);
    CHECK_FALSE(popup().isVisible());
    CHECK_FALSE(reminders().untilNextBreak());
}

TEST_CASE_METHOD(RemindersFixture, "the tray menu offers a quick routine, logs pain, says when the next break is and pauses reminders")
{
    pass(20min);
    QMenu* menu = window->tray()->menu();
    Q_EMIT menu->aboutToShow();
    INFO(trayAction("trayNextBreakAction")->text().toStdString());
    CHECK(trayAction("trayNextBreakAction")->text() == QStringLiteral("Next break in 30 minutes"));
    CHECK(trayAction("trayRoutineAction")->text().startsWith(QStringLiteral("Start a quick routine: ")));

    trayAction("trayPauseAction")->trigger();
    CHECK(reminders().paused());
    CHECK_FALSE(reminders().timerActive());
    CHECK(trayAction("trayNextBreakAction")->text() == QStringLiteral("Reminders are paused"));
    pass(2h);
    CHECK_FALSE(popup().isVisible());
    trayAction("trayPauseAction")->trigger();
    CHECK_FALSE(reminders().paused());
    CHECK(reminders().timerActive());
    CHECK(reminders().timerInterval() <= 60s);

    trayAction("trayLogPainAction")->trigger();
    auto* painDialog = window->findChild<PainLogDialog*>();
    REQUIRE(painDialog != nullptr);
    painDialog->reject();
    trayAction("trayRoutineAction")->trigger();
    CHECK(window->playerPage()->isVisible());
}

TEST_CASE_METHOD(RemindersFixture, "the settings dialog saves every setting it shows and start at login writes the autostart entry")
{
    window->editSettings();
    auto* dialog = window->findChild<SettingsDialog*>();
    REQUIRE(dialog != nullptr);
    child<QSpinBox>(*dialog, "intervalSpin")->setValue(30);
    child<QCheckBox>(*dialog, "workDay-fri")->setChecked(false);
    auto* idle = child<QComboBox>(*dialog, "afterIdleCombo");
    idle->setCurrentIndex(idle->findData(static_cast<int>(IdlePolicy::Pause)));
    child<QSpinBox>(*dialog, "skipCapSpin")->setValue(3);
    child<QCheckBox>(*dialog, "voiceCheck")->setChecked(false);
    child<QSlider>(*dialog, "voiceRateSlider")->setValue(2);
    child<QSpinBox>(*dialog, "getReadySpin")->setValue(10);
    auto* theme = child<QComboBox>(*dialog, "themeCombo");
    theme->setCurrentIndex(theme->findData(static_cast<int>(ThemeChoice::Dark)));
    child<QCheckBox>(*dialog, "startOnLoginCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveSettingsButton"), Qt::LeftButton);

    const AppSettings saved = loadSettings();
    CHECK(saved.breaks.interval == 30min);
    CHECK(saved.breaks.workDays == std::vector{Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu});
    CHECK(saved.breaks.idlePolicy == IdlePolicy::Pause);
    CHECK(saved.breaks.dailySkipCap == 3);
    CHECK_FALSE(saved.voice);
    CHECK(saved.voiceRate == Approx(0.5));
    CHECK(window->audioCues()->voiceRate() == Approx(0.5));
    CHECK_FALSE(window->audioCues()->voiceEnabled());
    CHECK(saved.getReadySeconds == 10);
    CHECK(saved.theme == ThemeChoice::Dark);
    CHECK(saved == window->settings());
    CHECK(reminders().settings() == saved.breaks);
    REQUIRE(saved.startOnLogin);
    std::ifstream entry(autostartFile());
    const std::string text{std::istreambuf_iterator<char>(entry), {}};
    CHECK(text.find("Exec=limber --background") != std::string::npos);

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window->editSettings();
    dialog = window->findChild<SettingsDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(child<QSpinBox>(*dialog, "intervalSpin")->value() == 30);
    child<QCheckBox>(*dialog, "startOnLoginCheck")->setChecked(false);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveSettingsButton"), Qt::LeftButton);
    CHECK_FALSE(std::filesystem::exists(autostartFile()));
}

TEST_CASE_METHOD(RemindersFixture, "the default get-ready time from the settings is what a session plays")
{
    AppSettings settings = window->settings();
    settings.getReadySeconds = 12;
    window->applySettings(settings);
    REQUIRE(window->openPlan(QStringLiteral("desk-neck-shoulders")));
    QTest::keyClick(window->playerPage(), Qt::Key_Return);
    CHECK(window->sessionController()->engine()->plan().getReadySeconds == 12);
}
