// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/issue.h"

#include <QDialog>
#include <QString>

#include <vector>

class QListWidget;

namespace limber::app {

// Lists the problems found in input files, each with its file, its place in the file (a JSON pointer) and
// what is wrong, under a summary of what Limber did instead. The files themselves are never changed.
class FileProblemsDialog : public QDialog {
    Q_OBJECT

public:
    FileProblemsDialog(const QString& summary, const std::vector<Issue>& issues, QWidget* parent = nullptr);

    QListWidget* problemList() const { return m_list; }

private:
    QListWidget* m_list = nullptr;
};

// The dialog, modal, for problems found at start-up.
void showFileProblems(QWidget* parent, const QString& summary, const std::vector<Issue>& issues);

} // namespace limber::app
