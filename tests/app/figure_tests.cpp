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
        paintFigure(painter, image->rect(), hug, exercise.figure->view, mirrored, exercise.figure->props, figureColors());
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
                paintFigure(painter, image.rect(), pose, exercise.figure->view, mirrored, exercise.figure->props,
                            figureColors());
                painter.end();
                CHECK(inkedPixels(image) > 150);
            }
        }
    }
}
