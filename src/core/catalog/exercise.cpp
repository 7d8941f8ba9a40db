// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/exercise.h"


#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

namespace limber {

bool qualifiesAsDeskFriendly(Position position, const std::vector<Equipment>& equipment)
{
    if (position != Position::Seated && position != Position::Standing)
        return false;
    return std::all_of(equipment.begin(), equipment.end(),
                       [](Equipment item) { return item == Equipment::Chair || item == Equipment::Wall; });
}

std::string_view positionPhrase(Position position)
{
    switch (position) {
    case Position::Seated:
        return QT_TRANSLATE_NOOP("Position", "seated");
    case Position::Standing:
        return QT_TRANSLATE_NOOP("Position", "standing");
    case Position::FloorSupine:
        return QT_TRANSLATE_NOOP("Position", "lying on your back");
    case Position::FloorProne:
        return QT_TRANSLATE_NOOP("Position", "lying face down");
    case Position::FloorQuadruped:
        return QT_TRANSLATE_NOOP("Position", "on hands and knees");
    case Position::FloorKneeling:
        return QT_TRANSLATE_NOOP("Position", "kneeling");
    case Position::SideLying:
        return QT_TRANSLATE_NOOP("Position", "lying on your side");
    }
    return {};
}

int secondsPerRep(const Dose& dose)
{
    if (dose.selfPaced)
        return plannedSelfPacedRepSeconds;
    if (!dose.tempo.empty()) {
        return std::accumulate(dose.tempo.begin(), dose.tempo.end(), 0,
                               [](int sum, const TempoStep& step) { return sum + step.seconds; });
    }
    return dose.tempoSeconds;
}

namespace {

// Text of the "Dose" scope: pass the literal marked QT_TRANSLATE_NOOP("Dose", …).
template <typename... Args>
Message dose(const char* text, Args&&... args)
{
    return message("Dose", text, std::forward<Args>(args)...);
}

Message durationText(int seconds)
{
    if (seconds < 60 || seconds % 60 != 0) {
        if (seconds > 90)
            return dose(QT_TRANSLATE_NOOP("Dose", "%1 min %2 s"), seconds / 60, seconds % 60);
        return dose(QT_TRANSLATE_NOOP("Dose", "%1 s"), seconds);
    }
    return dose(QT_TRANSLATE_NOOP("Dose", "%1 min"), seconds / 60);
}

} // namespace

Message doseMessage(const Exercise& exercise)
{
    const Dose& amount = exercise.dose;
    Message text;
    switch (exercise.mode) {
    case DoseMode::Hold:
        text = amount.reps == 1 ? dose(QT_TRANSLATE_NOOP("Dose", "hold %1"), durationText(amount.holdSeconds))
                                : dose(QT_TRANSLATE_NOOP("Dose", "%1 × %2 hold"), amount.reps, durationText(amount.holdSeconds));
        break;
    case DoseMode::Reps:
        text = amount.reps == 1 ? dose(QT_TRANSLATE_NOOP("Dose", "1 rep"))
                                : dose(QT_TRANSLATE_NOOP("Dose", "%1 reps"), amount.reps);
        break;
    case DoseMode::Timed:
        return durationText(amount.timedSeconds);
    }
    if (amount.sets > 1)
        text = dose(QT_TRANSLATE_NOOP("Dose", "%1 sets of %2"), amount.sets, std::move(text));
    if (exercise.perSide)
        text = dose(QT_TRANSLATE_NOOP("Dose", "%1, each side"), std::move(text));
    return text;
}

std::string doseSummary(const Exercise& exercise, Translator translate)
{
    return render(doseMessage(exercise), translate);
}

nlohmann::json toJson(const Exercise& exercise)
{
    using nlohmann::json;
    const Dose& d = exercise.dose;
    json dose = json::object();
    switch (exercise.mode) {
    case DoseMode::Hold:
        dose = {{"sets", d.sets}, {"reps", d.reps}, {"hold_seconds", d.holdSeconds}, {"rest_seconds", d.restSeconds}};
        break;
    case DoseMode::Reps:
        dose = {{"sets", d.sets}, {"reps", d.reps}, {"rest_seconds", d.restSeconds}};
        if (d.selfPaced) {
            dose["self_paced"] = true;
        } else if (!d.tempo.empty()) {
            json steps = json::array();
            for (const TempoStep& step : d.tempo)
                steps.push_back({{"action", step.action}, {"seconds", step.seconds}});
            dose["tempo"] = std::move(steps);
        } else {
            dose["tempo_seconds"] = d.tempoSeconds;
        }
        break;
    case DoseMode::Timed:
        if (d.timedSeconds % 60 == 0)
            dose["minutes"] = d.timedSeconds / 60;
        else
            dose["minutes"] = d.timedSeconds / 60.0;
        break;
    }

    const auto names = [](const auto& values) {
        json list = json::array();
        for (auto value : values)
            list.push_back(toString(value));
        return list;
    };
    const auto idOrNull = [](const std::string& id) { return id.empty() ? json(nullptr) : json(id); };

    json object = {
        {"id", exercise.id},
        {"name", exercise.name},
        {"category", toString(exercise.category)},
        {"areas", names(exercise.areas)},
        {"position", toString(exercise.position)},
        {"desk_friendly", exercise.deskFriendly},
        {"equipment", names(exercise.equipment)},
        {"mode", toString(exercise.mode)},
        {"dose", std::move(dose)},
        {"per_side", exercise.perSide},
        {"difficulty", exercise.difficulty},
        {"steps", exercise.steps},
        {"cautions", exercise.cautions},
        {"regression", idOrNull(exercise.regression)},
        {"progression", idOrNull(exercise.progression)},
        {"sources", exercise.sources},
    };
    if (!exercise.summary.empty())
        object["summary"] = exercise.summary;
    if (exercise.figure) {
        json poses = json::array();
        for (const Pose& pose : exercise.figure->poses) {
            json joints = json::object();
            for (Joint joint : allEnumValues<Joint>()) {
                if (pose.angle(joint) != 0)
                    joints[std::string{toString(joint)}] = pose.angle(joint);
            }
            json written = {{"support", toString(pose.support)}, {"joints", std::move(joints)}};
            if (pose.tilt != 0)
                written["tilt"] = pose.tilt;
            if (pose.roll != 0)
                written["roll"] = pose.roll;
            if (pose.support == Support::Sitting)
                written["seat_height"] = pose.seatHeight;
            poses.push_back(std::move(written));
        }
        object["figure"] = {{"view", toString(exercise.figure->view.facing)},
                            {"props", names(exercise.figure->props)},
                            {"poses", std::move(poses)}};
        if (exercise.figure->view.turn != 0)
            object["figure"]["turn"] = exercise.figure->view.turn;
        if (exercise.figure->view.elevation != 0)
            object["figure"]["elevation"] = exercise.figure->view.elevation;
    }
    return object;
}

} // namespace limber
