// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QObject>
#include <QString>

#include "app/cue_output.h"

#include <memory>

namespace limber::app {

class SessionController;

// Lets a person follow a session without looking: beeps on the 3-2-1 countdown and at each phase change,
// and spoken cues (the exercise and its position at get-ready, "Hold for 30 seconds", "Switch to the right
// side", "Last rep", "Rest"). Each is switchable and remembered (QSettings). What to say and when is
// decided here; the sound and speech themselves come from the limber-audio module, loaded on the first cue
// rather than at start-up. Where the module, an audio device or a speech engine is missing, cues stay
// silent: the problem is logged once, never shown as a dialog.
class AudioCues : public QObject {
    Q_OBJECT

public:
    AudioCues(SessionController& controller, QObject* parent = nullptr);

    bool beepsEnabled() const { return m_beeps; }
    bool voiceEnabled() const { return m_voice; }
    void setBeepsEnabled(bool enabled);
    void setVoiceEnabled(bool enabled);
    double voiceRate() const { return m_rate; }
    void setVoiceRate(double rate);

    // What the voice said last (empty when muted); for tests and the accessibility of the player.
    QString lastSpoken() const { return m_lastSpoken; }

private:
    void onPhaseStarted(int phase);
    void onRepCounted(int rep, bool last);
    void beep(CueSound sound);
    void say(const QString& text);
    // The audio module, loaded on first use; null when it cannot be loaded (then cues are silent).
    CueOutput* output();

    SessionController& m_controller;
    bool m_beeps = true;
    bool m_voice = true;
    double m_rate = 0;
    QString m_lastSpoken;
    std::unique_ptr<CueOutput> m_output;
    bool m_outputTried = false;
};

} // namespace limber::app
