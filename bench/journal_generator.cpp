// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "journal_generator.h"

#include "core/journal/journal.h"

#include <random>

namespace limber::bench {

bool generateJournal(const std::filesystem::path& path, JournalSize size, LocalDate lastDay)
{
    auto opened = Journal::open(path);
    if (!opened.ok())
        return false;
    Journal& journal = opened.value();
    std::mt19937 random{20261123};
    std::uniform_int_distribution<int> score{1, 7};
    std::uniform_int_distribution<int> seconds{30, 120};
    std::uniform_int_distribution<int> area{0, 7};
    const char* exercises[] = {"cat-cow", "childs-pose", "glute-bridge", "bird-dog", "chin-tuck",
                               "shoulder-blade-squeeze", "knee-to-chest-single", "pelvic-tilt", "wall-angel", "walking"};

    return journal
        .transaction([&] {
            // Someone who has used Limber for years answered the red-flag screen long ago.
            const LocalDate firstDay = addDays(lastDay, 1 - size.days);
            if (!journal.recordSafetyCheck(SafetyCheckKind::Screen, Moment{std::chrono::sys_days{firstDay}, firstDay, 0}, {}).ok())
                return false;
            constexpr int planWeeks = 26;
            for (int day = 0; day < size.days; ++day) {
                const LocalDate date = addDays(lastDay, day - size.days + 1);
                const Instant morning = std::chrono::sys_days{date} + std::chrono::hours{7};
                // The physio renews the daily plan every half year; the journal keeps each one.
                if (day % (planWeeks * 7) == 0) {
                    PlanEnrollment plan;
                    plan.planId = "lower-back-starter";
                    plan.planTitle = "Lower back starter";
                    plan.planJson = R"({"format": "limber-plan", "version": 1, "id": "lower-back-starter"})";
                    plan.start = date;
                    const auto everyDay = allEnumValues<Weekday>();
                    plan.days.assign(everyDay.begin(), everyDay.end());
                    plan.weeks = planWeeks;
                    plan.began = Moment{morning - std::chrono::hours{1}, date, 0};
                    if (!journal.startPlan(plan).ok())
                        return false;
                }
                if (day % 7 == 0) {
                    const PegEntry peg{0, Moment{morning + std::chrono::hours{2}, date, 0}, score(random), score(random),
                                       score(random)};
                    if (!journal.addPegEntry(peg).ok())
                        return false;
                }
                for (int k = 0; k < size.painPerDay; ++k) {
                    PainEntry entry;
                    entry.when = Moment{morning + std::chrono::hours{12 * k}, date, 0};
                    entry.score = score(random);
                    entry.area = static_cast<PainArea>(area(random));
                    entry.context = k == 0 ? PainContext::Morning : PainContext::Evening;
                    if (!journal.addPainEntry(entry).ok())
                        return false;
                }
                const auto session = journal.startSession("lower-back-starter", "Lower back starter",
                                                          Moment{morning + std::chrono::hours{1}, date, 0}, score(random));
                if (!session.ok())
                    return false;
                for (int position = 0; position < size.resultsPerSession; ++position) {
                    const ExerciseResult result{position, exercises[position % 10], 1, 10, seconds(random), false, false};
                    if (!journal.checkpoint(session.value(), result).ok())
                        return false;
                }
                const auto status = day % 9 == 0 ? SessionStatus::Stopped : SessionStatus::Completed;
                if (!journal.finishSession(session.value(), status, morning + std::chrono::hours{1} + std::chrono::minutes{20},
                                           score(random)).ok())
                    return false;
            }
            return true;
        })
        .ok();
}

} // namespace limber::bench
