// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/json_checker.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

using namespace limber;

TEST_CASE("sameName agrees with string comparison for every length and every differing byte", "[json]")
{
    for (std::size_t size = 0; size <= 40; ++size) {
        std::string a;
        for (std::size_t i = 0; i < size; ++i)
            a += static_cast<char>('a' + i % 26);
        INFO(a);
        std::string b = a;
        CHECK(sameName(a, b));
        for (std::size_t i = 0; i < size; ++i) {
            b = a;
            b[i] = '-';
            INFO(b);
            CHECK_FALSE(sameName(a, b));
        }
        CHECK_FALSE(sameName(a, a + "x"));
        CHECK_FALSE(sameName(a + "x", a));
    }
    // Only the bytes inside the names count, not what follows them in memory.
    const std::string_view longer = "hip-left-out";
    CHECK(sameName(longer.substr(0, 8), "hip-left"));
    CHECK(sameName(longer.substr(0, 5), "hip-l"));
}

TEST_CASE("findNameFrom finds a name wherever the search starts, and reports one that is absent", "[json]")
{
    const std::array<std::string_view, 4> names{"id", "name", "summary", "figure"};
    const auto nameAt = [&names](std::size_t index) { return names[index]; };
    for (std::size_t start = 0; start <= names.size(); ++start) {
        INFO(start);
        for (std::size_t i = 0; i < names.size(); ++i)
            CHECK(findNameFrom(nameAt, names.size(), names[i], start) == i);
        CHECK(findNameFrom(nameAt, names.size(), "steps", start) == names.size());
    }
    CHECK(findNameFrom(nameAt, 0, "id", 0) == 0);
}

TEST_CASE("fields finds keys in any order and reports unknown and repeated keys where they are", "[json]")
{
    simdjson::dom::parser parser;
    std::vector<Issue> issues;
    const auto document =
        parseJson(parser, std::string_view{R"({"c": 3, "b": 2, "x": 0, "a": 1, "c": 4})"}, "test.json", issues);
    REQUIRE(document);
    JsonChecker check("test.json", issues);
    const JsonFields fields = check.fields(*document, JsonPath{}, {"a", "b", "c"});
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].code == IssueCode::UnknownField);
    CHECK(issues[0].pointer == "/x");
    CHECK(issues[1].code == IssueCode::Duplicate);
    CHECK(issues[1].pointer == "/c");
    // Read out of order too, and more than once.
    for (const std::string_view name : {"c", "a", "b", "a", "c"})
        CHECK(fields[name].has_value());
    CHECK(fields["c"]->get_int64().value() == 4);
    CHECK(fields["a"]->get_int64().value() == 1);
    CHECK_FALSE(fields["x"].has_value());
    CHECK(fields.at(1)->get_int64().value() == 2);
}
