// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/player_page.h"

#include "app/audio_cues.h"
#include "app/figure_view.h"
#include "app/labels.h"
#include "app/score_picker.h"
#include "app/session_controller.h"
#include "app/timer_ring.h"
#include "core/figure/movement.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace limber::app {
namespace {

using std::chrono::duration;

const QColor getReadyColor(0xc9, 0x84, 0x2a);
const QColor restColor(0x5f, 0x84, 0xa8);
const QColor switchColor(0x85, 0x67, 0xb0);

QString clock(Duration time)
{
    const auto total = std::chrono::duration_cast<std::chrono::seconds>(time).count();
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString sideText(Side side)
{
    switch (side) {
    case Side::Left:
        return PlayerPage::tr("left side");
    case Side::Right:
        return PlayerPage::tr("right side");
    case Side::None:
        break;
    }
    return {};
}

QPushButton* controlButton(const QString& text, const QString& key, const QString& name, QWidget* parent)
{
    auto* button = new QPushButton(text + QStringLiteral("\n") + key, parent);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::NoFocus);
    button->setMinimumHeight(54);
    button->setAccessibleName(text);
    button->setToolTip(PlayerPage::tr("%1 (key: %2)").arg(text, key));
    return button;
}

QLabel* wrapped(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

PlayerPage::PlayerPage(SessionController& controller, AudioCues& cues, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_cues(cues)
{
    setObjectName(QStringLiteral("playerPage"));
    setFocusPolicy(Qt::StrongFocus);
    confirmStop = [](QWidget* dialogParent) {
        return QMessageBox::question(dialogParent, tr("Stop the session?"),
                                     tr("Stop now? What you have done so far is kept in your journal."),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(buildStartPanel());
    m_stack->addWidget(buildPlayPanel());
    m_stack->addWidget(buildSummaryPanel());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_controller, &SessionController::phaseStarted, this, &PlayerPage::showPhase);
    connect(&m_controller, &SessionController::updated, this, &PlayerPage::refresh);
    connect(&m_controller, &SessionController::sessionEnded, this, &PlayerPage::showSummary);
    connect(&m_controller, &SessionController::saveFailed, this, &PlayerPage::problem);
}

QWidget* PlayerPage::buildStartPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("startPanel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(14);
    m_startTitle = wrapped(panel, "startTitleLabel");
    m_startTitle->setProperty("role", QStringLiteral("title"));
    m_startSummary = wrapped(panel, "startSummaryLabel");
    m_offerBox = new QWidget(panel);
    m_offerBox->setObjectName(QStringLiteral("regressionOffers"));
    auto* offerLayout = new QVBoxLayout(m_offerBox);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    auto* question = new QLabel(tr("How much does your back hurt right now?"), panel);
    question->setProperty("role", QStringLiteral("question"));
    m_painBefore = new ScorePicker(panel);
    m_painBefore->setObjectName(QStringLiteral("painBeforePicker"));
    auto* start = new QPushButton(tr("Start  (Enter)"), panel);
    start->setObjectName(QStringLiteral("startButton"));
    start->setDefault(true);
    start->setMinimumHeight(48);
    start->setProperty("role", QStringLiteral("primary"));
    auto* back = new QPushButton(tr("Not now"), panel);
    back->setObjectName(QStringLiteral("notNowButton"));
    auto* beeps = new QCheckBox(tr("Beeps"), panel);
    beeps->setObjectName(QStringLiteral("beepsCheck"));
    beeps->setChecked(m_cues.beepsEnabled());
    beeps->setToolTip(tr("A beep on the 3-2-1 countdown and at each change of phase"));
    auto* voice = new QCheckBox(tr("Spoken cues"), panel);
    voice->setObjectName(QStringLiteral("voiceCheck"));
    voice->setChecked(m_cues.voiceEnabled());
    voice->setToolTip(tr("The exercise, its position and what to do, spoken, so you need not look"));
    connect(beeps, &QCheckBox::toggled, &m_cues, &AudioCues::setBeepsEnabled);
    connect(voice, &QCheckBox::toggled, &m_cues, &AudioCues::setVoiceEnabled);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addSpacing(24);
    buttons->addWidget(beeps);
    buttons->addWidget(voice);
    buttons->addStretch(1);
    buttons->addWidget(start);
    layout->addWidget(m_startTitle);
    layout->addWidget(m_startSummary);
    layout->addWidget(m_offerBox);
    layout->addSpacing(18);
    layout->addWidget(question);
    layout->addWidget(m_painBefore);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(start, &QPushButton::clicked, this, [this] { begin(m_painBefore->score()); });
    connect(back, &QPushButton::clicked, this, &PlayerPage::closed);
    return panel;
}

QWidget* PlayerPage::buildPlayPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("playPanel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(32, 24, 32, 20);
    layout->setSpacing(12);

    m_planTitle = new QLabel(panel);
    m_planTitle->setObjectName(QStringLiteral("planTitleLabel"));
    m_planTitle->setForegroundRole(QPalette::PlaceholderText);
    m_progressLabel = new QLabel(panel);
    m_progressLabel->setObjectName(QStringLiteral("sessionProgressLabel"));
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* header = new QHBoxLayout;
    header->addWidget(m_planTitle, 1);
    header->addWidget(m_progressLabel);
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("sessionProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setRange(0, 1000);

    m_ring = new TimerRing(panel);
    m_sidePanel = new QWidget(panel);
    auto* side = new QVBoxLayout(m_sidePanel);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(8);
    m_phaseLabel = new QLabel(m_sidePanel);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    m_phaseLabel->setProperty("role", QStringLiteral("phase"));
    m_exerciseName = wrapped(m_sidePanel, "playerExerciseName");
    m_exerciseName->setTextFormat(Qt::PlainText);
    m_exerciseName->setProperty("role", QStringLiteral("exercise"));
    m_detail = wrapped(m_sidePanel, "phaseDetailLabel");
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_steps = wrapped(m_sidePanel, "playerSteps");
    m_cautions = wrapped(m_sidePanel, "playerCautions");
    m_cautions->setProperty("role", QStringLiteral("caution"));
    m_hurtNote = wrapped(m_sidePanel, "hurtNoteLabel");
    m_hurtNote->setText(tr("Noted: this exercise hurt. Where there is an easier version, it will be offered next time."));
    m_hurtNote->setProperty("role", QStringLiteral("caution"));
    m_next = wrapped(m_sidePanel, "nextLabel");
    m_next->setForegroundRole(QPalette::PlaceholderText);
    m_figure = new FigureView(m_sidePanel);
    m_figure->setFixedHeight(170);
    side->addWidget(m_figure);
    side->addWidget(m_phaseLabel);
    side->addWidget(m_exerciseName);
    side->addWidget(m_detail);
    side->addSpacing(6);
    side->addWidget(m_steps);
    side->addWidget(m_cautions);
    side->addWidget(m_hurtNote);
    side->addStretch(1);
    side->addWidget(m_next);

    m_middle = new QHBoxLayout;
    m_middle->setSpacing(36);
    m_middle->addWidget(m_ring, 5);
    m_middle->addWidget(m_sidePanel, 6);

    auto* back = controlButton(tr("Back"), tr("←"), QStringLiteral("backButton"), panel);
    m_pauseButton = controlButton(tr("Pause"), tr("Space"), QStringLiteral("pauseButton"), panel);
    auto* next = controlButton(tr("Next"), tr("→"), QStringLiteral("nextButton"), panel);
    m_repButton = controlButton(tr("Count a rep"), tr("Enter"), QStringLiteral("repButton"), panel);
    m_extendButton = controlButton(tr("10 s more"), tr("+"), QStringLiteral("extendButton"), panel);
    auto* hurt = controlButton(tr("This hurt"), tr("H"), QStringLiteral("hurtButton"), panel);
    auto* large = controlButton(tr("Large type"), tr("L"), QStringLiteral("largeTypeButton"), panel);
    auto* stop = controlButton(tr("Stop"), tr("Esc"), QStringLiteral("stopButton"), panel);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    for (QPushButton* button : {back, m_pauseButton, next, m_repButton, m_extendButton, hurt, large, stop})
        controls->addWidget(button, 1);

    layout->addLayout(header);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addLayout(m_middle, 1);
    layout->addSpacing(8);
    layout->addLayout(controls);

    connect(back, &QPushButton::clicked, &m_controller, &SessionController::back);
    connect(m_pauseButton, &QPushButton::clicked, &m_controller, &SessionController::togglePause);
    connect(next, &QPushButton::clicked, &m_controller, &SessionController::skipPhase);
    connect(m_repButton, &QPushButton::clicked, &m_controller, &SessionController::markRep);
    connect(m_extendButton, &QPushButton::clicked, &m_controller, &SessionController::extendHold);
    connect(hurt, &QPushButton::clicked, &m_controller, &SessionController::markHurt);
    connect(large, &QPushButton::clicked, this, [this] { setLargeType(!m_largeType); });
    connect(stop, &QPushButton::clicked, this, &PlayerPage::requestStop);
    return panel;
}

QWidget* PlayerPage::buildSummaryPanel()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("summaryPanel"));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(48, 40, 48, 40);
    layout->setSpacing(14);
    m_summaryTitle = wrapped(panel, "summaryTitleLabel");
    m_summaryTitle->setProperty("role", QStringLiteral("title"));
    m_summaryText = wrapped(panel, "summaryTextLabel");
    // A plan that progresses by the pain-monitoring rule needs the worst pain during the session too.
    m_duringQuestion = new QWidget(panel);
    auto* during = new QVBoxLayout(m_duringQuestion);
    during->setContentsMargins(0, 0, 0, 12);
    auto* duringLabel = new QLabel(tr("At its worst during the session, how much did it hurt?"), m_duringQuestion);
    duringLabel->setProperty("role", QStringLiteral("question"));
    m_painDuring = new ScorePicker(m_duringQuestion);
    m_painDuring->setObjectName(QStringLiteral("painDuringPicker"));
    during->addWidget(duringLabel);
    during->addWidget(m_painDuring);
    auto* question = new QLabel(tr("And how much does your back hurt now?"), panel);
    question->setProperty("role", QStringLiteral("question"));
    m_painAfter = new ScorePicker(panel);
    m_painAfter->setObjectName(QStringLiteral("painAfterPicker"));
    auto* done = new QPushButton(tr("Done  (Enter)"), panel);
    done->setObjectName(QStringLiteral("doneButton"));
    done->setMinimumHeight(48);
    done->setProperty("role", QStringLiteral("primary"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(done);
    layout->addWidget(m_summaryTitle);
    layout->addWidget(m_summaryText);
    layout->addSpacing(18);
    layout->addWidget(m_duringQuestion);
    layout->addWidget(question);
    layout->addWidget(m_painAfter);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(done, &QPushButton::clicked, this, &PlayerPage::finishSession);
    connect(m_painDuring, &ScorePicker::scoreChosen, m_painAfter, qOverload<>(&QWidget::setFocus));
    return panel;
}

void PlayerPage::finishSession()
{
    m_controller.finish(m_painAfter->score(), !m_duringQuestion->isHidden() ? m_painDuring->score() : std::nullopt);
    Q_EMIT closed();
}

void PlayerPage::prepare(const Plan& plan, const std::optional<SessionRecord>& resume,
                         const std::vector<RegressionOffer>& offers)
{
    m_plan = plan;
    m_resume = resume;
    m_offers = offers;
    while (QLayoutItem* item = m_offerBox->layout()->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t i = 0; i < offers.size(); ++i) {
        const RegressionOffer& offer = offers[i];
        auto* box = new QCheckBox(tr("%1 hurt last time: do %2 instead")
                                      .arg(QString::fromStdString(plan.items[offer.item].exercise.name),
                                           QString::fromStdString(offer.replacement.name)),
                                  m_offerBox);
        box->setObjectName(QStringLiteral("regressionOffer%1").arg(i));
        box->setChecked(true);
        box->setProperty("offer", static_cast<int>(i));
        m_offerBox->layout()->addWidget(box);
    }
    m_offerBox->setVisible(!offers.empty());
    m_painBefore->clear();
    m_painAfter->clear();
    m_painDuring->clear();
    m_duringQuestion->setVisible(plan.progression.has_value());
    if (resume) {
        begin(std::nullopt);
        return;
    }
    m_startTitle->setText(QString::fromStdString(plan.title).toHtmlEscaped());
    QStringList exercises;
    for (const PlanItem& item : plan.items) {
        exercises << QStringLiteral("<li>%1 <span style='color: %3;'>— %2</span></li>")
                         .arg(QString::fromStdString(item.exercise.name).toHtmlEscaped(),
                              doseLabel(item.exercise).toHtmlEscaped(),
                              palette().color(QPalette::PlaceholderText).name());
    }
    m_startSummary->setText(tr("%1<br>%2 exercises · %3<ol>%4</ol>")
                                .arg(QString::fromStdString(plan.summary).toHtmlEscaped())
                                .arg(plan.items.size())
                                .arg(clock(buildTimeline(plan).total))
                                .arg(exercises.join(QString{})));
    m_stack->setCurrentIndex(0);
    m_painBefore->setFocus();
}

void PlayerPage::begin(std::optional<int> painBefore)
{
    if (!m_plan)
        return;
    std::vector<RegressionOffer> accepted;
    for (const QCheckBox* box : m_offerBox->findChildren<QCheckBox*>()) {
        if (box->isChecked())
            accepted.push_back(m_offers.at(static_cast<std::size_t>(box->property("offer").toInt())));
    }
    QString error;
    const SessionRecord* resume = m_resume ? &*m_resume : nullptr;
    if (!m_controller.start(withRegressions(*m_plan, accepted), painBefore, resume, error)) {
        Q_EMIT problem(error);
        Q_EMIT closed();
        return;
    }
    m_planTitle->setText(QString::fromStdString(m_plan->title));
    m_stack->setCurrentIndex(1);
    setFocus();
    showPhase();
}

void PlayerPage::setLargeType(bool large)
{
    // Readable from a mat two metres away: the ring, its number and the exercise's name, nothing else.
    m_largeType = large;
    for (QWidget* detail : std::initializer_list<QWidget*>{m_planTitle, m_progressLabel, m_detail, m_steps, m_cautions,
                                                           m_next, m_hurtNote})
        detail->setVisible(!large);
    m_middle->setStretch(0, large ? 9 : 5);
    m_middle->setStretch(1, large ? 5 : 6);
    m_exerciseName->setProperty("role", large ? QStringLiteral("exerciseLarge") : QStringLiteral("exercise"));
    m_phaseLabel->setProperty("role", large ? QStringLiteral("phaseLarge") : QStringLiteral("phase"));
    for (QWidget* restyled : std::initializer_list<QWidget*>{m_exerciseName, m_phaseLabel}) {
        restyled->style()->unpolish(restyled);
        restyled->style()->polish(restyled);
    }
    showPhase();
}

void PlayerPage::showPhase()
{
    const SessionEngine* engine = m_controller.engine();
    if (!engine || engine->isOver())
        return;
    const Phase& phase = engine->currentPhase();
    const Plan& plan = engine->plan();
    const PlanItem& item = plan.items[phase.item];
    const Exercise& exercise = item.exercise;

    m_exerciseName->setText(QString::fromStdString(exercise.name));
    QStringList steps;
    for (const std::string& step : exercise.steps)
        steps << QStringLiteral("<li>%1</li>").arg(QString::fromStdString(step).toHtmlEscaped());
    m_steps->setText(QStringLiteral("<ol style='margin-left: -20px;'>%1</ol>").arg(steps.join(QString{})));
    QStringList cautions;
    for (const std::string& caution : exercise.cautions)
        cautions << QString::fromStdString(caution).toHtmlEscaped();
    if (!item.note.empty())
        cautions.prepend(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(item.note).toHtmlEscaped()));
    m_cautions->setText(cautions.join(QStringLiteral("<br>")));
    m_cautions->setVisible(!cautions.isEmpty() && !m_largeType);
    const bool last = phase.item + 1 >= plan.items.size();
    m_next->setText(last ? tr("Last exercise")
                         : tr("Next: %1").arg(QString::fromStdString(plan.items[phase.item + 1].exercise.name).toHtmlEscaped()));

    QString kind;
    switch (phase.kind) {
    case PhaseKind::GetReady:
        kind = tr("Get ready — %1").arg(label(exercise.position).toLower());
        break;
    case PhaseKind::Rest:
        kind = tr("Rest");
        break;
    case PhaseKind::SwitchSide:
        kind = tr("Switch to the %1").arg(sideText(phase.side));
        break;
    case PhaseKind::Work:
        kind = phase.reps > 0 ? tr("Reps") : (exercise.mode == DoseMode::Timed ? tr("Keep going") : tr("Hold"));
        break;
    }
    m_phaseLabel->setText(kind);
    QStringList detail;
    if (phase.side != Side::None)
        detail << sideText(phase.side);
    if (phase.set > 0 && exercise.dose.sets > 1)
        detail << tr("set %1 of %2").arg(phase.set).arg(exercise.dose.sets);
    if (phase.hold > 0)
        detail << tr("hold %1 of %2").arg(phase.hold).arg(exercise.dose.reps);
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    refresh();
}

void PlayerPage::refresh()
{
    const SessionEngine* engine = m_controller.engine();
    if (!engine || m_stack->currentIndex() != 1 || engine->isOver())
        return;
    const SteadyTime now = m_controller.now();
    const Phase& phase = engine->currentPhase();
    const Exercise& exercise = engine->plan().items[phase.item].exercise;

    QColor color = categoryColor(exercise.category);
    QString caption;
    switch (phase.kind) {
    case PhaseKind::GetReady:
        color = getReadyColor;
        caption = tr("get ready");
        break;
    case PhaseKind::Rest:
        color = restColor;
        caption = tr("rest");
        break;
    case PhaseKind::SwitchSide:
        color = switchColor;
        caption = tr("switch sides");
        break;
    case PhaseKind::Work:
        caption = phase.reps > 0 ? tr("reps") : tr("seconds");
        break;
    }
    const bool reps = phase.kind == PhaseKind::Work && phase.reps > 0;
    const double elapsed = duration<double>(engine->elapsedInPhase(now)).count();
    const double length = duration<double>(engine->phaseDuration()).count();
    double progress = length > 0 ? elapsed / length : 0;
    QString number;
    if (reps) {
        const int done = engine->repsInPhase(now);
        number = tr("%1 / %2").arg(done).arg(phase.reps);
        if (phase.selfPaced)
            progress = static_cast<double>(done) / phase.reps;
    } else {
        number = QString::number(static_cast<int>(std::ceil(duration<double>(engine->remaining(now)).count() - 1e-9)));
    }
    const bool paused = engine->state() == SessionEngine::State::Paused;
    if (paused)
        caption = tr("paused");
    m_ring->setState(progress, number, caption, paused ? palette().color(QPalette::PlaceholderText) : color);
    // The figure moves with the session: it is redrawn on the same ticks as the ring, which run only while
    // the session plays.
    m_figure->setVisible(exercise.figure.has_value());
    if (exercise.figure)
        m_figure->showPose(*exercise.figure, poseDuring(*exercise.figure, exercise.mode, phase, engine->elapsedInPhase(now)),
                           mirroredDuring(phase));

    const Duration total = engine->timeline().total;
    Duration done{};
    for (std::size_t i = 0; i < engine->phaseIndex(); ++i)
        done += engine->timeline().phases[i].duration;
    done += std::min(engine->elapsedInPhase(now), engine->phaseDuration());
    m_progress->setValue(total.count() > 0 ? static_cast<int>(1000 * duration<double>(done) / duration<double>(total)) : 0);
    m_progressLabel->setText(tr("Exercise %1 of %2  ·  %3 left")
                                 .arg(phase.item + 1)
                                 .arg(engine->plan().items.size())
                                 .arg(clock(std::max(Duration{}, total - done))));
    m_pauseButton->setText((paused ? tr("Resume") : tr("Pause")) + QStringLiteral("\n") + tr("Space"));
    m_pauseButton->setAccessibleName(paused ? tr("Resume") : tr("Pause"));
    m_repButton->setEnabled(phase.selfPaced);
    m_extendButton->setEnabled(phase.kind == PhaseKind::Work && phase.reps == 0);
    m_hurtNote->setVisible(m_controller.isHurt(phase.item) && !m_largeType);
}

void PlayerPage::showSummary(bool completed)
{
    const SessionEngine* engine = m_controller.engine();
    if (!engine)
        return;
    int finished = 0;
    int skipped = 0;
    Duration worked{};
    for (std::size_t i = 0; i < engine->tallies().size(); ++i) {
        const ExerciseTally& tally = engine->tallies()[i];
        worked += tally.worked;
        if (tally.completed)
            ++finished;
        else if (tally.reached)
            ++skipped;
    }
    m_summaryTitle->setText(completed ? tr("Well done.") : tr("Session stopped."));
    QString text = tr("%1 of %2 exercises done, %3 of exercise in %4.")
                       .arg(finished)
                       .arg(engine->plan().items.size())
                       .arg(clock(worked))
                       .arg(clock(engine->activeTime(m_controller.now())));
    if (skipped > 0)
        text += QLatin1Char(' ') + tr("%1 skipped or cut short.").arg(skipped);
    text += QStringLiteral("<br>") + tr("Saved in your journal.");
    m_summaryText->setText(text);
    m_stack->setCurrentIndex(2);
    if (!m_duringQuestion->isHidden())
        m_painDuring->setFocus();
    else
        m_painAfter->setFocus();
}

void PlayerPage::requestStop()
{
    if (m_controller.isActive() && !m_controller.engine()->isOver()) {
        if (m_controller.engine()->state() == SessionEngine::State::Running)
            m_controller.togglePause();
        if (confirmStop(this))
            m_controller.stop();
        else if (m_controller.engine()->state() == SessionEngine::State::Paused)
            m_controller.togglePause();
    }
}

void PlayerPage::keyPressEvent(QKeyEvent* event)
{
    const int page = m_stack->currentIndex();
    const int key = event->key();
    if (page == 0 && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        begin(m_painBefore->score());
        return;
    }
    if (page == 2 && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        finishSession();
        return;
    }
    if (page != 1) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (key) {
    case Qt::Key_Space:
        m_controller.togglePause();
        break;
    case Qt::Key_Right:
        m_controller.skipPhase();
        break;
    case Qt::Key_Left:
        m_controller.back();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_controller.markRep();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_controller.extendHold();
        break;
    case Qt::Key_H:
        m_controller.markHurt();
        break;
    case Qt::Key_S:
        m_controller.skipExercise();
        break;
    case Qt::Key_L:
        setLargeType(!m_largeType);
        break;
    case Qt::Key_Escape:
        requestStop();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace limber::app
