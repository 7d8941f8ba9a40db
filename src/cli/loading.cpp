// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/loading.h"

#include "cli/output.h"

#include "core/catalog/catalog_loader.h"
#include "core/common/paths.h"
#include "core/plan/plan_loader.h"

#include <charconv>
#include <cstdio>
#include <ostream>

namespace limber::cli {

int exitCodeFor(const std::vector<Issue>& issues)
{
    const bool unreadable = std::any_of(issues.begin(), issues.end(), [](const Issue& issue) {
        return issue.code == IssueCode::Unreadable;
    });
    return unreadable ? ExitRuntimeError : ExitInvalidInput;
}

std::optional<Catalog> loadCatalog(Context& context, int& exitCode)
{
    const std::filesystem::path* replacement = context.options.catalog ? &*context.options.catalog : nullptr;
    auto layered = loadLayeredCatalog(replacement, userCatalogDirectory());
    printIssues(context.err, layered.issues);
    if (!layered.issues.empty() && layered.catalog.empty()) {
        exitCode = exitCodeFor(layered.issues);
        return std::nullopt;
    }
    return std::move(layered.catalog);
}

std::optional<Plan> findPlan(Context& context, const Catalog& catalog, const std::string& argument, int& exitCode)
{
    std::error_code error;
    if (std::filesystem::is_regular_file(argument, error)) {
        auto loaded = loadPlanFile(argument, catalog);
        if (!loaded.ok()) {
            printIssues(context.err, loaded.issues);
            exitCode = exitCodeFor(loaded.issues);
            return std::nullopt;
        }
        return std::move(*loaded.value);
    }
    for (auto& source : findPlans(catalog, userPlansDirectory())) {
        if (source.plan.ok() && source.plan.value->id == argument)
            return std::move(*source.plan.value);
    }
    context.err << "limber-cli: no plan file or plan id '" << argument
                << "'\nRun 'limber-cli plan list' to see the plans.\n";
    exitCode = ExitUsage;
    return std::nullopt;
}

int reportJournalError(Context& context, const JournalError& error)
{
    context.err << "limber-cli: " << formatJournalError(error) << '\n';
    return ExitRuntimeError;
}

std::optional<Journal> openJournal(Context& context, int& exitCode)
{
    const std::filesystem::path path = context.options.journal ? *context.options.journal : defaultJournalPath();
    auto opened = Journal::open(path);
    if (!opened.ok()) {
        exitCode = reportJournalError(context, opened.error());
        return std::nullopt;
    }
    return std::move(opened.value());
}

std::optional<int> parsePainScore(std::string_view text)
{
    int score = -1;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), score);
    const bool whole = failure == std::errc{} && end == text.data() + text.size();
    return whole && score >= minPainScore && score <= maxPainScore ? std::optional{score} : std::nullopt;
}

std::string clockText(std::chrono::nanoseconds duration)
{
    const auto total = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    char buffer[32];
    if (total >= 3600)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(total / 3600),
                      static_cast<long long>(total / 60 % 60), static_cast<long long>(total % 60));
    else
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld", static_cast<long long>(total / 60),
                      static_cast<long long>(total % 60));
    return buffer;
}

} // namespace limber::cli
