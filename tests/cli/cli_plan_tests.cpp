// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "support/process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

using limber::test::ProcessResult;
using limber::test::TempDir;
using limber::test::testData;
using nlohmann::json;

namespace {

std::vector<std::string> withJournal(const TempDir& home, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), {"--journal", (home.path() / "journal.sqlite3").string()});
    return arguments;
}

std::map<std::string, std::string> environment(const TempDir& home)
{
    return {{"XDG_DATA_HOME", (home.path() / "data").string()}, {"HOME", home.path().string()}, {"LIMBER_JOURNAL", ""}};
}

ProcessResult cli(const TempDir& home, std::vector<std::string> arguments)
{
    return limber::test::runProcess(LIMBER_CLI_PATH, withJournal(home, std::move(arguments)), environment(home));
}

std::vector<std::string> builtinPlanIds(const TempDir& home)
{
    std::vector<std::string> ids;
    for (const json& plan : json::parse(cli(home, {"plan", "list", "--json"}).out))
        ids.push_back(plan["id"]);
    return ids;
}

} // namespace

TEST_CASE("plan list shows the built-in routines and plans with their lengths")
{
    TempDir home;
    const auto result = cli(home, {"plan", "list"});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.find("desk-neck-shoulders") != std::string::npos);
    const json plans = json::parse(cli(home, {"plan", "list", "--json"}).out);
    CHECK(plans.size() >= 7);
    int routines = 0;
    for (const json& plan : plans)
        routines += plan["routine"].get<bool>() ? 1 : 0;
    CHECK(routines >= 4);
}

