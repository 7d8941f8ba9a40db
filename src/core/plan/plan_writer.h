// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/plan.h"

#include <nlohmann/json.hpp>

namespace limber {

// The plan in the plan file format (docs/formats.md). An item taken from `catalog` is written as its id
// with only the dose fields that differ from the catalog's default, so the file reads the way a physio
// writes one; an embedded item is written whole. Parsing the result against `catalog` gives an equal plan.
nlohmann::json toJson(const Plan& plan, const Catalog& catalog);

} // namespace limber
