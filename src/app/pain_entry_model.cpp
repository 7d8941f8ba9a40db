// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/pain_entry_model.h"

#include "app/labels.h"

#include <algorithm>

namespace limber::app {

PainEntryModel::PainEntryModel(QObject* parent) : QAbstractTableModel(parent) {}

void PainEntryModel::setEntries(std::vector<PainEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

const PainEntry* PainEntryModel::entryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[static_cast<std::size_t>(row)] : nullptr;
}

int PainEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int PainEntryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PainEntryModel::data(const QModelIndex& index, int role) const
{
    const PainEntry* entry = checkIndex(index, CheckIndexOption::IndexIsValid) ? entryAt(index.row()) : nullptr;
    if (!entry)
        return {};
    if (role == IdRole)
        return static_cast<qlonglong>(entry->id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QString::fromStdString(formatDate(entry->when.date));
    case TimeColumn:
        return QString::fromStdString(formatMomentLocal(entry->when).substr(11, 5));
    case ScoreColumn:
        return entry->score;
    case AreaColumn:
        return entry->area ? label(*entry->area) : QString{};
    case ContextColumn:
        return entry->context ? label(*entry->context) : QString{};
    case NoteColumn:
        return QString::fromStdString(entry->note);
    default:
        return {};
    }
}

QVariant PainEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case ScoreColumn:
        return tr("Pain");
    case AreaColumn:
        return tr("Where");
    case ContextColumn:
        return tr("When");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace limber::app
