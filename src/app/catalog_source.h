// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/common/issue.h"

#include <QString>

#include <memory>
#include <vector>

namespace limber::app {

struct AppCatalog {
    std::shared_ptr<const Catalog> catalog;
    std::vector<Issue> issues; // problems to show the user; the catalog is usable regardless
};

// The catalog the app shows: `replacement` (from --catalog) or the built-in one, with the user's catalog
// folder layered on. A replacement that fails to load is reported and the built-in catalog used instead,
// so the app always has exercises to offer.
AppCatalog loadAppCatalog(const QString& replacement);

} // namespace limber::app
