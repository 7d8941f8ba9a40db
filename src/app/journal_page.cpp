// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/journal_page.h"

#include "app/chart.h"
#include "app/labels.h"
#include "app/modules.h"
#include "app/pain_entry_model.h"
#include "app/pain_log_dialog.h"
#include "app/physio_report.h"
#include "app/scrolling_page.h"
#include "app/theme.h"
#include "core/common/private_file.h"
#include "core/journal/exports.h"
#include "core/journal/reports.h"

#include <nlohmann/json.hpp>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace limber::app {
namespace {

constexpr int weeksShown = 12;

QString oneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

QString changeWords(const PainChange& change)
{
    switch (change.verdict) {
    case ChangeVerdict::NotEnoughData:
        return JournalPage::tr("Keep logging: after two weeks Limber can tell you whether your pain is changing.");
    case ChangeVerdict::MeaningfulImprovement:
        return JournalPage::tr("<b>Your pain has come down in a way that matters:</b> the last 7 days average %1, "
                               "against %2 in your first week (%3 %).")
            .arg(oneDecimal(change.current), oneDecimal(change.baseline), QString::number(std::lround(change.percent)));
    case ChangeVerdict::MeaningfulWorsening:
        return JournalPage::tr("<b>Your pain has gone up in a way that matters:</b> the last 7 days average %1, "
                               "against %2 in your first week. If it keeps rising, talk to a health professional.")
            .arg(oneDecimal(change.current), oneDecimal(change.baseline));
    case ChangeVerdict::DayToDayVariation:
        return JournalPage::tr("The last 7 days average %1, against %2 in your first week: within ordinary "
                               "day-to-day variation (a change that matters is about 2 points, or 30 %).")
            .arg(oneDecimal(change.current), oneDecimal(change.baseline));
    }
    return {};
}

QTableWidget* table(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* widget = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    widget->setObjectName(QString::fromLatin1(name));
    widget->setHorizontalHeaderLabels(headers);
    widget->verticalHeader()->hide();
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setAlternatingRowColors(true);
    return widget;
}

void setRow(QTableWidget* widget, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        widget->setItem(row, column, new QTableWidgetItem(cells[column]));
}

std::int64_t msSinceEpoch(LocalDate date)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::sys_days{date}.time_since_epoch()).count();
}

double largest(const ChartSeries& series, double atLeast)
{
    for (const auto& point : series.points)
        atLeast = std::max(atLeast, point.second);
    return atLeast;
}

