// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

class QLabel;
class QString;
class QWidget;

namespace limber::app {

// Makes `content` the whole of `page`, scrolling vertically when the window is too short for it.
void setScrollingContent(QWidget& page, QWidget* content);

// The heading of a section of a page ("Week by week").
QLabel* sectionLabel(const QString& text, QWidget* parent);

} // namespace limber::app
