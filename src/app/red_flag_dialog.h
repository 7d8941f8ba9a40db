// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/safety.h"

#include <QDialog>

#include <utility>
#include <vector>

class QCheckBox;

namespace limber::app {

// The short red-flag screen (content brief, section 3.1): the warning signs that mean exercise should wait
// for a health professional, each a yes/no question. Shown on first run and from "New symptom?".
class RedFlagDialog : public QDialog {
    Q_OBJECT

public:
    explicit RedFlagDialog(QWidget* parent = nullptr);

    // The signs answered "yes".
    std::vector<RedFlag> flags() const;

private:
    std::vector<std::pair<RedFlag, QCheckBox*>> m_questions;
};

} // namespace limber::app
