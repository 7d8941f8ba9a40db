// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/physio_report.h"

#include "app/documents.h"
#include "app/labels.h"
#include "app/qt_dates.h"
#include "core/journal/adherence.h"
#include "core/journal/reports.h"

#include <nlohmann/json.hpp>

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QUrl>

#include <cmath>
#include <map>

namespace limber::app {
namespace {

QString dateText(LocalDate date)
{
    return QLocale().toString(toQDate(date), QLocale::LongFormat);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

bool inPeriod(LocalDate date, const PhysioReportInput& input)
{
    return date >= input.from && date <= input.to;
}

// Pain day by day (grey dots) and its 7-day mean (a line), on a 0–10 scale, drawn for print.
QImage painChart(const PhysioReportInput& input, const JournalReport& report)
{
    QImage image(1600, 520, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(90, 30, 1480, 420);
    const int days = std::max(1, daysBetween(input.from, input.to));
    const auto x = [&](LocalDate date) { return plot.left() + plot.width() * daysBetween(input.from, date) / days; };
    const auto y = [&](double score) { return plot.bottom() - plot.height() * score / 10.0; };
    QFont font = painter.font();
    font.setPixelSize(24);
    painter.setFont(font);
    for (int score = 0; score <= 10; score += 2) {
        painter.setPen(QPen(QColor(0xe3, 0xe0, 0xd8), 2));
        painter.drawLine(QPointF(plot.left(), y(score)), QPointF(plot.right(), y(score)));
        painter.setPen(QColor(0x55, 0x5b, 0x60));
        painter.drawText(QRectF(0, y(score) - 16, 70, 32), Qt::AlignRight | Qt::AlignVCenter, QString::number(score));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + 20, 400, 40), Qt::AlignLeft, dateText(input.from));
    painter.drawText(QRectF(plot.right() - 400, plot.bottom() + 20, 400, 40), Qt::AlignRight, dateText(input.to));
    std::map<int, std::pair<double, int>> byDay;
    for (const PainEntry& entry : input.pain) {
        if (inPeriod(entry.when.date, input)) {
            auto& [sum, count] = byDay[daysBetween(input.from, entry.when.date)];
            sum += entry.score;
            ++count;
        }
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x9a, 0xa6, 0xa4));
    for (const auto& [day, total] : byDay)
        painter.drawEllipse(QPointF(x(addDays(input.from, day)), y(total.first / total.second)), 6, 6);
    QPainterPath line;
    bool first = true;
    for (const TrendPoint& point : report.trend) {
        const QPointF at(x(point.date), y(point.mean7d));
        if (first)
            line.moveTo(at);
        else
            line.lineTo(at);
        first = false;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0x2a, 0x7f, 0x78), 5));
    painter.drawPath(line);
    return image;
}

QString changeParagraph(const PainChange& change)
{
    switch (change.verdict) {
    case ChangeVerdict::NotEnoughData:
        return QObject::tr("Not enough entries yet to judge a change (two separate weeks are needed).");
    case ChangeVerdict::MeaningfulImprovement:
        return QObject::tr("Meaningful improvement: 7-day mean %1 against %2 in the first week (%3 points, %4 %).")
            .arg(number(change.current), number(change.baseline), number(change.points), QString::number(std::lround(change.percent)));
    case ChangeVerdict::MeaningfulWorsening:
        return QObject::tr("Meaningful worsening: 7-day mean %1 against %2 in the first week (+%3 points, +%4 %).")
            .arg(number(change.current), number(change.baseline), number(change.points), QString::number(std::lround(change.percent)));
    case ChangeVerdict::DayToDayVariation:
        return QObject::tr("Within day-to-day variation: 7-day mean %1 against %2 in the first week (%3 points).")
            .arg(number(change.current), number(change.baseline), number(change.points));
    }
    return {};
}

