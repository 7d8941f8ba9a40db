// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/reminders/break_scheduler.h"

#include "support/core_fixtures.h"
#include "support/manual_clock.h"
#include "support/plan_builder.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace limber;
using namespace std::chrono_literals;
using std::chrono::minutes;
using std::chrono::seconds;
using Times = std::vector<std::string>;

namespace {

enum class Answer { Leave, TakeBreak, Skip };

// A day at the desk: the steady clock and the local wall clock move together, a tick a minute, unless a
// test sets them apart. Local time is UTC unless a test changes the time zone.
class Desk {
public:
    explicit Desk(BreakSettings settings = {}, std::string_view day = "2026-11-23", minutes at = 8h)
        : scheduler(std::move(settings))
    {
        const LocalDate date = test::date(day);
        local = Moment{std::chrono::sys_days{date} + at, date, 0};
        tick();
    }

    BreakScheduler scheduler;
    test::ManualClock clock;
    Moment local;

    bool tick(std::optional<seconds> idle = 0s) { return scheduler.tick({clock.now(), local, idle}); }

    bool step(Duration by, std::optional<seconds> idle = 0s)
    {
        clock.advance(by);
        moveWallClock(by);
        return tick(idle);
    }

    // As NTP or a hand setting the clock does; the steady clock stays.
    void moveWallClock(Duration by)
    {
        local.instant += std::chrono::duration_cast<seconds>(by);
        setDate();
    }

    void changeTimeZone(int utcOffsetMinutes)
    {
        local.utcOffsetMinutes = utcOffsetMinutes;
        setDate();
    }

    // "2026-11-23T09:50"
    std::string now() const { return formatMomentLocal(local).substr(0, 16); }

    // Works for `span`, answering each reminder with `answer`; when the reminders came. `idle` is what the
    // desktop says at each tick: a short pause in typing, or nothing where it cannot tell.
    Times work(Duration span, Answer answer = Answer::TakeBreak, std::optional<seconds> idle = 0s)
    {
        Times shown;
        for (Duration done{}; done < span; done += 1min) {
            if (!step(1min, idle))
                continue;
            shown.push_back(now());
            if (answer == Answer::TakeBreak)
                scheduler.breakTaken(clock.now());
            else if (answer == Answer::Skip)
                scheduler.skip(clock.now());
        }
        return shown;
    }

    // Leaves the keyboard for `span`, leaving any reminder on screen; when reminders came.
    Times away(minutes span)
    {
        Times shown;
        for (minutes idle = 1min; idle <= span; idle += 1min) {
            if (step(1min, idle))
                shown.push_back(now());
        }
        return shown;
    }

private:
    void setDate()
    {
        local.date =
            LocalDate{std::chrono::floor<std::chrono::days>(local.instant + minutes{local.utcOffsetMinutes})};
    }
};

BreakSettings withPolicy(IdlePolicy policy)
{
    BreakSettings settings;
    settings.idlePolicy = policy;
    return settings;
}

BreakSettings withSkipCap(int cap)
{
    BreakSettings settings;
    settings.dailySkipCap = cap;
    return settings;
}

Plan routine(std::string id, std::vector<BodyArea> areas, int timedSeconds = 120)
{
    Dose dose;
    dose.timedSeconds = timedSeconds;
    PlanItem item = test::planItem(id + "-move", DoseMode::Timed, dose);
    item.exercise.areas = std::move(areas);
    Plan plan;
    plan.id = std::move(id);
    plan.items = {std::move(item)};
    return plan;
}

PainEntry pain(PainArea area, int score = 5)
{
    PainEntry entry;
    entry.score = score;
    entry.area = area;
    return entry;
}

std::string chosen(const std::vector<Plan>& routines, const std::vector<PainEntry>& recentPain,
                   std::uint32_t variety)
{
    const Plan* plan = chooseBreakRoutine(routines, recentPain, variety);
    return plan ? plan->id : "none";
}

} // namespace

