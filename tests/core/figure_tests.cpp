// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/figure/figure.h"
#include "core/figure/rotation.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <tuple>
#include <utility>
#include <vector>

using namespace limber;

namespace {

constexpr double closeToZero = 1e-9;

// The figure's left and right counterparts, as they appear in FigureGeometry.
const std::array<std::pair<BodyPoint, BodyPoint>, 9> leftAndRight{{
    {Joint::HipLeft, Joint::HipRight},
    {Joint::KneeLeft, Joint::KneeRight},
    {Joint::AnkleLeft, Joint::AnkleRight},
    {Joint::ShoulderLeft, Joint::ShoulderRight},
    {Joint::ElbowLeft, Joint::ElbowRight},
    {Joint::WristLeft, Joint::WristRight},
    {Extremity::FingertipsLeft, Extremity::FingertipsRight},
    {Extremity::HeelLeft, Extremity::HeelRight},
    {Extremity::ToesLeft, Extremity::ToesRight},
}};
const std::array<BodyPoint, 5> midline{Joint::LowerSpine, Joint::UpperSpine, Joint::Neck, Extremity::Head,
                                        Extremity::Nose};

// The same point on the other side of the body; a point on the midline is its own.
BodyPoint counterpart(BodyPoint point)
{
    for (const auto& [left, right] : leftAndRight) {
        if (point == left)
            return right;
        if (point == right)
            return left;
    }
    return point;
}

std::string nameOf(BodyPoint point)
{
    return std::string(std::visit([](auto which) { return toString(which); }, point));
}

double lowestY(const FigureGeometry& figure)
{
    double lowest = std::numeric_limits<double>::infinity();
    for (const BodyPoint& point : everyBodyPoint())
        lowest = std::min(lowest, figure.at(point).y);
    return lowest;
}

double highestY(const FigureGeometry& figure)
{
    double highest = -std::numeric_limits<double>::infinity();
    for (const BodyPoint& point : everyBodyPoint())
        highest = std::max(highest, figure.at(point).y);
    return highest;
}

// Depth is the third coordinate, so a bone's true length shows in either view.
double length(const FigureGeometry& figure, const Bone& bone)
{
    const FigurePoint& a = figure.at(bone.from);
    const FigurePoint& b = figure.at(bone.to);
    return std::hypot(a.x - b.x, a.y - b.y, a.depth - b.depth);
}

double radians(double degrees) { return degrees * std::numbers::pi / 180; }

Pose seated(double seatHeight)
{
    Pose pose;
    pose.support = Support::Sitting;
    pose.seatHeight = seatHeight;
    for (const Joint joint : {Joint::HipLeft, Joint::HipRight, Joint::KneeLeft, Joint::KneeRight})
        pose.setAngle(joint, 90);
    return pose;
}

Pose squatting()
{
    Pose pose;
    pose.tilt = 40;
    for (const Joint joint : {Joint::HipLeft, Joint::HipRight})
        pose.setAngle(joint, 100);
    for (const Joint joint : {Joint::KneeLeft, Joint::KneeRight})
        pose.setAngle(joint, 110);
    for (const Joint joint : {Joint::AnkleLeft, Joint::AnkleRight})
        pose.setAngle(joint, 25);
    return pose;
}

template <typename Enum>
void checkNamesRoundTrip()
{
    for (const Enum value : allEnumValues<Enum>()) {
        const std::string_view name = toString(value);
        INFO(name);
        CHECK(enumFromString<Enum>(name) == value);
        CHECK(std::ranges::all_of(name, [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }));
    }
}

} // namespace

TEST_CASE("the neutral standing figure stands on its heels and toes one body height tall", "[figure]")
{
    const View view = GENERATE(View::Side, View::Front);
    const FigureGeometry figure = computeFigure(Pose{}, view, false);
    for (const Extremity foot : {Extremity::HeelLeft, Extremity::HeelRight, Extremity::ToesLeft, Extremity::ToesRight})
        CHECK(figure.at(foot).y == Approx(0).margin(closeToZero));
    CHECK(lowestY(figure) == Approx(0).margin(closeToZero));
    CHECK(figure.at(Extremity::Head).y + figureProportions.headRadius == Approx(1));
    CHECK(figure.at(Joint::HipLeft).y == Approx(0.53));
    CHECK(figure.at(Joint::ShoulderRight).y == Approx(0.818));
    CHECK(figure.at(Extremity::FingertipsLeft).y == Approx(0.378));
}

TEST_CASE("in the side view the standing figure faces right over its ankles with its right side near", "[figure]")
{
    const FigureGeometry figure = computeFigure(Pose{}, View::Side, false);
    CHECK(figure.at(Joint::AnkleLeft).x == Approx(0).margin(closeToZero));
    CHECK(figure.at(Extremity::ToesLeft).x > figure.at(Extremity::HeelLeft).x);
    CHECK(figure.at(Joint::KneeRight).depth > figure.at(Joint::KneeLeft).depth);
    CHECK(figure.at(Joint::ShoulderRight).depth > figure.at(Joint::ShoulderLeft).depth);
}

