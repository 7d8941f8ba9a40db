// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <filesystem>
#include <iosfwd>
#include <optional>

namespace limber::cli {

// Exit codes, as documented in docs/cli.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitRuntimeError = 1, // a file could not be read or written
    ExitUsage = 2,        // bad arguments, unknown ids
    ExitInvalidInput = 3, // an input file has problems
};

// Options every command accepts.
struct GlobalOptions {
    std::optional<std::filesystem::path> journal;
    std::optional<std::filesystem::path> catalog;
};

// Runs `limber-cli` with the given arguments; results go to `out`, messages to `err`.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace limber::cli
