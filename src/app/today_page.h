// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/adherence.h"
#include "core/journal/journal_types.h"
#include "core/plan/plan.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace limber::app {

// Home: a banner to carry on an unfinished session, the desk breaks as large buttons, the longer plans,
// and how the week is going (streak, last pain score).
class TodayPage : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(QWidget* parent = nullptr);

    void setPlans(const std::vector<Plan>& plans);
    void setUnfinished(const std::optional<SessionRecord>& session);
    void setProgress(int streakDays, const std::optional<PainEntry>& lastPain, LocalDate today);
    // With warning signs open, the page says what to do and offers no exercise until "I have been assessed".
    void setSafety(const SafetyState& state);
    // Offers the weekly check-in when none was answered in the last 7 days.
    void setCheckInDue(bool due);
    // The plan followed: its week k of n, this week's days done and missed, and today's session.
    void setActivePlan(const std::optional<PlanEnrollment>& plan, const PlanStanding& standing, LocalDate today);
    // Offers to review the plan's suggested dose changes (none: nothing to review).
    void setSuggestedChanges(int count);

Q_SIGNALS:
    void planChosen(const QString& planId);
    void resumeChosen();
    void discardChosen();
    void logPainRequested();
    void assessedConfirmed();
    void checkInRequested();
    void reviewRequested();

private:
    QLabel* m_heading = nullptr;
    QWidget* m_resumeBanner = nullptr;
    QWidget* m_safetyBanner = nullptr;
    QLabel* m_safetyText = nullptr;
    QWidget* m_exercise = nullptr;
    QWidget* m_checkIn = nullptr;
    QWidget* m_planCard = nullptr;
    QLabel* m_planTitle = nullptr;
    QLabel* m_planWeek = nullptr;
    QPushButton* m_planStart = nullptr;
    QPushButton* m_planReview = nullptr;
    QString m_planId;
    QLabel* m_resumeText = nullptr;
    QGridLayout* m_routines = nullptr;
    QVBoxLayout* m_plans = nullptr;
    QLabel* m_streak = nullptr;
    QLabel* m_lastPain = nullptr;
};

} // namespace limber::app
