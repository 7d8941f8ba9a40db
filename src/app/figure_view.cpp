// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/figure_view.h"

#include "app/figure_painter.h"

#include <QPainter>

namespace limber::app {
namespace {

constexpr qint64 holdMilliseconds = 1200;
constexpr qint64 moveMilliseconds = 1400;
constexpr int frameMilliseconds = 40; // 25 frames a second is smooth for a slow movement

} // namespace

FigureView::FigureView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("figureView"));
    setMinimumSize(160, 140);
    m_timer.setInterval(frameMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void FigureView::setFigure(const std::optional<ExerciseFigure>& figure)
{
    m_figure = figure;
    m_still.reset();
    m_mirrored = false;
    m_clock.restart();
    setAccessibleName(figure ? tr("A figure showing the exercise") : QString{});
    updateTimer();
    update();
}

void FigureView::showPose(const ExerciseFigure& figure, const Pose& pose, bool mirrored)
{
    if (!m_figure || *m_figure != figure)
        m_figure = figure;
    m_still = pose;
    m_mirrored = mirrored;
    updateTimer();
    update();
}

Pose FigureView::poseAt(qint64 elapsed) const
{
    const auto& poses = m_figure->poses;
    if (poses.size() == 1)
        return poses.front();
    const qint64 step = holdMilliseconds + moveMilliseconds;
    const qint64 within = elapsed % (step * static_cast<qint64>(poses.size()));
    const auto index = static_cast<std::size_t>(within / step);
    const qint64 into = within % step;
    if (into < holdMilliseconds)
        return poses[index];
    const double t = static_cast<double>(into - holdMilliseconds) / moveMilliseconds;
    return interpolate(poses[index], poses[(index + 1) % poses.size()], easeInOut(t));
}

void FigureView::paintEvent(QPaintEvent*)
{
    if (!m_figure || m_figure->poses.empty())
        return;
    QPainter painter(this);
    const Pose pose = m_still ? *m_still : poseAt(m_clock.isValid() ? m_clock.elapsed() : 0);
    paintFigure(painter, rect(), *m_figure, pose, m_mirrored, figureColors());
}

void FigureView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void FigureView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void FigureView::updateTimer()
{
    const bool moves = isVisible() && m_figure && m_figure->poses.size() > 1 && !m_still;
    if (moves && !m_timer.isActive())
        m_timer.start();
    else if (!moves)
        m_timer.stop();
}

} // namespace limber::app
