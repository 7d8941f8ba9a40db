// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/session/clock.h"

namespace limber::test {

// The one fake clock of the test suite: time moves only when a test moves it.
class ManualClock final : public Clock {
public:
    SteadyTime now() const override { return m_now; }
    void advance(Duration by) { m_now += by; }

private:
    SteadyTime m_now{std::chrono::hours{1}};
};

} // namespace limber::test
