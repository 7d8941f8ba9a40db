// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/catalog/catalog_loader.h"

#include "core/catalog/builtin_catalog.h"
#include "core/catalog/exercise_reader.h"
#include "core/common/json_checker.h"
#include "core/common/text_file.h"
#include "core/common/identifiers.h"

#include <algorithm>
#include <unordered_map>

namespace limber {
namespace {

constexpr std::string_view catalogFormat = "limber-catalog";
constexpr int catalogVersion = 1;
constexpr std::size_t maxReferenceTitleLength = 300;
constexpr std::size_t maxReferenceUrlLength = 500;

class CatalogReader {
public:
    CatalogReader(std::string_view fileLabel, std::vector<Issue>& issues)
        : m_check(fileLabel, issues), m_exercises(m_check)
    {
    }

    std::optional<Catalog> read(JsonValue document, const Catalog* base)
    {
        const JsonPath root;
        if (!m_check.expectObject(document, root))
            return std::nullopt;
        if (!m_check.expectFormat(document, catalogFormat, catalogVersion, fileProblem(QT_TRANSLATE_NOOP("FileProblem", "an exercise catalog"))))
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
                    if (auto exercise = m_exercises.readExercise(element, listPath / index)) {
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
    std::map<std::string, Reference, std::less<>> readReferences(JsonValue value, const JsonPath& path)
    {
        std::map<std::string, Reference, std::less<>> references;
        if (!m_check.expectObject(value, path))
            return references;
        for (const auto field : asObject(value)) {
            const JsonPath entryPath = path / field.key;
            if (!isReferenceKey(field.key)) {
                m_check.report(IssueCode::NotAllowed, entryPath,
                               fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected a key of capital letters, digits, '-' and '_' (at most 32)")));
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
                               fileProblem(QT_TRANSLATE_NOOP("FileProblem", "duplicate id: already used at %1"), "/exercises/" + std::to_string(it->second)),
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
                                   fileProblem(QT_TRANSLATE_NOOP("FileProblem", "an exercise cannot be its own %1"), std::string{field}), '"' + target + '"');
                } else if (!known(target)) {
                    m_check.report(IssueCode::DanglingReference, list / m_fileIndexOf[k] / field,
                                   fileProblem(QT_TRANSLATE_NOOP("FileProblem", "expected the id of an exercise in the catalog")), '"' + target + '"');
                }
            }
        }
    }

    JsonChecker m_check;
    ExerciseReader m_exercises;
    // For each exercise read, its index in the file's array (exercises that failed are skipped).
    std::vector<std::size_t> m_fileIndexOf;
};

} // namespace

Loaded<Catalog> parseCatalog(std::string_view text, std::string_view fileLabel, const Catalog* base)
{
    return readJsonText<Catalog>(text, fileLabel, [base](JsonValue document, std::string_view label, std::vector<Issue>& issues) {
        return CatalogReader{label, issues}.read(document, base);
    });
}

Loaded<Catalog> loadCatalogFile(const std::filesystem::path& path, const Catalog* base)
{
    return readJsonFile<Catalog>(path, [base](JsonValue document, std::string_view label, std::vector<Issue>& issues) {
        return CatalogReader{label, issues}.read(document, base);
    });
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
