// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/figure_painter.h"

#include "app/theme.h"

#include <QFont>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace limber::app {
namespace {

// The body's reach around its joints, in body heights: enough for a calm, solid figure at any size.
constexpr double limbWidth = 0.045;
constexpr double trunkWidth = 0.075;
constexpr double noseRadius = 0.022;

// A limb behind the same limb of the other side. Measured against that limb rather than against the body's
// middle, so that seen from the front, or looking down from the feet along a lying body, neither side is the
// far one.
bool isFarSide(const Bone& bone, const FigureGeometry& geometry)
{
    const auto depth = [&geometry](BodyPoint from, BodyPoint to) {
        return (geometry.at(from).depth + geometry.at(to).depth) / 2;
    };
    return depth(bone.from, bone.to) < depth(otherSide(bone.from), otherSide(bone.to)) - 1e-6;
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
constexpr double chairBackFront = -0.16; // the side view's backrest, behind the hips
constexpr double minLumbarRollRadius = 0.02; // a rolled hand towel to a 15 cm lumbar roll
constexpr double maxLumbarRollRadius = 0.045;
constexpr double doorHeight = 1.15; // 2 m
constexpr double doorPostWidth = 0.05;
constexpr double stepHeight = 0.1;
constexpr double raisedFoot = 0.04; // a sole this far above the floor rests on something
constexpr double bikeTube = 0.025;
constexpr double flywheelRadius = 0.13;

FigurePoint between(const FigurePoint& a, const FigurePoint& b, double t)
{
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.depth + (b.depth - a.depth) * t};
}

// Sitting or standing up rather than lying: the shoulders well above the hips.
bool isUpright(const FigureGeometry& geometry, const FigurePoint& hips)
{
    return geometry.at(Joint::Neck).y - hips.y > 0.2;
}

void paintChair(QPainter& painter, const Pose& pose, const FigureGeometry& geometry, View view)
{
    if (pose.support == Support::Lying) {
        // Legs resting on the seat: it reaches from behind the knees to beyond the heels, just under the calves.
        const double kneeX = between(geometry.at(Joint::KneeLeft), geometry.at(Joint::KneeRight), 0.5).x;
        const double ankleX = between(geometry.at(Joint::AnkleLeft), geometry.at(Joint::AnkleRight), 0.5).x;
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
    painter.drawRect(QRectF(chairBackFront - 0.02, seat, 0.02, 0.28));    // the backrest
}

// The frame the forearms press on: in the side view one post just behind the forearms, from the front a
// post just outside each and the lintel over them.
void paintDoorway(QPainter& painter, const FigureGeometry& geometry, View view)
{
    double leftmost = std::numeric_limits<double>::infinity();
    double rightmost = -leftmost;
    for (const Joint joint : {Joint::ElbowLeft, Joint::ElbowRight, Joint::WristLeft, Joint::WristRight}) {
        leftmost = std::min(leftmost, geometry.at(joint).x);
        rightmost = std::max(rightmost, geometry.at(joint).x);
    }
    const double reach = figureProportions.limbRadius;
    // The figure faces right from the side, so the frame it leans through is on the left of its forearms.
    painter.drawRect(QRectF(leftmost - reach - doorPostWidth, 0, doorPostWidth, doorHeight));
    if (view == View::Side)
        return;
    painter.drawRect(QRectF(rightmost + reach, 0, doorPostWidth, doorHeight));
    painter.drawRect(QRectF(leftmost - reach - doorPostWidth, doorHeight,
                            rightmost - leftmost + 2 * (reach + doorPostWidth), doorPostWidth));
}

// A step under the raised foot, its top where the sole rests (a step or a chair seat under a heel); with
// both feet down, a low step in front of them.
void paintStep(QPainter& painter, const FigureGeometry& geometry)
{
    double sole = 0;
    double x = 0;
    for (const auto& [heel, toes] : {std::pair{Extremity::HeelLeft, Extremity::ToesLeft},
                                     std::pair{Extremity::HeelRight, Extremity::ToesRight}}) {
        const double lowest = std::min(geometry.at(heel).y, geometry.at(toes).y);
        if (lowest > sole) {
            sole = lowest;
            x = (geometry.at(heel).x + geometry.at(toes).x) / 2;
        }
    }
    if (sole < raisedFoot) {
        painter.drawRect(QRectF(-0.1, 0, 0.3, stepHeight));
        return;
    }
    painter.drawRect(QRectF(x - 0.13, 0, 0.26, sole));
}

// An exercise bike seen from the side: the saddle under the hips, the flywheel round the pedals (midway
// between the feet, which push on opposite sides of the cranks), the handlebar under the hands, all on a
// base on the floor.
void paintBike(QPainter& painter, const FigureGeometry& geometry, const FigurePoint& hips, const FigureColors& colors)
{
    const auto pedal = [&geometry](Extremity heel, Extremity toes) { return between(geometry.at(heel), geometry.at(toes), 0.6); };
    const FigurePoint cranks =
        between(pedal(Extremity::HeelLeft, Extremity::ToesLeft), pedal(Extremity::HeelRight, Extremity::ToesRight), 0.5);
    const FigurePoint hands = between(geometry.at(Joint::WristLeft), geometry.at(Joint::WristRight), 0.5);
    const QPointF saddle(hips.x, hips.y - figureProportions.trunkHalfDepth);
    painter.setPen(QPen(colors.props, bikeTube, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QPointF(cranks.x, cranks.y), flywheelRadius, flywheelRadius);
    painter.drawLine(QPointF(saddle.x(), 0), saddle);
    painter.drawLine(QPointF(cranks.x, cranks.y), QPointF(hands.x, hands.y - figureProportions.limbRadius));
    painter.drawLine(QPointF(std::min(saddle.x(), cranks.x) - 0.08, 0), QPointF(std::max(hands.x, cranks.x) + 0.06, 0));
    painter.drawLine(saddle + QPointF(-0.06, 0), saddle + QPointF(0.04, 0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.props);
}

// Water from the pool's floor to its surface: up to the chest of someone standing or walking in it, just
// over the back of someone swimming.
double waterSurface(const FigureGeometry& geometry, const FigurePoint& hips)
{
    const FigurePoint& neck = geometry.at(Joint::Neck);
    if (isUpright(geometry, hips))
        return between(geometry.at(Joint::UpperSpine), neck, 0.5).y;
    return std::max({hips.y, geometry.at(Joint::UpperSpine).y, neck.y}) + figureProportions.trunkHalfDepth + 0.02;
}

// The props are drawn in the same body-height units as the figure, before it, so the figure rests on them.
// Those the body rests on are placed from its geometry.
void paintProps(QPainter& painter, const Pose& pose, const FigureGeometry& geometry, View view,
                const std::vector<Equipment>& props, const FigureColors& colors, double left, double right, double top)
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
            // Behind the back from the side; from the front, behind the whole figure and above its hands.
            if (view == View::Side)
                painter.drawRect(QRectF(left - 0.03, 0, 0.03, 1.1));
            else
                painter.drawRect(QRectF(left, 0, right - left, std::max(1.1, top)));
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
            const double x = isUpright(geometry, hips) ? hips.x : between(lowerSpine, upperSpine, 0.5).x;
            painter.drawEllipse(QPointF(x, ballRadius), ballRadius, ballRadius);
            break;
        }
        case Equipment::Doorway:
            paintDoorway(painter, geometry, view);
            break;
        case Equipment::Step:
            paintStep(painter, geometry);
            break;
        case Equipment::Towel:
            // Sitting, it is the lumbar roll, seen from the side between the small of the back (just above
            // the belt line) and the chair back; otherwise it is held, and the hands say enough.
            if (pose.support == Support::Sitting && view == View::Side) {
                const FigurePoint back = between(lowerSpine, upperSpine, 0.4);
                const double radius = std::clamp((back.x - figureProportions.trunkHalfDepth - chairBackFront) / 2,
                                                 minLumbarRollRadius, maxLumbarRollRadius);
                const double x = back.x - figureProportions.trunkHalfDepth - radius;
                painter.drawEllipse(QPointF(x, back.y), radius, radius);
            }
            break;
        case Equipment::Pool:
            painter.setBrush(colors.water);
            painter.drawRect(QRectF(left, 0, right - left, waterSurface(geometry, hips)));
            painter.setBrush(colors.props);
            break;
        case Equipment::Bike:
            if (view == View::Side)
                paintBike(painter, geometry, hips, colors);
            break;
        case Equipment::ResistanceBand:
            break; // held: the hands say enough
        }
    }
}

