// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/tray.h"

#include "app/break_reminders.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace limber::app {

Tray::Tray(BreakReminders& reminders, QObject* parent) : QObject(parent), m_reminders(reminders)
{
    m_menu = new QMenu;
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_routine = m_menu->addAction(tr("Start a quick routine"));
    m_routine->setObjectName(QStringLiteral("trayRoutineAction"));
    QAction* logPain = m_menu->addAction(tr("Log pain…"));
    logPain->setObjectName(QStringLiteral("trayLogPainAction"));
    m_nextBreak = m_menu->addAction(QString{});
    m_nextBreak->setObjectName(QStringLiteral("trayNextBreakAction"));
    m_nextBreak->setEnabled(false);
    m_pause = m_menu->addAction(tr("Pause reminders"));
    m_pause->setObjectName(QStringLiteral("trayPauseAction"));
    m_pause->setCheckable(true);
    m_menu->addSeparator();
    QAction* open = m_menu->addAction(tr("Open Limber"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    QAction* settings = m_menu->addAction(tr("Settings…"));
    settings->setObjectName(QStringLiteral("traySettingsAction"));
    QAction* quit = m_menu->addAction(tr("Quit Limber"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));

    connect(m_routine, &QAction::triggered, this, [this] {
        if (const Plan* routine = m_reminders.routine())
            Q_EMIT routineRequested(QString::fromStdString(routine->id));
    });
    connect(logPain, &QAction::triggered, this, &Tray::logPainRequested);
    connect(m_pause, &QAction::toggled, &m_reminders, &BreakReminders::setPaused);
    connect(open, &QAction::triggered, this, &Tray::openRequested);
    connect(settings, &QAction::triggered, this, &Tray::settingsRequested);
    connect(quit, &QAction::triggered, this, &Tray::quitRequested);
    // The menu says when the next break is as it opens, so nothing has to keep it current in between.
    connect(m_menu, &QMenu::aboutToShow, this, &Tray::update);
    connect(&m_reminders, &BreakReminders::changed, this, &Tray::update);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/limber.svg")), this);
        m_icon->setToolTip(tr("Limber"));
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                Q_EMIT openRequested();
        });
        m_icon->show();
    }
    update();
}

Tray::~Tray()
{
    delete m_menu;
}

void Tray::notify(const QString& title, const QString& text)
{
    if (m_icon)
        m_icon->showMessage(title, text, QIcon(QStringLiteral(":/icons/limber.svg")));
}

void Tray::update()
{
    const Plan* routine = m_reminders.routine();
    m_routine->setEnabled(routine != nullptr);
    m_routine->setText(routine ? tr("Start a quick routine: %1").arg(QString::fromStdString(routine->title))
                               : tr("Start a quick routine"));
    m_pause->setChecked(m_reminders.paused());
    const auto next = m_reminders.untilNextBreak();
    if (m_reminders.paused())
        m_nextBreak->setText(tr("Reminders are paused"));
    else if (!m_reminders.settings().enabled)
        m_nextBreak->setText(tr("Reminders are off"));
    else if (!next)
        m_nextBreak->setText(tr("No break due: outside your work hours"));
    else if (next->count() == 0)
        m_nextBreak->setText(tr("Time for a break"));
    else
        m_nextBreak->setText(tr("Next break in %n minute(s)", nullptr,
                                static_cast<int>(std::max<std::int64_t>(1, (next->count() + 59) / 60))));
}

} // namespace limber::app
