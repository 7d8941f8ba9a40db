// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"

#include <QDialog>

#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace limber::app {

class BodyMap;
class ScorePicker;

// Logging pain in two actions: open (the Log pain button or Ctrl+L), then a number (click or key 0–9, t
// for 10) and Enter. Where it hurts (a click on a body outline), when in the day, symptoms and a note are
// there for those who want them; the context is guessed from the time of day.
class PainLogDialog : public QDialog {
    Q_OBJECT

public:
    // `now` sets the entry's time and the guessed context.
    PainLogDialog(const Moment& now, QWidget* parent = nullptr);

    // Fills the dialog with an existing entry, to edit it; entry() then keeps its id and time.
    void setEntry(const PainEntry& existing);

    // The entry as filled in; nullopt until a score is chosen.
    std::optional<PainEntry> entry() const;

Q_SIGNALS:
    // "New or worrying symptom?": the person wants the red-flag screen instead.
    void newSymptomRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    Moment m_now;
    std::int64_t m_id = 0;
    std::vector<RedFlag> m_redFlags; // kept unchanged when an entry is edited
    ScorePicker* m_score = nullptr;
    BodyMap* m_body = nullptr;
    QLabel* m_where = nullptr;
    QComboBox* m_context = nullptr;
    std::vector<std::pair<Symptom, QCheckBox*>> m_symptoms;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace limber::app