QLabel* hintLabel(const QString& text, const char* name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

JournalPage::JournalPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journalPage"));
    chooseReportPath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the report"), tr("limber-report.pdf"), tr("PDF (*.pdf)"));
    };
    chooseExportPath = [this](ExportKind kind) {
        if (kind == ExportKind::Csv)
            return QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"));
        return QFileDialog::getSaveFileName(this, tr("Save the export"), QString{},
                                            kind == ExportKind::Json ? tr("JSON (*.json)") : tr("FHIR JSON (*.json)"));
    };
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(36, 28, 36, 24);
    layout->setSpacing(12);

    auto* heading = new QLabel(tr("Journal"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* logPain = new QPushButton(tr("Log pain  (Ctrl+L)"), this);
    logPain->setProperty("role", QStringLiteral("primary"));
    auto* header = new QHBoxLayout;
    header->addWidget(heading, 1);

    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_change->setWordWrap(true);
    m_change->setProperty("role", QStringLiteral("stat"));
    m_empty = hintLabel(tr("Nothing logged yet. Press Ctrl+L to note how your back feels; log at the same time "
                           "each day and the weeks will show whether it is getting better."),
                        "journalEmptyLabel", this);

    m_weeks = table({tr("Week"), tr("Sessions"), tr("Minutes"), tr("Plan"), tr("Pain entries"), tr("Mean"), tr("Min"),
                     tr("Max"), tr("Change")},
                    "weeksTable", this);
    m_painModel = new PainEntryModel(this);
    m_pain = new QTableView(this);
    m_pain->setObjectName(QStringLiteral("painTable"));
    m_pain->setModel(m_painModel);
    m_pain->verticalHeader()->hide();
    m_pain->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pain->setSelectionMode(QAbstractItemView::SingleSelection);
    // Sized to the first rows' contents: measuring ten years of entries would stall the page.
    m_pain->horizontalHeader()->setResizeContentsPrecision(50);
    m_pain->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pain->horizontalHeader()->setStretchLastSection(true);
    m_pain->setAlternatingRowColors(true);
    m_pain->setToolTip(tr("Double-click an entry to change it"));
    connect(m_pain, &QTableView::doubleClicked, this, &JournalPage::editEntry);
    m_delete = new QPushButton(tr("Delete entry  (Del)"), this);
    m_delete->setObjectName(QStringLiteral("deleteEntryButton"));
    m_undo = new QPushButton(tr("Undo delete"), this);
    m_undo->setObjectName(QStringLiteral("undoDeleteButton"));
    m_undo->hide();
    m_exported = new QLabel(this);
    m_exported->setObjectName(QStringLiteral("exportedLabel"));
    m_exported->setForegroundRole(QPalette::PlaceholderText);
    m_exported->setWordWrap(true);
    auto* actions = new QHBoxLayout;
    const std::pair<ExportKind, QString> exports[] = {
        {ExportKind::Csv, tr("Export CSV…")}, {ExportKind::Json, tr("Export JSON…")}, {ExportKind::Fhir, tr("Export FHIR…")}};
    for (const auto& [kind, text] : exports) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("export%1Button").arg(static_cast<int>(kind)));
        button->setToolTip(tr("Your journal, for your physio or another program. Nothing is sent anywhere."));
        connect(button, &QPushButton::clicked, this, [this, kind = kind] {
            const QString path = chooseExportPath(kind);
            if (!path.isEmpty())
                exportTo(kind, path);
        });
        actions->addWidget(button);
    }
    // The period is chosen as the report is asked for, where the choice means something.
    auto* report = new QPushButton(tr("Report for my physio (PDF)"), this);
    report->setObjectName(QStringLiteral("reportButton"));
    auto* periods = new QMenu(report);
    periods->setObjectName(QStringLiteral("reportPeriodMenu"));
    const std::pair<const char*, QString> periodChoices[] = {{"report28", tr("The last 4 weeks…")},
                                                             {"report56", tr("The last 8 weeks…")},
                                                             {"report91", tr("The last 3 months…")},
                                                             {"reportPlan", tr("Since the plan started…")},
                                                             {"reportAll", tr("Everything…")}};
    for (const auto& [name, text] : periodChoices) {
        QAction* action = periods->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, [this, period = QString::fromLatin1(name)] {
            const QString path = chooseReportPath();
            if (!path.isEmpty())
                writeReport(path, reportStart(period));
        });
    }
    m_planPeriod = periods->actions().at(3);
    report->setMenu(periods);
    header->addWidget(report);
    header->addWidget(logPain);
    actions->addWidget(m_exported, 1);
    actions->addWidget(m_undo);
    actions->addWidget(m_delete);

    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Range of the charts"));
    m_range->addItem(tr("Last 4 weeks"), 28);
    m_range->addItem(tr("Last 3 months"), 91);
    m_range->addItem(tr("Last year"), 365);
    m_range->addItem(tr("Everything"), 0);
    auto* chartHeader = new QHBoxLayout;
    chartHeader->addWidget(sectionLabel(tr("Pain, day by day"), this), 1);
    chartHeader->addWidget(m_range);
    connect(m_range, &QComboBox::currentIndexChanged, this, &JournalPage::updateChart);
    // The charts themselves are made the first time the page is shown: Qt Charts costs nothing until then.
    const std::array<const char*, 4> holderNames{"painChartHolder", "activityChartHolder", "adherenceChartHolder",
                                                 "pegChartHolder"};
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        auto* holder = new QWidget(this);
        holder->setObjectName(QString::fromLatin1(holderNames[i]));
        holder->setMinimumHeight(220);
        auto* holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        m_charts[i].holder = holder;
    }
    chart(ChartKind::Activity).empty =
        hintLabel(tr("Play a routine from Today and your sessions and active minutes will show here, week by week."),
                  "activityEmptyLabel", this);
    chart(ChartKind::Adherence).empty =
        hintLabel(tr("Follow a plan from your physio (Plans page) and this shows, week by week, how many of its "
                     "sessions you did."),
                  "adherenceEmptyLabel", this);
    chart(ChartKind::Peg).empty =
        hintLabel(tr("Once a week Limber asks three short questions about pain and how much it gets in the way "
                     "(the PEG). Your answers will be charted here."),
                  "pegEmptyLabel", this);

    m_sessionTable = table({tr("Date"), tr("Session"), tr("Status"), tr("Minutes"), tr("Pain before → after"),
                            tr("Exercises")},
                           "sessionsTable", this);
    m_sessionTable->setMinimumHeight(220);
    auto* sessionsLabel = sectionLabel(tr("Latest sessions"), this);

    layout->addLayout(header);
    layout->addWidget(m_change);
    layout->addWidget(m_empty);
    layout->addLayout(chartHeader);
    layout->addWidget(chart(ChartKind::Pain).holder, 2);
    layout->addWidget(sectionLabel(tr("Sessions and active minutes per week"), this));
    layout->addWidget(chart(ChartKind::Activity).empty);
    layout->addWidget(chart(ChartKind::Activity).holder, 2);
    layout->addWidget(sectionLabel(tr("Your plan: sessions done per week"), this));
    layout->addWidget(chart(ChartKind::Adherence).empty);
    layout->addWidget(chart(ChartKind::Adherence).holder, 2);
    layout->addWidget(sectionLabel(tr("PEG: pain and how much it gets in the way"), this));
    layout->addWidget(chart(ChartKind::Peg).empty);
    layout->addWidget(chart(ChartKind::Peg).holder, 2);
    layout->addWidget(sectionLabel(tr("Week by week"), this));
    layout->addWidget(m_weeks, 1);
    layout->addWidget(sessionsLabel);
    layout->addWidget(m_sessionTable, 1);
    layout->addWidget(sectionLabel(tr("Pain entries"), this));
    layout->addWidget(m_pain, 1);
    layout->addLayout(actions);
    m_weeks->setMinimumHeight(260);
    m_pain->setMinimumHeight(320);
    setScrollingContent(*this, content);

    connect(logPain, &QPushButton::clicked, this, &JournalPage::logPainRequested);
    connect(m_delete, &QPushButton::clicked, this, &JournalPage::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &JournalPage::undoDelete);
}

