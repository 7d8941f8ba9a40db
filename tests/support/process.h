// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace limber::test {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `program` with `arguments`, the environment of the test plus `environment` (an empty value unsets
// the variable), and standard input closed; waits for it and returns what it printed.
ProcessResult runProcess(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

} // namespace limber::test
