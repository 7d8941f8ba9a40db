// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/enum_names.h"
#include "core/plan/plan.h"

#include <chrono>
#include <cstddef>
#include <vector>

namespace limber {

enum class PhaseKind { GetReady, Work, Rest, SwitchSide };
enum class Side { None, Left, Right };

template <>
struct EnumNames<PhaseKind> {
    static constexpr std::array<std::string_view, 4> names{"get_ready", "work", "rest", "switch_side"};
};
template <>
struct EnumNames<Side> {
    static constexpr std::array<std::string_view, 3> names{"none", "left", "right"};
};

using Duration = std::chrono::nanoseconds;

// One step of a session: get ready, work (a hold, a set of reps, or timed work), rest, or switch sides.
struct Phase {
    PhaseKind kind = PhaseKind::GetReady;
    std::size_t item = 0; // index into Plan::items
    Side side = Side::None;
    int set = 0;          // 1-based for work and rest within an exercise; 0 for get-ready and switch-side
    int hold = 0;         // 1-based hold number within the set, for hold work; 0 otherwise
    Duration duration{};  // planned; a self-paced set is planned at 3 s a rep
    int reps = 0;         // repetitions in a reps work phase
    Duration repDuration{}; // one repetition at the tempo; zero when self-paced
    bool selfPaced = false;

    bool operator==(const Phase&) const = default;
};

struct Timeline {
    std::vector<Phase> phases;
    Duration total{};
    Duration work{};
};

// The planned phases of `plan`, following the rules in docs/formats.md ("The timeline"). Pure: the same
// plan always gives the same timeline, which is what `plan show` prints and the engine plays.
Timeline buildTimeline(const Plan& plan);

} // namespace limber
