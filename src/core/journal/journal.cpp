// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/journal.h"

#include "core/common/paths.h"

#include <nlohmann/json.hpp>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <thread>

namespace limber {
namespace {

namespace fs = std::filesystem;

constexpr int busyTimeoutMilliseconds = 10000;

// Each entry takes the journal from version (index) to version (index + 1), in one transaction.
// Never edit a migration that has shipped: add a new one.
constexpr std::array<const char*, Journal::schemaVersion> migrations{
    R"sql(
    CREATE TABLE pain_entry (
        id                 INTEGER PRIMARY KEY,
        recorded_at        TEXT    NOT NULL,               -- UTC, 2026-11-23T07:30:00Z
        utc_offset_minutes INTEGER NOT NULL,
        local_date         TEXT    NOT NULL,               -- the day as the person lived it
        score              INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        area               TEXT,
        side               TEXT,
        context            TEXT,
        symptoms           TEXT    NOT NULL DEFAULT '',    -- comma-separated names
        note               TEXT    NOT NULL DEFAULT '',
        red_flags          TEXT    NOT NULL DEFAULT ''     -- comma-separated names answered "yes"
    );
    CREATE INDEX pain_entry_by_date ON pain_entry (local_date, recorded_at);

    CREATE TABLE session (
        id                 INTEGER PRIMARY KEY,
        plan_id            TEXT    NOT NULL,
        plan_title         TEXT    NOT NULL,
        started_at         TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        local_date         TEXT    NOT NULL,
        ended_at           TEXT,
        status             TEXT    NOT NULL CHECK (status IN ('in_progress', 'completed', 'stopped')),
        pain_before        INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after         INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        active_seconds     INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX session_by_date ON session (local_date);

    CREATE TABLE exercise_result (
        session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        position       INTEGER NOT NULL,
        exercise_id    TEXT    NOT NULL,
        sets_done      INTEGER NOT NULL,
        reps_done      INTEGER NOT NULL,
        seconds_worked INTEGER NOT NULL,
        skipped        INTEGER NOT NULL,
        hurt           INTEGER NOT NULL,
        PRIMARY KEY (session_id, position)
    ) WITHOUT ROWID;
    )sql",
    // Version 2: the weekly PEG questionnaire, and the safety screen with the person's word that they have
    // been assessed (exercise is suggested again only after that).
    R"sql(
    CREATE TABLE peg_entry (
        id                 INTEGER PRIMARY KEY,
        recorded_at        TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        local_date         TEXT    NOT NULL,
        pain               INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        enjoyment          INTEGER NOT NULL CHECK (enjoyment BETWEEN 0 AND 10),
        activity           INTEGER NOT NULL CHECK (activity BETWEEN 0 AND 10)
    );
    CREATE TABLE safety_check (
        id                 INTEGER PRIMARY KEY,
        recorded_at        TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        local_date         TEXT    NOT NULL,
        kind               TEXT    NOT NULL CHECK (kind IN ('screen', 'assessed')),
        red_flags          TEXT    NOT NULL DEFAULT ''
    );
    )sql",
    // Version 3: the plans the person followed, one active at a time, each with the plan as followed; the
    // highest pain during a session; and the dose changes suggested by the pain-monitoring rule, accepted or
    // declined, with their reasons.
    R"sql(
    ALTER TABLE session ADD COLUMN pain_during INTEGER CHECK (pain_during BETWEEN 0 AND 10);

    CREATE TABLE plan_enrollment (
        id                       INTEGER PRIMARY KEY,
        plan_id                  TEXT    NOT NULL,
        plan_title               TEXT    NOT NULL,
        plan_json                TEXT    NOT NULL,
        start_date               TEXT    NOT NULL,
        days                     TEXT    NOT NULL,           -- comma-separated mon … sun
        weeks                    INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
        began_at                 TEXT    NOT NULL,
        began_utc_offset_minutes INTEGER NOT NULL,
        began_local_date         TEXT    NOT NULL,
        ended_at                 TEXT,
        ended_utc_offset_minutes INTEGER,
        ended_local_date         TEXT,
        reviewed_session_id      INTEGER NOT NULL DEFAULT 0  -- the last session whose suggestions were answered
    );
    CREATE UNIQUE INDEX one_active_plan ON plan_enrollment ((ended_at IS NULL)) WHERE ended_at IS NULL;

    CREATE TABLE dose_change (
        id                 INTEGER PRIMARY KEY,
        enrollment_id      INTEGER NOT NULL REFERENCES plan_enrollment (id) ON DELETE CASCADE,
        session_id         INTEGER NOT NULL,
        recorded_at        TEXT    NOT NULL,
        utc_offset_minutes INTEGER NOT NULL,
        local_date         TEXT    NOT NULL,
        position           INTEGER NOT NULL,
        kind               TEXT    NOT NULL CHECK (kind IN ('progress', 'regress')),
        exercise_before    TEXT    NOT NULL,
        exercise_after     TEXT    NOT NULL,
        dose_before        TEXT    NOT NULL,
        dose_after         TEXT    NOT NULL,
        reason             TEXT    NOT NULL,
        accepted           INTEGER NOT NULL
    );
    )sql",
    // Version 4: a dose change's doses and reason are kept as messages (message.h, as JSON) so that they are
    // worded in the language of whoever reads them; the English sentences of version 3 become messages
    // shown as they are.
    R"sql(
    UPDATE dose_change SET dose_before = json_object('text', dose_before),
                           dose_after  = json_object('text', dose_after),
                           reason      = json_object('text', reason);
    )sql",
};

