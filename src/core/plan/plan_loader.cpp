// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/plan/plan_loader.h"

#include "core/catalog/exercise_reader.h"
#include "core/common/identifiers.h"
#include "core/common/json_checker.h"
#include "core/common/text_file.h"
#include "core/plan/builtin_plans.h"

#include <algorithm>
#include <map>

namespace limber {
namespace {

constexpr std::string_view planFormat = "limber-plan";
constexpr int planVersion = 1;
constexpr std::size_t maxTitleLength = 100;
constexpr std::size_t maxSummaryLength = 200;
constexpr std::size_t maxAssignedByLength = 100;
constexpr std::size_t maxNotesLength = 2000;
constexpr std::size_t maxItemNoteLength = 500;
constexpr std::size_t maxItems = 100;

class PlanReader {
public:
    PlanReader(std::string_view fileLabel, std::vector<Issue>& issues, const Catalog& catalog)
        : m_check(fileLabel, issues), m_exercises(m_check), m_catalog(catalog)
    {
    }

    std::optional<Plan> read(JsonValue document)
    {
        const JsonPath root;
        if (!m_check.expectObject(document, root))
            return std::nullopt;
        if (!m_check.expectFormat(document, planFormat, planVersion, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "a plan"))))
            return std::nullopt;
        const JsonFields fields =
            m_check.fields(document, root,
                           {"format", "version", "id", "title", "summary", "assigned_by", "notes",
                            "get_ready_seconds", "switch_side_seconds", "schedule", "progression", "items"});
        Plan plan;
        plan.id = m_exercises.readId(fields, root, "id", Presence::Required).value_or("");
        plan.title = m_check.text(fields, root, "title", maxTitleLength, Presence::Required).value_or("");
        plan.summary = m_check.text(fields, root, "summary", maxSummaryLength, Presence::Optional).value_or("");
        plan.assignedBy = m_check.text(fields, root, "assigned_by", maxAssignedByLength, Presence::Optional).value_or("");
        plan.notes = m_check.text(fields, root, "notes", maxNotesLength, Presence::Optional).value_or("");
        plan.getReadySeconds = m_check.integer(fields, root, "get_ready_seconds", 0, 60, Presence::Optional)
                                   .value_or(defaultGetReadySeconds);
        plan.switchSideSeconds = m_check.integer(fields, root, "switch_side_seconds", 0, 60, Presence::Optional)
                                     .value_or(defaultSwitchSideSeconds);
        if (const auto schedule = m_check.member(fields, root, "schedule", Presence::Optional))
            plan.schedule = readSchedule(*schedule, root / "schedule");
        if (const auto progression = m_check.member(fields, root, "progression", Presence::Optional))
            plan.progression = readProgression(*progression, root / "progression");
        if (const auto items = m_check.member(fields, root, "items", Presence::Required))
            plan.items = readItems(*items, root / "items");

