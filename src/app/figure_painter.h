// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/catalog/exercise.h"

#include <QColor>
#include <QRectF>
#include <QTransform>

class QPainter;
class QString;

namespace limber::app {

struct FigureColors {
    QColor body;    // the near side
    QColor farSide; // the far arm and leg, quieter
    QColor props;
    QColor floor;
};
// The figure's colours in the current theme.
FigureColors figureColors();

// Draws `pose` (seen from `view`, mirrored for the other side) with its props, fitted into `area` and
// standing on a floor line: thick rounded limbs, the far side behind and quieter, the head a circle. Only
// draws: the geometry is the core's (computeFigure).
void paintFigure(QPainter& painter, const QRectF& area, const Pose& pose, View view, bool mirrored,
                 const std::vector<Equipment>& props, const FigureColors& colors);

// Where paintFigure puts `geometry` in `area`: from body heights (y up from the floor) to the area's
// pixels. Tests and pointers use it to find a point of the figure, or a prop placed from it, in the picture.
QTransform figureTransform(const QRectF& area, const FigureGeometry& geometry);

// A sheet of every exercise in `exercises` that has a figure, its key poses side by side under its name,
// written as a PNG to `path`; for looking at all the poses at once. False with `error` set on failure.
bool writeContactSheet(const std::vector<Exercise>& exercises, const QString& path, QString& error);

} // namespace limber::app
