// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/session/session_engine.h"

#include <chrono>

namespace limber {

// Where front ends get the time they pass to the engine. The app uses the steady clock; tests use a
// clock they move by hand, so a whole session plays in no time and every run is the same.
class Clock {
public:
    virtual ~Clock() = default;
    virtual SteadyTime now() const = 0;
};

class SteadyClock final : public Clock {
public:
    SteadyTime now() const override { return std::chrono::steady_clock::now(); }
};

} // namespace limber
