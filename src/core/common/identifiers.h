// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <string>
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

// An id made from a title: its ASCII letters and digits, lower-cased, runs of anything else as one hyphen
// ("Lower back — week 2" → "lower-back-week-2"); `fallback` when nothing is left.
inline std::string idFromTitle(std::string_view title, std::string_view fallback)
{
    std::string id;
    for (char c : title) {
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            id += lower;
        else if (!id.empty() && id.back() != '-')
            id += '-';
        if (id.size() >= 64)
            break;
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id.empty() ? std::string{fallback} : id;
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
