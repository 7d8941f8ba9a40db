// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "cli/cli.h"

#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace limber::cli {

// What a command needs from the outside world, handed in so tests can run commands in-process.
struct Context {
    GlobalOptions options;
    std::ostream& out;
    std::ostream& err;
};

// The command chosen on the command line, run after parsing succeeds; returns the exit code.
using Action = std::function<int()>;

void addCatalogCommands(CLI::App& app, Context& context, Action& action);
void addJournalCommands(CLI::App& app, Context& context, Action& action);
void addPlanCommands(CLI::App& app, Context& context, Action& action);
void addPlayCommand(CLI::App& app, Context& context, Action& action);

} // namespace limber::cli
