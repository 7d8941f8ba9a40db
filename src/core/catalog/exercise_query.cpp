// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/exercise_query.h"

#include <algorithm>
#include <cctype>

namespace limber {
namespace {

char lowerAscii(char c)
{
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [](char a, char b) { return lowerAscii(a) == lowerAscii(b); });
    return it != haystack.end();
}

bool mentions(const Exercise& exercise, std::string_view word)
{
    if (containsIgnoringCase(exercise.name, word) || containsIgnoringCase(exercise.summary, word)
        || containsIgnoringCase(exercise.id, word))
        return true;
    return std::any_of(exercise.steps.begin(), exercise.steps.end(),
                       [&](const std::string& step) { return containsIgnoringCase(step, word); });
}

template <typename T>
bool contains(const std::vector<T>& values, T value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

bool matches(const Exercise& exercise, const ExerciseQuery& query)
{
    if (query.category && exercise.category != *query.category)
        return false;
    if (query.area && !contains(exercise.areas, *query.area))
        return false;
    if (query.position && exercise.position != *query.position)
        return false;
    if (query.deskFriendlyOnly && !exercise.deskFriendly)
        return false;
    if (query.uses && !contains(exercise.equipment, *query.uses))
        return false;
    if (query.withoutEquipment && !exercise.equipment.empty())
        return false;

    std::string_view text = query.text;
    while (!text.empty()) {
        const auto start = text.find_first_not_of(" \t");
        if (start == std::string_view::npos)
            break;
        text.remove_prefix(start);
        const auto end = std::min(text.find_first_of(" \t"), text.size());
        if (!mentions(exercise, text.substr(0, end)))
            return false;
        text.remove_prefix(end);
    }
    return true;
}

std::vector<const Exercise*> findExercises(const Catalog& catalog, const ExerciseQuery& query)
{
    std::vector<const Exercise*> found;
    for (const Exercise& exercise : catalog.exercises()) {
        if (matches(exercise, query))
            found.push_back(&exercise);
    }
    return found;
}

} // namespace limber
