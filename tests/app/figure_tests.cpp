// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_test_support.h"

#include "app/exercise_detail_view.h"
#include "app/figure_painter.h"
#include "app/figure_view.h"
#include "core/catalog/catalog_loader.h"
#include "core/figure/movement.h"

#include "support/temp_dir.h"

#include <QImage>
#include <QPainter>

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <string_view>

using namespace limber;
using namespace limber::app;
using limber::test::child;
using limber::test::testData;

namespace {

Catalog figureCatalog()
{
    const auto loaded = loadCatalogFile(testData("catalog/valid/figure.json"));
    REQUIRE(loaded.ok());
    return *loaded.value;
}

int inkedPixels(const QImage& image)
{
    const QRgb background = image.pixel(0, 0);
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != background ? 1 : 0;
    }
    return inked;
}

} // namespace

TEST_CASE("the Library shows an exercise's figure beside its dose and animates it only while shown")
{
    limber::test::application();
    const Catalog catalog = figureCatalog();
    ExerciseDetailView detail;
    detail.resize(900, 700);
    detail.show();
    detail.showExercise(&catalog.exercises()[0], &catalog);
    auto* figure = child<FigureView>(detail, "figureView");
    CHECK(figure->isVisible());
    CHECK(figure->animating());

    // The loop holds each key pose, then eases into the next.
    const auto& poses = catalog.exercises()[0].figure->poses;
    CHECK(figure->poseAt(0) == poses[0]);
    CHECK(figure->poseAt(2600) == poses[1]);
    const Pose between = figure->poseAt(1900);
    CHECK(between.angle(Joint::HipLeft) > poses[0].angle(Joint::HipLeft));
    CHECK(between.angle(Joint::HipLeft) < poses[1].angle(Joint::HipLeft));

    const QImage drawn = figure->grab().toImage();
    CHECK(inkedPixels(drawn) > 300);

    detail.hide();
    CHECK_FALSE(figure->animating());
    detail.show();
    Exercise without = catalog.exercises()[0];
    without.figure.reset();
    detail.showExercise(&without, &catalog);
    CHECK_FALSE(figure->isVisible());
    CHECK_FALSE(figure->animating());
}

TEST_CASE("a figure is drawn offscreen and mirrored for the other side")
{
    limber::test::application();
    const Exercise exercise = figureCatalog().exercises()[0];
    const Pose& hug = exercise.figure->poses[1];
    QImage left(240, 180, QImage::Format_RGB32);
    QImage right(240, 180, QImage::Format_RGB32);
    for (auto [image, mirrored] : {std::pair{&left, false}, std::pair{&right, true}}) {
        image->fill(Qt::white);
        QPainter painter(image);
        paintFigure(painter, image->rect(), *exercise.figure, hug, mirrored, figureColors());
    }
    CHECK(inkedPixels(left) > 300);
    CHECK(left != right); // the hugged knee is the near one on one side, the far one on the other
}

TEST_CASE("the player's figure moves with the session and is the other side mirrored")
{
    limber::test::application();
    const Catalog catalog = figureCatalog();
    const Exercise& exercise = catalog.exercises()[0];
    FigureView view;
    view.resize(240, 180);
    view.show();
    Phase hold;
    hold.kind = PhaseKind::Work;
    hold.duration = std::chrono::seconds{20};
    hold.side = Side::Left;
    view.showPose(*exercise.figure, poseDuring(*exercise.figure, exercise.mode, hold, std::chrono::seconds{5}), false);
    CHECK_FALSE(view.animating()); // the player drives it: no timer of its own
    const QImage left = view.grab().toImage();
    hold.side = Side::Right;
    view.showPose(*exercise.figure, poseDuring(*exercise.figure, exercise.mode, hold, std::chrono::seconds{5}),
                  mirroredDuring(hold));
    const QImage right = view.grab().toImage();
    CHECK(inkedPixels(left) > 300);
    CHECK(left != right);
}

