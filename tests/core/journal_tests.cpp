// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/journal.h"

#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <sys/stat.h>

using namespace limber;
using limber::test::readFile;
using limber::test::TempDir;

namespace {

Moment at(const char* text)
{
    return *parseMoment(text);
}

Journal openJournal(const std::filesystem::path& path)
{
    auto opened = Journal::open(path);
    if (!opened.ok())
        FAIL(formatJournalError(opened.error()));
    return std::move(opened.value());
}

PainEntry painEntry(int score, const char* when = "2026-11-23T08:30:00+01:00")
{
    PainEntry entry;
    entry.when = at(when);
    entry.score = score;
    return entry;
}

int modeOf(const std::filesystem::path& path)
{
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    return static_cast<int>(status.st_mode & 0777);
}

// Runs SQL on a file with the plain SQLite API, as another program would.
void runSql(const std::filesystem::path& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    const int result = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    REQUIRE(result == SQLITE_OK);
}

// A journal file as Limber `version` left it, with `rows` of that version's schema inserted.
void journalAtVersion(const std::filesystem::path& path, int version, const std::string& rows)
{
    std::string sql;
    for (int from = 0; from < version; ++from)
        sql += Journal::migrationScripts()[static_cast<std::size_t>(from)];
    sql += "PRAGMA user_version = " + std::to_string(version) + "; PRAGMA application_id = "
           + std::to_string(Journal::applicationId) + ";" + rows;
    runSql(path, sql.c_str());
}

void checkRefusedAndUntouched(const std::filesystem::path& path, JournalErrorCode expected)
{
    const std::string before = readFile(path);
    const auto opened = Journal::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == expected);
    CHECK(formatJournalError(opened.error()).starts_with(path.string() + ": "));
    CHECK(readFile(path) == before);
}

} // namespace

TEST_CASE("a new journal is created private: the file 0600 in a 0700 folder")
{
    TempDir home;
    const auto path = home.path() / "data" / "limber" / "journal.sqlite3";
    {
        auto journal = openJournal(path);
        REQUIRE(journal.addPainEntry(painEntry(3)).ok());
    }
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path.parent_path()) == 0700);
    for (const char* suffix : {"-wal", "-shm"}) {
        const std::filesystem::path side = path.string() + suffix;
        if (std::filesystem::exists(side))
            CHECK((modeOf(side) & 0077) == 0);
    }
}

TEST_CASE("a journal copied in with loose permissions is made private on open")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    openJournal(path);
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    openJournal(path);
    CHECK(modeOf(path) == 0600);
}

TEST_CASE("pain entries are stored with every field and read back in time order")
{
    TempDir home;
    auto journal = openJournal(home.path() / "journal.sqlite3");
    PainEntry full = painEntry(6, "2026-11-23T21:15:00+01:00");
    full.area = PainArea::LowerBack;
    full.side = BodySide::Left;
    full.context = PainContext::Evening;
    full.symptoms = {Symptom::Ache, Symptom::SpreadingDownLeg};
    full.note = "After gardening, \"quite\" stiff; 'bent' a lot — ünïcode";
    full.redFlags = {RedFlag::BelowKnee};
    const auto fullId = journal.addPainEntry(full);
    const auto earlierId = journal.addPainEntry(painEntry(2, "2026-11-22T07:00:00Z"));
    REQUIRE(fullId.ok());
    REQUIRE(earlierId.ok());

    const auto entries = journal.painEntries();
    REQUIRE(entries.ok());
    REQUIRE(entries.value().size() == 2);
    CHECK(entries.value()[0].id == earlierId.value());
    full.id = fullId.value();
    CHECK(entries.value()[1] == full);

    const auto recent = journal.painEntries(parseDate("2026-11-23"));
    REQUIRE(recent.ok());
    REQUIRE(recent.value().size() == 1);
    CHECK(recent.value()[0].score == 6);
}

TEST_CASE("pain entries can be edited and deleted, and missing ones are reported")
{
    TempDir home;
    auto journal = openJournal(home.path() / "journal.sqlite3");
    PainEntry entry = painEntry(5);
    entry.id = journal.addPainEntry(entry).value();
    entry.score = 4;
    entry.note = "corrected";
    REQUIRE(journal.updatePainEntry(entry).ok());
    CHECK(journal.painEntries().value().at(0) == entry);
    REQUIRE(journal.deletePainEntry(entry.id).ok());
    CHECK(journal.painEntries().value().empty());
    CHECK(journal.deletePainEntry(entry.id).error().code == JournalErrorCode::NotFound);
    CHECK(journal.updatePainEntry(entry).error().code == JournalErrorCode::NotFound);
}

