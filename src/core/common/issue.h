// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/message.h"

#include <optional>
#include <string>
#include <vector>

namespace limber {

enum class IssueCode {
    Unreadable,        // the file could not be opened or read
    TooLarge,          // over the size limit for its kind
    InvalidUtf8,       // a byte sequence that is not UTF-8
    SyntaxError,       // not JSON, or truncated
    WrongFormat,       // JSON, but not the expected kind of file
    UnsupportedVersion,
    MissingField,
    UnknownField,
    WrongType,
    OutOfRange,
    NotAllowed,        // a value outside an enumeration, or a pattern it must match
    Duplicate,
    DanglingReference,
    Conflict,          // fields that cannot go together
};

// One problem found in an input file. `pointer` is a JSON pointer ("/exercises/3/dose/reps", "" for the
// whole document); syntax and encoding problems have no pointer but a 1-based line and column instead.
struct Issue {
    IssueCode code = IssueCode::Unreadable;
    std::string file;
    std::string pointer;
    Message message; // what was expected, in plain words: "expected an integer from 1 to 50"
    Message found;   // the offending value, abbreviated; empty when there is none to show
    int line = 0;
    int column = 0;
};

// "FILE: /pointer: message (found X)" or "FILE:LINE:COLUMN: message (found X)": one line, no newline; in
// English, or through `translate`.
std::string formatIssue(const Issue& issue, Translator translate = nullptr);

// The words of an issue's messages: pass the literal marked QT_TRANSLATE_NOOP("FileProblem", …).
template <typename... Args>
Message fileProblem(const char* text, Args&&... args)
{
    return message("FileProblem", text, std::forward<Args>(args)...);
}

// A value produced by reading an input file: present only when the file had no issues at all.
template <typename T>
struct Loaded {
    std::optional<T> value;
    std::vector<Issue> issues;

    bool ok() const { return value.has_value(); }
};

} // namespace limber
