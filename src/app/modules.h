// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

namespace limber::app {

// Finds `symbol` in Limber's optional module `name` ("limber-audio", "limber-charts"), loading the module
// on first use from beside the executable, the install's lib/limber folder, or the build tree. Modules
// keep heavy Qt libraries (Multimedia, TextToSpeech, Charts) out of start-up. Null when not found.
void* moduleSymbol(const char* name, const char* symbol);

} // namespace limber::app
