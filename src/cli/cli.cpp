// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/cli.h"

#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <ostream>

namespace limber::cli {

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
    Context context{{}, out, err};
    Action action;

    CLI::App app{"Limber: guided back-exercise sessions and a private pain journal.", "limber-cli"};
    app.set_version_flag("--version", std::string{"limber-cli "} + LIMBER_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.option_defaults()->always_capture_default(false);
    app.add_option("--journal", context.options.journal, "Journal file (default: $XDG_DATA_HOME/limber/journal.sqlite3)")
        ->envname("LIMBER_JOURNAL");
    app.add_option("--catalog", context.options.catalog, "Use this catalog file instead of the built-in one");

    addCatalogCommands(app, context, action);
    addJournalCommands(app, context, action);
    addPlanCommands(app, context, action);
    addPlayCommand(app, context, action);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return ExitOk;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return ExitOk;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << '\n';
        return ExitOk;
    } catch (const CLI::ParseError& error) {
        err << "limber-cli: " << error.what() << "\nRun 'limber-cli --help' for usage.\n";
        return ExitUsage;
    }
    return action ? action() : ExitUsage;
}

} // namespace limber::cli
