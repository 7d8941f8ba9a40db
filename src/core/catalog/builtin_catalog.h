// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <string_view>

namespace limber {

// The text of data/catalog/exercises.json as it was at build time; valid for the life of the program.
std::string_view builtinCatalogJson();

// The label that messages about the built-in catalog use in place of a file name.
inline constexpr std::string_view builtinCatalogLabel = "<built-in catalog>";

} // namespace limber
