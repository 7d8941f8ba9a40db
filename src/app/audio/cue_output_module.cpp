// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
// The limber-audio module: beeps with QSoundEffect, words with QTextToSpeech. Silent and harmless where
// there is no audio device or speech engine: each problem is logged once.
#include "app/cue_output.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QUrl>

#include <memory>

namespace {

using limber::app::CueSound;

class QtCueOutput final : public limber::app::CueOutput {
public:
    void play(CueSound sound) override
    {
        if (m_noAudioOutput)
            return;
        if (!m_checkedOutput) {
            m_checkedOutput = true;
            if (QMediaDevices::defaultAudioOutput().isNull()) {
                m_noAudioOutput = true;
                qWarning("limber: beeps are off: there is no audio output device");
                return;
            }
        }
        auto& effect = m_effects[static_cast<int>(sound)];
        if (!effect) {
            static const char* const names[] = {"countdown", "phase", "done"};
            effect = std::make_unique<QSoundEffect>();
            effect->setSource(QUrl(QStringLiteral("qrc:/sounds/%1.wav").arg(QString::fromLatin1(names[static_cast<int>(sound)]))));
            effect->setVolume(0.6f);
        }
        effect->play();
    }

    void say(const QString& text) override
    {
        if (m_speechFailed)
            return;
        if (!m_speech) {
            m_speech = std::make_unique<QTextToSpeech>();
            QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, [this](QTextToSpeech::State state) {
                if (state == QTextToSpeech::Error && !m_speechFailed) {
                    m_speechFailed = true;
                    qWarning("limber: spoken cues are off: the speech engine reported an error (no audio device?)");
                }
            });
        }
        m_speech->say(text);
    }

    void stopSpeaking() override
    {
        if (m_speech)
            m_speech->stop();
    }

private:
    std::unique_ptr<QSoundEffect> m_effects[3];
    std::unique_ptr<QTextToSpeech> m_speech;
    bool m_checkedOutput = false;
    bool m_noAudioOutput = false;
    bool m_speechFailed = false;
};

} // namespace

extern "C" Q_DECL_EXPORT limber::app::CueOutput* limberCreateCueOutput()
{
    return new QtCueOutput;
}
