// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace limber::app {

class ScorePicker;

// The weekly PEG check-in (Krebs et al. 2009): average pain over the past week, and how much pain has
// interfered with enjoyment of life and with general activity, each 0–10. The score is their mean.
class PegDialog : public QDialog {
    Q_OBJECT

public:
    PegDialog(const Moment& now, QWidget* parent = nullptr);

    // The answers; nullopt until all three are given.
    std::optional<PegEntry> entry() const;

private:
    Moment m_now;
    ScorePicker* m_pain = nullptr;
    ScorePicker* m_enjoyment = nullptr;
    ScorePicker* m_activity = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace limber::app