// Each plan followed during the period, who assigned it and how much of it was done.
QString plansSection(const PhysioReportInput& input)
{
    QString section = QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Plan and adherence"));
    int shown = 0;
    for (const PlanEnrollment& plan : input.plans) {
        const std::vector<PlanDay> days = planDays(plan, input.sessions, input.from, input.to, input.to);
        if (days.empty())
            continue;
        ++shown;
        const auto parsed = nlohmann::json::parse(plan.planJson, nullptr, false);
        const std::string assignedBy =
            parsed.is_object() && parsed.contains("assigned_by") && parsed["assigned_by"].is_string() ? parsed["assigned_by"].get<std::string>() : "";
        const Adherence counted = tally(days);
        const auto share = counted.share();
        section += QStringLiteral("<p><b>%1</b>%2<br>%3<br>%4</p>")
                       .arg(html(plan.planTitle),
                            assignedBy.empty() ? QString{} : QObject::tr(", assigned by %1").arg(html(assignedBy)),
                            QObject::tr("From %1, %2, for %3 weeks%4.")
                                .arg(dateText(plan.start), daysLabel(plan.days))
                                .arg(plan.weeks)
                                .arg(plan.ended ? QObject::tr("; stopped on %1").arg(dateText(plan.ended->date)) : QString{}),
                            QObject::tr("In this period: %1 sessions scheduled, %2 done, %3 partly done, %4 missed%5.")
                                .arg(counted.scheduled - counted.upcoming)
                                .arg(counted.done)
                                .arg(counted.partial)
                                .arg(counted.missed)
                                .arg(share ? QObject::tr(" (%1 % done)").arg(std::lround(*share * 100)) : QString{}));
        QStringList changes;
        for (const DoseChange& change : input.doseChanges) {
            if (change.enrollmentId != plan.id || !inPeriod(change.when.date, input))
                continue;
            const QString what = change.exerciseBefore == change.exerciseAfter
                                     ? QStringLiteral("%1: %2 → %3").arg(html(change.exerciseBefore), coreText(change.doseBefore).toHtmlEscaped(), coreText(change.doseAfter).toHtmlEscaped())
                                     : QStringLiteral("%1 (%2) → %3 (%4)").arg(html(change.exerciseBefore), coreText(change.doseBefore).toHtmlEscaped(),
                                                                              html(change.exerciseAfter), coreText(change.doseAfter).toHtmlEscaped());
            const QString verdict = change.kind == DoseChangeKind::Progress
                                        ? (change.accepted ? QObject::tr("stepped up") : QObject::tr("step up declined"))
                                        : (change.accepted ? QObject::tr("eased off") : QObject::tr("easing off declined"));
            changes << QStringLiteral("<li>%1 · %2 — <b>%3</b>. %4</li>")
                           .arg(QString::fromStdString(formatDate(change.when.date)), what, verdict, coreText(change.reason).toHtmlEscaped());
        }
        if (!changes.isEmpty())
            section += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(QObject::tr("How the plan changed:"), changes.join(QString{}));
    }
    if (shown == 0)
        section += QStringLiteral("<p>%1</p>").arg(QObject::tr("No plan was followed in Limber during this period."));
    return section;
}

} // namespace

