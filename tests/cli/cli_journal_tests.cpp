// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/journal.h"

#include "support/process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

using limber::test::ProcessResult;
using limber::test::readFile;
using limber::test::TempDir;
using nlohmann::json;

namespace {

// Runs the built limber-cli on a journal of the test's own.
ProcessResult cli(const TempDir& home, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), {"--journal", (home.path() / "journal.sqlite3").string()});
    return limber::test::runProcess(LIMBER_CLI_PATH, arguments,
                                    {{"XDG_DATA_HOME", (home.path() / "data").string()},
                                     {"HOME", home.path().string()},
                                     {"LIMBER_JOURNAL", ""},
                                     {"TZ", "Europe/London"}});
}

std::string today()
{
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return limber::formatDate(limber::localMoment(now).date);
}

std::string integrityOf(const std::filesystem::path& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    // The killed writer's lock goes only when the kernel has finished tearing its process down.
    sqlite3_busy_timeout(db, 10000);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK);
    std::string result = sqlite3_step(statement) == SQLITE_ROW
                             ? reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))
                             : sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("pain log stores a score that pain list shows again")
{
    TempDir home;
    const auto logged = cli(home, {"pain", "log", "6", "--area", "lower-back", "--side", "left", "--context", "morning",
                                   "--symptom", "ache", "--symptom", "stiffness", "--note", "stiff after sleep, hm",
                                   "--at", "2026-11-20T07:45"});
    INFO(logged.err);
    REQUIRE(logged.exitCode == 0);
    CHECK(logged.out == "Logged pain 6/10 on 2026-11-20 (entry 1).\n");

    const auto listed = cli(home, {"pain", "list", "--json"});
    REQUIRE(listed.exitCode == 0);
    const json entries = json::parse(listed.out);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0]["score"] == 6);
    CHECK(entries[0]["area"] == "lower-back");
    CHECK(entries[0]["side"] == "left");
    CHECK(entries[0]["context"] == "morning");
    CHECK(entries[0]["symptoms"] == json{"ache", "stiffness"});
    CHECK(entries[0]["note"] == "stiff after sleep, hm");
    CHECK(entries[0]["local_date"] == "2026-11-20");

    const auto table = cli(home, {"pain", "list"});
    CHECK(table.out.find("2026-11-20  07:45") != std::string::npos);
    CHECK(cli(home, {"pain", "list", "--since", "2026-11-21", "--json"}).out == "[]\n");
}

TEST_CASE("pain log refuses scores, dates and names outside what is allowed, with exit 2")
{
    TempDir home;
    for (const char* score : {"11", "-1", "4.5", "seven", ""}) {
        INFO(score);
        const auto result = cli(home, {"pain", "log", score});
        CHECK(result.exitCode == 2);
        CHECK(result.err.find("0 (no pain) to 10") != std::string::npos);
    }
    const auto badDate = cli(home, {"pain", "log", "3", "--at", "2026-02-30"});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.find("2026-11-23T08:30") != std::string::npos);
    const auto badArea = cli(home, {"pain", "log", "3", "--area", "elbow"});
    CHECK(badArea.exitCode == 2);
    CHECK(badArea.err.find("lower-back") != std::string::npos);
    const auto badContext = cli(home, {"pain", "log", "3", "--context", "lunch"});
    CHECK(badContext.exitCode == 2);
    CHECK(badContext.err.find("during-work") != std::string::npos);
    CHECK(cli(home, {"pain", "list", "--since", "last week"}).exitCode == 2);
    CHECK(cli(home, {"pain", "list", "--json"}).out == "[]\n");
}

TEST_CASE("a red-flag answer is logged and prints the safety guidance")
{
    TempDir home;
    const auto emergency = cli(home, {"pain", "log", "7", "--red-flag", "bladder"});
    REQUIRE(emergency.exitCode == 0);
    CHECK(emergency.out.find("Get medical help now") != std::string::npos);
    CHECK(emergency.out.find("bladder") != std::string::npos);
    CHECK(emergency.out.find("do not do back exercises") != std::string::npos);

    const auto urgent = cli(home, {"pain", "log", "5", "--red-flag", "night-pain"});
    REQUIRE(urgent.exitCode == 0);
    CHECK(urgent.out.find("See a doctor soon") != std::string::npos);
    CHECK(urgent.out.find("Get medical help now") == std::string::npos);

    const json entries = json::parse(cli(home, {"pain", "list", "--json"}).out);
    CHECK(entries[0]["red_flags"] == json{"bladder"});
    CHECK(entries[1]["red_flags"] == json{"night-pain"});
}

