// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/plan/plan_writer.h"

#include <map>
#include <string_view>

namespace limber {
namespace {

using nlohmann::json;

// The item's dose fields that differ from the catalog's default. Each side names its tempo with exactly
// one field, so a changed tempo comes out as the item's one field, which replaces the default's.
json doseOverride(const Exercise& item, const Exercise& catalogDefault)
{
    const json wanted = toJson(item)["dose"];
    const json base = toJson(catalogDefault)["dose"];
    json changed = json::object();
    for (const auto& [key, value] : wanted.items()) {
        const auto inBase = base.find(key);
        if (inBase == base.end() || *inBase != value)
            changed[key] = value;
    }
    return changed;
}

json scheduleJson(const Schedule& schedule)
{
    json days = json::array();
    for (Weekday day : schedule.days)
        days.push_back(toString(day));
    json object = {{"days", std::move(days)}, {"weeks", schedule.weeks}};
    if (schedule.start)
        object["start"] = formatDate(*schedule.start);
    return object;
}

json progressionJson(const Progression& progression)
{
    json step = json::object();
    const ProgressionStep& s = progression.step;
    if (s.reps != 0)
        step["reps"] = s.reps;
    if (s.holdSeconds != 0)
        step["hold_seconds"] = s.holdSeconds;
    if (s.sets != 0)
        step["sets"] = s.sets;
    if (s.timedSeconds != 0) {
        if (s.timedSeconds % 60 == 0)
            step["minutes"] = s.timedSeconds / 60;
        else
            step["minutes"] = s.timedSeconds / 60.0;
    }
    return {{"rule", progression.rule}, {"every_sessions", progression.everySessions}, {"step", std::move(step)}};
}

} // namespace

json toJson(const Plan& plan, const Catalog& catalog)
{
    json object = {{"format", "limber-plan"}, {"version", 1}, {"id", plan.id}, {"title", plan.title}};
    const auto optionalText = [&object](const char* key, const std::string& text) {
        if (!text.empty())
            object[key] = text;
    };
    optionalText("summary", plan.summary);
    optionalText("assigned_by", plan.assignedBy);
    optionalText("notes", plan.notes);
    if (plan.getReadySeconds != defaultGetReadySeconds)
        object["get_ready_seconds"] = plan.getReadySeconds;
    if (plan.switchSideSeconds != defaultSwitchSideSeconds)
        object["switch_side_seconds"] = plan.switchSideSeconds;
    if (plan.schedule)
        object["schedule"] = scheduleJson(*plan.schedule);
    if (plan.progression)
        object["progression"] = progressionJson(*plan.progression);

    // Within the plan an embedded exercise replaces the catalog's of the same id, so it is also what the
    // other items that name it lay their dose over.
    std::map<std::string_view, const Exercise*> embedded;
    for (const PlanItem& item : plan.items) {
        if (item.embedded)
            embedded.emplace(item.exercise.id, &item.exercise);
    }
    json items = json::array();
    for (const PlanItem& item : plan.items) {
        json entry = json::object();
        const auto inPlan = embedded.find(item.exercise.id);
        const Exercise* base = inPlan != embedded.end() ? inPlan->second : catalog.find(item.exercise.id);
        if (item.embedded || base == nullptr) {
            entry["exercise"] = toJson(item.exercise);
        } else {
            entry["exercise"] = item.exercise.id;
            if (json dose = doseOverride(item.exercise, *base); !dose.empty())
                entry["dose"] = std::move(dose);
            if (item.exercise.perSide != base->perSide)
                entry["per_side"] = item.exercise.perSide;
        }
        if (!item.note.empty())
            entry["note"] = item.note;
        items.push_back(std::move(entry));
    }
    object["items"] = std::move(items);
    return object;
}

} // namespace limber
