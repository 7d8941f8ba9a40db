// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/catalog.h"
#include "core/plan/plan.h"

#include <QString>

class QTextDocument;

namespace limber::app {

// Writes `plan` as a plan file (whole or not at all, readable by its owner only); false with `error` set.
bool writePlanFile(const QString& path, const Plan& plan, const Catalog& catalog, QString& error);

// Prints `document` to an A4 PDF at `path`, made readable by its owner only before anything is written,
// since reports and handouts are health data. False with `error` set when the file cannot be written.
bool writePdf(const QString& path, QTextDocument& document, const QString& title, QString& error);

// A handout of the plan for the fridge or the physio's folder: who assigned it, the schedule and notes, then
// each exercise with its dose, steps, cautions and the physio's note.
bool writePlanHandout(const QString& path, const Plan& plan, QString& error);

} // namespace limber::app
