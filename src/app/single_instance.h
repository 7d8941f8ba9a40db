// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QObject>
#include <QString>

#include <string>

class QSocketNotifier;

namespace limber::app {

// One running Limber per user and journal: a later start hands its request (bring the window forward,
// or import a plan file) to the running one over a Unix socket only its user can reach, and quits. Plain
// POSIX sockets rather than Qt Network, which would cost every start its library.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    // `key` tells instances apart: the same user with another journal is another instance.
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Hands `message` to the running instance; false when none answered.
    bool sendToRunning(const QString& message) const;
    // Answers later starts from now on; false when the socket cannot be made.
    bool listen();

    // The messages: bring the window forward, or import this plan file.
    static QString raiseMessage() { return QStringLiteral("raise"); }
    static QString importMessage(const QString& path) { return QStringLiteral("import ") + path; }

Q_SIGNALS:
    void messageReceived(const QString& message);

private:
    void answer();

    std::string m_path;
    int m_listening = -1;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace limber::app