TEST_CASE("no reminder comes before work hours and the interval runs from their start", "[reminders]")
{
    Desk desk; // Monday 08:00
    CHECK(desk.work(1h).empty());
    CHECK(desk.work(3h) == Times{"2026-11-23T09:50", "2026-11-23T10:40", "2026-11-23T11:30"});
}

TEST_CASE("a late tick counts no work from before the start of work hours", "[reminders]")
{
    Desk desk{{}, "2026-11-23", 8h + 59min};
    desk.clock.advance(90s);
    desk.moveWallClock(90s); // 09:00:30
    desk.tick();
    CHECK(desk.scheduler.untilNextBreak() == 49min + 30s);
}

TEST_CASE("a reminder due at 17:29 is still shown but none comes after the end of work hours", "[reminders]")
{
    Desk desk{{}, "2026-11-23", 16h + 39min};
    CHECK(desk.work(50min, Answer::Leave) == Times{"2026-11-23T17:29"});
    desk.scheduler.snooze(5min, desk.clock.now());
    CHECK(desk.work(6h).empty());

    Desk later{{}, "2026-11-23", 16h + 41min};
    CHECK(later.work(6h).empty());
}

TEST_CASE("weekends have no reminders unless they are chosen as work days", "[reminders]")
{
    Desk saturday{{}, "2026-11-28"};
    CHECK(saturday.work(12h).empty());
    CHECK(!saturday.scheduler.untilNextBreak());

    BreakSettings everyDay;
    everyDay.workDays.push_back(Weekday::Sat);
    Desk working{everyDay, "2026-11-28"};
    CHECK(working.work(2h) == Times{"2026-11-28T09:50"});
}

TEST_CASE("with the reset policy being away for the break length restarts the interval", "[reminders]")
{
    Desk desk;
    desk.work(1h + 30min);
    CHECK(desk.away(5min).empty());
    CHECK(desk.scheduler.untilNextBreak() == 50min);
    CHECK(desk.work(1h) == Times{"2026-11-23T10:25"});
}

TEST_CASE("with the reset policy a shorter time away is still work", "[reminders]")
{
    Desk desk;
    desk.work(1h + 30min);
    CHECK(desk.away(4min).empty());
    CHECK(desk.scheduler.untilNextBreak() == 16min);
    CHECK(desk.work(1h) == Times{"2026-11-23T09:50"});
}

TEST_CASE("with the reset policy a break away from the desk withdraws the reminder on screen", "[reminders]")
{
    Desk desk;
    CHECK(desk.work(1h + 50min, Answer::Leave) == Times{"2026-11-23T09:50"});
    CHECK(desk.scheduler.isReminderShowing());
    CHECK(desk.away(5min).empty());
    CHECK(!desk.scheduler.isReminderShowing());
    CHECK(desk.scheduler.untilNextBreak() == 50min);
}

TEST_CASE("with the pause policy time away past a minute is not work", "[reminders]")
{
    Desk desk{withPolicy(IdlePolicy::Pause)};
    desk.work(1h + 30min);
    CHECK(desk.away(10min).empty());
    CHECK(desk.scheduler.untilNextBreak() == 20min);
    CHECK(desk.work(1h) == Times{"2026-11-23T10:00"});
}

TEST_CASE("with the pause policy pauses in typing shorter than a minute are work", "[reminders]")
{
    Desk desk{withPolicy(IdlePolicy::Pause)};
    CHECK(desk.work(3h, Answer::TakeBreak, 40s) == Times{"2026-11-23T09:50", "2026-11-23T10:40"});
}

TEST_CASE("with the ignore policy time away is work", "[reminders]")
{
    Desk desk{withPolicy(IdlePolicy::Ignore)};
    desk.work(1h + 30min);
    CHECK(desk.away(30min) == Times{"2026-11-23T09:50"});
}

TEST_CASE("without the desktop's idle time the interval runs on plain time", "[reminders]")
{
    for (IdlePolicy policy : {IdlePolicy::Reset, IdlePolicy::Pause, IdlePolicy::Ignore}) {
        INFO(toString(policy));
        Desk desk{withPolicy(policy)};
        CHECK(desk.work(3h, Answer::TakeBreak, std::nullopt) == Times{"2026-11-23T09:50", "2026-11-23T10:40"});
    }
}