TEST_CASE("every built-in exercise's figure draws offscreen to a visible picture in both sides")
{
    limber::test::application();
    const auto loaded = loadBuiltinCatalog();
    REQUIRE(loaded.ok());
    for (const Exercise& exercise : loaded.value->exercises()) {
        INFO(exercise.id);
        REQUIRE(exercise.figure);
        for (const Pose& pose : exercise.figure->poses) {
            for (bool mirrored : {false, true}) {
                QImage image(200, 160, QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                paintFigure(painter, image.rect(), *exercise.figure, pose, mirrored, figureColors());
                painter.end();
                CHECK(inkedPixels(image) > 150);
            }
        }
    }
}

namespace {

const Exercise& builtinExercise(const Catalog& catalog, std::string_view id)
{
    const auto found = std::ranges::find(catalog.exercises(), id, &Exercise::id);
    REQUIRE(found != catalog.exercises().end());
    REQUIRE(found->figure);
    return *found;
}

// Colours no theme uses, so each pixel says what painted it.
FigureColors tellTaleColors()
{
    return {QColor(0, 0, 200), QColor(0, 160, 0), QColor(230, 0, 0), QColor(120, 120, 120), QColor(0, 200, 220)};
}

// Key pose `index` of an exercise drawn into a fresh image in tell-tale colours: the picture, the map from
// body heights to its pixels, and the figure's points.
struct DrawnPose {
    QImage image{480, 360, QImage::Format_RGB32};
    QTransform toPicture;
    FigureGeometry figure;
};

DrawnPose drawPose(const Exercise& exercise, std::size_t index)
{
    DrawnPose drawn;
    drawn.image.fill(Qt::white);
    const Pose& pose = exercise.figure->poses.at(index);
    drawn.toPicture = figureTransform(drawn.image.rect(), *exercise.figure, false);
    drawn.figure = computeFigure(pose, exercise.figure->view, false);
    QPainter painter(&drawn.image);
    paintFigure(painter, drawn.image.rect(), *exercise.figure, pose, false, tellTaleColors());
    return drawn;
}

// A built-in exercise by id, with its figure.
const Exercise& builtinExercise(std::string_view id)
{
    limber::test::application();
    static const Catalog catalog = *loadBuiltinCatalog().value;
    return builtinExercise(catalog, id);
}

// The horizontal extent, in body heights, of the pixels above the floor painted in exactly `colour`.
struct Span {
    int pixels = 0;
    double left = std::numeric_limits<double>::infinity();
    double right = -std::numeric_limits<double>::infinity();
    double top = -std::numeric_limits<double>::infinity();
};
Span spanOf(const QImage& image, const QTransform& toPicture, QColor colour, double above)
{
    const QTransform toBody = toPicture.inverted();
    Span span;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != colour.rgb())
                continue;
            const QPointF body = toBody.map(QPointF(x + 0.5, y + 0.5));
            if (body.y() < above)
                continue; // the mat, under the floor line
            ++span.pixels;
            span.left = std::min(span.left, body.x());
            span.right = std::max(span.right, body.x());
            span.top = std::max(span.top, body.y());
        }
    }
    return span;
}

} // namespace

TEST_CASE("the foam roller is drawn under the upper back and nowhere else")
{
    for (const std::string_view id : {"foam-roller-upper-back", "thoracic-extension-foam-roller"}) {
        const Exercise& exercise = builtinExercise(id);
        for (std::size_t k = 0; k < exercise.figure->poses.size(); ++k) {
            INFO(id << " pose " << k);
            const auto [image, toPicture, figure] = drawPose(exercise, k);
            const FigurePoint& upperSpine = figure.at(Joint::UpperSpine);
            const FigurePoint& neck = figure.at(Joint::Neck);
            const Span roller = spanOf(image, toPicture, tellTaleColors().props, 0.01);
            REQUIRE(roller.pixels > 50);
            // Across the back between the bottom of the thoracic spine and the shoulders, reaching up to it.
            const double middle = (roller.left + roller.right) / 2;
            CHECK(middle > std::min(upperSpine.x, neck.x));
            CHECK(middle < std::max(upperSpine.x, neck.x));
            CHECK(roller.right - roller.left < 0.2);
            const double back = upperSpine.y + (neck.y - upperSpine.y) * 0.35 - figureProportions.trunkHalfDepth;
            CHECK(roller.top == Approx(back).margin(0.03));
        }
    }
}

TEST_CASE("the step is drawn under the raised heel, as high as the heel rests")
{
    const auto [image, toPicture, figure] = drawPose(builtinExercise("hamstring-stretch-standing-step"), 0);
    const FigurePoint& heel = figure.at(Extremity::HeelRight);
    REQUIRE(heel.y > 0.15);
    const Span step = spanOf(image, toPicture, tellTaleColors().props, 0.0);
    REQUIRE(step.pixels > 50);
    CHECK(step.left < heel.x);
    CHECK(step.right > heel.x);
    CHECK(step.top == Approx(heel.y).margin(0.01));
    // Nowhere near the foot that stands on the floor.
    CHECK(step.left > figure.at(Extremity::ToesLeft).x);
}

TEST_CASE("the door frame stands just behind the forearms, and from the front beside each")
{
    Exercise exercise = builtinExercise("doorway-chest-stretch");
    for (const View view : {View::Side, View::Front}) {
        INFO((view == View::Side ? "side" : "front"));
        exercise.figure->view = view;
        const auto [image, toPicture, figure] = drawPose(exercise, 0);
        const double elbowLeft = std::min(figure.at(Joint::ElbowLeft).x, figure.at(Joint::ElbowRight).x);
        const double elbowRight = std::max(figure.at(Joint::ElbowLeft).x, figure.at(Joint::ElbowRight).x);
        const Span frame = spanOf(image, toPicture, tellTaleColors().props, 0.0);
        REQUIRE(frame.pixels > 50);
        CHECK(frame.left == Approx(elbowLeft - 0.075).margin(0.02));
        CHECK(frame.top > figure.at(Extremity::Head).y);
        if (view == View::Side)
            CHECK(frame.right < elbowLeft);
        else
            CHECK(frame.right == Approx(elbowRight + 0.075).margin(0.02));
    }
}

