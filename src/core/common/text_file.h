// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/issue.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace limber {

// Input files larger than this are refused before parsing: a catalog of 10,000 exercises is well under it.
inline constexpr std::size_t maxInputFileBytes = 32u * 1024u * 1024u;

// Whether readTextFile checks the encoding itself; the JSON parser checks UTF-8 as it goes, so JSON
// readers skip a second pass over large files.
enum class Utf8Check { Check, LeaveToParser };

// Spare capacity readTextFile leaves after the text, so that a JSON parser can read ahead past the end
// without copying the text first (simdjson needs 64 bytes).
inline constexpr std::size_t textPaddingBytes = 64;

// Reads a whole file as text. Fails (Unreadable, TooLarge, InvalidUtf8) with an issue naming `path`;
// never throws. A UTF-8 byte-order mark is dropped.
Loaded<std::string> readTextFile(const std::filesystem::path& path, Utf8Check checkEncoding = Utf8Check::Check,
                                 std::size_t maxBytes = maxInputFileBytes);

// Checks that `text` is well-formed UTF-8; on failure returns an InvalidUtf8 issue with line and column.
std::optional<Issue> checkUtf8(std::string_view text, std::string_view fileLabel);

// 1-based line and column (in bytes) of a byte offset, for messages.
std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset);

} // namespace limber
