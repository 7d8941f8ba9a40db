// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/problem_dialog.h"

#include <QMessageBox>

namespace limber::app {

void showFileProblems(QWidget* parent, const QString& summary, const std::vector<Issue>& issues)
{
    QStringList lines;
    for (const Issue& issue : issues)
        lines << QString::fromStdString(formatIssue(issue));
    QMessageBox box(QMessageBox::Warning, QObject::tr("Limber"), summary, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("fileProblemsDialog"));
    box.setInformativeText(QObject::tr("%1 problem(s) found. The files were left as they are; fix them and restart "
                                       "Limber to use them.")
                               .arg(issues.size()));
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace limber::app
