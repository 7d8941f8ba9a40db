// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/enum_names.h"
#include "core/common/message.h"
#include "core/figure/figure.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace limber {

enum class Category { Stretch, Strengthening, Posture, Aerobic };

enum class BodyArea {
    Neck, Shoulders, Chest, UpperBack, MidBack, LowerBack, Core, Hips, Glutes, Hamstrings, Legs, FullBody
};

enum class Position { Seated, Standing, FloorSupine, FloorProne, FloorQuadruped, FloorKneeling, SideLying };

enum class Equipment {
    Mat, Chair, Wall, Towel, FoamRoller, StabilityBall, ResistanceBand, Doorway, Step, Pool, Bike
};

enum class DoseMode { Hold, Reps, Timed };

template <>
struct EnumNames<Category> {
    static constexpr std::array<std::string_view, 4> names{"stretch", "strengthening", "posture", "aerobic"};
};
template <>
struct EnumNames<BodyArea> {
    static constexpr std::array<std::string_view, 12> names{
        "neck", "shoulders", "chest", "upper-back", "mid-back", "lower-back",
        "core", "hips", "glutes", "hamstrings", "legs", "full-body"};
};
template <>
struct EnumNames<Position> {
    static constexpr std::array<std::string_view, 7> names{
        "seated", "standing", "floor-supine", "floor-prone", "floor-quadruped", "floor-kneeling", "side-lying"};
};
template <>
struct EnumNames<Equipment> {
    static constexpr std::array<std::string_view, 11> names{
        "mat", "chair", "wall", "towel", "foam-roller", "stability-ball", "resistance-band", "doorway", "step",
        "pool", "bike"};
};
template <>
struct EnumNames<DoseMode> {
    static constexpr std::array<std::string_view, 3> names{"hold", "reps", "timed"};
};

// One movement of a repetition with a paced tempo: "lift" for 2 s, "hold" for 1 s, "lower" for 2 s.
struct TempoStep {
    std::string action;
    int seconds = 0;

    bool operator==(const TempoStep&) const = default;
};

// How an exercise is drawn: 1–4 key poses of the figure (the start and end of a movement, or the held
// position), where it is seen from, and the props to draw with it.
struct ExerciseFigure {
    Viewpoint view;
    std::vector<Equipment> props;
    std::vector<Pose> poses;

    bool operator==(const ExerciseFigure&) const = default;
};

// How much of an exercise to do. Which fields mean something depends on the exercise's DoseMode:
// hold uses holdSeconds, reps (holds per set), sets, restSeconds; reps uses reps, sets, restSeconds and
// one of tempoSeconds / tempo / selfPaced; timed uses only timedSeconds.
struct Dose {
    int sets = 1;
    int reps = 0;
    int holdSeconds = 0;
    int restSeconds = 0;
    int tempoSeconds = 0;
    std::vector<TempoStep> tempo;
    bool selfPaced = false;
    int timedSeconds = 0;

    bool operator==(const Dose&) const = default;
};

struct Exercise {
    std::string id;
    std::string name;
    std::string summary;
    Category category = Category::Stretch;
    std::vector<BodyArea> areas;
    Position position = Position::Seated;
    bool deskFriendly = false;
    std::vector<Equipment> equipment;
    DoseMode mode = DoseMode::Hold;
    Dose dose;
    bool perSide = false;
    int difficulty = 1;
    std::vector<std::string> steps;
    std::vector<std::string> cautions;
    std::string regression;  // empty when there is none
    std::string progression; // empty when there is none
    std::vector<std::string> sources;
    std::optional<ExerciseFigure> figure; // how to draw it; none until the exercise has its poses

    bool operator==(const Exercise&) const = default;
};

struct Reference {
    std::string title;
    std::string url; // may be empty

    bool operator==(const Reference&) const = default;
};

// True when the exercise can be done at an office desk: seated or standing, with nothing but a chair or a
// wall. The catalog's `desk_friendly` flag must agree with this.
bool qualifiesAsDeskFriendly(Position position, const std::vector<Equipment>& equipment);

// Seconds of work in one repetition of a reps-mode dose (self-paced reps are planned at 3 s each).
int secondsPerRep(const Dose& dose);
inline constexpr int plannedSelfPacedRepSeconds = 3;

// How to place yourself, in plain English ("lying on your back"), for get-ready announcements; marked for
// translators in the "Position" scope.
std::string_view positionPhrase(Position position);

// A short description of the dose: "3 × 30 s hold, each side", "2 sets of 10 reps", "15 min", marked for
// translators in the "Dose" scope; doseSummary words it in English, or through `translate`.
Message doseMessage(const Exercise& exercise);
std::string doseSummary(const Exercise& exercise, Translator translate = nullptr);

// The exercise in the catalog file format; a loaded catalog written back this way loads to an equal one.
nlohmann::json toJson(const Exercise& exercise);

} // namespace limber
