// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace limber {

// A set of exercises with unique ids, in file order, plus the references their `sources` name.
// A plain value: copying it copies the exercises; it holds no file handles.
class Catalog {
public:
    Catalog() = default;
    Catalog(std::vector<Exercise> exercises, std::map<std::string, Reference, std::less<>> references);

    std::span<const Exercise> exercises() const { return m_exercises; }
    std::size_t size() const { return m_exercises.size(); }
    bool empty() const { return m_exercises.empty(); }

    // The exercise with this id, or nullptr. The pointer stays valid until the catalog is changed.
    const Exercise* find(std::string_view id) const;
    const Reference* reference(std::string_view key) const;
    const std::map<std::string, Reference, std::less<>>& references() const { return m_references; }

    // Lays `overlay` on top: an exercise whose id exists here replaces it in place, a new one is appended;
    // references are added or replaced by key.
    void layer(const Catalog& overlay);

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };

    std::vector<Exercise> m_exercises;
    std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> m_indexById;
    std::map<std::string, Reference, std::less<>> m_references;
};

} // namespace limber