TEST_CASE("a snoozed reminder comes back after 5 or 10 or 15 minutes", "[reminders]")
{
    CHECK(snoozeChoices == std::array{5min, 10min, 15min});
    for (minutes snooze : snoozeChoices) {
        INFO(snooze.count() << " min");
        Desk desk;
        CHECK(desk.work(1h + 50min, Answer::Leave).size() == 1);
        desk.scheduler.snooze(snooze, desk.clock.now());
        CHECK(!desk.scheduler.isReminderShowing());
        CHECK(desk.scheduler.untilNextBreak() == snooze);
        CHECK(desk.work(snooze - 1min, Answer::Leave).empty());
        CHECK(desk.work(1min, Answer::Leave).size() == 1);
    }
}

TEST_CASE("skipping restarts the interval", "[reminders]")
{
    Desk desk;
    CHECK(desk.work(10h, Answer::Skip).size() == 10);
    CHECK(desk.scheduler.canSkip());
}

TEST_CASE("after the daily cap of skips skip is no longer offered", "[reminders]")
{
    Desk desk{withSkipCap(2)};
    CHECK(desk.work(4h, Answer::Skip) == Times{"2026-11-23T09:50", "2026-11-23T10:40", "2026-11-23T11:30"});
    CHECK(!desk.scheduler.canSkip());
    // Skipping anyway does nothing: the reminder stays.
    CHECK(desk.scheduler.isReminderShowing());
    CHECK(desk.scheduler.untilNextBreak() == 0s);
}

TEST_CASE("a new day resets the skip count", "[reminders]")
{
    Desk desk{withSkipCap(1)};
    CHECK(desk.work(2h, Answer::Skip) == Times{"2026-11-23T09:50"});
    CHECK(!desk.scheduler.canSkip());
    CHECK(desk.work(24h, Answer::Leave) == Times{"2026-11-23T10:40", "2026-11-24T09:50"});
    CHECK(desk.scheduler.canSkip());
}

TEST_CASE("not now keeps reminders away until the next work day", "[reminders]")
{
    Desk desk;
    CHECK(desk.work(1h + 50min, Answer::Leave) == Times{"2026-11-23T09:50"});
    desk.scheduler.notNowUntilTomorrow(desk.local.date);
    CHECK(!desk.scheduler.isReminderShowing());
    CHECK(!desk.scheduler.untilNextBreak());
    CHECK(desk.work(24h) == Times{"2026-11-24T09:50"});
}

TEST_CASE("not now on a Friday lasts until Monday", "[reminders]")
{
    Desk desk{{}, "2026-11-27", 10h};
    desk.scheduler.notNowUntilTomorrow(desk.local.date);
    CHECK(desk.work(72h) == Times{"2026-11-30T09:50"});
}

TEST_CASE("a sleeping machine counts as a break with the reset policy", "[reminders]")
{
    Desk desk;
    desk.work(1h + 30min);
    CHECK(!desk.step(20min));
    CHECK(desk.scheduler.untilNextBreak() == 50min);
    CHECK(desk.work(1h) == Times{"2026-11-23T10:40"});
}

TEST_CASE("a sleeping machine is not work with the pause and ignore policies", "[reminders]")
{
    for (IdlePolicy policy : {IdlePolicy::Pause, IdlePolicy::Ignore}) {
        INFO(toString(policy));
        Desk desk{withPolicy(policy)};
        desk.work(1h + 30min);
        CHECK(!desk.step(20min));
        CHECK(desk.scheduler.untilNextBreak() == 20min);
        CHECK(desk.work(1h) == Times{"2026-11-23T10:10"});
    }
}

TEST_CASE("a sleep shorter than the break length is not a break and not work", "[reminders]")
{
    Desk desk;
    desk.work(1h + 30min);
    CHECK(!desk.step(3min));
    CHECK(desk.scheduler.untilNextBreak() == 20min);
}

