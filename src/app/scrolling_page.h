// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

class QWidget;

namespace limber::app {

// Makes `content` the whole of `page`, scrolling vertically when the window is too short for it.
void setScrollingContent(QWidget& page, QWidget* content);

} // namespace limber::app
