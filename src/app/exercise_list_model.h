// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"

#include <QAbstractListModel>

#include <memory>

namespace limber::app {

// The exercises of a catalog, one row each, in catalog order. Shares ownership of the catalog, so rows
// stay valid for as long as the model shows them.
class ExerciseListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SummaryRole,
        CategoryRole, // limber::Category as int
        DoseRole,     // a short description of the default dose
        DeskFriendlyRole,
    };

    explicit ExerciseListModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const Catalog> catalog);
    const Catalog* catalog() const { return m_catalog.get(); }
    const Exercise* exerciseAt(int row) const;
    // The row of the exercise with this id, or -1.
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    std::shared_ptr<const Catalog> m_catalog;
};

} // namespace limber::app
