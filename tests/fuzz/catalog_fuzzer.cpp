// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

// Any bytes at all must give either a catalog or issues, never a crash, a hang or undefined behaviour;
// and a loaded catalog written back must load again.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto loaded = limber::parseCatalog(text, "fuzz.json");
    for (const auto& issue : loaded.issues)
        static_cast<void>(limber::formatIssue(issue));
    if (loaded.ok()) {
        for (const auto& exercise : loaded.value->exercises())
            static_cast<void>(limber::toJson(exercise).dump());
    }
    return 0;
}
