// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_test_support.h"

#include "app/theme.h"
#include "app/translations.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace limber::test {

QApplication& application()
{
    static int argc = 1;
    static char name[] = "app_tests";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Settings the tests change go to a test location, never the developer's own, and one of this
        // process's own: ctest runs test cases in parallel processes, which would otherwise save and clear
        // each other's settings.
        static const QTemporaryDir home;
        qputenv("HOME", QFile::encodeName(home.path()));
        QStandardPaths::setTestModeEnabled(true);
        auto* created = new QApplication(argc, argv);
        limber::app::applyTheme(*created);
        limber::app::installTranslations(*created);
        return created;
    }();
    return *app;
}

} // namespace limber::test