TEST_CASE("plan show prints the timeline, and its JSON adds up")
{
    TempDir home;
    const auto text = cli(home, {"plan", "show", "desk-neck-shoulders"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("Timeline") != std::string::npos);
    CHECK(text.out.find("get ready") != std::string::npos);
    CHECK(text.out.find("Total ") != std::string::npos);

    const json timeline = json::parse(cli(home, {"plan", "show", "desk-neck-shoulders", "--json"}).out);
    std::int64_t total = 0;
    std::int64_t work = 0;
    for (const json& phase : timeline["phases"]) {
        REQUIRE(phase["seconds"].is_number_integer());
        total += phase["seconds"].get<std::int64_t>();
        if (phase["kind"] == "work")
            work += phase["seconds"].get<std::int64_t>();
    }
    CHECK(timeline["total_seconds"] == total);
    CHECK(timeline["work_seconds"] == work);
    CHECK(timeline["phases"][0]["kind"] == "get_ready");
}

TEST_CASE("plan show and play refuse unknown plans and invalid files")
{
    TempDir home;
    CHECK(cli(home, {"plan", "show", "no-such-plan"}).exitCode == 2);
    const auto invalid = cli(home, {"plan", "show", testData("plan/invalid/dangling-exercise.json").string()});
    CHECK(invalid.exitCode == 3);
    CHECK(invalid.err.find("/exercise") != std::string::npos);
    CHECK(cli(home, {"play", "no-such-plan"}).exitCode == 2);
}

TEST_CASE("plan validate reports every invalid sample with exit 3 and its pointer")
{
    TempDir home;
    std::ifstream table{testData("plan/invalid/EXPECTED.tsv")};
    for (std::string line; std::getline(table, line);) {
        if (line.empty() || line.front() == '#')
            continue;
        const auto tab = line.find('\t');
        const std::string file = testData("plan/invalid/" + line.substr(0, tab)).string();
        const std::string pointer = tab == std::string::npos ? "" : line.substr(tab + 1);
        INFO(file);
        const auto result = cli(home, {"plan", "validate", file});
        CHECK(result.exitCode == 3);
        CHECK(result.err.find(pointer.empty() ? file + ":" : file + ": " + pointer + ": ") != std::string::npos);
    }
    const auto valid = cli(home, {"plan", "validate", testData("plan/valid/multi-week.json").string()});
    CHECK(valid.exitCode == 0);
}

TEST_CASE("every built-in routine and plan plays to the end unattended and is recorded")
{
    TempDir home;
    const auto ids = builtinPlanIds(home);
    REQUIRE(ids.size() >= 7);
    for (const std::string& id : ids) {
        INFO(id);
        const auto played = cli(home, {"play", id, "--speed", "2000", "--pain-before", "3", "--pain-after", "2"});
        INFO(played.err);
        CHECK(played.exitCode == 0);
        CHECK(played.out.find("Session complete") != std::string::npos);
        CHECK(played.out.find("Get ready: ") != std::string::npos);
    }
    const json sessions = json::parse(cli(home, {"session", "list", "--json"}).out);
    REQUIRE(sessions.size() == ids.size());
    const auto neck = cli(home, {"play", "desk-neck-shoulders", "--speed", "2000"});
    CHECK(neck.out.find("0:00  Get ready: Shoulder rolls (seated)\n") != std::string::npos);
    CHECK(neck.out.find("Switch to the right side") != std::string::npos);
    for (const json& session : sessions) {
        INFO(session["plan_id"]);
        CHECK(session["status"] == "completed");
        CHECK(session["pain_before"] == 3);
        CHECK(session["pain_after"] == 2);
        CHECK_FALSE(session["results"].empty());
        for (const json& result : session["results"])
            CHECK(result["skipped"] == false);
    }
}

TEST_CASE("a killed play resumes without losing finished exercises, ending as one completed session")
{
    TempDir home;
    const auto arguments = withJournal(home, {"play", "desk-full-routine", "--speed", "40"});
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::vector<std::string> all{LIMBER_CLI_PATH};
        all.insert(all.end(), arguments.begin(), arguments.end());
        std::vector<char*> argv;
        for (auto& argument : all)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        const int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        setenv("XDG_DATA_HOME", (home.path() / "data").c_str(), 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    // The routine is 10 minutes: at 40× that is 15 s; killing it after 6 s leaves it part-way.
    std::this_thread::sleep_for(std::chrono::seconds{6});
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);

    const json before = json::parse(cli(home, {"session", "list", "--json"}).out);
    REQUIRE(before.size() == 1);
    CHECK(before[0]["status"] == "in_progress");
    const auto done = before[0]["results"].size();
    CHECK(done >= 2);

    const auto resumed = cli(home, {"play", "desk-full-routine", "--speed", "2000", "--resume"});
    INFO(resumed.err);
    REQUIRE(resumed.exitCode == 0);
    CHECK(resumed.out.find("Carrying on from exercise " + std::to_string(done + 1)) != std::string::npos);

    const json after = json::parse(cli(home, {"session", "list", "--json"}).out);
    REQUIRE(after.size() == 1);
    CHECK(after[0]["status"] == "completed");
    const json& results = after[0]["results"];
    REQUIRE(results.size() == 11);
    for (std::size_t i = 0; i < results.size(); ++i) {
        CHECK(results[i]["position"] == i);
        CHECK(results[i]["skipped"] == false);
    }
    for (std::size_t i = 0; i < done; ++i)
        CHECK(results[i] == before[0]["results"][i]);
}

TEST_CASE("without --resume, an unattended play starts afresh and closes the unfinished session as stopped")
{
    TempDir home;
    {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            const int null = open("/dev/null", O_RDWR);
            dup2(null, 0);
            dup2(null, 1);
            const std::string journal = (home.path() / "journal.sqlite3").string();
            execl(LIMBER_CLI_PATH, LIMBER_CLI_PATH, "--journal", journal.c_str(), "play", "desk-seated-back-reset", "--speed",
                  "40", static_cast<char*>(nullptr));
            _exit(127);
        }
        std::this_thread::sleep_for(std::chrono::seconds{3});
        kill(child, SIGKILL);
        waitpid(child, nullptr, 0);
    }
    REQUIRE(cli(home, {"play", "desk-seated-back-reset", "--speed", "2000"}).exitCode == 0);
    const json sessions = json::parse(cli(home, {"session", "list", "--json"}).out);
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0]["status"] == "stopped");
    CHECK(sessions[1]["status"] == "completed");
}

