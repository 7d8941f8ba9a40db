// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "catalog_generator.h"

#include "core/catalog/catalog_loader.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <unordered_set>

namespace limber::bench {

std::string generateCatalogJson(std::size_t count)
{
    const auto builtin = loadBuiltinCatalog();
    if (!builtin.ok())
        throw std::runtime_error("the built-in catalog does not load");
    const auto exercises = builtin.value->exercises();

    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t round = i / exercises.size();
        nlohmann::json exercise = toJson(exercises[i % exercises.size()]);
        const auto renamed = [&](const nlohmann::json& id) {
            return id.is_null() ? id : nlohmann::json(id.get<std::string>() + '-' + std::to_string(round));
        };
        exercise["id"] = renamed(exercise["id"]);
        exercise["regression"] = renamed(exercise["regression"]);
        exercise["progression"] = renamed(exercise["progression"]);
        list.push_back(std::move(exercise));
    }
    // A cut-off last repetition may point at ids it never reached.
    std::unordered_set<std::string> ids;
    for (const auto& exercise : list)
        ids.insert(exercise["id"].get<std::string>());
    for (auto& exercise : list) {
        for (const char* field : {"regression", "progression"}) {
            if (exercise[field].is_string() && !ids.contains(exercise[field].get<std::string>()))
                exercise[field] = nullptr;
        }
    }
    nlohmann::json references = nlohmann::json::object();
    for (const auto& [key, reference] : builtin.value->references()) {
        references[key] = {{"title", reference.title}};
        if (!reference.url.empty())
            references[key]["url"] = reference.url;
    }
    return nlohmann::json{{"format", "limber-catalog"}, {"version", 1}, {"references", references}, {"exercises", list}}
        .dump(2);
}

} // namespace limber::bench
