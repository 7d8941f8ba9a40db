// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/figure/figure.h"

#include "core/figure/rotation.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <ranges>
#include <span>
#include <utility>

namespace limber {
namespace {

constexpr std::size_t indexOf(Joint joint) { return static_cast<std::size_t>(joint); }
constexpr std::size_t indexOf(Extremity extremity) { return static_cast<std::size_t>(extremity); }

// A position relative to the hips' mid-point, along the directions the upright figure faces, its up and
// its left.
struct Vec3 {
    double forward = 0;
    double up = 0;
    double left = 0;
};

Vec3 operator+(Vec3 a, Vec3 b) { return {a.forward + b.forward, a.up + b.up, a.left + b.left}; }
Vec3 operator-(Vec3 a, Vec3 b) { return {a.forward - b.forward, a.up - b.up, a.left - b.left}; }
Vec3 operator*(Vec3 v, double factor) { return {v.forward * factor, v.up * factor, v.left * factor}; }

// How a segment lies relative to the hips' frame: its own forward, up and left directions. Turns are
// composed as each segment's own axes, so a twist turns about the segment as it already lies.
struct Frame {
    Vec3 forward{1, 0, 0};
    Vec3 up{0, 1, 0};
    Vec3 left{0, 0, 1};

    // `v`, given in this frame's directions, in the hips' frame.
    Vec3 operator()(Vec3 v) const
    {
        return {forward.forward * v.forward + up.forward * v.up + left.forward * v.left,
                forward.up * v.forward + up.up * v.up + left.up * v.left,
                forward.left * v.forward + up.left * v.up + left.left * v.left};
    }

