// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/documents.h"

#include "app/labels.h"
#include "core/common/private_file.h"
#include "core/plan/plan_writer.h"

#include <QFile>
#include <QObject>
#include <QPdfWriter>
#include <QTextDocument>

namespace limber::app {
namespace {

QString listOf(const std::vector<std::string>& lines, const char* tag)
{
    QString list = QStringLiteral("<%1>").arg(QLatin1String(tag));
    for (const std::string& line : lines)
        list += QStringLiteral("<li>%1</li>").arg(html(line));
    return list + QStringLiteral("</%1>").arg(QLatin1String(tag));
}

} // namespace

bool writePlanFile(const QString& path, const Plan& plan, const Catalog& catalog, QString& error)
{
    std::string failure;
    if (writeFileAtomically(path.toStdString(), toJson(plan, catalog).dump(2) + '\n', failure))
        return true;
    error = QObject::tr("Could not write %1: %2").arg(path, QString::fromStdString(failure));
    return false;
}

bool writePdf(const QString& path, QTextDocument& document, const QString& title, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Limber"));
        document.print(&writer);
    }
    if (!file.flush() || file.size() == 0) {
        error = QObject::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writePlanHandout(const QString& path, const Plan& plan, QString& error)
{
    QString body = QStringLiteral("<h1>%1</h1>").arg(html(plan.title));
    QStringList facts;
    if (!plan.assignedBy.empty())
        facts << QObject::tr("From %1").arg(html(plan.assignedBy));
    if (plan.schedule) {
        facts << scheduleLabel(*plan.schedule);
    } else {
        facts << QObject::tr("A routine: whenever you need a break");
    }
    body += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!plan.summary.empty())
        body += QStringLiteral("<p>%1</p>").arg(html(plan.summary));
    if (!plan.notes.empty())
        body += QStringLiteral("<p><b>%1</b> %2</p>").arg(QObject::tr("Notes:"), html(plan.notes));
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const PlanItem& item = plan.items[i];
        const Exercise& exercise = item.exercise;
        body += QStringLiteral("<h2>%1. %2</h2><p><b>%3</b></p>")
                    .arg(i + 1)
                    .arg(html(exercise.name), doseLabel(exercise).toHtmlEscaped());
        if (!item.note.empty())
            body += QStringLiteral("<p><i>%1</i></p>").arg(html(item.note));
        body += listOf(exercise.steps, "ol");
        if (!exercise.cautions.empty())
            body += QStringLiteral("<p><b>%1</b></p>").arg(QObject::tr("Take care")) + listOf(exercise.cautions, "ul");
    }
    body += QStringLiteral("<p style='color:#666'>%1</p>")
                .arg(QObject::tr("Stop and get advice if pain becomes sharp, spreads into a leg, or comes with numbness, "
                                 "weakness or changes in bladder or bowel control. Mild discomfort that settles by "
                                 "the next morning is normal when starting to exercise."));
    QTextDocument document;
    document.setHtml(body);
    return writePdf(path, document, plan.title.empty() ? QObject::tr("Exercise plan") : QString::fromStdString(plan.title), error);
}

} // namespace limber::app
