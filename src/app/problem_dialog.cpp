// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/problem_dialog.h"

#include "app/labels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace limber::app {

FileProblemsDialog::FileProblemsDialog(const QString& summary, const std::vector<Issue>& issues, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fileProblemsDialog"));
    setWindowTitle(tr("Problems in a file"));
    setMinimumWidth(620);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* heading = new QLabel(summary, this);
    heading->setObjectName(QStringLiteral("problemSummary"));
    heading->setWordWrap(true);
    heading->setProperty("role", QStringLiteral("question"));
    auto* count = new QLabel(tr("%n problem(s) found. The file was left as it is; fix these and try again.", nullptr,
                                static_cast<int>(issues.size())),
                             this);
    count->setObjectName(QStringLiteral("problemCount"));
    count->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    for (const Issue& issue : issues)
        m_list->addItem(issueText(issue));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(heading);
    layout->addWidget(count);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void showFileProblems(QWidget* parent, const QString& summary, const std::vector<Issue>& issues)
{
    FileProblemsDialog dialog(summary, issues, parent);
    dialog.exec();
}

} // namespace limber::app
