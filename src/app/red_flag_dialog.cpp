// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/red_flag_dialog.h"

#include "app/labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace limber::app {

RedFlagDialog::RedFlagDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("redFlagDialog"));
    setWindowTitle(tr("Before you exercise"));
    resize(620, 640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* intro = new QLabel(tr("A few signs mean back pain needs a health professional before any exercise. "
                                "Tick any that you have now."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("question"));

    auto* list = new QWidget;
    auto* questions = new QVBoxLayout(list);
    questions->setSpacing(6);
    Urgency section = Urgency::Urgent;
    bool first = true;
    for (RedFlag flag : allEnumValues<RedFlag>()) {
        if (first || urgencyOf(flag) != section) {
            section = urgencyOf(flag);
            first = false;
            auto* heading = new QLabel(section == Urgency::Emergency ? tr("Signs that need help straight away")
                                                                     : tr("Signs that need a doctor soon"),
                                       list);
            heading->setProperty("role", QStringLiteral("section"));
            questions->addWidget(heading);
        }
        auto* box = new QCheckBox(safetyText(redFlagQuestion(flag)), list);
        box->setObjectName(QStringLiteral("flag-") + QString::fromUtf8(toString(flag).data()));
        questions->addWidget(box);
        m_questions.emplace_back(flag, box);
    }
    questions->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(list);

    auto* buttons = new QDialogButtonBox(this);
    auto* none = buttons->addButton(tr("None of these"), QDialogButtonBox::AcceptRole);
    none->setObjectName(QStringLiteral("noneButton"));
    auto* save = buttons->addButton(tr("Save my answers"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveFlagsButton"));
    save->setProperty("role", QStringLiteral("primary"));
    connect(none, &QPushButton::clicked, this, [this] {
        for (const auto& [flag, box] : m_questions)
            box->setChecked(false);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

std::vector<RedFlag> RedFlagDialog::flags() const
{
    std::vector<RedFlag> flags;
    for (const auto& [flag, box] : m_questions) {
        if (box->isChecked())
            flags.push_back(flag);
    }
    return flags;
}

} // namespace limber::app