// A message the journal keeps as JSON; text of any other shape (edited by hand, say) is shown as it is.
Message storedMessage(const std::string& text)
{
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    return messageFromJson(json).value_or(verbatim(text));
}

JournalError error(JournalErrorCode code, const fs::path& path, std::string detail = {})
{
    return JournalError{code, path.string(), std::move(detail)};
}

// Unknown names are skipped: a value this version does not know must not make the entry unreadable.
template <typename Enum>
std::vector<Enum> splitNames(std::string_view text)
{
    std::vector<Enum> values;
    while (!text.empty()) {
        const auto comma = std::min(text.find(','), text.size());
        if (const auto value = enumFromString<Enum>(text.substr(0, comma)))
            values.push_back(*value);
        text.remove_prefix(std::min(comma + 1, text.size()));
    }
    return values;
}

template <typename Enum>
std::optional<std::string> optionalName(const std::optional<Enum>& value)
{
    return value ? std::optional{std::string{toString(*value)}} : std::nullopt;
}

template <typename Enum>
std::optional<Enum> optionalEnum(const sql::Statement& statement, int column)
{
    return statement.isNull(column) ? std::nullopt : enumFromString<Enum>(statement.text(column));
}

std::optional<int> optionalInt(const sql::Statement& statement, int column)
{
    const auto value = statement.optionalInteger(column);
    return value ? std::optional{static_cast<int>(*value)} : std::nullopt;
}

Moment readMoment(const sql::Statement& statement, int instantColumn, int offsetColumn, int dateColumn)
{
    Moment moment;
    moment.instant = parseInstantUtc(statement.text(instantColumn)).value_or(Instant{});
    moment.utcOffsetMinutes = static_cast<int>(statement.integer(offsetColumn));
    moment.date = parseDate(statement.text(dateColumn)).value_or(LocalDate{});
    return moment;
}

// Parameters 1 to 10 of the INSERT and UPDATE of a pain entry, which list the columns in the same order.
void bindPainFields(sql::Statement& statement, const PainEntry& entry)
{
    statement.bind(1, formatInstantUtc(entry.when.instant))
        .bind(2, entry.when.utcOffsetMinutes)
        .bind(3, formatDate(entry.when.date))
        .bind(4, entry.score)
        .bind(5, optionalName(entry.area))
        .bind(6, optionalName(entry.side))
        .bind(7, optionalName(entry.context))
        .bind(8, joinEnumNames(entry.symptoms, ","))
        .bind(9, entry.note)
        .bind(10, joinEnumNames(entry.redFlags, ","));
}

bool validScore(std::optional<int> score)
{
    return !score || (*score >= minPainScore && *score <= maxPainScore);
}

// The checks that must pass before the file is opened for writing. Done on a read-only connection, so a
// file that fails them is not modified in any way.
std::optional<JournalError> inspectExisting(const fs::path& path)
{
    std::ifstream file{path, std::ios::binary};
    if (!file)
        return error(JournalErrorCode::CannotOpen, path, std::strerror(errno));
    std::array<char, 16> header{};
    file.read(header.data(), header.size());
    if (file.gcount() == 0)
        return std::nullopt; // an empty file holds nothing to lose: it becomes a new journal
    if (file.gcount() < static_cast<std::streamsize>(header.size())
        || std::memcmp(header.data(), "SQLite format 3\0", header.size()) != 0)
        return error(JournalErrorCode::NotAJournal, path, "not a SQLite database");

    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    sql::Connection connection{raw};
    if (opened != SQLITE_OK)
        return error(JournalErrorCode::CannotOpen, path, connection.lastError());
    sqlite3_busy_timeout(raw, busyTimeoutMilliseconds);

    sql::Statement version{connection, "PRAGMA user_version"};
    if (version.step() != SQLITE_ROW)
        return error(JournalErrorCode::Corrupt, path, connection.lastError());
    const auto userVersion = version.integer(0);
    sql::Statement application{connection, "PRAGMA application_id"};
    if (application.step() != SQLITE_ROW)
        return error(JournalErrorCode::Corrupt, path, connection.lastError());
    const auto appId = application.integer(0);
    sql::Statement tables{connection, "SELECT count(*) FROM sqlite_schema"};
    if (tables.step() != SQLITE_ROW)
        return error(JournalErrorCode::Corrupt, path, connection.lastError());
    const bool emptyDatabase = tables.integer(0) == 0;

    if (appId != Journal::applicationId && !(appId == 0 && emptyDatabase))
        return error(JournalErrorCode::NotAJournal, path, "a SQLite database of another program");
    if (userVersion > Journal::schemaVersion) {
        return error(JournalErrorCode::NewerVersion, path,
                     "journal version " + std::to_string(userVersion) + ", this Limber reads up to "
                         + std::to_string(Journal::schemaVersion));
    }
    sql::Statement check{connection, "PRAGMA quick_check"};
    const int checked = check.step();
    if (checked != SQLITE_ROW || check.text(0) != "ok")
        return error(JournalErrorCode::Corrupt, path, checked == SQLITE_ROW ? check.text(0) : connection.lastError());
    return std::nullopt;
}

