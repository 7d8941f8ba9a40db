// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog.h"

namespace limber {

Catalog::Catalog(std::vector<Exercise> exercises, std::map<std::string, Reference, std::less<>> references)
    : m_exercises(std::move(exercises)), m_references(std::move(references))
{
    m_indexById.reserve(m_exercises.size());
    for (std::size_t i = 0; i < m_exercises.size(); ++i)
        m_indexById.emplace(m_exercises[i].id, i);
}

const Exercise* Catalog::find(std::string_view id) const
{
    const auto it = m_indexById.find(id);
    return it == m_indexById.end() ? nullptr : &m_exercises[it->second];
}

const Reference* Catalog::reference(std::string_view key) const
{
    const auto it = m_references.find(key);
    return it == m_references.end() ? nullptr : &it->second;
}

void Catalog::layer(const Catalog& overlay)
{
    for (const Exercise& exercise : overlay.m_exercises) {
        if (const auto it = m_indexById.find(exercise.id); it != m_indexById.end()) {
            m_exercises[it->second] = exercise;
        } else {
            m_indexById.emplace(exercise.id, m_exercises.size());
            m_exercises.push_back(exercise);
        }
    }
    for (const auto& [key, reference] : overlay.m_references)
        m_references.insert_or_assign(key, reference);
}

} // namespace limber
