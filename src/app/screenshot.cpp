// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/screenshot.h"

#include <QApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace limber::app {

bool saveScreenshot(QWidget& window, const QString& path, QString& error)
{
    window.show();
    // Let pending layout and polish events run, so the picture matches a settled window.
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QImageWriter writer(path, "png");
    if (!writer.write(pixmap.toImage())) {
        error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace limber::app
