// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/plan/plan.h"

#include <QDialog>

#include <chrono>

class QLabel;
class QPushButton;

namespace limber::app {

// A gentle break reminder: the routine on offer and Start, Snooze (5, 10, 15 minutes), Skip and "Not
// today". It never takes the keyboard from what the person is typing; closing it is a 5-minute snooze.
class ReminderPopup : public QDialog {
    Q_OBJECT

public:
    explicit ReminderPopup(QWidget* parent = nullptr);

    // Shows the offer; `canSkip` is false once the day's skips are used up.
    void offer(const Plan* routine, bool canSkip);

Q_SIGNALS:
    void startChosen(const QString& planId);
    void snoozeChosen(std::chrono::minutes minutes);
    void skipChosen();
    void notTodayChosen();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QString m_planId;
    bool m_answered = false;
    QLabel* m_text = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_skip = nullptr;
};

} // namespace limber::app
