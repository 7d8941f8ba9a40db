// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace limber::app {

// An exercise's figure, looping gently through its key poses: each held a moment, then eased into the
// next. It animates only while it is visible and has more than one pose.
class FigureView : public QWidget {
    Q_OBJECT

public:
    explicit FigureView(QWidget* parent = nullptr);

    // The figure to show; none hides nothing but draws nothing.
    void setFigure(const std::optional<ExerciseFigure>& figure);
    bool animating() const { return m_timer.isActive(); }
    // The pose drawn at `elapsed` milliseconds into the loop; for tests.
    Pose poseAt(qint64 elapsed) const;

    QSize sizeHint() const override { return {220, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTimer();

    std::optional<ExerciseFigure> m_figure;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace limber::app