// Makes the folder (0700 for the one Limber owns) and an empty file of mode 0600, so the journal is
// private from its first byte rather than after a chmod.
std::optional<JournalError> createPrivateFile(const fs::path& path)
{
    std::error_code failure;
    const fs::path folder = path.parent_path();
    if (!folder.empty() && !fs::exists(folder, failure)) {
        fs::create_directories(folder.parent_path(), failure);
        if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
            return error(JournalErrorCode::CannotCreate, path, std::strerror(errno));
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return error(JournalErrorCode::CannotCreate, path, std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    return std::nullopt;
}

// Like db.exec, but waiting as long as the busy timeout would while another process holds the lock the
// statement needs. Two processes opening a new journal at the same moment both switch it to WAL, and SQLite
// reports "database is locked" for that at once, without its busy handler.
int execWaitingForLock(sql::Connection& db, const char* statement)
{
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::milliseconds{busyTimeoutMilliseconds};
    while (true) {
        const int result = db.exec(statement);
        const int primary = result & 0xff;
        if ((primary != SQLITE_BUSY && primary != SQLITE_LOCKED) || std::chrono::steady_clock::now() >= giveUp)
            return result;
        std::this_thread::sleep_for(std::chrono::milliseconds{2});
    }
}

bool migrate(sql::Connection& db)
{
    for (int target = 1; target <= Journal::schemaVersion; ++target) {
        // Another process may be migrating at the same moment: take the write lock, then look again.
        if (db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
            return false;
        sql::Statement version{db, "PRAGMA user_version"};
        if (version.step() != SQLITE_ROW) {
            db.exec("ROLLBACK");
            return false;
        }
        if (version.integer(0) >= target) {
            db.exec("COMMIT");
            continue;
        }
        const std::string setVersion = "PRAGMA user_version = " + std::to_string(target);
        const std::string setApplication = "PRAGMA application_id = " + std::to_string(Journal::applicationId);
        if (db.exec(migrations[static_cast<std::size_t>(target - 1)]) != SQLITE_OK
            || db.exec(setVersion.c_str()) != SQLITE_OK || db.exec(setApplication.c_str()) != SQLITE_OK
            || db.exec("COMMIT") != SQLITE_OK) {
            db.exec("ROLLBACK");
            return false;
        }
    }
    return true;
}

} // namespace

std::span<const char* const> Journal::migrationScripts()
{
    return migrations;
}

std::string formatJournalError(const JournalError& error, Translator translate)
{
    const char* what = "";
    switch (error.code) {
    case JournalErrorCode::CannotCreate:
        what = QT_TRANSLATE_NOOP("Journal", "cannot create the journal");
        break;
    case JournalErrorCode::CannotOpen:
        what = QT_TRANSLATE_NOOP("Journal", "cannot open the journal");
        break;
    case JournalErrorCode::NotAJournal:
        what = QT_TRANSLATE_NOOP("Journal", "is not a Limber journal; it was left as it is");
        break;
    case JournalErrorCode::Corrupt:
        what = QT_TRANSLATE_NOOP("Journal", "the journal is damaged or truncated; it was left as it is (restore it from "
                                            "a backup, or move it away to start a new one)");
        break;
    case JournalErrorCode::NewerVersion:
        what = QT_TRANSLATE_NOOP("Journal", "the journal was written by a newer version of Limber; update Limber to open "
                                            "it (it was left as it is)");
        break;
    case JournalErrorCode::WriteFailed:
        what = QT_TRANSLATE_NOOP("Journal", "could not write to the journal; nothing was changed");
        break;
    case JournalErrorCode::NotFound:
        what = QT_TRANSLATE_NOOP("Journal", "no such record in the journal");
        break;
    case JournalErrorCode::InvalidValue:
        what = QT_TRANSLATE_NOOP("Journal", "a value the journal cannot store");
        break;
    }
    // The detail is what SQLite or the system said: technical, and kept as it is.
    const Message line = error.detail.empty()
                             ? message("Journal", QT_TRANSLATE_NOOP("Journal", "%1: %2"), error.path, message("Journal", what))
                             : message("Journal", QT_TRANSLATE_NOOP("Journal", "%1: %2 (%3)"), error.path,
                                       message("Journal", what), error.detail);
    return render(line, translate);
}

std::size_t firstUnfinishedItem(const SessionRecord& session)
{
    std::vector<bool> done;
    for (const ExerciseResult& result : session.results) {
        const auto position = static_cast<std::size_t>(std::max(result.position, 0));
        done.resize(std::max(done.size(), position + 1));
        done[position] = true;
    }
    std::size_t item = 0;
    while (item < done.size() && done[item])
        ++item;
    return item;
}

std::filesystem::path defaultJournalPath()
{
    return dataDirectory() / "journal.sqlite3";
}

JournalResult<Journal> Journal::open(const std::filesystem::path& path)
{
    std::error_code failure;
    if (fs::exists(path, failure)) {
        if (!fs::is_regular_file(path, failure))
            return error(JournalErrorCode::CannotOpen, path, "not a regular file");
        if (auto refused = inspectExisting(path))
            return *refused;
    } else if (auto refused = createPrivateFile(path)) {
        return *refused;
    }

    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nullptr);
    sql::Connection db{raw};
    if (opened != SQLITE_OK)
        return error(JournalErrorCode::CannotOpen, path, db.lastError());
    sqlite3_busy_timeout(raw, busyTimeoutMilliseconds);
    sqlite3_extended_result_codes(raw, 1);
    // FULL: a reported write survives a power cut, not only a crash; one fsync per entry is cheap here.
    if (db.exec("PRAGMA foreign_keys = ON") != SQLITE_OK || execWaitingForLock(db, "PRAGMA journal_mode = WAL") != SQLITE_OK
        || db.exec("PRAGMA synchronous = FULL") != SQLITE_OK)
        return error(JournalErrorCode::CannotOpen, path, db.lastError());
    if (!migrate(db))
        return error(JournalErrorCode::WriteFailed, path, db.lastError());
    // Keep the journal private even if it was copied in with looser permissions.
    struct stat status {};
    if (::stat(path.c_str(), &status) == 0 && (status.st_mode & 0077) != 0)
        ::chmod(path.c_str(), status.st_mode & 0700);
    return Journal{path, std::move(db)};
}

template <typename T, typename ReadRow>
JournalResult<std::vector<T>> Journal::readRows(sql::Statement& select, ReadRow readRow) const
{
    std::vector<T> rows;
    int stepped = 0;
    while ((stepped = select.step()) == SQLITE_ROW)
        rows.push_back(readRow(select));
    if (stepped != SQLITE_DONE)
        return error(JournalErrorCode::CannotOpen, m_path, m_db.lastError());
    return rows;
}

JournalError Journal::writeError(const char* what) const
{
    return error(JournalErrorCode::WriteFailed, m_path, std::string{what} + ": " + m_db.lastError());
}

JournalResult<std::int64_t> Journal::addPainEntry(const PainEntry& entry)
{
    if (!validScore(entry.score))
        return error(JournalErrorCode::InvalidValue, m_path, "pain score " + std::to_string(entry.score));
    sql::Statement insert{m_db, R"sql(
        INSERT INTO pain_entry (recorded_at, utc_offset_minutes, local_date, score, area, side, context, symptoms,
                                note, red_flags)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql"};
    bindPainFields(insert, entry);
    if (insert.step() != SQLITE_DONE)
        return writeError("saving the pain entry");
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db.get()));
}