JournalPage::~JournalPage() = default;

LocalDate JournalPage::reportStart(const QString& period) const
{
    if (period.startsWith(QStringLiteral("report")) && period.mid(6).toInt() > 0)
        return addDays(m_today, -(period.mid(6).toInt() - 1));
    LocalDate from = m_today;
    if (period == QStringLiteral("reportPlan")) {
        for (const PlanEnrollment& plan : m_plans) {
            if (!plan.ended)
                from = std::min(from, plan.start);
        }
        return from;
    }
    if (!m_entries.empty())
        from = std::min(from, m_entries.front().when.date);
    if (!m_sessions.empty())
        from = std::min(from, m_sessions.front().started.date);
    return from;
}

bool JournalPage::writeReport(const QString& path, LocalDate from)
{
    if (!m_journal)
        return false;
    if (m_stale)
        reload();
    PhysioReportInput input;
    input.to = m_today;
    input.from = from;
    auto sessions = m_journal->sessions();
    auto checks = m_journal->safetyChecks();
    auto changes = m_journal->doseChanges();
    for (const JournalError* failure : {sessions.ok() ? nullptr : &sessions.error(), checks.ok() ? nullptr : &checks.error(),
                                        changes.ok() ? nullptr : &changes.error()}) {
        if (failure) {
            Q_EMIT problem(journalErrorText(*failure));
            return false;
        }
    }
    input.safetyChecks = std::move(checks.value());
    input.doseChanges = std::move(changes.value());
    input.pain = m_entries;
    input.sessions = std::move(sessions.value());
    input.peg = m_peg;
    input.plans = m_plans;
    QString failure;
    if (!writePhysioReport(path, input, failure)) {
        Q_EMIT problem(failure);
        return false;
    }
    m_exported->setText(tr("Saved to %1").arg(path));
    return true;
}

