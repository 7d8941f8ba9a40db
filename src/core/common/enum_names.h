// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

// Each enum used in files or on the command line specialises this with `names`, one string per
// enumerator in declaration order; that one table is the only place its spelling lives.
template <typename Enum>
struct EnumNames;

template <typename Enum>
constexpr std::string_view toString(Enum value)
{
    return EnumNames<Enum>::names[static_cast<std::size_t>(value)];
}

template <typename Enum>
constexpr std::optional<Enum> enumFromString(std::string_view text)
{
    const auto& names = EnumNames<Enum>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == text)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template <typename Enum>
constexpr std::array<Enum, EnumNames<Enum>::names.size()> allEnumValues()
{
    std::array<Enum, EnumNames<Enum>::names.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = static_cast<Enum>(i);
    return values;
}

// The spellings of `values`, in order, separated by `separator`: "ache;stiffness".
template <typename Range>
std::string joinEnumNames(const Range& values, std::string_view separator)
{
    std::string text;
    for (const auto value : values) {
        if (!text.empty())
            text += separator;
        text += toString(value);
    }
    return text;
}

// "a, b, c": every allowed spelling, for messages.
template <typename Enum>
std::string enumNameList()
{
    return joinEnumNames(allEnumValues<Enum>(), ", ");
}

} // namespace limber