bool writePhysioReport(const QString& path, const PhysioReportInput& input, QString& error)
{
    const JournalReport report = weeklyReport(input.pain, input.sessions, input.from, input.to, input.to, input.plans);
    QTextDocument document;
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("limber://pain-chart")),
                         painChart(input, report));
    QString body;
    body += QStringLiteral("<h1>%1</h1><p>%2 – %3<br><span style='color:#666'>%4</span></p>")
                .arg(QObject::tr("Back exercise and pain report"), dateText(input.from), dateText(input.to),
                     QObject::tr("Prepared by Limber from the person's own journal (pain 0–10, NPRS). It records "
                                 "what the person reported; it is not a diagnosis."));

    body += plansSection(input);
    body += QStringLiteral("<h2>%1</h2><p>%2</p><p><img src='limber://pain-chart' width='620'></p>"
                           "<p style='color:#666'>%3</p>")
                .arg(QObject::tr("Pain"), changeParagraph(assessPainChange(input.pain, input.to)).toHtmlEscaped(),
                     QObject::tr("Dots: pain on each day (mean of that day's entries). Line: 7-day mean. Scale 0 (no "
                                 "pain) to 10 (worst imaginable). A change of about 2 points or 30 % is the size "
                                 "studies count as meaningful."));

    body += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>").arg(QObject::tr("Week by week"));
    for (const QString& header : {QObject::tr("Week"), QObject::tr("Sessions"), QObject::tr("Minutes"), QObject::tr("Plan done"),
                                  QObject::tr("Entries"), QObject::tr("Mean"), QObject::tr("Min"), QObject::tr("Max")})
        body += QStringLiteral("<th>%1</th>").arg(header);
    body += QStringLiteral("</tr>");
    for (const WeekSummary& week : report.weeks) {
        const auto value = [](const auto& optional) { return optional ? QString::number(*optional) : QStringLiteral("–"); };
        const QString plan = week.adherence ? QObject::tr("%1 of %2").arg(week.adherence->done).arg(week.adherence->scheduled)
                                            : QStringLiteral("–");
        body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(QString::fromStdString(formatIsoWeek(week.week)))
                    .arg(week.sessions)
                    .arg(week.activeSeconds / 60)
                    .arg(plan)
                    .arg(week.painEntries)
                    .arg(week.painMean ? number(*week.painMean) : QStringLiteral("–"), value(week.painMin), value(week.painMax));
    }
    body += QStringLiteral("</table>");

    body += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Sessions"));
    int sessions = 0;
    for (const SessionRecord& session : input.sessions) {
        if (!inPeriod(session.started.date, input))
            continue;
        ++sessions;
        QStringList done;
        for (const ExerciseResult& result : session.results) {
            QString item = html(result.exerciseId);
            if (result.skipped)
                item += QObject::tr(" (skipped or cut short)");
            if (result.hurt)
                item += QObject::tr(" (hurt)");
            done << item;
        }
        const auto score = [](std::optional<int> value) { return value ? QString::number(*value) : QStringLiteral("–"); };
        body += QStringLiteral("<p><b>%1</b> · %2 · %3 · %4 min · pain %5 → %6<br>%7</p>")
                    .arg(QString::fromStdString(formatDate(session.started.date)), html(session.planTitle),
                         QString::fromUtf8(toString(session.status).data()))
                    .arg(session.activeSeconds / 60)
                    .arg(score(session.painBefore), score(session.painAfter), done.join(QStringLiteral(", ")));
    }
    if (sessions == 0)
        body += QStringLiteral("<p>%1</p>").arg(QObject::tr("No sessions in this period."));

    QStringList notes;
    QStringList warnings;
    for (const PainEntry& entry : input.pain) {
        if (!inPeriod(entry.when.date, input))
            continue;
        const QString when = QString::fromStdString(formatDate(entry.when.date));
        if (!entry.note.empty())
            notes << QStringLiteral("<li>%1 (pain %2): %3</li>").arg(when).arg(entry.score).arg(html(entry.note));
        for (RedFlag flag : entry.redFlags)
            warnings << QStringLiteral("<li>%1: %2</li>").arg(when, safetyText(redFlagQuestion(flag)).toHtmlEscaped());
    }
    QStringList checks;
    for (const SafetyCheck& check : input.safetyChecks) {
        if (!inPeriod(check.when.date, input))
            continue;
        const QString when = QString::fromStdString(formatDate(check.when.date));
        if (check.kind == SafetyCheckKind::Assessed) {
            checks << QStringLiteral("<li>%1: %2</li>").arg(when, QObject::tr("said a health professional had assessed them"));
            continue;
        }
        QStringList yes;
        for (RedFlag flag : check.flags)
            yes << safetyText(redFlagQuestion(flag)).toHtmlEscaped();
        checks << QStringLiteral("<li>%1: %2</li>")
                      .arg(when, yes.isEmpty() ? QObject::tr("answered the safety questions, no to every one")
                                               : QObject::tr("answered yes to: %1").arg(yes.join(QStringLiteral("; "))));
    }
    body += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Notes"));
    body += notes.isEmpty() ? QStringLiteral("<p>–</p>") : QStringLiteral("<ul>%1</ul>").arg(notes.join(QString{}));
    body += QStringLiteral("<h2>%1</h2>").arg(QObject::tr("Warning signs reported"));
    body += warnings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(QObject::tr("None reported with pain entries in this period."))
                               : QStringLiteral("<ul>%1</ul>").arg(warnings.join(QString{}));
    if (!checks.isEmpty())
        body += QStringLiteral("<p>%1</p><ul>%2</ul>").arg(QObject::tr("Safety questions:"), checks.join(QString{}));
    if (!input.peg.empty()) {
        const PegEntry& last = input.peg.back();
        body += QStringLiteral("<h2>%1</h2><p>%2</p>")
                    .arg(QObject::tr("PEG (pain, enjoyment of life, general activity)"),
                         QObject::tr("Latest: %1 on %2 (items %3, %4, %5).")
                             .arg(number(last.score()), QString::fromStdString(formatDate(last.when.date)))
                             .arg(last.pain)
                             .arg(last.enjoyment)
                             .arg(last.activity));
    }
    document.setHtml(body);

    return writePdf(path, document, QObject::tr("Back exercise and pain report"), error);
}

} // namespace limber::app
