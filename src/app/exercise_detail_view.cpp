// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/exercise_detail_view.h"

#include "app/figure_view.h"
#include "app/labels.h"
#include "app/theme.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace limber::app {
namespace {

const QString exerciseScheme = QStringLiteral("exercise");

QString chipStyle(const QColor& color, bool filled)
{
    const QColor background = filled ? color : QColor(color.red(), color.green(), color.blue(), 28);
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; padding: 3px 10px; font-weight: 600; }")
        .arg(background.name(QColor::HexArgb), filled ? QStringLiteral("white") : color.darker(130).name());
}

QString doseDetail(const Exercise& exercise)
{
    const Dose& dose = exercise.dose;
    QStringList parts;
    switch (exercise.mode) {
    case DoseMode::Hold:
        if (dose.restSeconds > 0)
            parts << ExerciseDetailView::tr("rest %1 s between holds").arg(dose.restSeconds);
        break;
    case DoseMode::Reps:
        if (dose.selfPaced) {
            parts << ExerciseDetailView::tr("at your own pace");
        } else if (!dose.tempo.empty()) {
            QStringList steps;
            for (const TempoStep& step : dose.tempo)
                steps << ExerciseDetailView::tr("%1 %2 s").arg(QString::fromStdString(step.action)).arg(step.seconds);
            parts << steps.join(QStringLiteral(", "));
        } else {
            parts << ExerciseDetailView::tr("about %1 s a rep").arg(dose.tempoSeconds);
        }
        if (dose.sets > 1 && dose.restSeconds > 0)
            parts << ExerciseDetailView::tr("rest %1 s between sets").arg(dose.restSeconds);
        break;
    case DoseMode::Timed:
        parts << ExerciseDetailView::tr("at a comfortable, steady pace");
        break;
    }
    return parts.join(QStringLiteral("  ·  "));
}

} // namespace

ExerciseDetailView::ExerciseDetailView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("exerciseDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 12);
    layout->setSpacing(10);

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("exerciseNameLabel"));
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.9);
    nameFont.setWeight(QFont::Bold);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exerciseSummaryLabel"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_chips = new QHBoxLayout;
    m_chips->setSpacing(6);

    m_doseCard = new QWidget(this);
    m_doseCard->setObjectName(QStringLiteral("doseCard"));
    m_doseCard->setAttribute(Qt::WA_StyledBackground);
    auto* doseLayout = new QVBoxLayout(m_doseCard);
    doseLayout->setContentsMargins(16, 12, 16, 12);
    doseLayout->setSpacing(2);
    auto* doseCaption = new QLabel(tr("DEFAULT DOSE"), m_doseCard);
    doseCaption->setObjectName(QStringLiteral("caption"));
    m_dose = new QLabel(m_doseCard);
    m_dose->setObjectName(QStringLiteral("doseLabel"));
    QFont doseFont = m_dose->font();
    doseFont.setPointSizeF(doseFont.pointSizeF() * 1.45);
    doseFont.setWeight(QFont::DemiBold);
    m_dose->setFont(doseFont);
    m_doseDetail = new QLabel(m_doseCard);
    m_doseDetail->setObjectName(QStringLiteral("doseDetailLabel"));
    m_doseDetail->setForegroundRole(QPalette::PlaceholderText);
    doseLayout->addWidget(doseCaption);
    doseLayout->addWidget(m_dose);
    doseLayout->addWidget(m_doseDetail);

    m_body = new QTextBrowser(this);
    m_body->setObjectName(QStringLiteral("exerciseBody"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->viewport()->setAutoFillBackground(false);
    connect(m_body, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == exerciseScheme)
            Q_EMIT exerciseRequested(url.path());
        else if (url.scheme() == QStringLiteral("https") || url.scheme() == QStringLiteral("http"))
            QDesktopServices::openUrl(url);
    });

    m_empty = new QLabel(tr("Choose an exercise to see how to do it."), this);
    m_empty->setObjectName(QStringLiteral("emptyDetailLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addLayout(m_chips);
    layout->addSpacing(4);
    // The figure beside the dose: the position and the movement at a glance, before the steps in words.
    m_figure = new FigureView(this);
    m_figure->setFixedSize(280, 150);
    auto* doseRow = new QHBoxLayout;
    doseRow->addWidget(m_doseCard, 1, Qt::AlignTop);
    doseRow->addWidget(m_figure, 0, Qt::AlignTop);
    layout->addLayout(doseRow);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_empty, 1);
    showExercise(nullptr, nullptr);
}

void ExerciseDetailView::showExercise(const Exercise* exercise, const Catalog* catalog)
{
    const bool shown = exercise && catalog;
    for (QWidget* widget : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_summary), m_doseCard,
                            static_cast<QWidget*>(m_body)})
        widget->setVisible(shown);
    m_empty->setVisible(!shown);
    m_figure->setVisible(shown && exercise->figure);
    if (!shown) {
        setChips(Exercise{});
        m_figure->setFigure(std::nullopt);
        return;
    }
    m_figure->setFigure(exercise->figure);
    m_name->setText(QString::fromStdString(exercise->name));
    m_summary->setText(QString::fromStdString(exercise->summary));
    m_summary->setVisible(!exercise->summary.empty());
    setChips(*exercise);
    QString dose = doseLabel(*exercise);
    if (!dose.isEmpty())
        dose[0] = dose[0].toUpper();
    m_dose->setText(dose);
    m_doseDetail->setText(doseDetail(*exercise));
    m_doseDetail->setVisible(!m_doseDetail->text().isEmpty());
    m_body->setHtml(bodyHtml(*exercise, *catalog));
}

