// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace limber::app {

// The journal in numbers: whether pain has changed in a way that matters, the weekly summary, and every
// pain entry, with delete and undo.
class PainChart;
class PainEntryModel;

class JournalPage : public QWidget {
    Q_OBJECT

public:
    enum class ExportKind { Csv, Json, Fhir };

    explicit JournalPage(QWidget* parent = nullptr);
    ~JournalPage() override;

    void setJournal(Journal* journal);
    // Reads the journal again; `today` anchors the weeks and the change.
    void refresh(LocalDate today);

    // The chart's series, for tests: (day, value) pairs of the daily means and the 7-day means shown.
    std::vector<std::pair<LocalDate, double>> dailySeries() const;
    std::vector<std::pair<LocalDate, double>> trendSeries() const;

    // Asks where to save an export (a folder for CSV); empty to cancel. Tests replace it.
    std::function<QString(ExportKind)> chooseExportPath;
    // Asks where to save the physio report (a PDF); empty to cancel. Tests replace it.
    std::function<QString()> chooseReportPath;
    // Writes the report for the last `weeks` weeks up to today to `path`.
    bool writeReport(const QString& path, int weeks = 8);
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
    void reload();
    void updateChart();
    void deleteSelected();
    void editEntry(const QModelIndex& index);
    void undoDelete();

    Journal* m_journal = nullptr;
    LocalDate m_today{};
    bool m_stale = true;
    std::vector<PainEntry> m_entries;
    std::optional<PainEntry> m_deleted;
    std::vector<SessionRecord> m_sessions;
    std::vector<std::pair<LocalDate, double>> m_daily;
    std::vector<std::pair<LocalDate, double>> m_trend;
    QComboBox* m_range = nullptr;
    QWidget* m_chartHolder = nullptr;
    std::unique_ptr<PainChart> m_chart;
    bool m_chartTried = false;
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
