// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace limber::app {
namespace {

constexpr int rateSteps = 4; // the slider runs -4 … 4, a quarter of the rate each

QTime timeOf(std::chrono::minutes sinceMidnight)
{
    const auto minutes = static_cast<int>(sinceMidnight.count());
    return minutes >= 24 * 60 ? QTime(23, 59) : QTime(minutes / 60, minutes % 60);
}

std::chrono::minutes minutesOf(QTime time)
{
    return std::chrono::minutes{time.hour() * 60 + time.minute()};
}

QSpinBox* spin(const char* name, int low, int high, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, const QString& dataFolder, QWidget* parent)
    : QDialog(parent), m_original(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(680);
    const BreakSettings& breaks = settings.breaks;

    auto* reminders = new QGroupBox(tr("Break reminders"), this);
    m_reminders = new QCheckBox(tr("Remind me to take a break"), reminders);
    m_reminders->setObjectName(QStringLiteral("remindersCheck"));
    m_reminders->setChecked(breaks.enabled);
    m_interval = spin("intervalSpin", 10, 240, tr(" min of work"), reminders);
    m_interval->setValue(static_cast<int>(breaks.interval.count()));
    m_breakLength = spin("breakLengthSpin", 1, 60, tr(" min"), reminders);
    m_breakLength->setValue(static_cast<int>(breaks.breakLength.count()));
    m_workStart = new QTimeEdit(timeOf(breaks.workStart), reminders);
    m_workStart->setObjectName(QStringLiteral("workStartEdit"));
    m_workEnd = new QTimeEdit(timeOf(breaks.workEnd), reminders);
    m_workEnd->setObjectName(QStringLiteral("workEndEdit"));
    for (QTimeEdit* edit : {m_workStart, m_workEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(tr("to"), reminders));
    hours->addWidget(m_workEnd);
    hours->addStretch(1);
    auto* days = new QHBoxLayout;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const auto day = static_cast<Weekday>(i);
        m_days[i] = new QCheckBox(QLocale().dayName(static_cast<int>(i) + 1, QLocale::ShortFormat), reminders);
        m_days[i]->setObjectName(QStringLiteral("workDay-") + QString::fromUtf8(toString(day).data()));
        m_days[i]->setChecked(std::find(breaks.workDays.begin(), breaks.workDays.end(), day) != breaks.workDays.end());
        days->addWidget(m_days[i]);
    }
    m_afterIdle = new QComboBox(reminders);
    m_afterIdle->setObjectName(QStringLiteral("afterIdleCombo"));
    m_afterIdle->addItem(tr("counts as a break once it lasts a break's length"), static_cast<int>(IdlePolicy::Reset));
    m_afterIdle->addItem(tr("pauses the timer"), static_cast<int>(IdlePolicy::Pause));
    m_afterIdle->addItem(tr("is ignored: the timer runs on"), static_cast<int>(IdlePolicy::Ignore));
    m_afterIdle->setCurrentIndex(m_afterIdle->findData(static_cast<int>(breaks.idlePolicy)));
    m_skipCap = spin("skipCapSpin", 0, 20, {}, reminders);
    m_skipCap->setSpecialValueText(tr("no limit"));
    m_skipCap->setValue(breaks.dailySkipCap.value_or(0));
    auto* reminderForm = new QFormLayout(reminders);
    reminderForm->addRow(m_reminders);
    reminderForm->addRow(tr("Every"), m_interval);
    reminderForm->addRow(tr("A break lasts"), m_breakLength);
    reminderForm->addRow(tr("Work hours"), hours);
    reminderForm->addRow(tr("Work days"), days);
    reminderForm->addRow(tr("Time away"), m_afterIdle);
    reminderForm->addRow(tr("Skips allowed a day"), m_skipCap);

    auto* sound = new QGroupBox(tr("Sound and voice"), this);
    m_beeps = new QCheckBox(tr("Beeps on the countdown and at each change"), sound);
    m_beeps->setObjectName(QStringLiteral("beepsCheck"));
    m_beeps->setChecked(settings.beeps);
    m_voice = new QCheckBox(tr("Spoken cues"), sound);
    m_voice->setObjectName(QStringLiteral("voiceCheck"));
    m_voice->setChecked(settings.voice);
    m_voiceRate = new QSlider(Qt::Horizontal, sound);
    m_voiceRate->setObjectName(QStringLiteral("voiceRateSlider"));
    m_voiceRate->setRange(-rateSteps, rateSteps);
    m_voiceRate->setValue(static_cast<int>(std::lround(settings.voiceRate * rateSteps)));
    m_voiceRate->setAccessibleName(tr("Voice speed"));
    auto* rate = new QHBoxLayout;
    rate->addWidget(new QLabel(tr("slower"), sound));
    rate->addWidget(m_voiceRate, 1);
    rate->addWidget(new QLabel(tr("faster"), sound));
    auto* soundForm = new QFormLayout(sound);
    soundForm->addRow(m_beeps);
    soundForm->addRow(m_voice);
    soundForm->addRow(tr("Voice speed"), rate);

    auto* general = new QGroupBox(tr("Sessions and look"), this);
    m_getReady = spin("getReadySpin", 0, 60, tr(" s"), general);
    m_getReady->setValue(settings.getReadySeconds);
    m_getReady->setToolTip(tr("For routines and plans that do not set their own"));
    m_theme = new QComboBox(general);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Like the desktop"), static_cast<int>(ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ThemeChoice::Dark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(settings.theme)));
    m_startOnLogin = new QCheckBox(tr("Start Limber when I log in (in the background)"), general);
    m_startOnLogin->setObjectName(QStringLiteral("startOnLoginCheck"));
    m_startOnLogin->setChecked(settings.startOnLogin);
    auto* folder = new QLabel(dataFolder, general);
    folder->setObjectName(QStringLiteral("dataFolderLabel"));
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* open = new QPushButton(tr("Open folder"), general);
    open->setObjectName(QStringLiteral("openDataFolderButton"));
    connect(open, &QPushButton::clicked, this, [dataFolder] { QDesktopServices::openUrl(QUrl::fromLocalFile(dataFolder)); });
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(folder, 1);
    dataRow->addWidget(open);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("Get ready before each exercise"), m_getReady);
    generalForm->addRow(tr("Look (from the next start)"), m_theme);
    generalForm->addRow(m_startOnLogin);
    generalForm->addRow(tr("Your data"), dataRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto updateEnabled = [this, reminders] {
        for (QWidget* child : reminders->findChildren<QWidget*>()) {
            if (child != m_reminders)
                child->setEnabled(m_reminders->isChecked());
        }
        m_voiceRate->setEnabled(m_voice->isChecked());
    };
    connect(m_reminders, &QCheckBox::toggled, this, updateEnabled);
    connect(m_voice, &QCheckBox::toggled, this, updateEnabled);
    updateEnabled();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(reminders);
    layout->addWidget(sound);
    layout->addWidget(general);
    layout->addWidget(buttons);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings chosen = m_original;
    BreakSettings& breaks = chosen.breaks;
    breaks.enabled = m_reminders->isChecked();
    breaks.interval = std::chrono::minutes{m_interval->value()};
    breaks.breakLength = std::chrono::minutes{m_breakLength->value()};
    breaks.workStart = minutesOf(m_workStart->time());
    breaks.workEnd = minutesOf(m_workEnd->time());
    breaks.workDays.clear();
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (m_days[i]->isChecked())
            breaks.workDays.push_back(static_cast<Weekday>(i));
    }
    breaks.idlePolicy = static_cast<IdlePolicy>(m_afterIdle->currentData().toInt());
    breaks.dailySkipCap = m_skipCap->value() > 0 ? std::optional{m_skipCap->value()} : std::nullopt;
    chosen.beeps = m_beeps->isChecked();
    chosen.voice = m_voice->isChecked();
    chosen.voiceRate = static_cast<double>(m_voiceRate->value()) / rateSteps;
    chosen.getReadySeconds = m_getReady->value();
    chosen.theme = static_cast<ThemeChoice>(m_theme->currentData().toInt());
    chosen.startOnLogin = m_startOnLogin->isChecked();
    return chosen;
}

} // namespace limber::app
