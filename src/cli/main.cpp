// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "cli/cli.h"

#include <iostream>

int main(int argc, char** argv)
{
    return limber::cli::run(argc, argv, std::cout, std::cerr);
}
