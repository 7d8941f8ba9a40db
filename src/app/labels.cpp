// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace limber::app {
namespace {

// The context of these strings for translators.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};

} // namespace

QString label(Category category)
{
    switch (category) {
    case Category::Stretch:
        return Labels::tr("Stretch");
    case Category::Strengthening:
        return Labels::tr("Strengthening");
    case Category::Posture:
        return Labels::tr("Posture");
    case Category::Aerobic:
        return Labels::tr("Aerobic");
    }
    return {};
}

QString label(BodyArea area)
{
    switch (area) {
    case BodyArea::Neck:
        return Labels::tr("Neck");
    case BodyArea::Shoulders:
        return Labels::tr("Shoulders");
    case BodyArea::Chest:
        return Labels::tr("Chest");
    case BodyArea::UpperBack:
        return Labels::tr("Upper back");
    case BodyArea::MidBack:
        return Labels::tr("Mid back");
    case BodyArea::LowerBack:
        return Labels::tr("Lower back");
    case BodyArea::Core:
        return Labels::tr("Core");
    case BodyArea::Hips:
        return Labels::tr("Hips");
    case BodyArea::Glutes:
        return Labels::tr("Glutes");
    case BodyArea::Hamstrings:
        return Labels::tr("Hamstrings");
    case BodyArea::Legs:
        return Labels::tr("Legs");
    case BodyArea::FullBody:
        return Labels::tr("Full body");
    }
    return {};
}

QString label(Position position)
{
    switch (position) {
    case Position::Seated:
        return Labels::tr("Seated");
    case Position::Standing:
        return Labels::tr("Standing");
    case Position::FloorSupine:
        return Labels::tr("Lying on your back");
    case Position::FloorProne:
        return Labels::tr("Lying face down");
    case Position::FloorQuadruped:
        return Labels::tr("On hands and knees");
    case Position::FloorKneeling:
        return Labels::tr("Kneeling");
    case Position::SideLying:
        return Labels::tr("Lying on your side");
    }
    return {};
}

QString label(Equipment item)
{
    switch (item) {
    case Equipment::Mat:
        return Labels::tr("Mat");
    case Equipment::Chair:
        return Labels::tr("Chair");
    case Equipment::Wall:
        return Labels::tr("Wall");
    case Equipment::Towel:
        return Labels::tr("Towel");
    case Equipment::FoamRoller:
        return Labels::tr("Foam roller");
    case Equipment::StabilityBall:
        return Labels::tr("Stability ball");
    case Equipment::ResistanceBand:
        return Labels::tr("Resistance band");
    case Equipment::Doorway:
        return Labels::tr("Doorway");
    case Equipment::Step:
        return Labels::tr("Step or stairs");
    case Equipment::Pool:
        return Labels::tr("Pool");
    case Equipment::Bike:
        return Labels::tr("Bike");
    }
    return {};
}

QString label(PainArea area)
{
    switch (area) {
    case PainArea::Neck:
        return Labels::tr("Neck");
    case PainArea::Shoulders:
        return Labels::tr("Shoulders");
    case PainArea::UpperBack:
        return Labels::tr("Upper back");
    case PainArea::MidBack:
        return Labels::tr("Mid back");
    case PainArea::LowerBack:
        return Labels::tr("Lower back");
    case PainArea::Hips:
        return Labels::tr("Hips");
    case PainArea::Buttocks:
        return Labels::tr("Buttocks");
    case PainArea::Legs:
        return Labels::tr("Legs");
    }
    return {};
}

QString label(Symptom symptom)
{
    switch (symptom) {
    case Symptom::Ache:
        return Labels::tr("Ache");
    case Symptom::Shooting:
        return Labels::tr("Shooting or stabbing");
    case Symptom::SpreadingDownLeg:
        return Labels::tr("Spreading down a leg");
    case Symptom::Stiffness:
        return Labels::tr("Stiffness");
    case Symptom::NumbnessTingling:
        return Labels::tr("Numbness or tingling");
    }
    return {};
}

QString label(PainContext context)
{
    switch (context) {
    case PainContext::Morning:
        return Labels::tr("In the morning");
    case PainContext::DuringWork:
        return Labels::tr("During work");
    case PainContext::AfterSession:
        return Labels::tr("After a session");
    case PainContext::Evening:
        return Labels::tr("In the evening");
    }
    return {};
}

QString daysLabel(const std::vector<Weekday>& days)
{
    if (days.size() == 7)
        return Labels::tr("Every day");
    if (days == std::vector{Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri})
        return Labels::tr("Weekdays");
    QStringList names;
    for (Weekday day : days)
        names << QLocale().dayName(static_cast<int>(day) + 1, QLocale::ShortFormat);
    return names.join(QStringLiteral(", "));
}

QString scheduleLabel(const Schedule& schedule)
{
    return Labels::tr("%1 for %n week(s)", nullptr, schedule.weeks).arg(daysLabel(schedule.days));
}

namespace {

std::string translateCore(const char* scope, const char* english)
{
    return QCoreApplication::translate(scope, english).toStdString();
}

} // namespace

QString coreText(const Message& message)
{
    return QString::fromStdString(render(message, translateCore));
}

QString issueText(const Issue& issue)
{
    return QString::fromStdString(formatIssue(issue, translateCore));
}

QString journalErrorText(const JournalError& error)
{
    return QString::fromStdString(formatJournalError(error, translateCore));
}

QString doseLabel(const Exercise& exercise)
{
    return coreText(doseMessage(exercise));
}

QString safetyText(std::string_view english)
{
    // The core's texts are string literals, so the view is a whole, terminated string.
    return QCoreApplication::translate("Safety", english.data());
}

QString safetyGuidanceText(const std::vector<RedFlag>& flags)
{
    if (flags.empty())
        return {};
    QString text = safetyText(urgencyAdvice(mostUrgent(flags))) + QLatin1Char('\n') + safetyText(exerciseOnHoldAdvice()) +
                   QStringLiteral("\n\n") + safetyText(answeredYesHeading());
    for (RedFlag flag : flags)
        text += QStringLiteral("\n  – ") + safetyText(redFlagQuestion(flag));
    return text;
}

QColor categoryColor(Category category)
{
    switch (category) {
    case Category::Stretch:
        return QColor(0x2a, 0x7f, 0x78);
    case Category::Strengthening:
        return QColor(0xc0, 0x6a, 0x3b);
    case Category::Posture:
        return QColor(0x3f, 0x6e, 0xa8);
    case Category::Aerobic:
        return QColor(0x6b, 0x8e, 0x3a);
    }
    return {};
}

} // namespace limber::app
