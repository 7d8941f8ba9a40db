// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"

#include <QAbstractTableModel>

#include <vector>

namespace limber::app {

// Pain entries as a table, newest first: date, time, score, where, when, note. A model rather than a
// table of items, so ten years of entries cost nothing until rows are on screen.
class PainEntryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, TimeColumn, ScoreColumn, AreaColumn, ContextColumn, NoteColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PainEntryModel(QObject* parent = nullptr);

    // `entries` in the journal's order (oldest first); shown newest first.
    void setEntries(std::vector<PainEntry> entries);
    const PainEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PainEntry> m_entries; // newest first
};

} // namespace limber::app
