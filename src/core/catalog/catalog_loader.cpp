// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"

#include "core/catalog/builtin_catalog.h"
#include "core/common/json_checker.h"
#include "core/common/text_file.h"
#include "core/common/identifiers.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace limber {
namespace {

constexpr std::string_view catalogFormat = "limber-catalog";
constexpr int catalogVersion = 1;
constexpr std::size_t maxNameLength = 80;
constexpr std::size_t maxSummaryLength = 200;
constexpr std::size_t maxStepLength = 400;
constexpr std::size_t maxSourceLength = 32;
constexpr std::size_t maxReferenceTitleLength = 300;
constexpr std::size_t maxReferenceUrlLength = 500;
constexpr std::size_t maxTempoSteps = 5;

class CatalogReader {
public:
    CatalogReader(std::string_view fileLabel, std::vector<Issue>& issues) : m_check(fileLabel, issues) {}

    std::optional<Catalog> read(JsonValue document, const Catalog* base)
    {
        const JsonPath root;
        if (!m_check.expectObject(document, root))
            return std::nullopt;
        // A foreign file gets one message saying what it is not, rather than a list of its fields.
        if (!readHeader(m_check.fields(document, root, {"format", "version"}, JsonChecker::OtherKeys::Ignore), root))
            return std::nullopt;
        const JsonFields fields = m_check.fields(document, root, {"format", "version", "references", "exercises"});

        std::map<std::string, Reference, std::less<>> references;
        if (const auto value = m_check.member(fields, root, "references", Presence::Optional))
            references = readReferences(*value, root / "references");

        std::vector<Exercise> exercises;
        if (const auto list = m_check.member(fields, root, "exercises", Presence::Required)) {
            const JsonPath listPath = root / "exercises";
            if (m_check.expectArray(*list, listPath)) {
                const auto array = asArray(*list);
                exercises.reserve(array.size());
                std::size_t index = 0;
                for (JsonValue element : array) {
                    if (auto exercise = readExercise(element, listPath / index)) {
                        exercises.push_back(std::move(*exercise));
                        m_fileIndexOf.push_back(index);
                    }
                    ++index;
                }
            }
        }
        checkIdsAndReferences(exercises, base);

        if (m_check.issueCount() > 0)
            return std::nullopt;
        return Catalog{std::move(exercises), std::move(references)};
    }

private:
    bool readHeader(const JsonFields& document, const JsonPath& root)
    {
        const auto format = m_check.member(document, root, "format", Presence::Required);
        if (!format)
            return false;
        std::string_view formatName;
        if (format->get_string().get(formatName) || formatName != catalogFormat) {
            m_check.report(IssueCode::WrongFormat, root / "format",
                           "expected \"limber-catalog\": this is not an exercise catalog", format);
            return false;
        }
        const auto version = m_check.member(document, root, "version", Presence::Required);
        if (!version)
            return false;
        double number = 0;
        if (version->get_double().get(number) || number != catalogVersion) {
            const bool newer = version->is_number() && number > catalogVersion;
            m_check.report(newer ? IssueCode::UnsupportedVersion : IssueCode::WrongType, root / "version",
                           newer ? "expected version 1: this catalog needs a newer Limber" : "expected the integer 1",
                           version);
            return false;
        }
        return true;
    }

    std::map<std::string, Reference, std::less<>> readReferences(JsonValue value, const JsonPath& path)
    {
        std::map<std::string, Reference, std::less<>> references;
        if (!m_check.expectObject(value, path))
            return references;
        for (const auto field : asObject(value)) {
            const JsonPath entryPath = path / field.key;
            if (!isReferenceKey(field.key)) {
                m_check.report(IssueCode::NotAllowed, entryPath,
                               "expected a key of capital letters, digits, '-' and '_' (at most 32)");
                continue;
            }
            if (!m_check.expectObject(field.value, entryPath))
                continue;
            const JsonFields entry = m_check.fields(field.value, entryPath, {"title", "url"});
            Reference reference;
            reference.title = m_check.text(entry, entryPath, "title", maxReferenceTitleLength, Presence::Required)
                                  .value_or(std::string{});
            reference.url = m_check.text(entry, entryPath, "url", maxReferenceUrlLength, Presence::Optional)
                                .value_or(std::string{});
            references.insert_or_assign(std::string{field.key}, std::move(reference));
        }
        return references;
    }

