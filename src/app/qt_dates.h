// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"

#include <QDate>

namespace limber::app {

// The core's local dates and Qt's, for date widgets and for QLocale's spelling of dates.
inline QDate toQDate(LocalDate date)
{
    return QDate(static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
                 static_cast<int>(static_cast<unsigned>(date.day())));
}

inline LocalDate fromQDate(QDate date)
{
    return LocalDate{std::chrono::year{date.year()}, std::chrono::month{static_cast<unsigned>(date.month())},
                     std::chrono::day{static_cast<unsigned>(date.day())}};
}

} // namespace limber::app