TEST_CASE("the wall clock going back an hour brings no burst of reminders", "[reminders]")
{
    Desk desk;
    desk.work(3h); // to 11:00, 20 minutes into the interval
    desk.moveWallClock(-1h);
    CHECK(!desk.step(1min));
    CHECK(desk.scheduler.untilNextBreak() == 29min);
    CHECK(desk.work(1h + 30min) == Times{"2026-11-23T10:30", "2026-11-23T11:20"});
}

TEST_CASE("the wall clock going forward an hour brings no reminder at once", "[reminders]")
{
    Desk desk;
    desk.work(1h + 40min); // to 09:40, 40 minutes into the interval
    desk.moveWallClock(1h);
    CHECK(!desk.step(1min));
    CHECK(desk.work(30min) == Times{"2026-11-23T10:50"});
}

TEST_CASE("a time zone change moves the work hours but not the interval", "[reminders]")
{
    Desk desk{{}, "2026-11-23", 8h + 30min};
    desk.changeTimeZone(60);
    CHECK(desk.now() == "2026-11-23T09:30");
    CHECK(desk.work(1h) == Times{"2026-11-23T10:20"});
    desk.changeTimeZone(180); // 12:30, 10 minutes into the interval
    CHECK(!desk.step(1min));
    CHECK(desk.scheduler.untilNextBreak() == 39min);
}

TEST_CASE("the wall clock jumping past midnight starts a new day without a reminder", "[reminders]")
{
    Desk desk{withSkipCap(1)};
    desk.work(2h, Answer::Skip);
    desk.work(6h); // to 16:00, 20 minutes into the interval
    CHECK(!desk.scheduler.canSkip());
    desk.moveWallClock(17h + 30min);
    CHECK(!desk.step(1min));
    CHECK(desk.now() == "2026-11-24T09:31");
    CHECK(desk.scheduler.canSkip());
    CHECK(desk.scheduler.untilNextBreak() == 49min);
    CHECK(desk.work(1h) == Times{"2026-11-24T10:20"});
}

TEST_CASE("untilNextBreak follows the interval and is none when no reminder can come", "[reminders]")
{
    Desk desk;
    CHECK(!desk.scheduler.untilNextBreak()); // before work hours
    desk.work(1h);
    CHECK(desk.scheduler.untilNextBreak() == 50min);
    desk.work(20min);
    CHECK(desk.scheduler.untilNextBreak() == 30min);
    desk.clock.advance(30s);
    desk.moveWallClock(30s);
    desk.tick();
    CHECK(desk.scheduler.untilNextBreak() == 29min + 30s);
    desk.work(30min, Answer::Leave);
    CHECK(desk.scheduler.untilNextBreak() == 0s);

    BreakSettings off = desk.scheduler.settings();
    off.enabled = false;
    desk.scheduler.setSettings(off);
    CHECK(!desk.scheduler.untilNextBreak());
}

TEST_CASE("turning reminders off withdraws the reminder and a full interval follows when back on", "[reminders]")
{
    Desk desk;
    CHECK(desk.work(1h + 50min, Answer::Leave) == Times{"2026-11-23T09:50"});
    BreakSettings settings = desk.scheduler.settings();
    settings.enabled = false;
    desk.scheduler.setSettings(settings);
    CHECK(!desk.scheduler.isReminderShowing());
    CHECK(desk.work(2h).empty());
    settings.enabled = true;
    desk.scheduler.setSettings(settings);
    CHECK(desk.work(1h) == Times{"2026-11-23T12:40"});
}

TEST_CASE("nextTickIn is never zero and at most a minute", "[reminders]")
{
    Desk desk{withSkipCap(3)};
    int reminders = 0;
    for (int i = 0; i < 24 * 60 * 3; ++i) {
        if (desk.step(20s)) {
            switch (reminders++ % 3) {
            case 0: desk.scheduler.skip(desk.clock.now()); break;
            case 1: desk.scheduler.snooze(5min, desk.clock.now()); break;
            default: desk.scheduler.breakTaken(desk.clock.now());
            }
        }
        const seconds wait = desk.scheduler.nextTickIn();
        REQUIRE(wait >= 1s);
        REQUIRE(wait <= 60s);
    }
}

