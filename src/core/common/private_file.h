// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <filesystem>
#include <string>

namespace limber {

// Writes `content` to `path` through a temporary file in the same folder, fsync and a rename, so a reader
// never sees half a file and a failure leaves any earlier file as it was. The file is readable by its
// owner only (0600): exports hold health data. On failure returns false with `problem` set.
bool writeFileAtomically(const std::filesystem::path& path, const std::string& content, std::string& problem);

} // namespace limber
