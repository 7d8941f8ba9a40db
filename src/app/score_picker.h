// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;

namespace limber::app {

// A 0–10 pain score (NPRS) in one click or one key: eleven buttons with the scale's anchor words under
// the ends. Keys 0–9 choose that score and "t" (ten) chooses 10.
class ScorePicker : public QWidget {
    Q_OBJECT

public:
    explicit ScorePicker(QWidget* parent = nullptr);

    std::optional<int> score() const { return m_score; }
    // The words under 0 and 10 (default: the NPRS anchors, "no pain" and "worst imaginable").
    void setAnchors(const QString& low, const QString& high);
    void clear();
    void setScore(int score);

Q_SIGNALS:
    void scoreChosen(int score);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(int score);

    QButtonGroup* m_buttons = nullptr;
    QLabel* m_low = nullptr;
    QLabel* m_high = nullptr;
    std::optional<int> m_score;
};

} // namespace limber::app
