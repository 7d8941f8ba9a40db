// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/figure/figure.h"

#include <algorithm>
#include <cmath>
#include <numbers>
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

double radians(double degrees) { return degrees * std::numbers::pi / 180; }

// `v` turned `degrees` about the left axis, up toward forward: how a forward bend turns things.
Vec3 pitched(Vec3 v, double degrees)
{
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {v.forward * c + v.up * s, v.up * c - v.forward * s, v.left};
}

// `v` turned `degrees` about the forward axis, up toward left.
Vec3 rolled(Vec3 v, double degrees)
{
    const double c = std::cos(radians(degrees));
    const double s = std::sin(radians(degrees));
    return {v.forward, v.up * c - v.left * s, v.up * s + v.left * c};
}

// A segment of `length` that points up (spine) or down (limbs) when its pitch is 0.
Vec3 upward(double length, double pitch) { return pitched({0, length, 0}, pitch); }
Vec3 downward(double length, double pitch) { return pitched({0, -length, 0}, pitch); }

// The joints and ends of one side of the body, and which way that side lies from the midline.
struct BodySide {
    Joint hip, knee, ankle, shoulder, elbow, wrist;
    Extremity heel, toes, fingertips;
    double toLeft;
};
constexpr std::array<BodySide, 2> bodySides{{
    {Joint::HipLeft, Joint::KneeLeft, Joint::AnkleLeft, Joint::ShoulderLeft, Joint::ElbowLeft, Joint::WristLeft,
     Extremity::HeelLeft, Extremity::ToesLeft, Extremity::FingertipsLeft, 1.0},
    {Joint::HipRight, Joint::KneeRight, Joint::AnkleRight, Joint::ShoulderRight, Joint::ElbowRight,
     Joint::WristRight, Extremity::HeelRight, Extremity::ToesRight, Extremity::FingertipsRight, -1.0},
}};

Pose mirroredPose(Pose pose)
{
    const auto& [left, right] = bodySides;
    for (const auto joint : {&BodySide::hip, &BodySide::knee, &BodySide::ankle, &BodySide::shoulder,
                             &BodySide::elbow, &BodySide::wrist})
        std::swap(pose.angles[indexOf(left.*joint)], pose.angles[indexOf(right.*joint)]);
    pose.roll = -pose.roll;
    return pose;
}

struct Skeleton {
    std::array<Vec3, jointCount> joints{};
    std::array<Vec3, extremityCount> extremities{};
};

// Each segment's pitch is its parent's plus or minus its joint's angle: flexion bends the spine and neck
// forward (plus) but swings the thigh, arm and forearm forward and the toes up (minus), while a flexed
// knee swings the shin back and a flexed wrist, its palm facing back, the fingers back (plus).
Skeleton uprightSkeleton(const Pose& pose)
{
    const FigureProportions& size = figureProportions;
    Skeleton skeleton;
    auto& joints = skeleton.joints;
    auto& ends = skeleton.extremities;

    const double lumbarPitch = pose.angle(Joint::LowerSpine);
    const double thoraxPitch = lumbarPitch + pose.angle(Joint::UpperSpine);
    const double headPitch = thoraxPitch + pose.angle(Joint::Neck);
    joints[indexOf(Joint::LowerSpine)] = {0, size.pelvis, 0};
    joints[indexOf(Joint::UpperSpine)] = joints[indexOf(Joint::LowerSpine)] + upward(size.lowerSpine, lumbarPitch);
    joints[indexOf(Joint::Neck)] = joints[indexOf(Joint::UpperSpine)] + upward(size.upperSpine, thoraxPitch);
    ends[indexOf(Extremity::Head)] = joints[indexOf(Joint::Neck)] + upward(size.neck + size.headRadius, headPitch);

    for (const BodySide& side : bodySides) {
        const double thighPitch = -pose.angle(side.hip);
        const double shinPitch = thighPitch + pose.angle(side.knee);
        const double footPitch = shinPitch - pose.angle(side.ankle);
        const Vec3 hip{0, 0, side.toLeft * size.hipWidth / 2};
        const Vec3 knee = hip + downward(size.thigh, thighPitch);
        const Vec3 ankle = knee + downward(size.shin, shinPitch);
        joints[indexOf(side.hip)] = hip;
        joints[indexOf(side.knee)] = knee;
        joints[indexOf(side.ankle)] = ankle;
        ends[indexOf(side.heel)] = ankle + pitched({-size.heel, -size.ankleHeight, 0}, footPitch);
        ends[indexOf(side.toes)] = ankle + pitched({size.foot - size.heel, -size.ankleHeight, 0}, footPitch);

        const double upperArmPitch = thoraxPitch - pose.angle(side.shoulder);
        const double forearmPitch = upperArmPitch - pose.angle(side.elbow);
        const double handPitch = forearmPitch + pose.angle(side.wrist);
        const Vec3 shoulder = joints[indexOf(Joint::Neck)] + Vec3{0, 0, side.toLeft * size.shoulderWidth / 2};
        const Vec3 elbow = shoulder + downward(size.upperArm, upperArmPitch);
        const Vec3 wrist = elbow + downward(size.forearm, forearmPitch);
        joints[indexOf(side.shoulder)] = shoulder;
        joints[indexOf(side.elbow)] = elbow;
        joints[indexOf(side.wrist)] = wrist;
        ends[indexOf(side.fingertips)] = wrist + downward(size.hand, handPitch);
    }
    return skeleton;
}

