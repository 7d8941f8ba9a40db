// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/text_file.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace limber;

TEST_CASE("well-formed UTF-8 passes, including multi-byte characters")
{
    CHECK_FALSE(checkUtf8("plain ASCII, long enough to take the fast path", "f"));
    CHECK_FALSE(checkUtf8("Überkopf-Dehnung – 30 s ✓ 🧘", "f"));
}

TEST_CASE("malformed UTF-8 is found with its line and column")
{
    struct Case {
        std::string text;
        int line;
        int column;
    };
    const std::vector<Case> cases{
        {"ab\n\xff", 2, 1},                  // a byte that never starts a character
        {"abc\xC0\x80", 1, 4},               // overlong encoding of NUL
        {"\xED\xA0\x80", 1, 1},              // a UTF-16 surrogate
        {"x\n\ny\xE2\x82", 3, 2},            // truncated at the end
        {"\xF4\x90\x80\x80", 1, 1},          // past U+10FFFF
        {"12345678\x80", 1, 9},              // a stray continuation byte after the fast path
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto issue = checkUtf8(c.text, "f.json");
        REQUIRE(issue);
        CHECK(issue->code == IssueCode::InvalidUtf8);
        CHECK(issue->line == c.line);
        CHECK(issue->column == c.column);
    }
}

TEST_CASE("a byte-order mark is dropped when reading a file")
{
    limber::test::TempDir dir;
    const auto file = dir.write("bom.json", "\xEF\xBB\xBF{}");
    const auto text = readTextFile(file);
    REQUIRE(text.ok());
    CHECK(*text.value == "{}");
}