void ExerciseDetailView::setChips(const Exercise& exercise)
{
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (exercise.id.empty())
        return;
    const auto addChip = [this](const QString& text, const QString& style, const QString& name) {
        auto* chip = new QLabel(text, this);
        chip->setObjectName(name);
        chip->setStyleSheet(style);
        m_chips->addWidget(chip);
    };
    const QColor accent = categoryColor(exercise.category);
    const QColor neutral = palette().color(QPalette::Text);
    addChip(label(exercise.category), chipStyle(accent, true), QStringLiteral("categoryChip"));
    addChip(label(exercise.position), chipStyle(neutral, false), QStringLiteral("positionChip"));
    if (exercise.deskFriendly)
        addChip(tr("Desk-friendly"), chipStyle(categoryColor(Category::Posture), false), QStringLiteral("deskChip"));
    if (exercise.perSide)
        addChip(tr("Each side"), chipStyle(neutral, false), QStringLiteral("sideChip"));
    static const QStringList levels{tr("Easy"), tr("Moderate"), tr("Harder")};
    addChip(levels.value(exercise.difficulty - 1), chipStyle(neutral, false), QStringLiteral("difficultyChip"));
    m_chips->addStretch(1);
}

QString ExerciseDetailView::bodyHtml(const Exercise& exercise, const Catalog& catalog) const
{
    const QPalette& colors = palette();
    const QString muted = colors.color(QPalette::PlaceholderText).name();
    const QString accent = categoryColor(exercise.category).name();
    QString out;
    out += QStringLiteral("<style>h3 { margin-top: 18px; margin-bottom: 6px; font-size: large; }"
                          " td { padding: 3px 6px; } a { color: %1; text-decoration: none; }</style>")
               .arg(accent);

    out += QStringLiteral("<h3>%1</h3><table cellspacing='0' width='100%'>").arg(tr("Steps"));
    for (std::size_t i = 0; i < exercise.steps.size(); ++i) {
        out += QStringLiteral("<tr><td width='28' valign='top' align='right' style='color: %1; font-size: large;"
                              " font-weight: 700;'>%2</td><td style='padding-left: 10px; padding-bottom: 10px;'>%3</td></tr>")
                   .arg(accent)
                   .arg(i + 1)
                   .arg(html(exercise.steps[i]));
    }
    out += QStringLiteral("</table>");

    if (!exercise.cautions.empty()) {
        const ThemeColors& theme = themeColors();
        out += QStringLiteral("<h3>%1</h3><table cellspacing='0' width='100%' style='background-color: %2;'>")
                   .arg(tr("Take care"), theme.cautionBackground.name());
        for (const std::string& caution : exercise.cautions)
            out += QStringLiteral("<tr><td style='color: %1; padding: 6px 12px;'>⚠&nbsp; %2</td></tr>")
                       .arg(theme.cautionText.name(), html(caution));
        out += QStringLiteral("</table>");
    }

    const auto link = [&](const std::string& id) {
        const Exercise* other = catalog.find(id);
        return QStringLiteral("<a href='%1:%2'>%3</a>")
            .arg(exerciseScheme, QString::fromStdString(id), other ? html(other->name) : QString::fromStdString(id));
    };
    if (!exercise.regression.empty() || !exercise.progression.empty()) {
        out += QStringLiteral("<h3>%1</h3><p>").arg(tr("Easier and harder"));
        if (!exercise.regression.empty())
            out += tr("Too much today? Try %1.").arg(link(exercise.regression)) + QStringLiteral("<br>");
        if (!exercise.progression.empty())
            out += tr("Feels easy? Move on to %1.").arg(link(exercise.progression));
        out += QStringLiteral("</p>");
    }

    QStringList areas;
    for (BodyArea area : exercise.areas)
        areas << label(area);
    QStringList equipment;
    for (Equipment item : exercise.equipment)
        equipment << label(item);
    out += QStringLiteral("<h3>%1</h3><p>%2<br><span style='color: %3;'>%4</span> %5</p>")
               .arg(tr("Works on"), areas.join(QStringLiteral(", ")), muted, tr("You need:"),
                    equipment.isEmpty() ? tr("nothing but a little space") : equipment.join(QStringLiteral(", ")));

    if (!exercise.sources.empty()) {
        out += QStringLiteral("<h3>%1</h3><p style='color: %2;'>").arg(tr("Sources"), muted);
        for (const std::string& key : exercise.sources) {
            const Reference* reference = catalog.reference(key);
            const QString title = reference ? html(reference->title) : QString::fromStdString(key);
            if (reference && !reference->url.empty())
                out += QStringLiteral("<a href='%1'>%2</a><br>").arg(QString::fromStdString(reference->url).toHtmlEscaped(), title);
            else
                out += title + QStringLiteral("<br>");
        }
        out += QStringLiteral("</p>");
    }
    out += QStringLiteral("<p style='color: %1; font-size: small;'>%2</p>")
               .arg(muted, tr("Move slowly and stop if you feel sharp, spreading or new pain, numbness or dizziness. "
                              "Limber is a guide, not a diagnosis: if you are unsure whether an exercise suits you, "
                              "ask a doctor or physiotherapist."));
    return out;
}

} // namespace limber::app
