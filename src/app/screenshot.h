// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QString>

class QWidget;

namespace limber::app {

// Lays out and paints `window` as it would appear on screen and saves it as a PNG at `path`.
// Returns false, with `error` set, when the image cannot be written.
bool saveScreenshot(QWidget& window, const QString& path, QString& error);

} // namespace limber::app
