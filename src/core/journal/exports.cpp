// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/exports.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace limber {
namespace {

using nlohmann::json;

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string{text};
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

void appendRow(std::string& csv, std::initializer_list<std::string> fields)
{
    bool first = true;
    for (const std::string& field : fields) {
        if (!first)
            csv += ',';
        csv += csvField(field);
        first = false;
    }
    csv += "\r\n";
}

template <typename Enum>
std::string optionalName(const std::optional<Enum>& value)
{
    return value ? std::string{toString(*value)} : std::string{};
}

std::string optionalNumber(const std::optional<int>& value)
{
    return value ? std::to_string(*value) : std::string{};
}

template <typename Enum>
json nameArray(const std::vector<Enum>& values)
{
    json array = json::array();
    for (Enum value : values)
        array.push_back(toString(value));
    return array;
}

template <typename Value>
json orNull(const std::optional<Value>& value)
{
    return value ? json(*value) : json(nullptr);
}

template <typename Enum>
json nameOrNull(const std::optional<Enum>& value)
{
    return value ? json(toString(*value)) : json(nullptr);
}

std::string_view areaWords(PainArea area)
{
    switch (area) {
    case PainArea::Neck:
        return "Neck";
    case PainArea::Shoulders:
        return "Shoulders";
    case PainArea::UpperBack:
        return "Upper back";
    case PainArea::MidBack:
        return "Mid back";
    case PainArea::LowerBack:
        return "Lower back";
    case PainArea::Hips:
        return "Hips";
    case PainArea::Buttocks:
        return "Buttocks";
    case PainArea::Legs:
        return "Legs";
    }
    return {};
}

std::string_view sideWords(BodySide side)
{
    switch (side) {
    case BodySide::Left:
        return "left side";
    case BodySide::Right:
        return "right side";
    case BodySide::Both:
        return "both sides";
    }
    return {};
}

std::string_view contextWords(PainContext context)
{
    switch (context) {
    case PainContext::Morning:
        return "morning";
    case PainContext::DuringWork:
        return "during work";
    case PainContext::AfterSession:
        return "after an exercise session";
    case PainContext::Evening:
        return "evening";
    }
    return {};
}

std::string_view symptomWords(Symptom symptom)
{
    switch (symptom) {
    case Symptom::Ache:
        return "ache";
    case Symptom::Shooting:
        return "shooting pain";
    case Symptom::SpreadingDownLeg:
        return "pain spreading down the leg";
    case Symptom::Stiffness:
        return "stiffness";
    case Symptom::NumbnessTingling:
        return "numbness or tingling";
    }
    return {};
}

// "Context: morning. Symptoms: ache, stiffness.": what the person said besides the score, for a reader of
// the Observation; the side goes here only when there is no area for bodySite to carry it.
std::string circumstances(const PainEntry& entry)
{
    std::string text;
    if (entry.side && !entry.area)
        text += "Side: " + std::string{sideWords(*entry.side)} + '.';
    if (entry.context)
        text += std::string{text.empty() ? "" : " "} + "Context: " + std::string{contextWords(*entry.context)} + '.';
    if (!entry.symptoms.empty()) {
        text += std::string{text.empty() ? "" : " "} + "Symptoms: ";
        for (std::size_t i = 0; i < entry.symptoms.size(); ++i)
            text += (i > 0 ? ", " : "") + std::string{symptomWords(entry.symptoms[i])};
        text += '.';
    }
    return text;
}

void appendHex(std::string& text, std::uint64_t value, int digits)
{
    static constexpr std::string_view hexDigits = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        text += hexDigits[(value >> shift) & 0xF];
}

// A version 8 UUID (RFC 9562's layout for application-defined contents) holding the second the entry was
// recorded (48 bits) and its id (62 bits): the same entry gets the same fullUrl in every export, so a
// receiver can recognise it again, and two entries share one only if they share both id and time.
std::string entryUuid(const PainEntry& entry)
{
    const auto seconds = static_cast<std::uint64_t>(entry.when.instant.time_since_epoch().count());
    const auto id = static_cast<std::uint64_t>(entry.id);
    const std::uint64_t high = ((seconds & 0xFFFF'FFFF'FFFFULL) << 16) | 0x8000ULL;
    const std::uint64_t low = (id & 0x3FFF'FFFF'FFFF'FFFFULL) | 0x8000'0000'0000'0000ULL;
    std::string text = "urn:uuid:";
    appendHex(text, high >> 32, 8);
    text += '-';
    appendHex(text, (high >> 16) & 0xFFFF, 4);
    text += '-';
    appendHex(text, high & 0xFFFF, 4);
    text += '-';
    appendHex(text, low >> 48, 4);
    text += '-';
    appendHex(text, low & 0xFFFF'FFFF'FFFFULL, 12);
    return text;
}

constexpr std::string_view observationCategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

json painObservation(const PainEntry& entry)
{
    json observation = {
        {"resourceType", "Observation"},
        {"id", "pain-" + std::to_string(entry.id)},
        {"status", "final"},
        {"category", json::array({{{"coding", json::array({{{"system", observationCategorySystem},
                                                             {"code", "survey"},
                                                             {"display", "Survey"}}})}}})},
        {"code",
         {{"coding", json::array({{{"system", "http://loinc.org"},
                                   {"code", "72514-3"},
                                   {"display", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}}})},
          {"text", "Pain score (0-10)"}}},
        {"effectiveDateTime", formatMomentLocal(entry.when)},
        {"valueInteger", entry.score},
    };
    if (entry.area) {
        std::string site{areaWords(*entry.area)};
        if (entry.side)
            site += ", " + std::string{sideWords(*entry.side)};
        observation["bodySite"] = {{"text", site}};
    }
    // FHIR forbids empty arrays and strings, so absent parts are left out rather than written empty.
    json notes = json::array();
    if (!entry.note.empty())
        notes.push_back({{"text", entry.note}});
    if (const std::string text = circumstances(entry); !text.empty())
        notes.push_back({{"text", text}});
    // A clinician reading the record needs the warning signs the person reported more than anything else.
    if (!entry.redFlags.empty()) {
        std::string warning = "Warning signs reported:";
        for (RedFlag flag : entry.redFlags)
            warning += ' ' + std::string{redFlagQuestion(flag)};
        notes.push_back({{"text", warning}});
    }
    if (!notes.empty())
        observation["note"] = std::move(notes);
    return observation;
}

} // namespace

CsvExport exportCsv(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions)
{
    CsvExport csv;
    appendRow(csv.painEntries, {"id", "recorded_at_utc", "local_date", "local_time", "score", "area", "side",
                                "context", "symptoms", "note", "red_flags"});
    for (const PainEntry& entry : pain) {
        appendRow(csv.painEntries,
                  {std::to_string(entry.id), formatInstantUtc(entry.when.instant), formatDate(entry.when.date),
                   formatMomentLocal(entry.when), std::to_string(entry.score), optionalName(entry.area),
                   optionalName(entry.side), optionalName(entry.context), joinEnumNames(entry.symptoms, ";"), entry.note,
                   joinEnumNames(entry.redFlags, ";")});
    }

    appendRow(csv.sessions, {"id", "plan_id", "plan_title", "started_at_utc", "local_date", "ended_at_utc", "status",
                             "pain_before", "pain_after", "active_seconds"});
    appendRow(csv.results, {"session_id", "position", "exercise_id", "sets_done", "reps_done", "seconds_worked",
                            "skipped", "hurt"});
    for (const SessionRecord& session : sessions) {
        appendRow(csv.sessions,
                  {std::to_string(session.id), session.planId, session.planTitle,
                   formatInstantUtc(session.started.instant), formatDate(session.started.date),
                   session.ended ? formatInstantUtc(*session.ended) : std::string{},
                   std::string{toString(session.status)}, optionalNumber(session.painBefore),
                   optionalNumber(session.painAfter), std::to_string(session.activeSeconds)});
        for (const ExerciseResult& result : session.results) {
            appendRow(csv.results, {std::to_string(session.id), std::to_string(result.position), result.exerciseId,
                                    std::to_string(result.setsDone), std::to_string(result.repsDone),
                                    std::to_string(result.secondsWorked), result.skipped ? "1" : "0",
                                    result.hurt ? "1" : "0"});
        }
    }
    return csv;
}

json exportJson(const std::vector<PainEntry>& pain, const std::vector<SessionRecord>& sessions, Instant exportedAt)
{
    json painEntries = json::array();
    for (const PainEntry& entry : pain) {
        painEntries.push_back({
            {"id", entry.id},
            {"recorded_at", formatInstantUtc(entry.when.instant)},
            {"local_date", formatDate(entry.when.date)},
            {"utc_offset_minutes", entry.when.utcOffsetMinutes},
            {"score", entry.score},
            {"area", nameOrNull(entry.area)},
            {"side", nameOrNull(entry.side)},
            {"context", nameOrNull(entry.context)},
            {"symptoms", nameArray(entry.symptoms)},
            {"note", entry.note},
            {"red_flags", nameArray(entry.redFlags)},
        });
    }

    json sessionList = json::array();
    for (const SessionRecord& session : sessions) {
        json results = json::array();
        for (const ExerciseResult& result : session.results) {
            results.push_back({
                {"position", result.position},
                {"exercise_id", result.exerciseId},
                {"sets_done", result.setsDone},
                {"reps_done", result.repsDone},
                {"seconds_worked", result.secondsWorked},
                {"skipped", result.skipped},
                {"hurt", result.hurt},
            });
        }
        sessionList.push_back({
            {"id", session.id},
            {"plan_id", session.planId},
            {"plan_title", session.planTitle},
            {"started_at", formatInstantUtc(session.started.instant)},
            {"local_date", formatDate(session.started.date)},
            {"utc_offset_minutes", session.started.utcOffsetMinutes},
            {"ended_at", session.ended ? json(formatInstantUtc(*session.ended)) : json(nullptr)},
            {"status", toString(session.status)},
            {"pain_before", orNull(session.painBefore)},
            {"pain_after", orNull(session.painAfter)},
            {"active_seconds", session.activeSeconds},
            {"results", std::move(results)},
        });
    }

    return {
        {"format", "limber-journal-export"},
        {"version", 1},
        {"exported_at", formatInstantUtc(exportedAt)},
        {"pain_entries", std::move(painEntries)},
        {"sessions", std::move(sessionList)},
    };
}

json exportFhir(const std::vector<PainEntry>& pain, Instant exportedAt)
{
    json bundle = {
        {"resourceType", "Bundle"},
        {"type", "collection"},
        {"timestamp", formatInstantUtc(exportedAt)},
    };
    json entries = json::array();
    for (const PainEntry& entry : pain)
        entries.push_back({{"fullUrl", entryUuid(entry)}, {"resource", painObservation(entry)}});
    if (!entries.empty())
        bundle["entry"] = std::move(entries);
    return bundle;
}

} // namespace limber