    std::optional<Exercise> readExercise(JsonValue object, const JsonPath& path)
    {
        if (!m_check.expectObject(object, path))
            return std::nullopt;
        const std::size_t issuesBefore = m_check.issueCount();
        const JsonFields value = m_check.fields(object, path,
                          {"id", "name", "summary", "category", "areas", "position", "desk_friendly", "equipment",
                           "mode", "dose", "per_side", "difficulty", "steps", "cautions", "regression", "progression",
                           "sources"});
        auto id = readId(value, path, "id", Presence::Required);
        auto name = m_check.text(value, path, "name", maxNameLength, Presence::Required);
        auto summary = m_check.text(value, path, "summary", maxSummaryLength, Presence::Optional);
        const auto category = m_check.enumeration<Category>(value, path, "category", Presence::Required);
        auto areas = m_check.enumList<BodyArea>(value, path, "areas", false);
        const auto position = m_check.enumeration<Position>(value, path, "position", Presence::Required);
        const auto desk = m_check.boolean(value, path, "desk_friendly", Presence::Required);
        auto equipment = m_check.enumList<Equipment>(value, path, "equipment", true);
        const auto mode = m_check.enumeration<DoseMode>(value, path, "mode", Presence::Required);
        const auto perSide = m_check.boolean(value, path, "per_side", Presence::Required);
        const auto difficulty = m_check.integer(value, path, "difficulty", 1, 3, Presence::Required);
        auto steps = m_check.textList(value, path, "steps", maxStepLength, false, false);
        auto cautions = m_check.textList(value, path, "cautions", maxStepLength, true, false);
        auto regression = readId(value, path, "regression", Presence::Optional);
        auto progression = readId(value, path, "progression", Presence::Optional);
        auto sources = m_check.textList(value, path, "sources", maxSourceLength, true, true);
        std::optional<Dose> dose;
        if (const auto doseValue = m_check.member(value, path, "dose", Presence::Required)) {
            if (mode)
                dose = readDose(*doseValue, path / "dose", *mode);
            else
                m_check.expectObject(*doseValue, path / "dose");
        }

        if (desk && *desk && position && equipment && !qualifiesAsDeskFriendly(*position, *equipment)) {
            m_check.report(IssueCode::Conflict, path / "desk_friendly",
                           "desk_friendly may be true only for a seated or standing exercise that needs nothing "
                           "beyond a chair or a wall",
                           m_check.member(value, path, "position", Presence::Optional));
        }
        if (perSide && *perSide && mode == DoseMode::Timed) {
            m_check.report(IssueCode::Conflict, path / "per_side", "a timed exercise cannot be done per side",
                           m_check.member(value, path, "per_side", Presence::Optional));
        }
        if (m_check.issueCount() != issuesBefore)
            return std::nullopt;

        Exercise exercise;
        exercise.id = std::move(*id);
        exercise.name = std::move(*name);
        exercise.summary = std::move(summary).value_or(std::string{});
        exercise.category = *category;
        exercise.areas = std::move(*areas);
        exercise.position = *position;
        exercise.deskFriendly = *desk;
        exercise.equipment = std::move(*equipment);
        exercise.mode = *mode;
        exercise.dose = std::move(*dose);
        exercise.perSide = *perSide;
        exercise.difficulty = *difficulty;
        exercise.steps = std::move(*steps);
        exercise.cautions = std::move(*cautions);
        exercise.regression = std::move(*regression);
        exercise.progression = std::move(*progression);
        exercise.sources = std::move(*sources);
        return exercise;
    }

    // An exercise id, or for Optional fields also absent or null (returned as an empty string).
    std::optional<std::string> readId(const JsonFields& object, const JsonPath& path, std::string_view key, Presence presence)
    {
        const auto value = m_check.member(object, path, key, presence);
        if (!value)
            return presence == Presence::Optional ? std::optional<std::string>{std::string{}} : std::nullopt;
        if (presence == Presence::Optional && value->is_null())
            return std::string{};
        std::string_view id;
        if (value->get_string().get(id) || !isExerciseId(id)) {
            m_check.report(value->is_string() ? IssueCode::NotAllowed : IssueCode::WrongType, path / key,
                           presence == Presence::Optional
                               ? "expected null or an exercise id in kebab-case (a-z, 0-9, single '-')"
                               : "expected an id in kebab-case: a-z, 0-9 and single '-', at most 64 characters",
                           value);
            return std::nullopt;
        }
        return std::string{id};
    }

