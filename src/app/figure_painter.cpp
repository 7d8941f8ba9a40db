// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/figure_painter.h"

#include "app/theme.h"

#include <QFont>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber::app {
namespace {

// The body's reach around its joints, in body heights: enough for a calm, solid figure at any size.
constexpr double limbWidth = 0.045;
constexpr double trunkWidth = 0.075;
constexpr double noseRadius = 0.022;

bool isFarSide(const Bone& bone, const FigureGeometry& geometry)
{
    const double depth = (geometry.at(bone.from).depth + geometry.at(bone.to).depth) / 2;
    const double centre = (geometry.at(Joint::HipLeft).depth + geometry.at(Joint::HipRight).depth) / 2;
    return depth < centre - 1e-6;
}

bool isTrunk(const Bone& bone)
{
    const auto trunk = [](BodyPoint point) {
        return point == BodyPoint{Joint::LowerSpine} || point == BodyPoint{Joint::UpperSpine} || point == BodyPoint{Joint::Neck};
    };
    return trunk(bone.from) && trunk(bone.to);
}

constexpr double minRollerRadius = 0.035; // 12 to 30 cm foam rollers
constexpr double maxRollerRadius = 0.085;
constexpr double ballRadius = 0.186;   // a 65 cm exercise ball
constexpr double chairSeatHeight = 0.26;
constexpr double chairSeatDepth = 0.22;

FigurePoint between(const FigurePoint& a, const FigurePoint& b, double t)
{
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.depth + (b.depth - a.depth) * t};
}

void paintChair(QPainter& painter, const Pose& pose, const FigureGeometry& geometry, View view)
{
    if (pose.support == Support::Lying) {
        // Legs resting on the seat: it reaches from behind the knees to beyond the heels, just under the calves.
        const double kneeX = (geometry.at(Joint::KneeLeft).x + geometry.at(Joint::KneeRight).x) / 2;
        const double ankleX = (geometry.at(Joint::AnkleLeft).x + geometry.at(Joint::AnkleRight).x) / 2;
        const double toFeet = ankleX >= kneeX ? 1.0 : -1.0;
        double seat = std::numeric_limits<double>::infinity();
        for (const Joint joint : {Joint::KneeLeft, Joint::KneeRight, Joint::AnkleLeft, Joint::AnkleRight})
            seat = std::min(seat, geometry.at(joint).y - figureProportions.limbRadius);
        const double front = kneeX - toFeet * 0.03;
        const double back = front + toFeet * std::max(chairSeatDepth, std::abs(ankleX - kneeX) + 0.08);
        painter.drawRect(QRectF(QPointF(std::min(front, back), seat - 0.025), QPointF(std::max(front, back), seat)));
        painter.drawRect(QRectF(front - (toFeet > 0 ? 0 : 0.02), 0, 0.02, seat));
        painter.drawRect(QRectF(back - (toFeet > 0 ? 0.02 : 0), 0, 0.02, seat));
        painter.drawRect(QRectF(back - (toFeet > 0 ? 0.02 : 0), seat, 0.02, 0.28)); // the backrest, beyond the feet
        return;
    }
    const double seat = pose.support == Support::Sitting ? pose.seatHeight : chairSeatHeight;
    if (view == View::Front) {
        painter.drawRect(QRectF(-0.15, seat - 0.025, 0.30, 0.025));
        painter.drawRect(QRectF(-0.15, 0, 0.02, seat));
        painter.drawRect(QRectF(0.13, 0, 0.02, seat));
        painter.drawRect(QRectF(-0.14, seat, 0.28, 0.26)); // the backrest, behind the body
        return;
    }
    painter.drawRect(QRectF(-0.16, seat - 0.025, chairSeatDepth, 0.025)); // the seat, under the hips
    painter.drawRect(QRectF(-0.16, 0, 0.02, seat));                       // a back leg
    painter.drawRect(QRectF(0.04, 0, 0.02, seat));                        // a front leg
    painter.drawRect(QRectF(-0.18, seat, 0.02, 0.28));                    // the backrest
}

// The props are drawn in the same body-height units as the figure, before it, so the figure rests on them.
// Those the body rests on are placed from its geometry.
void paintProps(QPainter& painter, const Pose& pose, const FigureGeometry& geometry, View view,
                const std::vector<Equipment>& props, const FigureColors& colors, double left, double right)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.props);
    const FigurePoint& upperSpine = geometry.at(Joint::UpperSpine);
    const FigurePoint& lowerSpine = geometry.at(Joint::LowerSpine);
    const FigurePoint hips = between(geometry.at(Joint::HipLeft), geometry.at(Joint::HipRight), 0.5);
    for (Equipment prop : props) {
        switch (prop) {
        case Equipment::Mat:
            painter.drawRoundedRect(QRectF(left, -0.012, right - left, 0.012), 0.006, 0.006);
            break;
        case Equipment::Chair:
            paintChair(painter, pose, geometry, view);
            break;
        case Equipment::Wall:
            painter.drawRect(QRectF(left - 0.03, 0, 0.03, 1.1));
            break;
        case Equipment::FoamRoller: {
            // Across the back under the lower edge of the shoulder blades, about a third of the way up the
            // thoracic spine, and as thick as the back is high there (within what rollers come in), so the
            // back rests on it.
            const FigurePoint under = between(upperSpine, geometry.at(Joint::Neck), 0.35);
            const double radius = std::clamp((under.y - figureProportions.trunkHalfDepth) / 2, minRollerRadius,
                                             maxRollerRadius);
            painter.drawEllipse(QPointF(under.x, radius), radius, radius);
            break;
        }
        case Equipment::StabilityBall: {
            // Under the hips when sitting up on it; under the middle of the back when lying over it.
            const bool upright = geometry.at(Joint::Neck).y - hips.y > 0.2;
            const double x = upright ? hips.x : between(lowerSpine, upperSpine, 0.5).x;
            painter.drawEllipse(QPointF(x, ballRadius), ballRadius, ballRadius);
            break;
        }
        case Equipment::Doorway:
            painter.drawRect(QRectF(right + 0.02, 0, 0.04, 1.15));
            break;
        case Equipment::Step:
            painter.drawRect(QRectF(-0.1, 0, 0.3, 0.1));
            break;
        case Equipment::Towel:
        case Equipment::ResistanceBand:
        case Equipment::Pool:
        case Equipment::Bike:
            break; // held or around the figure: its hands and posture say enough
        }
    }
}

} // namespace

