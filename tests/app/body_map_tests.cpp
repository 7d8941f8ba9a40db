// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_test_support.h"

#include "app/body_map.h"

#include <QImage>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

using namespace limber;
using namespace limber::app;

namespace {

constexpr auto allAreas = allEnumValues<PainArea>();

// A shown map at its preferred size, so clicks land on the figure as it is drawn.
std::unique_ptr<BodyMap> shownMap()
{
    limber::test::application();
    auto map = std::make_unique<BodyMap>();
    map->resize(map->sizeHint());
    map->show();
    REQUIRE(QTest::qWaitForWindowExposed(map.get()));
    return map;
}

void clickOn(BodyMap& map, PainArea area, BodySide side)
{
    QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, map.pointOn(area, side).toPoint());
}

struct Chosen {
    std::optional<PainArea> area;
    std::optional<BodySide> side;

    bool operator==(const Chosen&) const = default;
};

Chosen chosen(const BodyMap& map)
{
    return {map.area(), map.side()};
}

QColor pixelAt(const QImage& image, QPointF point)
{
    return image.pixelColor(point.toPoint());
}

} // namespace

namespace Catch {
template <>
struct StringMaker<Chosen> {
    static std::string convert(const Chosen& value)
    {
        return (value.area ? std::string(toString(*value.area)) : "no area") + " / " +
               (value.side ? std::string(toString(*value.side)) : "no side");
    }
};
} // namespace Catch

TEST_CASE("clicking either half of each area of the body map chooses that area and side", "[body_map]")
{
    const auto map = shownMap();
    for (PainArea area : allAreas) {
        CAPTURE(toString(area));
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            map->clear();
            clickOn(*map, area, side);
            CHECK(chosen(*map) == Chosen{area, side});
        }
    }
}

TEST_CASE("on the body map the other half makes both sides and a second click takes a half away", "[body_map]")
{
    const auto map = shownMap();
    QSignalSpy changed(map.get(), &BodyMap::selectionChanged);

    clickOn(*map, PainArea::LowerBack, BodySide::Left);
    CHECK(chosen(*map) == Chosen{PainArea::LowerBack, BodySide::Left});
    clickOn(*map, PainArea::LowerBack, BodySide::Right);
    CHECK(chosen(*map) == Chosen{PainArea::LowerBack, BodySide::Both});
    clickOn(*map, PainArea::LowerBack, BodySide::Left);
    CHECK(chosen(*map) == Chosen{PainArea::LowerBack, BodySide::Right});
    clickOn(*map, PainArea::LowerBack, BodySide::Right);
    CHECK(chosen(*map) == Chosen{});
    CHECK(changed.count() == 4);

    clickOn(*map, PainArea::Hips, BodySide::Left);
    clickOn(*map, PainArea::Hips, BodySide::Right);
    clickOn(*map, PainArea::Neck, BodySide::Right);
    CHECK(chosen(*map) == Chosen{PainArea::Neck, BodySide::Right});
    CHECK(changed.count() == 7);
}

TEST_CASE("clicking beside the figure on the body map changes nothing", "[body_map]")
{
    const auto map = shownMap();
    map->setSelection(PainArea::MidBack, BodySide::Left);
    QSignalSpy changed(map.get(), &BodyMap::selectionChanged);

    QTest::mouseClick(map.get(), Qt::LeftButton, Qt::NoModifier, QPoint(1, 1));
    QTest::mouseClick(map.get(), Qt::LeftButton, Qt::NoModifier, QPoint(map->width() - 2, map->height() / 2));
    // The head, half-way down to the neck, is drawn but is not an area one can choose.
    const QPointF neck = map->pointOn(PainArea::Neck, BodySide::Left);
    QTest::mouseClick(map.get(), Qt::LeftButton, Qt::NoModifier, QPoint(map->width() / 2 - 2, int(neck.y() / 2)));
    CHECK(chosen(*map) == Chosen{PainArea::MidBack, BodySide::Left});
    CHECK(changed.count() == 0);
}

TEST_CASE("hovering over the body map names the half under the pointer", "[body_map]")
{
    const auto map = shownMap();
    QTest::mouseMove(map.get(), map->pointOn(PainArea::Buttocks, BodySide::Right).toPoint());
    CHECK(map->toolTip() == QStringLiteral("Buttocks, right side"));
    CHECK(map->cursor().shape() == Qt::PointingHandCursor);
    QTest::mouseMove(map.get(), QPoint(1, 1));
    CHECK(map->toolTip().isEmpty());
    CHECK(map->cursor().shape() == Qt::ArrowCursor);
}