TEST_CASE("seen from the front the neutral figure is symmetric about its centre", "[figure]")
{
    const FigureGeometry figure = computeFigure(Pose{}, View::Front, false);
    for (const auto& [left, right] : leftAndRight) {
        INFO(nameOf(left));
        CHECK(figure.at(left).x > 0); // it faces the viewer, so its left is on the right of the picture
        CHECK(figure.at(left).x == Approx(-figure.at(right).x));
        CHECK(figure.at(left).y == Approx(figure.at(right).y));
    }
    for (const BodyPoint& point : midline) {
        INFO(nameOf(point));
        CHECK(figure.at(point).x == Approx(0).margin(closeToZero));
    }
}

TEST_CASE("the other side of each left or right point is its counterpart and the midline's points are their own", "[figure]")
{
    for (const BodyPoint& point : everyBodyPoint()) {
        INFO(nameOf(point));
        CHECK(otherSide(point) == counterpart(point));
    }
}

TEST_CASE("a viewpoint moved a quarter of the way round from the side sees what the front view sees", "[figure]")
{
    Pose pose;
    pose.setAngle(Joint::HipLeft, 60);
    pose.setAngle(Joint::ShoulderRightOut, 80);
    pose.setAngle(Joint::UpperSpineTwist, 20);
    const FigureGeometry front = computeFigure(pose, View::Front, false);
    const FigureGeometry turned = computeFigure(pose, Viewpoint{View::Side, 0, 90}, false);
    for (const BodyPoint& point : everyBodyPoint()) {
        INFO(nameOf(point));
        CHECK(turned.at(point).x == Approx(front.at(point).x).margin(closeToZero));
        CHECK(turned.at(point).y == Approx(front.at(point).y).margin(closeToZero));
        CHECK(turned.at(point).depth == Approx(front.at(point).depth).margin(closeToZero));
    }
}

TEST_CASE("looking down on a figure lying on its back shows its length, its left further up, its height as depth", "[figure]")
{
    Pose pose;
    pose.support = Support::Lying;
    pose.tilt = -90;
    pose.setAngle(Joint::HipRight, 45);
    pose.setAngle(Joint::KneeRight, 90);
    const FigureGeometry level = computeFigure(pose, View::Side, false);
    const double elevation = GENERATE(30.0, 90.0);
    CAPTURE(elevation);
    const FigureGeometry seen = computeFigure(pose, Viewpoint{View::Side, elevation}, false);
    const double down = radians(elevation);
    for (const BodyPoint& point : everyBodyPoint()) {
        INFO(nameOf(point));
        CHECK(seen.at(point).x == Approx(level.at(point).x).margin(closeToZero));
        // Further away, or higher, is further up the picture; higher, or nearer, is nearer the viewer.
        CHECK(seen.at(point).y == Approx(std::cos(down) * level.at(point).y - std::sin(down) * level.at(point).depth)
                                      .margin(closeToZero));
        CHECK(seen.at(point).depth == Approx(std::cos(down) * level.at(point).depth + std::sin(down) * level.at(point).y)
                                          .margin(closeToZero));
    }
    // The far (left) shoulder is above the near one in the picture, and the raised knee nearer the viewer
    // than the hip it rises from.
    CHECK(seen.at(Joint::ShoulderLeft).y > seen.at(Joint::ShoulderRight).y);
    CHECK(seen.at(Joint::KneeRight).depth > seen.at(Joint::HipRight).depth);
    if (elevation == 90.0)
        CHECK(seen.at(Joint::KneeRight).depth - seen.at(Joint::HipRight).depth == Approx(level.at(Joint::KneeRight).y - level.at(Joint::HipRight).y));
}

TEST_CASE("bending the knee swings the ankle round it by the sine and cosine of the angle", "[figure]")
{
    const double angle = GENERATE(0.0, 30.0, 90.0, 120.0, 150.0);
    CAPTURE(angle);
    Pose pose;
    pose.setAngle(Joint::KneeLeft, angle);
    const FigureGeometry figure = computeFigure(pose, View::Side, false);
    const FigurePoint& knee = figure.at(Joint::KneeLeft);
    const FigurePoint& ankle = figure.at(Joint::AnkleLeft);
    const double shin = figureProportions.shin;
    CHECK(ankle.x - knee.x == Approx(-shin * std::sin(radians(angle))).margin(closeToZero));
    CHECK(ankle.y - knee.y == Approx(-shin * std::cos(radians(angle))).margin(closeToZero));
    CHECK(lowestY(figure) == Approx(0).margin(closeToZero));
}

