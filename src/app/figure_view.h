// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace limber::app {

// An exercise's figure, looping gently through its key poses (each held a moment, then eased into the
// next) while it is visible and has more than one pose; or one pose held still, when the player drives it.
class FigureView : public QWidget {
    Q_OBJECT

public:
    explicit FigureView(QWidget* parent = nullptr);

    // The figure to loop through; none draws nothing.
    void setFigure(const std::optional<ExerciseFigure>& figure);
    // One pose of `figure`, held still: the player moves it itself, in step with the session.
    void showPose(const ExerciseFigure& figure, const Pose& pose, bool mirrored);
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
    std::optional<Pose> m_still;
    bool m_mirrored = false;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace limber::app
