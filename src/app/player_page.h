// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "core/journal/journal_types.h"
#include "core/plan/plan.h"
#include "core/plan/regression.h"

#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace limber::app {

class AudioCues;
class ScorePicker;
class SessionController;
class FigureView;
class TimerRing;

// The session player: asks for pain before, then shows the ring, the exercise, its steps and what comes
// next while the controller runs the session, then a summary with pain after. Every control has a key:
// Space pause, → next, ← back, Enter count a rep, + ten more seconds, H "this hurt", S skip the exercise,
// L large type, Esc stop (after confirming).
class PlayerPage : public QWidget {
    Q_OBJECT

public:
    PlayerPage(SessionController& controller, AudioCues& cues, QWidget* parent = nullptr);

    // Shows `plan` ready to start, with the pain-before question and, for exercises that hurt last time,
    // the offer of an easier one; `resume` carries on that unfinished session instead, straight away.
    void prepare(const Plan& plan, const std::optional<SessionRecord>& resume = std::nullopt,
                 const std::vector<RegressionOffer>& offers = {});
    // Starts the prepared plan; `painBefore` as chosen (or none).
    void begin(std::optional<int> painBefore);

    bool largeType() const { return m_largeType; }
    void setLargeType(bool large);

    // Asks whether to stop; tests replace it to answer without a dialog.
    std::function<bool(QWidget*)> confirmStop;

Q_SIGNALS:
    // The person closed the summary (or there was nothing to play): back to Today.
    void closed();
    void problem(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showPhase();
    void refresh();
    void showSummary(bool completed);
    void requestStop();
    QWidget* buildStartPanel();
    QWidget* buildPlayPanel();
    QWidget* buildSummaryPanel();
    void finishSession();

    SessionController& m_controller;
    AudioCues& m_cues;
    std::optional<Plan> m_plan;
    std::optional<SessionRecord> m_resume;
    std::vector<RegressionOffer> m_offers;
    QWidget* m_offerBox = nullptr;
    bool m_largeType = false;

    QStackedWidget* m_stack = nullptr;
    // Before
    QLabel* m_startTitle = nullptr;
    QLabel* m_startSummary = nullptr;
    ScorePicker* m_painBefore = nullptr;
    // During
    QLabel* m_planTitle = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    TimerRing* m_ring = nullptr;
    FigureView* m_figure = nullptr;
    QLabel* m_phaseLabel = nullptr;
    QLabel* m_exerciseName = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_steps = nullptr;
    QLabel* m_cautions = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_hurtNote = nullptr;
    QWidget* m_sidePanel = nullptr;
    QHBoxLayout* m_middle = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_repButton = nullptr;
    QPushButton* m_extendButton = nullptr;
    // After
    QLabel* m_summaryTitle = nullptr;
    QLabel* m_summaryText = nullptr;
    ScorePicker* m_painAfter = nullptr;
    QWidget* m_duringQuestion = nullptr;
    ScorePicker* m_painDuring = nullptr;
};

} // namespace limber::app
