// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

namespace limber::app {
namespace {

ThemeColors lightColors()
{
    ThemeColors c;
    c.window = QColor(0xf6, 0xf4, 0xef);
    c.panel = QColor(0xef, 0xec, 0xe5);
    c.base = Qt::white;
    c.text = QColor(0x24, 0x2a, 0x2e);
    c.muted = QColor(0x6b, 0x72, 0x78);
    c.accent = QColor(0x2a, 0x7f, 0x78);
    c.accentHover = QColor(0x23, 0x6b, 0x65);
    c.border = QColor(0xd6, 0xd1, 0xc6);
    c.sidebar = QColor(0x24, 0x39, 0x3b);
    c.sidebarHover = QColor(0x2f, 0x4a, 0x4c);
    c.sidebarText = QColor(0xe9, 0xef, 0xe9);
    c.cautionBackground = QColor(0xfd, 0xf3, 0xe1);
    c.cautionText = QColor(0x7a, 0x4a, 0x00);
    c.cautionBorder = QColor(0xf0, 0xd9, 0xae);
    c.doseCard = QColor(0xee, 0xf5, 0xf3);
    c.caption = QColor(0x5d, 0x7f, 0x7a);
    c.track = QColor(0xe6, 0xe2, 0xd9);
    return c;
}

ThemeColors darkColors()
{
    ThemeColors c;
    c.dark = true;
    c.window = QColor(0x1c, 0x21, 0x22);
    c.panel = QColor(0x22, 0x28, 0x29);
    c.base = QColor(0x2a, 0x31, 0x32);
    c.text = QColor(0xe8, 0xec, 0xea);
    c.muted = QColor(0x9a, 0xa6, 0xa4);
    c.accent = QColor(0x3a, 0xa8, 0x9e);
    c.accentHover = QColor(0x46, 0xb8, 0xad);
    c.border = QColor(0x3c, 0x45, 0x46);
    c.sidebar = QColor(0x15, 0x1a, 0x1b);
    c.sidebarHover = QColor(0x26, 0x30, 0x31);
    c.sidebarText = QColor(0xdd, 0xe6, 0xe3);
    c.cautionBackground = QColor(0x3d, 0x30, 0x1a);
    c.cautionText = QColor(0xf3, 0xd3, 0x9a);
    c.cautionBorder = QColor(0x5a, 0x47, 0x25);
    c.doseCard = QColor(0x23, 0x36, 0x34);
    c.caption = QColor(0x8f, 0xc4, 0xbc);
    c.track = QColor(0x33, 0x3b, 0x3c);
    return c;
}

ThemeColors& current()
{
    static ThemeColors colors = lightColors();
    return colors;
}

// LIMBER_THEME (for screenshots and tests) wins over the person's choice in the settings, which wins over
// the desktop's palette.
bool wantsDark()
{
    QByteArray chosen = qgetenv("LIMBER_THEME");
    if (chosen.isEmpty())
        chosen = QSettings().value(QStringLiteral("look/theme")).toString().toLatin1();
    if (chosen == "dark")
        return true;
    if (chosen == "light")
        return false;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString styleSheet(const ThemeColors& c)
{
    QString sheet = QStringLiteral(R"(
        #sidebar { background: {sidebar}; }
        #navigation { background: {sidebar}; border: none; color: {sidebarText}; padding-top: 8px; }
        #navigation::item { padding: 10px 18px; border-radius: 8px; margin: 2px 10px; }
        #navigation::item:selected { background: {accent}; color: white; }
        #navigation::item:hover:!selected { background: {sidebarHover}; }
        #brandLabel { color: white; font-size: 17pt; font-weight: 700; padding: 18px 22px 10px 22px; background: {sidebar}; }
        #libraryListPane { background: {panel}; border-right: 1px solid {border}; }
        #pageHeading { font-size: 17pt; font-weight: 700; padding-bottom: 4px; }
        #exerciseList { background: transparent; }
        #doseCard { background: {doseCard}; border-radius: 12px; }
        #caption { color: {caption}; font-size: 8pt; font-weight: 700; letter-spacing: 1px; }
        QLineEdit, QComboBox { padding: 6px 8px; border: 1px solid {border}; border-radius: 8px; background: {base}; }
        QLineEdit:focus, QComboBox:focus { border: 1px solid {accent}; }
        QComboBox::drop-down { border: none; width: 24px; }
        QComboBox::down-arrow { image: url(:/icons/chevron-down.svg); width: 12px; height: 12px; }
        #clearFiltersButton { color: {accent}; border: none; padding: 2px 4px; }
        QSplitter::handle { background: {border}; width: 1px; }
        QLabel[role="title"] { font-size: 22pt; font-weight: 700; }
        QLabel[role="question"] { font-size: 13pt; font-weight: 600; }
        QLabel[role="section"] { font-size: 13pt; font-weight: 700; color: {muted}; padding-top: 6px; }
        QLabel[role="phase"] { font-size: 11pt; font-weight: 700; color: {caption}; letter-spacing: 1px; }
        QLabel[role="exercise"] { font-size: 24pt; font-weight: 700; }
        QLabel[role="exerciseLarge"] { font-size: 46pt; font-weight: 800; }
        QLabel[role="phaseLarge"] { font-size: 22pt; font-weight: 800; color: {caption}; letter-spacing: 2px; }
        QLabel[role="caution"] { background: {cautionBackground}; color: {cautionText}; border-radius: 8px; padding: 8px 12px; }
        QLabel[role="stat"] { background: {base}; border: 1px solid {border}; border-radius: 12px; padding: 12px 16px; }
        QPushButton { padding: 6px 14px; border: 1px solid {border}; border-radius: 8px; background: {base}; color: {text}; }
        QPushButton:hover { border-color: {accent}; }
        QPushButton:checked { background: {accent}; color: white; border-color: {accent}; }
        QPushButton:disabled { color: {muted}; background: {panel}; }
        QPushButton[role="primary"] { background: {accent}; color: white; border: none; font-weight: 700; padding: 8px 28px; }
        QPushButton[role="primary"]:hover { background: {accentHover}; }
        QPushButton[role="routine"] { text-align: left; padding: 14px 18px; font-size: 13pt; font-weight: 600;
                                      border-radius: 12px; }
        QPushButton[role="plan"] { text-align: left; padding: 10px 18px; border-radius: 10px; }
        QPushButton[role="sidebar"] { background: transparent; color: {sidebarText}; border: none; text-align: left;
                                      padding: 10px 28px; margin: 0 10px; }
        QPushButton[role="sidebar"]:hover { background: {sidebarHover}; }
        #resumeBanner { background: {cautionBackground}; border: 1px solid {cautionBorder}; border-radius: 12px; }
        #resumeText { color: {cautionText}; }
        #planCard { background: {base}; border: 2px solid {accent}; border-radius: 12px; }
        #safetyBanner { background: #fbe3e0; border: 1px solid #e9a9a1; border-radius: 12px; }
        #safetyText { color: #7d1d12; font-size: 11pt; }
        #sessionProgressBar { border: none; background: {track}; border-radius: 3px; }
        #sessionProgressBar::chunk { background: {accent}; border-radius: 3px; }
    )");
    const std::pair<const char*, QColor> tokens[] = {
        {"{sidebarHover}", c.sidebarHover}, {"{sidebarText}", c.sidebarText}, {"{sidebar}", c.sidebar},
        {"{accentHover}", c.accentHover}, {"{accent}", c.accent}, {"{panel}", c.panel}, {"{border}", c.border},
        {"{doseCard}", c.doseCard}, {"{caption}", c.caption}, {"{base}", c.base}, {"{muted}", c.muted},
        {"{cautionBackground}", c.cautionBackground}, {"{cautionText}", c.cautionText},
        {"{cautionBorder}", c.cautionBorder}, {"{text}", c.text}, {"{track}", c.track}};
    for (const auto& [token, color] : tokens)
        sheet.replace(QLatin1String(token), color.name());
    return sheet;
}

} // namespace

const ThemeColors& themeColors()
{
    return current();
}

void applyTheme(QApplication& app)
{
    current() = wantsDark() ? darkColors() : lightColors();
    const ThemeColors& c = current();
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette;
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.text);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.window);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.base);
    palette.setColor(QPalette::ButtonText, c.text);
    palette.setColor(QPalette::PlaceholderText, c.muted);
    palette.setColor(QPalette::Highlight, c.accent);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, c.accent);
    palette.setColor(QPalette::ToolTipBase, c.text);
    palette.setColor(QPalette::ToolTipText, c.base);
    palette.setColor(QPalette::Disabled, QPalette::Text, c.muted);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, c.muted);
    app.setPalette(palette);

    // The person's font size, a touch larger: the player is read from a distance.
    QFont font = app.font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    app.setFont(font);

    app.setStyleSheet(styleSheet(c));
}

} // namespace limber::app