TEST_CASE("a knee bent to 90 degrees holds the shin at right angles to the thigh", "[figure]")
{
    const double hip = GENERATE(0.0, 40.0, -20.0);
    CAPTURE(hip);
    Pose pose;
    pose.setAngle(Joint::HipRight, hip);
    pose.setAngle(Joint::KneeRight, 90);
    const FigureGeometry figure = computeFigure(pose, View::Side, false);
    const FigurePoint& hipJoint = figure.at(Joint::HipRight);
    const FigurePoint& knee = figure.at(Joint::KneeRight);
    const FigurePoint& ankle = figure.at(Joint::AnkleRight);
    const double dot = (knee.x - hipJoint.x) * (ankle.x - knee.x) + (knee.y - hipJoint.y) * (ankle.y - knee.y);
    CHECK(dot == Approx(0).margin(closeToZero));
    CHECK(std::hypot(ankle.x - knee.x, ankle.y - knee.y) == Approx(figureProportions.shin));
}

TEST_CASE("a standing figure stays on the floor over its ankles all through a squat", "[figure]")
{
    const double t = GENERATE(0.0, 0.25, 0.5, 0.75, 1.0);
    CAPTURE(t);
    const FigureGeometry figure = computeFigure(interpolate(Pose{}, squatting(), t), View::Side, false);
    CHECK((figure.at(Joint::AnkleLeft).x + figure.at(Joint::AnkleRight).x) / 2 == Approx(0).margin(closeToZero));
    CHECK(lowestY(figure) == Approx(0).margin(closeToZero));
    CHECK(checkPose(squatting()).empty());
}

TEST_CASE("bones keep their lengths in any pose and orientation", "[figure]")
{
    Pose pose;
    pose.tilt = 35;
    pose.roll = -20;
    pose.setAngle(Joint::LowerSpine, 20);
    pose.setAngle(Joint::UpperSpine, -15);
    pose.setAngle(Joint::Neck, 30);
    pose.setAngle(Joint::HipLeft, 70);
    pose.setAngle(Joint::KneeRight, 45);
    pose.setAngle(Joint::AnkleLeft, -30);
    pose.setAngle(Joint::ShoulderRight, 150);
    pose.setAngle(Joint::ElbowLeft, 100);
    pose.setAngle(Joint::WristRight, -60);
    pose.setAngle(Joint::LowerSpineTwist, 10);
    pose.setAngle(Joint::UpperSpineSideBend, -15);
    pose.setAngle(Joint::NeckTwist, 50);
    pose.setAngle(Joint::HipRightOut, 30);
    pose.setAngle(Joint::HipLeftTurnOut, 45);
    pose.setAngle(Joint::ShoulderLeftOut, 90);
    const Viewpoint view = GENERATE(Viewpoint{View::Side}, Viewpoint{View::Front}, Viewpoint{View::Side, 35, 30},
                                    Viewpoint{View::Front, 90, -45});
    const bool mirrored = GENERATE(false, true);
    const FigureGeometry upright = computeFigure(Pose{}, view, false);
    const FigureGeometry moved = computeFigure(pose, view, mirrored);
    for (const Bone& bone : figureBones) {
        INFO(nameOf(bone.from) << " to " << nameOf(bone.to));
        CHECK(length(moved, bone) == Approx(length(upright, bone)));
    }
}

TEST_CASE("a lying figure rests on the floor along its length with nothing below it", "[figure]")
{
    struct Lying {
        const char* how;
        double tilt;
        double roll;
        View view;
    };
    const Lying lying = GENERATE(Lying{"on the back", -90, 0, View::Side}, Lying{"on the front", 90, 0, View::Side},
                                 Lying{"on the left side", 0, 90, View::Front},
                                 Lying{"on the right side", 0, -90, View::Front});
    INFO(lying.how);
    Pose pose;
    pose.support = Support::Lying;
    pose.tilt = lying.tilt;
    pose.roll = lying.roll;
    // Lying on the front, the feet are pointed so the toes do not dig into the floor.
    if (lying.tilt > 0) {
        pose.setAngle(Joint::AnkleLeft, -50);
        pose.setAngle(Joint::AnkleRight, -50);
    }
    const FigureGeometry figure = computeFigure(pose, lying.view, false);

    CHECK(lowestY(figure) >= -closeToZero);
    CHECK(highestY(figure) < 0.3);
    CHECK(std::abs(figure.at(Extremity::Head).x - figure.at(Joint::AnkleLeft).x) > 0.85);
    double lowestSurface = figure.at(Extremity::Head).y - figureProportions.headRadius;
    for (const Joint joint : {Joint::HipLeft, Joint::HipRight, Joint::LowerSpine, Joint::UpperSpine, Joint::Neck,
                              Joint::ShoulderLeft, Joint::ShoulderRight})
        lowestSurface = std::min(lowestSurface, figure.at(joint).y - figureProportions.trunkHalfDepth);
    CHECK(lowestSurface == Approx(0).margin(closeToZero));
    CHECK(checkPose(pose).empty());
}

TEST_CASE("a seated figure has its hips on the chair seat and its feet above the floor", "[figure]")
{
    const double seatHeight = GENERATE(0.26, 0.3);
    CAPTURE(seatHeight);
    const Pose pose = seated(seatHeight);
    const FigureGeometry figure = computeFigure(pose, View::Side, false);
    for (const Joint hip : {Joint::HipLeft, Joint::HipRight}) {
        CHECK(figure.at(hip).x == Approx(0).margin(closeToZero));
        CHECK(figure.at(hip).y == Approx(seatHeight + figureProportions.trunkHalfDepth));
    }
    CHECK(lowestY(figure) >= 0);
    CHECK(checkPose(pose).empty());
}

