// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "support/process.h"
#include "support/temp_dir.h"

#include <QImage>

#include <catch2/catch.hpp>

using limber::test::TempDir;

namespace {

limber::test::ProcessResult runApp(const TempDir& home, const std::vector<std::string>& arguments)
{
    return limber::test::runProcess(LIMBER_APP_PATH, arguments,
                                    {{"XDG_DATA_HOME", (home.path() / "data").string()},
                                     {"XDG_CONFIG_HOME", (home.path() / "config").string()},
                                     {"HOME", home.path().string()},
                                     {"QT_QPA_PLATFORM", "offscreen"}});
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
