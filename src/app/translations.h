// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

class QCoreApplication;

namespace limber::app {

// Loads Limber's translations from the resources: the English one always, for its plural forms ("1 week",
// "6 weeks"), then the one for the user's language, if there is one, over it.
void installTranslations(QCoreApplication& app);

} // namespace limber::app
