// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/audio_cues.h"

#include "app/modules.h"
#include "app/session_controller.h"
#include "app/settings.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace limber::app {
namespace {

QString secondsText(Duration duration)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    if (seconds >= 120 && seconds % 60 == 0)
        return AudioCues::tr("%1 minutes").arg(seconds / 60);
    return seconds == 1 ? AudioCues::tr("1 second") : AudioCues::tr("%1 seconds").arg(seconds);
}

} // namespace

AudioCues::AudioCues(SessionController& controller, QObject* parent) : QObject(parent), m_controller(controller)
{
    const QSettings settings;
    m_beeps = settings.value(beepsSettingKey, true).toBool();
    m_voice = settings.value(voiceSettingKey, true).toBool();
    m_rate = std::clamp(settings.value(voiceRateSettingKey, 0.0).toDouble(), -1.0, 1.0);
    connect(&controller, &SessionController::phaseStarted, this, &AudioCues::onPhaseStarted);
    connect(&controller, &SessionController::countdown, this, [this](int) { beep(CueSound::Countdown); });
    connect(&controller, &SessionController::repCounted, this, &AudioCues::onRepCounted);
    connect(&controller, &SessionController::sessionEnded, this, [this](bool completed) {
        beep(CueSound::Done);
        say(completed ? tr("Well done. That's the session complete.") : tr("Session stopped."));
    });
}

void AudioCues::setBeepsEnabled(bool enabled)
{
    m_beeps = enabled;
    QSettings().setValue(beepsSettingKey, enabled);
}

void AudioCues::setVoiceEnabled(bool enabled)
{
    m_voice = enabled;
    QSettings().setValue(voiceSettingKey, enabled);
    if (!enabled && m_output)
        m_output->stopSpeaking();
}

void AudioCues::onPhaseStarted(int index)
{
    const SessionEngine* engine = m_controller.engine();
    if (!engine)
        return;
    const Phase& phase = engine->timeline().phases[static_cast<std::size_t>(index)];
    const Exercise& exercise = engine->plan().items[phase.item].exercise;
    beep(CueSound::Phase);
    switch (phase.kind) {
    case PhaseKind::GetReady:
        say(tr("Next: %1. %2.")
                .arg(QString::fromStdString(exercise.name), QCoreApplication::translate("Position", positionPhrase(exercise.position).data())));
        break;
    case PhaseKind::SwitchSide:
        say(tr("Switch to the right side."));
        break;
    case PhaseKind::Rest:
        say(tr("Rest."));
        break;
    case PhaseKind::Work:
        if (phase.reps > 0)
            say(phase.selfPaced ? tr("%1 reps, at your own pace.").arg(phase.reps) : tr("%1 reps.").arg(phase.reps));
        else if (exercise.mode == DoseMode::Timed)
            say(tr("Keep going for %1.").arg(secondsText(phase.duration)));
        else
            say(tr("Hold for %1.").arg(secondsText(phase.duration)));
        break;
    }
}

void AudioCues::onRepCounted(int rep, bool last)
{
    const SessionEngine* engine = m_controller.engine();
    if (!engine || last || engine->isOver())
        return;
    // Announce the last repetition as it begins.
    if (rep + 1 == engine->currentPhase().reps)
        say(tr("Last rep."));
}

void AudioCues::beep(CueSound sound)
{
    if (m_beeps)
        if (CueOutput* out = output())
            out->play(sound);
}

void AudioCues::setVoiceRate(double rate)
{
    m_rate = std::clamp(rate, -1.0, 1.0);
    QSettings().setValue(voiceRateSettingKey, m_rate);
    if (m_output)
        m_output->setRate(m_rate);
}

CueOutput* AudioCues::output()
{
    if (m_outputTried)
        return m_output.get();
    m_outputTried = true;
    if (auto create = reinterpret_cast<CueOutput* (*)()>(moduleSymbol("limber-audio", "limberCreateCueOutput")))
        m_output.reset(create());
    if (m_output)
        m_output->setRate(m_rate);
    return m_output.get();
}

void AudioCues::say(const QString& text)
{
    if (!m_voice) {
        m_lastSpoken.clear();
        return;
    }
    m_lastSpoken = text;
    if (CueOutput* out = output())
        out->say(text);
}

} // namespace limber::app
