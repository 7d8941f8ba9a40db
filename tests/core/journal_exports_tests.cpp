// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/exports.h"

#include "support/core_fixtures.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>

using namespace limber;
using limber::test::date;
using nlohmann::json;

namespace {

using namespace std::chrono;

// The local wall-clock time `hour:minute` on `day` at `offsetMinutes` from UTC.
Moment localAt(std::string_view day, int hour, int minute, int offsetMinutes)
{
    const LocalDate local = date(day);
    return Moment{sys_days{local} + hours{hour} + minutes{minute} - minutes{offsetMinutes}, local, offsetMinutes};
}

const Instant exportedAt = sys_days{2026y / December / 1} + hours{9};

// A full entry whose note needs every kind of CSV quoting, and a bare one with a non-ASCII note.
std::vector<PainEntry> samplePain()
{
    PainEntry full;
    full.id = 1;
    full.when = localAt("2026-11-23", 8, 30, 60);
    full.score = 4;
    full.area = PainArea::LowerBack;
    full.side = BodySide::Left;
    full.context = PainContext::Morning;
    full.symptoms = {Symptom::Ache, Symptom::Stiffness};
    full.note = "Stiff, then \"sharp\"\nafter lifting";
    full.redFlags = {RedFlag::NightPain, RedFlag::BelowKnee};

    PainEntry bare;
    bare.id = 2;
    bare.when = localAt("2026-11-24", 20, 0, 0);
    bare.score = 0;
    bare.note = "Müde — Rücken ok";
    return {full, bare};
}

std::vector<SessionRecord> sampleSessions()
{
    SessionRecord done;
    done.id = 7;
    done.planId = "desk-reset";
    done.planTitle = "Desk reset, quick";
    done.started = localAt("2026-11-23", 12, 0, 60);
    done.ended = done.started.instant + minutes{10};
    done.status = SessionStatus::Completed;
    done.painBefore = 5;
    done.painAfter = 3;
    done.activeSeconds = 300;
    done.results = {{0, "chin-tuck", 2, 10, 300, false, false}, {1, "cat-cow", 0, 0, 0, true, true}};

    SessionRecord open;
    open.id = 8;
    open.planId = "wind-down";
    open.planTitle = "Evening \"wind-down\"";
    open.started = localAt("2026-11-24", 21, 15, -300);
    open.status = SessionStatus::InProgress;
    return {done, open};
}

bool containsKey(const json& value, const std::string& key)
{
    if (value.is_object()) {
        for (const auto& [name, child] : value.items()) {
            if (name == key || containsKey(child, key))
                return true;
        }
    } else if (value.is_array()) {
        for (const json& child : value) {
            if (containsKey(child, key))
                return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("pain.csv quotes commas, quotes and line breaks, leaves non-ASCII text alone, and empties absent values")
{
    CHECK(exportCsv(samplePain(), {}).painEntries
          == "id,recorded_at_utc,local_date,local_time,score,area,side,context,symptoms,note,red_flags\r\n"
             "1,2026-11-23T07:30:00Z,2026-11-23,2026-11-23T08:30:00+01:00,4,lower-back,left,morning,ache;stiffness,"
             "\"Stiff, then \"\"sharp\"\"\nafter lifting\",night-pain;below-knee\r\n"
             "2,2026-11-24T20:00:00Z,2026-11-24,2026-11-24T20:00:00Z,0,,,,,Müde — Rücken ok,\r\n");
}

TEST_CASE("a lone carriage return in a CSV note is quoted too")
{
    PainEntry entry;
    entry.id = 3;
    entry.when = localAt("2026-11-23", 8, 0, 0);
    entry.note = "one\rtwo";
    const std::string csv = exportCsv({entry}, {}).painEntries;
    CHECK(csv.substr(csv.find("\r\n") + 2)
          == "3,2026-11-23T08:00:00Z,2026-11-23,2026-11-23T08:00:00Z,0,,,,,\"one\rtwo\",\r\n");
}

TEST_CASE("sessions.csv and results.csv hold every session and result, with empty fields for absent values")
{
    const CsvExport csv = exportCsv({}, sampleSessions());
    CHECK(csv.sessions
          == "id,plan_id,plan_title,started_at_utc,local_date,ended_at_utc,status,pain_before,pain_after,"
             "active_seconds\r\n"
             "7,desk-reset,\"Desk reset, quick\",2026-11-23T11:00:00Z,2026-11-23,2026-11-23T11:10:00Z,completed,5,3,"
             "300\r\n"
             "8,wind-down,\"Evening \"\"wind-down\"\"\",2026-11-25T02:15:00Z,2026-11-24,,in_progress,,,0\r\n");
    CHECK(csv.results
          == "session_id,position,exercise_id,sets_done,reps_done,seconds_worked,skipped,hurt\r\n"
             "7,0,chin-tuck,2,10,300,0,0\r\n"
             "7,1,cat-cow,0,0,0,1,1\r\n");
}

TEST_CASE("an empty journal exports three CSV files holding only their CRLF-terminated header rows")
{
    const CsvExport csv = exportCsv({}, {});
    CHECK(csv.painEntries
          == "id,recorded_at_utc,local_date,local_time,score,area,side,context,symptoms,note,red_flags\r\n");
    CHECK(csv.sessions
          == "id,plan_id,plan_title,started_at_utc,local_date,ended_at_utc,status,pain_before,pain_after,"
             "active_seconds\r\n");
    CHECK(csv.results == "session_id,position,exercise_id,sets_done,reps_done,seconds_worked,skipped,hurt\r\n");
}

TEST_CASE("every CSV line ends in CRLF; a bare LF appears only inside a quoted note")
{
    const CsvExport csv = exportCsv(samplePain(), sampleSessions());
    for (const std::string* file : {&csv.painEntries, &csv.sessions, &csv.results}) {
        REQUIRE(file->size() >= 2);
        CHECK(file->substr(file->size() - 2) == "\r\n");
        std::size_t bareLineFeeds = 0;
        for (std::size_t i = 0; i < file->size(); ++i) {
            if ((*file)[i] == '\n' && (i == 0 || (*file)[i - 1] != '\r'))
                ++bareLineFeeds;
        }
        CHECK(bareLineFeeds == (file == &csv.painEntries ? 1U : 0U));
    }
}

TEST_CASE("the JSON export survives a round trip through text with every value exact")
{
    const json exported = exportJson(samplePain(), sampleSessions(), exportedAt);
    const json document = json::parse(exported.dump());
    CHECK(document == exported);

    CHECK(document["format"] == "limber-journal-export");
    CHECK(document["version"] == 1);
    CHECK(document["exported_at"] == "2026-12-01T09:00:00Z");

    REQUIRE(document["pain_entries"].size() == 2);
    const json& full = document["pain_entries"][0];
    CHECK(full["id"] == 1);
    CHECK(full["recorded_at"] == "2026-11-23T07:30:00Z");
    CHECK(full["local_date"] == "2026-11-23");
    CHECK(full["utc_offset_minutes"] == 60);
    CHECK(full["score"] == 4);
    CHECK(full["area"] == "lower-back");
    CHECK(full["side"] == "left");
    CHECK(full["context"] == "morning");
    CHECK(full["symptoms"] == json::array({"ache", "stiffness"}));
    CHECK(full["note"] == "Stiff, then \"sharp\"\nafter lifting");
    CHECK(full["red_flags"] == json::array({"night-pain", "below-knee"}));

    const json& bare = document["pain_entries"][1];
    CHECK(bare["score"] == 0);
    CHECK(bare["area"].is_null());
    CHECK(bare["side"].is_null());
    CHECK(bare["context"].is_null());
    CHECK(bare["symptoms"] == json::array());
    CHECK(bare["note"] == "Müde — Rücken ok");
    CHECK(bare["red_flags"] == json::array());

    REQUIRE(document["sessions"].size() == 2);
    const json& done = document["sessions"][0];
    CHECK(done["id"] == 7);
    CHECK(done["plan_id"] == "desk-reset");
    CHECK(done["plan_title"] == "Desk reset, quick");
    CHECK(done["started_at"] == "2026-11-23T11:00:00Z");
    CHECK(done["local_date"] == "2026-11-23");
    CHECK(done["utc_offset_minutes"] == 60);
    CHECK(done["ended_at"] == "2026-11-23T11:10:00Z");
    CHECK(done["status"] == "completed");
    CHECK(done["pain_before"] == 5);
    CHECK(done["pain_after"] == 3);
    CHECK(done["active_seconds"] == 300);
    CHECK(done["results"]
          == json::parse(R"([{"position": 0, "exercise_id": "chin-tuck", "sets_done": 2, "reps_done": 10,
                               "seconds_worked": 300, "skipped": false, "hurt": false},
                              {"position": 1, "exercise_id": "cat-cow", "sets_done": 0, "reps_done": 0,
                               "seconds_worked": 0, "skipped": true, "hurt": true}])"));

    const json& open = document["sessions"][1];
    CHECK(open["local_date"] == "2026-11-24");
    CHECK(open["utc_offset_minutes"] == -300);
    CHECK(open["ended_at"].is_null());
    CHECK(open["status"] == "in_progress");
    CHECK(open["pain_before"].is_null());
    CHECK(open["pain_after"].is_null());
    CHECK(open["results"] == json::array());
}

TEST_CASE("the FHIR export is a collection Bundle of final LOINC 72514-3 Observations with the score as an integer")
{
    const std::vector<PainEntry> pain = samplePain();
    const json bundle = exportFhir(pain, exportedAt);

    CHECK(bundle["resourceType"] == "Bundle");
    CHECK(bundle["type"] == "collection");
    CHECK(bundle["timestamp"] == "2026-12-01T09:00:00Z");
    REQUIRE(bundle["entry"].size() == pain.size());
    for (std::size_t i = 0; i < pain.size(); ++i) {
        const json& observation = bundle["entry"][i]["resource"];
        CHECK(observation["resourceType"] == "Observation");
        CHECK(observation["id"] == "pain-" + std::to_string(pain[i].id));
        CHECK(observation["status"] == "final");
        CHECK(observation["category"][0]["coding"][0]["code"] == "survey");
        CHECK(observation["code"]["coding"][0]["system"] == "http://loinc.org");
        CHECK(observation["code"]["coding"][0]["code"] == "72514-3");
        CHECK(observation["valueInteger"] == pain[i].score);
    }
}

TEST_CASE("a FHIR Observation's effectiveDateTime is local time with its UTC offset")
{
    PainEntry west;
    west.when = localAt("2026-11-24", 21, 15, -300);
    const json bundle = exportFhir({samplePain()[0], samplePain()[1], west}, exportedAt);
    CHECK(bundle["entry"][0]["resource"]["effectiveDateTime"] == "2026-11-23T08:30:00+01:00");
    CHECK(bundle["entry"][1]["resource"]["effectiveDateTime"] == "2026-11-24T20:00:00Z");
    CHECK(bundle["entry"][2]["resource"]["effectiveDateTime"] == "2026-11-24T21:15:00-05:00");
}

TEST_CASE("a FHIR Observation has a bodySite exactly when the entry has an area")
{
    PainEntry neck = samplePain()[1];
    neck.area = PainArea::Neck;
    PainEntry sideOnly = samplePain()[1];
    sideOnly.side = BodySide::Both;
    const json bundle = exportFhir({samplePain()[0], neck, samplePain()[1], sideOnly}, exportedAt);

    CHECK(bundle["entry"][0]["resource"]["bodySite"] == json{{"text", "Lower back, left side"}});
    CHECK(bundle["entry"][1]["resource"]["bodySite"] == json{{"text", "Neck"}});
    CHECK_FALSE(bundle["entry"][2]["resource"].contains("bodySite"));
    CHECK_FALSE(bundle["entry"][3]["resource"].contains("bodySite"));
    // Without an area the side is not lost: it goes into the annotation.
    CHECK(bundle["entry"][3]["resource"]["note"][1]["text"] == "Side: both sides.");
}

TEST_CASE("a FHIR Observation carries the note and the circumstances as annotations, and none when there are none")
{
    PainEntry quiet = samplePain()[0];
    quiet.redFlags.clear();
    PainEntry silent = samplePain()[1];
    silent.note.clear();
    const json bundle = exportFhir({quiet, silent}, exportedAt);

    CHECK(bundle["entry"][0]["resource"]["note"]
          == json::parse(R"([{"text": "Stiff, then \"sharp\"\nafter lifting"},
                              {"text": "Context: morning. Symptoms: ache, stiffness."}])"));
    CHECK_FALSE(bundle["entry"][1]["resource"].contains("note"));
}

TEST_CASE("the FHIR export names no patient")
{
    const json bundle = exportFhir(samplePain(), exportedAt);
    CHECK_FALSE(containsKey(bundle, "subject"));
    CHECK_FALSE(containsKey(bundle, "patient"));
}

TEST_CASE("each FHIR entry's fullUrl is a valid urn:uuid, unique per entry and the same in every export")
{
    std::vector<PainEntry> pain = samplePain();
    PainEntry sameMoment = pain[0];
    sameMoment.id = 3;
    pain.push_back(sameMoment);

    const json first = exportFhir(pain, exportedAt);
    const json later = exportFhir(pain, exportedAt + hours{24 * 30});
    const std::regex uuid{"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"};
    std::set<std::string> seen;
    for (std::size_t i = 0; i < pain.size(); ++i) {
        const std::string url = first["entry"][i]["fullUrl"];
        CHECK(std::regex_match(url, uuid));
        CHECK(url[23] == '8'); // version 8 (RFC 9562)
        CHECK(std::string_view{"89ab"}.find(url[28]) != std::string_view::npos); // the RFC variant
        CHECK(url == later["entry"][i]["fullUrl"]);
        seen.insert(url);
    }
    CHECK(seen.size() == pain.size());
}

TEST_CASE("a FHIR export of an empty journal leaves out the entry array, which FHIR forbids to be empty")
{
    const json bundle = exportFhir({}, exportedAt);
    CHECK(bundle["resourceType"] == "Bundle");
    CHECK_FALSE(bundle.contains("entry"));
}

TEST_CASE("a FHIR Observation names the warning signs the person reported")
{
    PainEntry entry;
    entry.id = 3;
    entry.when = *parseMoment("2026-11-23T08:30:00+01:00");
    entry.score = 8;
    entry.redFlags = {RedFlag::BladderBowel};
    const nlohmann::json bundle = exportFhir({entry}, *parseInstantUtc("2026-11-23T09:00:00Z"));
    const auto& notes = bundle["entry"][0]["resource"]["note"];
    REQUIRE(notes.is_array());
    bool named = false;
    for (const auto& note : notes)
        named = named || note["text"].get<std::string>().find(redFlagQuestion(RedFlag::BladderBowel)) != std::string::npos;
    CHECK(named);
}