JournalResult<Done> Journal::updatePainEntry(const PainEntry& entry)
{
    if (!validScore(entry.score))
        return error(JournalErrorCode::InvalidValue, m_path, "pain score " + std::to_string(entry.score));
    sql::Statement update{m_db, R"sql(
        UPDATE pain_entry SET recorded_at = ?1, utc_offset_minutes = ?2, local_date = ?3, score = ?4, area = ?5,
                              side = ?6, context = ?7, symptoms = ?8, note = ?9, red_flags = ?10
        WHERE id = ?11)sql"};
    bindPainFields(update, entry);
    update.bind(11, entry.id);
    if (update.step() != SQLITE_DONE)
        return writeError("updating the pain entry");
    if (sqlite3_changes(m_db.get()) == 0)
        return error(JournalErrorCode::NotFound, m_path, "pain entry " + std::to_string(entry.id));
    return Done{};
}

JournalResult<Done> Journal::deletePainEntry(std::int64_t id)
{
    sql::Statement remove{m_db, "DELETE FROM pain_entry WHERE id = ?1"};
    remove.bind(1, id);
    if (remove.step() != SQLITE_DONE)
        return writeError("deleting the pain entry");
    if (sqlite3_changes(m_db.get()) == 0)
        return error(JournalErrorCode::NotFound, m_path, "pain entry " + std::to_string(id));
    return Done{};
}

