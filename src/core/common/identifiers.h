// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <string_view>

namespace limber {

// Exercise and plan ids: kebab-case, `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
constexpr bool isExerciseId(std::string_view id)
{
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-')
        return false;
    char previous = 0;
    for (char c : id) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(c == '-' && previous != '-'))
            return false;
        previous = c;
    }
    return true;
}

// Reference keys in a catalog's `references`: `^[A-Z0-9][A-Z0-9_-]*$`, at most 32 characters.
constexpr bool isReferenceKey(std::string_view key)
{
    if (key.empty() || key.size() > 32 || key.front() == '-' || key.front() == '_')
        return false;
    for (char c : key) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

} // namespace limber
