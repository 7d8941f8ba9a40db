// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/catalog_source.h"

#include "core/catalog/catalog_loader.h"
#include "core/common/paths.h"

namespace limber::app {

AppCatalog loadAppCatalog(const QString& replacement)
{
    const std::filesystem::path replacementPath = replacement.toStdString();
    auto layered = loadLayeredCatalog(replacement.isEmpty() ? nullptr : &replacementPath, userCatalogDirectory());
    if (layered.catalog.empty() && !replacement.isEmpty()) {
        auto fallback = loadLayeredCatalog(nullptr, userCatalogDirectory());
        fallback.issues.insert(fallback.issues.begin(), layered.issues.begin(), layered.issues.end());
        layered = std::move(fallback);
    }
    return {std::make_shared<const Catalog>(std::move(layered.catalog)), std::move(layered.issues)};
}

} // namespace limber::app
