// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "cli/commands.h"

#include "core/catalog/catalog.h"
#include "core/common/dates.h"
#include "core/common/issue.h"
#include "core/journal/journal.h"
#include "core/plan/plan.h"

#include <chrono>

#include <optional>
#include <string>

namespace limber::cli {

// 1 when a file could not be read at all, 3 when it was read but has problems.
int exitCodeFor(const std::vector<Issue>& issues);

// The catalog every command works on; problems in user catalogs are reported and those files skipped.
std::optional<Catalog> loadCatalog(Context& context, int& exitCode);

// The plan named by `argument`: a plan file if one exists at that path, otherwise the id of a built-in
// or user plan. Reports problems and sets `exitCode` (2 for an unknown id, 3 for an invalid file).
std::optional<Plan> findPlan(Context& context, const Catalog& catalog, const std::string& argument, int& exitCode);

// Prints a journal error as "limber-cli: PATH: what happened" and returns exit code 1.
int reportJournalError(Context& context, const JournalError& error);

// The journal of --journal, LIMBER_JOURNAL or the default path; on failure prints why and sets
// `exitCode` to 1.
std::optional<Journal> openJournal(Context& context, int& exitCode);

// A pain score as typed: a whole number from 0 to 10, nothing else.
std::optional<int> parsePainScore(std::string_view text);

// "2:05", "12:30", "1:02:00".
std::string clockText(std::chrono::nanoseconds duration);

} // namespace limber::cli
