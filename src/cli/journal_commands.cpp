// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/commands.h"
#include "cli/loading.h"
#include "cli/output.h"
#include "cli/validators.h"

#include "core/common/private_file.h"
#include "core/journal/exports.h"
#include "core/journal/journal.h"
#include "core/journal/reports.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>


#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace limber::cli {
namespace {

namespace fs = std::filesystem;

const CLI::Validator scoreValidator(
    [](std::string& value) {
        return parsePainScore(value) ? std::string{}
                                     : "the score is a whole number from 0 (no pain) to 10 (worst pain imaginable)";
    },
    "0..10");

const CLI::Validator momentValidator(
    [](std::string& value) {
        return parseMoment(value) ? std::string{}
                                  : "expected a date or time such as 2026-11-23, 2026-11-23T08:30 or "
                                    "2026-11-23T08:30+01:00";
    },
    "ISO8601");

const CLI::Validator dateValidator(
    [](std::string& value) {
        return parseDate(value) ? std::string{} : "expected a date such as 2026-11-23";
    },
    "DATE");

template <typename Enum>
std::string nameOrDash(const std::optional<Enum>& value)
{
    return value ? std::string{toString(*value)} : "-";
}

std::string oneDecimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}


struct PainLogOptions {
    std::string score;
    std::string area;
    std::string side;
    std::string context;
    std::vector<std::string> symptoms;
    std::vector<std::string> redFlags;
    std::string note;
    std::string at;
};

int logPain(Context& context, const PainLogOptions& options)
{
    PainEntry entry;
    entry.score = std::stoi(options.score);
    entry.when = options.at.empty() ? localMoment(currentInstant()) : *parseMoment(options.at);
    entry.area = enumFromString<PainArea>(options.area);
    entry.side = enumFromString<BodySide>(options.side);
    entry.context = enumFromString<PainContext>(options.context);
    for (const auto& name : options.symptoms)
        entry.symptoms.push_back(*enumFromString<Symptom>(name));
    for (const auto& name : options.redFlags)
        entry.redFlags.push_back(*enumFromString<RedFlag>(name));
    entry.note = options.note;

    int exitCode = ExitOk;
    auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto id = journal->addPainEntry(entry);
    if (!id.ok())
        return reportJournalError(context, id.error());
    context.out << "Logged pain " << entry.score << "/10 on " << formatDate(entry.when.date) << " (entry "
                << id.value() << ").\n";
    if (!entry.redFlags.empty())
        context.out << '\n' << safetyGuidance(entry.redFlags);
    return ExitOk;
}

int listPain(Context& context, const std::string& since, bool json)
{
    int exitCode = ExitOk;
    const auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto entries = journal->painEntries(since.empty() ? std::nullopt : parseDate(since));
    if (!entries.ok())
        return reportJournalError(context, entries.error());
    if (json) {
        context.out << exportJson(entries.value(), {}, currentInstant())["pain_entries"].dump(2) << '\n';
        return ExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"ID", "DATE", "TIME", "SCORE", "AREA", "CONTEXT", "NOTE"}};
    for (const PainEntry& entry : entries.value()) {
        std::string area = nameOrDash(entry.area);
        if (entry.side)
            area += " (" + std::string{toString(*entry.side)} + ")";
        rows.push_back({std::to_string(entry.id), formatDate(entry.when.date),
                        formatMomentLocal(entry.when).substr(11, 5), std::to_string(entry.score), area,
                        nameOrDash(entry.context), entry.note.empty() ? "-" : entry.note});
    }
    printTable(context.out, rows);
    return ExitOk;
}

int listSessions(Context& context, bool json)
{
    int exitCode = ExitOk;
    const auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto sessions = journal->sessions();
    if (!sessions.ok())
        return reportJournalError(context, sessions.error());
    if (json) {
        context.out << exportJson({}, sessions.value(), currentInstant())["sessions"].dump(2) << '\n';
        return ExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"ID", "DATE", "PLAN", "STATUS", "MINUTES", "PAIN", "EXERCISES"}};
    for (const SessionRecord& session : sessions.value()) {
        const auto score = [](std::optional<int> value) { return value ? std::to_string(*value) : std::string{"-"}; };
        rows.push_back({std::to_string(session.id), formatDate(session.started.date), session.planTitle,
                        std::string{toString(session.status)}, oneDecimal(session.activeSeconds / 60.0),
                        score(session.painBefore) + " -> " + score(session.painAfter),
                        std::to_string(session.results.size())});
    }
    printTable(context.out, rows);
    return ExitOk;
}

