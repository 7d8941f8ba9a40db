// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "support/process.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using limber::test::ProcessResult;
using limber::test::TempDir;
using limber::test::testData;
using nlohmann::json;

namespace {

// Runs the built limber-cli with a data folder of its own, so no user catalog of the machine leaks in.
ProcessResult cli(const TempDir& home, std::vector<std::string> arguments)
{
    return limber::test::runProcess(LIMBER_CLI_PATH, arguments,
                                    {{"XDG_DATA_HOME", (home.path() / "data").string()},
                                     {"HOME", home.path().string()},
                                     {"LIMBER_JOURNAL", ""}});
}

const std::string builtinCatalogFile = std::string{LIMBER_SOURCE_DIR} + "/data/catalog/exercises.json";

} // namespace

TEST_CASE("catalog list prints every built-in exercise as a table")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "list"});
    CHECK(result.exitCode == 0);
    CHECK(result.out.starts_with("ID"));
    CHECK(result.out.find("cat-cow") != std::string::npos);
    const auto lines = std::count(result.out.begin(), result.out.end(), '\n');
    CHECK(lines >= 61);
}

TEST_CASE("catalog list --json prints a stable array in the catalog format")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "list", "--json"});
    REQUIRE(result.exitCode == 0);
    const json list = json::parse(result.out);
    REQUIRE(list.is_array());
    REQUIRE(list.size() >= 60);
    for (const char* field : {"id", "name", "category", "areas", "position", "desk_friendly", "equipment", "mode",
                              "dose", "per_side", "difficulty", "steps", "cautions", "regression", "progression",
                              "sources"}) {
        INFO(field);
        CHECK(list[0].contains(field));
    }
    CHECK(cli(home, {"catalog", "list", "--json"}).out == result.out);
}

TEST_CASE("catalog list filters combine")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "list", "--json", "--desk", "--category", "stretch", "--area", "neck"});
    REQUIRE(result.exitCode == 0);
    const json list = json::parse(result.out);
    REQUIRE_FALSE(list.empty());
    for (const json& exercise : list) {
        CHECK(exercise["desk_friendly"] == true);
        CHECK(exercise["category"] == "stretch");
        CHECK(std::find(exercise["areas"].begin(), exercise["areas"].end(), "neck") != exercise["areas"].end());
    }
    const json none = json::parse(cli(home, {"catalog", "list", "--json", "--equipment", "none"}).out);
    for (const json& exercise : none)
        CHECK(exercise["equipment"].empty());
}

TEST_CASE("an unknown filter value is a usage error that lists what is allowed")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "list", "--category", "yoga"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("stretch, strengthening, posture, aerobic") != std::string::npos);
}

TEST_CASE("catalog show prints the steps, dose, cautions and sources")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "show", "cat-cow"});
    REQUIRE(result.exitCode == 0);
    for (const char* part : {"Cat-cow", "Steps", "  1. ", "Cautions", "Sources", "Dose:"}) {
        INFO(part);
        CHECK(result.out.find(part) != std::string::npos);
    }
    const json exercise = json::parse(cli(home, {"catalog", "show", "cat-cow", "--json"}).out);
    CHECK(exercise["id"] == "cat-cow");
}

TEST_CASE("catalog show of an unknown id is a usage error with suggestions")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "show", "cat"});
    CHECK(result.exitCode == 2);
    CHECK(result.err.find("no exercise with id 'cat'") != std::string::npos);
    CHECK(result.err.find("cat-cow") != std::string::npos);
}

TEST_CASE("catalog validate accepts the built-in catalog and the valid samples")
{
    TempDir home;
    std::vector<std::string> arguments{"catalog", "validate", builtinCatalogFile};
    for (const auto& entry : std::filesystem::directory_iterator{testData("catalog/valid")})
        arguments.push_back(entry.path().string());
    const auto result = cli(home, arguments);
    INFO(result.err);
    CHECK(result.exitCode == 0);
    CHECK(result.err.empty());
    CHECK(result.out.find(": ok, ") != std::string::npos);
}

