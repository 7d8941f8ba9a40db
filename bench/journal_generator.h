// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"

#include <filesystem>

namespace limber::bench {

struct JournalSize {
    int days = 3650;           // ten years of daily use
    int painPerDay = 2;        // 7,300 pain entries
    int resultsPerSession = 10; // one session a day: 3,650 sessions, 36,500 exercise results
};

// Writes a journal of `size` ending on `lastDay` (with a weekly PEG and a plan renewed every half year) to `path` (which must not exist yet), through the
// Journal API in one transaction, with deterministic pseudo-random scores and doses. Returns false on
// failure.
bool generateJournal(const std::filesystem::path& path, JournalSize size, LocalDate lastDay);

} // namespace limber::bench
