// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/figure/rotation.h"

#include <array>
#include <cmath>
#include <numbers>

namespace limber {
namespace {

constexpr int tableLimit = 180;

CosineAndSine computed(double degrees)
{
    const double radians = degrees * std::numbers::pi / 180;
    return {std::cos(radians), std::sin(radians)};
}

} // namespace

CosineAndSine cosineAndSine(double degrees)
{
    static const std::array<CosineAndSine, 2 * tableLimit + 1> wholeDegrees = [] {
        std::array<CosineAndSine, 2 * tableLimit + 1> table;
        for (int whole = -tableLimit; whole <= tableLimit; ++whole)
            table[static_cast<std::size_t>(whole + tableLimit)] = computed(whole);
        return table;
    }();
    // The range test comes first: converting a double outside int's range is undefined, and NaN fails it.
    if (degrees >= -tableLimit && degrees <= tableLimit) {
        const int whole = static_cast<int>(degrees);
        if (whole == degrees)
            return wholeDegrees[static_cast<std::size_t>(whole + tableLimit)];
    }
    return computed(degrees);
}

} // namespace limber
