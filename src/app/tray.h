// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace limber::app {

class BreakReminders;

// Limber in the system tray: a quick routine, log pain, when the next break comes, pause reminders, open
// and quit. The menu exists everywhere (tests use it); the icon only where the desktop has a tray.
class Tray : public QObject {
    Q_OBJECT

public:
    Tray(BreakReminders& reminders, QObject* parent = nullptr);
    ~Tray() override;

    // Whether the icon is shown: false where the desktop has no tray, and the app then works without it.
    bool available() const { return m_icon != nullptr; }
    QMenu* menu() const { return m_menu; }
    // A notification from the tray icon, when there is one.
    void notify(const QString& title, const QString& text);

Q_SIGNALS:
    void routineRequested(const QString& planId);
    void logPainRequested();
    void openRequested();
    void settingsRequested();
    void quitRequested();

private:
    void update();

    BreakReminders& m_reminders;
    QMenu* m_menu = nullptr;
    QSystemTrayIcon* m_icon = nullptr;
    QAction* m_routine = nullptr;
    QAction* m_nextBreak = nullptr;
    QAction* m_pause = nullptr;
};

} // namespace limber::app
