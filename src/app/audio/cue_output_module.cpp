// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
// The limber-audio module: beeps with QSoundEffect, words with QTextToSpeech, or with the espeak-ng program
// where Qt's speech engine cannot play (Qt 6.4's flite engine fails with "Audio streaming error" on some
// PulseAudio setups). Silent and harmless where there is no audio device or speech engine: each problem
// is logged once.
#include "app/cue_output.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QStandardPaths>
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
        m_lastText = text;
        if (m_speechFailed) {
            sayWithEspeak(text);
            return;
        }
        if (!m_speech) {
            m_speech = std::make_unique<QTextToSpeech>();
            QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, [this](QTextToSpeech::State state) {
                if (state != QTextToSpeech::Error || m_speechFailed)
                    return;
                m_speechFailed = true;
                if (!espeakPath().isEmpty()) {
                    qWarning("limber: Qt's speech engine cannot play here; speaking with espeak-ng instead");
                    sayWithEspeak(m_lastText);
                } else {
                    qWarning("limber: spoken cues are off: the speech engine reported an error (no audio device?)");
                }
            });
        }
        m_speech->setRate(m_rate);
        m_speech->say(text);
    }

    void setRate(double rate) override { m_rate = rate; }

    void stopSpeaking() override
    {
        if (m_speech)
            m_speech->stop();
        if (m_espeak)
            m_espeak->kill();
    }

private:
    static QString espeakPath()
    {
        static const QString path = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
        return path;
    }

    // A new cue interrupts the one still being spoken: the newer one is what matters now.
    void sayWithEspeak(const QString& text)
    {
        if (espeakPath().isEmpty())
            return;
        if (!m_espeak)
            m_espeak = std::make_unique<QProcess>();
        if (m_espeak->state() != QProcess::NotRunning) {
            m_espeak->kill();
            m_espeak->waitForFinished(200);
        }
        // espeak-ng counts words a minute: 155 is its calm normal, and the rate moves it by half either way.
        const int wordsPerMinute = static_cast<int>(155 * (1 + m_rate / 2));
        m_espeak->start(espeakPath(), {QStringLiteral("-s"), QString::number(wordsPerMinute), text});
    }

    std::unique_ptr<QSoundEffect> m_effects[3];
    std::unique_ptr<QTextToSpeech> m_speech;
    double m_rate = 0;
    std::unique_ptr<QProcess> m_espeak;
    QString m_lastText;
    bool m_checkedOutput = false;
    bool m_noAudioOutput = false;
    bool m_speechFailed = false;
};

} // namespace

extern "C" Q_DECL_EXPORT limber::app::CueOutput* limberCreateCueOutput()
{
    return new QtCueOutput;
}
