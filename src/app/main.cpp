// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/app_options.h"
#include "app/catalog_source.h"
#include "app/main_window.h"
#include "app/problem_dialog.h"
#include "app/screenshot.h"
#include "app/theme.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

using namespace limber::app;

int main(int argc, char** argv)
{
    if (wantsScreenshot(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber"));
    QApplication::setApplicationDisplayName(QStringLiteral("Limber"));
    QApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("limber"));
    applyTheme(app);

    QString error;
    const auto options = parseAppOptions(QApplication::arguments(), error);
    if (!options) {
        std::fprintf(stderr, "limber: %s\nRun 'limber --help' for usage.\n", qPrintable(error));
        return 2;
    }

    const AppCatalog catalog = loadAppCatalog(options->catalog);
    MainWindow window;
    window.setCatalog(catalog.catalog);
    if (!options->page.isEmpty() && !window.showPage(options->page)) {
        std::fprintf(stderr, "limber: no page named '%s' (pages: %s)\n", qPrintable(options->page),
                     qPrintable(MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }

    const QString catalogProblem = options->catalog.isEmpty() || catalog.catalog->empty()
                                       ? QObject::tr("Some of your exercise files could not be loaded.")
                                       : QObject::tr("Some exercise files could not be loaded; Limber is showing the "
                                                     "exercises it could read.");
    if (!options->screenshot.isEmpty()) {
        for (const auto& issue : catalog.issues)
            std::fprintf(stderr, "%s\n", limber::formatIssue(issue).c_str());
        if (!saveScreenshot(window, options->screenshot, error)) {
            std::fprintf(stderr, "limber: cannot save %s: %s\n", qPrintable(options->screenshot), qPrintable(error));
            return 1;
        }
        return 0;
    }

    window.show();
    if (!catalog.issues.empty()) {
        QTimer::singleShot(0, &window, [&] { showFileProblems(&window, catalogProblem, catalog.issues); });
    }
    return QApplication::exec();
}
