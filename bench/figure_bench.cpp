// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
// One frame of an exercise's figure: the core's geometry (forward kinematics of an eased in-between pose)
// and the app's drawing, into a 240 × 200 image as the Library shows it. Budget: ≤ 1 ms a frame.
#include "app_benchmark_main.h"
#include "app/figure_painter.h"
#include "core/figure/figure.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace {

using namespace limber;

Pose kneeToChest(double hip, double knee)
{
    Pose pose;
    pose.support = Support::Lying;
    pose.tilt = -90;
    pose.setAngle(Joint::HipLeft, hip);
    pose.setAngle(Joint::KneeLeft, knee);
    pose.setAngle(Joint::HipRight, 45);
    pose.setAngle(Joint::KneeRight, 90);
    return pose;
}

void geometryOfOneFrame(benchmark::State& state)
{
    const Pose from = kneeToChest(45, 90);
    const Pose to = kneeToChest(120, 120);
    double t = 0;
    for (auto _ : state) {
        t = t >= 1 ? 0 : t + 0.01;
        benchmark::DoNotOptimize(computeFigure(interpolate(from, to, easeInOut(t)), View::Side, false));
    }
}
BENCHMARK(geometryOfOneFrame)->Unit(benchmark::kMicrosecond);

void drawOneFrame(benchmark::State& state)
{
    const ExerciseFigure figure{View::Side, {Equipment::Mat}, {kneeToChest(45, 90), kneeToChest(120, 120)}};
    const app::FigureColors colors = app::figureColors();
    QImage image(240, 200, QImage::Format_ARGB32_Premultiplied);
    double t = 0;
    for (auto _ : state) {
        t = t >= 1 ? 0 : t + 0.01;
        image.fill(Qt::white);
        QPainter painter(&image);
        app::paintFigure(painter, image.rect(), figure, interpolate(figure.poses[0], figure.poses[1], easeInOut(t)),
                         false, colors);
    }
}
BENCHMARK(drawOneFrame)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    return limber::bench::runAppBenchmarks(argc, argv);
}