        if (m_check.issueCount() > 0)
            return std::nullopt;
        return plan;
    }

private:
    std::optional<Schedule> readSchedule(JsonValue value, const JsonPath& path)
    {
        if (!m_check.expectObject(value, path))
            return std::nullopt;
        const JsonFields fields = m_check.fields(value, path, {"days", "weeks", "start"});
        Schedule schedule;
        schedule.days = m_check.enumList<Weekday>(fields, path, "days", false).value_or(std::vector<Weekday>{});
        schedule.weeks = m_check.integer(fields, path, "weeks", 1, 52, Presence::Required).value_or(1);
        if (const auto start = m_check.member(fields, path, "start", Presence::Optional)) {
            std::string_view text;
            if (start->get_string().get(text) || !parseDate(text))
                m_check.report(IssueCode::NotAllowed, path / "start", fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected a real date written YYYY-MM-DD")), start);
            else
                schedule.start = parseDate(text);
        }
        return schedule;
    }

    std::optional<Progression> readProgression(JsonValue value, const JsonPath& path)
    {
        if (!m_check.expectObject(value, path))
            return std::nullopt;
        const JsonFields fields = m_check.fields(value, path, {"rule", "every_sessions", "step"});
        Progression progression;
        if (const auto rule = m_check.member(fields, path, "rule", Presence::Required)) {
            std::string_view name;
            if (rule->get_string().get(name) || name != "pain-monitoring")
                m_check.report(IssueCode::NotAllowed, path / "rule", expectedOneOf("pain-monitoring"), rule);
            else
                progression.rule = name;
        }
        progression.everySessions = m_check.integer(fields, path, "every_sessions", 1, 20, Presence::Required).value_or(1);
        const auto step = m_check.member(fields, path, "step", Presence::Required);
        const JsonPath stepPath = path / "step";
        if (step && m_check.expectObject(*step, stepPath)) {
            const JsonFields stepFields = m_check.fields(*step, stepPath, {"reps", "hold_seconds", "sets", "minutes"});
            if (asObject(*step).size() == 0)
                m_check.report(IssueCode::MissingField, stepPath,
                               fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected at least one of \"reps\", \"hold_seconds\", \"sets\", \"minutes\"")));
            ProgressionStep& s = progression.step;
            s.reps = m_check.integer(stepFields, stepPath, "reps", 1, 20, Presence::Optional).value_or(0);
            s.holdSeconds = m_check.integer(stepFields, stepPath, "hold_seconds", 1, 60, Presence::Optional).value_or(0);
            s.sets = m_check.integer(stepFields, stepPath, "sets", 1, 3, Presence::Optional).value_or(0);
            s.timedSeconds = m_check.minutesAsSeconds(stepFields, stepPath, "minutes", 30, Presence::Optional).value_or(0);
        }
        return progression;
    }

    std::vector<PlanItem> readItems(JsonValue value, const JsonPath& path)
    {
        std::vector<PlanItem> items;
        if (!m_check.expectArray(value, path))
            return items;
        const auto array = asArray(value);
        if (array.size() == 0 || array.size() > maxItems) {
            m_check.report(IssueCode::OutOfRange, path, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected 1 to 100 items")), value);
            return items;
        }
        // Embedded exercises first, so items and embedded regressions may refer to each other in any order.
        std::map<std::string, std::size_t, std::less<>> embeddedAt;
        std::vector<std::optional<Exercise>> embedded(array.size());
        std::size_t index = 0;
        for (JsonValue item : array) {
            const JsonPath itemPath = path / index;
            JsonValue exercise;
            if (item.is_object() && !asObject(item).at_key("exercise").get(exercise) && exercise.is_object()) {
                embedded[index] = m_exercises.readExercise(exercise, itemPath / "exercise");
                if (embedded[index] && !embeddedAt.emplace(embedded[index]->id, index).second) {
                    m_check.report(IssueCode::Duplicate, itemPath / "exercise" / "id",
                                   fileProblem(QT_TRANSLATE_NOOP("FileProblem", "another item of this plan already embeds an exercise with this id")),
                                   '"' + embedded[index]->id + '"');
                }
            }
            ++index;
        }
        const auto lookup = [&](std::string_view id) -> const Exercise* {
            if (const auto it = embeddedAt.find(id); it != embeddedAt.end())
                return &*embedded[it->second];
            return m_catalog.find(id);
        };
        for (const auto& [id, at] : embeddedAt) {
            const Exercise& exercise = *embedded[at];
            for (const auto& [field, target] : {std::pair<std::string_view, const std::string&>{"regression", exercise.regression},
                                                {"progression", exercise.progression}}) {
                if (!target.empty() && (target == exercise.id || !lookup(target))) {
                    m_check.report(IssueCode::DanglingReference, path / at / "exercise" / field,
                                   fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected the id of another exercise in the catalog or in this plan")),
                                   '"' + target + '"');
                }
            }
        }

        index = 0;
        for (JsonValue item : array) {
            if (auto read = readItem(item, path / index, embedded[index], lookup))
                items.push_back(std::move(*read));
            ++index;
        }
        return items;
    }

    template <typename Lookup>
    std::optional<PlanItem> readItem(JsonValue value, const JsonPath& path, const std::optional<Exercise>& embedded,
                                     const Lookup& lookup)
    {
        if (!m_check.expectObject(value, path))
            return std::nullopt;
        const JsonFields fields = m_check.fields(value, path, {"exercise", "dose", "per_side", "note"});
        PlanItem item;
        item.note = m_check.text(fields, path, "note", maxItemNoteLength, Presence::Optional).value_or("");
        const auto exercise = m_check.member(fields, path, "exercise", Presence::Required);
        if (!exercise)
            return std::nullopt;
        if (exercise->is_object()) {
            if (!embedded)
                return std::nullopt;
            item.exercise = *embedded;
            item.embedded = true;
        } else {
            std::string_view id;
            if (exercise->get_string().get(id) || !isExerciseId(id)) {
                m_check.report(IssueCode::WrongType, path / "exercise",
                               fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected an exercise id or an exercise object")), exercise);
                return std::nullopt;
            }
            const Exercise* found = lookup(id);
            if (!found) {
                m_check.report(IssueCode::DanglingReference, path / "exercise", fileProblem(QT_TRANSLATE_NOOP("FileProblem", "no exercise with this id in the catalog")),
                               '"' + std::string{id} + '"');
                return std::nullopt;
            }
            item.exercise = *found;
        }
        if (const auto dose = m_check.member(fields, path, "dose", Presence::Optional)) {
            if (!m_exercises.readDose(*dose, path / "dose", item.exercise.mode, item.exercise.dose, DoseFields::Override))
                return std::nullopt;
        }
        // A physio may have one side done, or a one-sided exercise done on both, without a new exercise.
        if (const auto perSide = m_check.boolean(fields, path, "per_side", Presence::Optional))
            item.exercise.perSide = *perSide;
        return item;
    }

    JsonChecker m_check;
    ExerciseReader m_exercises;
    const Catalog& m_catalog;
};

} // namespace

Loaded<Plan> parsePlan(std::string_view text, std::string_view fileLabel, const Catalog& catalog)
{
    return readJsonText<Plan>(text, fileLabel, [&catalog](JsonValue document, std::string_view label, std::vector<Issue>& issues) {
        return PlanReader{label, issues, catalog}.read(document);
    });
}

Loaded<Plan> loadPlanFile(const std::filesystem::path& path, const Catalog& catalog)
{
    return readJsonFile<Plan>(path, [&catalog](JsonValue document, std::string_view label, std::vector<Issue>& issues) {
        return PlanReader{label, issues, catalog}.read(document);
    });
}

std::vector<PlanSource> findPlans(const Catalog& catalog, const std::filesystem::path& userDirectory)
{
    std::vector<PlanSource> sources;
    for (const BuiltinPlanText& builtin : builtinPlanTexts()) {
        std::string label = std::string{builtinPlansLabel} + '/' + std::string{builtin.fileName};
        auto plan = parsePlan(builtin.json, label, catalog);
        sources.push_back({std::move(label), true, std::move(plan)});
    }
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it{userDirectory, error}, end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".json" && !it->is_directory(error))
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        sources.push_back({file.string(), false, loadPlanFile(file, catalog)});
    return sources;
}

} // namespace limber
