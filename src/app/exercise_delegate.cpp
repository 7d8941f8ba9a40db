// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/exercise_delegate.h"

#include "app/exercise_list_model.h"
#include "app/labels.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace limber::app {
namespace {

constexpr int horizontalPadding = 14;
constexpr int verticalPadding = 9;
constexpr int markerSize = 10;

} // namespace

void ExerciseDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(option.rect).adjusted(4, 2, -4, -2);
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(card, 8, 8);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlpha(selected ? 40 : 16);
        painter->fillPath(path, fill);
    }

    const auto category = static_cast<Category>(index.data(ExerciseListModel::CategoryRole).toInt());
    const QColor accent = categoryColor(category);
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics detailMetrics(option.font);
    const int contentHeight = nameMetrics.height() + 2 + detailMetrics.height();
    const int top = option.rect.top() + (option.rect.height() - contentHeight) / 2;

    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    const int markerTop = top + (nameMetrics.height() - markerSize) / 2;
    painter->drawEllipse(QRect(option.rect.left() + horizontalPadding, markerTop, markerSize, markerSize));

    const int textLeft = option.rect.left() + horizontalPadding + markerSize + 10;
    const int textWidth = option.rect.right() - horizontalPadding - textLeft;
    painter->setFont(nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QString name = nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textWidth);
    painter->drawText(QRect(textLeft, top, textWidth, nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, name);

    QString detail = label(category) + QStringLiteral("  ·  ") + index.data(ExerciseListModel::DoseRole).toString();
    if (index.data(ExerciseListModel::DeskFriendlyRole).toBool())
        detail += QStringLiteral("  ·  ") + QCoreApplication::translate("ExerciseDelegate", "at the desk");
    painter->setFont(option.font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(textLeft, top + nameMetrics.height() + 2, textWidth, detailMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, detailMetrics.elidedText(detail, Qt::ElideRight, textWidth));
    painter->restore();
}

QSize ExerciseDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    const int height = QFontMetrics(nameFont).height() + 2 + QFontMetrics(option.font).height() + 2 * verticalPadding;
    return {240, height};
}

} // namespace limber::app
