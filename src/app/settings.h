// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/reminders/break_scheduler.h"

#include <QString>

#include <filesystem>

namespace limber::app {

enum class ThemeChoice { System, Light, Dark };

// QSettings keys the audio cues keep up to date themselves, since the player switches them too.
inline const QString beepsSettingKey = QStringLiteral("sound/beeps");
inline const QString voiceSettingKey = QStringLiteral("sound/voice");
inline const QString voiceRateSettingKey = QStringLiteral("sound/voiceRate");

// Everything the settings dialog changes, kept in QSettings ($XDG_CONFIG_HOME/limber/limber.conf).
struct AppSettings {
    BreakSettings breaks;
    bool beeps = true;
    bool voice = true;
    double voiceRate = 0; // -1 slow … 0 normal … 1 fast
    int getReadySeconds = 5;
    ThemeChoice theme = ThemeChoice::System;
    bool startOnLogin = false;

    bool operator==(const AppSettings&) const = default;
};

AppSettings loadSettings();
// Saves everything but the sound, which AudioCues saves as it changes.
void saveSettings(const AppSettings& settings);

// The XDG autostart entry that starts Limber in the background at login: written or removed to match
// `start`. False with `error` set when the file cannot be written or removed.
bool setStartOnLogin(bool start, QString& error);
std::filesystem::path autostartFile();

} // namespace limber::app
