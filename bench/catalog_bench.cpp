// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "catalog_generator.h"

#include "core/catalog/builtin_catalog.h"
#include "core/catalog/catalog_loader.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <optional>

namespace {

// Parse and validate a generated catalog held in memory (range(0) exercises).
void parseGeneratedCatalog(benchmark::State& state)
{
    const std::string text = limber::bench::generateCatalogJson(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::optional loaded = limber::parseCatalog(text, "generated.json");
        if (!loaded->ok())
            state.SkipWithError("generated catalog did not validate");
        // Freeing a catalog is not part of loading one: the app keeps it for its whole run.
        state.PauseTiming();
        loaded.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(parseGeneratedCatalog)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The whole path a front end takes: read the file from disk, check UTF-8, parse, validate.
void loadGeneratedCatalogFile(benchmark::State& state)
{
    const std::string path = "/tmp/limber-bench-catalog-" + std::to_string(state.range(0)) + ".json";
    std::ofstream{path, std::ios::binary} << limber::bench::generateCatalogJson(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        std::optional loaded = limber::loadCatalogFile(path);
        if (!loaded->ok())
            state.SkipWithError("generated catalog did not validate");
        state.PauseTiming();
        loaded.reset();
        state.ResumeTiming();
    }
    std::remove(path.c_str());
}
BENCHMARK(loadGeneratedCatalogFile)->Arg(10000)->Unit(benchmark::kMillisecond);

void loadBuiltinCatalog(benchmark::State& state)
{
    for (auto _ : state) {
        auto loaded = limber::loadBuiltinCatalog();
        benchmark::DoNotOptimize(loaded);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * limber::builtinCatalogJson().size()));
}
BENCHMARK(loadBuiltinCatalog)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
