// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"
#include "core/common/dates.h"
#include "core/common/enum_names.h"

#include <optional>
#include <string>
#include <vector>

namespace limber {

enum class Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun };

template <>
struct EnumNames<Weekday> {
    static constexpr std::array<std::string_view, 7> names{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
};

// The day of the week of a local date.
inline Weekday weekdayOf(LocalDate date)
{
    // std::chrono counts Sunday as 0; the plan format's week starts on Monday.
    return static_cast<Weekday>(std::chrono::weekday{std::chrono::sys_days{date}}.iso_encoding() - 1);
}

struct Schedule {
    std::vector<Weekday> days;
    int weeks = 1;
    std::optional<LocalDate> start; // none: starts when the person makes the plan active

    bool operator==(const Schedule&) const = default;
};

// What one progression step adds to an item's dose (0: that part does not change).
struct ProgressionStep {
    int reps = 0;
    int holdSeconds = 0;
    int sets = 0;
    int timedSeconds = 0;

    bool operator==(const ProgressionStep&) const = default;
};

struct Progression {
    std::string rule; // "pain-monitoring"
    int everySessions = 3;
    ProgressionStep step;

    bool operator==(const Progression&) const = default;
};

// One exercise of a plan, resolved: `exercise` is the catalog's (or the embedded) exercise with the item's
// dose override already laid over its default dose.
struct PlanItem {
    Exercise exercise;
    bool embedded = false; // defined in the plan file rather than taken from the catalog
    std::string note;

    bool operator==(const PlanItem&) const = default;
};

inline constexpr int defaultGetReadySeconds = 5;
inline constexpr int defaultSwitchSideSeconds = 5;

// A routine (no schedule) or a multi-week plan, resolved against a catalog and ready to play.
struct Plan {
    std::string id;
    std::string title;
    std::string summary;
    std::string assignedBy;
    std::string notes;
    int getReadySeconds = defaultGetReadySeconds;
    int switchSideSeconds = defaultSwitchSideSeconds;
    std::optional<Schedule> schedule;
    std::optional<Progression> progression;
    std::vector<PlanItem> items;

    bool isRoutine() const { return !schedule.has_value(); }
    bool operator==(const Plan&) const = default;
};

} // namespace limber
