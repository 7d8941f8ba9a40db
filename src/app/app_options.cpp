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
    const QCommandLineOption page(QStringLiteral("page"), QCoreApplication::translate("main", "The page to show: today, plans, library, player, journal (for --screenshot also log-pain, plan-editor, settings, reminder)."), QStringLiteral("NAME"));
    const QCommandLineOption background(QStringLiteral("background"), QCoreApplication::translate("main", "Start in the tray without a window (as at login), where there is a tray."));
    const QCommandLineOption contactSheet(QStringLiteral("contact-sheet"), QCoreApplication::translate("main", "Draw every exercise's key poses on one sheet, save it as PNG and quit."), QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("main", "The window size for --screenshot, e.g. 1180x2400."), QStringLiteral("WxH"));
    const QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("main", "Print the wall-clock time (ns since the epoch) of the first painted frame and quit."));
    parser.addOptions({journal, catalog, plan, screenshot, page, size, background, contactSheet, benchmarkStartup});
    parser.addPositionalArgument(QStringLiteral("PLAN-FILE"),
                                 QCoreApplication::translate("main", "A plan file to import into your plans (as when opened from the file manager)."),
                                 QStringLiteral("[PLAN-FILE]"));

    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.positionalArguments().size() > 1) {
        error = QCoreApplication::translate("main", "unexpected argument: %1").arg(parser.positionalArguments().at(1));
        return std::nullopt;
    }
    QSize windowSize;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        const int width = parts.size() == 2 ? parts[0].toInt() : 0;
        const int height = parts.size() == 2 ? parts[1].toInt() : 0;
        if (width < 200 || height < 200 || width > 8000 || height > 8000) {
            error = QCoreApplication::translate("main", "--size %1: expected WIDTHxHEIGHT, each 200 to 8000 pixels").arg(parser.value(size));
            return std::nullopt;
        }
        windowSize = QSize(width, height);
    }
    return AppOptions{parser.value(journal),    parser.value(catalog), parser.value(plan),
                      parser.value(screenshot), parser.value(page),    windowSize,
                      parser.isSet(benchmarkStartup), parser.positionalArguments().value(0),
                      parser.isSet(background), parser.value(contactSheet)};
}

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0 ||
            std::strcmp(argv[i], "--contact-sheet") == 0 || std::strncmp(argv[i], "--contact-sheet=", 16) == 0)
            return true;
    }
    return false;
}

} // namespace limber::app
