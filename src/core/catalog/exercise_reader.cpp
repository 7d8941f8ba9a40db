// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/exercise_reader.h"

#include <cmath>
#include <utility>

#include "core/common/identifiers.h"


namespace limber {
namespace {

constexpr std::size_t maxKeyPoses = 4;

// "170", "-12.5": an angle as a person would write it.
std::string degrees(double angle)
{
    const double tenths = std::round(angle * 10) / 10;
    std::string text = std::to_string(tenths);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.')
        text.pop_back();
    return text;
}

constexpr std::size_t maxNameLength = 80;
constexpr std::size_t maxSummaryLength = 200;
constexpr std::size_t maxStepLength = 400;
constexpr std::size_t maxSourceLength = 32;
constexpr std::size_t maxTempoSteps = 5;

void assignIfRead(int& target, std::optional<int> value)
{
    if (value)
        target = *value;
}

// The fields of a pose's "joints" object: every joint's name, and nothing else.
template <std::size_t... Index>
JsonFields jointFields(JsonChecker& check, JsonValue joints, const JsonPath& path, std::index_sequence<Index...>)
{
    return check.fields(joints, path, {EnumNames<Joint>::names[Index]...});
}

} // namespace

std::optional<Exercise> ExerciseReader::readExercise(JsonValue object, const JsonPath& path)
{
    if (!m_check.expectObject(object, path))
        return std::nullopt;
    const std::size_t issuesBefore = m_check.issueCount();
    const JsonFields value = m_check.fields(object, path,
                      {"id", "name", "summary", "category", "areas", "position", "desk_friendly", "equipment",
                       "mode", "dose", "per_side", "difficulty", "steps", "cautions", "regression", "progression",
                       "sources", "figure"});
    auto id = readId(value, path, "id", Presence::Required);
    auto name = m_check.text(value, path, "name", maxNameLength, Presence::Required);
    auto summary = m_check.text(value, path, "summary", maxSummaryLength, Presence::Optional);
    const auto category = m_check.enumeration<Category>(value, path, "category", Presence::Required);
    auto areas = m_check.enumList<BodyArea>(value, path, "areas", false);
    const auto position = m_check.enumeration<Position>(value, path, "position", Presence::Required);
    const auto desk = m_check.boolean(value, path, "desk_friendly", Presence::Required);
    auto equipment = m_check.enumList<Equipment>(value, path, "equipment", true);
    const auto mode = m_check.enumeration<DoseMode>(value, path, "mode", Presence::Required);
    const auto perSide = m_check.boolean(value, path, "per_side", Presence::Required);
    const auto difficulty = m_check.integer(value, path, "difficulty", 1, 3, Presence::Required);
    auto steps = m_check.textList(value, path, "steps", maxStepLength, false, false);
    auto cautions = m_check.textList(value, path, "cautions", maxStepLength, true, false);
    auto regression = readId(value, path, "regression", Presence::Optional);
    auto progression = readId(value, path, "progression", Presence::Optional);
    auto sources = m_check.textList(value, path, "sources", maxSourceLength, true, true);
    std::optional<ExerciseFigure> figure;
    if (const auto figureValue = m_check.member(value, path, "figure", Presence::Optional))
        figure = readFigure(*figureValue, path / "figure");
    std::optional<Dose> dose;
    if (const auto doseValue = m_check.member(value, path, "dose", Presence::Required)) {
        Dose read;
        if (!mode)
            m_check.expectObject(*doseValue, path / "dose");
        else if (readDose(*doseValue, path / "dose", *mode, read, DoseFields::Complete))
            dose = std::move(read);
    }

    if (desk && *desk && position && equipment && !qualifiesAsDeskFriendly(*position, *equipment)) {
        m_check.report(IssueCode::Conflict, path / "desk_friendly",
                       fileProblem(QT_TRANSLATE_NOOP("FileProblem", "desk_friendly may be true only for a seated or standing exercise that needs nothing "
                                        "beyond a chair or a wall")),
                       m_check.member(value, path, "position", Presence::Optional));
    }
    if (perSide && *perSide && mode == DoseMode::Timed) {
        m_check.report(IssueCode::Conflict, path / "per_side", fileProblem(QT_TRANSLATE_NOOP("FileProblem", "a timed exercise cannot be done per side")),
                       m_check.member(value, path, "per_side", Presence::Optional));
    }
    if (m_check.issueCount() != issuesBefore)
        return std::nullopt;

    Exercise exercise;
    exercise.id = std::move(*id);
    exercise.name = std::move(*name);
    exercise.summary = std::move(summary).value_or(std::string{});
    exercise.category = *category;
    exercise.areas = std::move(*areas);
    exercise.position = *position;
    exercise.deskFriendly = *desk;
    exercise.equipment = std::move(*equipment);
    exercise.mode = *mode;
    exercise.dose = std::move(*dose);
    exercise.perSide = *perSide;
    exercise.difficulty = *difficulty;
    exercise.steps = std::move(*steps);
    exercise.cautions = std::move(*cautions);
    exercise.regression = std::move(*regression);
    exercise.progression = std::move(*progression);
    exercise.sources = std::move(*sources);
    exercise.figure = std::move(figure);
    return exercise;
}

std::optional<ExerciseFigure> ExerciseReader::readFigure(JsonValue object, const JsonPath& path)
{
    if (!m_check.expectObject(object, path))
        return std::nullopt;
    const std::size_t issuesBefore = m_check.issueCount();
    const JsonFields value = m_check.fields(object, path, {"view", "turn", "elevation", "props", "poses"});
    const auto view = m_check.enumeration<View>(value, path, "view", Presence::Required);
    const auto turn = m_check.integer(value, path, "turn", -90, 90, Presence::Optional);
    const auto elevation = m_check.integer(value, path, "elevation", 0, 90, Presence::Optional);
    auto props = m_check.enumList<Equipment>(value, path, "props", true);
    const auto poses = m_check.member(value, path, "poses", Presence::Required);
    const JsonPath posesPath = path / "poses";
    if (!poses || !m_check.expectArray(*poses, posesPath))
        return std::nullopt;
    const simdjson::dom::array list = asArray(*poses);
    if (list.size() < 1 || list.size() > maxKeyPoses) {
        m_check.report(IssueCode::OutOfRange, posesPath, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected 1 to 4 key poses")), *poses);
        return std::nullopt;
    }
    ExerciseFigure figure;
    figure.poses.reserve(list.size());
    bool ok = view && props;
    std::size_t index = 0;
    for (JsonValue element : list) {
        auto pose = readPose(element, posesPath / index++);
        ok = ok && pose;
        if (pose)
            figure.poses.push_back(std::move(*pose));
    }
    if (!ok || m_check.issueCount() != issuesBefore)
        return std::nullopt;
    figure.view = Viewpoint{*view, static_cast<double>(elevation.value_or(0)), static_cast<double>(turn.value_or(0))};
    figure.props = std::move(*props);
    return figure;
}

std::optional<Pose> ExerciseReader::readPose(JsonValue object, const JsonPath& path)
{
    if (!m_check.expectObject(object, path))
        return std::nullopt;
    const std::size_t issuesBefore = m_check.issueCount();
    const JsonFields value = m_check.fields(object, path, {"support", "tilt", "roll", "seat_height", "joints"});
    Pose pose;
    if (const auto support = m_check.enumeration<Support>(value, path, "support", Presence::Required))
        pose.support = *support;
    pose.tilt = m_check.number(value, path, "tilt", -180, 180, Presence::Optional).value_or(0);
    pose.roll = m_check.number(value, path, "roll", -180, 180, Presence::Optional).value_or(0);
    pose.seatHeight = m_check.number(value, path, "seat_height", 0.1, 0.6, Presence::Optional).value_or(pose.seatHeight);
    const JsonPath jointsPath = path / "joints";
    if (const auto joints = m_check.member(value, path, "joints", Presence::Optional)) {
        if (m_check.expectObject(*joints, jointsPath)) {
            // The fields are the joints' names in Joint order, so each joint's value is found by its index
            // rather than by comparing its name with every other: a pose names only a few of them.
            const JsonFields angles = jointFields(m_check, *joints, jointsPath, std::make_index_sequence<jointCount>{});
            for (std::size_t index = 0; index < jointCount; ++index) {
                const auto field = angles.at(index);
                if (!field)
                    continue;
                const auto joint = static_cast<Joint>(index);
                if (const auto angle = m_check.numberValue(*field, jointsPath / toString(joint), -180, 180))
                    pose.setAngle(joint, *angle);
            }
        }
    }
    if (m_check.issueCount() != issuesBefore)
        return std::nullopt;
    for (const PoseProblem& problem : checkPose(pose)) {
        if (const auto* angle = std::get_if<AngleOutOfRange>(&problem)) {
            m_check.report(IssueCode::OutOfRange, jointsPath / toString(angle->joint),
                           fileProblem(QT_TRANSLATE_NOOP("FileProblem", "outside what this joint does: %1 to %2 degrees"),
                                       degrees(angle->range.min), degrees(angle->range.max)),
                           degrees(angle->angle));
        } else if (const auto* below = std::get_if<BelowFloor>(&problem)) {
            const std::string point = std::visit([](auto which) { return std::string{toString(which)}; }, below->point);
            m_check.report(IssueCode::Conflict, path,
                           fileProblem(QT_TRANSLATE_NOOP("FileProblem", "the pose puts %1 through the floor, %2 cm below it on a 1.75 m figure"),
                                       point, std::lround(below->distance * 175)),
                           std::string{toString(pose.support)});
        }
    }
    return m_check.issueCount() == issuesBefore ? std::optional{pose} : std::nullopt;
}

// An exercise id, or for Optional fields also absent or null (returned as an empty string).
std::optional<std::string> ExerciseReader::readId(const JsonFields& object, const JsonPath& path, std::string_view key,
                                                  Presence presence)
{
    const auto value = m_check.member(object, path, key, presence);
    if (!value)
        return presence == Presence::Optional ? std::optional<std::string>{std::string{}} : std::nullopt;
    if (presence == Presence::Optional && value->is_null())
        return std::string{};
    std::string_view id;
    if (value->get_string().get(id) || !isExerciseId(id)) {
        m_check.report(value->is_string() ? IssueCode::NotAllowed : IssueCode::WrongType, path / key,
                       presence == Presence::Optional
                           ? fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected null or an exercise id in kebab-case (a-z, 0-9, single '-')"))
                           : fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected an id in kebab-case: a-z, 0-9 and single '-', at most 64 characters")),
                       value);
        return std::nullopt;
    }
    return std::string{id};
}

bool ExerciseReader::readDose(JsonValue object, const JsonPath& path, DoseMode mode, Dose& dose, DoseFields which)
{
    if (!m_check.expectObject(object, path))
        return false;
    const std::size_t issuesBefore = m_check.issueCount();
    const Presence required = which == DoseFields::Complete ? Presence::Required : Presence::Optional;
    switch (mode) {
    case DoseMode::Hold: {
        const JsonFields value = m_check.fields(object, path, {"hold_seconds", "reps", "sets", "rest_seconds"});
        assignIfRead(dose.holdSeconds, m_check.integer(value, path, "hold_seconds", 1, 900, required));
        assignIfRead(dose.reps, m_check.integer(value, path, "reps", 1, 50, required));
        readSetsAndRest(value, path, dose);
        break;
    }
    case DoseMode::Reps: {
        const JsonFields value =
            m_check.fields(object, path, {"reps", "sets", "rest_seconds", "tempo_seconds", "tempo", "self_paced"});
        assignIfRead(dose.reps, m_check.integer(value, path, "reps", 1, 100, required));
        readSetsAndRest(value, path, dose);
        readTempo(value, path, dose, which);
        break;
    }
    case DoseMode::Timed: {
        const JsonFields value = m_check.fields(object, path, {"minutes"});
        assignIfRead(dose.timedSeconds, m_check.minutesAsSeconds(value, path, "minutes", 240, required));
        break;
    }
    }
    return m_check.issueCount() == issuesBefore;
}

void ExerciseReader::readSetsAndRest(const JsonFields& value, const JsonPath& path, Dose& dose)
{
    assignIfRead(dose.sets, m_check.integer(value, path, "sets", 1, 10, Presence::Optional));
    assignIfRead(dose.restSeconds, m_check.integer(value, path, "rest_seconds", 0, 600, Presence::Optional));
}

void ExerciseReader::readTempo(const JsonFields& value, const JsonPath& path, Dose& dose, DoseFields which)
{
    const int kinds = static_cast<int>(value.has("tempo_seconds")) + static_cast<int>(value.has("tempo"))
                      + static_cast<int>(value.has("self_paced"));
    if (kinds == 0) {
        // An override without a tempo keeps the exercise's own.
        if (which == DoseFields::Override)
            return;
        m_check.report(IssueCode::MissingField, path,
                       fileProblem(QT_TRANSLATE_NOOP("FileProblem", "missing the tempo: give one of \"tempo_seconds\", \"tempo\" or \"self_paced\"")));
        return;
    }
    if (kinds > 1) {
        m_check.report(IssueCode::Conflict, path,
                       fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected exactly one of \"tempo_seconds\", \"tempo\" and \"self_paced\"")));
        return;
    }
    dose.tempoSeconds = 0;
    dose.tempo.clear();
    dose.selfPaced = false;
    if (value.has("tempo_seconds")) {
        dose.tempoSeconds = m_check.integer(value, path, "tempo_seconds", 1, 60, Presence::Required).value_or(0);
    } else if (value.has("self_paced")) {
        const auto selfPaced = m_check.boolean(value, path, "self_paced", Presence::Required);
        if (selfPaced == false) {
            m_check.report(IssueCode::NotAllowed, path / "self_paced",
                           fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected true; to pace the reps give \"tempo_seconds\" or \"tempo\" instead")),
                           m_check.member(value, path, "self_paced", Presence::Optional));
        }
        dose.selfPaced = true;
    } else {
        const JsonValue steps = *m_check.member(value, path, "tempo", Presence::Required);
        const JsonPath stepsPath = path / "tempo";
        if (!m_check.expectArray(steps, stepsPath))
            return;
        const auto array = asArray(steps);
        if (array.size() == 0 || array.size() > maxTempoSteps) {
            m_check.report(IssueCode::OutOfRange, stepsPath, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected 1 to 5 tempo steps")), steps);
            return;
        }
        std::size_t index = 0;
        for (JsonValue stepValue : array) {
            const JsonPath stepPath = stepsPath / index++;
            if (!m_check.expectObject(stepValue, stepPath))
                continue;
            const JsonFields stepFields = m_check.fields(stepValue, stepPath, {"action", "seconds"});
            TempoStep step;
            step.action = m_check.text(stepFields, stepPath, "action", 24, Presence::Required).value_or("");
            step.seconds = m_check.integer(stepFields, stepPath, "seconds", 1, 30, Presence::Required).value_or(0);
            dose.tempo.push_back(std::move(step));
        }
    }
}

} // namespace limber