    // This frame turned about its own axes. Most joints of most poses are at 0, and the catalog reader
    // places every pose it checks: not turning at all is exactly what a turn by 0 gives, without its sine
    // and cosine. A turn mixes only the two axes it moves: the same values as mapping the three turned unit
    // vectors through the frame, without multiplying by their zeros.
    //
    // Turned `degrees` about its left axis, up toward forward: how a forward bend turns things.
    Frame pitched(double degrees) const
    {
        if (degrees == 0)
            return *this;
        const auto [c, s] = cosineAndSine(degrees);
        return {forward * c - up * s, forward * s + up * c, left};
    }
    // Turned `degrees` about its forward axis, up toward left.
    Frame rolled(double degrees) const
    {
        if (degrees == 0)
            return *this;
        const auto [c, s] = cosineAndSine(degrees);
        return {forward, up * c + left * s, left * c - up * s};
    }
    // Turned `degrees` about its up axis, forward toward left.
    Frame yawed(double degrees) const
    {
        if (degrees == 0)
            return *this;
        const auto [c, s] = cosineAndSine(degrees);
        return {forward * c + left * s, up, left * c - forward * s};
    }
};

// A spine segment above its joint: bent forward, then sideways, then twisted.
Frame spineSegment(const Frame& below, const Pose& pose, Joint bend, Joint sideBend, Joint twist)
{
    return below.pitched(pose.angle(bend)).rolled(pose.angle(sideBend)).yawed(pose.angle(twist));
}

// The joints and ends of one side of the body, and which way that side lies from the midline.
struct BodySide {
    Joint hip, knee, ankle, shoulder, elbow, wrist, hipOut, hipTurnOut, shoulderOut, shoulderTurnOut;
    Extremity heel, toes, fingertips;
    double toLeft;
};
constexpr std::array<BodySide, 2> bodySides{{
    {Joint::HipLeft, Joint::KneeLeft, Joint::AnkleLeft, Joint::ShoulderLeft, Joint::ElbowLeft, Joint::WristLeft,
     Joint::HipLeftOut, Joint::HipLeftTurnOut, Joint::ShoulderLeftOut, Joint::ShoulderLeftTurnOut,
     Extremity::HeelLeft, Extremity::ToesLeft, Extremity::FingertipsLeft, 1.0},
    {Joint::HipRight, Joint::KneeRight, Joint::AnkleRight, Joint::ShoulderRight, Joint::ElbowRight,
     Joint::WristRight, Joint::HipRightOut, Joint::HipRightTurnOut, Joint::ShoulderRightOut,
     Joint::ShoulderRightTurnOut, Extremity::HeelRight, Extremity::ToesRight, Extremity::FingertipsRight, -1.0},
}};

constexpr std::array<Joint, 6> sideBendsAndTwists{Joint::NeckSideBend,       Joint::NeckTwist,
                                                  Joint::UpperSpineSideBend, Joint::UpperSpineTwist,
                                                  Joint::LowerSpineSideBend, Joint::LowerSpineTwist};

// A thigh or upper arm leaving the trunk's `from`: swung forward by `bend`, out to its side by `out`, then
// turned about its own length by `turnOut`, so a turned-out limb carries the bent joint below it round.
Frame limbFromTrunk(const Frame& from, const Pose& pose, const BodySide& side, Joint bend, Joint out, Joint turnOut)
{
    return from.pitched(-pose.angle(bend)).rolled(-side.toLeft * pose.angle(out)).yawed(side.toLeft * pose.angle(turnOut));
}

Pose mirroredPose(Pose pose)
{
    const auto& [left, right] = bodySides;
    for (const auto joint : {&BodySide::hip, &BodySide::knee, &BodySide::ankle, &BodySide::shoulder, &BodySide::elbow,
                             &BodySide::wrist, &BodySide::hipOut, &BodySide::hipTurnOut, &BodySide::shoulderOut,
                             &BodySide::shoulderTurnOut})
        std::swap(pose.angles[indexOf(left.*joint)], pose.angles[indexOf(right.*joint)]);
    for (const Joint joint : sideBendsAndTwists)
        pose.setAngle(joint, -pose.angle(joint));
    pose.roll = -pose.roll;
    return pose;
}

struct Skeleton {
    std::array<Vec3, placedJointCount> joints{};
    std::array<Vec3, extremityCount> extremities{};
};

// Flexion bends the spine and neck forward (a positive pitch) but swings the thigh, arm and forearm
// forward and the toes up (negative), while a flexed knee swings the shin back and a flexed wrist, its palm
// facing back, the fingers back (positive). Sideways joints roll a limb away from the body and turn-outs
// turn its front outward, both toward the left for the left side; each limb's lower joints bend in the
// frame its hip or shoulder left it in, so a turned-out upper arm carries the bent elbow's forearm round.
Skeleton uprightSkeleton(const Pose& pose)
{
    const FigureProportions& size = figureProportions;
    Skeleton skeleton;
    auto& joints = skeleton.joints;
    auto& ends = skeleton.extremities;

    const Frame lumbar = spineSegment(Frame{}, pose, Joint::LowerSpine, Joint::LowerSpineSideBend, Joint::LowerSpineTwist);
    const Frame thorax = spineSegment(lumbar, pose, Joint::UpperSpine, Joint::UpperSpineSideBend, Joint::UpperSpineTwist);
    const Frame head = spineSegment(thorax, pose, Joint::Neck, Joint::NeckSideBend, Joint::NeckTwist);
    joints[indexOf(Joint::LowerSpine)] = {0, size.pelvis, 0};
    joints[indexOf(Joint::UpperSpine)] = joints[indexOf(Joint::LowerSpine)] + lumbar({0, size.lowerSpine, 0});
    joints[indexOf(Joint::Neck)] = joints[indexOf(Joint::UpperSpine)] + thorax({0, size.upperSpine, 0});
    ends[indexOf(Extremity::Head)] = joints[indexOf(Joint::Neck)] + head({0, size.neck + size.headRadius, 0});
    ends[indexOf(Extremity::Nose)] = ends[indexOf(Extremity::Head)] + head({size.headRadius, 0, 0});

    for (const BodySide& side : bodySides) {
        const Frame thigh = limbFromTrunk(Frame{}, pose, side, side.hip, side.hipOut, side.hipTurnOut);
        const Frame shin = thigh.pitched(pose.angle(side.knee));
        const Frame foot = shin.pitched(-pose.angle(side.ankle));
        const Vec3 hip{0, 0, side.toLeft * size.hipWidth / 2};
        const Vec3 knee = hip + thigh({0, -size.thigh, 0});
        const Vec3 ankle = knee + shin({0, -size.shin, 0});
        joints[indexOf(side.hip)] = hip;
        joints[indexOf(side.knee)] = knee;
        joints[indexOf(side.ankle)] = ankle;
        ends[indexOf(side.heel)] = ankle + foot({-size.heel, -size.ankleHeight, 0});
        ends[indexOf(side.toes)] = ankle + foot({size.foot - size.heel, -size.ankleHeight, 0});

        const Frame upperArm = limbFromTrunk(thorax, pose, side, side.shoulder, side.shoulderOut, side.shoulderTurnOut);
        const Frame forearm = upperArm.pitched(-pose.angle(side.elbow));
        const Frame hand = forearm.pitched(pose.angle(side.wrist));
        const Vec3 shoulder = joints[indexOf(Joint::Neck)] + thorax({0, 0, side.toLeft * size.shoulderWidth / 2});
        const Vec3 elbow = shoulder + upperArm({0, -size.upperArm, 0});
        const Vec3 wrist = elbow + forearm({0, -size.forearm, 0});
        joints[indexOf(side.shoulder)] = shoulder;
        joints[indexOf(side.elbow)] = elbow;
        joints[indexOf(side.wrist)] = wrist;
        ends[indexOf(side.fingertips)] = wrist + hand({0, -size.hand, 0});
    }
    return skeleton;
}

// `v` of the upright figure as the whole body's `orientation` turns it, seen from the side.
FigurePoint sideView(Vec3 v, const Frame& orientation)
{
    const Vec3 turned = orientation(v);
    return {turned.forward, turned.up, -turned.left};
}

// Turns points seen level from the side to how `viewpoint` sees them: round the vertical axis, then the
// viewer raised about the picture's horizontal axis.
struct ViewTurn {
    double aroundCosine;
    double aroundSine;
    double downCosine;
    double downSine;

