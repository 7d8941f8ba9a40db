// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

// A calendar date as the user lived it (no time zone), e.g. the day a pain score was logged.
using LocalDate = std::chrono::year_month_day;

// A moment in time, to the second, in UTC.
using Instant = std::chrono::sys_seconds;

// When something happened: the UTC instant, the local date the user lived it on, and the offset of local
// time from UTC then (so exports can show the local time of day).
struct Moment {
    Instant instant{};
    LocalDate date{};
    int utcOffsetMinutes = 0;

    bool operator==(const Moment&) const = default;
};

// The wall clock now, to the second. For the front ends: the core's own logic is always handed its time.
Instant currentInstant();

// The moment `instant` in the machine's local time zone (TZ), via the C library. Reads no clock.
Moment localMoment(Instant instant);

// "2026-11-23"; nullopt for anything else, including impossible dates such as 2026-02-30.
std::optional<LocalDate> parseDate(std::string_view text);
std::string formatDate(LocalDate date);

// Accepts "2026-11-23" (noon local time), "2026-11-23T08:30" or "2026-11-23T08:30:15" (local time), and the
// same with "Z" or an offset such as "+01:00". Local times are read in the machine's time zone.
std::optional<Moment> parseMoment(std::string_view text);

// "2026-11-23T07:30:00Z"
std::string formatInstantUtc(Instant instant);
// "2026-11-23T08:30:00+01:00": the local time of the moment, with its offset (RFC 3339, as FHIR wants).
std::string formatMomentLocal(const Moment& moment);
// Reads formatInstantUtc's output back.
std::optional<Instant> parseInstantUtc(std::string_view text);

struct IsoWeek {
    int year = 0; // the ISO week-numbering year, which differs from the calendar year around New Year
    int week = 0; // 1..53

    auto operator<=>(const IsoWeek&) const = default;
};

IsoWeek isoWeekOf(LocalDate date);
// The Monday that starts the ISO week of `date`.
LocalDate weekStart(LocalDate date);
// "2026-W48"
std::string formatIsoWeek(IsoWeek week);

inline LocalDate addDays(LocalDate date, int days)
{
    return LocalDate{std::chrono::sys_days{date} + std::chrono::days{days}};
}

inline int daysBetween(LocalDate from, LocalDate to)
{
    return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

} // namespace limber
