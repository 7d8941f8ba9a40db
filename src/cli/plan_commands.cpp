// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/commands.h"
#include "cli/loading.h"
#include "cli/output.h"

#include "core/common/paths.h"
#include "core/plan/plan_loader.h"
#include "core/session/timeline.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>

namespace limber::cli {
namespace {

using nlohmann::json;

// Phases last whole seconds (every duration in the formats is whole seconds), so JSON gets integers.
std::int64_t secondsOf(Duration duration)
{
    return std::chrono::duration_cast<std::chrono::seconds>(duration).count();
}

std::string scheduleText(const Plan& plan)
{
    if (!plan.schedule)
        return "routine";
    return std::to_string(plan.schedule->weeks) + " weeks, " + joinEnumNames(plan.schedule->days, "/");
}

json timelineJson(const Plan& plan, const Timeline& timeline)
{
    json phases = json::array();
    for (const Phase& phase : timeline.phases) {
        json entry = {{"kind", toString(phase.kind)},
                      {"exercise", plan.items[phase.item].exercise.id},
                      {"side", phase.side == Side::None ? json(nullptr) : json(toString(phase.side))},
                      {"set", phase.set > 0 ? json(phase.set) : json(nullptr)},
                      {"rep", phase.hold > 0 ? json(phase.hold) : json(nullptr)},
                      {"seconds", secondsOf(phase.duration)}};
        if (phase.kind == PhaseKind::Work && phase.reps > 0) {
            entry["reps"] = phase.reps;
            entry["self_paced"] = phase.selfPaced;
        }
        phases.push_back(std::move(entry));
    }
    return {{"id", plan.id},
            {"title", plan.title},
            {"total_seconds", secondsOf(timeline.total)},
            {"work_seconds", secondsOf(timeline.work)},
            {"phases", std::move(phases)}};
}

std::string phaseText(const Plan& plan, const Phase& phase)
{
    const Exercise& exercise = plan.items[phase.item].exercise;
    std::string side = phase.side == Side::None ? "" : " (" + std::string{toString(phase.side)} + ")";
    switch (phase.kind) {
    case PhaseKind::GetReady:
        return "get ready    " + exercise.name + side;
    case PhaseKind::SwitchSide:
        return "switch side  " + exercise.name + side;
    case PhaseKind::Rest:
        return "rest";
    case PhaseKind::Work:
        break;
    }
    std::string what = "work         " + exercise.name + side + ", set " + std::to_string(phase.set);
    if (phase.hold > 0)
        what += ", hold " + std::to_string(phase.hold);
    if (phase.reps > 0)
        what += ", " + std::to_string(phase.reps) + " reps" + (phase.selfPaced ? " at your own pace" : "");
    return what;
}

int listPlans(Context& context, bool asJson)
{
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;
    json list = json::array();
    std::vector<std::vector<std::string>> rows{{"ID", "TITLE", "SCHEDULE", "LENGTH", "EXERCISES", "SOURCE"}};
    for (const PlanSource& source : findPlans(*catalog, userPlansDirectory())) {
        if (!source.plan.ok()) {
            printIssues(context.err, source.plan.issues);
            continue;
        }
        const Plan& plan = *source.plan.value;
        const Timeline timeline = buildTimeline(plan);
        const std::string origin = source.builtin ? "built-in" : source.label;
        rows.push_back({plan.id, plan.title, scheduleText(plan), clockText(timeline.total),
                        std::to_string(plan.items.size()), origin});
        list.push_back({{"id", plan.id},
                        {"title", plan.title},
                        {"summary", plan.summary},
                        {"routine", plan.isRoutine()},
                        {"total_seconds", secondsOf(timeline.total)},
                        {"exercises", plan.items.size()},
                        {"source", origin}});
    }
    if (asJson)
        context.out << list.dump(2) << '\n';
    else
        printTable(context.out, rows);
    return ExitOk;
}

int showPlan(Context& context, const std::string& argument, bool asJson)
{
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;
    const auto plan = findPlan(context, *catalog, argument, exitCode);
    if (!plan)
        return exitCode;
    const Timeline timeline = buildTimeline(*plan);
    if (asJson) {
        context.out << timelineJson(*plan, timeline).dump(2) << '\n';
        return ExitOk;
    }
    std::ostream& out = context.out;
    out << plan->title << "  (" << plan->id << ")\n";
    if (!plan->summary.empty())
        out << plan->summary << '\n';
    if (!plan->assignedBy.empty())
        out << "Assigned by: " << plan->assignedBy << '\n';
    out << "Schedule:    " << scheduleText(*plan);
    if (plan->schedule && plan->schedule->start)
        out << ", from " << formatDate(*plan->schedule->start);
    out << '\n';
    if (plan->progression) {
        const ProgressionStep& step = plan->progression->step;
        out << "Progression: every " << plan->progression->everySessions << " sessions, while pain allows:";
        if (step.reps)
            out << " +" << step.reps << " reps";
        if (step.holdSeconds)
            out << " +" << step.holdSeconds << " s hold";
        if (step.sets)
            out << " +" << step.sets << " sets";
        if (step.timedSeconds)
            out << " +" << step.timedSeconds << " s";
        out << '\n';
    }
    if (!plan->notes.empty())
        out << "\n" << plan->notes << '\n';
    out << "\nExercises\n";
    for (std::size_t i = 0; i < plan->items.size(); ++i) {
        const PlanItem& item = plan->items[i];
        out << "  " << i + 1 << ". " << item.exercise.name << " — " << doseSummary(item.exercise) << '\n';
        if (!item.note.empty())
            out << "     " << item.note << '\n';
    }
    out << "\nTimeline\n";
    Duration at{};
    for (const Phase& phase : timeline.phases) {
        out << "  " << clockText(at) << "  " << phaseText(*plan, phase) << "  " << clockText(phase.duration) << '\n';
        at += phase.duration;
    }
    out << "\nTotal " << clockText(timeline.total) << ", of which " << clockText(timeline.work) << " exercising.\n";
    return ExitOk;
}

int validatePlans(Context& context, const std::vector<std::filesystem::path>& files)
{
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;
    for (const auto& file : files) {
        const auto loaded = loadPlanFile(file, *catalog);
        if (loaded.ok()) {
            context.out << file.string() << ": ok, " << loaded.value->items.size() << " exercises, "
                        << clockText(buildTimeline(*loaded.value).total) << '\n';
            continue;
        }
        printIssues(context.err, loaded.issues);
        exitCode = std::max(exitCode, exitCodeFor(loaded.issues));
    }
    return exitCode;
}

} // namespace

void addPlanCommands(CLI::App& app, Context& context, Action& action)
{
    CLI::App* plan = app.add_subcommand("plan", "List, show and check plans and routines");
    plan->require_subcommand(1);

    auto listJson = std::make_shared<bool>(false);
    CLI::App* list = plan->add_subcommand("list", "List the built-in and your own plans");
    list->add_flag("--json", *listJson, "Print a JSON array");
    list->callback([&context, &action, listJson] { action = [&context, listJson] { return listPlans(context, *listJson); }; });

    auto which = std::make_shared<std::string>();
    auto showJson = std::make_shared<bool>(false);
    CLI::App* show = plan->add_subcommand("show", "Show a plan with its full timeline and length");
    show->add_option("PLAN", *which, "A plan file or a plan id")->required();
    show->add_flag("--json", *showJson, "Print the timeline as JSON");
    show->callback([&context, &action, which, showJson] {
        action = [&context, which, showJson] { return showPlan(context, *which, *showJson); };
    });

    auto files = std::make_shared<std::vector<std::filesystem::path>>();
    CLI::App* validate = plan->add_subcommand("validate", "Check plan files and report every problem");
    validate->add_option("FILE", *files, "Plan files to check")->required();
    validate->callback([&context, &action, files] { action = [&context, files] { return validatePlans(context, *files); }; });
}

} // namespace limber::cli
