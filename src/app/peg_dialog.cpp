// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/peg_dialog.h"

#include "app/score_picker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber::app {

PegDialog::PegDialog(const Moment& now, QWidget* parent) : QDialog(parent), m_now(now)
{
    setObjectName(QStringLiteral("pegDialog"));
    setWindowTitle(tr("Weekly check-in"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    auto* intro = new QLabel(tr("Three questions about the past week (the PEG scale, Krebs et al. 2009)."), this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);

    // The item stems are the published ones, quoted, because the scale is only valid as worded.
    const struct {
        const char* name;
        QString question;
        QString low;
        QString high;
    } items[] = {
        {"pegPainPicker", tr("“What number best describes your pain on average in the past week?”"), tr("no pain"),
         tr("pain as bad as you can imagine")},
        {"pegEnjoymentPicker",
         tr("“What number best describes how, during the past week, pain has interfered with your enjoyment of life?”"),
         tr("does not interfere"), tr("completely interferes")},
        {"pegActivityPicker",
         tr("“What number best describes how, during the past week, pain has interfered with your general activity?”"),
         tr("does not interfere"), tr("completely interferes")},
    };
    ScorePicker** pickers[] = {&m_pain, &m_enjoyment, &m_activity};
    for (int i = 0; i < 3; ++i) {
        auto* question = new QLabel(items[i].question, this);
        question->setWordWrap(true);
        question->setProperty("role", QStringLiteral("question"));
        auto* picker = new ScorePicker(this);
        picker->setObjectName(QString::fromLatin1(items[i].name));
        picker->setAnchors(items[i].low, items[i].high);
        *pickers[i] = picker;
        layout->addWidget(question);
        layout->addWidget(picker);
        layout->addSpacing(6);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePegButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_save->setEnabled(false);
    layout->addWidget(buttons);
    for (ScorePicker* picker : {m_pain, m_enjoyment, m_activity})
        connect(picker, &ScorePicker::scoreChosen, this, [this] { m_save->setEnabled(entry().has_value()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

std::optional<PegEntry> PegDialog::entry() const
{
    if (!m_pain->score() || !m_enjoyment->score() || !m_activity->score())
        return std::nullopt;
    return PegEntry{0, m_now, *m_pain->score(), *m_enjoyment->score(), *m_activity->score()};
}

} // namespace limber::app
