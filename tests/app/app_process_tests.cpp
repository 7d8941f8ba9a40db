// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "support/process.h"
#include "support/temp_dir.h"

#include <QImage>

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

using limber::test::TempDir;

namespace {

std::map<std::string, std::string> appEnvironment(const TempDir& home)
{
    const auto runtime = home.path() / "run";
    std::filesystem::create_directories(runtime);
    std::filesystem::permissions(runtime, std::filesystem::perms::owner_all);
    return {{"XDG_DATA_HOME", (home.path() / "data").string()},
            {"XDG_CONFIG_HOME", (home.path() / "config").string()},
            {"XDG_RUNTIME_DIR", runtime.string()},
            {"HOME", home.path().string()},
            {"LIMBER_JOURNAL", (home.path() / "journal.sqlite3").string()},
            {"QT_QPA_PLATFORM", "offscreen"}};
}

limber::test::ProcessResult runApp(const TempDir& home, const std::vector<std::string>& arguments)
{
    return limber::test::runProcess(LIMBER_APP_PATH, arguments, appEnvironment(home));
}

// Waits up to ten seconds for `done`, checking every 50 ms.
template <typename Done>
bool eventually(Done done)
{
    for (int i = 0; i < 200 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    return done();
}

} // namespace

TEST_CASE("limber --screenshot renders the library page to a PNG and quits")
{
    TempDir home;
    const auto file = home.path() / "library.png";
    const auto result = runApp(home, {"--screenshot", file.string(), "--page", "library"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const QImage image(QString::fromStdString(file.string()));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1000);
    CHECK(image.height() >= 600);
}

TEST_CASE("limber refuses an unknown page or option with a usage error")
{
    TempDir home;
    const auto page = runApp(home, {"--screenshot", (home.path() / "x.png").string(), "--page", "nowhere"});
    CHECK(page.exitCode == 2);
    CHECK(page.err.find("nowhere") != std::string::npos);
    CHECK(runApp(home, {"--no-such-option"}).exitCode == 2);
}

TEST_CASE("an invalid --catalog is reported and the app falls back to the built-in catalog")
{
    TempDir home;
    const auto broken = home.write("broken.json", R"({"format": "limber-catalog", "version": 1, "exercises": [{"id": 5}]})");
    const auto result = runApp(home, {"--catalog", broken.string(), "--screenshot", (home.path() / "x.png").string()});
    CHECK(result.exitCode == 0);
    CHECK(result.err.find("broken.json: /exercises/0/id") != std::string::npos);
}

TEST_CASE("a second start hands a plan file to the running limber, which imports it, and then quits")
{
    TempDir home;
    const auto environment = appEnvironment(home);
    const pid_t first = ::fork();
    REQUIRE(first >= 0);
    if (first == 0) {
        for (const auto& [name, value] : environment)
            ::setenv(name.c_str(), value.c_str(), 1);
        ::execl(LIMBER_APP_PATH, LIMBER_APP_PATH, static_cast<char*>(nullptr));
        ::_exit(127);
    }
    const auto runtime = home.path() / "run";
    const auto listening = [&] {
        for (const auto& entry : std::filesystem::directory_iterator{runtime}) {
            if (entry.path().filename().string().starts_with("limber-"))
                return true;
        }
        return false;
    };
    CHECK(eventually(listening));

    const auto plan = std::filesystem::path{LIMBER_SOURCE_DIR} / "docs" / "examples" / "physio-plan.json";
    const auto started = std::chrono::steady_clock::now();
    // Under `timeout`: a start that does not hand over would run on and fail the test, not hang it.
    const auto handOver = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), {"20", LIMBER_APP_PATH});
        return limber::test::runProcess("/usr/bin/timeout", arguments, environment);
    };
    const auto second = handOver({plan.string()});
    CHECK(second.exitCode == 0);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds{5});
    const auto imported = home.path() / "data" / "limber" / "plans" / "lower-back-with-sam.json";
    CHECK(eventually([&] { return std::filesystem::exists(imported); }));
    CHECK(handOver({}).exitCode == 0); // only brings the running window forward

    ::kill(first, SIGTERM);
    int status = 0;
    ::waitpid(first, &status, 0);
}

TEST_CASE("limber --contact-sheet draws every exercise's key poses into a PNG")
{
    TempDir home;
    const auto sheet = home.path() / "sheet.png";
    const auto catalog = std::filesystem::path{LIMBER_TEST_DATA_DIR} / "catalog" / "valid" / "figure.json";
    const auto result = runApp(home, {"--catalog", catalog.string(), "--contact-sheet", sheet.string()});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    const QImage image(QString::fromStdString(sheet.string()));
    REQUIRE_FALSE(image.isNull());
    // Something is drawn in each of the two pose cells: pixels that differ from the background.
    const QRgb background = image.pixel(image.width() - 1, image.height() - 1);
    for (int cell = 0; cell < 2; ++cell) {
        int drawn = 0;
        for (int y = 40; y < 210; ++y) {
            for (int x = cell * 180 + 6; x < cell * 180 + 174; ++x)
                drawn += image.pixel(x, y) != background ? 1 : 0;
        }
        CHECK(drawn > 500);
    }
}
