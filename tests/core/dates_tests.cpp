// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/dates.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using namespace limber;
using namespace std::chrono;

namespace {

// Runs the enclosing test in a fixed time zone, restoring the previous one afterwards.
class TimeZone {
public:
    explicit TimeZone(const char* zone)
    {
        if (const char* old = std::getenv("TZ"))
            m_previous = old;
        setenv("TZ", zone, 1);
        tzset();
    }
    ~TimeZone()
    {
        if (m_previous.empty())
            unsetenv("TZ");
        else
            setenv("TZ", m_previous.c_str(), 1);
        tzset();
    }

private:
    std::string m_previous;
};

LocalDate date(int y, unsigned m, unsigned d)
{
    return LocalDate{year{y}, month{m}, day{d}};
}

} // namespace

TEST_CASE("dates parse strictly and print back the same")
{
    REQUIRE(parseDate("2026-11-23"));
    CHECK(*parseDate("2026-11-23") == date(2026, 11, 23));
    CHECK(formatDate(date(2026, 1, 5)) == "2026-01-05");
    for (const char* bad : {"2026-02-30", "2026-13-01", "26-11-23", "2026/11/23", "2026-11-23x", "", "yesterday"}) {
        INFO(bad);
        CHECK_FALSE(parseDate(bad));
    }
}

TEST_CASE("ISO weeks follow the Thursday rule across year boundaries")
{
    CHECK(isoWeekOf(date(2026, 11, 23)) == IsoWeek{2026, 48});
    CHECK(isoWeekOf(date(2021, 1, 3)) == IsoWeek{2020, 53});  // a Sunday still in 2020's last week
    CHECK(isoWeekOf(date(2024, 12, 30)) == IsoWeek{2025, 1}); // a Monday already in 2025's first week
    CHECK(isoWeekOf(date(2026, 12, 31)) == IsoWeek{2026, 53});
    CHECK(weekStart(date(2026, 11, 29)) == date(2026, 11, 23));
    CHECK(weekStart(date(2026, 11, 23)) == date(2026, 11, 23));
    CHECK(formatIsoWeek(IsoWeek{2026, 3}) == "2026-W03");
}

TEST_CASE("moments keep the local date and offset they were given")
{
    const auto withOffset = parseMoment("2026-11-23T00:30:00+01:00");
    REQUIRE(withOffset);
    CHECK(withOffset->date == date(2026, 11, 23)); // lived on the 23rd although it was the 22nd in UTC
    CHECK(withOffset->utcOffsetMinutes == 60);
    CHECK(formatInstantUtc(withOffset->instant) == "2026-11-22T23:30:00Z");
    CHECK(formatMomentLocal(*withOffset) == "2026-11-23T00:30:00+01:00");

    const auto utc = parseMoment("2026-11-23T08:30Z");
    REQUIRE(utc);
    CHECK(formatMomentLocal(*utc) == "2026-11-23T08:30:00Z");
    CHECK(parseInstantUtc("2026-11-22T23:30:00Z") == withOffset->instant);

    for (const char* bad : {"2026-11-23T25:00", "2026-11-23T08", "2026-11-23T08:30+1", "2026-11-23T08:61Z", "now"}) {
        INFO(bad);
        CHECK_FALSE(parseMoment(bad));
    }
}

TEST_CASE("local times are read in the machine's time zone, daylight saving included")
{
    const TimeZone berlin("Europe/Berlin");
    const auto winter = parseMoment("2026-01-15T08:00");
    REQUIRE(winter);
    CHECK(winter->utcOffsetMinutes == 60);
    CHECK(formatInstantUtc(winter->instant) == "2026-01-15T07:00:00Z");
    const auto summer = parseMoment("2026-07-15T08:00");
    REQUIRE(summer);
    CHECK(summer->utcOffsetMinutes == 120);

    const auto dateOnly = parseMoment("2026-07-15");
    REQUIRE(dateOnly);
    CHECK(dateOnly->date == date(2026, 7, 15));
    CHECK(formatMomentLocal(*dateOnly) == "2026-07-15T12:00:00+02:00");

    const Moment lateEvening = localMoment(*parseInstantUtc("2026-07-15T22:30:00Z"));
    CHECK(lateEvening.date == date(2026, 7, 16));
}