bool JournalPage::exportTo(ExportKind kind, const QString& path)
{
    if (!m_journal)
        return false;
    const auto pain = m_journal->painEntries();
    const auto sessions = m_journal->sessions();
    if (!pain.ok() || !sessions.ok()) {
        Q_EMIT problem(journalErrorText(pain.ok() ? sessions.error() : pain.error()));
        return false;
    }
    const Instant now = currentInstant();
    std::vector<std::pair<std::filesystem::path, std::string>> files;
    const std::filesystem::path target = path.toStdString();
    switch (kind) {
    case ExportKind::Csv: {
        const CsvExport csv = exportCsv(pain.value(), sessions.value());
        files = {{target / "pain.csv", csv.painEntries}, {target / "sessions.csv", csv.sessions},
                 {target / "results.csv", csv.results}};
        break;
    }
    case ExportKind::Json:
        files = {{target, exportJson(pain.value(), sessions.value(), now).dump(2) + '\n'}};
        break;
    case ExportKind::Fhir:
        files = {{target, exportFhir(pain.value(), now).dump(2) + '\n'}};
        break;
    }
    for (const auto& [file, content] : files) {
        std::string failure;
        if (!writeFileAtomically(file, content, failure)) {
            Q_EMIT problem(tr("Could not write %1: %2").arg(QString::fromStdString(file.string()), QString::fromStdString(failure)));
            return false;
        }
    }
    m_exported->setText(tr("Saved to %1").arg(path));
    return true;
}

void JournalPage::setJournal(Journal* journal)
{
    m_journal = journal;
}

void JournalPage::refresh(LocalDate today)
{
    m_today = today;
    // A long journal is read only when someone looks at it: not at start-up, not while hidden.
    m_stale = true;
    if (isVisible())
        reload();
}

void JournalPage::reload()
{
    m_stale = false;
    m_entries.clear();
    m_plans.clear();
    m_peg.clear();
    std::vector<SessionRecord> sessions;
    if (m_journal) {
        if (auto pain = m_journal->painEntries(); pain.ok())
            m_entries = std::move(pain.value());
        if (auto read = m_journal->sessions(); read.ok())
            sessions = std::move(read.value());
        if (auto plans = m_journal->planEnrollments(); plans.ok())
            m_plans = std::move(plans.value());
        if (auto peg = m_journal->pegEntries(); peg.ok())
            m_peg = std::move(peg.value());
    }
    m_sessions = sessions;
    const bool empty = m_entries.empty() && sessions.empty();
    m_empty->setVisible(empty);
    m_change->setVisible(!m_entries.empty());
    m_change->setText(changeWords(assessPainChange(m_entries, m_today)));

    const JournalReport report =
        weeklyReport(m_entries, sessions, addDays(m_today, -7 * (weeksShown - 1)), m_today, m_today, m_plans);
    m_weeks->setRowCount(static_cast<int>(report.weeks.size()));
    int row = 0;
    for (auto it = report.weeks.rbegin(); it != report.weeks.rend(); ++it, ++row) {
        const WeekSummary& week = *it;
        const auto number = [](const std::optional<int>& value) { return value ? QString::number(*value) : QStringLiteral("–"); };
        setRow(m_weeks, row,
               {QString::fromStdString(formatIsoWeek(week.week)), QString::number(week.sessions),
                QString::number(week.activeSeconds / 60),
                week.adherence ? tr("%1 of %2").arg(week.adherence->done).arg(week.adherence->scheduled) : QStringLiteral("–"),
                QString::number(week.painEntries),
                week.painMean ? oneDecimal(*week.painMean) : QStringLiteral("–"), number(week.painMin),
                number(week.painMax),
                week.painChange ? (*week.painChange > 0 ? QStringLiteral("+") : QString{}) + oneDecimal(*week.painChange)
                                : QStringLiteral("–")});
    }

    m_painModel->setEntries(m_entries);

    // The latest sessions with what was done; the report and the exports hold every one.
    constexpr std::size_t sessionsShown = 30;
    const std::size_t shown = std::min(sessionsShown, sessions.size());
    m_sessionTable->setRowCount(static_cast<int>(shown));
    for (std::size_t i = 0; i < shown; ++i) {
        const SessionRecord& session = sessions[sessions.size() - 1 - i];
        int completed = 0;
        int hurt = 0;
        for (const ExerciseResult& result : session.results) {
            completed += result.skipped ? 0 : 1;
            hurt += result.hurt ? 1 : 0;
        }
        QString exercises = tr("%1 of %2 done").arg(completed).arg(session.results.size());
        if (hurt > 0)
            exercises += tr(", %1 hurt").arg(hurt);
        const auto score = [](std::optional<int> value) { return value ? QString::number(*value) : QStringLiteral("–"); };
        setRow(m_sessionTable, static_cast<int>(i),
               {QString::fromStdString(formatDate(session.started.date)), QString::fromStdString(session.planTitle),
                QString::fromUtf8(toString(session.status).data()), QString::number(session.activeSeconds / 60),
                score(session.painBefore) + QStringLiteral(" → ") + score(session.painAfter), exercises});
    }
    // Once filled, not per cell: a table sized to its contents at every insertion costs 90 ms here.
    m_weeks->resizeColumnsToContents();
    m_sessionTable->resizeColumnsToContents();
    m_delete->setEnabled(!m_entries.empty());
    updateChart();
}