nlohmann::json adherenceJson(const std::optional<Adherence>& adherence)
{
    if (!adherence)
        return nullptr;
    return {{"scheduled", adherence->scheduled}, {"done", adherence->done},   {"partial", adherence->partial},
            {"missed", adherence->missed},       {"upcoming", adherence->upcoming}};
}

nlohmann::json reportToJson(const JournalReport& report, LocalDate today)
{
    const auto optional = [](const auto& value) { return value ? nlohmann::json(*value) : nlohmann::json(nullptr); };
    nlohmann::json weeks = nlohmann::json::array();
    for (const WeekSummary& week : report.weeks) {
        weeks.push_back({{"week", formatIsoWeek(week.week)},
                         {"start", formatDate(week.start)},
                         {"sessions", week.sessions},
                         {"completed_sessions", week.completedSessions},
                         {"active_minutes", week.activeSeconds / 60.0},
                         {"pain_entries", week.painEntries},
                         {"pain_mean", optional(week.painMean)},
                         {"pain_min", optional(week.painMin)},
                         {"pain_max", optional(week.painMax)},
                         {"pain_change", optional(week.painChange)},
                         {"plan", adherenceJson(week.adherence)}});
    }
    nlohmann::json trend = nlohmann::json::array();
    for (const TrendPoint& point : report.trend)
        trend.push_back({{"date", formatDate(point.date)}, {"mean_7d", point.mean7d}});
    return {{"today", formatDate(today)},
            {"weeks", std::move(weeks)},
            {"current_streak_days", report.currentStreakDays},
            {"longest_streak_days", report.longestStreakDays},
            {"trend", std::move(trend)}};
}

// "2/3": sessions done of those scheduled, "-" in a week without a plan.
std::string planText(const std::optional<Adherence>& adherence)
{
    return adherence ? std::to_string(adherence->done) + "/" + std::to_string(adherence->scheduled) : "-";
}

int weeklyReportCommand(Context& context, int weeks, bool json)
{
    int exitCode = ExitOk;
    const auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto pain = journal->painEntries();
    if (!pain.ok())
        return reportJournalError(context, pain.error());
    const auto sessions = journal->sessions(Journal::Detail::Summary);
    if (!sessions.ok())
        return reportJournalError(context, sessions.error());

    const LocalDate today = localMoment(currentInstant()).date;
    LocalDate from = addDays(today, -7 * (weeks - 1));
    if (weeks == 0) {
        from = today;
        if (!pain.value().empty())
            from = std::min(from, pain.value().front().when.date);
        if (!sessions.value().empty())
            from = std::min(from, sessions.value().front().started.date);
    }
    const auto plans = journal->planEnrollments();
    if (!plans.ok())
        return reportJournalError(context, plans.error());
    const JournalReport report = weeklyReport(pain.value(), sessions.value(), from, today, today, plans.value());
    if (json) {
        context.out << reportToJson(report, today).dump(2) << '\n';
        return ExitOk;
    }
    std::vector<std::vector<std::string>> rows{
        {"WEEK", "STARTS", "SESSIONS", "MINUTES", "PLAN", "ENTRIES", "MEAN", "MIN", "MAX", "CHANGE"}};
    for (const WeekSummary& week : report.weeks) {
        const auto number = [](const std::optional<int>& value) { return value ? std::to_string(*value) : "-"; };
        std::string change = "-";
        if (week.painChange)
            change = (*week.painChange > 0 ? "+" : "") + oneDecimal(*week.painChange);
        rows.push_back({formatIsoWeek(week.week), formatDate(week.start), std::to_string(week.sessions),
                        oneDecimal(week.activeSeconds / 60.0), planText(week.adherence), std::to_string(week.painEntries),
                        week.painMean ? oneDecimal(*week.painMean) : "-", number(week.painMin), number(week.painMax),
                        change});
    }
    printTable(context.out, rows);
    context.out << "\nStreak: " << report.currentStreakDays << (report.currentStreakDays == 1 ? " day" : " days")
                << " with a session (longest " << report.longestStreakDays << ").\n";
    return ExitOk;
}