JournalResult<std::vector<PainEntry>> Journal::painEntries(std::optional<LocalDate> since) const
{
    sql::Statement select{m_db, R"sql(
        SELECT id, recorded_at, utc_offset_minutes, local_date, score, area, side, context, symptoms, note, red_flags
        FROM pain_entry WHERE local_date >= ?1 ORDER BY recorded_at, id)sql"};
    select.bind(1, since ? formatDate(*since) : std::string{});
    return readRows<PainEntry>(select, [](const sql::Statement& row) {
        PainEntry entry;
        entry.id = row.integer(0);
        entry.when = readMoment(row, 1, 2, 3);
        entry.score = static_cast<int>(row.integer(4));
        entry.area = optionalEnum<PainArea>(row, 5);
        entry.side = optionalEnum<BodySide>(row, 6);
        entry.context = optionalEnum<PainContext>(row, 7);
        entry.symptoms = splitNames<Symptom>(row.text(8));
        entry.note = row.text(9);
        entry.redFlags = splitNames<RedFlag>(row.text(10));
        return entry;
    });
}

JournalResult<std::int64_t> Journal::startSession(const std::string& planId, const std::string& planTitle,
                                                  const Moment& started, std::optional<int> painBefore)
{
    if (!validScore(painBefore))
        return error(JournalErrorCode::InvalidValue, m_path, "pain score " + std::to_string(*painBefore));
    sql::Statement insert{m_db, R"sql(
        INSERT INTO session (plan_id, plan_title, started_at, utc_offset_minutes, local_date, status, pain_before)
        VALUES (?1, ?2, ?3, ?4, ?5, 'in_progress', ?6))sql"};
    insert.bind(1, planId)
        .bind(2, planTitle)
        .bind(3, formatInstantUtc(started.instant))
        .bind(4, started.utcOffsetMinutes)
        .bind(5, formatDate(started.date))
        .bind(6, painBefore);
    if (insert.step() != SQLITE_DONE)
        return writeError("starting the session");
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db.get()));
}

JournalResult<Done> Journal::checkpoint(std::int64_t sessionId, const ExerciseResult& result)
{
    // A savepoint, not BEGIN: it nests inside transaction() and stands alone elsewhere.
    if (m_db.exec("SAVEPOINT checkpoint") != SQLITE_OK)
        return writeError("saving the exercise");
    sql::Statement upsert{m_db, R"sql(
        INSERT OR REPLACE INTO exercise_result (session_id, position, exercise_id, sets_done, reps_done,
                                                seconds_worked, skipped, hurt)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql"};
    upsert.bind(1, sessionId)
        .bind(2, result.position)
        .bind(3, result.exerciseId)
        .bind(4, result.setsDone)
        .bind(5, result.repsDone)
        .bind(6, result.secondsWorked)
        .bind(7, result.skipped ? 1 : 0)
        .bind(8, result.hurt ? 1 : 0);
    sql::Statement total{m_db, R"sql(
        UPDATE session SET active_seconds =
            (SELECT coalesce(sum(seconds_worked), 0) FROM exercise_result WHERE session_id = ?1)
        WHERE id = ?1)sql"};
    total.bind(1, sessionId);
    if (upsert.step() != SQLITE_DONE || total.step() != SQLITE_DONE || sqlite3_changes(m_db.get()) == 0) {
        const bool missing = sqlite3_changes(m_db.get()) == 0;
        auto failure = missing ? error(JournalErrorCode::NotFound, m_path, "session " + std::to_string(sessionId))
                               : writeError("saving the exercise");
        m_db.exec("ROLLBACK TO checkpoint");
        m_db.exec("RELEASE checkpoint");
        return failure;
    }
    if (m_db.exec("RELEASE checkpoint") != SQLITE_OK) {
        auto failure = writeError("saving the exercise");
        m_db.exec("ROLLBACK TO checkpoint");
        m_db.exec("RELEASE checkpoint");
        return failure;
    }
    return Done{};
}

JournalResult<Done> Journal::finishSession(std::int64_t sessionId, SessionStatus status, Instant ended,
                                           std::optional<int> painAfter, std::optional<int> painDuring)
{
    for (const std::optional<int>& score : {painAfter, painDuring}) {
        if (!validScore(score))
            return error(JournalErrorCode::InvalidValue, m_path, "pain score " + std::to_string(*score));
    }
    sql::Statement update{m_db, R"sql(
        UPDATE session SET status = ?1, ended_at = ?2, pain_after = ?3, pain_during = ?4 WHERE id = ?5)sql"};
    update.bind(1, toString(status)).bind(2, formatInstantUtc(ended)).bind(3, painAfter).bind(4, painDuring).bind(5, sessionId);
    if (update.step() != SQLITE_DONE)
        return writeError("finishing the session");
    if (sqlite3_changes(m_db.get()) == 0)
        return error(JournalErrorCode::NotFound, m_path, "session " + std::to_string(sessionId));
    return Done{};
}

JournalResult<std::vector<SessionRecord>> Journal::readSessions(Which which, Detail detail, std::int64_t id) const
{
    static constexpr const char* allSessions = R"sql(
        SELECT id, plan_id, plan_title, started_at, utc_offset_minutes, local_date, ended_at, status, pain_before,
               pain_after, active_seconds, pain_during
        FROM session ORDER BY started_at, id)sql";
    static constexpr const char* unfinishedSessions = R"sql(
        SELECT id, plan_id, plan_title, started_at, utc_offset_minutes, local_date, ended_at, status, pain_before,
               pain_after, active_seconds, pain_during
        FROM session WHERE status = 'in_progress' ORDER BY started_at DESC, id DESC LIMIT 1)sql";
    static constexpr const char* oneSession = R"sql(
        SELECT id, plan_id, plan_title, started_at, utc_offset_minutes, local_date, ended_at, status, pain_before,
               pain_after, active_seconds, pain_during
        FROM session WHERE id = ?1)sql";
    sql::Statement select{m_db, which == Which::All ? allSessions : which == Which::Unfinished ? unfinishedSessions : oneSession};
    if (which == Which::One)
        select.bind(1, id);
    sql::Statement results{m_db, R"sql(
        SELECT position, exercise_id, sets_done, reps_done, seconds_worked, skipped, hurt
        FROM exercise_result WHERE session_id = ?1 ORDER BY position)sql"};
    std::vector<SessionRecord> sessions;
    int stepped = 0;
    while ((stepped = select.step()) == SQLITE_ROW) {
        SessionRecord session;
        session.id = select.integer(0);
        session.planId = select.text(1);
        session.planTitle = select.text(2);
        session.started = readMoment(select, 3, 4, 5);
        if (!select.isNull(6))
            session.ended = parseInstantUtc(select.text(6));
        session.status = enumFromString<SessionStatus>(select.text(7)).value_or(SessionStatus::Stopped);
        session.painBefore = optionalInt(select, 8);
        session.painAfter = optionalInt(select, 9);
        session.activeSeconds = static_cast<int>(select.integer(10));
        session.painDuring = optionalInt(select, 11);
        if (detail == Detail::Summary) {
            sessions.push_back(std::move(session));
            continue;
        }
        results.reset();
        results.bind(1, session.id);
        while (results.step() == SQLITE_ROW) {
            session.results.push_back(ExerciseResult{static_cast<int>(results.integer(0)), results.text(1),
                                                     static_cast<int>(results.integer(2)),
                                                     static_cast<int>(results.integer(3)),
                                                     static_cast<int>(results.integer(4)), results.integer(5) != 0,
                                                     results.integer(6) != 0});
        }
        sessions.push_back(std::move(session));
    }
    if (stepped != SQLITE_DONE)
        return error(JournalErrorCode::CannotOpen, m_path, m_db.lastError());
    return sessions;
}