TEST_CASE("a journal that is not Limber's is refused with exit 1 and left byte for byte")
{
    TempDir home;
    const auto path = home.write("journal.sqlite3", "my private notes, not a database\n");
    const std::string before = readFile(path);
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"pain", "log", "3"}, {"pain", "list"}, {"session", "list"}, {"report", "weekly"},
          {"export", "json"}}) {
        const auto result = cli(home, command);
        CHECK(result.exitCode == 1);
        CHECK(result.err.find("is not a Limber journal") != std::string::npos);
    }
    CHECK(readFile(path) == before);
}

TEST_CASE("a journal from a newer Limber is refused with exit 1 and left byte for byte")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    REQUIRE(cli(home, {"pain", "log", "3"}).exitCode == 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 42;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const std::string before = readFile(path);
    const auto result = cli(home, {"pain", "log", "4"});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("newer version of Limber") != std::string::npos);
    CHECK(readFile(path) == before);
}

TEST_CASE("a truncated journal is refused with exit 1 and left byte for byte")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    for (int i = 0; i < 60; ++i)
        REQUIRE(cli(home, {"pain", "log", "3", "--note", "an entry long enough to fill a few pages " + std::to_string(i)}).exitCode == 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode = DELETE;", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const std::string whole = readFile(path);
    REQUIRE(whole.size() >= 4 * 4096);
    const auto truncated = home.write("journal.sqlite3", whole.substr(0, whole.size() / 2));
    const std::string before = readFile(truncated);
    const auto result = cli(home, {"pain", "log", "4"});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("damaged or truncated") != std::string::npos);
    CHECK(readFile(truncated) == before);
}

TEST_CASE("the journal file the CLI creates is readable by its owner only")
{
    TempDir home;
    REQUIRE(cli(home, {"pain", "log", "2"}).exitCode == 0);
    struct stat status {};
    REQUIRE(::stat((home.path() / "journal.sqlite3").c_str(), &status) == 0);
    CHECK((status.st_mode & 0777) == 0600);
}

TEST_CASE("two processes logging 500 entries each at the same time lose none")
{
    TempDir home;
    const auto logMany = [&](int who) {
        for (int i = 0; i < 500; ++i) {
            const auto result = cli(home, {"pain", "log", std::to_string(i % 11), "--note", std::to_string(who) + "-" + std::to_string(i)});
            if (result.exitCode != 0)
                return result.err;
        }
        return std::string{};
    };
    std::string firstError;
    std::thread first([&] { firstError = logMany(1); });
    const std::string secondError = logMany(2);
    first.join();
    CHECK(firstError == "");
    CHECK(secondError == "");

    const json entries = json::parse(cli(home, {"pain", "list", "--json"}).out);
    std::set<std::string> notes;
    for (const json& entry : entries)
        notes.insert(entry["note"].get<std::string>());
    CHECK(entries.size() == 1000);
    CHECK(notes.size() == 1000);
}

TEST_CASE("processes that start a new journal at the same moment each log their entry")
{
    // Each of them switches the new file to WAL; the race is short, so it is run many times.
    for (int round = 0; round < 25; ++round) {
        TempDir home;
        std::array<std::string, 3> errors;
        std::vector<std::thread> processes;
        for (std::size_t who = 0; who < errors.size(); ++who)
            processes.emplace_back([&, who] { errors[who] = cli(home, {"pain", "log", std::to_string(who + 3)}).err; });
        for (std::thread& process : processes)
            process.join();
        INFO("round " << round);
        for (const std::string& error : errors)
            CHECK(error == "");
        CHECK(json::parse(cli(home, {"pain", "list", "--json"}).out).size() == errors.size());
    }
}

