// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/plan_review_dialog.h"

#include "app/labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace limber::app {

PlanReviewDialog::PlanReviewDialog(const Plan& followed, const PlanReview& review, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("planReviewDialog"));
    setWindowTitle(tr("Your plan after the last session"));
    setMinimumWidth(620);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    auto* heading = new QLabel(tr("How your last session went suggests a change. Take the ones you agree with."), this);
    heading->setProperty("role", QStringLiteral("question"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    for (std::size_t i = 0; i < review.items.size(); ++i) {
        const PlanReview::Item& item = review.items[i];
        const Exercise& before = followed.items.at(item.position).exercise;
        const Exercise& after = item.suggestion.exercise;
        const bool up = item.suggestion.decision == DoseDecision::Progress;
        const QString change = before.id == after.id
                                   ? tr("%1: %2 → %3").arg(QString::fromStdString(before.name), doseLabel(before),
                                                           doseLabel(after))
                                   : tr("%1 → %2, %3").arg(QString::fromStdString(before.name), QString::fromStdString(after.name),
                                                           doseLabel(after));
        auto* choice = new QCheckBox((up ? tr("Step up · ") : tr("Ease off · ")) + change, this);
        choice->setObjectName(QStringLiteral("reviewChoice%1").arg(i));
        choice->setChecked(true);
        auto* reason = new QLabel(coreText(item.suggestion.reason), this);
        reason->setWordWrap(true);
        reason->setForegroundRole(QPalette::PlaceholderText);
        reason->setContentsMargins(26, 0, 0, 8);
        layout->addWidget(choice);
        layout->addWidget(reason);
        m_choices.push_back(choice);
    }
    auto* note = new QLabel(tr("This follows a rule physios use (pain during exercise up to 5 out of 10 is acceptable "
                               "if it settles by the next morning); it is not a diagnosis. If in doubt, ask your physio."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("Save my answers"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveReviewButton"));
    save->setProperty("role", QStringLiteral("primary"));
    auto* later = buttons->addButton(tr("Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterReviewButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::vector<bool> PlanReviewDialog::answers() const
{
    std::vector<bool> taken;
    for (const QCheckBox* choice : m_choices)
        taken.push_back(choice->isChecked());
    return taken;
}

} // namespace limber::app
