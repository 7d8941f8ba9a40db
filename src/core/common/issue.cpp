// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/issue.h"

namespace limber {

std::string formatIssue(const Issue& issue, Translator translate)
{
    std::string line = issue.file;
    if (issue.line > 0) {
        line += ':' + std::to_string(issue.line) + ':' + std::to_string(issue.column);
    } else if (!issue.pointer.empty()) {
        line += ": " + issue.pointer;
    }
    line += ": ";
    if (issue.found.empty())
        return line + render(issue.message, translate);
    return line + render(fileProblem(QT_TRANSLATE_NOOP("FileProblem", "%1 (found %2)"), issue.message, issue.found), translate);
}

} // namespace limber
