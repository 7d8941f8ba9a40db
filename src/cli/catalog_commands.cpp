// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/loading.h"
#include "cli/validators.h"

#include "core/catalog/catalog_loader.h"
#include "core/catalog/exercise_query.h"
#include "core/common/paths.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>

namespace limber::cli {
namespace {

// Accepts exactly the spellings of an enum and says which they are when given anything else.


struct ListOptions {
    std::string category;
    std::string area;
    std::string position;
    std::string equipment;
    std::string search;
    bool desk = false;
    bool json = false;
};

int listExercises(Context& context, const ListOptions& options)
{
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;

    ExerciseQuery query;
    query.category = enumFromString<Category>(options.category);
    query.area = enumFromString<BodyArea>(options.area);
    query.position = enumFromString<Position>(options.position);
    query.deskFriendlyOnly = options.desk;
    if (options.equipment == "none")
        query.withoutEquipment = true;
    else
        query.uses = enumFromString<Equipment>(options.equipment);
    query.text = options.search;
    const auto found = findExercises(*catalog, query);

    if (options.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const Exercise* exercise : found)
            list.push_back(toJson(*exercise));
        context.out << list.dump(2) << '\n';
        return ExitOk;
    }
    std::vector<std::vector<std::string>> rows{{"ID", "NAME", "CATEGORY", "POSITION", "DOSE", "DESK"}};
    for (const Exercise* exercise : found) {
        rows.push_back({exercise->id, exercise->name, std::string{toString(exercise->category)},
                        std::string{toString(exercise->position)}, doseSummary(*exercise),
                        exercise->deskFriendly ? "yes" : "-"});
    }
    printTable(context.out, rows);
    context.err << found.size() << (found.size() == 1 ? " exercise\n" : " exercises\n");
    return ExitOk;
}

void printExercise(std::ostream& out, const Exercise& exercise, const Catalog& catalog)
{
    out << exercise.name << "  (" << exercise.id << ")\n";
    if (!exercise.summary.empty())
        out << exercise.summary << '\n';
    out << '\n'
        << "Category:    " << toString(exercise.category) << '\n'
        << "Position:    " << toString(exercise.position) << (exercise.deskFriendly ? " (desk-friendly)" : "") << '\n'
        << "Areas:       " << joinEnumNames(exercise.areas, ", ") << '\n'
        << "Equipment:   " << (exercise.equipment.empty() ? std::string{"none"} : joinEnumNames(exercise.equipment, ", ")) << '\n'
        << "Dose:        " << doseSummary(exercise) << '\n'
        << "Difficulty:  " << exercise.difficulty << " of 3\n";
    const auto related = [&](const char* label, const std::string& id) {
        if (id.empty())
            return;
        const Exercise* other = catalog.find(id);
        out << label << (other ? other->name : id) << " (" << id << ")\n";
    };
    related("Easier:      ", exercise.regression);
    related("Harder:      ", exercise.progression);

    out << "\nSteps\n";
    for (std::size_t i = 0; i < exercise.steps.size(); ++i)
        out << "  " << i + 1 << ". " << exercise.steps[i] << '\n';
    if (!exercise.cautions.empty()) {
        out << "\nCautions\n";
        for (const auto& caution : exercise.cautions)
            out << "  ! " << caution << '\n';
    }
    if (!exercise.sources.empty()) {
        out << "\nSources\n";
        for (const auto& key : exercise.sources) {
            const Reference* reference = catalog.reference(key);
            out << "  [" << key << "] " << (reference ? reference->title : std::string{"(no reference entry)"});
            if (reference && !reference->url.empty())
                out << " <" << reference->url << '>';
            out << '\n';
        }
    }
}

int showExercise(Context& context, const std::string& id, bool json)
{
    int exitCode = ExitOk;
    const auto catalog = loadCatalog(context, exitCode);
    if (!catalog)
        return exitCode;
    const Exercise* exercise = catalog->find(id);
    if (!exercise) {
        context.err << "limber-cli: no exercise with id '" << id << "'";
        ExerciseQuery query;
        query.text = id;
        const auto similar = findExercises(*catalog, query);
        if (!similar.empty()) {
            context.err << "; did you mean:";
            for (std::size_t i = 0; i < std::min<std::size_t>(similar.size(), 5); ++i)
                context.err << ' ' << similar[i]->id;
        }
        context.err << "\nRun 'limber-cli catalog list' to see every id.\n";
        return ExitUsage;
    }
    if (json)
        context.out << toJson(*exercise).dump(2) << '\n';
    else
        printExercise(context.out, *exercise, *catalog);
    return ExitOk;
}

int validateFiles(Context& context, const std::vector<std::filesystem::path>& files)
{
    int exitCode = ExitOk;
    const auto base = loadCatalog(context, exitCode);
    if (!base)
        return exitCode;
    for (const auto& file : files) {
        const auto loaded = loadCatalogFile(file, &*base);
        if (loaded.ok()) {
            const std::size_t count = loaded.value->size();
            context.out << file.string() << ": ok, " << count << (count == 1 ? " exercise\n" : " exercises\n");
            continue;
        }
        printIssues(context.err, loaded.issues);
        const int fileCode = exitCodeFor(loaded.issues);
        exitCode = std::max(exitCode, fileCode);
    }
    return exitCode;
}

} // namespace

void addCatalogCommands(CLI::App& app, Context& context, Action& action)
{
    CLI::App* catalog = app.add_subcommand("catalog", "Browse and check exercise catalogs");
    catalog->require_subcommand(1);

    auto list = std::make_shared<ListOptions>();
    CLI::App* listCommand = catalog->add_subcommand("list", "List exercises, optionally filtered");
    listCommand->add_option("--category", list->category, "Only this category")->check(enumValidator<Category>());
    listCommand->add_option("--area", list->area, "Only exercises for this body area")->check(enumValidator<BodyArea>());
    listCommand->add_option("--position", list->position, "Only this position")->check(enumValidator<Position>());
    listCommand->add_option("--equipment", list->equipment, "Only exercises that use this item, or 'none'")
        ->check(enumValidator<Equipment>() | CLI::IsMember({"none"}));
    listCommand->add_option("--search", list->search, "Words to find in names, summaries and steps");
    listCommand->add_flag("--desk", list->desk, "Only desk-friendly exercises");
    listCommand->add_flag("--json", list->json, "Print a JSON array of exercises (catalog format)");
    listCommand->callback([&context, &action, list] { action = [&context, list] { return listExercises(context, *list); }; });

    auto showId = std::make_shared<std::string>();
    auto showJson = std::make_shared<bool>(false);
    CLI::App* showCommand = catalog->add_subcommand("show", "Show one exercise in full");
    showCommand->add_option("ID", *showId, "Exercise id")->required();
    showCommand->add_flag("--json", *showJson, "Print the exercise as JSON (catalog format)");
    showCommand->callback([&context, &action, showId, showJson] {
        action = [&context, showId, showJson] { return showExercise(context, *showId, *showJson); };
    });

    auto files = std::make_shared<std::vector<std::filesystem::path>>();
    CLI::App* validateCommand = catalog->add_subcommand("validate", "Check catalog files and report every problem");
    validateCommand->add_option("FILE", *files, "Catalog files to check")->required();
    validateCommand->callback([&context, &action, files] {
        action = [&context, files] { return validateFiles(context, *files); };
    });
}

} // namespace limber::cli
