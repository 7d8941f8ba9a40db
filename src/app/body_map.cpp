// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/body_map.h"

#include "app/labels.h"
#include "app/theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <initializer_list>
#include <vector>

namespace limber::app {
namespace {

constexpr auto areas = allEnumValues<PainArea>();
constexpr std::array<BodySide, 2> halfSides{BodySide::Left, BodySide::Right};

constexpr double margin = 4; // pixels, room for the focus frame

// A smooth curve through every point (Catmull-Rom, as cubic Béziers), so each outline is written as the few
// points an illustrator would mark rather than as control handles.
QPainterPath smoothThrough(const std::vector<QPointF>& points, bool closed)
{
    const auto count = static_cast<std::ptrdiff_t>(points.size());
    const auto point = [&](std::ptrdiff_t i) {
        if (closed)
            return points[static_cast<std::size_t>((i % count + count) % count)];
        return points[static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(i, 0, count - 1))];
    };
    QPainterPath path(points.front());
    for (std::ptrdiff_t i = 0; i < (closed ? count : count - 1); ++i) {
        const QPointF p0 = point(i - 1), p1 = point(i), p2 = point(i + 1), p3 = point(i + 2);
        path.cubicTo(p1 + (p2 - p0) / 6, p2 - (p3 - p1) / 6, p2);
    }
    if (closed)
        path.closeSubpath();
    return path;
}

// The right half's points (x >= 0, top to bottom) followed by their mirror image, so the figure is symmetric
// by construction. A point on the spine (x = 0) is shared, not doubled.
std::vector<QPointF> mirrored(std::initializer_list<QPointF> rightHalf)
{
    std::vector<QPointF> points(rightHalf);
    for (auto it = std::rbegin(rightHalf); it != std::rend(rightHalf); ++it) {
        if (it->x() != 0)
            points.emplace_back(-it->x(), it->y());
    }
    return points;
}

// A line across the whole figure, left to right, through these right-half points (the first on the spine).
std::vector<QPointF> across(std::initializer_list<QPointF> rightHalf)
{
    std::vector<QPointF> points;
    for (auto it = std::rbegin(rightHalf); it != std::rend(rightHalf); ++it) {
        if (it->x() != 0)
            points.emplace_back(-it->x(), it->y());
    }
    points.insert(points.end(), rightHalf.begin(), rightHalf.end());
    return points;
}

struct Shapes {
    QRectF content;
    QPainterPath body; // torso and legs: every area lies inside it
    QPainterPath head;
    QPainterPath arms;
    std::vector<QPainterPath> seams; // the lines between neighbouring areas
    std::array<std::array<QPainterPath, 2>, areas.size()> halves; // [area][left, right]
    std::array<QPointF, areas.size()> rightAnchors; // well inside each area's right half
};

Shapes buildShapes()
{
    Shapes shapes;
    // The figure has its own units, x from -38 to 38 about the spine and y from 0 (the crown) down to 206
    // (under the captions); one transform fits them to the widget.
    shapes.content = QRectF(QPointF(-38, 0), QPointF(38, 206));
    shapes.body = smoothThrough(
        mirrored({{6.2, 18},    {6.2, 25},    {6.6, 30},    {7.5, 33.2},  {13, 36.2},   {19.5, 38.2},
                  {23.4, 40.6}, {25.3, 44.6}, {25.4, 49.6}, {23.6, 53.6}, {20.5, 56.4}, {19.2, 63},
                  {17.4, 72},   {16.2, 80},   {17.2, 87},   {20, 94},     {21.4, 101},  {21.3, 108},
                  {20.6, 118},  {19.2, 132},  {17.6, 144},  {17.6, 152},  {17.8, 160},  {15.6, 172},
                  {12.6, 184},  {11.4, 190},  {9.2, 193},   {6.2, 192.5}, {4.6, 189},   {4.4, 182},
                  {4.6, 174},   {3.6, 162},   {3.2, 150},   {2.6, 138},   {1.7, 127},   {0.8, 120},
                  {0, 117.5}}),
        true);
    shapes.head.addEllipse(QPointF(0, 14.6), 9.4, 12.4);

    const std::vector<QPointF> rightArm{{21, 46},     {24.6, 45},   {26.9, 52},   {28.6, 60},
                                        {30.2, 70},   {31.2, 80},   {32.6, 92},   {33.8, 104},
                                        {34.6, 112},  {34.4, 118.5}, {32.2, 122.5}, {29.8, 120.5},
                                        {29.2, 114},  {28.6, 106},  {26.4, 93},   {24.6, 80},
                                        {23, 70},     {21.4, 62},   {20, 56}};
    std::vector<QPointF> leftArm;
    for (const QPointF& point : rightArm)
        leftArm.emplace_back(-point.x(), point.y());
    shapes.arms = smoothThrough(rightArm, true);
    shapes.arms.addPath(smoothThrough(leftArm, true));

    // The boundaries between areas, top to bottom; each runs past the body so cutting along it leaves no gap.
    // The shoulders take in the deltoids, the hips wrap round the side of the buttocks, as people point to them.
    const std::vector<std::vector<QPointF>> boundaries{
        across({{0, -20}, {60, -20}}),
        across({{0, 35.2}, {6, 34.8}, {9, 33.6}, {14, 30}, {60, 30}}),
        across({{0, 45}, {9, 45.4}, {15, 46.6}, {19.5, 49.5}, {22.6, 54}, {24.5, 60}, {60, 62}}),
        across({{0, 64.5}, {10, 64.2}, {60, 63}}),
        across({{0, 80.5}, {10, 80.2}, {60, 79}}),
        across({{0, 94}, {10, 93.4}, {60, 91}}),
        across({{0, 99.5}, {4.5, 98.2}, {10, 97.8}, {15, 99.4}, {19, 103.5}, {21.8, 110}, {24, 116},
                {60, 117}}),
        across({{0, 118.5}, {5, 121}, {11, 121.6}, {16.5, 119.8}, {21, 116.6}, {24, 118},
                {60, 119}}),
        across({{0, 260}, {60, 260}}),
    };
    static_assert(areas.size() == 8, "one band between each pair of boundaries");

    QPainterPath leftOfSpine, rightOfSpine;
    leftOfSpine.addRect(QRectF(QPointF(-60, -30), QPointF(0, 270)));
    rightOfSpine.addRect(QRectF(QPointF(0, -30), QPointF(60, 270)));
    for (std::size_t i = 0; i < areas.size(); ++i) {
        QPainterPath band = smoothThrough(boundaries[i], false);
        std::vector<QPointF> lower(boundaries[i + 1].rbegin(), boundaries[i + 1].rend());
        band.connectPath(smoothThrough(lower, false));
        band.closeSubpath();
        QPainterPath region = shapes.body.intersected(band);
        if (areas[i] == PainArea::Neck)
            region = region.subtracted(shapes.head);
        shapes.halves[i] = {region.intersected(leftOfSpine), region.intersected(rightOfSpine)};
        if (i > 0)
            shapes.seams.push_back(smoothThrough(boundaries[i], false));
    }

    shapes.rightAnchors = {QPointF(3, 31),     QPointF(17, 42),     QPointF(9, 55),  QPointF(9, 72),
                           QPointF(8.5, 87),   QPointF(17.5, 98.5), QPointF(10, 109), QPointF(10.5, 150)};
    return shapes;
}

const Shapes& shapes()
{
    static const Shapes built = buildShapes();
    return built;
}

std::size_t indexOf(BodySide side)
{
    return side == BodySide::Right ? 1 : 0;
}

QString describe(std::optional<PainArea> area, std::optional<BodySide> side)
{
    if (!area)
        return BodyMap::tr("Nothing chosen");
    if (!side)
        return label(*area);
    switch (*side) {
    case BodySide::Left:
        return BodyMap::tr("%1, left side").arg(label(*area));
    case BodySide::Right:
        return BodyMap::tr("%1, right side").arg(label(*area));
    case BodySide::Both:
        return BodyMap::tr("%1, both sides").arg(label(*area));
    }
    return label(*area);
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

BodyMap::BodyMap(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("bodyMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setAccessibleName(tr("Where it hurts"));
    setAccessibleDescription(describe(m_area, m_side));
}

void BodyMap::setSelection(std::optional<PainArea> area, std::optional<BodySide> side)
{
    if (!area)
        side.reset();
    if (area == m_area && side == m_side)
        return;
    m_area = area;
    m_side = side;
    setAccessibleDescription(describe(m_area, m_side));
    update();
    Q_EMIT selectionChanged();
}

void BodyMap::clear()
{
    setSelection(std::nullopt, std::nullopt);
}

QPointF BodyMap::pointOn(PainArea area, BodySide side) const
{
    const QPointF anchor = shapes().rightAnchors[static_cast<std::size_t>(area)];
    return toWidget().map(side == BodySide::Right ? anchor : QPointF(-anchor.x(), anchor.y()));
}

QTransform BodyMap::toWidget() const
{
    const QRectF content = shapes().content;
    const QRectF room = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const double scale = std::max(0.0, std::min(room.width() / content.width(), room.height() / content.height()));
    QTransform transform;
    transform.translate(room.center().x(), room.center().y());
    transform.scale(scale, scale);
    transform.translate(-content.center().x(), -content.center().y());
    return transform;
}

std::optional<BodyMap::Half> BodyMap::halfAt(QPointF position) const
{
    bool invertible = false;
    const QPointF point = toWidget().inverted(&invertible).map(position);
    if (!invertible)
        return std::nullopt;
    for (PainArea area : areas) {
        for (BodySide side : halfSides) {
            if (shapes().halves[static_cast<std::size_t>(area)][indexOf(side)].contains(point))
                return Half{area, side};
        }
    }
    return std::nullopt;
}

bool BodyMap::isSelected(Half half) const
{
    return m_area == half.area && (!m_side || m_side == BodySide::Both || m_side == half.side);
}

void BodyMap::clickHalf(Half half)
{
    if (m_area != half.area) {
        setSelection(half.area, half.side);
        return;
    }
    const BodySide other = half.side == BodySide::Left ? BodySide::Right : BodySide::Left;
    if (m_side == half.side)
        clear();
    else if (m_side == BodySide::Both)
        setSelection(half.area, other);
    else if (m_side == other)
        setSelection(half.area, BodySide::Both);
    else
        setSelection(half.area, half.side); // chosen from the keyboard without a side: the click says which
}

void BodyMap::setHovered(std::optional<Half> half)
{
    if (half == m_hovered)
        return;
    m_hovered = half;
    if (half)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    // A tip still showing would name the half the pointer has left.
    if (QToolTip::isVisible())
        QToolTip::hideText();
    setToolTip(half ? describe(half->area, half->side) : QString());
    update();
}

void BodyMap::mousePressEvent(QMouseEvent* event)
{
    const std::optional<Half> half = halfAt(event->position());
    if (event->button() != Qt::LeftButton || !half) {
        QWidget::mousePressEvent(event);
        return;
    }
    clickHalf(*half);
}

void BodyMap::mouseMoveEvent(QMouseEvent* event)
{
    setHovered(halfAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void BodyMap::leaveEvent(QEvent* event)
{
    setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

void BodyMap::keyPressEvent(QKeyEvent* event)
{
    const auto step = [this](int by) {
        // From nothing, Down starts at the top and Up at the bottom, the way the arrow points.
        if (!m_area) {
            setSelection(by > 0 ? areas.front() : areas.back(), std::nullopt);
            return;
        }
        const int next = std::clamp(static_cast<int>(*m_area) + by, 0, static_cast<int>(areas.size()) - 1);
        setSelection(static_cast<PainArea>(next), m_side);
    };
    switch (event->key()) {
    case Qt::Key_Up:
        step(-1);
        return;
    case Qt::Key_Down:
        step(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_B:
        if (m_area) {
            const int key = event->key();
            setSelection(m_area, key == Qt::Key_Left    ? BodySide::Left
                                 : key == Qt::Key_Right ? BodySide::Right
                                                        : BodySide::Both);
        }
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        clear();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void BodyMap::paintEvent(QPaintEvent*)
{
    const Shapes& figure = shapes();
    const ThemeColors& colors = themeColors();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform transform = toWidget();
    painter.setTransform(transform);

    // Cosmetic pens: lines stay as thin at any size the figure is scaled to.
    QPen outline(colors.muted, 1.3);
    outline.setCosmetic(true);
    outline.setJoinStyle(Qt::RoundJoin);
    QPen quietOutline(withAlpha(colors.muted, 150), 1);
    quietOutline.setCosmetic(true);

    // The arms and head are not areas one can choose, so they sit a step back from the body.
    painter.setPen(quietOutline);
    painter.setBrush(colors.panel);
    painter.drawPath(figure.arms);

    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.base);
    painter.drawPath(figure.body);
    for (PainArea area : areas) {
        for (BodySide side : halfSides) {
            const Half half{area, side};
            const QPainterPath& path = figure.halves[static_cast<std::size_t>(area)][indexOf(side)];
            if (isSelected(half))
                painter.fillPath(path, withAlpha(colors.accent, 170));
            if (m_hovered == half)
                painter.fillPath(path, withAlpha(colors.accent, 50));
        }
    }

    painter.save();
    painter.setClipPath(figure.body);
    QPen seam(colors.border, 1);
    seam.setCosmetic(true);
    painter.setPen(seam);
    painter.setBrush(Qt::NoBrush);
    for (const QPainterPath& line : figure.seams)
        painter.drawPath(line);
    QPen spine(withAlpha(colors.muted, 110), 1, Qt::DashLine);
    spine.setCosmetic(true);
    painter.setPen(spine);
    painter.drawLine(QPointF(0, 20), QPointF(0, 118));
    painter.restore();

    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(figure.body);
    painter.setPen(quietOutline);
    painter.setBrush(colors.panel);
    painter.drawPath(figure.head);

    // Captions are text, so they are placed through the transform rather than drawn scaled by it.
    painter.resetTransform();
    QFont captionFont = font();
    captionFont.setPixelSize(std::max(9, static_cast<int>(std::lround(6 * transform.m11()))));
    captionFont.setWeight(QFont::DemiBold);
    painter.setFont(captionFont);
    painter.setPen(colors.muted);
    //: Under the figure seen from the back: the person's left and right sides, as one letter each.
    for (const auto& [x, text] : {std::pair{-22.0, tr("L")}, std::pair{22.0, tr("R")}}) {
        const QPointF centre = transform.map(QPointF(x, 200));
        painter.drawText(QRectF(centre.x() - 20, centre.y() - 12, 40, 24), Qt::AlignCenter, text);
    }

    if (hasFocus()) {
        painter.setPen(QPen(colors.accent, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8);
    }
}

} // namespace limber::app