TEST_CASE("a kneeling figure rests on its lower knee", "[figure]")
{
    Pose pose;
    pose.support = Support::Kneeling;
    pose.setAngle(Joint::HipLeft, 90);
    pose.setAngle(Joint::KneeLeft, 90);
    pose.setAngle(Joint::KneeRight, 90);
    pose.setAngle(Joint::AnkleRight, -50);
    const FigureGeometry figure = computeFigure(pose, View::Side, false);
    CHECK(figure.at(Joint::KneeRight).y == Approx(figureProportions.limbRadius));
    CHECK((figure.at(Joint::KneeLeft).x + figure.at(Joint::KneeRight).x) / 2 == Approx(0).margin(closeToZero));
    CHECK(checkPose(pose).empty());
}

TEST_CASE("on all fours the figure rests on its knees and its hands with the fingers forward", "[figure]")
{
    Pose pose;
    pose.support = Support::AllFours;
    pose.tilt = 70;
    for (const auto& [joint, angle] : {std::pair{Joint::HipLeft, 70.0}, std::pair{Joint::HipRight, 70.0},
                                       std::pair{Joint::KneeLeft, 90.0}, std::pair{Joint::KneeRight, 90.0},
                                       std::pair{Joint::ShoulderLeft, 70.0}, std::pair{Joint::ShoulderRight, 70.0},
                                       std::pair{Joint::WristLeft, -70.0}, std::pair{Joint::WristRight, -70.0},
                                       std::pair{Joint::AnkleLeft, -50.0}, std::pair{Joint::AnkleRight, -50.0}})
        pose.setAngle(joint, angle);
    const FigureGeometry figure = computeFigure(pose, View::Side, false);
    CHECK(figure.at(Joint::KneeLeft).y == Approx(figureProportions.limbRadius).margin(0.002));
    CHECK(figure.at(Extremity::FingertipsLeft).y == Approx(0).margin(closeToZero));
    CHECK(figure.at(Extremity::FingertipsLeft).x > figure.at(Joint::WristLeft).x);
    CHECK((figure.at(Joint::KneeLeft).x + figure.at(Joint::KneeRight).x) / 2 == Approx(0).margin(closeToZero));
    CHECK(checkPose(pose).empty());
}

TEST_CASE("mirroring makes the figure do the other side", "[figure]")
{
    Pose pose;
    pose.roll = 10;
    pose.setAngle(Joint::HipLeft, 30);
    pose.setAngle(Joint::KneeLeft, 60);
    pose.setAngle(Joint::ShoulderLeft, 90);
    pose.setAngle(Joint::ElbowRight, 45);
    pose.setAngle(Joint::UpperSpineTwist, 30);
    pose.setAngle(Joint::LowerSpineSideBend, 10);
    pose.setAngle(Joint::NeckSideBend, -20);
    pose.setAngle(Joint::NeckTwist, 40);
    pose.setAngle(Joint::HipLeftOut, 25);
    pose.setAngle(Joint::HipRightTurnOut, 30);
    pose.setAngle(Joint::ShoulderLeftOut, 60);
    pose.setAngle(Joint::ElbowLeft, 80);
    pose.setAngle(Joint::ShoulderLeftTurnOut, 50);
    pose.setAngle(Joint::ShoulderRightTurnOut, -30);
    const View view = GENERATE(View::Side, View::Front);
    CAPTURE(view == View::Side ? "side" : "front");
    const FigureGeometry plain = computeFigure(pose, view, false);
    const FigureGeometry mirrored = computeFigure(pose, view, true);

    // The side view keeps the picture and swaps near and far; the front view mirrors the picture.
    for (const BodyPoint& point : everyBodyPoint()) {
        INFO(nameOf(point));
        const FigurePoint& was = plain.at(point);
        const FigurePoint& is = mirrored.at(counterpart(point));
        CHECK(is.x == Approx(view == View::Side ? was.x : -was.x).margin(closeToZero));
        CHECK(is.y == Approx(was.y).margin(closeToZero));
        CHECK(is.depth == Approx(view == View::Side ? -was.depth : was.depth).margin(closeToZero));
    }
    if (view == View::Side) {
        // The bent left knee is the far one; mirrored, the bent knee is the right one, nearer the viewer.
        CHECK(plain.at(Joint::KneeLeft).depth < plain.at(Joint::KneeRight).depth);
        CHECK(mirrored.at(Joint::KneeRight).depth > mirrored.at(Joint::KneeLeft).depth);
    }
}

