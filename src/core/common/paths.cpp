// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/common/paths.h"

#include <cstdlib>

namespace limber {

std::filesystem::path dataDirectory()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && xdg[0] == '/')
        return std::filesystem::path{xdg} / "limber";
    const char* home = std::getenv("HOME");
    return std::filesystem::path{home && home[0] ? home : "."} / ".local" / "share" / "limber";
}

std::filesystem::path userCatalogDirectory()
{
    return dataDirectory() / "catalog";
}

std::filesystem::path userPlansDirectory()
{
    return dataDirectory() / "plans";
}

} // namespace limber
