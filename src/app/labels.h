// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"
#include "core/common/issue.h"
#include "core/journal/journal.h"
#include "core/journal/journal_types.h"
#include "core/plan/plan.h"

#include <QColor>
#include <QString>

namespace limber::app {

// What the user reads for each catalog value; the files and the CLI use the core's spelling instead.
QString label(Category category);
QString label(BodyArea area);
QString label(Position position);
QString label(Equipment item);
QString label(PainArea area);
QString label(PainContext context);
QString label(Symptom symptom);

// The days of a plan ("Mon, Wed, Fri", "Weekdays", "Every day").
QString daysLabel(const std::vector<Weekday>& days);
// "Mon, Wed, Fri for 6 weeks".
QString scheduleLabel(const Schedule& schedule);

// The core's messages (text marked for translators, with its arguments) in the person's language.
QString coreText(const Message& message);
// "FILE: /pointer: what is wrong (found X)" and "PATH: what went wrong", in the person's language.
QString issueText(const Issue& issue);
QString journalErrorText(const JournalError& error);

// The dose of an exercise in the person's language ("3 × 30 s hold, each side").
QString doseLabel(const Exercise& exercise);

// Text the core marks for translation in the "Safety" scope (the warning-sign questions and advice),
// in the person's language.
QString safetyText(std::string_view english);
// The advice for these signs, as core's safetyGuidance words it, translated.
QString safetyGuidanceText(const std::vector<RedFlag>& flags);

// Text from the core or the catalog, escaped for the rich text of labels, reports and handouts.
inline QString html(const std::string& text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}

// Each category's colour, used as an accent in lists and chips.
QColor categoryColor(Category category);

} // namespace limber::app
