// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/settings.h"

#include "core/common/enum_names.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace limber::app {
namespace {

QString daysText(const std::vector<Weekday>& days)
{
    return QString::fromStdString(joinEnumNames(days, ","));
}

std::vector<Weekday> daysFrom(const QString& text)
{
    std::vector<Weekday> days;
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto day = enumFromString<Weekday>(name.toStdString()))
            days.push_back(*day);
    }
    return days;
}

int bounded(const QSettings& settings, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

AppSettings loadSettings()
{
    // A hand-edited file with values out of range falls back to the defaults rather than misbehaving.
    const QSettings settings;
    AppSettings loaded;
    BreakSettings& breaks = loaded.breaks;
    const BreakSettings defaults;
    breaks.enabled = settings.value(QStringLiteral("reminders/enabled"), defaults.enabled).toBool();
    breaks.interval = std::chrono::minutes{bounded(settings, QStringLiteral("reminders/intervalMinutes"),
                                                   static_cast<int>(defaults.interval.count()), 10, 240)};
    breaks.breakLength = std::chrono::minutes{bounded(settings, QStringLiteral("reminders/breakMinutes"),
                                                      static_cast<int>(defaults.breakLength.count()), 1, 60)};
    breaks.workStart = std::chrono::minutes{bounded(settings, QStringLiteral("reminders/workStart"),
                                                    static_cast<int>(defaults.workStart.count()), 0, 24 * 60)};
    breaks.workEnd = std::chrono::minutes{bounded(settings, QStringLiteral("reminders/workEnd"),
                                                  static_cast<int>(defaults.workEnd.count()), 0, 24 * 60)};
    if (settings.contains(QStringLiteral("reminders/workDays")))
        breaks.workDays = daysFrom(settings.value(QStringLiteral("reminders/workDays")).toString());
    breaks.idlePolicy = enumFromString<IdlePolicy>(settings.value(QStringLiteral("reminders/afterIdle")).toString().toStdString())
                            .value_or(defaults.idlePolicy);
    const int cap = bounded(settings, QStringLiteral("reminders/dailySkipCap"), 0, 0, 50);
    breaks.dailySkipCap = cap > 0 ? std::optional{cap} : std::nullopt;
    loaded.beeps = settings.value(beepsSettingKey, true).toBool();
    loaded.voice = settings.value(voiceSettingKey, true).toBool();
    loaded.voiceRate = std::clamp(settings.value(voiceRateSettingKey, 0.0).toDouble(), -1.0, 1.0);
    loaded.getReadySeconds = bounded(settings, QStringLiteral("sessions/getReadySeconds"), 5, 0, 60);
    const QString theme = settings.value(QStringLiteral("look/theme")).toString();
    loaded.theme = theme == QStringLiteral("light") ? ThemeChoice::Light
                   : theme == QStringLiteral("dark") ? ThemeChoice::Dark
                                                     : ThemeChoice::System;
    loaded.startOnLogin = std::filesystem::exists(autostartFile());
    return loaded;
}

void saveSettings(const AppSettings& saved)
{
    QSettings settings;
    const BreakSettings& breaks = saved.breaks;
    settings.setValue(QStringLiteral("reminders/enabled"), breaks.enabled);
    settings.setValue(QStringLiteral("reminders/intervalMinutes"), static_cast<int>(breaks.interval.count()));
    settings.setValue(QStringLiteral("reminders/breakMinutes"), static_cast<int>(breaks.breakLength.count()));
    settings.setValue(QStringLiteral("reminders/workStart"), static_cast<int>(breaks.workStart.count()));
    settings.setValue(QStringLiteral("reminders/workEnd"), static_cast<int>(breaks.workEnd.count()));
    settings.setValue(QStringLiteral("reminders/workDays"), daysText(breaks.workDays));
    settings.setValue(QStringLiteral("reminders/afterIdle"), QString::fromUtf8(toString(breaks.idlePolicy).data()));
    settings.setValue(QStringLiteral("reminders/dailySkipCap"), breaks.dailySkipCap.value_or(0));
    settings.setValue(QStringLiteral("sessions/getReadySeconds"), saved.getReadySeconds);
    settings.setValue(QStringLiteral("look/theme"), saved.theme == ThemeChoice::Light  ? QStringLiteral("light")
                                                    : saved.theme == ThemeChoice::Dark ? QStringLiteral("dark")
                                                                                       : QStringLiteral("system"));
}

std::filesystem::path autostartFile()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return std::filesystem::path{config.toStdString()} / "autostart" / "io.limber.Limber.desktop";
}

bool setStartOnLogin(bool start, QString& error)
{
    const std::filesystem::path file = autostartFile();
    std::error_code failure;
    if (!start) {
        std::filesystem::remove(file, failure);
        if (failure)
            error = QString::fromStdString(failure.message());
        return !failure;
    }
    std::filesystem::create_directories(file.parent_path(), failure);
    QFile entry(QString::fromStdString(file.string()));
    if (failure || !entry.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        error = failure ? QString::fromStdString(failure.message()) : entry.errorString();
        return false;
    }
    entry.write("[Desktop Entry]\n"
                "Type=Application\n"
                "Name=Limber\n"
                "Comment=Break reminders and back exercises\n"
                "Exec=limber --background\n"
                "Icon=io.limber.Limber\n"
                "Terminal=false\n"
                "X-GNOME-Autostart-enabled=true\n");
    return entry.flush();
}

} // namespace limber::app
