// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/enum_names.h"

#include <array>
#include <cstddef>
#include <span>
#include <variant>
#include <vector>

namespace limber {

// The joints of the figure. An angle is in degrees, 0 in the upright anatomical position. The first
// fifteen bend forward and back, in the side (sagittal) plane, positive for flexion:
//   lower-spine, upper-spine  bending forward (lumbar on pelvis, thoracic on lumbar); negative arches back
//   neck                      chin toward the chest (head and neck on the thorax); negative looks up
//   hip                       thigh forward; negative takes it behind the body
//   knee                      heel toward the buttock
//   ankle                     toes up (dorsiflexion); negative points them (plantarflexion)
//   shoulder                  arm forward and up, 180 overhead; negative takes it behind the body
//   elbow                     hand toward the shoulder
//   wrist                     palm toward the forearm, the palm taken as facing back when the arm hangs,
//                             as when leaning on the hands; negative bends the hand back (-70 on all fours)
// The others move sideways or twist at one of those joints (placeOf), toward the figure's left when
// positive, like Pose::roll, so that mirroring only changes their sign:
//   lower-spine-side-bend, upper-spine-side-bend, neck-side-bend
//                             the segment above bends toward the left (the left ear toward the left
//                             shoulder, for the neck); negative toward the right
//   lower-spine-twist, upper-spine-twist, neck-twist
//                             the segment above turns about its own length to face the left (the right
//                             shoulder comes forward; the face looks left); negative to the right
// and on each side, away from the body when positive:
//   hip-…-out                 the thigh out to that side (abduction); negative across the body
//   hip-…-turn-out            the thigh turned outward about its own length (external rotation), so a bent
//                             knee's foot swings in toward the other leg, as in a figure-four; negative in
//   shoulder-…-out            the arm raised out to that side (abduction), 180 overhead; negative across
//                             the front of the body. Turning after flexion, it swings an arm held straight
//                             ahead (shoulder 90) level, out to the side at 90, as in a band pull-apart.
//   shoulder-…-turn-out       the upper arm turned outward about its own length (external rotation): with
//                             the arm out to the side at 90 and the elbow bent to 90 it points the forearm
//                             up, as in a goal post; with the arm hanging it swings the hand out. Negative
//                             turns it in, so the forearm points down, or across the chest when hanging
// Each segment turns at its joint first by flexion, then sideways, then by its twist or turn-out, each about
// the axes as the turns before have left them.
enum class Joint {
    Neck, UpperSpine, LowerSpine, HipLeft, HipRight, KneeLeft, KneeRight, AnkleLeft, AnkleRight,
    ShoulderLeft, ShoulderRight, ElbowLeft, ElbowRight, WristLeft, WristRight,
    NeckSideBend, NeckTwist, UpperSpineSideBend, UpperSpineTwist, LowerSpineSideBend, LowerSpineTwist,
    HipLeftOut, HipRightOut, HipLeftTurnOut, HipRightTurnOut, ShoulderLeftOut, ShoulderRightOut,
    ShoulderLeftTurnOut, ShoulderRightTurnOut
};

// The ends of the figure, which have no angle of their own: the joints before them place them. Head is
// the centre of the head's circle, nose the front of that circle, which shows where the face looks.
enum class Extremity { Head, FingertipsLeft, FingertipsRight, HeelLeft, HeelRight, ToesLeft, ToesRight, Nose };

// Where the figure's weight rests, which decides how computeFigure puts it on the floor.
enum class Support { Standing, Sitting, Kneeling, AllFours, Lying };

enum class View { Side, Front };

// Where the figure is seen from: level from its side or its front, or from there moved round it by `turn`
// degrees (from the side toward its front, from the front toward its left) and raised by `elevation`
// degrees to look down on it, for what happens on the floor: 90 looks straight down on a body lying at full
// length, its arms and knees moving out to the sides.
struct Viewpoint {
    View facing = View::Side;
    double elevation = 0;
    double turn = 0;