    std::optional<Dose> readDose(JsonValue object, const JsonPath& path, DoseMode mode)
    {
        if (!m_check.expectObject(object, path))
            return std::nullopt;
        const std::size_t issuesBefore = m_check.issueCount();
        Dose dose;
        switch (mode) {
        case DoseMode::Hold:
        {
            const JsonFields value = m_check.fields(object, path, {"hold_seconds", "reps", "sets", "rest_seconds"});
            dose.holdSeconds = m_check.integer(value, path, "hold_seconds", 1, 900, Presence::Required).value_or(0);
            dose.reps = m_check.integer(value, path, "reps", 1, 50, Presence::Required).value_or(0);
            readSetsAndRest(value, path, dose);
            break;
        }
        case DoseMode::Reps: {
            const JsonFields value =
                m_check.fields(object, path, {"reps", "sets", "rest_seconds", "tempo_seconds", "tempo", "self_paced"});
            dose.reps = m_check.integer(value, path, "reps", 1, 100, Presence::Required).value_or(0);
            readSetsAndRest(value, path, dose);
            readTempo(value, path, dose);
            break;
        }
        case DoseMode::Timed: {
            const JsonFields value = m_check.fields(object, path, {"minutes"});
            if (const auto minutes = m_check.number(value, path, "minutes", 0, 240, Presence::Required)) {
                const double seconds = *minutes * 60;
                if (std::abs(seconds - std::round(seconds)) > 1e-6) {
                    m_check.report(IssueCode::OutOfRange, path / "minutes",
                                   "expected a whole number of seconds (1.5 is fine, 0.01 is not)",
                                   m_check.member(value, path, "minutes", Presence::Optional));
                } else {
                    dose.timedSeconds = static_cast<int>(std::lround(seconds));
                }
            }
            break;
        }
        }
        if (m_check.issueCount() != issuesBefore)
            return std::nullopt;
        return dose;
    }

    void readSetsAndRest(const JsonFields& value, const JsonPath& path, Dose& dose)
    {
        dose.sets = m_check.integer(value, path, "sets", 1, 10, Presence::Optional).value_or(1);
        dose.restSeconds = m_check.integer(value, path, "rest_seconds", 0, 600, Presence::Optional).value_or(0);
    }

    void readTempo(const JsonFields& value, const JsonPath& path, Dose& dose)
    {
        const int kinds = static_cast<int>(value.has("tempo_seconds")) + static_cast<int>(value.has("tempo"))
                          + static_cast<int>(value.has("self_paced"));
        if (kinds == 0) {
            m_check.report(IssueCode::MissingField, path,
                           "missing the tempo: give one of \"tempo_seconds\", \"tempo\" or \"self_paced\"");
            return;
        }
        if (kinds > 1) {
            m_check.report(IssueCode::Conflict, path,
                           "expected exactly one of \"tempo_seconds\", \"tempo\" and \"self_paced\"");
            return;
        }
        if (value.has("tempo_seconds")) {
            dose.tempoSeconds = m_check.integer(value, path, "tempo_seconds", 1, 60, Presence::Required).value_or(0);
        } else if (value.has("self_paced")) {
            const auto selfPaced = m_check.boolean(value, path, "self_paced", Presence::Required);
            if (selfPaced == false) {
                m_check.report(IssueCode::NotAllowed, path / "self_paced",
                               "expected true; to pace the reps give \"tempo_seconds\" or \"tempo\" instead",
                               m_check.member(value, path, "self_paced", Presence::Optional));
            }
            dose.selfPaced = true;
        } else {
            const JsonValue steps = *m_check.member(value, path, "tempo", Presence::Required);
            const JsonPath stepsPath = path / "tempo";
            if (!m_check.expectArray(steps, stepsPath))
                return;
            const auto array = asArray(steps);
            if (array.size() == 0 || array.size() > maxTempoSteps) {
                m_check.report(IssueCode::OutOfRange, stepsPath, "expected 1 to 5 tempo steps", steps);
                return;
            }
            std::size_t index = 0;
            for (JsonValue stepValue : array) {
                const JsonPath stepPath = stepsPath / index++;
                if (!m_check.expectObject(stepValue, stepPath))
                    continue;
                const JsonFields stepFields = m_check.fields(stepValue, stepPath, {"action", "seconds"});
                TempoStep step;
                step.action = m_check.text(stepFields, stepPath, "action", 24, Presence::Required).value_or("");
                step.seconds = m_check.integer(stepFields, stepPath, "seconds", 1, 30, Presence::Required).value_or(0);
                dose.tempo.push_back(std::move(step));
            }
        }
    }