TEST_CASE("plan start, status and stop follow one scheduled plan at a time")
{
    TempDir home;
    const ProcessResult routine = cli(home, {"plan", "start", "desk-neck-shoulders"});
    CHECK(routine.exitCode == 2);
    CHECK(routine.err.find("routine without a schedule") != std::string::npos);
    CHECK(cli(home, {"plan", "status", "--json"}).out == "null\n");

    const ProcessResult later = cli(home, {"plan", "start", "core-strength-progression", "--from", "2099-01-05"});
    REQUIRE(later.exitCode == 0);
    CHECK(later.out == "Following \"Core strength progression\" from 2099-01-05: mon/wed/fri for 8 weeks.\n");
    const json status = json::parse(cli(home, {"plan", "status", "--json"}).out);
    CHECK(status["plan_id"] == "core-strength-progression");
    CHECK(status["week"] == 0);
    CHECK(status["this_week"].empty());
    CHECK(cli(home, {"plan", "status"}).out.find("Starts on 2099-01-05.") != std::string::npos);

    REQUIRE(cli(home, {"plan", "start", "core-strength-progression", "--from", "2020-01-06"}).exitCode == 0);
    CHECK(cli(home, {"plan", "status"}).out.find("Finished on 2020-03-01.") != std::string::npos);

    CHECK(cli(home, {"plan", "stop"}).out == "Stopped following \"Core strength progression\".\n");
    CHECK(cli(home, {"plan", "stop"}).out == "No plan is being followed.\n");
    CHECK(cli(home, {"plan", "start", "core-strength-progression", "--from", "5 May"}).exitCode == 2);
}

TEST_CASE("the weekly report counts the plan's scheduled and missed sessions per week")
{
    TempDir home;
    const auto today = std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    const auto thisMonday = std::chrono::sys_days{today} -
                            std::chrono::days{(std::chrono::weekday{std::chrono::sys_days{today}}.iso_encoding() - 1)};
    const std::chrono::year_month_day twoWeeksAgo{thisMonday - std::chrono::days{14}};
    char from[16];
    std::snprintf(from, sizeof from, "%04d-%02u-%02u", static_cast<int>(twoWeeksAgo.year()),
                  static_cast<unsigned>(twoWeeksAgo.month()), static_cast<unsigned>(twoWeeksAgo.day()));
    auto env = environment(home);
    env["TZ"] = "UTC";
    const auto run = [&](std::vector<std::string> arguments) {
        return limber::test::runProcess(LIMBER_CLI_PATH, withJournal(home, std::move(arguments)), env);
    };
    REQUIRE(run({"plan", "start", "core-strength-progression", "--from", from}).exitCode == 0);
    const json report = json::parse(run({"report", "weekly", "--weeks", "4", "--json"}).out);
    REQUIRE(report["weeks"].size() == 4);
    CHECK(report["weeks"][0]["plan"].is_null());
    for (int week : {1, 2})
        CHECK(report["weeks"][week]["plan"] ==
              json{{"scheduled", 3}, {"done", 0}, {"partial", 0}, {"missed", 3}, {"upcoming", 0}});
    CHECK(report["weeks"][3]["plan"]["scheduled"] == 3);
    CHECK(run({"report", "weekly", "--weeks", "4"}).out.find(" 0/3 ") != std::string::npos);
}

TEST_CASE("the example physio plan of the user guide is valid")
{
    TempDir home;
    const auto example = std::filesystem::path{LIMBER_SOURCE_DIR} / "docs" / "examples" / "physio-plan.json";
    const ProcessResult result = cli(home, {"plan", "validate", example.string()});
    CHECK(result.exitCode == 0);
    CHECK(result.out.find("ok, 6 exercises") != std::string::npos);
}