FigurePoint projected(Vec3 v, double tilt, double roll, View view)
{
    const Vec3 turned = rolled(pitched(v, tilt), roll);
    if (view == View::Side)
        return {turned.forward, turned.up, -turned.left};
    return {turned.left, turned.up, turned.forward};
}

// How far below a point the body's surface reaches when it rests on that point.
double clearance(BodyPoint point)
{
    if (const auto* extremity = std::get_if<Extremity>(&point))
        return *extremity == Extremity::Head ? figureProportions.headRadius : 0.0;
    switch (std::get<Joint>(point)) {
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

// The point of `points` whose surface is lowest, and the height of that surface.
std::pair<BodyPoint, double> lowestSurface(const FigureGeometry& figure, std::span<const BodyPoint> points)
{
    std::pair<BodyPoint, double> lowest{points.front(), figure.at(points.front()).y - clearance(points.front())};
    for (const BodyPoint& point : points.subspan(1)) {
        const double surface = figure.at(point).y - clearance(point);
        if (surface < lowest.second)
            lowest = {point, surface};
    }
    return lowest;
}

void placeOnSupport(FigureGeometry& figure, const Pose& pose)
{
    const auto [first, second] = anchorJoints(pose.support);
    const FigurePoint& a = figure.at(first);
    const FigurePoint& b = figure.at(second);
    const FigurePoint anchor{(a.x + b.x) / 2, (a.y + b.y) / 2, (a.depth + b.depth) / 2};
    // When sitting, the anchor is the hips' mid-point, which is what rests on the seat.
    const double lift = pose.support == Support::Sitting
                            ? pose.seatHeight + figureProportions.trunkHalfDepth - anchor.y
                            : -lowestSurface(figure, floorContacts(pose.support)).second;
    auto place = [&](FigurePoint& point) {
        point.x -= anchor.x;
        point.y += lift;
        point.depth -= anchor.depth;
    };
    std::ranges::for_each(figure.joints, place);
    std::ranges::for_each(figure.extremities, place);
}

} // namespace

FigureGeometry computeFigure(const Pose& pose, View view, bool mirrored)
{
    const Pose done = mirrored ? mirroredPose(pose) : pose;
    const Skeleton skeleton = uprightSkeleton(done);
    FigureGeometry figure;
    for (std::size_t i = 0; i < jointCount; ++i)
        figure.joints[i] = projected(skeleton.joints[i], done.tilt, done.roll, view);
    for (std::size_t i = 0; i < extremityCount; ++i)
        figure.extremities[i] = projected(skeleton.extremities[i], done.tilt, done.roll, view);
    placeOnSupport(figure, done);
    return figure;
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
    }
    return {};
}

std::vector<PoseProblem> checkPose(const Pose& pose)
{
    std::vector<PoseProblem> problems;
    for (const Joint joint : allEnumValues<Joint>()) {
        const AngleRange range = jointRange(joint);
        const double angle = pose.angle(joint);
        // Written so that NaN is out of range too.
        if (!(angle >= range.min && angle <= range.max))
            problems.push_back(AngleOutOfRange{joint, angle, range});
    }

    std::vector<BodyPoint> everyPoint;
    for (const Joint joint : allEnumValues<Joint>())
        everyPoint.emplace_back(joint);
    for (const Extremity extremity : allEnumValues<Extremity>())
        everyPoint.emplace_back(extremity);
    const auto [deepest, surface] = lowestSurface(computeFigure(pose, View::Side, false), everyPoint);
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
