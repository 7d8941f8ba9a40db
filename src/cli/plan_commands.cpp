// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/commands.h"
#include "cli/loading.h"
#include "cli/output.h"

#include "core/common/paths.h"
#include "core/journal/adherence.h"
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

int startPlan(Context& context, const std::string& argument, const std::string& from)
{
    std::optional<LocalDate> start;
    if (!from.empty()) {
        start = parseDate(from);
        if (!start) {
            context.err << "limber-cli: --from " << from << ": not a date (expected YYYY-MM-DD)\n";
            return ExitUsage;
        }
    }
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;
    const auto plan = findPlan(context, *catalog, argument, exitCode);
    if (!plan)
        return exitCode;
    const auto enrollment = enrollmentFor(*plan, *catalog, localMoment(currentInstant()), start);
    if (!enrollment) {
        context.err << "limber-cli: " << plan->id
                    << " is a routine without a schedule: play it whenever you like with `limber-cli play "
                    << plan->id << "`\n";
        return ExitUsage;
    }
    auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    if (const auto started = journal->startPlan(*enrollment); !started.ok())
        return reportJournalError(context, started.error());
    context.out << "Following \"" << plan->title << "\" from " << formatDate(enrollment->start) << ": "
                << joinEnumNames(enrollment->days, "/") << " for " << enrollment->weeks << " weeks.\n";
    return ExitOk;
}

int stopPlan(Context& context)
{
    int exitCode = ExitOk;
    auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto active = journal->activePlan();
    if (!active.ok())
        return reportJournalError(context, active.error());
    if (!active.value()) {
        context.out << "No plan is being followed.\n";
        return ExitOk;
    }
    if (const auto ended = journal->endPlan(localMoment(currentInstant())); !ended.ok())
        return reportJournalError(context, ended.error());
    context.out << "Stopped following \"" << active.value()->planTitle << "\".\n";
    return ExitOk;
}

int planStatus(Context& context, bool asJson)
{
    int exitCode = ExitOk;
    const auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto active = journal->activePlan();
    if (!active.ok())
        return reportJournalError(context, active.error());
    const auto sessions = journal->sessions(Journal::Detail::Summary);
    if (!sessions.ok())
        return reportJournalError(context, sessions.error());
    if (!active.value()) {
        if (asJson)
            context.out << "null\n";
        else
            context.out << "No plan is being followed. Start one with `limber-cli plan start PLAN`.\n";
        return ExitOk;
    }
    const PlanEnrollment& plan = *active.value();
    const LocalDate today = localMoment(currentInstant()).date;
    const PlanStanding standing = planStanding(plan, sessions.value(), today);
    const Adherence week = tally(standing.thisWeek);
    if (asJson) {
        json days = json::array();
        for (const PlanDay& day : standing.thisWeek)
            days.push_back({{"date", formatDate(day.date)}, {"status", toString(day.status)}});
        context.out << json{{"plan_id", plan.planId},      {"title", plan.planTitle},
                            {"start", formatDate(plan.start)}, {"weeks", plan.weeks},
                            {"week", standing.week},         {"due_today", standing.dueToday},
                            {"this_week", std::move(days)}}
                           .dump(2)
                    << '\n';
        return ExitOk;
    }
    context.out << plan.planTitle << "  (" << plan.planId << ")\n";
    if (standing.week == 0)
        context.out << "Starts on " << formatDate(plan.start) << ".\n";
    else if (standing.week > plan.weeks)
        context.out << "Finished on " << formatDate(plan.lastDay()) << ".\n";
    else
        context.out << "Week " << standing.week << " of " << plan.weeks << ": " << week.done << " of "
                    << week.scheduled << " sessions done, " << week.missed << " missed"
                    << (standing.dueToday ? "; today's is still to do" : "") << ".\n";
    return ExitOk;
}

} // namespace

void addPlanCommands(CLI::App& app, Context& context, Action& action)
{
    CLI::App* plan = app.add_subcommand("plan", "List, show, check and follow plans and routines");
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

    auto startWhich = std::make_shared<std::string>();
    auto startFrom = std::make_shared<std::string>();
    CLI::App* start = plan->add_subcommand("start", "Follow a scheduled plan (ends the one followed before)");
    start->add_option("PLAN", *startWhich, "A plan file or a plan id")->required();
    start->add_option("--from", *startFrom, "First day, YYYY-MM-DD (default: the plan's start, else today)");
    start->callback([&context, &action, startWhich, startFrom] {
        action = [&context, startWhich, startFrom] { return startPlan(context, *startWhich, *startFrom); };
    });

    CLI::App* stop = plan->add_subcommand("stop", "Stop following the active plan");
    stop->callback([&context, &action] { action = [&context] { return stopPlan(context); }; });

    auto statusJson = std::make_shared<bool>(false);
    CLI::App* status = plan->add_subcommand("status", "The active plan: its week, and this week's sessions");
    status->add_flag("--json", *statusJson, "Print one JSON object (null without an active plan)");
    status->callback([&context, &action, statusJson] {
        action = [&context, statusJson] { return planStatus(context, *statusJson); };
    });
}

} // namespace limber::cli
