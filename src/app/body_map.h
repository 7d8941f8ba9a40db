// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"

#include <QWidget>

#include <optional>

class QTransform;

namespace limber::app {

// Where it hurts, chosen on a quiet outline of a body seen from the back. Each of the eight areas is split
// at the spine, so one click says the area and the side, and a click on the other half makes it both
// sides. Seen from the back, the person's left is on the viewer's left, as on a physio's chart.
// Keys: Up and Down move to the area above or below, Left, Right and B choose the side, Delete clears.
class BodyMap : public QWidget {
    Q_OBJECT

public:
    explicit BodyMap(QWidget* parent = nullptr);

    std::optional<PainArea> area() const { return m_area; }
    // Empty when no area is chosen, and when an area was chosen from the keyboard without saying a side.
    std::optional<BodySide> side() const { return m_side; }
    // A side without an area is dropped.
    void setSelection(std::optional<PainArea> area, std::optional<BodySide> side);
    void clear();

    // A point inside that half of that area, in widget coordinates at the current size (Both: the left half).
    QPointF pointOn(PainArea area, BodySide side) const;

    QSize sizeHint() const override { return {200, 340}; }
    QSize minimumSizeHint() const override { return {140, 240}; }

Q_SIGNALS:
    // Whenever what is chosen changes: by click, by key, or through setSelection() and clear().
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Half {
        PainArea area;
        BodySide side; // Left or Right

        bool operator==(const Half&) const = default;
    };

    QTransform toWidget() const;
    std::optional<Half> halfAt(QPointF position) const;
    bool isSelected(Half half) const;
    void clickHalf(Half half);
    void setHovered(std::optional<Half> half);

    std::optional<PainArea> m_area;
    std::optional<BodySide> m_side;
    std::optional<Half> m_hovered;
};

} // namespace limber::app
