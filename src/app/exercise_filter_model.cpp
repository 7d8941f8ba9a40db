// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/exercise_filter_model.h"

#include "app/exercise_list_model.h"

namespace limber::app {

ExerciseFilterModel::ExerciseFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void ExerciseFilterModel::setExerciseModel(ExerciseListModel* model)
{
    m_exercises = model;
    setSourceModel(model);
}

void ExerciseFilterModel::setQuery(ExerciseQuery query)
{
    m_query = std::move(query);
    invalidateFilter();
}

bool ExerciseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_exercises)
        return false;
    const Exercise* exercise = m_exercises->exerciseAt(sourceRow);
    return exercise && matches(*exercise, m_query);
}

} // namespace limber::app
