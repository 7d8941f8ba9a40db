// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/issue.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace limber::cli {

// One issue a line, `FILE: /pointer: what is wrong (found X)`.
void printIssues(std::ostream& err, const std::vector<Issue>& issues);

// Rows of cells as left-aligned columns separated by two spaces; widths count UTF-8 characters.
void printTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows);

} // namespace limber::cli