std::vector<std::pair<LocalDate, double>> JournalPage::dailySeries() const
{
    return m_daily;
}

std::vector<std::pair<LocalDate, double>> JournalPage::trendSeries() const
{
    return m_trend;
}

void JournalPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QWidget* JournalPage::chartWidget(ChartKind kind) const
{
    const auto& panel = m_charts[static_cast<std::size_t>(kind)];
    return panel.chart ? panel.chart->widget() : nullptr;
}

void JournalPage::updateChart()
{
    m_daily.clear();
    m_trend.clear();
    const int days = m_range->currentData().toInt();
    LocalDate from = days > 0 ? addDays(m_today, -(days - 1)) : m_today;
    if (days == 0 && !m_entries.empty())
        from = std::min(from, m_entries.front().when.date);
    if (days == 0 && !m_sessions.empty())
        from = std::min(from, m_sessions.front().started.date);
    std::map<int, std::pair<double, int>> byDay;
    for (const PainEntry& entry : m_entries) {
        if (entry.when.date < from || entry.when.date > m_today)
            continue;
        auto& [sum, count] = byDay[daysBetween(from, entry.when.date)];
        sum += entry.score;
        ++count;
    }
    for (const auto& [day, total] : byDay)
        m_daily.emplace_back(addDays(from, day), total.first / total.second);
    // The 7-day mean, the weeks and the adherence come from the same core report the CLI prints.
    const JournalReport report = weeklyReport(m_entries, m_sessions, from, m_today, m_today, m_plans);
    for (const TrendPoint& point : report.trend)
        m_trend.emplace_back(point.date, point.mean7d);

    const ThemeColors& colors = themeColors();
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor quiet = colors.muted;
    ChartData base;
    base.from = msSinceEpoch(from);
    base.to = msSinceEpoch(m_today);

    ChartData pain = base;
    pain.left = {10, tr("Pain (0–10)")};
    ChartSeries daily{tr("Pain that day"), quiet, ChartSeries::Style::Dots, false, {}, {}};
    for (const auto& [date, value] : m_daily)
        daily.points.emplace_back(msSinceEpoch(date), value);
    ChartSeries trend{tr("7-day mean"), accent, ChartSeries::Style::Line, false, {}, {}};
    for (const auto& [date, value] : m_trend)
        trend.points.emplace_back(msSinceEpoch(date), value);
    pain.series = {std::move(daily), std::move(trend)};
    showChart(ChartKind::Pain, std::move(pain), !m_entries.empty());

    // Weeks are placed on their Monday, so their charts start on the first week's.
    base.from = msSinceEpoch(weekStart(from));
    ChartData activity = base;
    ChartSeries sessions{tr("Sessions"), accent, ChartSeries::Style::LineWithDots, false, {}, {}};
    ChartSeries minutes{tr("Active minutes"), quiet, ChartSeries::Style::Line, true, tr(" min"), {}};
    ChartData adherence = base;
    ChartSeries scheduled{tr("Scheduled"), quiet, ChartSeries::Style::Line, false, {}, {}};
    ChartSeries done{tr("Done"), accent, ChartSeries::Style::LineWithDots, false, {}, {}};
    ChartSeries partial{tr("Partly done"), colors.cautionBorder, ChartSeries::Style::LineWithDots, false, {}, {}};
    ChartSeries missed{tr("Missed"), QColor(0xc0, 0x5a, 0x4a), ChartSeries::Style::LineWithDots, false, {}, {}};
    for (const WeekSummary& week : report.weeks) {
        const std::int64_t x = msSinceEpoch(week.start);
        sessions.points.emplace_back(x, week.sessions);
        minutes.points.emplace_back(x, std::round(week.activeSeconds / 6.0) / 10.0);
        if (week.adherence) {
            scheduled.points.emplace_back(x, week.adherence->scheduled);
            done.points.emplace_back(x, week.adherence->done);
            partial.points.emplace_back(x, week.adherence->partial);
            missed.points.emplace_back(x, week.adherence->missed);
        }
    }
    activity.left = {largest(sessions, 5), tr("Sessions")};
    activity.right = ChartAxis{largest(minutes, 10), tr("Minutes")};
    const bool anyActivity = largest(sessions, 0) > 0;
    activity.series = {std::move(sessions), std::move(minutes)};
    showChart(ChartKind::Activity, std::move(activity), anyActivity);

    const bool anyPlan = !scheduled.points.empty();
    adherence.left = {largest(scheduled, 3), tr("Sessions")};
    adherence.series = {std::move(scheduled), std::move(done), std::move(partial), std::move(missed)};
    showChart(ChartKind::Adherence, std::move(adherence), anyPlan);

    ChartData peg = base;
    peg.left = {10, tr("PEG (0–10)")};
    ChartSeries pegScores{tr("PEG score"), accent, ChartSeries::Style::LineWithDots, false, {}, {}};
    for (const PegEntry& entry : m_peg) {
        if (entry.when.date >= from && entry.when.date <= m_today)
            pegScores.points.emplace_back(msSinceEpoch(entry.when.date), std::round(entry.score() * 10) / 10);
    }
    const bool anyPeg = !pegScores.points.empty();
    peg.series = {std::move(pegScores)};
    showChart(ChartKind::Peg, std::move(peg), anyPeg);
}