TEST_CASE("nextTickIn wakes the app when the break falls due", "[reminders]")
{
    Desk desk;
    desk.work(1h + 49min);
    CHECK(desk.scheduler.nextTickIn() == 60s);
    CHECK(!desk.step(25s));
    CHECK(desk.scheduler.nextTickIn() == 35s);
    CHECK(desk.step(35s));
    CHECK(desk.scheduler.nextTickIn() == 60s);
}

TEST_CASE("the break routine leans toward the areas of recent pain", "[reminders]")
{
    const std::vector<Plan> routines{routine("neck", {BodyArea::Neck, BodyArea::Shoulders}),
                                     routine("low-back", {BodyArea::LowerBack, BodyArea::Hips}),
                                     routine("glutes", {BodyArea::Glutes}),
                                     routine("hamstrings", {BodyArea::Hamstrings})};
    for (std::uint32_t variety : {0u, 1u, 7u}) {
        INFO("variety " << variety);
        CHECK(chosen(routines, {pain(PainArea::Neck)}, variety) == "neck");
        CHECK(chosen(routines, {pain(PainArea::Shoulders)}, variety) == "neck");
        CHECK(chosen(routines, {pain(PainArea::Neck), pain(PainArea::LowerBack), pain(PainArea::Hips)}, variety)
              == "low-back");
        CHECK(chosen(routines, {pain(PainArea::Buttocks)}, variety) == "glutes");
        CHECK(chosen(routines, {pain(PainArea::Legs)}, variety) == "hamstrings");
    }
}

TEST_CASE("the break routine takes turns among the routines that match as well", "[reminders]")
{
    const std::vector<Plan> routines{routine("neck-a", {BodyArea::Neck}), routine("back", {BodyArea::LowerBack}),
                                     routine("neck-b", {BodyArea::Neck})};
    const std::vector<PainEntry> neckPain{pain(PainArea::Neck)};
    CHECK(chosen(routines, neckPain, 0) == "neck-a");
    CHECK(chosen(routines, neckPain, 1) == "neck-b");
    CHECK(chosen(routines, neckPain, 2) == "neck-a");
}

TEST_CASE("without recent pain every short routine takes its turn", "[reminders]")
{
    const std::vector<Plan> routines{routine("a", {BodyArea::Neck}), routine("b", {BodyArea::LowerBack}),
                                     routine("c", {BodyArea::MidBack})};
    PainEntry noArea = pain(PainArea::Neck);
    noArea.area.reset();
    for (const std::vector<PainEntry>& recentPain :
         {std::vector<PainEntry>{}, std::vector<PainEntry>{pain(PainArea::Neck, 0), noArea}}) {
        CHECK(chosen(routines, recentPain, 0) == "a");
        CHECK(chosen(routines, recentPain, 1) == "b");
        CHECK(chosen(routines, recentPain, 2) == "c");
        CHECK(chosen(routines, recentPain, 3) == "a");
    }
}

TEST_CASE("plans with a schedule and routines over ten minutes are never offered", "[reminders]")
{
    Plan scheduled = routine("scheduled-neck", {BodyArea::Neck});
    scheduled.schedule = Schedule{{Weekday::Mon}, 4, std::nullopt};
    const std::vector<Plan> plans{scheduled, routine("long-neck", {BodyArea::Neck}, 11 * 60),
                                  routine("short-back", {BodyArea::LowerBack})};
    for (std::uint32_t variety : {0u, 1u, 2u})
        CHECK(chosen(plans, {pain(PainArea::Neck)}, variety) == "short-back");
}

TEST_CASE("no break routine is offered when no routine is short enough", "[reminders]")
{
    CHECK(chosen({}, {}, 0) == "none");
    CHECK(chosen({routine("long", {BodyArea::Neck}, 11 * 60)}, {pain(PainArea::Neck)}, 0) == "none");
}