int exportCommand(Context& context, const std::string& format, const std::string& out)
{
    if (format == "csv" && out.empty()) {
        context.err << "limber-cli: a CSV export is three files (pain.csv, sessions.csv, results.csv): give the "
                       "folder to write them to with --out FOLDER\n";
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto journal = openJournal(context, exitCode);
    if (!journal)
        return exitCode;
    const auto pain = journal->painEntries();
    if (!pain.ok())
        return reportJournalError(context, pain.error());
    const auto sessions = journal->sessions();
    if (!sessions.ok())
        return reportJournalError(context, sessions.error());

    std::vector<std::pair<fs::path, std::string>> files;
    if (format == "csv") {
        const CsvExport csv = exportCsv(pain.value(), sessions.value());
        std::error_code failure;
        fs::create_directories(out, failure);
        files = {{fs::path{out} / "pain.csv", csv.painEntries},
                 {fs::path{out} / "sessions.csv", csv.sessions},
                 {fs::path{out} / "results.csv", csv.results}};
    } else {
        const auto document = format == "json" ? exportJson(pain.value(), sessions.value(), currentInstant())
                                               : exportFhir(pain.value(), currentInstant());
        const std::string text = document.dump(2) + '\n';
        if (out.empty()) {
            context.out << text;
            return ExitOk;
        }
        files = {{out, text}};
    }
    for (const auto& [path, content] : files) {
        std::string problem;
        if (!writeFileAtomically(path, content, problem)) {
            context.err << "limber-cli: " << path.string() << ": cannot write the export (" << problem << ")\n";
            return ExitRuntimeError;
        }
        context.err << "Wrote " << path.string() << '\n';
    }
    return ExitOk;
}

} // namespace

void addJournalCommands(CLI::App& app, Context& context, Action& action)
{
    CLI::App* pain = app.add_subcommand("pain", "Log and list pain scores");
    pain->require_subcommand(1);

    auto log = std::make_shared<PainLogOptions>();
    CLI::App* logCommand = pain->add_subcommand("log", "Log a pain score from 0 (no pain) to 10 (worst imaginable)");
    logCommand->add_option("SCORE", log->score, "Pain now, 0 to 10")->required()->check(scoreValidator);
    logCommand->add_option("--area", log->area, "Where it hurts")->check(enumValidator<PainArea>());
    logCommand->add_option("--side", log->side, "Which side")->check(enumValidator<BodySide>());
    logCommand->add_option("--context", log->context, "When in the day")->check(enumValidator<PainContext>());
    logCommand->add_option("--symptom", log->symptoms, "A symptom (repeat for more)")->check(enumValidator<Symptom>());
    logCommand->add_option("--red-flag", log->redFlags, "A warning sign you have (repeat for more)")
        ->check(enumValidator<RedFlag>());
    logCommand->add_option("--note", log->note, "A short note");
    logCommand->add_option("--at", log->at, "When, if not now (local time unless an offset is given)")
        ->check(momentValidator);
    logCommand->callback([&context, &action, log] { action = [&context, log] { return logPain(context, *log); }; });

    auto since = std::make_shared<std::string>();
    auto painJson = std::make_shared<bool>(false);
    CLI::App* listCommand = pain->add_subcommand("list", "List pain entries");
    listCommand->add_option("--since", *since, "Only entries on or after this date")->check(dateValidator);
    listCommand->add_flag("--json", *painJson, "Print a JSON array");
    listCommand->callback([&context, &action, since, painJson] {
        action = [&context, since, painJson] { return listPain(context, *since, *painJson); };
    });

    CLI::App* session = app.add_subcommand("session", "List exercise sessions");
    session->require_subcommand(1);
    auto sessionJson = std::make_shared<bool>(false);
    CLI::App* sessionList = session->add_subcommand("list", "List sessions with their results");
    sessionList->add_flag("--json", *sessionJson, "Print a JSON array");
    sessionList->callback([&context, &action, sessionJson] {
        action = [&context, sessionJson] { return listSessions(context, *sessionJson); };
    });

    CLI::App* report = app.add_subcommand("report", "Summaries of the journal");
    report->require_subcommand(1);
    auto weeks = std::make_shared<int>(12);
    auto reportJson = std::make_shared<bool>(false);
    CLI::App* weekly = report->add_subcommand("weekly", "Sessions, minutes and pain per ISO week");
    weekly->add_option("--weeks", *weeks, "How many weeks up to this one (0: every week since the first entry)")
        ->check(CLI::Range(0, 5200));
    weekly->add_flag("--json", *reportJson, "Print one JSON object");
    weekly->callback([&context, &action, weeks, reportJson] {
        action = [&context, weeks, reportJson] { return weeklyReportCommand(context, *weeks, *reportJson); };
    });

    CLI::App* exportApp = app.add_subcommand("export", "Export the journal: csv, json or fhir");
    auto format = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    exportApp->add_option("FORMAT", *format, "csv, json or fhir")->required()->check(CLI::IsMember({"csv", "json", "fhir"}));
    exportApp->add_option("--out", *out, "File to write (a folder for csv); standard output when left out");
    exportApp->callback([&context, &action, format, out] {
        action = [&context, format, out] { return exportCommand(context, *format, *out); };
    });
}

} // namespace limber::cli