JournalResult<std::optional<SessionRecord>> Journal::unfinishedSession() const
{
    auto found = readSessions(Which::Unfinished, Detail::WithResults);
    if (!found.ok())
        return found.error();
    if (found.value().empty())
        return std::optional<SessionRecord>{};
    return std::optional<SessionRecord>{std::move(found.value().front())};
}

JournalResult<SessionRecord> Journal::session(std::int64_t id) const
{
    auto found = readSessions(Which::One, Detail::WithResults, id);
    if (!found.ok())
        return found.error();
    if (found.value().empty())
        return error(JournalErrorCode::NotFound, m_path, "session " + std::to_string(id));
    return std::move(found.value().front());
}

JournalResult<std::vector<SessionRecord>> Journal::sessions(Detail detail) const
{
    return readSessions(Which::All, detail);
}

JournalResult<std::int64_t> Journal::addPegEntry(const PegEntry& entry)
{
    for (int score : {entry.pain, entry.enjoyment, entry.activity}) {
        if (!validScore(score))
            return error(JournalErrorCode::InvalidValue, m_path, "PEG score " + std::to_string(score));
    }
    sql::Statement insert{m_db, R"sql(
        INSERT INTO peg_entry (recorded_at, utc_offset_minutes, local_date, pain, enjoyment, activity)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql"};
    insert.bind(1, formatInstantUtc(entry.when.instant))
        .bind(2, entry.when.utcOffsetMinutes)
        .bind(3, formatDate(entry.when.date))
        .bind(4, entry.pain)
        .bind(5, entry.enjoyment)
        .bind(6, entry.activity);
    if (insert.step() != SQLITE_DONE)
        return writeError("saving the questionnaire");
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db.get()));
}

JournalResult<std::vector<PegEntry>> Journal::pegEntries() const
{
    sql::Statement select{m_db, R"sql(
        SELECT id, recorded_at, utc_offset_minutes, local_date, pain, enjoyment, activity
        FROM peg_entry ORDER BY recorded_at, id)sql"};
    return readRows<PegEntry>(select, [](const sql::Statement& row) {
        return PegEntry{row.integer(0), readMoment(row, 1, 2, 3), static_cast<int>(row.integer(4)),
                        static_cast<int>(row.integer(5)), static_cast<int>(row.integer(6))};
    });
}

