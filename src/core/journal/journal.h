// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"
#include "core/journal/sqlite.h"

#include <filesystem>
#include <functional>
#include <span>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace limber {

enum class JournalErrorCode {
    CannotCreate,  // the folder or file could not be made
    CannotOpen,    // exists but cannot be opened (permissions, a folder, …)
    NotAJournal,   // not a SQLite database, or one that belongs to another program
    Corrupt,       // truncated or damaged: fails SQLite's quick_check
    NewerVersion,  // written by a newer Limber; refused so this one cannot damage it
    WriteFailed,   // disk full, read-only, locked for too long, …
    NotFound,      // no record with that id
    InvalidValue,  // a value outside what the journal stores (a score of 11)
};

struct JournalError {
    JournalErrorCode code = JournalErrorCode::CannotOpen;
    std::string path;
    std::string detail; // what SQLite or the system said, for the curious; may be empty
};

// "PATH: is not a Limber journal (…)": one line, for the CLI and the app's dialogs; in English, or through
// `translate` (the "Journal" scope).
std::string formatJournalError(const JournalError& error, Translator translate = nullptr);

// Either a value or the error that prevented it.
template <typename T>
class JournalResult {
public:
    JournalResult(T value) : m_state(std::move(value)) {}
    JournalResult(JournalError error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    T& value() { return std::get<0>(m_state); }
    const T& value() const { return std::get<0>(m_state); }
    const JournalError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, JournalError> m_state;
};

struct Done {};

// Where to carry on an unfinished session: the first exercise (item index) without a saved result.
std::size_t firstUnfinishedItem(const SessionRecord& session);

// The default journal file: `$XDG_DATA_HOME/limber/journal.sqlite3`.
std::filesystem::path defaultJournalPath();

// The private record of pain entries and sessions: one SQLite file, shared safely by the app and the CLI
// (WAL, busy timeout, every write in one transaction). Opening never damages a file it cannot use: a file
// that is not a Limber journal, is corrupt or comes from a newer version is refused and left byte for
// byte as it was. A new journal is created with mode 0600 in a folder of mode 0700.
class Journal {
public:
    static constexpr int schemaVersion = 4;
    // PRAGMA application_id of Limber journals ("LMBR"), so another program's SQLite file is recognised.
    static constexpr std::int32_t applicationId = 0x4c4d4252;

    static JournalResult<Journal> open(const std::filesystem::path& path);

    // The SQL of each migration, index = the version it starts from; for tests that build old journals.
    static std::span<const char* const> migrationScripts();

    Journal(Journal&&) noexcept = default;
    Journal& operator=(Journal&&) noexcept = default;

    const std::filesystem::path& path() const { return m_path; }

    // Stores a pain entry and returns its id. The entry's `id` is ignored.
    JournalResult<std::int64_t> addPainEntry(const PainEntry& entry);
    JournalResult<Done> updatePainEntry(const PainEntry& entry);
    JournalResult<Done> deletePainEntry(std::int64_t id);
    // Entries in the order they were lived (by instant), from `since` (a local date) on when given.
    JournalResult<std::vector<PainEntry>> painEntries(std::optional<LocalDate> since = {}) const;

    // Starts a session in progress and returns its id.
    JournalResult<std::int64_t> startSession(const std::string& planId, const std::string& planTitle,
                                             const Moment& started, std::optional<int> painBefore);
    // Saves one exercise's result (replacing an earlier one at the same position) in one transaction.
    JournalResult<Done> checkpoint(std::int64_t sessionId, const ExerciseResult& result);
    JournalResult<Done> finishSession(std::int64_t sessionId, SessionStatus status, Instant ended,
                                      std::optional<int> painAfter, std::optional<int> painDuring = {});
    // The most recent session still in progress (an app that was closed or killed mid-session), if any.
    JournalResult<std::optional<SessionRecord>> unfinishedSession() const;
    // Every session in order of starting; with Detail::WithResults each carries its exercise results, which
    // reports do not need and which make up most of a long journal.
    enum class Detail { Summary, WithResults };
    JournalResult<std::vector<SessionRecord>> sessions(Detail detail = Detail::WithResults) const;
    // One session with its results.
    JournalResult<SessionRecord> session(std::int64_t id) const;

    // The weekly PEG questionnaire.
    JournalResult<std::int64_t> addPegEntry(const PegEntry& entry);
    JournalResult<std::vector<PegEntry>> pegEntries() const;

    // A red-flag screen (with the signs answered "yes", possibly none), or the person's word that a
    // health professional has assessed them.
    JournalResult<Done> recordSafetyCheck(SafetyCheckKind kind, const Moment& when, const std::vector<RedFlag>& flags);
    // Every screen and "assessed", in order.
    JournalResult<std::vector<SafetyCheck>> safetyChecks() const;
    // Whether exercise is on hold: warning signs reported (in screens or pain entries) since the last
    // "assessed".
    JournalResult<SafetyState> safetyState() const;

    // Makes `plan` the active plan (ending the one active before, at `plan.began`) and returns its id.
    JournalResult<std::int64_t> startPlan(const PlanEnrollment& plan);
    // Stops following the active plan, if any.
    JournalResult<Done> endPlan(const Moment& when);
    // The person's answer to the dose changes suggested after `sessionId`: every change with whether it was
    // accepted, and the plan as it now is (the plan file format), kept together in one transaction.
    JournalResult<Done> recordPlanReview(std::int64_t enrollmentId, std::int64_t sessionId,
                                         const std::vector<DoseChange>& changes, const std::string& planJson);
    JournalResult<std::vector<DoseChange>> doseChanges() const;
    // Every plan followed, in the order they were started; the active one has no `ended`.
    JournalResult<std::vector<PlanEnrollment>> planEnrollments() const;
    JournalResult<std::optional<PlanEnrollment>> activePlan() const;

    // Runs `work` as one transaction: what it writes is kept together or, if it returns false or a write
    // fails, not at all. For imports and bulk changes; single writes are already atomic.
    JournalResult<Done> transaction(const std::function<bool()>& work);

private:
    Journal(std::filesystem::path path, sql::Connection connection)
        : m_path(std::move(path)), m_db(std::move(connection))
    {
    }

    JournalError writeError(const char* what) const;
    bool endActivePlan(const Moment& when);
    // Every row of `select`, each made into a T by `readRow`.
    template <typename T, typename ReadRow>
    JournalResult<std::vector<T>> readRows(sql::Statement& select, ReadRow readRow) const;

    enum class Which { All, Unfinished, One };
    JournalResult<std::vector<SessionRecord>> readSessions(Which which, Detail detail, std::int64_t id = 0) const;

    std::filesystem::path m_path;
    sql::Connection m_db;
};

} // namespace limber