TEST_CASE("interpolation starts and ends on the key poses and passes between them", "[figure]")
{
    const Pose from;
    Pose to = seated(0.3);
    to.tilt = 10;
    to.roll = -4;
    to.setAngle(Joint::UpperSpineTwist, -30);
    to.setAngle(Joint::HipLeftOut, 20);

    CHECK(interpolate(from, to, 0) == from);
    CHECK(interpolate(from, to, 1) == to);
    CHECK(interpolate(from, to, -0.5) == from);
    CHECK(interpolate(from, to, 1.5) == to);

    const Pose halfway = interpolate(from, to, 0.5);
    CHECK(halfway.angle(Joint::KneeLeft) == Approx(45));
    CHECK(halfway.angle(Joint::HipRight) == Approx(45));
    CHECK(halfway.angle(Joint::Neck) == 0);
    CHECK(halfway.angle(Joint::UpperSpineTwist) == Approx(-15));
    CHECK(halfway.angle(Joint::HipLeftOut) == Approx(10));
    CHECK(halfway.tilt == Approx(5));
    CHECK(halfway.roll == Approx(-2));
    CHECK(halfway.seatHeight == Approx((from.seatHeight + 0.3) / 2));
    CHECK(halfway.support == Support::Sitting);
    CHECK(interpolate(from, to, 0.49).support == Support::Standing);
}

TEST_CASE("easing starts and ends on the keys and rises all the way", "[figure]")
{
    CHECK(easeInOut(0) == 0);
    CHECK(easeInOut(1) == 1);
    CHECK(easeInOut(0.5) == Approx(0.5));
    CHECK(easeInOut(-1) == 0);
    CHECK(easeInOut(2) == 1);
    double previous = 0;
    for (int step = 1; step <= 100; ++step) {
        const double eased = easeInOut(step / 100.0);
        CAPTURE(step);
        CHECK(eased > previous);
        previous = eased;
    }
}

TEST_CASE("checkPose names each joint bent beyond its range", "[figure]")
{
    Pose pose;
    pose.setAngle(Joint::KneeLeft, 160);
    pose.setAngle(Joint::ShoulderRight, 180); // the end of the range is allowed
    pose.setAngle(Joint::ElbowRight, -10);
    pose.setAngle(Joint::WristLeft, std::numeric_limits<double>::quiet_NaN());

    const std::vector<PoseProblem> problems = checkPose(pose);
    REQUIRE(problems.size() == 3);
    const auto* knee = std::get_if<AngleOutOfRange>(&problems[0]);
    REQUIRE(knee);
    CHECK(toString(knee->joint) == "knee-left");
    CHECK(knee->angle == 160);
    CHECK(knee->range.min == 0);
    CHECK(knee->range.max == 150);
    const auto* elbow = std::get_if<AngleOutOfRange>(&problems[1]);
    REQUIRE(elbow);
    CHECK(elbow->joint == Joint::ElbowRight);
    CHECK(elbow->angle == -10);
    const auto* wrist = std::get_if<AngleOutOfRange>(&problems[2]);
    REQUIRE(wrist);
    CHECK(wrist->joint == Joint::WristLeft);
}

TEST_CASE("checkPose reports legs pushed through the floor by a lying pose", "[figure]")
{
    Pose pose;
    pose.support = Support::Lying;
    pose.tilt = -90;
    pose.setAngle(Joint::HipLeft, -30);

    const std::vector<PoseProblem> problems = checkPose(pose);
    REQUIRE(problems.size() == 1);
    const auto* below = std::get_if<BelowFloor>(&problems[0]);
    REQUIRE(below);
    CHECK(nameOf(below->point).ends_with("-left"));
    CHECK(below->distance > floorTolerance);
}

TEST_CASE("checkPose reports feet pushed through the floor by too low a seat", "[figure]")
{
    const std::vector<PoseProblem> problems = checkPose(seated(0.1));
    REQUIRE(problems.size() == 1);
    const auto* below = std::get_if<BelowFloor>(&problems[0]);
    REQUIRE(below);
    const std::string point = nameOf(below->point);
    CHECK((point.starts_with("heel-") || point.starts_with("toes-")));
    // The hips are trunkHalfDepth above the seat and the soles a shin and an ankle height below the hips.
    CHECK(below->distance == Approx(figureProportions.shin + figureProportions.ankleHeight - 0.1
                                    - figureProportions.trunkHalfDepth));
}

TEST_CASE("every figure name round-trips through EnumNames", "[figure]")
{
    checkNamesRoundTrip<Joint>();
    checkNamesRoundTrip<Extremity>();
    checkNamesRoundTrip<Support>();
    checkNamesRoundTrip<View>();
}

TEST_CASE("every sideways and twisting joint is at the place of the joint it moves at", "[figure]")
{
    Pose pose;
    pose.setAngle(Joint::HipLeft, 40);
    pose.setAngle(Joint::HipLeftOut, 20);
    pose.setAngle(Joint::NeckTwist, 30);
    const FigureGeometry figure = computeFigure(pose, View::Front, false);
    for (const Joint joint : allEnumValues<Joint>()) {
        INFO(toString(joint));
        const Joint place = placeOf(joint);
        CHECK(static_cast<std::size_t>(place) < placedJointCount);
        CHECK(&figure.at(joint) == &figure.at(place));
        const std::string name{toString(joint)};
        CHECK(name.starts_with(toString(place)));
    }
}