TEST_CASE("scores outside 0 to 10 are refused before they reach the file")
{
    TempDir home;
    auto journal = openJournal(home.path() / "journal.sqlite3");
    CHECK(journal.addPainEntry(painEntry(11)).error().code == JournalErrorCode::InvalidValue);
    CHECK(journal.addPainEntry(painEntry(-1)).error().code == JournalErrorCode::InvalidValue);
    CHECK(journal.startSession("p", "P", at("2026-11-23T08:00Z"), 12).error().code == JournalErrorCode::InvalidValue);
    CHECK(journal.painEntries().value().empty());
}

TEST_CASE("a session is checkpointed after each exercise and can be resumed, then finished")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    std::int64_t sessionId = 0;
    {
        auto journal = openJournal(path);
        sessionId = journal.startSession("desk-neck-break", "Neck and shoulders break", at("2026-11-23T10:00:00+01:00"), 4)
                        .value();
        REQUIRE(journal.checkpoint(sessionId, {0, "chin-tuck", 1, 10, 50, false, false}).ok());
        REQUIRE(journal.checkpoint(sessionId, {1, "shoulder-rolls", 1, 10, 30, false, true}).ok());
        // The app was closed here without finishing.
    }
    auto journal = openJournal(path);
    const auto unfinished = journal.unfinishedSession();
    REQUIRE(unfinished.ok());
    REQUIRE(unfinished.value().has_value());
    const SessionRecord& open = *unfinished.value();
    CHECK(open.id == sessionId);
    CHECK(open.status == SessionStatus::InProgress);
    CHECK(open.painBefore == 4);
    CHECK(open.activeSeconds == 80);
    REQUIRE(open.results.size() == 2);
    CHECK(open.results[1].hurt);

    // Redoing an exercise replaces its result rather than adding a second one.
    REQUIRE(journal.checkpoint(sessionId, {1, "shoulder-rolls", 2, 20, 60, false, false}).ok());
    REQUIRE(journal.finishSession(sessionId, SessionStatus::Completed, *parseInstantUtc("2026-11-23T09:10:00Z"), 2).ok());
    CHECK_FALSE(journal.unfinishedSession().value().has_value());
    const auto all = journal.sessions();
    REQUIRE(all.value().size() == 1);
    CHECK(all.value()[0].status == SessionStatus::Completed);
    CHECK(all.value()[0].activeSeconds == 110);
    CHECK(all.value()[0].painAfter == 2);
    CHECK(all.value()[0].results.size() == 2);

    CHECK(journal.checkpoint(sessionId + 100, {0, "x", 0, 0, 0, false, false}).error().code == JournalErrorCode::NotFound);
    CHECK(journal.finishSession(sessionId + 100, SessionStatus::Stopped, {}, {}).error().code == JournalErrorCode::NotFound);
}

TEST_CASE("a file that is not a SQLite database is refused and left byte for byte")
{
    TempDir home;
    checkRefusedAndUntouched(home.write("notes.sqlite3", "Dear diary, my back hurts.\n"), JournalErrorCode::NotAJournal);
    checkRefusedAndUntouched(home.write("short.sqlite3", "SQLite"), JournalErrorCode::NotAJournal);
}

TEST_CASE("another program's SQLite database is refused and left byte for byte")
{
    TempDir home;
    const auto path = home.path() / "other.sqlite3";
    runSql(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada');");
    checkRefusedAndUntouched(path, JournalErrorCode::NotAJournal);
}

TEST_CASE("a journal from a newer Limber is refused and left byte for byte")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    {
        auto journal = openJournal(path);
        REQUIRE(journal.addPainEntry(painEntry(4)).ok());
    }
    runSql(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    checkRefusedAndUntouched(path, JournalErrorCode::NewerVersion);
}

TEST_CASE("a truncated or damaged journal is refused and left byte for byte")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    {
        auto journal = openJournal(path);
        for (int i = 0; i < 400; ++i)
            REQUIRE(journal.addPainEntry(painEntry(i % 11)).ok());
    }
    runSql(path, "PRAGMA journal_mode = DELETE;");
    const std::string whole = readFile(path);
    REQUIRE(whole.size() > 4 * 4096);

    const auto truncated = home.write("truncated.sqlite3", whole.substr(0, whole.size() / 2));
    checkRefusedAndUntouched(truncated, JournalErrorCode::Corrupt);

    // Scribble over the headers of the B-tree pages after the schema page, as a failing disk might.
    std::string damaged = whole;
    for (std::size_t page = 1; page * 4096 < damaged.size(); ++page) {
        for (std::size_t i = page * 4096; i < page * 4096 + 12; ++i)
            damaged[i] = static_cast<char>(0xA5);
    }
    checkRefusedAndUntouched(home.write("damaged.sqlite3", damaged), JournalErrorCode::Corrupt);
}

