// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog_loader.h"
#include "core/common/dates.h"

#include <catch2/catch.hpp>

#include <string_view>

namespace limber::test {

// The built-in catalog, loaded once per test program.
inline const Catalog& builtinCatalog()
{
    static const Catalog catalog = *loadBuiltinCatalog().value;
    return catalog;
}

// "2026-11-23" as a date; a typo in a test fails the test instead of giving a zero date.
inline LocalDate date(std::string_view text)
{
    const auto parsed = parseDate(text);
    REQUIRE(parsed);
    return *parsed;
}

} // namespace limber::test
