// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <filesystem>

namespace limber {

// `$XDG_DATA_HOME/limber`, or `~/.local/share/limber` when XDG_DATA_HOME is unset or not absolute (as the
// XDG base-directory spec requires). Only computes the path; creates nothing.
std::filesystem::path dataDirectory();

// Where user catalogs live: `dataDirectory()/catalog`.
std::filesystem::path userCatalogDirectory();

// Where user plans live (imported or written by hand): `dataDirectory()/plans`.
std::filesystem::path userPlansDirectory();

} // namespace limber
