// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <cstddef>
#include <string>

namespace limber::bench {

// A valid catalog of `count` exercises, made by repeating the built-in ones under new ids
// ("cat-cow-17"), so its text is as long and varied as real content; regression and progression ids
// point inside the same repetition, so they all resolve.
std::string generateCatalogJson(std::size_t count);

} // namespace limber::bench