TEST_CASE("seen from above, the mat lies under the whole lying body and the figure's other props are left out")
{
    Exercise exercise = builtinExercise("knee-rolls");
    REQUIRE(exercise.figure->view.elevation > 0);
    exercise.figure->props = {Equipment::Mat, Equipment::Chair};
    for (std::size_t k = 0; k < exercise.figure->poses.size(); ++k) {
        INFO("pose " << k);
        const DrawnPose drawn = drawPose(exercise, k);
        const FigureGeometry level = computeFigure(exercise.figure->poses[k], View::Side, false);
        // The floor under each point of the body is mat, where the body does not cover it: under the hips,
        // the head and the heels, each seen from the figure's viewpoint.
        int onMat = 0;
        for (const BodyPoint point : everyBodyPoint()) {
            const FigurePoint floor = seenFrom(exercise.figure->view, {level.at(point).x, 0, level.at(point).depth});
            const QPoint pixel = drawn.toPicture.map(QPointF(floor.x, floor.y)).toPoint();
            REQUIRE(drawn.image.rect().contains(pixel));
            const QColor colour = drawn.image.pixelColor(pixel);
            CHECK(colour != QColor(Qt::white));
            onMat += colour == tellTaleColors().props;
        }
        CHECK(onMat > 5);
        // No floor line and no chair: the image's corners are bare.
        for (const QPoint corner : {QPoint(1, 1), QPoint(drawn.image.width() - 2, drawn.image.height() - 2)})
            CHECK(drawn.image.pixelColor(corner) == QColor(Qt::white));
        CHECK(spanOf(drawn.image, drawn.toPicture, tellTaleColors().floor, -1e9).pixels == 0);
    }
}

TEST_CASE("a figure is drawn at one scale and place for all its key poses, so it does not grow or shift as it moves")
{
    // Pulling the band apart spreads the arms out to the sides: a figure fitted pose by pose would shrink.
    const Exercise& exercise = builtinExercise("band-pull-apart");
    const DrawnPose start = drawPose(exercise, 0);
    const DrawnPose reach = drawPose(exercise, 1);
    CHECK(start.toPicture == reach.toPicture);
    REQUIRE(reach.figure.at(Joint::WristLeft).x - start.figure.at(Joint::WristLeft).x > 0.3);
    // The head, which does not move, is drawn the same in both pictures: same place, same size.
    const double neck = start.figure.at(Joint::Neck).y + figureProportions.neck;
    const Span headBefore = spanOf(start.image, start.toPicture, tellTaleColors().body, neck);
    const Span headAfter = spanOf(reach.image, reach.toPicture, tellTaleColors().body, neck);
    REQUIRE(headBefore.pixels > 100);
    CHECK(headAfter.pixels == headBefore.pixels);
    CHECK(headAfter.left == Approx(headBefore.left));
    CHECK(headAfter.top == Approx(headBefore.top));
}

TEST_CASE("the pool's water comes up to the chest of someone walking in it and over the back of a swimmer")
{
    for (const std::string_view id : {"water-walking", "swimming"}) {
        INFO(id);
        const auto [image, toPicture, figure] = drawPose(builtinExercise(id), 0);
        const Span water = spanOf(image, toPicture, tellTaleColors().water, 0.0);
        REQUIRE(water.pixels > 100);
        if (id == "water-walking") {
            CHECK(water.top > figure.at(Joint::UpperSpine).y);
            CHECK(water.top < figure.at(Joint::Neck).y);
        } else {
            for (const Joint trunk : {Joint::LowerSpine, Joint::UpperSpine, Joint::Neck})
                CHECK(water.top > figure.at(trunk).y + figureProportions.trunkHalfDepth);
        }
    }
}

TEST_CASE("the exercise bike's saddle is under the hips and its flywheel round the pedals, between the feet")
{
    const auto [image, toPicture, figure] = drawPose(builtinExercise("cycling"), 0);
    const Span bike = spanOf(image, toPicture, tellTaleColors().props, 0.0);
    REQUIRE(bike.pixels > 100);
    const double hips = (figure.at(Joint::HipLeft).x + figure.at(Joint::HipRight).x) / 2;
    const double feet = (figure.at(Extremity::ToesLeft).x + figure.at(Extremity::ToesRight).x) / 2;
    CHECK(bike.left < std::min(hips, feet));
    CHECK(bike.right > std::max(hips, feet));
    // The saddle's top is where the hips rest, and nothing of the bike rises above the hands.
    CHECK(bike.top < std::max(figure.at(Joint::WristLeft).y, figure.at(Joint::WristRight).y));
    const QPoint underHips = toPicture.map(QPointF(hips, figure.at(Joint::HipLeft).y - figureProportions.trunkHalfDepth - 0.005)).toPoint();
    CHECK(image.pixelColor(underHips) == tellTaleColors().props);
}
