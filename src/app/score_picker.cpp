// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/score_picker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace limber::app {

ScorePicker::ScorePicker(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scorePicker"));
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    m_buttons = new QButtonGroup(this);
    m_buttons->setExclusive(true);
    for (int score = 0; score <= 10; ++score) {
        auto* button = new QPushButton(QString::number(score), this);
        button->setObjectName(QStringLiteral("score%1Button").arg(score));
        button->setCheckable(true);
        button->setMinimumSize(40, 40);
        button->setAccessibleName(tr("Pain %1 of 10").arg(score));
        button->setFocusPolicy(Qt::NoFocus);
        m_buttons->addButton(button, score);
        layout->addWidget(button, 0, score);
    }
    m_low = new QLabel(tr("no pain"), this);
    m_high = new QLabel(tr("worst imaginable"), this);
    for (QLabel* anchor : {m_low, m_high})
        anchor->setForegroundRole(QPalette::PlaceholderText);
    m_high->setAlignment(Qt::AlignRight);
    layout->addWidget(m_low, 1, 0, 1, 5);
    layout->addWidget(m_high, 1, 6, 1, 5);
    connect(m_buttons, &QButtonGroup::idClicked, this, &ScorePicker::choose);
}

void ScorePicker::setAnchors(const QString& low, const QString& high)
{
    m_low->setText(low);
    m_high->setText(high);
}

void ScorePicker::clear()
{
    m_score.reset();
    m_buttons->setExclusive(false);
    for (QAbstractButton* button : m_buttons->buttons())
        button->setChecked(false);
    m_buttons->setExclusive(true);
}

void ScorePicker::setScore(int score)
{
    if (score >= 0 && score <= 10)
        choose(score);
}

void ScorePicker::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        choose(key - Qt::Key_0);
        return;
    }
    if (key == Qt::Key_T) {
        choose(10);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ScorePicker::choose(int score)
{
    m_score = score;
    m_buttons->button(score)->setChecked(true);
    Q_EMIT scoreChosen(score);
}

} // namespace limber::app
