// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"
#include "core/common/issue.h"
#include "core/common/message.h"

#include <nlohmann/json.hpp>

#include <catch2/catch.hpp>

#include <cstring>

using namespace limber;

namespace {

// A stand-in for a translation: known templates of the "Test" and "FileProblem" scopes in capitals or
// German, anything else in English.
std::string fakeTranslation(const char* scope, const char* english)
{
    if (std::strcmp(scope, "Test") == 0 && std::strcmp(english, "%1 of %2") == 0)
        return "%2 HAS %1";
    if (std::strcmp(scope, "Test") == 0 && std::strcmp(english, "apples") == 0)
        return "APPLES";
    if (std::strcmp(scope, "FileProblem") == 0 && std::strcmp(english, "expected an integer from %1 to %2") == 0)
        return "erwartet wurde eine ganze Zahl von %1 bis %2";
    if (std::strcmp(scope, "FileProblem") == 0 && std::strcmp(english, "%1 (found %2)") == 0)
        return "%1 (gefunden: %2)";
    return english;
}

} // namespace

TEST_CASE("a message fills its template's markers with its arguments, each worded the same way")
{
    const Message count = message("Test", "%1 of %2", 3, message("Test", "apples"));
    CHECK(render(count) == "3 of apples");
    // A translation may reorder the markers; nested messages are translated too, verbatim text is not.
    CHECK(render(count, fakeTranslation) == "APPLES HAS 3");
    CHECK(render(message("Test", "%1 of %2", "apples", 3), fakeTranslation) == "3 HAS apples");
}

TEST_CASE("a message's arguments are put in once: markers inside them, or without an argument, stay as they are")
{
    CHECK(render(message("Test", "%1 and %2", "%2", "50%")) == "%2 and 50%");
    CHECK(render(message("Test", "%1, %2 and %3", "a")) == "a, %2 and %3");
    CHECK(render(message("Test", "100% sure, %1", "yes")) == "100% sure, yes");
    CHECK(render(verbatim("%1 stays")) == "%1 stays");
}

TEST_CASE("a message kept as JSON reads back equal, and JSON of another shape is refused")
{
    const Message kept = message("Test", "%1 of %2", 3, message("Test", "apples"));
    const auto read = messageFromJson(nlohmann::json::parse(toJson(kept).dump()));
    REQUIRE(read);
    CHECK(*read == kept);
    CHECK(messageFromJson(toJson(verbatim("as it is"))) == verbatim("as it is"));

    CHECK_FALSE(messageFromJson(nlohmann::json("just text")));
    CHECK_FALSE(messageFromJson(nlohmann::json{{"scope", "Test"}}));
    CHECK_FALSE(messageFromJson(nlohmann::json{{"text", 3}}));
    CHECK_FALSE(messageFromJson(nlohmann::json{{"text", "%1"}, {"args", "not a list"}}));
    CHECK_FALSE(messageFromJson(nlohmann::json{{"text", "%1"}, {"args", {{{"text", false}}}}}));

    // Nesting far beyond any real message is refused rather than followed.
    nlohmann::json deep = {{"text", "x"}};
    for (int i = 0; i < 100; ++i)
        deep = {{"text", "%1"}, {"scope", "Test"}, {"args", nlohmann::json::array({deep})}};
    CHECK_FALSE(messageFromJson(deep));
}

TEST_CASE("a file problem reads in the person's language, with the place and the value found as they are")
{
    const std::string text = R"({"format": "limber-catalog", "version": 1, "exercises": [
        {"id": "chin-tuck", "name": "Chin tuck", "category": "posture", "areas": ["neck"], "position": "seated",
         "desk_friendly": true, "equipment": [], "mode": "hold", "dose": {"hold_seconds": 5, "reps": 500},
         "per_side": false, "difficulty": 1, "steps": ["Sit tall."], "cautions": [], "sources": ["CSP"]}]})";
    const auto loaded = parseCatalog(text, "mine.json");
    REQUIRE(loaded.issues.size() == 1);
    CHECK(formatIssue(loaded.issues[0]) == "mine.json: /exercises/0/dose/reps: expected an integer from 1 to 50 (found 500)");
    CHECK(formatIssue(loaded.issues[0], fakeTranslation)
          == "mine.json: /exercises/0/dose/reps: erwartet wurde eine ganze Zahl von 1 bis 50 (gefunden: 500)");
}