TEST_CASE("twisting the upper spine turns the shoulders from side by side to front and back", "[figure]")
{
    const FigureGeometry before = computeFigure(Pose{}, View::Front, false);
    Pose twisted;
    twisted.setAngle(Joint::UpperSpineTwist, 90);
    const FigureGeometry after = computeFigure(twisted, View::Front, false);
    const FigurePoint& neck = after.at(Joint::Neck);
    const FigurePoint& left = after.at(Joint::ShoulderLeft);
    const FigurePoint& right = after.at(Joint::ShoulderRight);
    const double half = figureProportions.shoulderWidth / 2;

    CHECK(before.at(Joint::ShoulderLeft).x - before.at(Joint::NeckTwist).x == Approx(half));
    CHECK(before.at(Joint::ShoulderLeft).depth == Approx(before.at(Joint::ShoulderRight).depth).margin(closeToZero));
    // Turned to face the left, the right shoulder has come forward, toward the viewer, and the left gone back.
    CHECK(left.x == Approx(neck.x).margin(closeToZero));
    CHECK(right.x == Approx(neck.x).margin(closeToZero));
    CHECK(right.depth - neck.depth == Approx(half));
    CHECK(left.depth - neck.depth == Approx(-half));
    CHECK(left.y == Approx(before.at(Joint::ShoulderLeft).y));
    // The spine itself and everything below it stay where they were.
    for (const BodyPoint point : {BodyPoint{Joint::Neck}, BodyPoint{Joint::HipLeft}, BodyPoint{Extremity::HeelRight},
                                  BodyPoint{Extremity::Head}}) {
        INFO(nameOf(point));
        CHECK(after.at(point).x == Approx(before.at(point).x).margin(closeToZero));
        CHECK(after.at(point).y == Approx(before.at(point).y).margin(closeToZero));
    }
    // The face follows the chest round to the left, which is the right of the picture.
    CHECK(after.at(Extremity::Nose).x - after.at(Extremity::Head).x == Approx(figureProportions.headRadius));
}

TEST_CASE("a side bend tilts what is above it toward that side", "[figure]")
{
    const double angle = GENERATE(15.0, -20.0);
    CAPTURE(angle);
    const double headAboveNeck = figureProportions.neck + figureProportions.headRadius;

    Pose neck;
    neck.setAngle(Joint::NeckSideBend, angle);
    const FigureGeometry tilted = computeFigure(neck, View::Front, false);
    const FigurePoint& neckJoint = tilted.at(Joint::Neck);
    const FigurePoint& head = tilted.at(Extremity::Head);
    // Seen from the front the figure's left is on the right of the picture.
    CHECK(head.x - neckJoint.x == Approx(headAboveNeck * std::sin(radians(angle))));
    CHECK(head.y - neckJoint.y == Approx(headAboveNeck * std::cos(radians(angle))));
    CHECK(tilted.at(Joint::ShoulderLeft).y == Approx(tilted.at(Joint::ShoulderRight).y));

    Pose trunk;
    trunk.setAngle(Joint::LowerSpineSideBend, angle);
    const FigureGeometry bent = computeFigure(trunk, View::Front, false);
    CHECK(bent.at(Joint::UpperSpine).x * angle > 0);
    CHECK(bent.at(Extremity::Head).x * angle > 0);
    // The shoulder on the side it bends to goes down, the other up; the hips stay level.
    const double leftHigher = bent.at(Joint::ShoulderLeft).y - bent.at(Joint::ShoulderRight).y;
    CHECK(leftHigher * angle < 0);
    CHECK(bent.at(Joint::HipLeft).y == Approx(bent.at(Joint::HipRight).y));
}

TEST_CASE("taking a hip out moves its knee away from the other leg", "[figure]")
{
    const double angle = GENERATE(30.0, 45.0);
    CAPTURE(angle);
    Pose pose;
    pose.setAngle(Joint::HipLeftOut, angle);
    const FigureGeometry figure = computeFigure(pose, View::Front, false);
    const FigurePoint& hip = figure.at(Joint::HipLeft);
    const FigurePoint& knee = figure.at(Joint::KneeLeft);
    CHECK(knee.x - hip.x == Approx(figureProportions.thigh * std::sin(radians(angle))));
    CHECK(hip.y - knee.y == Approx(figureProportions.thigh * std::cos(radians(angle))));
    CHECK(figure.at(Joint::KneeRight).x == Approx(figure.at(Joint::HipRight).x));
    // It stands on the one foot that still reaches the floor.
    CHECK(lowestY(figure) == Approx(0).margin(closeToZero));
}

