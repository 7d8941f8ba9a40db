// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/timer_ring.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace limber::app {

TimerRing::TimerRing(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timerRing"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Timer"));
}

void TimerRing::setState(double progress, const QString& number, const QString& caption, const QColor& color)
{
    progress = std::clamp(progress, 0.0, 1.0);
    if (std::abs(progress - m_progress) < 1e-4 && number == m_number && caption == m_caption && color == m_color)
        return;
    m_progress = progress;
    m_number = number;
    m_caption = caption;
    m_color = color;
    setAccessibleDescription(number + QLatin1Char(' ') + caption);
    update();
}

void TimerRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(width(), height());
    const double thickness = side * 0.075;
    const QRectF ring((width() - side) / 2 + thickness, (height() - side) / 2 + thickness, side - 2 * thickness,
                      side - 2 * thickness);

    QColor track = palette().color(QPalette::WindowText);
    track.setAlpha(28);
    QPen pen(track, thickness, Qt::SolidLine, Qt::FlatCap);
    painter.setPen(pen);
    painter.drawEllipse(ring);

    // What is left of the phase, clockwise from twelve o'clock, shrinking as time passes.
    pen.setColor(m_color);
    pen.setCapStyle(Qt::RoundCap);
    painter.setPen(pen);
    const int span = static_cast<int>(std::lround((1.0 - m_progress) * 360 * 16));
    if (span > 0)
        painter.drawArc(ring, 90 * 16, -span);

    QFont numberFont = font();
    numberFont.setPixelSize(std::max(12, static_cast<int>(side * (m_number.size() > 5 ? 0.17 : 0.26))));
    numberFont.setWeight(QFont::Bold);
    painter.setFont(numberFont);
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF inner = ring.adjusted(thickness, thickness, -thickness, -thickness);
    painter.drawText(inner.adjusted(0, -side * 0.06, 0, -side * 0.06), Qt::AlignCenter, m_number);

    QFont captionFont = font();
    captionFont.setPixelSize(std::max(10, static_cast<int>(side * 0.055)));
    captionFont.setWeight(QFont::DemiBold);
    captionFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    painter.setFont(captionFont);
    painter.setPen(m_color.darker(110));
    painter.drawText(QRectF(inner.left(), inner.center().y() + side * 0.11, inner.width(), side * 0.1),
                     Qt::AlignHCenter | Qt::AlignTop, m_caption.toUpper());
}

} // namespace limber::app