TEST_CASE("every invalid sample exits with 3 and names its file and pointer")
{
    TempDir home;
    std::ifstream table{testData("catalog/invalid/EXPECTED.tsv")};
    std::string line;
    int samples = 0;
    while (std::getline(table, line)) {
        if (line.empty() || line.front() == '#')
            continue;
        const auto tab = line.find('\t');
        const std::string name = line.substr(0, tab);
        const std::string pointer = tab == std::string::npos ? "" : line.substr(tab + 1);
        const std::string file = testData("catalog/invalid/" + name).string();
        INFO(name);
        const auto result = cli(home, {"catalog", "validate", file});
        CHECK(result.exitCode == 3);
        const std::string expectedStart = pointer.empty() ? file + ":" : file + ": " + pointer + ": ";
        CHECK(result.err.find(expectedStart) != std::string::npos);
        ++samples;
    }
    CHECK(samples >= 25);
}

TEST_CASE("validate reports every problem of every file, one a line, and leaves files untouched")
{
    TempDir home;
    const std::string broken = R"({"format": "limber-catalog", "version": 1, "exercises": [
        {"id": "Bad Id", "name": "", "category": "yoga"}]})";
    const auto file = home.write("broken.json", broken);
    const auto result = cli(home, {"catalog", "validate", file.string(), builtinCatalogFile});
    CHECK(result.exitCode == 3);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') >= 10);
    CHECK(result.err.find("/exercises/0/id") != std::string::npos);
    CHECK(result.err.find("/exercises/0/category") != std::string::npos);
    CHECK(result.out.find(builtinCatalogFile + ": ok") != std::string::npos);
    CHECK(limber::test::readFile(file) == broken);
}

TEST_CASE("validate of a file that cannot be read is a runtime error")
{
    TempDir home;
    const auto result = cli(home, {"catalog", "validate", (home.path() / "missing.json").string()});
    CHECK(result.exitCode == 1);
    CHECK(result.err.find("missing.json") != std::string::npos);
}

TEST_CASE("a user catalog in the data folder adds and overrides exercises")
{
    TempDir home;
    home.write("data/limber/catalog/mine.json", R"({"format": "limber-catalog", "version": 1, "exercises": [
        {"id": "desk-shrug", "name": "Desk shrug", "category": "posture", "areas": ["shoulders"],
         "position": "seated", "desk_friendly": true, "equipment": [], "mode": "reps",
         "dose": {"reps": 10, "tempo_seconds": 3}, "per_side": false, "difficulty": 1,
         "steps": ["Sit tall.", "Lift both shoulders.", "Let them drop."], "cautions": [], "sources": [],
         "regression": null, "progression": "shoulder-rolls"}]})");
    const auto result = cli(home, {"catalog", "show", "desk-shrug", "--json"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(json::parse(result.out)["progression"] == "shoulder-rolls");
}

TEST_CASE("a catalog given with --catalog replaces the built-in one")
{
    TempDir home;
    const auto result = cli(home, {"--catalog", testData("catalog/valid/minimal.json").string(), "catalog", "list", "--json"});
    REQUIRE(result.exitCode == 0);
    CHECK(json::parse(result.out).size() == 1);
    const auto broken = cli(home, {"--catalog", testData("catalog/invalid/truncated.json").string(), "catalog", "list"});
    CHECK(broken.exitCode == 3);
}

TEST_CASE("help and version succeed, and no command is a usage error")
{
    TempDir home;
    CHECK(cli(home, {"--help"}).exitCode == 0);
    CHECK(cli(home, {"catalog", "list", "--help"}).out.find("--desk") != std::string::npos);
    const auto version = cli(home, {"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.starts_with("limber-cli "));
    CHECK(cli(home, {}).exitCode == 2);
    CHECK(cli(home, {"catalog", "frobnicate"}).exitCode == 2);
}