TEST_CASE("a hip bent and turned out swings its shin across in front of the other leg, as in a figure-four", "[figure]")
{
    Pose pose = seated(0.26);
    pose.setAngle(Joint::HipRight, 100);
    pose.setAngle(Joint::KneeRight, 100);
    const FigureGeometry straight = computeFigure(pose, View::Front, false);
    pose.setAngle(Joint::HipRightTurnOut, 60);
    pose.setAngle(Joint::HipRightOut, 20);
    const FigureGeometry crossed = computeFigure(pose, View::Front, false);
    // The right leg is on the left of the picture; turned out, its ankle crosses to the other side of the body.
    CHECK(straight.at(Joint::AnkleRight).x < 0);
    CHECK(crossed.at(Joint::AnkleRight).x > 0);
    CHECK(crossed.at(Joint::KneeRight).x < straight.at(Joint::KneeRight).x); // and the knee falls out
    CHECK(crossed.at(Joint::AnkleRight).y > straight.at(Joint::AnkleRight).y);
}

TEST_CASE("an arm held out in front sweeps level out to the side as the shoulder goes out", "[figure]")
{
    const double out = GENERATE(0.0, 45.0, 90.0);
    CAPTURE(out);
    Pose pose;
    pose.setAngle(Joint::ShoulderLeft, 90);
    pose.setAngle(Joint::ShoulderRight, 90);
    pose.setAngle(Joint::ShoulderLeftOut, out);
    pose.setAngle(Joint::ShoulderRightOut, out);
    const FigureGeometry figure = computeFigure(pose, View::Front, false);
    const double arm = figureProportions.upperArm + figureProportions.forearm + figureProportions.hand;
    for (const auto& [shoulder, fingertips, toLeft] :
         {std::tuple{Joint::ShoulderLeft, Extremity::FingertipsLeft, 1.0},
          std::tuple{Joint::ShoulderRight, Extremity::FingertipsRight, -1.0}}) {
        const FigurePoint& from = figure.at(shoulder);
        const FigurePoint& to = figure.at(fingertips);
        CHECK(to.y == Approx(from.y));
        CHECK(to.x - from.x == Approx(toLeft * arm * std::sin(radians(out))).margin(closeToZero));
        CHECK(to.depth - from.depth == Approx(arm * std::cos(radians(out))).margin(closeToZero));
    }
}

TEST_CASE("with the arm out and the elbow bent, turning the shoulder out points the forearm up, in points it down",
          "[figure]")
{
    const double turn = GENERATE(90.0, 45.0, -70.0);
    CAPTURE(turn);
    Pose pose;
    for (const Joint joint : {Joint::ShoulderLeftOut, Joint::ShoulderRightOut, Joint::ElbowLeft, Joint::ElbowRight})
        pose.setAngle(joint, 90);
    const FigureGeometry level = computeFigure(pose, View::Front, false);
    pose.setAngle(Joint::ShoulderLeftTurnOut, turn);
    pose.setAngle(Joint::ShoulderRightTurnOut, turn);
    const FigureGeometry turned = computeFigure(pose, View::Front, false);
    for (const auto& [shoulder, elbow, wrist, toLeft] :
         {std::tuple{Joint::ShoulderLeft, Joint::ElbowLeft, Joint::WristLeft, 1.0},
          std::tuple{Joint::ShoulderRight, Joint::ElbowRight, Joint::WristRight, -1.0}}) {
        INFO(toString(shoulder));
        // The upper arm stays out to the side at shoulder height: it only turns about its own length.
        CHECK(turned.at(elbow).x - turned.at(shoulder).x == Approx(toLeft * figureProportions.upperArm));
        CHECK(turned.at(elbow).y == Approx(turned.at(shoulder).y));
        // Not turned, the forearm points straight ahead, toward the viewer.
        CHECK(level.at(wrist).depth - level.at(elbow).depth == Approx(figureProportions.forearm));
        CHECK(level.at(wrist).y == Approx(level.at(elbow).y));
        // Turned, it swings from ahead toward up (out) or down (in), over the elbow.
        const FigurePoint& from = turned.at(elbow);
        const FigurePoint& to = turned.at(wrist);
        CHECK(to.y - from.y == Approx(figureProportions.forearm * std::sin(radians(turn))));
        CHECK(to.depth - from.depth == Approx(figureProportions.forearm * std::cos(radians(turn))).margin(closeToZero));
        CHECK(to.x == Approx(from.x).margin(closeToZero));
    }
}

TEST_CASE("turning the hanging arm in brings the bent elbow's forearm across the front of the body", "[figure]")
{
    Pose pose;
    pose.setAngle(Joint::ElbowLeft, 90);
    pose.setAngle(Joint::ShoulderLeftTurnOut, -60);
    pose.setAngle(Joint::ElbowRight, 90);
    pose.setAngle(Joint::ShoulderRightTurnOut, 60);
    const FigureGeometry figure = computeFigure(pose, View::Front, false);
    // Seen from the front the left arm is on the right of the picture: its hand comes in toward the middle,
    // while the right arm, turned out, takes its hand further out.
    CHECK(figure.at(Joint::WristLeft).x < figure.at(Joint::ElbowLeft).x);
    CHECK(figure.at(Joint::WristRight).x < figure.at(Joint::ElbowRight).x);
    CHECK(figure.at(Joint::WristLeft).depth > figure.at(Joint::ElbowLeft).depth);
    CHECK(figure.at(Joint::WristLeft).y == Approx(figure.at(Joint::ElbowLeft).y));
}