constexpr double figureMargin = 0.12; // room for the body's thickness and its head around the points
constexpr double floorMargin = 0.04;  // the floor's distance from the bottom of the area

// Seen from anywhere but level from the side or the front.
bool isOblique(const Viewpoint& view) { return view.elevation != 0 || view.turn != 0; }

// A stretch of picture or floor, in body heights.
struct Bounds {
    double left = std::numeric_limits<double>::infinity();
    double right = -std::numeric_limits<double>::infinity();
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();

    void include(double x, double y)
    {
        left = std::min(left, x);
        right = std::max(right, x);
        low = std::min(low, y);
        high = std::max(high, y);
    }
};

constexpr double matReach = 0.06; // how far a mat reaches beyond the body on it (10 cm)

// Where a figure is drawn, the same for all its key poses so that it neither grows nor shifts as it moves
// between them: the picture it takes, with its margin, and, seen obliquely on a mat, the mat's corners.
struct Framing {
    Bounds picture;
    QPolygonF mat;
};

// The floor a mat covers under `poses`, as the level side view sees it: x along the floor and the depth
// across it, under the whole body with some room.
Bounds matUnder(const std::vector<Pose>& poses, bool mirrored)
{
    Bounds under;
    for (const Pose& pose : poses) {
        const FigureGeometry level = computeFigure(pose, View::Side, mirrored);
        for (const BodyPoint point : everyBodyPoint())
            under.include(level.at(point).x, level.at(point).depth);
    }
    return {under.left - matReach, under.right + matReach, under.low - matReach, under.high + matReach};
}

