// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

namespace limber {

struct CosineAndSine {
    double cosine = 1;
    double sine = 0;
};

// std::cos and std::sin of `degrees` · π / 180, equal to them (==) for every angle. Whole degrees from -180 to 180, which
// nearly every angle of a catalog is, come from a table computed the same way: placing a pose turns its
// joints a dozen times, and a lookup costs far less than a sincos call.
CosineAndSine cosineAndSine(double degrees);

} // namespace limber
