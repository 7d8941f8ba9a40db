// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/reminder_popup.h"

#include "core/reminders/break_scheduler.h"
#include "core/session/timeline.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber::app {

ReminderPopup::ReminderPopup(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("reminderPopup"));
    setWindowTitle(tr("Time for a break"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowStaysOnTopHint);
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* heading = new QLabel(tr("Time to stand up and move"), this);
    heading->setProperty("role", QStringLiteral("question"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reminderText"));
    m_text->setWordWrap(true);
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("reminderStartButton"));
    m_start->setProperty("role", QStringLiteral("primary"));
    auto* snooze = new QPushButton(tr("Snooze"), this);
    snooze->setObjectName(QStringLiteral("reminderSnoozeButton"));
    auto* snoozeMenu = new QMenu(snooze);
    for (std::chrono::minutes minutes : snoozeChoices) {
        QAction* action = snoozeMenu->addAction(tr("%1 minutes").arg(minutes.count()));
        action->setObjectName(QStringLiteral("snooze%1").arg(minutes.count()));
        connect(action, &QAction::triggered, this, [this, minutes] {
            m_answered = true;
            Q_EMIT snoozeChosen(minutes);
            hide();
        });
    }
    snooze->setMenu(snoozeMenu);
    m_skip = new QPushButton(tr("Skip"), this);
    m_skip->setObjectName(QStringLiteral("reminderSkipButton"));
    auto* notToday = new QPushButton(tr("Not today"), this);
    notToday->setObjectName(QStringLiteral("reminderNotTodayButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(notToday);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    buttons->addWidget(snooze);
    buttons->addWidget(m_start);
    layout->addWidget(heading);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    const auto answer = [this](auto signal) {
        return [this, signal] {
            m_answered = true;
            Q_EMIT(this->*signal)();
            hide();
        };
    };
    connect(m_skip, &QPushButton::clicked, this, answer(&ReminderPopup::skipChosen));
    connect(notToday, &QPushButton::clicked, this, answer(&ReminderPopup::notTodayChosen));
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_answered = true;
        Q_EMIT startChosen(m_planId);
        hide();
    });
}

void ReminderPopup::offer(const Plan* routine, bool canSkip)
{
    m_answered = false;
    m_planId = routine ? QString::fromStdString(routine->id) : QString{};
    m_start->setVisible(routine != nullptr);
    m_skip->setEnabled(canSkip);
    m_skip->setToolTip(canSkip ? QString{} : tr("You have skipped as many breaks today as you allowed yourself"));
    if (routine) {
        const auto minutes = std::max<std::int64_t>(1, std::chrono::round<std::chrono::minutes>(buildTimeline(*routine).total).count());
        m_text->setText(tr("You have been at it for a while. %1 takes about %2 min: a good moment for it.")
                            .arg(QString::fromStdString(routine->title))
                            .arg(minutes));
    } else {
        m_text->setText(tr("You have been at it for a while: stand up, walk a little, look into the distance."));
    }
    show();
    raise();
}

void ReminderPopup::closeEvent(QCloseEvent* event)
{
    // Closed with the window's button: the person is busy, so ask again a little later.
    if (!m_answered) {
        m_answered = true;
        Q_EMIT snoozeChosen(snoozeChoices.front());
    }
    QDialog::closeEvent(event);
}

} // namespace limber::app
