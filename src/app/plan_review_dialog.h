// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/plan_review.h"

#include <QDialog>

#include <vector>

class QCheckBox;

namespace limber::app {

// The changes the pain-monitoring rule suggests to a followed plan, each with its reason; the person takes
// the ones they agree with. Whatever they answer is kept in the journal for their physio.
class PlanReviewDialog : public QDialog {
    Q_OBJECT

public:
    PlanReviewDialog(const Plan& followed, const PlanReview& review, QWidget* parent = nullptr);

    // One answer per suggestion, in order: true for the ones taken.
    std::vector<bool> answers() const;

private:
    std::vector<QCheckBox*> m_choices;
};

} // namespace limber::app
