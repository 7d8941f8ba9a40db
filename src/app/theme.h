// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QColor>

class QApplication;

namespace limber::app {

// The colours of Limber's look, light or dark.
struct ThemeColors {
    bool dark = false;
    QColor window, panel, base, text, muted, accent, accentHover, border, sidebar, sidebarHover, sidebarText,
        cautionBackground, cautionText, cautionBorder, doseCard, caption, track;
};

// Limber's calm look: the Fusion style with a warm palette and a small style sheet, the same on every
// desktop so screenshots and the user guide match what people see. It is dark when the desktop's palette
// is dark (or LIMBER_THEME=dark), light otherwise; fonts keep the system's size, scaled a little up.
void applyTheme(QApplication& app);

// The colours applyTheme chose, for widgets that paint or write rich text themselves.
const ThemeColors& themeColors();

} // namespace limber::app
