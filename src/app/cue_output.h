// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QString>

class QObject;

namespace limber::app {

enum class CueSound { Countdown, Phase, Done };

// Plays the sounds and speaks the words of audio cues. The implementation lives in a module of its own
// (limber-audio), loaded on the first cue, so Qt Multimedia and Qt TextToSpeech cost nothing at start-up.
// Only this pure interface crosses the module boundary.
class CueOutput {
public:
    virtual ~CueOutput() = default;
    virtual void play(CueSound sound) = 0;
    virtual void say(const QString& text) = 0;
    virtual void stopSpeaking() = 0;
    // How fast the voice speaks: -1 slow, 0 normal, 1 fast.
    virtual void setRate(double rate) = 0;
};

} // namespace limber::app

// The module's one exported function: a new CueOutput owned by the caller.
extern "C" limber::app::CueOutput* limberCreateCueOutput();
