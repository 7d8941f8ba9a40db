// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/session/timeline.h"

namespace limber {
namespace {

using std::chrono::seconds;

// Appends the work and rest phases of every set of `item` on one side.
void appendSets(std::vector<Phase>& phases, const PlanItem& item, std::size_t index, Side side)
{
    const Exercise& exercise = item.exercise;
    const Dose& dose = exercise.dose;
    const auto rest = [&](int set) {
        if (dose.restSeconds > 0)
            phases.push_back({PhaseKind::Rest, index, side, set, 0, seconds{dose.restSeconds}, 0, {}, false});
    };
    switch (exercise.mode) {
    case DoseMode::Hold:
        for (int set = 1; set <= dose.sets; ++set) {
            for (int hold = 1; hold <= dose.reps; ++hold) {
                if (set > 1 || hold > 1)
                    rest(set);
                phases.push_back({PhaseKind::Work, index, side, set, hold, seconds{dose.holdSeconds}, 0, {}, false});
            }
        }
        break;
    case DoseMode::Reps: {
        const Duration repDuration = dose.selfPaced ? Duration{} : Duration{seconds{secondsPerRep(dose)}};
        for (int set = 1; set <= dose.sets; ++set) {
            if (set > 1)
                rest(set);
            phases.push_back({PhaseKind::Work, index, side, set, 0, seconds{secondsPerRep(dose) * dose.reps}, dose.reps,
                              repDuration, dose.selfPaced});
        }
        break;
    }
    case DoseMode::Timed:
        phases.push_back({PhaseKind::Work, index, side, 1, 0, seconds{dose.timedSeconds}, 0, {}, false});
        break;
    }
}

} // namespace

Timeline buildTimeline(const Plan& plan)
{
    Timeline timeline;
    std::vector<Phase>& phases = timeline.phases;
    for (std::size_t index = 0; index < plan.items.size(); ++index) {
        const PlanItem& item = plan.items[index];
        const Side first = item.exercise.perSide ? Side::Left : Side::None;
        if (plan.getReadySeconds > 0)
            phases.push_back({PhaseKind::GetReady, index, first, 0, 0, seconds{plan.getReadySeconds}, 0, {}, false});
        appendSets(phases, item, index, first);
        if (item.exercise.perSide) {
            if (plan.switchSideSeconds > 0) {
                phases.push_back(
                    {PhaseKind::SwitchSide, index, Side::Right, 0, 0, seconds{plan.switchSideSeconds}, 0, {}, false});
            }
            appendSets(phases, item, index, Side::Right);
        }
    }
    for (const Phase& phase : phases) {
        timeline.total += phase.duration;
        if (phase.kind == PhaseKind::Work)
            timeline.work += phase.duration;
    }
    return timeline;
}

} // namespace limber
