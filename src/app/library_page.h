// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace limber::app {

class ExerciseDetailView;
class ExerciseFilterModel;
class ExerciseListModel;

// The Library: every exercise of the catalog, filtered by search text, category, body area, equipment and
// desk-friendliness, with the chosen one shown in full beside the list.
class LibraryPage : public QWidget {
    Q_OBJECT

public:
    explicit LibraryPage(QWidget* parent = nullptr);

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    // Selects the exercise with this id, clearing filters that would hide it; false if there is none.
    bool selectExercise(const QString& id);
    const Exercise* selectedExercise() const;

    ExerciseFilterModel* filterModel() const { return m_filter; }

private:
    void applyFilters();
    void clearFilters();
    void showSelected();
    void updateCount();

    ExerciseListModel* m_exercises = nullptr;
    ExerciseFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_equipment = nullptr;
    QCheckBox* m_desk = nullptr;
    QLabel* m_count = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_noMatches = nullptr;
    ExerciseDetailView* m_detail = nullptr;
};

} // namespace limber::app
