// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace limber::app {

// The journal in numbers: whether pain has changed in a way that matters, the weekly summary, and every
// pain entry, with delete and undo.
class JournalPage : public QWidget {
    Q_OBJECT

public:
    explicit JournalPage(QWidget* parent = nullptr);

    void setJournal(Journal* journal);
    // Reads the journal again; `today` anchors the weeks and the change.
    void refresh(LocalDate today);

Q_SIGNALS:
    void logPainRequested();
    void changed();
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void deleteSelected();
    void undoDelete();

    Journal* m_journal = nullptr;
    LocalDate m_today{};
    std::vector<PainEntry> m_entries;
    std::optional<PainEntry> m_deleted;
    QLabel* m_change = nullptr;
    QLabel* m_empty = nullptr;
    QTableWidget* m_weeks = nullptr;
    QTableWidget* m_pain = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace limber::app
