// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "app/chart.h"
#include "core/journal/journal.h"

#include <QWidget>

#include <array>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace limber::app {

// The journal in numbers: whether pain has changed in a way that matters, charts of pain, activity, the
// plan's adherence and the PEG over a chosen range, the weekly summary, the latest sessions, and every
// pain entry, with edit, delete and undo.
class PainEntryModel;

class JournalPage : public QWidget {
    Q_OBJECT

public:
    enum class ExportKind { Csv, Json, Fhir };
    enum class ChartKind { Pain, Activity, Adherence, Peg };

    explicit JournalPage(QWidget* parent = nullptr);
    ~JournalPage() override;

    void setJournal(Journal* journal);
    // Reads the journal again; `today` anchors the weeks and the change.
    void refresh(LocalDate today);

    // The chart's series, for tests: (day, value) pairs of the daily means and the 7-day means shown.
    std::vector<std::pair<LocalDate, double>> dailySeries() const;
    std::vector<std::pair<LocalDate, double>> trendSeries() const;
    // What a chart was last given to draw (also when Qt Charts could not be loaded), for tests.
    const ChartData& chartData(ChartKind kind) const { return m_charts[static_cast<std::size_t>(kind)].data; }
    // The chart's widget once it exists.
    QWidget* chartWidget(ChartKind kind) const;

    // Asks where to save an export (a folder for CSV); empty to cancel. Tests replace it.
    std::function<QString(ExportKind)> chooseExportPath;
    // Asks where to save the physio report (a PDF); empty to cancel. Tests replace it.
    std::function<QString()> chooseReportPath;
    // Writes the report from `from` up to today to `path`.
    bool writeReport(const QString& path, LocalDate from);
    // Writes the whole journal in `kind` to `path`; false (with a problem signalled) when that fails.
    bool exportTo(ExportKind kind, const QString& path);

Q_SIGNALS:
    void logPainRequested();
    void changed();
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct ChartPanel {
        QWidget* holder = nullptr;
        QLabel* empty = nullptr;
        std::unique_ptr<Chart> chart;
        ChartData data;
    };

    void reload();
    void updateChart();
    void showChart(ChartKind kind, ChartData shown, bool hasData);
    ChartPanel& chart(ChartKind kind) { return m_charts[static_cast<std::size_t>(kind)]; }
    // The first day of a report period: "report28" (days), "reportPlan" or "reportAll".
    LocalDate reportStart(const QString& period) const;
    void deleteSelected();
    void editEntry(const QModelIndex& index);
    void undoDelete();

    Journal* m_journal = nullptr;
    LocalDate m_today{};
    bool m_stale = true;
    std::vector<PainEntry> m_entries;
    std::optional<PainEntry> m_deleted;
    std::vector<SessionRecord> m_sessions;
    std::vector<PlanEnrollment> m_plans;
    std::vector<PegEntry> m_peg;
    std::vector<std::pair<LocalDate, double>> m_daily;
    std::vector<std::pair<LocalDate, double>> m_trend;
    QComboBox* m_range = nullptr;
    QAction* m_planPeriod = nullptr;
    std::array<ChartPanel, 4> m_charts;
    bool m_chartsTried = false;
    QLabel* m_change = nullptr;
    QLabel* m_empty = nullptr;
    QTableWidget* m_weeks = nullptr;
    QTableWidget* m_sessionTable = nullptr;
    PainEntryModel* m_painModel = nullptr;
    QTableView* m_pain = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_undo = nullptr;
    QLabel* m_exported = nullptr;
};

} // namespace limber::app
