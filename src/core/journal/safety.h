// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/enum_names.h"

#include <string>
#include <string_view>
#include <vector>

namespace limber {

// Warning signs that, with back pain, mean exercise should wait until a health professional has assessed
// the person (content brief, section 3.1).
enum class RedFlag {
    // Emergency: call the emergency number or go to an emergency department now.
    BladderBowel,
    SaddleNumbness,
    BothLegs,
    ChestPain,
    Trauma,
    FeverWithAbdominalPain,
    // Urgent: see a doctor the same day or as soon as possible.
    OneSideNumbness,
    Fever,
    WeightLoss,
    LumpOrShapeChange,
    NightPain,
    CoughSneeze,
    BetweenShoulderBlades,
    BelowKnee,
    RiskHistory,
    NeckArm,
    Dizziness,
    NotImproving,
};

template <>
struct EnumNames<RedFlag> {
    static constexpr std::array<std::string_view, 18> names{
        "bladder",   "saddle",      "both-legs",  "chest-pain",   "trauma",     "fever-abdomen",
        "numbness",  "fever",       "weight-loss", "lump",        "night-pain", "cough-sneeze",
        "upper-back", "below-knee", "history",    "neck-arm",     "dizziness",  "not-improving"};
};

enum class Urgency { Emergency, Urgent };

Urgency urgencyOf(RedFlag flag);

// The question a screen asks for this sign, in plain words ("Have you lost control of your bladder or
// bowels, or found it hard to pass urine?").
std::string_view redFlagQuestion(RedFlag flag);

// What to do, for a person who answered yes to `flags`: the emergency wording when any of them is an
// emergency sign, otherwise the urgent wording; names each sign. Empty when `flags` is empty.
std::string safetyGuidance(const std::vector<RedFlag>& flags);

// The parts of that guidance, for a front end that translates them (each is marked for Qt's lupdate in
// the "Safety" scope, like the questions): what to do for the most urgent sign, that exercise waits, and
// the heading of the signs answered "yes".
Urgency mostUrgent(const std::vector<RedFlag>& flags);
std::string_view urgencyAdvice(Urgency urgency);
std::string_view exerciseOnHoldAdvice();
std::string_view answeredYesHeading();

} // namespace limber
