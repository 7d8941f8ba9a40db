// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/common/dates.h"
#include "core/journal/journal_types.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace limber {

// CSV files of the journal, RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF (quotes doubled), UTF-8 without a byte-order mark, a header row first.
struct CsvExport {
    std::string painEntries; // pain.csv
    std::string sessions;    // sessions.csv
    std::string results;     // results.csv
};
CsvExport exportCsv(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions);

// The whole journal as one JSON document: {"format": "limber-journal-export", "version": 1,
// "exported_at", "pain_entries": […], "sessions": [{…, "results": […]}]} (documented in docs/formats.md).
nlohmann::json exportJson(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions,
                          Instant exportedAt);

// A FHIR R4 Bundle (type "collection") with one Observation per pain entry: LOINC 72514-3, valueInteger,
// effectiveDateTime in local time with its offset, bodySite as text, the note as an annotation. No
// Patient is invented: the journal is one person's own record.
nlohmann::json exportFhir(const std::vector<PainEntry>& pain, Instant exportedAt);

} // namespace limber
