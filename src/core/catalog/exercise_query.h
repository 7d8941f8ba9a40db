// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"

#include <optional>
#include <string>
#include <vector>

namespace limber {

// A filter over a catalog; every criterion that is set must hold. Shared by the CLI's `catalog list` and the
// app's Library page so both agree on what matches.
struct ExerciseQuery {
    std::optional<Category> category;
    std::optional<BodyArea> area;
    std::optional<Position> position;
    bool deskFriendlyOnly = false;
    std::optional<Equipment> uses;  // exercises that need this item
    bool withoutEquipment = false;  // exercises that need nothing at all
    std::string text;               // case-insensitive words, each found in the name, summary, id or steps
};

bool matches(const Exercise& exercise, const ExerciseQuery& query);
std::vector<const Exercise*> findExercises(const Catalog& catalog, const ExerciseQuery& query);

} // namespace limber
