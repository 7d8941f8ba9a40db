// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QColor>
#include <QWidget>

namespace limber::app {

// The player's big dial: a ring that empties as a phase runs, with the number to read from across the room
// (seconds left, or "7 / 10" reps) in the middle and a short caption under it.
class TimerRing : public QWidget {
    Q_OBJECT

public:
    explicit TimerRing(QWidget* parent = nullptr);

    // `progress` from 0 (phase start) to 1 (phase end).
    void setState(double progress, const QString& number, const QString& caption, const QColor& color);

    double progress() const { return m_progress; }
    QString number() const { return m_number; }
    QString caption() const { return m_caption; }

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_progress = 0;
    QString m_number;
    QString m_caption;
    QColor m_color;
};

} // namespace limber::app
