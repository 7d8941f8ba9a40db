// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/pain_log_dialog.h"

#include "app/labels.h"
#include "app/score_picker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

template <typename Enum>
std::optional<Enum> chosen(const QComboBox* combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional{static_cast<Enum>(value)};
}

} // namespace

PainLogDialog::PainLogDialog(const Moment& now, QWidget* parent) : QDialog(parent), m_now(now)
{
    setObjectName(QStringLiteral("painLogDialog"));
    setWindowTitle(tr("Log pain"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto* question = new QLabel(tr("How much does your back hurt right now?"), this);
    question->setProperty("role", QStringLiteral("question"));
    m_score = new ScorePicker(this);
    m_score->setObjectName(QStringLiteral("painScorePicker"));

    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("painAreaCombo"));
    m_area->addItem(tr("—"), -1);
    for (PainArea area : allEnumValues<PainArea>())
        m_area->addItem(label(area), static_cast<int>(area));
    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("painSideCombo"));
    m_side->addItem(tr("—"), -1);
    m_side->addItem(tr("Left"), static_cast<int>(BodySide::Left));
    m_side->addItem(tr("Right"), static_cast<int>(BodySide::Right));
    m_side->addItem(tr("Both sides"), static_cast<int>(BodySide::Both));
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
    details->addRow(tr("Where"), m_area);
    details->addRow(tr("Side"), m_side);
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
    layout->addLayout(details);
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
    const auto select = [](QComboBox* combo, std::optional<int> value) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.value_or(-1))));
    };
    select(m_area, existing.area ? std::optional{static_cast<int>(*existing.area)} : std::nullopt);
    select(m_side, existing.side ? std::optional{static_cast<int>(*existing.side)} : std::nullopt);
    if (existing.context)
        select(m_context, static_cast<int>(*existing.context));
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
    entry.area = chosen<PainArea>(m_area);
    entry.side = chosen<BodySide>(m_side);
    entry.context = chosen<PainContext>(m_context);
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
