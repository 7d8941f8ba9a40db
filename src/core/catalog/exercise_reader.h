// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"
#include "core/common/json_checker.h"

#include <optional>
#include <string>

namespace limber {

// Whether a dose object must be complete (an exercise's default dose) or may hold only some fields, to be
// laid over a default (a plan item's override).
enum class DoseFields { Complete, Override };

// Reads exercises and doses in the catalog format, reporting every problem through a JsonChecker. Shared
// by the catalog loader and the plan loader (which embeds exercises and overrides doses), so both apply
// the same rules with the same messages.
class ExerciseReader {
public:
    explicit ExerciseReader(JsonChecker& check) : m_check(check) {}

    // One exercise object; nullopt (with issues reported) when anything in it is wrong. Regression and
    // progression ids are checked for form here and for existence by the caller, who knows the catalog.
    std::optional<Exercise> readExercise(JsonValue object, const JsonPath& path);

    // The dose fields of `mode` in `object`, written into `dose` (fields absent from an Override keep their
    // value). Fields of another mode are unknown fields. Returns false when anything was wrong.
    bool readDose(JsonValue object, const JsonPath& path, DoseMode mode, Dose& dose, DoseFields which);

    // An exercise id at `object[key]`; for an Optional field absent or null gives an empty string.
    std::optional<std::string> readId(const JsonFields& object, const JsonPath& path, std::string_view key,
                                      Presence presence);

    // The figure of an exercise: its view, props and 1–4 key poses. Each pose is checked by the figure's
    // own rules: angles within each joint's range, and nothing through the floor.
    std::optional<ExerciseFigure> readFigure(JsonValue object, const JsonPath& path);

private:
    std::optional<Pose> readPose(JsonValue object, const JsonPath& path);
    void readSetsAndRest(const JsonFields& value, const JsonPath& path, Dose& dose);
    void readTempo(const JsonFields& value, const JsonPath& path, Dose& dose, DoseFields which);

    JsonChecker& m_check;
};

} // namespace limber
