// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/enum_names.h"

#include <CLI/CLI.hpp>

namespace limber::cli {

// Accepts exactly the spellings of an enum and, for anything else, says which they are (a usage error).
template <typename Enum>
CLI::Validator enumValidator()
{
    return CLI::Validator(
        [](std::string& value) {
            return enumFromString<Enum>(value) ? std::string{} : "expected one of: " + enumNameList<Enum>();
        },
        "{" + enumNameList<Enum>() + "}");
}

} // namespace limber::cli
