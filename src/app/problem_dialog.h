// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/issue.h"

#include <QString>

#include <vector>

class QWidget;

namespace limber::app {

// Tells the user that some input files had problems, listing each one with its file and place, and what
// Limber did instead. The files themselves are never changed.
void showFileProblems(QWidget* parent, const QString& summary, const std::vector<Issue>& issues);

} // namespace limber::app
