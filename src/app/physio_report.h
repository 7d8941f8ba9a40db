// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"

#include <QString>

#include <vector>

namespace limber::app {

// What goes into the report for a physio: the person's own journal for a period.
struct PhysioReportInput {
    LocalDate from;
    LocalDate to;
    std::vector<PainEntry> pain;        // the whole journal: the change is judged against the first week
    std::vector<SessionRecord> sessions; // with their results
    std::vector<PegEntry> peg;
    std::vector<PlanEnrollment> plans;   // every plan followed; those overlapping the period are reported
    std::vector<SafetyCheck> safetyChecks;
    std::vector<DoseChange> doseChanges; // suggested by the pain-monitoring rule, accepted or declined
};

// Writes an A4 PDF for the period: the plans followed and their adherence, the pain change in plain words, a
// chart of pain day by day with its 7-day mean, the week-by-week table, the sessions with their exercises,
// the person's notes, and any warning signs they reported. Returns false with `error` set when the file cannot be written.
bool writePhysioReport(const QString& path, const PhysioReportInput& input, QString& error);

} // namespace limber::app