void JournalPage::showChart(ChartKind kind, ChartData shown, bool hasData)
{
    ChartPanel& panel = m_charts[static_cast<std::size_t>(kind)];
    panel.data = std::move(shown);
    // An empty chart says nothing; the hint beside it says what would fill it.
    if (panel.empty)
        panel.empty->setVisible(!hasData);
    panel.holder->setVisible(hasData);
    if (!m_chartsTried) {
        m_chartsTried = true;
        if (auto create = reinterpret_cast<Chart* (*)(QWidget*)>(moduleSymbol("limber-charts", "limberCreateChart"))) {
            for (ChartPanel& each : m_charts) {
                each.chart.reset(create(each.holder));
                each.holder->layout()->addWidget(each.chart->widget());
            }
        }
    }
    if (panel.chart && hasData)
        panel.chart->show(panel.data);
}

void JournalPage::editEntry(const QModelIndex& index)
{
    const PainEntry* existing = m_painModel->entryAt(index.row());
    if (!m_journal || !existing)
        return;
    auto* dialog = new PainLogDialog(existing->when, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(*existing);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto edited = dialog->entry();
        if (!edited)
            return;
        if (const auto saved = m_journal->updatePainEntry(*edited); !saved.ok())
            Q_EMIT problem(journalErrorText(saved.error()));
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void JournalPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Delete) {
        deleteSelected();
        return;
    }
    QWidget::keyPressEvent(event);
}

void JournalPage::deleteSelected()
{
    const QModelIndex current = m_pain->currentIndex();
    if (!m_journal || !current.isValid())
        return;
    const auto id = current.data(PainEntryModel::IdRole).toLongLong();
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const PainEntry& e) { return e.id == id; });
    if (it == m_entries.end())
        return;
    const PainEntry removed = *it;
    const auto done = m_journal->deletePainEntry(id);
    if (!done.ok()) {
        Q_EMIT problem(journalErrorText(done.error()));
        return;
    }
    m_deleted = removed;
    m_undo->show();
    reload();
    Q_EMIT changed();
}

void JournalPage::undoDelete()
{
    if (!m_journal || !m_deleted)
        return;
    const auto added = m_journal->addPainEntry(*m_deleted);
    if (!added.ok()) {
        Q_EMIT problem(journalErrorText(added.error()));
        return;
    }
    m_deleted.reset();
    m_undo->hide();
    reload();
    Q_EMIT changed();
}

} // namespace limber::app
