// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <span>
#include <string_view>

namespace limber {

struct BuiltinPlanText {
    std::string_view fileName;
    std::string_view json;
};

// The texts of data/plans/*.json as they were at build time, in file-name order.
std::span<const BuiltinPlanText> builtinPlanTexts();

inline constexpr std::string_view builtinPlansLabel = "<built-in plans>";

} // namespace limber
