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
    QColor water;
};
// The figure's colours in the current theme.
FigureColors figureColors();

// Draws `pose`, one of `figure`'s key poses or a pose between them, as `figure` is seen and with its props,
// mirrored for the other side, fitted into `area` on a floor line or, seen obliquely, on its mat:
// thick rounded limbs, the far side behind and quieter, the head a circle. Every pose of the figure is drawn
// at one scale and place (figureTransform). Only draws: the geometry is the core's (computeFigure).
void paintFigure(QPainter& painter, const QRectF& area, const ExerciseFigure& figure, const Pose& pose, bool mirrored,
                 const FigureColors& colors);

// Where paintFigure puts `figure` in `area`, the same for all its key poses so that it neither grows nor
// shifts as it moves: from body heights (computeFigure's points) to the area's pixels. Tests and pointers
// use it to find a point of the figure, or a prop placed from it, in the picture.
QTransform figureTransform(const QRectF& area, const ExerciseFigure& figure, bool mirrored);

// A sheet of every exercise in `exercises` that has a figure, its key poses side by side under its name,
// written as a PNG to `path`; for looking at all the poses at once. False with `error` set on failure.
bool writeContactSheet(const std::vector<Exercise>& exercises, const QString& path, QString& error);

} // namespace limber::app
