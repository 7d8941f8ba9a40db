// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QHBoxLayout;

namespace limber::app {

class FigureView;

// Everything a person needs to do one exercise: what it is, the dose, the steps in order, what to take
// care with, easier and harder alternatives, and where the advice comes from.
class ExerciseDetailView : public QWidget {
    Q_OBJECT

public:
    explicit ExerciseDetailView(QWidget* parent = nullptr);

    // Shows `exercise` (nullptr for none), resolving related exercises and sources in `catalog`.
    void showExercise(const Exercise* exercise, const Catalog* catalog);

Q_SIGNALS:
    // The user followed a link to another exercise (an easier or harder one).
    void exerciseRequested(const QString& id);

private:
    void setChips(const Exercise& exercise);
    QString bodyHtml(const Exercise& exercise, const Catalog& catalog) const;

    QLabel* m_name = nullptr;
    QLabel* m_summary = nullptr;
    QHBoxLayout* m_chips = nullptr;
    QWidget* m_doseCard = nullptr;
    FigureView* m_figure = nullptr;
    QLabel* m_dose = nullptr;
    QLabel* m_doseDetail = nullptr;
    QTextBrowser* m_body = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace limber::app