    explicit ViewTurn(const Viewpoint& viewpoint)
    {
        constexpr double radians = std::numbers::pi / 180;
        const double around = ((viewpoint.facing == View::Front ? 90 : 0) + viewpoint.turn) * radians;
        aroundCosine = std::cos(around);
        aroundSine = std::sin(around);
        downCosine = std::cos(viewpoint.elevation * radians);
        downSine = std::sin(viewpoint.elevation * radians);
    }
    FigurePoint operator()(const FigurePoint& point) const
    {
        const double depth = aroundSine * point.x + aroundCosine * point.depth;
        return {aroundCosine * point.x - aroundSine * point.depth, downCosine * point.y - downSine * depth,
                downCosine * depth + downSine * point.y};
    }
};

// How far below a point the body's surface reaches when it rests on that point.
double clearance(Extremity extremity)
{
    return extremity == Extremity::Head ? figureProportions.headRadius : 0.0;
}
double clearance(Joint joint)
{
    switch (joint) {
    case Joint::Neck:
    case Joint::UpperSpine:
    case Joint::LowerSpine:
    case Joint::HipLeft:
    case Joint::HipRight:
    case Joint::ShoulderLeft:
    case Joint::ShoulderRight:
        return figureProportions.trunkHalfDepth;
    default:
        return figureProportions.limbRadius;
    }
}
double clearance(BodyPoint point)
{
    return std::visit([](auto which) { return clearance(which); }, point);
}

constexpr std::array<BodyPoint, 4> feet{Extremity::HeelLeft, Extremity::HeelRight, Extremity::ToesLeft,
                                        Extremity::ToesRight};
constexpr std::array<BodyPoint, 2> knees{Joint::KneeLeft, Joint::KneeRight};
constexpr std::array<BodyPoint, 6> kneesAndHands{Joint::KneeLeft, Joint::KneeRight, Joint::WristLeft,
                                                 Joint::WristRight, Extremity::FingertipsLeft,
                                                 Extremity::FingertipsRight};
constexpr std::array<BodyPoint, 8> trunkAndHead{Joint::HipLeft, Joint::HipRight, Joint::LowerSpine,
                                                Joint::UpperSpine, Joint::Neck, Joint::ShoulderLeft,
                                                Joint::ShoulderRight, Extremity::Head};

// The points that may touch the floor for `support`; none for Sitting, which rests on its seat.
std::span<const BodyPoint> floorContacts(Support support)
{
    switch (support) {
    case Support::Standing:
        return feet;
    case Support::Kneeling:
        return knees;
    case Support::AllFours:
        return kneesAndHands;
    case Support::Lying:
        return trunkAndHead;
    case Support::Sitting:
        break;
    }
    return {};
}

// The two joints whose mid-point stays at x = 0 for `support`.
std::pair<Joint, Joint> anchorJoints(Support support)
{
    switch (support) {
    case Support::Standing:
        return {Joint::AnkleLeft, Joint::AnkleRight};
    case Support::Kneeling:
    case Support::AllFours:
        return {Joint::KneeLeft, Joint::KneeRight};
    case Support::Sitting:
    case Support::Lying:
        break;
    }
    return {Joint::HipLeft, Joint::HipRight};
}

// The first point of `points` whose surface is lowest, and the height of that surface, for points at
// heights `heightOf(point)`.
template <typename Points, typename HeightOf>
std::pair<std::ranges::range_value_t<Points>, double> lowestSurface(const Points& points, HeightOf heightOf)
{
    const auto& first = *std::ranges::begin(points);
    std::pair<std::ranges::range_value_t<Points>, double> lowest{first, heightOf(first) - clearance(first)};
    for (const auto& point : points | std::views::drop(1)) {
        const double surface = heightOf(point) - clearance(point);
        if (surface < lowest.second)
            lowest = {point, surface};
    }
    return lowest;
}

// How far the figure, its points at heights `heightOf(point)`, must rise to rest on its support.
template <typename HeightOf>
double liftOntoSupport(const Pose& pose, HeightOf heightOf)
{
    if (pose.support == Support::Sitting) {
        // The hips' mid-point is what rests on the seat.
        const auto [left, right] = anchorJoints(pose.support);
        return pose.seatHeight + figureProportions.trunkHalfDepth - (heightOf(left) + heightOf(right)) / 2;
    }
    return -lowestSurface(floorContacts(pose.support), heightOf).second;
}

void placeOnSupport(FigureGeometry& figure, const Pose& pose)
{
    const auto [first, second] = anchorJoints(pose.support);
    const FigurePoint& a = figure.at(first);
    const FigurePoint& b = figure.at(second);
    const double anchorX = (a.x + b.x) / 2;
    const double anchorDepth = (a.depth + b.depth) / 2;
    const double lift = liftOntoSupport(pose, [&figure](BodyPoint point) { return figure.at(point).y; });
    auto place = [&](FigurePoint& point) {
        point.x -= anchorX;
        point.y += lift;
        point.depth -= anchorDepth;
    };
    std::ranges::for_each(figure.joints, place);
    std::ranges::for_each(figure.extremities, place);
}

// The whole body pitched by the tilt, then rolled about the floor's forward axis: one frame for every point.
Frame bodyOrientation(const Pose& pose)
{
    return Frame{}.rolled(pose.roll).pitched(pose.tilt);
}

// The heights of the points of a figure turned as a whole but not yet placed, indexed like FigureGeometry:
// all that the floor check needs of computeFigure's points.
struct Heights {
    std::array<double, placedJointCount> joints{};
    std::array<double, extremityCount> extremities{};