Framing framingOf(const ExerciseFigure& figure, bool mirrored)
{
    Framing framing;
    Bounds& picture = framing.picture;
    for (const Pose& pose : figure.poses) {
        const FigureGeometry geometry = computeFigure(pose, figure.view, mirrored);
        auto include = [&picture](const FigurePoint& point) { picture.include(point.x, point.y); };
        std::ranges::for_each(geometry.joints, include);
        std::ranges::for_each(geometry.extremities, include);
    }
    const bool oblique = isOblique(figure.view);
    if (oblique && std::ranges::find(figure.props, Equipment::Mat) != figure.props.end()) {
        const Bounds under = matUnder(figure.poses, mirrored);
        for (const auto& [x, depth] : {std::pair{under.left, under.low}, std::pair{under.right, under.low},
                                       std::pair{under.right, under.high}, std::pair{under.left, under.high}}) {
            const FigurePoint corner = seenFrom(figure.view, {x, 0, depth});
            framing.mat << QPointF(corner.x, corner.y);
            picture.include(corner.x, corner.y);
        }
    }
    picture.left -= figureMargin;
    picture.right += figureMargin;
    picture.high += figureMargin;
    if (oblique) {
        picture.low -= figureMargin;
    } else {
        // Down to the floor, and up to at least a standing figure's height so a lying one is not drawn huge.
        picture.low = -floorMargin;
        picture.high = std::max(picture.high, 1.0);
    }
    return framing;
}

QTransform transformFor(const QRectF& area, const Bounds& picture, bool oblique)
{
    const double scale =
        std::min(area.width() / (picture.right - picture.left), area.height() / (picture.high - picture.low));
    // Body heights, y up, centred across the area; seen level the floor is near its bottom, seen obliquely
    // the figure is centred in it.
    const double y =
        oblique ? area.center().y() + (picture.high + picture.low) / 2 * scale : area.bottom() + picture.low * scale;
    QTransform transform;
    transform.translate(area.center().x() - (picture.left + picture.right) / 2 * scale, y);
    transform.scale(scale, -scale);
    return transform;
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
    colors.water = theme.dark ? QColor(38, 62, 84) : QColor(214, 232, 243);
    return colors;
}

QTransform figureTransform(const QRectF& area, const ExerciseFigure& figure, bool mirrored)
{
    return transformFor(area, framingOf(figure, mirrored).picture, isOblique(figure.view));
}

void paintFigure(QPainter& painter, const QRectF& area, const ExerciseFigure& figure, const Pose& pose, bool mirrored,
                 const FigureColors& colors)
{
    const Viewpoint& view = figure.view;
    const FigureGeometry geometry = computeFigure(pose, view, mirrored);
    const Framing framing = framingOf(figure, mirrored);
    const Bounds& picture = framing.picture;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setTransform(transformFor(area, picture, isOblique(view)), true);

    if (isOblique(view)) {
        // The floor is all around the figure, with no line to draw: only its mat, if it has one. The other
        // props are drawn only in a level side or front view, where they stand in the picture's plane.
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.props);
        painter.drawPolygon(framing.mat);
    } else {
        painter.setPen(QPen(colors.floor, 0.008));
        painter.drawLine(QPointF(picture.left, 0), QPointF(picture.right, 0));
        paintProps(painter, pose, geometry, view.facing, figure.props, colors, picture.left + figureMargin / 2,
                   picture.right - figureMargin / 2, picture.high - figureMargin / 2);
    }

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
            paintFigure(painter, area, *exercise.figure, exercise.figure->poses[k], false, colors);
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