TEST_CASE("an empty file becomes a new journal, a folder is not opened")
{
    TempDir home;
    const auto empty = home.write("empty.sqlite3", "");
    auto journal = openJournal(empty);
    CHECK(journal.addPainEntry(painEntry(1)).ok());
    const auto folder = Journal::open(home.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().code == JournalErrorCode::CannotOpen);
}

TEST_CASE("a journal in a folder that cannot be created is a clear error")
{
    TempDir home;
    home.write("blocker", "a file where a folder should be");
    const auto opened = Journal::open(home.path() / "blocker" / "limber" / "journal.sqlite3");
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == JournalErrorCode::CannotCreate);
}

TEST_CASE("every older schema version migrates to the current one with its data kept")
{
    // Version 0 is a journal file created before any migration ran (an empty SQLite database). Each later
    // version's sample data goes in this table as migrations are added.
    TempDir home;
    const auto path = home.path() / "v0.sqlite3";
    runSql(path, "PRAGMA user_version = 0;");
    {
        auto journal = openJournal(path);
        REQUIRE(journal.addPainEntry(painEntry(7)).ok());
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == Journal::schemaVersion);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    CHECK(openJournal(path).painEntries().value().size() == 1);
}

TEST_CASE("two connections writing at once lose nothing")
{
    TempDir home;
    const auto path = home.path() / "journal.sqlite3";
    auto first = openJournal(path);
    auto second = openJournal(path);
    for (int i = 0; i < 100; ++i) {
        REQUIRE(first.addPainEntry(painEntry(i % 11)).ok());
        REQUIRE(second.addPainEntry(painEntry(10 - i % 11)).ok());
    }
    CHECK(first.painEntries().value().size() == 200);
}

TEST_CASE("a version 1 journal migrates to version 2 with every entry and session kept")
{
    TempDir home;
    const auto path = home.path() / "v1.sqlite3";
    journalAtVersion(path, 1,
                     "INSERT INTO pain_entry (recorded_at, utc_offset_minutes, local_date, score, area, note)"
                     " VALUES ('2026-01-05T08:00:00Z', 60, '2026-01-05', 6, 'lower-back', 'from version 1');"
                     "INSERT INTO session (plan_id, plan_title, started_at, utc_offset_minutes, local_date, status,"
                     " active_seconds) VALUES ('p', 'P', '2026-01-05T09:00:00Z', 60, '2026-01-05', 'completed', 120);"
                     "INSERT INTO exercise_result VALUES (1, 0, 'cat-cow', 1, 5, 30, 0, 0);");
    auto journal = openJournal(path);
    const auto pain = journal.painEntries().value();
    REQUIRE(pain.size() == 1);
    CHECK(pain[0].note == "from version 1");
    CHECK(pain[0].area == PainArea::LowerBack);
    const auto sessions = journal.sessions().value();
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].results.at(0).exerciseId == "cat-cow");
    CHECK(journal.addPegEntry({0, at("2026-01-11T10:00:00Z"), 5, 4, 3}).ok());
}

TEST_CASE("a version 3 journal migrates to version 4 with its dose changes' English sentences shown as they were")
{
    TempDir home;
    const auto path = home.path() / "v3.sqlite3";
    journalAtVersion(path, 3,
                     "INSERT INTO plan_enrollment (plan_id, plan_title, plan_json, start_date, days, weeks, began_at,"
                     " began_utc_offset_minutes, began_local_date) VALUES ('core', 'Core', '{}', '2026-11-02',"
                     " 'mon', 4, '2026-11-01T09:00:00Z', 0, '2026-11-01');"
                     "INSERT INTO dose_change (enrollment_id, session_id, recorded_at, utc_offset_minutes, local_date,"
                     " position, kind, exercise_before, exercise_after, dose_before, dose_after, reason, accepted)"
                     " VALUES (1, 1, '2026-11-03T09:00:00Z', 0, '2026-11-03', 0, 'progress', 'bird-dog', 'bird-dog',"
                     " '8 × 5 s hold', '8 × 10 s hold', 'Pain during the session stayed at 2/10: \"more\".', 1);");
    auto journal = openJournal(path);
    const auto changes = journal.doseChanges().value();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].doseBefore == verbatim("8 × 5 s hold"));
    CHECK(changes[0].doseAfter == verbatim("8 × 10 s hold"));
    CHECK(changes[0].reason == verbatim("Pain during the session stayed at 2/10: \"more\"."));
    CHECK(changes[0].accepted);
}

