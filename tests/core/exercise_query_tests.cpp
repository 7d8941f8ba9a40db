// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/exercise_query.h"

#include <catch2/catch.hpp>

using namespace limber;

namespace {

Exercise exercise(std::string id, std::string name, Category category, Position position,
                  std::vector<Equipment> equipment, std::vector<BodyArea> areas)
{
    Exercise e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.category = category;
    e.position = position;
    e.equipment = std::move(equipment);
    e.areas = std::move(areas);
    e.deskFriendly = qualifiesAsDeskFriendly(e.position, e.equipment);
    e.steps = {"Breathe out slowly as you move."};
    return e;
}

Catalog sampleCatalog()
{
    return Catalog{{exercise("chin-tuck", "Chin tuck", Category::Posture, Position::Seated, {}, {BodyArea::Neck}),
                    exercise("cat-cow", "Cat-cow", Category::Stretch, Position::FloorQuadruped, {Equipment::Mat},
                             {BodyArea::LowerBack, BodyArea::MidBack}),
                    exercise("wall-angel", "Wall angel", Category::Posture, Position::Standing, {Equipment::Wall},
                             {BodyArea::UpperBack, BodyArea::Shoulders}),
                    exercise("foam-roll", "Foam-roller upper-back roll", Category::Stretch, Position::FloorSupine,
                             {Equipment::FoamRoller, Equipment::Mat}, {BodyArea::UpperBack})},
                   {}};
}

std::vector<std::string> ids(const std::vector<const Exercise*>& found)
{
    std::vector<std::string> result;
    for (const Exercise* e : found)
        result.push_back(e->id);
    return result;
}

} // namespace

TEST_CASE("an empty query finds every exercise in catalog order")
{
    CHECK(ids(findExercises(sampleCatalog(), {})) == std::vector<std::string>{"chin-tuck", "cat-cow", "wall-angel", "foam-roll"});
}

TEST_CASE("each criterion narrows the list, and they combine")
{
    const Catalog catalog = sampleCatalog();
    ExerciseQuery posture;
    posture.category = Category::Posture;
    CHECK(ids(findExercises(catalog, posture)) == std::vector<std::string>{"chin-tuck", "wall-angel"});

    ExerciseQuery upperBack;
    upperBack.area = BodyArea::UpperBack;
    CHECK(ids(findExercises(catalog, upperBack)) == std::vector<std::string>{"wall-angel", "foam-roll"});

    ExerciseQuery desk;
    desk.deskFriendlyOnly = true;
    CHECK(ids(findExercises(catalog, desk)) == std::vector<std::string>{"chin-tuck", "wall-angel"});

    ExerciseQuery mat;
    mat.uses = Equipment::Mat;
    CHECK(ids(findExercises(catalog, mat)) == std::vector<std::string>{"cat-cow", "foam-roll"});

    ExerciseQuery nothing;
    nothing.withoutEquipment = true;
    CHECK(ids(findExercises(catalog, nothing)) == std::vector<std::string>{"chin-tuck"});

    ExerciseQuery floor;
    floor.position = Position::FloorSupine;
    CHECK(ids(findExercises(catalog, floor)) == std::vector<std::string>{"foam-roll"});

    ExerciseQuery combined;
    combined.category = Category::Stretch;
    combined.area = BodyArea::UpperBack;
    CHECK(ids(findExercises(catalog, combined)) == std::vector<std::string>{"foam-roll"});
}

TEST_CASE("search text matches every word, ignoring case, in names, ids and steps")
{
    const Catalog catalog = sampleCatalog();
    ExerciseQuery query;
    query.text = "  UPPER   roll ";
    CHECK(ids(findExercises(catalog, query)) == std::vector<std::string>{"foam-roll"});
    query.text = "breathe";
    CHECK(findExercises(catalog, query).size() == 4);
    query.text = "cat-cow";
    CHECK(ids(findExercises(catalog, query)) == std::vector<std::string>{"cat-cow"});
    query.text = "angel yoga";
    CHECK(findExercises(catalog, query).empty());
}
