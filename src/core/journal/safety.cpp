// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "core/journal/safety.h"

#include "core/common/translatable.h"

#include <algorithm>

namespace limber {

Urgency urgencyOf(RedFlag flag)
{
    return static_cast<int>(flag) <= static_cast<int>(RedFlag::FeverWithAbdominalPain) ? Urgency::Emergency
                                                                                        : Urgency::Urgent;
}

std::string_view redFlagQuestion(RedFlag flag)
{
    switch (flag) {
    case RedFlag::BladderBowel:
        return QT_TRANSLATE_NOOP("Safety", "Have you lost control of your bladder or bowels, or found it suddenly hard to pass urine?");
    case RedFlag::SaddleNumbness:
        return QT_TRANSLATE_NOOP("Safety", "Is there numbness or tingling around your genitals, buttocks, back passage or inner thighs?");
    case RedFlag::BothLegs:
        return QT_TRANSLATE_NOOP("Safety", "Do you have pain, numbness, tingling or weakness in both legs, or sudden trouble walking?");
    case RedFlag::ChestPain:
        return QT_TRANSLATE_NOOP("Safety", "Do you have chest pain?");
    case RedFlag::Trauma:
        return QT_TRANSLATE_NOOP("Safety", "Did the pain start after a fall, an accident or a blow to your back?");
    case RedFlag::FeverWithAbdominalPain:
        return QT_TRANSLATE_NOOP("Safety", "Do you have a fever together with pain or throbbing in your belly?");
    case RedFlag::OneSideNumbness:
        return QT_TRANSLATE_NOOP("Safety", "Do you have new numbness or tingling in your back, one leg or one arm?");
    case RedFlag::Fever:
        return QT_TRANSLATE_NOOP("Safety", "Do you have a high temperature, or feel hot and shivery?");
    case RedFlag::WeightLoss:
        return QT_TRANSLATE_NOOP("Safety", "Have you lost weight without trying?");
    case RedFlag::LumpOrShapeChange:
        return QT_TRANSLATE_NOOP("Safety", "Is there a lump, swelling or redness on your back, or has its shape changed?");
    case RedFlag::NightPain:
        return QT_TRANSLATE_NOOP("Safety", "Is the pain constant, worse at night or when lying down, and not eased by rest?");
    case RedFlag::CoughSneeze:
        return QT_TRANSLATE_NOOP("Safety", "Does coughing, sneezing or going to the toilet make the pain much worse?");
    case RedFlag::BetweenShoulderBlades:
        return QT_TRANSLATE_NOOP("Safety", "Does the pain come from high in your back, between the shoulder blades?");
    case RedFlag::BelowKnee:
        return QT_TRANSLATE_NOOP("Safety", "Does the pain spread down a leg, below the knee?");
    case RedFlag::RiskHistory:
        return QT_TRANSLATE_NOOP("Safety", "Is this your first back pain after 50, or have you had cancer, osteoporosis, long-term steroids, or "
               "drug or alcohol problems?");
    case RedFlag::NeckArm:
        return QT_TRANSLATE_NOOP("Safety", "Do you have severe neck pain, or weakness or tingling in an arm or hand?");
    case RedFlag::Dizziness:
        return QT_TRANSLATE_NOOP("Safety", "Have you felt dizzy or had trouble seeing while moving your neck?");
    case RedFlag::NotImproving:
        return QT_TRANSLATE_NOOP("Safety", "Has the pain been getting worse, or not improved after two weeks of exercise and self-care?");
    }
    return {};
}

std::string_view urgencyAdvice(Urgency urgency)
{
    if (urgency == Urgency::Emergency)
        return QT_TRANSLATE_NOOP("Safety",
                                 "Get medical help now. Call your emergency number (999 in the UK, 112 in Europe, 911 in "
                                 "North America) or go to an emergency department. These signs can mean pressure on the "
                                 "nerves at the base of the spine or another serious problem that needs treatment straight "
                                 "away.");
    return QT_TRANSLATE_NOOP("Safety", "See a doctor soon: today if you can, or call your doctor's surgery or a "
                                       "non-emergency helpline (111 in the UK). These signs need a professional to "
                                       "look at them before you carry on.");
}

std::string_view exerciseOnHoldAdvice()
{
    return QT_TRANSLATE_NOOP("Safety", "Please do not do back exercises until you have been assessed. Limber will "
                                       "not suggest exercises until you tell it you have been.");
}

std::string_view answeredYesHeading()
{
    return QT_TRANSLATE_NOOP("Safety", "You answered yes to:");
}

Urgency mostUrgent(const std::vector<RedFlag>& flags)
{
    return std::any_of(flags.begin(), flags.end(), [](RedFlag flag) { return urgencyOf(flag) == Urgency::Emergency; })
               ? Urgency::Emergency
               : Urgency::Urgent;
}

std::string safetyGuidance(const std::vector<RedFlag>& flags)
{
    if (flags.empty())
        return {};
    std::string text = std::string{urgencyAdvice(mostUrgent(flags))} + '\n' + std::string{exerciseOnHoldAdvice()} +
                       "\n\n" + std::string{answeredYesHeading()} + '\n';
    for (RedFlag flag : flags)
        text += "  - " + std::string{redFlagQuestion(flag)} + '\n';
    return text;
}

} // namespace limber