TEST_CASE("PEG questionnaires are stored and scored as the mean of their three items")
{
    TempDir home;
    auto journal = openJournal(home.path() / "journal.sqlite3");
    REQUIRE(journal.addPegEntry({0, at("2026-11-23T09:00:00+01:00"), 6, 5, 4}).ok());
    CHECK(journal.addPegEntry({0, at("2026-11-23T09:00:00+01:00"), 6, 11, 4}).error().code == JournalErrorCode::InvalidValue);
    const auto entries = journal.pegEntries().value();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].score() == Approx(5.0));
    CHECK(entries[0].activity == 4);
}

TEST_CASE("warning signs put exercise on hold until the person says they have been assessed")
{
    TempDir home;
    auto journal = openJournal(home.path() / "journal.sqlite3");
    CHECK_FALSE(journal.safetyState().value().everScreened);
    CHECK_FALSE(journal.safetyState().value().exerciseOnHold());

    REQUIRE(journal.recordSafetyCheck(SafetyCheckKind::Screen, at("2026-11-20T09:00:00Z"), {}).ok());
    CHECK(journal.safetyState().value().everScreened);
    CHECK_FALSE(journal.safetyState().value().exerciseOnHold());

    PainEntry flagged = painEntry(7, "2026-11-21T09:00:00Z");
    flagged.redFlags = {RedFlag::BothLegs};
    REQUIRE(journal.addPainEntry(flagged).ok());
    CHECK(journal.safetyState().value().openFlags == std::vector{RedFlag::BothLegs});

    REQUIRE(journal.recordSafetyCheck(SafetyCheckKind::Screen, at("2026-11-21T10:00:00Z"), {RedFlag::Fever}).ok());
    CHECK(journal.safetyState().value().openFlags == std::vector{RedFlag::BothLegs, RedFlag::Fever});

    REQUIRE(journal.recordSafetyCheck(SafetyCheckKind::Assessed, at("2026-11-22T10:00:00Z"), {}).ok());
    CHECK_FALSE(journal.safetyState().value().exerciseOnHold());

    PainEntry later = painEntry(5, "2026-11-23T09:00:00Z");
    later.redFlags = {RedFlag::NightPain};
    REQUIRE(journal.addPainEntry(later).ok());
    CHECK(journal.safetyState().value().openFlags == std::vector{RedFlag::NightPain});

    const std::vector<SafetyCheck> expected{{at("2026-11-20T09:00:00Z"), SafetyCheckKind::Screen, {}},
                                            {at("2026-11-21T10:00:00Z"), SafetyCheckKind::Screen, {RedFlag::Fever}},
                                            {at("2026-11-22T10:00:00Z"), SafetyCheckKind::Assessed, {}}};
    CHECK(journal.safetyChecks().value() == expected);
}

TEST_CASE("one plan is active at a time: starting another ends it, and both are kept")
{
    TempDir dir;
    Journal journal = openJournal(dir.path() / "journal.sqlite3");
    CHECK_FALSE(journal.activePlan().value());

    PlanEnrollment first;
    first.planId = "lower-back-starter";
    first.planTitle = "Lower back starter";
    first.planJson = R"({"format": "limber-plan"})";
    first.start = *parseDate("2026-11-02");
    first.days = {Weekday::Mon, Weekday::Thu};
    first.weeks = 6;
    first.began = at("2026-11-01T18:00:00+01:00");
    const auto firstId = journal.startPlan(first);
    REQUIRE(firstId.ok());
    first.id = firstId.value();
    CHECK(journal.activePlan().value() == first);

    PlanEnrollment second = first;
    second.planId = "neck-plan";
    second.began = at("2026-11-20T09:00:00+01:00");
    second.id = journal.startPlan(second).value();

    const auto plans = journal.planEnrollments();
    REQUIRE(plans.value().size() == 2);
    CHECK(plans.value()[0].ended == second.began);
    CHECK(plans.value()[1] == second);
    CHECK(journal.activePlan().value() == second);

    REQUIRE(journal.endPlan(at("2026-11-25T09:00:00+01:00")).ok());
    CHECK_FALSE(journal.activePlan().value());
    CHECK(journal.planEnrollments().value().size() == 2);
}

TEST_CASE("a plan without days or with an impossible length is refused and nothing changes")
{
    TempDir dir;
    Journal journal = openJournal(dir.path() / "journal.sqlite3");
    PlanEnrollment plan;
    plan.planId = "p";
    plan.weeks = 4;
    CHECK(journal.startPlan(plan).error().code == JournalErrorCode::InvalidValue);
    plan.days = {Weekday::Mon};
    plan.weeks = 53;
    CHECK(journal.startPlan(plan).error().code == JournalErrorCode::InvalidValue);
    CHECK(journal.planEnrollments().value().empty());
}