    // Implicit, so a view is a viewpoint from level.
    Viewpoint(View from = View::Side, double degreesDown = 0, double degreesAround = 0)
        : facing(from), elevation(degreesDown), turn(degreesAround)
    {
    }
    bool operator==(const Viewpoint&) const = default;
};

template <>
struct EnumNames<Joint> {
    static constexpr std::array<std::string_view, 29> names{
        "neck", "upper-spine", "lower-spine", "hip-left", "hip-right", "knee-left", "knee-right", "ankle-left",
        "ankle-right", "shoulder-left", "shoulder-right", "elbow-left", "elbow-right", "wrist-left", "wrist-right",
        "neck-side-bend", "neck-twist", "upper-spine-side-bend", "upper-spine-twist", "lower-spine-side-bend",
        "lower-spine-twist", "hip-left-out", "hip-right-out", "hip-left-turn-out", "hip-right-turn-out",
        "shoulder-left-out", "shoulder-right-out", "shoulder-left-turn-out", "shoulder-right-turn-out"};
};
template <>
struct EnumNames<Extremity> {
    static constexpr std::array<std::string_view, 8> names{
        "head", "fingertips-left", "fingertips-right", "heel-left", "heel-right", "toes-left", "toes-right", "nose"};
};
template <>
struct EnumNames<Support> {
    static constexpr std::array<std::string_view, 5> names{"standing", "sitting", "kneeling", "all-fours", "lying"};
};
template <>
struct EnumNames<View> {
    static constexpr std::array<std::string_view, 2> names{"side", "front"};
};

inline constexpr std::size_t jointCount = EnumNames<Joint>::names.size();
inline constexpr std::size_t extremityCount = EnumNames<Extremity>::names.size();
// The joints that are places of the figure: the bending ones, Neck to WristRight.
inline constexpr std::size_t placedJointCount = 15;

// Where `joint` turns the body: the bending joint itself, or the one a sideways or twisting joint moves at.
constexpr Joint placeOf(Joint joint)
{
    switch (joint) {
    case Joint::NeckSideBend:
    case Joint::NeckTwist:
        return Joint::Neck;
    case Joint::UpperSpineSideBend:
    case Joint::UpperSpineTwist:
        return Joint::UpperSpine;
    case Joint::LowerSpineSideBend:
    case Joint::LowerSpineTwist:
        return Joint::LowerSpine;
    case Joint::HipLeftOut:
    case Joint::HipLeftTurnOut:
        return Joint::HipLeft;
    case Joint::HipRightOut:
    case Joint::HipRightTurnOut:
        return Joint::HipRight;
    case Joint::ShoulderLeftOut:
    case Joint::ShoulderLeftTurnOut:
        return Joint::ShoulderLeft;
    case Joint::ShoulderRightOut:
    case Joint::ShoulderRightTurnOut:
        return Joint::ShoulderRight;
    default:
        return joint;
    }
}

using BodyPoint = std::variant<Joint, Extremity>;

// Sizes in body heights, so the upright figure is exactly 1 tall. The limbs, the heights of the hips and
// shoulders and the head-and-neck follow Drillis and Contini's proportions of an adult; how the trunk
// divides into pelvis and spine, and the surfaces, are rounded estimates for a figure of 1.75 m.
struct FigureProportions {
    double hipWidth = 0.10;      // between the hip joint centres
    double pelvis = 0.06;        // from the hips' mid-point up to the lower-spine joint (L5/S1)
    double lowerSpine = 0.10;    // up to the upper-spine joint (T12/L1)
    double upperSpine = 0.128;   // up to the neck joint (C7/T1), level with the shoulders
    double shoulderWidth = 0.22; // between the shoulder joint centres
    double neck = 0.052;         // from the neck joint to the bottom of the head
    double headRadius = 0.065;
    double upperArm = 0.186;
    double forearm = 0.146;
    double hand = 0.108;         // wrist to fingertips
    double thigh = 0.245;
    double shin = 0.246;
    double ankleHeight = 0.039;  // ankle joint above the sole
    double heel = 0.038;         // back of the heel behind the ankle joint
    double foot = 0.152;         // heel to toes
    // How far the body's surface lies beyond the joint centres, so that a figure resting on its back, on a
    // seat or on its knees touches with its surface; heels, toes, fingertips and the head's circle are
    // surfaces already.
    double trunkHalfDepth = 0.05; // hips, spine, neck and shoulders
    double limbRadius = 0.025;    // knees, ankles, elbows and wrists
};
inline constexpr FigureProportions figureProportions{};

// A still position of the figure, such as one key of an animation.
struct Pose {
    std::array<double, jointCount> angles{}; // degrees, indexed by Joint (see there for the directions)
    Support support = Support::Standing;
    // The whole body's orientation, turned about its hips' mid-point: first pitched forward by `tilt`
    // degrees (-90 lies on the back, 90 on the front), then rolled by `roll` degrees toward its left about
    // the front-to-back axis (90 lies on the left side, whether from upright or from lying on the back).
    double tilt = 0;
    double roll = 0;
    double seatHeight = 0.26; // Sitting only: the chair seat above the floor, in body heights (45 cm)

    double angle(Joint joint) const { return angles[static_cast<std::size_t>(joint)]; }
    void setAngle(Joint joint, double degrees) { angles[static_cast<std::size_t>(joint)] = degrees; }

    bool operator==(const Pose&) const = default;
};

// A point of the figure in a picture, in body heights: x to the right, y up from the floor at y = 0,
// depth toward the viewer, so that a painter draws the far side first. From a raised viewpoint y is up
// the picture, the floor's far side higher, and straight from above it is across the floor and depth the
// height above it.
struct FigurePoint {
    double x = 0;
    double y = 0;
    double depth = 0;
};

struct FigureGeometry {
    std::array<FigurePoint, placedJointCount> joints{}; // indexed by Joint, Neck to WristRight
    std::array<FigurePoint, extremityCount> extremities{};