JournalResult<Done> Journal::recordSafetyCheck(SafetyCheckKind kind, const Moment& when, const std::vector<RedFlag>& flags)
{
    sql::Statement insert{m_db, R"sql(
        INSERT INTO safety_check (recorded_at, utc_offset_minutes, local_date, kind, red_flags)
        VALUES (?1, ?2, ?3, ?4, ?5))sql"};
    insert.bind(1, formatInstantUtc(when.instant))
        .bind(2, when.utcOffsetMinutes)
        .bind(3, formatDate(when.date))
        .bind(4, kind == SafetyCheckKind::Screen ? "screen" : "assessed")
        .bind(5, joinEnumNames(flags, ","));
    if (insert.step() != SQLITE_DONE)
        return writeError("saving the safety check");
    return Done{};
}

JournalResult<std::vector<SafetyCheck>> Journal::safetyChecks() const
{
    sql::Statement select{m_db, R"sql(
        SELECT recorded_at, utc_offset_minutes, local_date, kind, red_flags FROM safety_check ORDER BY recorded_at, id)sql"};
    return readRows<SafetyCheck>(select, [](const sql::Statement& row) {
        const bool assessed = row.text(3) == "assessed";
        return SafetyCheck{readMoment(row, 0, 1, 2), assessed ? SafetyCheckKind::Assessed : SafetyCheckKind::Screen,
                           splitNames<RedFlag>(row.text(4))};
    });
}

JournalResult<SafetyState> Journal::safetyState() const
{
    // Warning signs come from screens and from pain entries; "assessed" clears everything before it.
    sql::Statement select{m_db, R"sql(
        SELECT recorded_at, kind, red_flags FROM safety_check
        UNION ALL
        SELECT recorded_at, 'screen', red_flags FROM pain_entry WHERE red_flags <> ''
        ORDER BY 1)sql"};
    SafetyState state;
    int stepped = 0;
    while ((stepped = select.step()) == SQLITE_ROW) {
        const std::string kind = select.text(1);
        if (kind == "screen") {
            state.everScreened = true;
            for (RedFlag flag : splitNames<RedFlag>(select.text(2))) {
                if (std::find(state.openFlags.begin(), state.openFlags.end(), flag) == state.openFlags.end())
                    state.openFlags.push_back(flag);
            }
        } else {
            state.openFlags.clear();
        }
    }
    if (stepped != SQLITE_DONE)
        return error(JournalErrorCode::CannotOpen, m_path, m_db.lastError());
    return state;
}

