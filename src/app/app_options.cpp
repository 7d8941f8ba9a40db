// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace limber::app {

std::optional<AppOptions> parseAppOptions(const QStringList& arguments, QString& error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Guided back-exercise sessions and a private pain journal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption journal(QStringLiteral("journal"), QCoreApplication::translate("main", "Use this journal file."), QStringLiteral("PATH"));
    const QCommandLineOption catalog(QStringLiteral("catalog"), QCoreApplication::translate("main", "Use this exercise catalog instead of the built-in one."), QStringLiteral("PATH"));
    const QCommandLineOption plan(QStringLiteral("plan"), QCoreApplication::translate("main", "Open the player on this plan (a plan file or a plan id)."), QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Render a page offscreen, save it as PNG and quit."), QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"), QCoreApplication::translate("main", "The page to show: library."), QStringLiteral("NAME"));
    const QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("main", "Print the wall-clock time (ns since the epoch) of the first painted frame and quit."));
    parser.addOptions({journal, catalog, plan, screenshot, page, benchmarkStartup});

    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        error = QCoreApplication::translate("main", "unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    return AppOptions{parser.value(journal), parser.value(catalog),    parser.value(plan),
                      parser.value(screenshot), parser.value(page), parser.isSet(benchmarkStartup)};
}

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

} // namespace limber::app
