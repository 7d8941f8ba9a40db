// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/figure/movement.h"

#include <catch2/catch.hpp>

using namespace limber;
using namespace std::chrono_literals;

namespace {

ExerciseFigure bendAndStraighten()
{
    Pose start;
    Pose end;
    end.setAngle(Joint::HipLeft, 90);
    end.setAngle(Joint::HipRight, 90);
    return ExerciseFigure{View::Side, {}, {start, end}};
}

Phase work(Duration duration, int reps = 0, Side side = Side::None)
{
    Phase phase;
    phase.kind = PhaseKind::Work;
    phase.duration = duration;
    phase.reps = reps;
    phase.side = side;
    return phase;
}

double hip(const Pose& pose)
{
    return pose.angle(Joint::HipLeft);
}

} // namespace

TEST_CASE("get-ready rest and switching sides show the starting pose")
{
    const ExerciseFigure figure = bendAndStraighten();
    for (PhaseKind kind : {PhaseKind::GetReady, PhaseKind::Rest, PhaseKind::SwitchSide}) {
        Phase phase = work(10s);
        phase.kind = kind;
        CHECK(poseDuring(figure, DoseMode::Hold, phase, 7s) == figure.poses.front());
    }
}

TEST_CASE("a hold eases into the end pose in its first seconds and stays there")
{
    const ExerciseFigure figure = bendAndStraighten();
    const Phase hold = work(30s);
    CHECK(hip(poseDuring(figure, DoseMode::Hold, hold, 0s)) == 0);
    const double early = hip(poseDuring(figure, DoseMode::Hold, hold, 500ms));
    const double later = hip(poseDuring(figure, DoseMode::Hold, hold, 1s));
    CHECK(early > 0);
    CHECK(later > early);
    CHECK(hip(poseDuring(figure, DoseMode::Hold, hold, 1500ms)) == Approx(90));
    CHECK(hip(poseDuring(figure, DoseMode::Hold, hold, 29s)) == Approx(90));
}

TEST_CASE("each repetition goes out to the end pose and back at the phase's pace")
{
    const ExerciseFigure figure = bendAndStraighten();
    const Phase reps = work(20s, 5); // 4 s a repetition
    for (int rep = 0; rep < 5; ++rep) {
        const auto start = std::chrono::seconds{4 * rep};
        CHECK(hip(poseDuring(figure, DoseMode::Reps, reps, start)) == Approx(0).margin(1e-9));
        CHECK(hip(poseDuring(figure, DoseMode::Reps, reps, start + 2s)) == Approx(90));
        CHECK(hip(poseDuring(figure, DoseMode::Reps, reps, start + 1s)) == Approx(45));
        CHECK(hip(poseDuring(figure, DoseMode::Reps, reps, start + 3s)) == Approx(45));
    }
}

TEST_CASE("a timed exercise goes round its key poses and the right side is mirrored")
{
    const ExerciseFigure figure = bendAndStraighten();
    const Phase timed = work(10min);
    CHECK(hip(poseDuring(figure, DoseMode::Timed, timed, 0s)) == Approx(0).margin(1e-9));
    CHECK(hip(poseDuring(figure, DoseMode::Timed, timed, 2s)) == Approx(90));
    CHECK(hip(poseDuring(figure, DoseMode::Timed, timed, 4s)) == Approx(0).margin(1e-9));
    CHECK(mirroredDuring(work(10s, 0, Side::Right)));
    CHECK_FALSE(mirroredDuring(work(10s, 0, Side::Left)));
    CHECK_FALSE(mirroredDuring(work(10s)));
}