TEST_CASE("a goal-post pose of both arms draws symmetric, and mirrored it swaps which arm is turned", "[figure]")
{
    Pose pose;
    for (const Joint joint : {Joint::ShoulderLeftOut, Joint::ShoulderRightOut, Joint::ElbowLeft, Joint::ElbowRight,
                              Joint::ShoulderLeftTurnOut, Joint::ShoulderRightTurnOut})
        pose.setAngle(joint, 90);
    const FigureGeometry both = computeFigure(pose, View::Front, false);
    for (const BodyPoint& point : everyBodyPoint()) {
        INFO(nameOf(point));
        CHECK(both.at(counterpart(point)).x == Approx(-both.at(point).x).margin(closeToZero));
        CHECK(both.at(counterpart(point)).y == Approx(both.at(point).y).margin(closeToZero));
    }
    CHECK(both.at(Joint::WristLeft).y > both.at(Joint::ElbowLeft).y);

    pose.setAngle(Joint::ShoulderRightTurnOut, 0);
    const FigureGeometry one = computeFigure(pose, View::Front, false);
    const FigureGeometry other = computeFigure(pose, View::Front, true);
    CHECK(one.at(Joint::WristLeft).y > one.at(Joint::ElbowLeft).y);
    CHECK(one.at(Joint::WristRight).y == Approx(one.at(Joint::ElbowRight).y));
    CHECK(other.at(Joint::WristRight).y > other.at(Joint::ElbowRight).y);
    CHECK(other.at(Joint::WristLeft).y == Approx(other.at(Joint::ElbowLeft).y));
    CHECK(other.at(Joint::WristRight).x == Approx(-one.at(Joint::WristLeft).x).margin(closeToZero));
}

TEST_CASE("checkPose holds the sideways and twisting joints to their ranges", "[figure]")
{
    Pose pose;
    pose.setAngle(Joint::NeckTwist, 80); // the end of the range is allowed
    pose.setAngle(Joint::UpperSpineTwist, -41);
    pose.setAngle(Joint::LowerSpineSideBend, 25);
    pose.setAngle(Joint::HipRightOut, -35);
    pose.setAngle(Joint::ShoulderLeftOut, 180);
    pose.setAngle(Joint::ShoulderLeftTurnOut, 90);
    pose.setAngle(Joint::ShoulderRightTurnOut, -75);

    const std::vector<PoseProblem> problems = checkPose(pose);
    REQUIRE(problems.size() == 4);
    std::vector<Joint> joints;
    for (const PoseProblem& problem : problems) {
        const auto* angle = std::get_if<AngleOutOfRange>(&problem);
        REQUIRE(angle);
        joints.push_back(angle->joint);
    }
    CHECK(joints == std::vector{Joint::UpperSpineTwist, Joint::LowerSpineSideBend, Joint::HipRightOut,
                                Joint::ShoulderRightTurnOut});
    CHECK(jointRange(Joint::UpperSpineTwist).min == -40);
    CHECK(jointRange(Joint::ShoulderLeftTurnOut).min == -70);
    CHECK(jointRange(Joint::ShoulderLeftTurnOut).max == 90);
    CHECK(jointRange(Joint::HipRightOut).min == -30);
    for (const Joint joint : allEnumValues<Joint>()) {
        INFO(toString(joint));
        CHECK(jointRange(joint).min <= 0);
        CHECK(jointRange(joint).max > 0);
    }
}

TEST_CASE("cosineAndSine equals std::cos and std::sin of the angle in radians, whole degrees or not", "[figure]")
{
    const auto exact = [](double degrees) {
        const double radians = degrees * std::numbers::pi / 180;
        return std::pair{std::cos(radians), std::sin(radians)};
    };
    std::vector<double> angles;
    for (int whole = -200; whole <= 200; ++whole)
        angles.push_back(whole);
    for (const double other : {0.5, -0.5, 12.5, -179.9, 179.99, 33.3333, 1e-9, -720.0, 540.0, 1e6, -1e6})
        angles.push_back(other);
    for (const double degrees : angles) {
        INFO(degrees);
        const auto [cosine, sine] = cosineAndSine(degrees);
        const auto [expectedCosine, expectedSine] = exact(degrees);
        CHECK(cosine == expectedCosine);
        CHECK(sine == expectedSine);
        CHECK(std::abs(cosine - expectedCosine) <= 1e-12);
        CHECK(std::abs(sine - expectedSine) <= 1e-12);
    }
}

TEST_CASE("cosineAndSine of a NaN or an infinite angle is NaN", "[figure]")
{
    for (const double degrees : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                                 -std::numeric_limits<double>::infinity()}) {
        const auto [cosine, sine] = cosineAndSine(degrees);
        CHECK(std::isnan(cosine));
        CHECK(std::isnan(sine));
    }
}