TEST_CASE("the body map is driven from the keyboard and cleared with Delete or Backspace", "[body_map]")
{
    const auto map = shownMap();
    QSignalSpy changed(map.get(), &BodyMap::selectionChanged);

    QTest::keyClick(map.get(), Qt::Key_Left); // no area yet: no side to choose
    CHECK(chosen(*map) == Chosen{});
    QTest::keyClick(map.get(), Qt::Key_Down);
    CHECK(chosen(*map) == Chosen{PainArea::Neck, std::nullopt});
    QTest::keyClick(map.get(), Qt::Key_Down);
    QTest::keyClick(map.get(), Qt::Key_Left);
    CHECK(chosen(*map) == Chosen{PainArea::Shoulders, BodySide::Left});
    QTest::keyClick(map.get(), Qt::Key_Left);
    CHECK(changed.count() == 3);
    QTest::keyClick(map.get(), Qt::Key_B);
    CHECK(chosen(*map) == Chosen{PainArea::Shoulders, BodySide::Both});
    QTest::keyClick(map.get(), Qt::Key_Right);
    QTest::keyClick(map.get(), Qt::Key_Down);
    QTest::keyClick(map.get(), Qt::Key_Down);
    CHECK(chosen(*map) == Chosen{PainArea::MidBack, BodySide::Right});
    QTest::keyClick(map.get(), Qt::Key_Up);
    QTest::keyClick(map.get(), Qt::Key_Up);
    QTest::keyClick(map.get(), Qt::Key_Up);
    CHECK(chosen(*map) == Chosen{PainArea::Neck, BodySide::Right});
    QTest::keyClick(map.get(), Qt::Key_Up); // already at the top
    CHECK(changed.count() == 10);

    QTest::keyClick(map.get(), Qt::Key_Delete);
    CHECK(chosen(*map) == Chosen{});
    QTest::keyClick(map.get(), Qt::Key_Up);
    CHECK(chosen(*map) == Chosen{PainArea::Legs, std::nullopt});
    QTest::keyClick(map.get(), Qt::Key_Down); // already at the bottom
    CHECK(map->area() == PainArea::Legs);
    QTest::keyClick(map.get(), Qt::Key_Backspace);
    CHECK(chosen(*map) == Chosen{});
    CHECK(changed.count() == 13);

    // Enter is left to the dialog around the map, so it still accepts the dialog.
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(map.get(), &enter);
    CHECK_FALSE(enter.isAccepted());
}

TEST_CASE("the body map keeps what setSelection gives it and says it in words", "[body_map]")
{
    limber::test::application();
    BodyMap map;
    CHECK(map.objectName() == QStringLiteral("bodyMap"));
    CHECK(map.accessibleName() == QStringLiteral("Where it hurts"));
    CHECK(map.focusPolicy() == Qt::StrongFocus);
    CHECK(map.accessibleDescription() == QStringLiteral("Nothing chosen"));
    QSignalSpy changed(&map, &BodyMap::selectionChanged);

    map.setSelection(PainArea::LowerBack, BodySide::Left);
    CHECK(chosen(map) == Chosen{PainArea::LowerBack, BodySide::Left});
    CHECK(map.accessibleDescription() == QStringLiteral("Lower back, left side"));
    map.setSelection(PainArea::LowerBack, BodySide::Left);
    CHECK(changed.count() == 1);

    map.setSelection(PainArea::UpperBack, BodySide::Both);
    CHECK(map.accessibleDescription() == QStringLiteral("Upper back, both sides"));
    map.setSelection(PainArea::Legs, BodySide::Right);
    CHECK(map.accessibleDescription() == QStringLiteral("Legs, right side"));
    map.setSelection(PainArea::Hips, std::nullopt);
    CHECK(chosen(map) == Chosen{PainArea::Hips, std::nullopt});
    CHECK(map.accessibleDescription() == QStringLiteral("Hips"));

    map.setSelection(std::nullopt, BodySide::Left); // a side without an area means nothing
    CHECK(chosen(map) == Chosen{});
    CHECK(map.accessibleDescription() == QStringLiteral("Nothing chosen"));
    map.clear();
    CHECK(changed.count() == 5);
}

TEST_CASE("the body map paints the chosen half and leaves every other half as it was", "[body_map]")
{
    // Shown and focused, so the focus frame is painted too and must not cover the figure.
    const auto shown = shownMap();
    BodyMap& map = *shown;
    map.resize(200, 340);
    map.activateWindow();
    map.setFocus();
    REQUIRE(QTest::qWaitForWindowActive(&map));
    REQUIRE(map.hasFocus());
    const QImage blank = map.grab().toImage();
    for (PainArea area : allAreas) {
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            CAPTURE(toString(area), toString(side));
            map.setSelection(area, side);
            const QImage painted = map.grab().toImage();
            const QPointF point = map.pointOn(area, side);
            CHECK(pixelAt(painted, point) != pixelAt(blank, point));
            const BodySide otherSide = side == BodySide::Left ? BodySide::Right : BodySide::Left;
            const QPointF other = map.pointOn(area, otherSide);
            CHECK(pixelAt(painted, other) == pixelAt(blank, other));
            const PainArea neighbour = area == PainArea::Neck ? PainArea::Legs : PainArea::Neck;
            const QPointF elsewhere = map.pointOn(neighbour, side);
            CHECK(pixelAt(painted, elsewhere) == pixelAt(blank, elsewhere));
        }
    }
    map.setSelection(PainArea::Buttocks, BodySide::Both);
    const QImage both = map.grab().toImage();
    for (BodySide side : {BodySide::Left, BodySide::Right}) {
        const QPointF point = map.pointOn(PainArea::Buttocks, side);
        CHECK(pixelAt(both, point) != pixelAt(blank, point));
    }
}

