// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

// Marks English text from the core that people read, so that Qt's lupdate collects it for translators;
// the app shows it through QCoreApplication::translate(scope, text), the CLI as it is. The core does not
// use Qt: this is Qt's own definition, token for token, so where both are seen they agree.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
