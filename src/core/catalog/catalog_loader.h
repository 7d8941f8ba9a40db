// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/common/issue.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace limber {

// Parses and checks one catalog document (docs/formats.md). Every problem is reported, each with
// `fileLabel` and the JSON pointer of the value at fault; a document with any problem yields no catalog.
// Regression and progression ids may name exercises of `base` (the catalog this one will be layered on).
// Never throws.
Loaded<Catalog> parseCatalog(std::string_view text, std::string_view fileLabel, const Catalog* base = nullptr);

// Reads `path` (size, UTF-8 and JSON checked) and parses it as above. Never throws; never writes.
Loaded<Catalog> loadCatalogFile(const std::filesystem::path& path, const Catalog* base = nullptr);

// The catalog compiled into the program. Its validity is checked by the test suite, so a problem here
// is a build defect; it is still reported rather than ignored.
Loaded<Catalog> loadBuiltinCatalog();

// What the front ends use: the base catalog (the built-in one, or `replacement` when given) with every
// *.json file of `userDirectory` layered on it in name order. A user file with problems is left out and
// its issues are returned; a base catalog with problems yields an empty catalog and its issues.
struct LayeredCatalog {
    Catalog catalog;
    std::vector<Issue> issues;
    std::vector<std::filesystem::path> layeredFiles;
};
LayeredCatalog loadLayeredCatalog(const std::filesystem::path* replacement,
                                  const std::filesystem::path& userDirectory);

} // namespace limber
