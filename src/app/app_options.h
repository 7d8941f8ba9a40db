// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber::app {

struct AppOptions {
    QString journal;
    QString catalog;
    QString plan;
    QString screenshot; // render offscreen, save this PNG, quit
    QString page;       // the page to show first (and to capture)
    QSize size;         // the window's size for a screenshot; invalid: the usual size
    bool benchmarkStartup = false; // print when the first frame was painted, then quit
    QString importPlan;            // a plan file to import (opened from the file manager)
    bool background = false;       // start in the tray, without the window
    QString contactSheet;          // draw every exercise's key poses into this PNG, then quit
};

// Parses the app's command line; on a usage error returns nullopt and sets `error` to the message.
std::optional<AppOptions> parseAppOptions(const QStringList& arguments, QString& error);

// True when the raw arguments ask for a screenshot: checked before QApplication exists, so that the
// offscreen platform can be chosen and no window ever flashes on screen.
bool wantsScreenshot(int argc, char** argv);

} // namespace limber::app