JournalResult<std::int64_t> Journal::startPlan(const PlanEnrollment& plan)
{
    if (plan.weeks < 1 || plan.weeks > 52 || plan.days.empty())
        return error(JournalErrorCode::InvalidValue, m_path, "plan schedule of " + plan.planId);
    // A savepoint, so ending the old plan and starting the new one happen together, also inside transaction().
    if (m_db.exec("SAVEPOINT start_plan") != SQLITE_OK)
        return writeError("starting the plan");
    const auto failed = [this] {
        auto failure = writeError("starting the plan");
        m_db.exec("ROLLBACK TO start_plan");
        m_db.exec("RELEASE start_plan");
        return failure;
    };
    if (!endActivePlan(plan.began))
        return failed();
    sql::Statement insert{m_db, R"sql(
        INSERT INTO plan_enrollment (plan_id, plan_title, plan_json, start_date, days, weeks, began_at,
                                     began_utc_offset_minutes, began_local_date)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql"};
    insert.bind(1, plan.planId)
        .bind(2, plan.planTitle)
        .bind(3, plan.planJson)
        .bind(4, formatDate(plan.start))
        .bind(5, joinEnumNames(plan.days, ","))
        .bind(6, plan.weeks)
        .bind(7, formatInstantUtc(plan.began.instant))
        .bind(8, plan.began.utcOffsetMinutes)
        .bind(9, formatDate(plan.began.date));
    if (insert.step() != SQLITE_DONE)
        return failed();
    const auto id = static_cast<std::int64_t>(sqlite3_last_insert_rowid(m_db.get()));
    if (m_db.exec("RELEASE start_plan") != SQLITE_OK)
        return failed();
    return id;
}

bool Journal::endActivePlan(const Moment& when)
{
    sql::Statement update{m_db, R"sql(
        UPDATE plan_enrollment SET ended_at = ?1, ended_utc_offset_minutes = ?2, ended_local_date = ?3
        WHERE ended_at IS NULL)sql"};
    update.bind(1, formatInstantUtc(when.instant)).bind(2, when.utcOffsetMinutes).bind(3, formatDate(when.date));
    return update.step() == SQLITE_DONE;
}

JournalResult<Done> Journal::endPlan(const Moment& when)
{
    if (!endActivePlan(when))
        return writeError("ending the plan");
    return Done{};
}

JournalResult<Done> Journal::recordPlanReview(std::int64_t enrollmentId, std::int64_t sessionId,
                                              const std::vector<DoseChange>& changes, const std::string& planJson)
{
    if (m_db.exec("SAVEPOINT plan_review") != SQLITE_OK)
        return writeError("saving the plan's changes");
    const auto failed = [this](JournalError failure) {
        m_db.exec("ROLLBACK TO plan_review");
        m_db.exec("RELEASE plan_review");
        return failure;
    };
    sql::Statement insert{m_db, R"sql(
        INSERT INTO dose_change (enrollment_id, session_id, recorded_at, utc_offset_minutes, local_date, position, kind,
                                 exercise_before, exercise_after, dose_before, dose_after, reason, accepted)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql"};
    for (const DoseChange& change : changes) {
        insert.reset();
        insert.bind(1, enrollmentId)
            .bind(2, sessionId)
            .bind(3, formatInstantUtc(change.when.instant))
            .bind(4, change.when.utcOffsetMinutes)
            .bind(5, formatDate(change.when.date))
            .bind(6, change.position)
            .bind(7, change.kind == DoseChangeKind::Progress ? "progress" : "regress")
            .bind(8, change.exerciseBefore)
            .bind(9, change.exerciseAfter)
            .bind(10, toJson(change.doseBefore).dump())
            .bind(11, toJson(change.doseAfter).dump())
            .bind(12, toJson(change.reason).dump())
            .bind(13, change.accepted ? 1 : 0);
        if (insert.step() != SQLITE_DONE)
            return failed(writeError("saving the plan's changes"));
    }
    sql::Statement update{m_db, "UPDATE plan_enrollment SET reviewed_session_id = ?1, plan_json = ?2 WHERE id = ?3"};
    update.bind(1, sessionId).bind(2, planJson).bind(3, enrollmentId);
    if (update.step() != SQLITE_DONE)
        return failed(writeError("saving the plan's changes"));
    if (sqlite3_changes(m_db.get()) == 0)
        return failed(error(JournalErrorCode::NotFound, m_path, "plan " + std::to_string(enrollmentId)));
    if (m_db.exec("RELEASE plan_review") != SQLITE_OK)
        return failed(writeError("saving the plan's changes"));
    return Done{};
}

JournalResult<std::vector<DoseChange>> Journal::doseChanges() const
{
    sql::Statement select{m_db, R"sql(
        SELECT id, enrollment_id, session_id, recorded_at, utc_offset_minutes, local_date, position, kind,
               exercise_before, exercise_after, dose_before, dose_after, reason, accepted
        FROM dose_change ORDER BY recorded_at, id)sql"};
    return readRows<DoseChange>(select, [](const sql::Statement& row) {
        DoseChange change;
        change.id = row.integer(0);
        change.enrollmentId = row.integer(1);
        change.sessionId = row.integer(2);
        change.when = readMoment(row, 3, 4, 5);
        change.position = static_cast<int>(row.integer(6));
        change.kind = row.text(7) == "progress" ? DoseChangeKind::Progress : DoseChangeKind::Regress;
        change.exerciseBefore = row.text(8);
        change.exerciseAfter = row.text(9);
        change.doseBefore = storedMessage(row.text(10));
        change.doseAfter = storedMessage(row.text(11));
        change.reason = storedMessage(row.text(12));
        change.accepted = row.integer(13) != 0;
        return change;
    });
}

JournalResult<std::vector<PlanEnrollment>> Journal::planEnrollments() const
{
    sql::Statement select{m_db, R"sql(
        SELECT id, plan_id, plan_title, plan_json, start_date, days, weeks, began_at, began_utc_offset_minutes,
               began_local_date, ended_at, ended_utc_offset_minutes, ended_local_date, reviewed_session_id
        FROM plan_enrollment ORDER BY began_at, id)sql"};
    return readRows<PlanEnrollment>(select, [](const sql::Statement& row) {
        PlanEnrollment plan;
        plan.id = row.integer(0);
        plan.planId = row.text(1);
        plan.planTitle = row.text(2);
        plan.planJson = row.text(3);
        plan.start = parseDate(row.text(4)).value_or(LocalDate{});
        plan.days = splitNames<Weekday>(row.text(5));
        plan.weeks = static_cast<int>(row.integer(6));
        plan.began = readMoment(row, 7, 8, 9);
        if (!row.isNull(10))
            plan.ended = readMoment(row, 10, 11, 12);
        plan.reviewedSessionId = row.integer(13);
        return plan;
    });
}

JournalResult<std::optional<PlanEnrollment>> Journal::activePlan() const
{
    auto plans = planEnrollments();
    if (!plans.ok())
        return plans.error();
    for (PlanEnrollment& plan : plans.value()) {
        if (!plan.ended)
            return std::optional{std::move(plan)};
    }
    return std::optional<PlanEnrollment>{};
}

JournalResult<Done> Journal::transaction(const std::function<bool()>& work)
{
    if (m_db.exec("BEGIN IMMEDIATE") != SQLITE_OK)
        return writeError("starting a transaction");
    if (!work()) {
        m_db.exec("ROLLBACK");
        return error(JournalErrorCode::WriteFailed, m_path, "the changes were undone");
    }
    if (m_db.exec("COMMIT") != SQLITE_OK) {
        auto failure = writeError("saving the changes");
        m_db.exec("ROLLBACK");
        return failure;
    }
    return Done{};
}

} // namespace limber
