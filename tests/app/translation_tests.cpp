// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#include "app_test_support.h"

#include "app/labels.h"
#include "core/catalog/catalog_loader.h"
#include "core/journal/safety.h"
#include "core/plan/plan_loader.h"
#include "core/plan/progression.h"

#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace limber;

TEST_CASE("the German translation is complete and is what the app shows in German")
{
    limber::test::application();
    // Every message of the source file has a German text: none is left unfinished or empty.
    QFile ts(QStringLiteral(LIMBER_SOURCE_DIR "/resources/translations/limber_de.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    int unfinished = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("message"))
            ++messages;
        if (xml.name() == QStringLiteral("translation") &&
            xml.attributes().value(QStringLiteral("type")) == QStringLiteral("unfinished"))
            ++unfinished;
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(messages > 500);
    CHECK(unfinished == 0);

    // The compiled translation is in the app's resources, and the app's own words come out in German.
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/limber_de.qm")));
    QCoreApplication::installTranslator(&german);
    CHECK(app::label(PainArea::LowerBack) == QStringLiteral("Unterer Rücken"));
    CHECK(app::scheduleLabel(Schedule{{Weekday::Mon}, 1, {}}).contains(QStringLiteral("1 Woche")));
    CHECK(app::scheduleLabel(Schedule{{Weekday::Mon}, 6, {}}).contains(QStringLiteral("6 Wochen")));
    const QString question = app::safetyText(redFlagQuestion(RedFlag::BladderBowel));
    CHECK(question != QString::fromUtf8(redFlagQuestion(RedFlag::BladderBowel).data()));
    CHECK(question.endsWith(QLatin1Char('?')));
    CHECK(app::safetyGuidanceText({RedFlag::BladderBowel}).contains(QStringLiteral("112")));
    QCoreApplication::removeTranslator(&german);
    CHECK(app::label(PainArea::LowerBack) == QStringLiteral("Lower back"));
}

TEST_CASE("doses read in the person's language")
{
    limber::test::application();
    Exercise exercise;
    exercise.mode = DoseMode::Hold;
    exercise.dose.reps = 3;
    exercise.dose.sets = 2;
    exercise.dose.holdSeconds = 30;
    exercise.perSide = true;
    CHECK(app::doseLabel(exercise) == QStringLiteral("2 sets of 3 × 30 s hold, each side"));
    CHECK(app::doseLabel(exercise) == QString::fromStdString(doseSummary(exercise)));
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/limber_de.qm")));
    QCoreApplication::installTranslator(&german);
    CHECK(app::doseLabel(exercise) == QStringLiteral("2 Sätze à 3 × 30 s halten, je Seite"));
    QCoreApplication::removeTranslator(&german);
}

TEST_CASE("file problems, the progression rule's reasons and journal errors read in the person's language")
{
    limber::test::application();
    const Catalog catalog = *loadBuiltinCatalog().value;
    const auto plan = parsePlan(R"({"format": "limber-plan", "version": 1, "id": "mine", "title": "Mine",
                                    "items": [{"exercise": "cat-cow", "dose": {"reps": 500}}]})",
                                "mine.json", catalog);
    REQUIRE(plan.issues.size() == 1);
    ProgressionEvidence painful;
    painful.sessionCompleted = true;
    painful.itemDone = true;
    painful.painBefore = 3;
    painful.painDuring = 7;
    painful.nextMorning = 3;
    const DoseSuggestion suggestion = suggestDose(PlanItem{*catalog.find("cat-cow"), false, {}}, std::nullopt, painful, catalog);
    const JournalError refused{JournalErrorCode::NotAJournal, "/home/me/journal.sqlite3", {}};

    // Without a translation the app words them as the CLI does.
    CHECK(app::issueText(plan.issues[0]) == QString::fromStdString(formatIssue(plan.issues[0])));
    CHECK(app::coreText(suggestion.reason) == QString::fromStdString(render(suggestion.reason)));
    CHECK(app::journalErrorText(refused) == QString::fromStdString(formatJournalError(refused)));

    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/limber_de.qm")));
    QCoreApplication::installTranslator(&german);
    CHECK(app::issueText(plan.issues[0])
          == QStringLiteral("mine.json: /items/0/dose/reps: erwartet wurde eine ganze Zahl von 1 bis 100 (gefunden: 500)"));
    CHECK(app::coreText(suggestion.reason)
          == QStringLiteral("Der Schmerz während der Einheit erreichte 7/10 (die Grenze ist 5/10): 5 Wiederholungen → "
                            "3 Wiederholungen."));
    CHECK(app::journalErrorText(refused)
          == QStringLiteral("/home/me/journal.sqlite3: ist kein Limber-Tagebuch; es wurde nicht verändert"));
    QCoreApplication::removeTranslator(&german);
}
