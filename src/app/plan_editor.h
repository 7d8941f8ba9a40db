// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/common/issue.h"
#include "core/plan/plan.h"

#include <QDialog>

#include <array>
#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace limber::app {

// Makes or changes a plan: its exercises in order (drag to reorder) with their doses and notes, the
// schedule, the progression rule and who assigned it. Every change can be undone and redone. Saving
// requires a plan the plan loader accepts, so what is saved or exported always imports again.
class PlanEditorDialog : public QDialog {
    Q_OBJECT

public:
    PlanEditorDialog(Plan plan, std::shared_ptr<const Catalog> catalog, QWidget* parent = nullptr);
    ~PlanEditorDialog() override;

    const Plan& plan() const { return m_plan; }
    QUndoStack* undoStack() const { return m_undo; }
    // The problems that keep the plan from being saved; empty when it can be.
    std::vector<Issue> problems() const;

    void addExercise(const std::string& exerciseId);
    void removeItem(int row);
    void moveItem(int from, int to);

    // Where to export the plan file; empty to cancel. Tests replace it.
    std::function<QString(const QString& suggestedName)> chooseExportPath;

Q_SIGNALS:
    void saveRequested(const Plan& plan);

private:
    // Records a change as one undoable step; edits of one field in a row merge into one step.
    void change(Plan after, const QString& what, int mergeKey = -1);
    void setPlan(const Plan& plan); // from undo and redo
    void showPlan();
    void showItem();
    void exportPlan();

    Plan m_plan;
    std::shared_ptr<const Catalog> m_catalog;
    QUndoStack* m_undo = nullptr;
    bool m_showing = false;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_assignedBy = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QGroupBox* m_schedule = nullptr;
    std::array<QCheckBox*, 7> m_days{};
    QSpinBox* m_weeks = nullptr;
    QCheckBox* m_fixedStart = nullptr;
    QDateEdit* m_start = nullptr;
    QGroupBox* m_progression = nullptr;
    QSpinBox* m_everySessions = nullptr;
    QSpinBox* m_stepReps = nullptr;
    QSpinBox* m_stepHold = nullptr;
    QSpinBox* m_stepSets = nullptr;
    QListWidget* m_items = nullptr;
    QComboBox* m_picker = nullptr;
    QLabel* m_itemMode = nullptr;
    QSpinBox* m_sets = nullptr;
    QSpinBox* m_reps = nullptr;
    QSpinBox* m_hold = nullptr;
    QSpinBox* m_rest = nullptr;
    QDoubleSpinBox* m_minutes = nullptr;
    QCheckBox* m_perSide = nullptr;
    QLineEdit* m_itemNote = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace limber::app
