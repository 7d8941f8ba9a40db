// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "app/settings.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimeEdit;

namespace limber::app {

// Limber's settings: break reminders, sound and voice, sessions, the look, starting at login, and where
// the data lives. Shows `settings`; settings() gives what the person chose.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(const AppSettings& settings, const QString& dataFolder, QWidget* parent = nullptr);

    AppSettings settings() const;

private:
    AppSettings m_original;
    QCheckBox* m_reminders = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_breakLength = nullptr;
    QTimeEdit* m_workStart = nullptr;
    QTimeEdit* m_workEnd = nullptr;
    std::array<QCheckBox*, 7> m_days{};
    QComboBox* m_afterIdle = nullptr;
    QSpinBox* m_skipCap = nullptr;
    QCheckBox* m_beeps = nullptr;
    QCheckBox* m_voice = nullptr;
    QSlider* m_voiceRate = nullptr;
    QSpinBox* m_getReady = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_startOnLogin = nullptr;
};

} // namespace limber::app
