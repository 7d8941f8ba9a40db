// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/pain_log_dialog.h"

#include "app/body_map.h"
#include "app/labels.h"
#include "app/score_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>

namespace limber::app {
namespace {

// Morning before 11, evening from 18, during work in between: right most of the time, easy to change.
PainContext guessContext(const Moment& now)
{
    const auto local = now.instant + std::chrono::minutes{now.utcOffsetMinutes};
    const auto hour = std::chrono::duration_cast<std::chrono::hours>(local - std::chrono::floor<std::chrono::days>(local)).count();
    if (hour < 11)
        return PainContext::Morning;
    return hour >= 18 ? PainContext::Evening : PainContext::DuringWork;
}

} // namespace

PainLogDialog::PainLogDialog(const Moment& now, QWidget* parent) : QDialog(parent), m_now(now)
{
    setObjectName(QStringLiteral("painLogDialog"));
    setWindowTitle(tr("Log pain"));
    // Wide enough for the eleven score buttons and the body outline beside the details.
    setMinimumWidth(680);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto* question = new QLabel(tr("How much does your back hurt right now?"), this);
    question->setProperty("role", QStringLiteral("question"));
    m_score = new ScorePicker(this);
    m_score->setObjectName(QStringLiteral("painScorePicker"));

    m_body = new BodyMap(this);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("painWhereLabel"));
    m_where->setAlignment(Qt::AlignHCenter);
    m_where->setWordWrap(true);
    const auto describeWhere = [this] {
        m_where->setText(m_body->area() ? m_body->accessibleDescription()
                                        : tr("Click where it hurts (optional); the other side too if both hurt."));
    };
    describeWhere();
    connect(m_body, &BodyMap::selectionChanged, this, describeWhere);
    auto* where = new QVBoxLayout;
    where->addWidget(m_body, 1);
    where->addWidget(m_where);
    m_context = new QComboBox(this);
    m_context->setObjectName(QStringLiteral("painContextCombo"));
    for (PainContext context : allEnumValues<PainContext>())
        m_context->addItem(label(context), static_cast<int>(context));
    m_context->setCurrentIndex(m_context->findData(static_cast<int>(guessContext(now))));

    auto* symptoms = new QWidget(this);
    auto* symptomLayout = new QVBoxLayout(symptoms);
    symptomLayout->setContentsMargins(0, 0, 0, 0);
    for (Symptom symptom : allEnumValues<Symptom>()) {
        auto* box = new QCheckBox(label(symptom), symptoms);
        box->setObjectName(QStringLiteral("symptom-") + QString::fromUtf8(toString(symptom).data()));
        box->setFocusPolicy(Qt::NoFocus);
        symptomLayout->addWidget(box);
        m_symptoms.emplace_back(symptom, box);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("painNoteEdit"));
    m_note->setPlaceholderText(tr("Anything worth remembering (optional)"));

    auto* details = new QFormLayout;
    details->addRow(tr("When"), m_context);
    details->addRow(tr("What it feels like"), symptoms);
    details->addRow(tr("Note"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* newSymptom = buttons->addButton(tr("New or worrying symptom?"), QDialogButtonBox::ActionRole);
    newSymptom->setObjectName(QStringLiteral("newSymptomButton"));
    connect(newSymptom, &QPushButton::clicked, this, &PainLogDialog::newSymptomRequested);
    m_save = buttons->addButton(tr("Save  (Enter)"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePainButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_save->setEnabled(false);

    layout->addWidget(question);
    layout->addWidget(m_score);
    layout->addSpacing(6);
    auto* sideBySide = new QHBoxLayout;
    sideBySide->setSpacing(24);
    sideBySide->addLayout(where);
    sideBySide->addLayout(details, 1);
    layout->addLayout(sideBySide);
    layout->addWidget(buttons);

    connect(m_score, &ScorePicker::scoreChosen, this, [this] { m_save->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_score->setFocus();
}

void PainLogDialog::setEntry(const PainEntry& existing)
{
    setWindowTitle(tr("Change a pain entry"));
    m_id = existing.id;
    m_now = existing.when;
    m_score->setScore(existing.score);
    m_body->setSelection(existing.area, existing.side);
    if (existing.context)
        m_context->setCurrentIndex(std::max(0, m_context->findData(static_cast<int>(*existing.context))));
    for (const auto& [symptom, box] : m_symptoms)
        box->setChecked(std::find(existing.symptoms.begin(), existing.symptoms.end(), symptom) != existing.symptoms.end());
    m_note->setText(QString::fromStdString(existing.note));
    m_redFlags = existing.redFlags;
}

std::optional<PainEntry> PainLogDialog::entry() const
{
    if (!m_score->score())
        return std::nullopt;
    PainEntry entry;
    entry.id = m_id;
    entry.redFlags = m_redFlags;
    entry.when = m_now;
    entry.score = *m_score->score();
    entry.area = m_body->area();
    entry.side = m_body->side();
    entry.context = static_cast<PainContext>(m_context->currentData().toInt());
    for (const auto& [symptom, box] : m_symptoms) {
        if (box->isChecked())
            entry.symptoms.push_back(symptom);
    }
    entry.note = m_note->text().trimmed().toStdString();
    return entry;
}

void PainLogDialog::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_score->score()) {
        event->accept(); // nothing to save yet: Enter does not close the dialog empty-handed
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace limber::app