FigureColors figureColors()
{
    const ThemeColors& theme = themeColors();
    FigureColors colors;
    colors.body = theme.accent;
    colors.farSide = theme.dark ? theme.accent.darker(160) : theme.accent.lighter(150);
    colors.props = theme.track;
    colors.floor = theme.border;
    return colors;
}

void paintFigure(QPainter& painter, const QRectF& area, const Pose& pose, View view, bool mirrored,
                 const std::vector<Equipment>& props, const FigureColors& colors)
{
    const FigureGeometry geometry = computeFigure(pose, view, mirrored);
    // The figure's extent, with room for its thickness and its head, and at least a standing figure's
    // height so a lying one is not drawn huge.
    double left = 0, right = 0, top = 1;
    for (const FigurePoint& point : geometry.joints) {
        left = std::min(left, point.x);
        right = std::max(right, point.x);
        top = std::max(top, point.y);
    }
    for (const FigurePoint& point : geometry.extremities) {
        left = std::min(left, point.x);
        right = std::max(right, point.x);
        top = std::max(top, point.y);
    }
    const double margin = 0.12;
    left -= margin;
    right += margin;
    top += margin;
    const double width = right - left;
    const double scale = std::min(area.width() / width, area.height() / (top + 0.04));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Body heights, y up, centred in the area, the floor near its bottom.
    painter.translate(area.center().x() - (left + right) / 2 * scale, area.bottom() - 0.04 * scale);
    painter.scale(scale, -scale);

    painter.setPen(QPen(colors.floor, 0.008));
    painter.drawLine(QPointF(left, 0), QPointF(right, 0));
    paintProps(painter, pose, geometry, view, props, colors, left + margin / 2, right - margin / 2);

    // Far limbs first, then the trunk, then the near limbs, so the near side is in front.
    for (int layer = 0; layer < 3; ++layer) {
        for (const Bone& bone : figureBones) {
            const bool far = isFarSide(bone, geometry);
            const bool trunk = isTrunk(bone);
            if ((layer == 0 && !far) || (layer == 1 && !trunk) || (layer == 2 && (far || trunk)))
                continue;
            if (layer == 0 && trunk)
                continue;
            QPen pen(far ? colors.farSide : colors.body, trunk ? trunkWidth : limbWidth, Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin);
            painter.setPen(pen);
            const FigurePoint& from = geometry.at(bone.from);
            const FigurePoint& to = geometry.at(bone.to);
            painter.drawLine(QPointF(from.x, from.y), QPointF(to.x, to.y));
        }
    }
    const FigurePoint& head = geometry.at(Extremity::Head);
    const FigurePoint& nose = geometry.at(Extremity::Nose);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.body);
    // The nose is what shows where the face looks: beside the head when it faces across the picture,
    // hidden inside it when it faces the viewer.
    painter.drawEllipse(QPointF(nose.x, nose.y), noseRadius, noseRadius);
    painter.drawEllipse(QPointF(head.x, head.y), figureProportions.headRadius, figureProportions.headRadius);
    painter.restore();
}

bool writeContactSheet(const std::vector<Exercise>& exercises, const QString& path, QString& error)
{
    constexpr int cell = 180;
    constexpr int label = 36;
    constexpr int columns = 4; // key poses per row at most
    std::vector<const Exercise*> drawn;
    for (const Exercise& exercise : exercises) {
        if (exercise.figure)
            drawn.push_back(&exercise);
    }
    if (drawn.empty()) {
        error = QStringLiteral("no exercise has a figure");
        return false;
    }
    // Two exercises side by side in each row of the sheet, each with up to four poses.
    const int perRow = 2;
    const int rows = static_cast<int>((drawn.size() + perRow - 1) / perRow);
    QImage sheet(perRow * columns * cell, rows * (cell + label), QImage::Format_RGB32);
    const ThemeColors& theme = themeColors();
    sheet.fill(theme.base);
    QPainter painter(&sheet);
    QFont font = painter.font();
    font.setPixelSize(15);
    painter.setFont(font);
    const FigureColors colors = figureColors();
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const Exercise& exercise = *drawn[i];
        const int x0 = static_cast<int>(i % perRow) * columns * cell;
        const int y0 = static_cast<int>(i / perRow) * (cell + label);
        painter.setPen(theme.text);
        painter.drawText(QRect(x0 + 8, y0 + 4, columns * cell - 16, label - 8), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::fromStdString(exercise.name + "  (" + exercise.id + ")"));
        for (std::size_t k = 0; k < exercise.figure->poses.size(); ++k) {
            const QRectF area(x0 + static_cast<int>(k) * cell + 6, y0 + label, cell - 12, cell - 8);
            paintFigure(painter, area, exercise.figure->poses[k], exercise.figure->view, false, exercise.figure->props, colors);
        }
        painter.setPen(theme.border);
        painter.drawRect(QRect(x0, y0, columns * cell - 1, cell + label - 1));
    }
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(sheet)) {
        error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace limber::app
