// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace limber;

namespace {

const Catalog& builtin()
{
    static const Catalog catalog = [] {
        auto loaded = loadBuiltinCatalog();
        for (const Issue& issue : loaded.issues)
            UNSCOPED_INFO(formatIssue(issue));
        REQUIRE(loaded.ok());
        return *loaded.value;
    }();
    return catalog;
}

} // namespace

TEST_CASE("the built-in catalog has enough exercises in every category")
{
    std::map<Category, int> perCategory;
    int deskFriendly = 0;
    for (const Exercise& exercise : builtin().exercises()) {
        ++perCategory[exercise.category];
        deskFriendly += exercise.deskFriendly ? 1 : 0;
    }
    CHECK(builtin().size() >= 60);
    for (Category category : allEnumValues<Category>()) {
        INFO(toString(category));
        CHECK(perCategory[category] >= 8);
    }
    CHECK(deskFriendly >= 20);
}

TEST_CASE("every built-in exercise is complete enough to follow")
{
    for (const Exercise& exercise : builtin().exercises()) {
        INFO(exercise.id);
        CHECK(exercise.steps.size() >= 3);
        CHECK_FALSE(exercise.cautions.empty());
        CHECK_FALSE(exercise.summary.empty());
        CHECK_FALSE(exercise.sources.empty());
        for (const std::string& key : exercise.sources) {
            INFO(key);
            CHECK(builtin().reference(key) != nullptr);
        }
    }
}

TEST_CASE("desk-friendly built-in exercises need no floor and nothing beyond a chair or wall")
{
    for (const Exercise& exercise : builtin().exercises()) {
        INFO(exercise.id);
        if (exercise.deskFriendly)
            CHECK(qualifiesAsDeskFriendly(exercise.position, exercise.equipment));
    }
}

TEST_CASE("every exercise named in the seed articles is in the built-in catalog")
{
    // The content brief's summary table marks these as named in ../shared/content/seeds.
    const std::vector<std::string> namedInSeeds{
        "childs-pose", "cat-cow", "knee-to-chest-single", "knee-to-chest-double", "knee-rolls",
        "seated-trunk-rotation", "hamstring-stretch-supine-towel", "piriformis-stretch-supine",
        "hip-flexor-stretch-kneeling", "seated-posterior-stretch", "prone-press-up",
        "supported-supine-rest-legs-on-chair", "stability-ball-prone-drape", "rhomboid-stretch",
        "overhead-arm-reach-side-bend", "levator-scapulae-stretch", "upper-trapezius-stretch",
        "neck-flexion-stretch", "neck-extension", "cross-body-shoulder-stretch", "foam-roller-upper-back",
        "thoracic-extension-foam-roller", "shoulder-blade-squeeze", "seated-posture-reset", "glute-bridge",
        "partial-crunch", "stability-ball-crunch", "quadruped-leg-extension", "bird-dog", "prone-back-extension",
        "superman", "pilates-swimming", "walking", "exaggerated-high-knee-walk", "swimming", "cycling"};
    for (const auto& id : namedInSeeds) {
        INFO(id);
        CHECK(builtin().find(id) != nullptr);
    }
}

TEST_CASE("the data file and the compiled-in catalog are the same")
{
    const auto fromFile = loadCatalogFile(std::filesystem::path{LIMBER_SOURCE_DIR} / "data/catalog/exercises.json");
    REQUIRE(fromFile.ok());
    REQUIRE(fromFile.value->size() == builtin().size());
    for (std::size_t i = 0; i < builtin().size(); ++i)
        CHECK(fromFile.value->exercises()[i] == builtin().exercises()[i]);
}

TEST_CASE("every built-in exercise has a figure with 1 to 4 possible key poses")
{
    const auto loaded = loadBuiltinCatalog();
    REQUIRE(loaded.ok());
    for (const Exercise& exercise : loaded.value->exercises()) {
        INFO(exercise.id);
        REQUIRE(exercise.figure);
        CHECK(exercise.figure->poses.size() >= 1);
        CHECK(exercise.figure->poses.size() <= 4);
        for (const Pose& pose : exercise.figure->poses)
            CHECK(checkPose(pose).empty());
    }
}