    double at(Joint joint) const { return joints[indexOf(placeOf(joint))]; }
    double at(Extremity extremity) const { return extremities[indexOf(extremity)]; }
    double at(BodyPoint point) const
    {
        return std::visit([this](auto which) { return at(which); }, point);
    }
};

} // namespace

std::span<const BodyPoint> everyBodyPoint()
{
    // Asked for every figure drawn, so listed once.
    static const std::vector<BodyPoint> points = [] {
        std::vector<BodyPoint> list;
        for (std::size_t i = 0; i < placedJointCount; ++i)
            list.emplace_back(static_cast<Joint>(i));
        for (const Extremity extremity : allEnumValues<Extremity>())
            list.emplace_back(extremity);
        return list;
    }();
    return points;
}

BodyPoint otherSide(BodyPoint point)
{
    const auto& [left, right] = bodySides;
    for (const auto joint : {&BodySide::hip, &BodySide::knee, &BodySide::ankle, &BodySide::shoulder, &BodySide::elbow,
                             &BodySide::wrist}) {
        if (point == BodyPoint{left.*joint})
            return right.*joint;
        if (point == BodyPoint{right.*joint})
            return left.*joint;
    }
    for (const auto end : {&BodySide::heel, &BodySide::toes, &BodySide::fingertips}) {
        if (point == BodyPoint{left.*end})
            return right.*end;
        if (point == BodyPoint{right.*end})
            return left.*end;
    }
    return point;
}

FigureGeometry computeFigure(const Pose& pose, const Viewpoint& viewpoint, bool mirrored)
{
    const Pose done = mirrored ? mirroredPose(pose) : pose;
    const Skeleton skeleton = uprightSkeleton(done);
    const Frame orientation = bodyOrientation(done);
    FigureGeometry figure;
    for (std::size_t i = 0; i < placedJointCount; ++i)
        figure.joints[i] = sideView(skeleton.joints[i], orientation);
    for (std::size_t i = 0; i < extremityCount; ++i)
        figure.extremities[i] = sideView(skeleton.extremities[i], orientation);
    // Placed on the floor while y is still the height above it.
    placeOnSupport(figure, done);
    if (viewpoint != Viewpoint{}) {
        const ViewTurn look(viewpoint);
        const auto turn = [&look](FigurePoint& point) { point = look(point); };
        std::ranges::for_each(figure.joints, turn);
        std::ranges::for_each(figure.extremities, turn);
    }
    return figure;
}

FigurePoint seenFrom(const Viewpoint& viewpoint, const FigurePoint& sideView)
{
    return ViewTurn(viewpoint)(sideView);
}

AngleRange jointRange(Joint joint)
{
    switch (joint) {
    case Joint::Neck:
        return {-60, 70};
    case Joint::UpperSpine:
    case Joint::LowerSpine:
        return {-30, 45};
    case Joint::HipLeft:
    case Joint::HipRight:
        return {-30, 130};
    case Joint::KneeLeft:
    case Joint::KneeRight:
        return {0, 150};
    // Plantarflexion to 50° lets a figure kneel or go on all fours with its insteps flat on the floor.
    case Joint::AnkleLeft:
    case Joint::AnkleRight:
        return {-50, 30};
    case Joint::ShoulderLeft:
    case Joint::ShoulderRight:
        return {-60, 180};
    case Joint::ElbowLeft:
    case Joint::ElbowRight:
        return {0, 150};
    case Joint::WristLeft:
    case Joint::WristRight:
        return {-70, 80};
    case Joint::NeckSideBend:
        return {-45, 45};
    case Joint::NeckTwist:
        return {-80, 80};
    // Thoracic and lumbar side bending add up to the trunk's usual 35 to 40 degrees each way.
    case Joint::UpperSpineSideBend:
    case Joint::LowerSpineSideBend:
        return {-20, 20};
    // Most of the trunk's turn is thoracic; the lumbar joints turn only a few degrees each.
    case Joint::UpperSpineTwist:
        return {-40, 40};
    case Joint::LowerSpineTwist:
        return {-15, 15};
    case Joint::HipLeftOut:
    case Joint::HipRightOut:
        return {-30, 45};
    case Joint::HipLeftTurnOut:
    case Joint::HipRightTurnOut:
        return {-40, 60};
    case Joint::ShoulderLeftOut:
    case Joint::ShoulderRightOut:
        return {-45, 180};
    case Joint::ShoulderLeftTurnOut:
    case Joint::ShoulderRightTurnOut:
        return {-70, 90};
    }
    return {};
}

std::vector<PoseProblem> checkPose(const Pose& pose)
{
    // Asked for every pose of every catalog read, so listed once.
    static const std::array<AngleRange, jointCount> ranges = [] {
        std::array<AngleRange, jointCount> list;
        for (const Joint joint : allEnumValues<Joint>())
            list[indexOf(joint)] = jointRange(joint);
        return list;
    }();
    std::vector<PoseProblem> problems;
    for (const Joint joint : allEnumValues<Joint>()) {
        const AngleRange range = ranges[indexOf(joint)];
        const double angle = pose.angle(joint);
        // Written so that NaN is out of range too.
        if (!(angle >= range.min && angle <= range.max))
            problems.push_back(AngleOutOfRange{joint, angle, range});
    }

    // The heights computeFigure(pose, View::Side, false) would give, without the rest of its work.
    const Skeleton skeleton = uprightSkeleton(pose);
    const Frame orientation = bodyOrientation(pose);
    Heights heights;
    for (std::size_t i = 0; i < placedJointCount; ++i)
        heights.joints[i] = orientation(skeleton.joints[i]).up;
    for (std::size_t i = 0; i < extremityCount; ++i)
        heights.extremities[i] = orientation(skeleton.extremities[i]).up;
    const double lift = liftOntoSupport(pose, [&heights](BodyPoint point) { return heights.at(point); });

    // Every body point, in everyBodyPoint's order, without a variant to look into for each: the joints'
    // lowest stands unless an extremity's is lower.
    static constexpr auto placedJoints = [] {
        std::array<Joint, placedJointCount> list{};
        for (std::size_t i = 0; i < placedJointCount; ++i)
            list[i] = static_cast<Joint>(i);
        return list;
    }();
    const auto placedHeight = [&heights, lift](auto point) { return heights.at(point) + lift; };
    const auto [lowestJoint, jointSurface] = lowestSurface(placedJoints, placedHeight);
    const auto [lowestExtremity, extremitySurface] = lowestSurface(allEnumValues<Extremity>(), placedHeight);
    const BodyPoint deepest = extremitySurface < jointSurface ? BodyPoint{lowestExtremity} : BodyPoint{lowestJoint};
    const double surface = std::min(jointSurface, extremitySurface);
    if (surface < -floorTolerance)
        problems.push_back(BelowFloor{deepest, -surface});
    return problems;
}

double easeInOut(double t)
{
    const double x = std::clamp(t, 0.0, 1.0);
    return x * x * (3 - 2 * x);
}

Pose interpolate(const Pose& from, const Pose& to, double t)
{
    const double x = std::clamp(t, 0.0, 1.0);
    Pose pose;
    for (std::size_t i = 0; i < jointCount; ++i)
        pose.angles[i] = std::lerp(from.angles[i], to.angles[i], x);
    pose.support = x < 0.5 ? from.support : to.support;
    pose.tilt = std::lerp(from.tilt, to.tilt, x);
    pose.roll = std::lerp(from.roll, to.roll, x);
    pose.seatHeight = std::lerp(from.seatHeight, to.seatHeight, x);
    return pose;
}

} // namespace limber
