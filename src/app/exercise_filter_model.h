// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise_query.h"

#include <QSortFilterProxyModel>

namespace limber::app {

class ExerciseListModel;

// Filters an ExerciseListModel with the core's ExerciseQuery, so the Library and `limber-cli catalog
// list` always agree on what matches.
class ExerciseFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ExerciseFilterModel(QObject* parent = nullptr);

    void setExerciseModel(ExerciseListModel* model);
    void setQuery(ExerciseQuery query);
    const ExerciseQuery& query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ExerciseListModel* m_exercises = nullptr;
    ExerciseQuery m_query;
};

} // namespace limber::app
