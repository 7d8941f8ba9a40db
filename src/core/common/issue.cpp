// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/issue.h"

namespace limber {

std::string formatIssue(const Issue& issue)
{
    std::string line = issue.file;
    if (issue.line > 0) {
        line += ':' + std::to_string(issue.line) + ':' + std::to_string(issue.column);
    } else if (!issue.pointer.empty()) {
        line += ": " + issue.pointer;
    }
    line += ": " + issue.message;
    if (!issue.found.empty())
        line += " (found " + issue.found + ")";
    return line;
}

} // namespace limber