TEST_CASE("killing the CLI in the middle of writes keeps the journal whole and every reported entry")
{
    TempDir home;
    const std::string journal = (home.path() / "journal.sqlite3").string();
    const std::string reported = (home.path() / "reported.txt").string();
    const std::string script = "i=0; while [ $i -lt 100000 ]; do i=$((i+1)); \"" + std::string{LIMBER_CLI_PATH}
                               + "\" --journal \"" + journal + "\" pain log 5 --note \"n$i\" > /dev/null && echo \"n$i\" >> \""
                               + reported + "\"; done";
    for (int round = 0; round < 3; ++round) {
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            setpgid(0, 0);
            execl("/bin/sh", "sh", "-c", script.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        setpgid(child, child);
        std::this_thread::sleep_for(std::chrono::milliseconds(700 + 211 * round));
        kill(-child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CHECK(integrityOf(journal) == "ok");
    }

    std::ifstream lines{reported};
    std::set<std::string> expected;
    for (std::string line; std::getline(lines, line);)
        expected.insert(line);
    REQUIRE(expected.size() > 10);
    const auto listed = cli(home, {"pain", "list", "--json"});
    REQUIRE(listed.exitCode == 0);
    std::set<std::string> stored;
    for (const json& entry : json::parse(listed.out))
        stored.insert(entry["note"].get<std::string>());
    for (const std::string& note : expected) {
        INFO(note);
        CHECK(stored.contains(note));
    }
}

TEST_CASE("session list shows sessions with their results")
{
    TempDir home;
    {
        auto journal = limber::Journal::open(home.path() / "journal.sqlite3");
        REQUIRE(journal.ok());
        const auto id = journal.value().startSession("desk-reset", "Seated back reset", *limber::parseMoment("2026-11-23T10:00Z"), 3);
        REQUIRE(journal.value().checkpoint(id.value(), {0, "seated-cat-cow", 1, 8, 48, false, false}).ok());
        REQUIRE(journal.value().finishSession(id.value(), limber::SessionStatus::Completed,
                                              *limber::parseInstantUtc("2026-11-23T10:05:00Z"), 2).ok());
    }
    const auto table = cli(home, {"session", "list"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.find("Seated back reset") != std::string::npos);
    CHECK(table.out.find("completed") != std::string::npos);
    const json sessions = json::parse(cli(home, {"session", "list", "--json"}).out);
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0]["status"] == "completed");
    CHECK(sessions[0]["results"][0]["exercise_id"] == "seated-cat-cow");
}

TEST_CASE("report weekly sums this week's entries")
{
    TempDir home;
    REQUIRE(cli(home, {"pain", "log", "4", "--at", today()}).exitCode == 0);
    REQUIRE(cli(home, {"pain", "log", "6", "--at", today()}).exitCode == 0);
    const auto result = cli(home, {"report", "weekly", "--weeks", "2", "--json"});
    REQUIRE(result.exitCode == 0);
    const json report = json::parse(result.out);
    REQUIRE(report["weeks"].size() == 2);
    const json& thisWeek = report["weeks"][1];
    CHECK(thisWeek["pain_entries"] == 2);
    CHECK(thisWeek["pain_mean"] == 5.0);
    CHECK(thisWeek["pain_min"] == 4);
    CHECK(thisWeek["pain_max"] == 6);
    CHECK(report["weeks"][0]["pain_mean"].is_null());
    CHECK(cli(home, {"report", "weekly"}).out.find("Streak:") != std::string::npos);
    CHECK(cli(home, {"report", "weekly", "--weeks", "-1"}).exitCode == 2);
}

TEST_CASE("exports write private files, and CSV needs a folder")
{
    TempDir home;
    REQUIRE(cli(home, {"pain", "log", "3", "--note", "a, \"quoted\" note"}).exitCode == 0);
    const auto noFolder = cli(home, {"export", "csv"});
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.find("--out") != std::string::npos);

    const auto csv = cli(home, {"export", "csv", "--out", (home.path() / "csv").string()});
    REQUIRE(csv.exitCode == 0);
    for (const char* name : {"pain.csv", "sessions.csv", "results.csv"}) {
        INFO(name);
        struct stat status {};
        REQUIRE(::stat((home.path() / "csv" / name).c_str(), &status) == 0);
        CHECK((status.st_mode & 0777) == 0600);
    }
    CHECK(readFile(home.path() / "csv" / "pain.csv").find("\"a, \"\"quoted\"\" note\"") != std::string::npos);

    const auto jsonFile = home.path() / "journal.json";
    REQUIRE(cli(home, {"export", "json", "--out", jsonFile.string()}).exitCode == 0);
    CHECK(json::parse(readFile(jsonFile))["pain_entries"].size() == 1);

    const auto fhir = cli(home, {"export", "fhir"});
    REQUIRE(fhir.exitCode == 0);
    const json bundle = json::parse(fhir.out);
    CHECK(bundle["resourceType"] == "Bundle");
    CHECK(bundle["entry"][0]["resource"]["code"]["coding"][0]["code"] == "72514-3");
    CHECK(cli(home, {"export", "xml"}).exitCode == 2);
    CHECK(cli(home, {"export", "json", "--out", (home.path() / "no" / "such" / "dir" / "x.json").string()}).exitCode == 1);
}
