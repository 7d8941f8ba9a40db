// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

class QApplication;

namespace limber::app {

// Limber's calm look: the Fusion style with a warm light palette and a small style sheet, the same on
// every desktop so screenshots and the user guide match what people see.
void applyTheme(QApplication& app);

} // namespace limber::app
