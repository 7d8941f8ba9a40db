// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "catalog_generator.h"

#include <fstream>
#include <iostream>
#include <string>

// make_catalog COUNT FILE: writes a generated catalog of COUNT exercises to FILE.
int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: make_catalog COUNT FILE\n";
        return 2;
    }
    std::ofstream{argv[2], std::ios::binary} << limber::bench::generateCatalogJson(std::stoul(argv[1]));
    return 0;
}
