// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/exercise_list_model.h"

#include "app/labels.h"

namespace limber::app {

ExerciseListModel::ExerciseListModel(QObject* parent) : QAbstractListModel(parent) {}

void ExerciseListModel::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    endResetModel();
}

const Exercise* ExerciseListModel::exerciseAt(int row) const
{
    if (!m_catalog || row < 0 || row >= rowCount())
        return nullptr;
    return &m_catalog->exercises()[static_cast<std::size_t>(row)];
}

int ExerciseListModel::rowOf(const QString& id) const
{
    if (!m_catalog)
        return -1;
    const Exercise* exercise = m_catalog->find(id.toStdString());
    return exercise ? static_cast<int>(exercise - m_catalog->exercises().data()) : -1;
}

int ExerciseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_catalog ? 0 : static_cast<int>(m_catalog->size());
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const
{
    const Exercise* exercise = checkIndex(index, CheckIndexOption::IndexIsValid) ? exerciseAt(index.row()) : nullptr;
    if (!exercise)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QString::fromStdString(exercise->name);
    case Qt::ToolTipRole:
    case SummaryRole:
        return QString::fromStdString(exercise->summary);
    case IdRole:
        return QString::fromStdString(exercise->id);
    case CategoryRole:
        return static_cast<int>(exercise->category);
    case DoseRole:
        return doseLabel(*exercise);
    case DeskFriendlyRole:
        return exercise->deskFriendly;
    case Qt::AccessibleDescriptionRole:
        return label(exercise->category) + QStringLiteral(", ") + doseLabel(*exercise);
    default:
        return {};
    }
}

QHash<int, QByteArray> ExerciseListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "exerciseId");
    names.insert(SummaryRole, "summary");
    names.insert(CategoryRole, "category");
    names.insert(DoseRole, "dose");
    names.insert(DeskFriendlyRole, "deskFriendly");
    return names;
}

} // namespace limber::app
