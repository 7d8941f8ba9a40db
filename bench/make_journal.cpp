// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "journal_generator.h"

#include <iostream>

// make_journal FILE [DAYS]: writes a generated journal ending on 2026-11-23 (default: ten years).
int main(int argc, char** argv)
{
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: make_journal FILE [DAYS]\n";
        return 2;
    }
    limber::bench::JournalSize size;
    if (argc == 3)
        size.days = std::stoi(argv[2]);
    const limber::LocalDate lastDay{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};
    if (!limber::bench::generateJournal(argv[1], size, lastDay)) {
        std::cerr << "make_journal: could not write " << argv[1] << '\n';
        return 1;
    }
    return 0;
}
