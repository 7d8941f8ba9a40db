// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/dates.h"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace limber {
namespace {

using namespace std::chrono;

// Reads exactly `width` digits at `text[position]`.
std::optional<int> digits(std::string_view text, std::size_t position, std::size_t width)
{
    if (position + width > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = position; i < position + width; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::string twoDigits(int value)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d", value);
    return buffer;
}

std::string offsetText(int minutes)
{
    if (minutes == 0)
        return "Z";
    const char sign = minutes < 0 ? '-' : '+';
    const int magnitude = minutes < 0 ? -minutes : minutes;
    return sign + twoDigits(magnitude / 60) + ':' + twoDigits(magnitude % 60);
}

// The instant at which local wall-clock time `local` occurs in the machine's zone (mktime decides
// for times that a daylight-saving change skips or repeats).
std::optional<Instant> fromLocalWallClock(LocalDate date, int hour, int minute, int second)
{
    std::tm fields{};
    fields.tm_year = static_cast<int>(date.year()) - 1900;
    fields.tm_mon = static_cast<int>(static_cast<unsigned>(date.month())) - 1;
    fields.tm_mday = static_cast<int>(static_cast<unsigned>(date.day()));
    fields.tm_hour = hour;
    fields.tm_min = minute;
    fields.tm_sec = second;
    fields.tm_isdst = -1;
    const std::time_t time = std::mktime(&fields);
    if (time == static_cast<std::time_t>(-1))
        return std::nullopt;
    return Instant{seconds{time}};
}

} // namespace

Instant currentInstant()
{
    return floor<seconds>(system_clock::now());
}

Moment localMoment(Instant instant)
{
    const std::time_t time = instant.time_since_epoch().count();
    std::tm local{};
    localtime_r(&time, &local);
    const LocalDate date{year{local.tm_year + 1900}, month{static_cast<unsigned>(local.tm_mon + 1)},
                         day{static_cast<unsigned>(local.tm_mday)}};
    return Moment{instant, date, static_cast<int>(local.tm_gmtoff / 60)};
}

std::optional<LocalDate> parseDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto y = digits(text, 0, 4);
    const auto m = digits(text, 5, 2);
    const auto d = digits(text, 8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    const LocalDate date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    return date.ok() ? std::optional{date} : std::nullopt;
}

std::string formatDate(LocalDate date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::optional<Moment> parseMoment(std::string_view text)
{
    const auto date = parseDate(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (text.size() == 10) {
        const auto instant = fromLocalWallClock(*date, 12, 0, 0);
        return instant ? std::optional{localMoment(*instant)} : std::nullopt;
    }
    if (text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    if (!hour || !minute || text.size() < 16 || text[13] != ':' || *hour > 23 || *minute > 59)
        return std::nullopt;
    std::size_t rest = 16;
    int second = 0;
    if (rest < text.size() && text[rest] == ':') {
        const auto s = digits(text, rest + 1, 2);
        if (!s || *s > 59)
            return std::nullopt;
        second = *s;
        rest += 3;
    }
    const std::string_view zone = text.substr(rest);
    if (zone.empty()) {
        const auto instant = fromLocalWallClock(*date, *hour, *minute, second);
        return instant ? std::optional{localMoment(*instant)} : std::nullopt;
    }
    int offsetMinutes = 0;
    if (zone != "Z") {
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':')
            return std::nullopt;
        const auto offsetHours = digits(zone, 1, 2);
        const auto offsetMins = digits(zone, 4, 2);
        if (!offsetHours || !offsetMins || *offsetHours > 14 || *offsetMins > 59)
            return std::nullopt;
        offsetMinutes = (*offsetHours * 60 + *offsetMins) * (zone[0] == '-' ? -1 : 1);
    }
    const Instant wallClock = sys_days{*date} + hours{*hour} + minutes{*minute} + seconds{second};
    // The moment keeps the date and offset the text gave, which is how the user lived it.
    return Moment{wallClock - minutes{offsetMinutes}, *date, offsetMinutes};
}

std::string formatInstantUtc(Instant instant)
{
    const sys_days day = floor<days>(instant);
    const hh_mm_ss time{instant - day};
    return formatDate(LocalDate{day}) + 'T' + twoDigits(static_cast<int>(time.hours().count())) + ':'
           + twoDigits(static_cast<int>(time.minutes().count())) + ':'
           + twoDigits(static_cast<int>(time.seconds().count())) + 'Z';
}

std::string formatMomentLocal(const Moment& moment)
{
    const Instant local = moment.instant + minutes{moment.utcOffsetMinutes};
    std::string text = formatInstantUtc(local);
    text.pop_back();
    return text + offsetText(moment.utcOffsetMinutes);
}

std::optional<Instant> parseInstantUtc(std::string_view text)
{
    if (text.size() != 20 || text.back() != 'Z')
        return std::nullopt;
    const auto moment = parseMoment(text);
    return moment ? std::optional{moment->instant} : std::nullopt;
}

IsoWeek isoWeekOf(LocalDate date)
{
    // The ISO week belongs to the year of its Thursday.
    const sys_days day{date};
    const weekday wd{day};
    const int isoWeekday = static_cast<int>(wd.iso_encoding()); // Monday 1 … Sunday 7
    const sys_days thursday = day + days{4 - isoWeekday};
    const year isoYear = year_month_day{thursday}.year();
    const sys_days firstDay = sys_days{isoYear / January / 1};
    const int week = static_cast<int>((thursday - firstDay).count()) / 7 + 1;
    return {static_cast<int>(isoYear), week};
}

LocalDate weekStart(LocalDate date)
{
    const sys_days day{date};
    return LocalDate{day - days{static_cast<int>(weekday{day}.iso_encoding()) - 1}};
}

std::string formatIsoWeek(IsoWeek week)
{
    return std::to_string(week.year) + "-W" + twoDigits(week.week);
}

} // namespace limber