    // A sideways or twisting joint is at the place of the joint it moves at (placeOf).
    const FigurePoint& at(Joint joint) const { return joints[static_cast<std::size_t>(placeOf(joint))]; }
    const FigurePoint& at(Extremity extremity) const { return extremities[static_cast<std::size_t>(extremity)]; }
    const FigurePoint& at(BodyPoint point) const
    {
        return std::visit([this](auto which) -> const FigurePoint& { return at(which); }, point);
    }
};

// The same point on the body's other side: the left knee's is the right knee. The midline's points (the
// spine, the neck, the head and nose) are their own.
BodyPoint otherSide(BodyPoint point);

// The straight lines of the stick figure. The neck's line ends at the head's centre, where a painter
// draws the head as a circle of figureProportions.headRadius, with the nose on its edge.
struct Bone {
    BodyPoint from;
    BodyPoint to;
};
inline constexpr std::array<Bone, 21> figureBones{{
    {Joint::HipLeft, Joint::LowerSpine}, {Joint::HipRight, Joint::LowerSpine},
    {Joint::LowerSpine, Joint::UpperSpine}, {Joint::UpperSpine, Joint::Neck}, {Joint::Neck, Extremity::Head},
    {Joint::Neck, Joint::ShoulderLeft}, {Joint::Neck, Joint::ShoulderRight},
    {Joint::ShoulderLeft, Joint::ElbowLeft}, {Joint::ElbowLeft, Joint::WristLeft},
    {Joint::WristLeft, Extremity::FingertipsLeft},
    {Joint::ShoulderRight, Joint::ElbowRight}, {Joint::ElbowRight, Joint::WristRight},
    {Joint::WristRight, Extremity::FingertipsRight},
    {Joint::HipLeft, Joint::KneeLeft}, {Joint::KneeLeft, Joint::AnkleLeft},
    {Joint::AnkleLeft, Extremity::HeelLeft}, {Extremity::HeelLeft, Extremity::ToesLeft},
    {Joint::HipRight, Joint::KneeRight}, {Joint::KneeRight, Joint::AnkleRight},
    {Joint::AnkleRight, Extremity::HeelRight}, {Extremity::HeelRight, Extremity::ToesRight},
}};

// Every point of `pose` placed on its support and seen from `view`. The support decides the height:
//   Standing  the lower of the heels and toes touches the floor
//   Sitting   the hips rest on a seat at pose.seatHeight
//   Kneeling  the lower knee touches the floor
//   AllFours  the lowest knee, wrist or fingertips touches the floor
//   Lying     the lowest part of the trunk or the head touches the floor
// touching with the body's surface (FigureProportions). The same points hold the figure still across the
// picture while it moves: the ankles' mid-point is at x = 0 when standing, the knees' when kneeling or on
// all fours, and the hips' when sitting or lying. Nothing is moved out of the floor: checkPose reports a
// pose whose other parts go through it.
// In the side view the figure faces right and its right side is the nearer; in the front view it faces the
// viewer, its left on the right of the picture. Raising the viewpoint keeps what is left and right in the
// picture and tips the floor toward the viewer: from straight above the side view, the figure's left is at
// the top of the picture. `mirrored` makes it do the other side, for exercises done
// on each side: left and right angles swap and the roll, side bends and twists change sign, so the front
// view is mirrored about the figure's centre and in the side view the other arm and leg are the near ones.
FigureGeometry computeFigure(const Pose& pose, const Viewpoint& viewpoint, bool mirrored);

// A point as the level side view sees it (computeFigure's points from View::Side), seen from `viewpoint`.
FigurePoint seenFrom(const Viewpoint& viewpoint, const FigurePoint& sideView);

// Every placed joint (Neck to WristRight) and every extremity, in that order.
std::span<const BodyPoint> everyBodyPoint();

struct AngleRange {
    double min = 0;
    double max = 0;
};

// The range of motion a pose may give `joint`, in degrees: the usual active range of a healthy adult.
AngleRange jointRange(Joint joint);

struct AngleOutOfRange {
    Joint joint;
    double angle;
    AngleRange range;
};
// The point deepest below the floor, and how far its surface is below it in body heights.
struct BelowFloor {
    BodyPoint point;
    double distance;
};
using PoseProblem = std::variant<AngleOutOfRange, BelowFloor>;

// How far a surface may go below the floor before checkPose reports it (3.5 cm): enough for whole-degree
// angles and for feet without toe joints, which dip a little when kneeling or on all fours.
inline constexpr double floorTolerance = 0.02;

// What makes `pose` impossible: each angle outside its jointRange, in Joint order, then, if the placed
// figure goes more than floorTolerance below the floor anywhere, its deepest point (for Sitting, the feet
// under too low a seat). Empty for a possible pose. Mirroring and the view change neither.
std::vector<PoseProblem> checkPose(const Pose& pose);

// Slow at both ends and fastest in the middle, for moving between key poses: 0, 0.5 and 1 map to
// themselves and it rises in between; t outside [0, 1] is taken as the nearer end.
double easeInOut(double t);

// The pose a fraction `t` of the way from `from` to `to` (t outside [0, 1] is taken as the nearer end):
// every joint's angle, tilt, roll and seat height change linearly; the support is from's before the half-way point and
// to's from there on. Pass easeInOut(t) for a smooth start and stop.
Pose interpolate(const Pose& from, const Pose& to, double t);

} // namespace limber
