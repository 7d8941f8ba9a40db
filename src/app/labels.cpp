// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app/labels.h"

#include <QCoreApplication>

namespace limber::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Labels", text);
}

} // namespace

QString label(Category category)
{
    switch (category) {
    case Category::Stretch:
        return tr("Stretch");
    case Category::Strengthening:
        return tr("Strengthening");
    case Category::Posture:
        return tr("Posture");
    case Category::Aerobic:
        return tr("Aerobic");
    }
    return {};
}

QString label(BodyArea area)
{
    switch (area) {
    case BodyArea::Neck:
        return tr("Neck");
    case BodyArea::Shoulders:
        return tr("Shoulders");
    case BodyArea::Chest:
        return tr("Chest");
    case BodyArea::UpperBack:
        return tr("Upper back");
    case BodyArea::MidBack:
        return tr("Mid back");
    case BodyArea::LowerBack:
        return tr("Lower back");
    case BodyArea::Core:
        return tr("Core");
    case BodyArea::Hips:
        return tr("Hips");
    case BodyArea::Glutes:
        return tr("Glutes");
    case BodyArea::Hamstrings:
        return tr("Hamstrings");
    case BodyArea::Legs:
        return tr("Legs");
    case BodyArea::FullBody:
        return tr("Full body");
    }
    return {};
}

QString label(Position position)
{
    switch (position) {
    case Position::Seated:
        return tr("Seated");
    case Position::Standing:
        return tr("Standing");
    case Position::FloorSupine:
        return tr("Lying on your back");
    case Position::FloorProne:
        return tr("Lying face down");
    case Position::FloorQuadruped:
        return tr("On hands and knees");
    case Position::FloorKneeling:
        return tr("Kneeling");
    case Position::SideLying:
        return tr("Lying on your side");
    }
    return {};
}

QString label(Equipment item)
{
    switch (item) {
    case Equipment::Mat:
        return tr("Mat");
    case Equipment::Chair:
        return tr("Chair");
    case Equipment::Wall:
        return tr("Wall");
    case Equipment::Towel:
        return tr("Towel");
    case Equipment::FoamRoller:
        return tr("Foam roller");
    case Equipment::StabilityBall:
        return tr("Stability ball");
    case Equipment::ResistanceBand:
        return tr("Resistance band");
    case Equipment::Doorway:
        return tr("Doorway");
    case Equipment::Step:
        return tr("Step or stairs");
    case Equipment::Pool:
        return tr("Pool");
    case Equipment::Bike:
        return tr("Bike");
    }
    return {};
}

QString label(PainArea area)
{
    switch (area) {
    case PainArea::Neck:
        return tr("Neck");
    case PainArea::Shoulders:
        return tr("Shoulders");
    case PainArea::UpperBack:
        return tr("Upper back");
    case PainArea::MidBack:
        return tr("Mid back");
    case PainArea::LowerBack:
        return tr("Lower back");
    case PainArea::Hips:
        return tr("Hips");
    case PainArea::Buttocks:
        return tr("Buttocks");
    case PainArea::Legs:
        return tr("Legs");
    }
    return {};
}

QString label(Symptom symptom)
{
    switch (symptom) {
    case Symptom::Ache:
        return tr("Ache");
    case Symptom::Shooting:
        return tr("Shooting or stabbing");
    case Symptom::SpreadingDownLeg:
        return tr("Spreading down a leg");
    case Symptom::Stiffness:
        return tr("Stiffness");
    case Symptom::NumbnessTingling:
        return tr("Numbness or tingling");
    }
    return {};
}

QString label(PainContext context)
{
    switch (context) {
    case PainContext::Morning:
        return tr("In the morning");
    case PainContext::DuringWork:
        return tr("During work");
    case PainContext::AfterSession:
        return tr("After a session");
    case PainContext::Evening:
        return tr("In the evening");
    }
    return {};
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
