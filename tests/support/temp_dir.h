// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <filesystem>
#include <string_view>

namespace limber::test {

// A fresh folder under the system temp directory, removed with everything in it on destruction, so
// every test has data of its own and parallel ctest runs never share state.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path write(std::string_view name, std::string_view content) const;

private:
    std::filesystem::path m_path;
};

std::filesystem::path testData(std::string_view relative);
std::string readFile(const std::filesystem::path& path);

} // namespace limber::test
