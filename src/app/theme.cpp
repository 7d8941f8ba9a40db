// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace limber::app {

void applyTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    const QColor window(0xf6, 0xf4, 0xef);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x24, 0x2a, 0x2e);
    const QColor muted(0x6b, 0x72, 0x78);
    const QColor accent(0x2a, 0x7f, 0x78);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, base);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent);
    palette.setColor(QPalette::ToolTipBase, text);
    palette.setColor(QPalette::ToolTipText, base);
    palette.setColor(QPalette::Disabled, QPalette::Text, muted);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    app.setPalette(palette);

    QFont font = app.font();
    font.setPointSizeF(10.5);
    app.setFont(font);

    app.setStyleSheet(QStringLiteral(R"(
        #navigation { background: #24393b; border: none; color: #e9efe9; padding-top: 8px; }
        #navigation::item { padding: 10px 18px; border-radius: 8px; margin: 2px 10px; }
        #navigation::item:selected { background: #2a7f78; color: white; }
        #navigation::item:hover:!selected { background: #2f4a4c; }
        #brandLabel { color: white; font-size: 17pt; font-weight: 700; padding: 18px 22px 10px 22px; background: #24393b; }
        #libraryListPane { background: #efece5; border-right: 1px solid #e0dcd2; }
        #pageHeading { font-size: 17pt; font-weight: 700; padding-bottom: 4px; }
        #exerciseList { background: transparent; }
        #doseCard { background: #eef5f3; border-radius: 12px; }
        #caption { color: #5d7f7a; font-size: 8pt; font-weight: 700; letter-spacing: 1px; }
        QLineEdit, QComboBox { padding: 6px 8px; border: 1px solid #d6d1c6; border-radius: 8px; background: white; }
        QLineEdit:focus, QComboBox:focus { border: 1px solid #2a7f78; }
        QComboBox::drop-down { border: none; width: 24px; }
        QComboBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 12px; height: 12px; }
        #clearFiltersButton { color: #2a7f78; border: none; padding: 2px 4px; }
        QSplitter::handle { background: #e0dcd2; width: 1px; }
        QLabel[role="title"] { font-size: 22pt; font-weight: 700; }
        QLabel[role="question"] { font-size: 13pt; font-weight: 600; }
        QLabel[role="section"] { font-size: 13pt; font-weight: 700; color: #4d5a5e; padding-top: 6px; }
        QLabel[role="phase"] { font-size: 11pt; font-weight: 700; color: #5d7f7a; letter-spacing: 1px; }
        QLabel[role="exercise"] { font-size: 24pt; font-weight: 700; }
        QLabel[role="caution"] { background: #fdf3e1; color: #7a4a00; border-radius: 8px; padding: 8px 12px; }
        QLabel[role="stat"] { background: white; border: 1px solid #e0dcd2; border-radius: 12px; padding: 12px 16px; }
        QPushButton { padding: 6px 14px; border: 1px solid #d6d1c6; border-radius: 8px; background: white; }
        QPushButton:hover { border-color: #2a7f78; }
        QPushButton:checked { background: #2a7f78; color: white; border-color: #2a7f78; }
        QPushButton:disabled { color: #a9a49a; background: #f1eee8; }
        QPushButton[role="primary"] { background: #2a7f78; color: white; border: none; font-weight: 700; padding: 8px 28px; }
        QPushButton[role="primary"]:hover { background: #236b65; }
        QPushButton[role="routine"] { text-align: left; padding: 14px 18px; font-size: 13pt; font-weight: 600;
                                      border-radius: 12px; }
        QPushButton[role="plan"] { text-align: left; padding: 10px 18px; border-radius: 10px; }
        #resumeBanner { background: #fdf3e1; border: 1px solid #f0d9ae; border-radius: 12px; }
        #sessionProgressBar { border: none; background: #e6e2d9; border-radius: 3px; }
        #sessionProgressBar::chunk { background: #2a7f78; border-radius: 3px; }
    )"));
}

} // namespace limber::app