    void checkIdsAndReferences(const std::vector<Exercise>& exercises, const Catalog* base)
    {
        const JsonPath root;
        const JsonPath list = root / "exercises";
        std::unordered_map<std::string_view, std::size_t> firstIndex;
        firstIndex.reserve(exercises.size());
        for (std::size_t k = 0; k < exercises.size(); ++k) {
            const auto [it, inserted] = firstIndex.emplace(exercises[k].id, m_fileIndexOf[k]);
            if (!inserted) {
                m_check.report(IssueCode::Duplicate, list / m_fileIndexOf[k] / "id",
                               "duplicate id: already used at /exercises/" + std::to_string(it->second),
                               '"' + exercises[k].id + '"');
            }
        }
        const auto known = [&](const std::string& id) { return firstIndex.contains(id) || (base && base->find(id)); };
        for (std::size_t k = 0; k < exercises.size(); ++k) {
            const Exercise& exercise = exercises[k];
            for (const auto& [field, target] : {std::pair<std::string_view, const std::string&>{"regression", exercise.regression},
                                                {"progression", exercise.progression}}) {
                if (target.empty())
                    continue;
                if (target == exercise.id) {
                    m_check.report(IssueCode::Conflict, list / m_fileIndexOf[k] / field,
                                   "an exercise cannot be its own " + std::string{field}, '"' + target + '"');
                } else if (!known(target)) {
                    m_check.report(IssueCode::DanglingReference, list / m_fileIndexOf[k] / field,
                                   "expected the id of an exercise in the catalog", '"' + target + '"');
                }
            }
        }
    }

    JsonChecker m_check;
    // For each exercise read, its index in the file's array (exercises that failed are skipped).
    std::vector<std::size_t> m_fileIndexOf;
};

} // namespace

namespace {

// Reusing the parser's buffers saves reallocating (and page-faulting) them on every load; one per thread
// keeps loads on different threads apart.
simdjson::dom::parser& threadParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

Loaded<Catalog> readCatalog(std::optional<JsonValue> document, std::string_view fileLabel, const Catalog* base,
                            std::vector<Issue> issues)
{
    Loaded<Catalog> result{std::nullopt, std::move(issues)};
    if (document)
        result.value = CatalogReader{fileLabel, result.issues}.read(*document, base);
    return result;
}

} // namespace

Loaded<Catalog> parseCatalog(std::string_view text, std::string_view fileLabel, const Catalog* base)
{
    std::vector<Issue> issues;
    const auto document = parseJson(threadParser(), text, fileLabel, issues);
    return readCatalog(document, fileLabel, base, std::move(issues));
}

Loaded<Catalog> loadCatalogFile(const std::filesystem::path& path, const Catalog* base)
{
    auto text = readTextFile(path, Utf8Check::LeaveToParser);
    if (!text.ok())
        return {std::nullopt, std::move(text.issues)};
    const std::string label = path.string();
    std::vector<Issue> issues;
    const auto document = parseJson(threadParser(), *text.value, label, issues);
    return readCatalog(document, label, base, std::move(issues));
}

Loaded<Catalog> loadBuiltinCatalog()
{
    return parseCatalog(builtinCatalogJson(), builtinCatalogLabel);
}

LayeredCatalog loadLayeredCatalog(const std::filesystem::path* replacement, const std::filesystem::path& userDirectory)
{
    LayeredCatalog result;
    auto base = replacement ? loadCatalogFile(*replacement) : loadBuiltinCatalog();
    if (!base.ok()) {
        result.issues = std::move(base.issues);
        return result;
    }
    result.catalog = std::move(*base.value);

    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it{userDirectory, error}, end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".json" && !it->is_directory(error))
            files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto overlay = loadCatalogFile(file, &result.catalog);
        if (!overlay.ok()) {
            result.issues.insert(result.issues.end(), overlay.issues.begin(), overlay.issues.end());
            continue;
        }
        result.catalog.layer(*overlay.value);
        result.layeredFiles.push_back(file);
    }
    return result;
}

} // namespace limber
