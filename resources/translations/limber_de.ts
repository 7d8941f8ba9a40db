<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Dose</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>%1 × %2 hold</source>
        <translation>%1 × %2 halten</translation>
    </message>
    <message>
        <source>1 rep</source>
        <translation>1 Wiederholung</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 Sätze à %2</translation>
    </message>
    <message>
        <source>%1, each side</source>
        <translation>%1, je Seite</translation>
    </message>
</context>
<context>
    <name>ExerciseDelegate</name>
    <message>
        <source>at the desk</source>
        <translation>am Schreibtisch</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>an exercise catalog</source>
        <translation>ein Übungskatalog</translation>
    </message>
    <message>
        <source>expected a key of capital letters, digits, &apos;-&apos; and &apos;_&apos; (at most 32)</source>
        <translation>erwartet wurde ein Schlüssel aus Großbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; (höchstens 32)</translation>
    </message>
    <message>
        <source>duplicate id: already used at %1</source>
        <translation>doppelte ID: bereits verwendet bei %1</translation>
    </message>
    <message>
        <source>an exercise cannot be its own %1</source>
        <translation>eine Übung kann nicht ihre eigene %1 sein</translation>
    </message>
    <message>
        <source>expected the id of an exercise in the catalog</source>
        <translation>erwartet wurde die ID einer Übung im Katalog</translation>
    </message>
    <message>
        <source>desk_friendly may be true only for a seated or standing exercise that needs nothing beyond a chair or a wall</source>
        <translation>desk_friendly darf nur bei einer Übung im Sitzen oder Stehen true sein, die nicht mehr als einen Stuhl oder eine Wand braucht</translation>
    </message>
    <message>
        <source>a timed exercise cannot be done per side</source>
        <translation>eine Übung nach Zeit kann nicht je Seite gemacht werden</translation>
    </message>
    <message>
        <source>expected 1 to 4 key poses</source>
        <translation>erwartet wurden 1 bis 4 Schlüsselhaltungen</translation>
    </message>
    <message>
        <source>outside what this joint does: %1 to %2 degrees</source>
        <translation>außerhalb dessen, was dieses Gelenk kann: %1 bis %2 Grad</translation>
    </message>
    <message>
        <source>the pose puts %1 through the floor, %2 cm below it on a 1.75 m figure</source>
        <translation>die Haltung bringt %1 durch den Boden, %2 cm darunter bei einer 1,75 m großen Figur</translation>
    </message>
    <message>
        <source>expected null or an exercise id in kebab-case (a-z, 0-9, single &apos;-&apos;)</source>
        <translation>erwartet wurde null oder eine Übungs-ID in kebab-case (a-z, 0-9, einzelnes &apos;-&apos;)</translation>
    </message>
    <message>
        <source>expected an id in kebab-case: a-z, 0-9 and single &apos;-&apos;, at most 64 characters</source>
        <translation>erwartet wurde eine ID in kebab-case: a-z, 0-9 und einzelnes &apos;-&apos;, höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>missing the tempo: give one of &quot;tempo_seconds&quot;, &quot;tempo&quot; or &quot;self_paced&quot;</source>
        <translation>das Tempo fehlt: geben Sie eines von &quot;tempo_seconds&quot;, &quot;tempo&quot; oder &quot;self_paced&quot; an</translation>
    </message>
    <message>
        <source>expected exactly one of &quot;tempo_seconds&quot;, &quot;tempo&quot; and &quot;self_paced&quot;</source>
        <translation>erwartet wurde genau eines von &quot;tempo_seconds&quot;, &quot;tempo&quot; und &quot;self_paced&quot;</translation>
    </message>
    <message>
        <source>expected true; to pace the reps give &quot;tempo_seconds&quot; or &quot;tempo&quot; instead</source>
        <translation>erwartet wurde true; um die Wiederholungen zu takten, geben Sie stattdessen &quot;tempo_seconds&quot; oder &quot;tempo&quot; an</translation>
    </message>
    <message>
        <source>expected 1 to 5 tempo steps</source>
        <translation>erwartet wurden 1 bis 5 Tempo-Schritte</translation>
    </message>
    <message>
        <source>%1 (found %2)</source>
        <translation>%1 (gefunden: %2)</translation>
    </message>
    <message>
        <source>an array of 1 item</source>
        <translation>eine Liste mit 1 Eintrag</translation>
    </message>
    <message>
        <source>an array of %1 items</source>
        <translation>eine Liste mit %1 Einträgen</translation>
    </message>
    <message>
        <source>an object of 1 item</source>
        <translation>ein Objekt mit 1 Feld</translation>
    </message>
    <message>
        <source>an object of %1 items</source>
        <translation>ein Objekt mit %1 Feldern</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON document</source>
        <translation>die Datei ist leer; erwartet wurde ein JSON-Dokument</translation>
    </message>
    <message>
        <source>the document nests arrays or objects deeper than %1 levels</source>
        <translation>das Dokument verschachtelt Listen oder Objekte tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wurde eines von: %1</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;: this is not %2</source>
        <translation>erwartet wurde &quot;%1&quot;: dies ist nicht %2</translation>
    </message>
    <message>
        <source>expected version %1: this file needs a newer Limber</source>
        <translation>erwartet wurde Version %1: diese Datei braucht ein neueres Limber</translation>
    </message>
    <message>
        <source>expected the integer %1</source>
        <translation>erwartet wurde die ganze Zahl %1</translation>
    </message>
    <message>
        <source>expected a whole number of seconds (1.5 is fine, 0.01 is not)</source>
        <translation>erwartet wurde eine ganze Zahl von Sekunden (1.5 geht, 0.01 nicht)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation>unbekanntes Feld (hier erlaubt: %1)</translation>
    </message>
    <message>
        <source>this field appears more than once in the object</source>
        <translation>dieses Feld kommt im Objekt mehr als einmal vor</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>das Pflichtfeld &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation>erwartet wurde eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>expected a number above %1 and at most %2</source>
        <translation>erwartet wurde eine Zahl über %1 und höchstens %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <source>expected a non-empty string of at most %1 characters</source>
        <translation>erwartet wurde ein nicht leerer Text von höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>erwartet wurde mindestens ein Eintrag</translation>
    </message>
    <message>
        <source>each entry may appear only once</source>
        <translation>jeder Eintrag darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>expected at least one of: %1</source>
        <translation>erwartet wurde mindestens eines von: %1</translation>
    </message>
    <message>
        <source>each value may appear only once</source>
        <translation>jeder Wert darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation>die Datei ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is too large (at most %1 MiB)</source>
        <translation>die Datei ist zu groß (höchstens %1 MiB)</translation>
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation>mehr als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot read: this is a folder, not a file</source>
        <translation>kann nicht gelesen werden: dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a plan</source>
        <translation>ein Plan</translation>
    </message>
    <message>
        <source>expected a real date written YYYY-MM-DD</source>
        <translation>erwartet wurde ein echtes Datum in der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>expected at least one of &quot;reps&quot;, &quot;hold_seconds&quot;, &quot;sets&quot;, &quot;minutes&quot;</source>
        <translation>erwartet wurde mindestens eines von &quot;reps&quot;, &quot;hold_seconds&quot;, &quot;sets&quot;, &quot;minutes&quot;</translation>
    </message>
    <message>
        <source>expected 1 to 100 items</source>
        <translation>erwartet wurden 1 bis 100 Einträge</translation>
    </message>
    <message>
        <source>another item of this plan already embeds an exercise with this id</source>
        <translation>ein anderer Eintrag dieses Plans enthält bereits eine Übung mit dieser ID</translation>
    </message>
    <message>
        <source>expected the id of another exercise in the catalog or in this plan</source>
        <translation>erwartet wurde die ID einer anderen Übung im Katalog oder in diesem Plan</translation>
    </message>
    <message>
        <source>expected an exercise id or an exercise object</source>
        <translation>erwartet wurde eine Übungs-ID oder ein Übungsobjekt</translation>
    </message>
    <message>
        <source>no exercise with this id in the catalog</source>
        <translation>keine Übung mit dieser ID im Katalog</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>cannot create the journal</source>
        <translation>das Tagebuch kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the journal</source>
        <translation>das Tagebuch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>is not a Limber journal; it was left as it is</source>
        <translation>ist kein Limber-Tagebuch; es wurde nicht verändert</translation>
    </message>
    <message>
        <source>the journal is damaged or truncated; it was left as it is (restore it from a backup, or move it away to start a new one)</source>
        <translation>das Tagebuch ist beschädigt oder unvollständig; es wurde nicht verändert (stellen Sie es aus einer Sicherung wieder her, oder verschieben Sie es, um ein neues zu beginnen)</translation>
    </message>
    <message>
        <source>the journal was written by a newer version of Limber; update Limber to open it (it was left as it is)</source>
        <translation>das Tagebuch wurde von einer neueren Limber-Version geschrieben; aktualisieren Sie Limber, um es zu öffnen (es wurde nicht verändert)</translation>
    </message>
    <message>
        <source>could not write to the journal; nothing was changed</source>
        <translation>in das Tagebuch konnte nicht geschrieben werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>no such record in the journal</source>
        <translation>dieser Eintrag ist nicht im Tagebuch</translation>
    </message>
    <message>
        <source>a value the journal cannot store</source>
        <translation>ein Wert, den das Tagebuch nicht speichern kann</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Aerobic</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäßmuskeln</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Hintere Oberschenkel</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Full body</source>
        <translation>Ganzer Körper</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sitzend</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehend</translation>
    </message>
    <message>
        <source>Lying on your back</source>
        <translation>Rücklings liegend</translation>
    </message>
    <message>
        <source>Lying face down</source>
        <translation>Bäuchlings liegend</translation>
    </message>
    <message>
        <source>On hands and knees</source>
        <translation>Auf allen vieren</translation>
    </message>
    <message>
        <source>Kneeling</source>
        <translation>Kniend</translation>
    </message>
    <message>
        <source>Lying on your side</source>
        <translation>Seitlich liegend</translation>
    </message>
    <message>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>Stability ball</source>
        <translation>Gymnastikball</translation>
    </message>
    <message>
        <source>Resistance band</source>
        <translation>Fitnessband</translation>
    </message>
    <message>
        <source>Doorway</source>
        <translation>Türrahmen</translation>
    </message>
    <message>
        <source>Step or stairs</source>
        <translation>Stufe oder Treppe</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Schwimmbecken</translation>
    </message>
    <message>
        <source>Bike</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Ache</source>
        <translation>Dumpfer Schmerz</translation>
    </message>
    <message>
        <source>Shooting or stabbing</source>
        <translation>Einschießend oder stechend</translation>
    </message>
    <message>
        <source>Spreading down a leg</source>
        <translation>Ausstrahlend ins Bein</translation>
    </message>
    <message>
        <source>Stiffness</source>
        <translation>Steifheit</translation>
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation>Taubheit oder Kribbeln</translation>
    </message>
    <message>
        <source>In the morning</source>
        <translation>Morgens</translation>
    </message>
    <message>
        <source>During work</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <source>After a session</source>
        <translation>Nach einer Einheit</translation>
    </message>
    <message>
        <source>In the evening</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n week(s)</source>
        <translation>
            <numerusform>%1, %n Woche lang</numerusform>
            <numerusform>%1, %n Wochen lang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <source>lying on your back</source>
        <translation>auf dem Rücken liegend</translation>
    </message>
    <message>
        <source>lying face down</source>
        <translation>auf dem Bauch liegend</translation>
    </message>
    <message>
        <source>on hands and knees</source>
        <translation>im Vierfüßlerstand</translation>
    </message>
    <message>
        <source>kneeling</source>
        <translation>kniend</translation>
    </message>
    <message>
        <source>lying on your side</source>
        <translation>auf der Seite liegend</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pain during the session reached %1 (the limit is %2)</source>
        <translation>Der Schmerz während der Einheit erreichte %1 (die Grenze ist %2)</translation>
    </message>
    <message>
        <source>pain during the session reached %1 (the limit is %2)</source>
        <translation>der Schmerz während der Einheit erreichte %1 (die Grenze ist %2)</translation>
    </message>
    <message>
        <source>You pressed &quot;This hurt&quot; on this exercise</source>
        <translation>Sie haben bei dieser Übung „Das tat weh“ gedrückt</translation>
    </message>
    <message>
        <source>you pressed &quot;This hurt&quot; on this exercise</source>
        <translation>Sie haben bei dieser Übung „Das tat weh“ gedrückt</translation>
    </message>
    <message>
        <source>Pain the next morning (%1) was worse than before the session (%2)</source>
        <translation>Der Schmerz am nächsten Morgen (%1) war stärker als vor der Einheit (%2)</translation>
    </message>
    <message>
        <source>pain the next morning (%1) was worse than before the session (%2)</source>
        <translation>der Schmerz am nächsten Morgen (%1) war stärker als vor der Einheit (%2)</translation>
    </message>
    <message>
        <source>Your average pain this week was %1 points higher than last week</source>
        <translation>Ihr durchschnittlicher Schmerz lag diese Woche %1 Punkte höher als letzte Woche</translation>
    </message>
    <message>
        <source>your average pain this week was %1 points higher than last week</source>
        <translation>Ihr durchschnittlicher Schmerz lag diese Woche %1 Punkte höher als letzte Woche</translation>
    </message>
    <message>
        <source>from before the session</source>
        <translation>von vor der Einheit</translation>
    </message>
    <message>
        <source>from during the session</source>
        <translation>von während der Einheit</translation>
    </message>
    <message>
        <source>from the next morning</source>
        <translation>vom nächsten Morgen</translation>
    </message>
    <message>
        <source>%1: %2 is the top of this exercise&apos;s range, so switch to %3 at %4.</source>
        <translation>%1: %2 ist das Höchste, was diese Übung vorsieht, also wechseln Sie zu %3 mit %4.</translation>
    </message>
    <message>
        <source>%1: %2 is the top of this exercise&apos;s range and there is no harder exercise in the catalog, so keep it and ask your physio what comes next.</source>
        <translation>%1: %2 ist das Höchste, was diese Übung vorsieht, und der Katalog hat keine schwerere Übung; bleiben Sie dabei und fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten, wie es weitergeht.</translation>
    </message>
    <message>
        <source>%1: %2 is already the lowest dose, so switch to %3 at %4.</source>
        <translation>%1: %2 ist bereits die niedrigste Dosis, also wechseln Sie zu %3 mit %4.</translation>
    </message>
    <message>
        <source>%1: %2 is already the lowest dose and there is no easier exercise in the catalog, so keep it and ask your physio what comes next.</source>
        <translation>%1: %2 ist bereits die niedrigste Dosis, und der Katalog hat keine leichtere Übung; bleiben Sie dabei und fragen Sie Ihre Physiotherapeutin oder Ihren Physiotherapeuten, wie es weitergeht.</translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>%1: keep %2.</source>
        <translation>%1: bei %2 bleiben.</translation>
    </message>
    <message>
        <source>Warning signs were reported: stop this exercise and get it checked by a doctor or physio before doing it again.</source>
        <translation>Es wurden Warnzeichen gemeldet: Brechen Sie diese Übung ab und lassen Sie sich ärztlich oder physiotherapeutisch untersuchen, bevor Sie sie wieder machen.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Not enough to go on yet, with no pain score %1</source>
        <translation>Noch zu wenig Anhaltspunkte, es fehlt ein Schmerzwert %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>had settled by the next morning (%1)</source>
        <translation>war bis zum nächsten Morgen abgeklungen (%1)</translation>
    </message>
    <message>
        <source>Pain during the session reached %1, which is acceptable but not low enough to step up, and %2</source>
        <translation>Der Schmerz während der Einheit erreichte %1, was vertretbar ist, aber nicht niedrig genug zum Steigern, und %2</translation>
    </message>
    <message>
        <source>The session was not finished</source>
        <translation>Die Einheit wurde nicht beendet</translation>
    </message>
    <message>
        <source>This exercise was not done in the session</source>
        <translation>Diese Übung wurde in der Einheit nicht gemacht</translation>
    </message>
    <message>
        <source>Your plan does not ask for the dose to go up</source>
        <translation>Ihr Plan sieht keine Steigerung der Dosis vor</translation>
    </message>
    <message>
        <source>Pain during the session stayed at %1 and %2</source>
        <translation>Der Schmerz während der Einheit blieb bei %1 und %2</translation>
    </message>
    <message>
        <source>%1, so 1 more session at this dose first</source>
        <translation>%1, also zuerst noch 1 Einheit mit dieser Dosis</translation>
    </message>
    <message>
        <source>%1, so %2 more sessions at this dose first</source>
        <translation>%1, also zuerst noch %2 Einheiten mit dieser Dosis</translation>
    </message>
    <message>
        <source>%1, but your plan&apos;s step does not change this kind of exercise</source>
        <translation>%1, aber der Schritt Ihres Plans ändert diese Art von Übung nicht</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>A routine: whenever you need a break</source>
        <translation>Eine Routine: immer dann, wenn Sie eine Pause brauchen</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Stop and get advice if pain becomes sharp, spreads into a leg, or comes with numbness, weakness or changes in bladder or bowel control. Mild discomfort that settles by the next morning is normal when starting to exercise.</source>
        <translation>Hören Sie auf und holen Sie sich medizinischen Rat, wenn der Schmerz stechend wird, in ein Bein ausstrahlt oder mit Taubheit, Schwäche oder Veränderungen bei der Blasen- oder Darmkontrolle einhergeht. Leichte Beschwerden, die bis zum nächsten Morgen abklingen, sind normal, wenn Sie mit dem Training beginnen.</translation>
    </message>
    <message>
        <source>Exercise plan</source>
        <translation>Übungsplan</translation>
    </message>
    <message>
        <source>Not enough entries yet to judge a change (two separate weeks are needed).</source>
        <translation>Noch nicht genug Einträge, um eine Veränderung zu beurteilen (dafür sind zwei getrennte Wochen nötig).</translation>
    </message>
    <message>
        <source>Meaningful improvement: 7-day mean %1 against %2 in the first week (%3 points, %4 %).</source>
        <translation>Bedeutsame Verbesserung: 7-Tage-Mittel %1 gegenüber %2 in der ersten Woche (%3 Punkte, %4 %).</translation>
    </message>
    <message>
        <source>Meaningful worsening: 7-day mean %1 against %2 in the first week (+%3 points, +%4 %).</source>
        <translation>Bedeutsame Verschlechterung: 7-Tage-Mittel %1 gegenüber %2 in der ersten Woche (+%3 Punkte, +%4 %).</translation>
    </message>
    <message>
        <source>Within day-to-day variation: 7-day mean %1 against %2 in the first week (%3 points).</source>
        <translation>Im Rahmen der Schwankungen von Tag zu Tag: 7-Tage-Mittel %1 gegenüber %2 in der ersten Woche (%3 Punkte).</translation>
    </message>
    <message>
        <source>Plan and adherence</source>
        <translation>Plan und Therapietreue</translation>
    </message>
    <message>
        <source>, assigned by %1</source>
        <translation>, erstellt von %1</translation>
    </message>
    <message>
        <source>From %1, %2, for %3 weeks%4.</source>
        <translation>Ab %1, %2, für %3 Wochen%4.</translation>
    </message>
    <message>
        <source>; stopped on %1</source>
        <translation>; beendet am %1</translation>
    </message>
    <message>
        <source>In this period: %1 sessions scheduled, %2 done, %3 partly done, %4 missed%5.</source>
        <translation>In diesem Zeitraum: %1 Einheiten geplant, %2 erledigt, %3 teilweise erledigt, %4 verpasst%5.</translation>
    </message>
    <message>
        <source> (%1 % done)</source>
        <translation> (%1 % erledigt)</translation>
    </message>
    <message>
        <source>stepped up</source>
        <translation>gesteigert</translation>
    </message>
    <message>
        <source>step up declined</source>
        <translation>Steigerung abgelehnt</translation>
    </message>
    <message>
        <source>eased off</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <source>easing off declined</source>
        <translation>Zurücknahme abgelehnt</translation>
    </message>
    <message>
        <source>How the plan changed:</source>
        <translation>So hat sich der Plan verändert:</translation>
    </message>
    <message>
        <source>No plan was followed in Limber during this period.</source>
        <translation>In diesem Zeitraum wurde in Limber keinem Plan gefolgt.</translation>
    </message>
    <message>
        <source>Back exercise and pain report</source>
        <translation>Bericht zu Rückenübungen und Schmerzen</translation>
    </message>
    <message>
        <source>Prepared by Limber from the person&apos;s own journal (pain 0–10, NPRS). It records what the person reported; it is not a diagnosis.</source>
        <translation>Von Limber aus dem eigenen Tagebuch der Person erstellt (Schmerz 0–10, NPRS). Der Bericht gibt wieder, was die Person angegeben hat; er ist keine Diagnose.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Dots: pain on each day (mean of that day&apos;s entries). Line: 7-day mean. Scale 0 (no pain) to 10 (worst imaginable). A change of about 2 points or 30 % is the size studies count as meaningful.</source>
        <translation>Punkte: Schmerz an jedem Tag (Mittelwert der Einträge dieses Tages). Linie: 7-Tage-Mittel. Skala 0 (kein Schmerz) bis 10 (schlimmster vorstellbarer Schmerz). Eine Veränderung von etwa 2 Punkten oder 30 % gilt in Studien als bedeutsam.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Plan done</source>
        <translation>Plan erledigt</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Tiefstwert</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (skipped or cut short)</source>
        <translation> (übersprungen oder abgekürzt)</translation>
    </message>
    <message>
        <source> (hurt)</source>
        <translation> (schmerzhaft)</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Einheiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>said a health professional had assessed them</source>
        <translation>gab an, medizinisch untersucht worden zu sein</translation>
    </message>
    <message>
        <source>answered the safety questions, no to every one</source>
        <translation>hat die Sicherheitsfragen beantwortet, alle mit Nein</translation>
    </message>
    <message>
        <source>answered yes to: %1</source>
        <translation>hat mit Ja geantwortet auf: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Warning signs reported</source>
        <translation>Angegebene Warnzeichen</translation>
    </message>
    <message>
        <source>None reported with pain entries in this period.</source>
        <translation>In diesem Zeitraum bei Schmerzeinträgen keine angegeben.</translation>
    </message>
    <message>
        <source>Safety questions:</source>
        <translation>Sicherheitsfragen:</translation>
    </message>
    <message>
        <source>PEG (pain, enjoyment of life, general activity)</source>
        <translation>PEG (Schmerz, Lebensfreude, allgemeine Aktivität)</translation>
    </message>
    <message>
        <source>Latest: %1 on %2 (items %3, %4, %5).</source>
        <translation>Zuletzt: %1 am %2 (Fragen: %3, %4, %5).</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Have you lost control of your bladder or bowels, or found it suddenly hard to pass urine?</source>
        <translation>Haben Sie die Kontrolle über Blase oder Darm verloren, oder fällt es Ihnen plötzlich schwer, Wasser zu lassen?</translation>
    </message>
    <message>
        <source>Is there numbness or tingling around your genitals, buttocks, back passage or inner thighs?</source>
        <translation>Spüren Sie Taubheit oder Kribbeln im Bereich der Genitalien, des Gesäßes, des Afters oder an der Innenseite der Oberschenkel?</translation>
    </message>
    <message>
        <source>Do you have pain, numbness, tingling or weakness in both legs, or sudden trouble walking?</source>
        <translation>Haben Sie Schmerzen, Taubheit, Kribbeln oder Schwäche in beiden Beinen, oder haben Sie plötzlich Probleme beim Gehen?</translation>
    </message>
    <message>
        <source>Do you have chest pain?</source>
        <translation>Haben Sie Schmerzen in der Brust?</translation>
    </message>
    <message>
        <source>Did the pain start after a fall, an accident or a blow to your back?</source>
        <translation>Haben die Schmerzen nach einem Sturz, einem Unfall oder einem Schlag auf den Rücken begonnen?</translation>
    </message>
    <message>
        <source>Do you have a fever together with pain or throbbing in your belly?</source>
        <translation>Haben Sie Fieber und gleichzeitig Schmerzen oder ein Pochen im Bauch?</translation>
    </message>
    <message>
        <source>Do you have new numbness or tingling in your back, one leg or one arm?</source>
        <translation>Ist bei Ihnen neu Taubheit oder Kribbeln im Rücken, in einem Bein oder in einem Arm aufgetreten?</translation>
    </message>
    <message>
        <source>Do you have a high temperature, or feel hot and shivery?</source>
        <translation>Haben Sie Fieber, oder fühlen Sie sich heiß und fröstelig?</translation>
    </message>
    <message>
        <source>Have you lost weight without trying?</source>
        <translation>Haben Sie ungewollt an Gewicht verloren?</translation>
    </message>
    <message>
        <source>Is there a lump, swelling or redness on your back, or has its shape changed?</source>
        <translation>Gibt es an Ihrem Rücken einen Knoten, eine Schwellung oder eine Rötung, oder hat sich die Form Ihres Rückens verändert?</translation>
    </message>
    <message>
        <source>Is the pain constant, worse at night or when lying down, and not eased by rest?</source>
        <translation>Sind die Schmerzen ständig da, nachts oder im Liegen stärker, und lassen sie auch in Ruhe nicht nach?</translation>
    </message>
    <message>
        <source>Does coughing, sneezing or going to the toilet make the pain much worse?</source>
        <translation>Werden die Schmerzen beim Husten, Niesen oder beim Gang zur Toilette deutlich stärker?</translation>
    </message>
    <message>
        <source>Does the pain come from high in your back, between the shoulder blades?</source>
        <translation>Kommen die Schmerzen aus dem oberen Rücken, zwischen den Schulterblättern?</translation>
    </message>
    <message>
        <source>Does the pain spread down a leg, below the knee?</source>
        <translation>Strahlen die Schmerzen in ein Bein aus, bis unter das Knie?</translation>
    </message>
    <message>
        <source>Is this your first back pain after 50, or have you had cancer, osteoporosis, long-term steroids, or drug or alcohol problems?</source>
        <translation>Haben Sie mit über 50 Jahren zum ersten Mal Rückenschmerzen, oder hatten Sie schon einmal Krebs, Osteoporose, eine Langzeitbehandlung mit Steroiden (Kortison) oder Probleme mit Drogen oder Alkohol?</translation>
    </message>
    <message>
        <source>Do you have severe neck pain, or weakness or tingling in an arm or hand?</source>
        <translation>Haben Sie starke Nackenschmerzen, oder haben Sie Schwäche oder Kribbeln in einem Arm oder einer Hand?</translation>
    </message>
    <message>
        <source>Have you felt dizzy or had trouble seeing while moving your neck?</source>
        <translation>Ist Ihnen beim Bewegen des Nackens schwindelig geworden, oder hatten Sie dabei Probleme mit dem Sehen?</translation>
    </message>
    <message>
        <source>Has the pain been getting worse, or not improved after two weeks of exercise and self-care?</source>
        <translation>Sind die Schmerzen immer stärker geworden, oder haben sie sich nach zwei Wochen mit Übungen und Selbsthilfe nicht gebessert?</translation>
    </message>
    <message>
        <source>Get medical help now. Call your emergency number (999 in the UK, 112 in Europe, 911 in North America) or go to an emergency department. These signs can mean pressure on the nerves at the base of the spine or another serious problem that needs treatment straight away.</source>
        <translation>Holen Sie sich jetzt medizinische Hilfe. Rufen Sie den Notruf (112 in Europa, 999 in Großbritannien, 911 in Nordamerika) oder gehen Sie in eine Notaufnahme. Diese Anzeichen können bedeuten, dass Druck auf die Nerven am unteren Ende der Wirbelsäule besteht oder dass ein anderes ernstes Problem vorliegt, das sofort behandelt werden muss.</translation>
    </message>
    <message>
        <source>See a doctor soon: today if you can, or call your doctor&apos;s surgery or a non-emergency helpline (111 in the UK). These signs need a professional to look at them before you carry on.</source>
        <translation>Lassen Sie sich bald ärztlich untersuchen, wenn möglich noch heute. Oder rufen Sie Ihre Hausarztpraxis oder eine Beratungsnummer für Nicht-Notfälle an: 116 117 in Deutschland (ärztlicher Bereitschaftsdienst), 111 in Großbritannien. Diese Anzeichen sollten medizinisch abgeklärt werden, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>Please do not do back exercises until you have been assessed. Limber will not suggest exercises until you tell it you have been.</source>
        <translation>Bitte machen Sie keine Rückenübungen, bis Sie medizinisch untersucht wurden. Limber schlägt Ihnen erst dann wieder Übungen vor, wenn Sie angeben, dass das geschehen ist.</translation>
    </message>
    <message>
        <source>You answered yes to:</source>
        <translation>Sie haben mit Ja geantwortet auf:</translation>
    </message>
</context>
<context>
    <name>limber::app::AudioCues</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>eine Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>Well done. That&apos;s the session complete.</source>
        <translation>Gut gemacht. Die Einheit ist geschafft.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message>
        <source>Next: %1. %2.</source>
        <translation>Als Nächstes: %1. %2.</translation>
    </message>
    <message>
        <source>Switch to the right side.</source>
        <translation>Wechseln Sie auf die rechte Seite.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>%1 reps, at your own pace.</source>
        <translation>%1 Wiederholungen, in Ihrem eigenen Tempo.</translation>
    </message>
    <message>
        <source>%1 reps.</source>
        <translation>%1 Wiederholungen.</translation>
    </message>
    <message>
        <source>Keep going for %1.</source>
        <translation>Machen Sie %1 weiter.</translation>
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation>Halten Sie %1.</translation>
    </message>
    <message>
        <source>Last rep.</source>
        <translation>Letzte Wiederholung.</translation>
    </message>
</context>
<context>
    <name>limber::app::BodyMap</name>
    <message>
        <source>Nothing chosen</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, beide Seiten</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>L</source>
        <extracomment>Under the figure seen from the back: the person&apos;s left and right sides, as one letter each.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
</context>
<context>
    <name>limber::app::ExerciseDetailView</name>
    <message>
        <source>rest %1 s between holds</source>
        <translation>%1 s Pause zwischen den Haltephasen</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>in Ihrem eigenen Tempo</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>about %1 s a rep</source>
        <translation>etwa %1 s pro Wiederholung</translation>
    </message>
    <message>
        <source>rest %1 s between sets</source>
        <translation>%1 s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>at a comfortable, steady pace</source>
        <translation>in angenehmem, gleichmäßigem Tempo</translation>
    </message>
    <message>
        <source>DEFAULT DOSE</source>
        <translation>STANDARDDOSIERUNG</translation>
    </message>
    <message>
        <source>Choose an exercise to see how to do it.</source>
        <translation>Wählen Sie eine Übung aus, um zu sehen, wie sie geht.</translation>
    </message>
    <message>
        <source>Desk-friendly</source>
        <translation>Schreibtischtauglich</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>Schwerer</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Bitte beachten</translation>
    </message>
    <message>
        <source>Easier and harder</source>
        <translation>Leichter und schwerer</translation>
    </message>
    <message>
        <source>Too much today? Try %1.</source>
        <translation>Heute zu viel? Versuchen Sie %1.</translation>
    </message>
    <message>
        <source>Feels easy? Move on to %1.</source>
        <translation>Fühlt sich leicht an? Gehen Sie weiter zu %1.</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>You need:</source>
        <translation>Sie brauchen:</translation>
    </message>
    <message>
        <source>nothing but a little space</source>
        <translation>nur etwas Platz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Move slowly and stop if you feel sharp, spreading or new pain, numbness or dizziness. Limber is a guide, not a diagnosis: if you are unsure whether an exercise suits you, ask a doctor or physiotherapist.</source>
        <translation>Bewegen Sie sich langsam und hören Sie auf, wenn Sie stechende, ausstrahlende oder neue Schmerzen, Taubheit oder Schwindel spüren. Limber ist eine Anleitung, keine Diagnose: Wenn Sie unsicher sind, ob eine Übung zu Ihnen passt, fragen Sie eine Ärztin, einen Arzt oder Ihre Physiotherapie.</translation>
    </message>
</context>
<context>
    <name>limber::app::FigureView</name>
    <message>
        <source>A figure showing the exercise</source>
        <translation>Eine Figur, die die Übung zeigt</translation>
    </message>
</context>
<context>
    <name>limber::app::FileProblemsDialog</name>
    <message>
        <source>Problems in a file</source>
        <translation>Probleme in einer Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. The file was left as it is; fix these and try again.</source>
        <translation>
            <numerusform>%n Problem gefunden. Die Datei wurde nicht verändert; beheben Sie das Problem und versuchen Sie es erneut.</numerusform>
            <numerusform>%n Probleme gefunden. Die Datei wurde nicht verändert; beheben Sie die Probleme und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limber::app::JournalPage</name>
    <message>
        <source>Keep logging: after two weeks Limber can tell you whether your pain is changing.</source>
        <translation>Tragen Sie weiter ein: Nach zwei Wochen kann Limber Ihnen sagen, ob sich Ihre Schmerzen verändern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your pain has come down in a way that matters:&lt;/b&gt; the last 7 days average %1, against %2 in your first week (%3 %).</source>
        <translation>&lt;b&gt;Ihre Schmerzen sind spürbar zurückgegangen:&lt;/b&gt; Die letzten 7 Tage liegen im Schnitt bei %1, gegenüber %2 in Ihrer ersten Woche (%3 %).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your pain has gone up in a way that matters:&lt;/b&gt; the last 7 days average %1, against %2 in your first week. If it keeps rising, talk to a health professional.</source>
        <translation>&lt;b&gt;Ihre Schmerzen haben spürbar zugenommen:&lt;/b&gt; Die letzten 7 Tage liegen im Schnitt bei %1, gegenüber %2 in Ihrer ersten Woche. Wenn sie weiter zunehmen, lassen Sie sich ärztlich oder physiotherapeutisch beraten.</translation>
    </message>
    <message>
        <source>The last 7 days average %1, against %2 in your first week: within ordinary day-to-day variation (a change that matters is about 2 points, or 30 %).</source>
        <translation>Die letzten 7 Tage liegen im Schnitt bei %1, gegenüber %2 in Ihrer ersten Woche: im Rahmen der üblichen Schwankungen von Tag zu Tag (eine bedeutsame Veränderung liegt bei etwa 2 Punkten oder 30 %).</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>limber-report.pdf</source>
        <translation>limber-bericht.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Log pain  (Ctrl+L)</source>
        <translation>Schmerz eintragen  (Strg+L)</translation>
    </message>
    <message>
        <source>Nothing logged yet. Press Ctrl+L to note how your back feels; log at the same time each day and the weeks will show whether it is getting better.</source>
        <translation>Noch nichts eingetragen. Drücken Sie Strg+L, um festzuhalten, wie sich Ihr Rücken anfühlt. Wenn Sie jeden Tag zur gleichen Zeit eintragen, zeigen die Wochen, ob es besser wird.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Pain entries</source>
        <translation>Schmerzeinträge</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Tiefstwert</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Höchstwert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Double-click an entry to change it</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um ihn zu ändern</translation>
    </message>
    <message>
        <source>Delete entry  (Del)</source>
        <translation>Eintrag löschen  (Entf)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation>FHIR exportieren…</translation>
    </message>
    <message>
        <source>Your journal, for your physio or another program. Nothing is sent anywhere.</source>
        <translation>Ihr Tagebuch für Ihre Physiotherapie oder ein anderes Programm. Es wird nichts versendet.</translation>
    </message>
    <message>
        <source>Report for my physio (PDF)</source>
        <translation>Bericht für meine Physiotherapie (PDF)</translation>
    </message>
    <message>
        <source>The last 4 weeks…</source>
        <translation>Die letzten 4 Wochen…</translation>
    </message>
    <message>
        <source>The last 8 weeks…</source>
        <translation>Die letzten 8 Wochen…</translation>
    </message>
    <message>
        <source>The last 3 months…</source>
        <translation>Die letzten 3 Monate…</translation>
    </message>
    <message>
        <source>Since the plan started…</source>
        <translation>Seit Beginn des Plans…</translation>
    </message>
    <message>
        <source>Everything…</source>
        <translation>Alles…</translation>
    </message>
    <message>
        <source>Range of the charts</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Pain, day by day</source>
        <translation>Schmerz, Tag für Tag</translation>
    </message>
    <message>
        <source>Play a routine from Today and your sessions and active minutes will show here, week by week.</source>
        <translation>Starten Sie eine Routine auf der Seite „Heute“, dann erscheinen hier Woche für Woche Ihre Einheiten und aktiven Minuten.</translation>
    </message>
    <message>
        <source>Follow a plan from your physio (Plans page) and this shows, week by week, how many of its sessions you did.</source>
        <translation>Folgen Sie einem Plan aus Ihrer Physiotherapie (Seite „Pläne“), dann sehen Sie hier Woche für Woche, wie viele seiner Einheiten Sie gemacht haben.</translation>
    </message>
    <message>
        <source>Once a week Limber asks three short questions about pain and how much it gets in the way (the PEG). Your answers will be charted here.</source>
        <translation>Einmal pro Woche stellt Limber drei kurze Fragen zu Ihren Schmerzen und dazu, wie sehr sie Sie einschränken (PEG). Ihre Antworten erscheinen hier als Diagramm.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Latest sessions</source>
        <translation>Letzte Einheiten</translation>
    </message>
    <message>
        <source>Sessions and active minutes per week</source>
        <translation>Einheiten und aktive Minuten pro Woche</translation>
    </message>
    <message>
        <source>Your plan: sessions done per week</source>
        <translation>Ihr Plan: erledigte Einheiten pro Woche</translation>
    </message>
    <message>
        <source>PEG: pain and how much it gets in the way</source>
        <translation>PEG: Schmerz und wie sehr er Sie einschränkt</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>, %1 hurt</source>
        <translation>, %1 schmerzhaft</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Pain that day</source>
        <translation>Schmerz an diesem Tag</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Active minutes</source>
        <translation>Aktive Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>PEG (0–10)</source>
        <translation>PEG (0–10)</translation>
    </message>
    <message>
        <source>PEG score</source>
        <translation>PEG-Wert</translation>
    </message>
</context>
<context>
    <name>limber::app::LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search exercises, e.g. “neck” or “cat”</source>
        <translation>Übungen suchen, z. B. „neck“ oder „cat“</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All body areas</source>
        <translation>Alle Körperbereiche</translation>
    </message>
    <message>
        <source>Any equipment</source>
        <translation>Beliebige Hilfsmittel</translation>
    </message>
    <message>
        <source>No equipment</source>
        <translation>Ohne Hilfsmittel</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <source>Only exercises you can do seated or standing at a desk, with nothing but a chair or a wall</source>
        <translation>Nur Übungen, die Sie im Sitzen oder Stehen am Schreibtisch machen können, mit nicht mehr als einem Stuhl oder einer Wand</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No exercise matches these filters.
Try fewer words or clear a filter.</source>
        <translation>Keine Übung passt zu diesen Filtern.
Versuchen Sie es mit weniger Wörtern oder setzen Sie einen Filter zurück.</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>%1 of %2 exercises</source>
        <translation>%1 von %2 Übungen</translation>
    </message>
</context>
<context>
    <name>limber::app::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>The plan of that session (%1) is no longer available.</source>
        <translation>Der Plan dieser Einheit (%1) ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Your journal is not open, so a plan cannot be followed right now.</source>
        <translation>Ihr Tagebuch ist nicht geöffnet, daher können Sie gerade keinem Plan folgen.</translation>
    </message>
    <message>
        <source>Your journal is not open, so pain cannot be logged right now.</source>
        <translation>Ihr Tagebuch ist nicht geöffnet, daher können Sie gerade keine Schmerzen eintragen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Stand up and move for a few minutes.</source>
        <translation>Stehen Sie auf und bewegen Sie sich ein paar Minuten.</translation>
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation>Der Start bei der Anmeldung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Limber is still here</source>
        <translation>Limber läuft weiter</translation>
    </message>
    <message>
        <source>It keeps reminding you to take breaks from the tray. To quit, use Quit Limber in its menu.</source>
        <translation>Limber erinnert Sie weiterhin aus dem Infobereich an Ihre Pausen. Zum Beenden wählen Sie „Limber beenden“ in seinem Menü.</translation>
    </message>
</context>
<context>
    <name>limber::app::PainEntryModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>limber::app::PainLogDialog</name>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation>Wie stark schmerzt Ihr Rücken gerade?</translation>
    </message>
    <message>
        <source>Click where it hurts (optional); the other side too if both hurt.</source>
        <translation>Klicken Sie an, wo es wehtut (optional); wenn beide Seiten wehtun, auch die andere Seite.</translation>
    </message>
    <message>
        <source>Anything worth remembering (optional)</source>
        <translation>Was Sie festhalten möchten (optional)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What it feels like</source>
        <translation>Wie es sich anfühlt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>New or worrying symptom?</source>
        <translation>Neues oder beunruhigendes Symptom?</translation>
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation>Speichern  (Enter)</translation>
    </message>
    <message>
        <source>Change a pain entry</source>
        <translation>Schmerzeintrag ändern</translation>
    </message>
</context>
<context>
    <name>limber::app::PegDialog</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Three questions about the past week (the PEG scale, Krebs et al. 2009).</source>
        <translation>Drei Fragen zur vergangenen Woche (die PEG-Skala, Krebs et al. 2009).</translation>
    </message>
    <message>
        <source>“What number best describes your pain on average in the past week?”</source>
        <translation>„Welche Zahl beschreibt am besten Ihre durchschnittlichen Schmerzen in der vergangenen Woche?“</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>pain as bad as you can imagine</source>
        <translation>schlimmster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>“What number best describes how, during the past week, pain has interfered with your enjoyment of life?”</source>
        <translation>„Welche Zahl beschreibt am besten, wie sehr Schmerzen in der vergangenen Woche Ihre Lebensfreude beeinträchtigt haben?“</translation>
    </message>
    <message>
        <source>does not interfere</source>
        <translation>keine Beeinträchtigung</translation>
    </message>
    <message>
        <source>completely interferes</source>
        <translation>völlige Beeinträchtigung</translation>
    </message>
    <message>
        <source>“What number best describes how, during the past week, pain has interfered with your general activity?”</source>
        <translation>„Welche Zahl beschreibt am besten, wie sehr Schmerzen in der vergangenen Woche Ihre allgemeine Aktivität beeinträchtigt haben?“</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>limber::app::PlanEditorDialog</name>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Plan bearbeiten</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Limber plans (*.json)</source>
        <translation>Limber-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Your physio&apos;s name (optional)</source>
        <translation>Name Ihrer Physiotherapeutin oder Ihres Physiotherapeuten (optional)</translation>
    </message>
    <message>
        <source>One line on what the plan is for (optional)</source>
        <translation>Eine Zeile dazu, wofür der Plan gedacht ist (optional)</translation>
    </message>
    <message>
        <source>Advice for every session (optional)</source>
        <translation>Hinweise für jede Einheit (optional)</translation>
    </message>
    <message>
        <source>On a schedule</source>
        <translation>Nach Zeitplan</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Progress while pain allows</source>
        <translation>Steigern, solange der Schmerz es zulässt</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <source> reps</source>
        <translation> Wdh.</translation>
    </message>
    <message>
        <source> s hold</source>
        <translation> s Halten</translation>
    </message>
    <message>
        <source> sets</source>
        <translation> Sätze</translation>
    </message>
    <message>
        <source>After every</source>
        <translation>Nach jeweils</translation>
    </message>
    <message>
        <source>Add up to</source>
        <translation>Erhöhen um bis zu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Drag an exercise to change the order</source>
        <translation>Ziehen Sie eine Übung, um die Reihenfolge zu ändern</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Hinzuzufügende Übung</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Sets: </source>
        <translation>Sätze: </translation>
    </message>
    <message>
        <source>Reps: </source>
        <translation>Wdh.: </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold: </source>
        <translation>Halten: </translation>
    </message>
    <message>
        <source>Rest: </source>
        <translation>Pause: </translation>
    </message>
    <message>
        <source>Time: </source>
        <translation>Dauer: </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Each side</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Every set on the left, then on the right</source>
        <translation>Jeder Satz erst links, dann rechts</translation>
    </message>
    <message>
        <source>A note for this exercise (optional)</source>
        <translation>Eine Notiz zu dieser Übung (optional)</translation>
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation>Übungen, der Reihe nach</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>assigned by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>Steigerung</translation>
    </message>
    <message>
        <source>progression step</source>
        <translation>Steigerungsschritt</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Änderung: %1</translation>
    </message>
    <message>
        <source>exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Before this plan can be saved: %1</source>
        <translation>Bevor dieser Plan gespeichert werden kann: %1</translation>
    </message>
    <message>
        <source>Holds: </source>
        <translation>Haltephasen: </translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Auf Zeit</translation>
    </message>
</context>
<context>
    <name>limber::app::PlanReviewDialog</name>
    <message>
        <source>Your plan after the last session</source>
        <translation>Ihr Plan nach der letzten Einheit</translation>
    </message>
    <message>
        <source>How your last session went suggests a change. Take the ones you agree with.</source>
        <translation>Ihre letzte Einheit legt eine Änderung nahe. Übernehmen Sie die, mit denen Sie einverstanden sind.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>Step up · </source>
        <translation>Steigern · </translation>
    </message>
    <message>
        <source>Ease off · </source>
        <translation>Zurücknehmen · </translation>
    </message>
    <message>
        <source>This follows a rule physios use (pain during exercise up to 5 out of 10 is acceptable if it settles by the next morning); it is not a diagnosis. If in doubt, ask your physio.</source>
        <translation>Das folgt einer Regel aus der Physiotherapie (Schmerzen bis 5 von 10 während der Übungen sind in Ordnung, wenn sie bis zum nächsten Morgen abklingen); es ist keine Diagnose. Fragen Sie im Zweifel in Ihrer Physiotherapie nach.</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Meine Antworten speichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>limber::app::PlansPage</name>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>A routine: whenever you like</source>
        <translation>Eine Routine: wann immer Sie möchten</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s of hold</source>
        <translation>%1 s Haltezeit</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Progresses while pain allows: after every %n session(s) at a dose, Limber may suggest adding %1.</source>
        <translation>
            <numerusform>Steigerung, solange der Schmerz es zulässt: Nach jeweils %n Einheit mit derselben Dosierung kann Limber vorschlagen, %1 hinzuzufügen.</numerusform>
            <numerusform>Steigerung, solange der Schmerz es zulässt: Nach jeweils %n Einheiten mit derselben Dosierung kann Limber vorschlagen, %1 hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>Limber plans (*.json)</source>
        <translation>Limber-Pläne (*.json)</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Plan exportieren</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Handzettel speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Import a plan file…</source>
        <translation>Plandatei importieren…</translation>
    </message>
    <message>
        <source>A plan from your physio (a .json file). You can also drop the file on this page.</source>
        <translation>Ein Plan aus Ihrer Physiotherapie (eine .json-Datei). Sie können die Datei auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Neuer Plan…</translation>
    </message>
    <message>
        <source>First day of the plan</source>
        <translation>Erster Tag des Plans</translation>
    </message>
    <message>
        <source>Follow this plan</source>
        <translation>Diesem Plan folgen</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <source>Play now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Kopie bearbeiten…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Handout (PDF)…</source>
        <translation>Handzettel (PDF)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>You are following &quot;%1&quot;. Follow &quot;%2&quot; instead? Your record of the first is kept.</source>
        <translation>Sie folgen gerade dem Plan „%1“. Stattdessen „%2“ folgen? Ihre Aufzeichnungen zum ersten Plan bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stop following &quot;%1&quot;? Your record of it is kept.</source>
        <translation>Dem Plan „%1“ nicht mehr folgen? Ihre Aufzeichnungen dazu bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 is not a plan Limber can use, so nothing was imported.</source>
        <translation>%1 ist kein Plan, den Limber verwenden kann, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>You already have a plan &quot;%1&quot;. Replace it with the one in %2?</source>
        <translation>Sie haben bereits einen Plan „%1“. Durch den Plan aus %2 ersetzen?</translation>
    </message>
    <message>
        <source>Could not save the plan in %1: %2</source>
        <translation>Der Plan konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Come with Limber</source>
        <translation>In Limber enthalten</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Ihre Pläne</translation>
    </message>
    <message>
        <source>Routine, %1</source>
        <translation>Routine, %1</translation>
    </message>
    <message>
        <source>%1
has problems</source>
        <translation>%1
enthält Probleme</translation>
    </message>
    <message>
        <source> · following</source>
        <translation> · aktiv</translation>
    </message>
    <message>
        <source>Comes with Limber</source>
        <translation>In Limber enthalten</translation>
    </message>
    <message>
        <source>None yet: import your physio&apos;s file
or make one with New plan</source>
        <translation>Noch keine: Importieren Sie die Datei Ihrer Physiotherapie
oder erstellen Sie einen mit „Neuer Plan“</translation>
    </message>
    <message>
        <source>No plans yet. Import the file your physio gave you, or make one with New plan.</source>
        <translation>Noch keine Pläne. Importieren Sie die Datei, die Sie von Ihrer Physiotherapie bekommen haben, oder erstellen Sie einen mit „Neuer Plan“.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This file has problems and cannot be used until they are fixed:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Datei enthält Probleme und kann erst verwendet werden, wenn sie behoben sind:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>it starts on %1</source>
        <translation>Beginn am %1</translation>
    </message>
    <message>
        <source>its weeks are over</source>
        <translation>Alle Wochen sind geschafft</translation>
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>You are following &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>Sie folgen dem Plan &lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (meine Kopie)</translation>
    </message>
    <message>
        <source>Delete the plan &quot;%1&quot;? Your journal keeps the sessions you did with it.</source>
        <translation>Den Plan „%1“ löschen? Die Einheiten, die Sie damit gemacht haben, bleiben in Ihrem Tagebuch erhalten.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>limber::app::PlayerPage</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (Taste: %2)</translation>
    </message>
    <message>
        <source>Stop the session?</source>
        <translation>Einheit beenden?</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept in your journal.</source>
        <translation>Jetzt beenden? Was Sie bisher gemacht haben, bleibt in Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation>Wie stark schmerzt Ihr Rücken gerade?</translation>
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation>Starten  (Enter)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Beeps</source>
        <translation>Signaltöne</translation>
    </message>
    <message>
        <source>A beep on the 3-2-1 countdown and at each change of phase</source>
        <translation>Ein Signalton beim 3-2-1-Countdown und bei jedem Phasenwechsel</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>The exercise, its position and what to do, spoken, so you need not look</source>
        <translation>Übung, Position und Ablauf werden angesagt, sodass Sie nicht hinschauen müssen</translation>
    </message>
    <message>
        <source>Noted: this exercise hurt. Where there is an easier version, it will be offered next time.</source>
        <translation>Notiert: Diese Übung hat wehgetan. Wenn es eine leichtere Variante gibt, wird sie Ihnen beim nächsten Mal angeboten.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>←</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <source>Count a rep</source>
        <translation>Wiederholung zählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>10 s more</source>
        <translation>10 s länger</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Das tut weh</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Large type</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>At its worst during the session, how much did it hurt?</source>
        <translation>Wie stark waren die Schmerzen während der Einheit im schlimmsten Moment?</translation>
    </message>
    <message>
        <source>And how much does your back hurt now?</source>
        <translation>Und wie stark schmerzt Ihr Rücken jetzt?</translation>
    </message>
    <message>
        <source>Done  (Enter)</source>
        <translation>Fertig  (Enter)</translation>
    </message>
    <message>
        <source>%1 hurt last time: do %2 instead</source>
        <translation>%1 hat letztes Mal wehgetan: stattdessen %2 machen</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 exercises · %3&lt;ol&gt;%4&lt;/ol&gt;</source>
        <translation>%1&lt;br&gt;%2 Übungen · %3&lt;ol&gt;%4&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Last exercise</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Get ready — %1</source>
        <translation>Bereit machen – %1</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch to the %1</source>
        <translation>Wechsel auf die %1</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>hold %1 of %2</source>
        <translation>Haltephase %1 von %2</translation>
    </message>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Exercise %1 of %2  ·  %3 left</source>
        <translation>Übung %1 von %2  ·  noch %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Session stopped.</source>
        <translation>Einheit beendet.</translation>
    </message>
    <message>
        <source>%1 of %2 exercises done, %3 of exercise in %4.</source>
        <translation>%1 von %2 Übungen erledigt, %3 Übungszeit in %4.</translation>
    </message>
    <message>
        <source>%1 skipped or cut short.</source>
        <translation>%1 übersprungen oder abgekürzt.</translation>
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation>In Ihrem Tagebuch gespeichert.</translation>
    </message>
</context>
<context>
    <name>limber::app::RedFlagDialog</name>
    <message>
        <source>Before you exercise</source>
        <translation>Bevor Sie üben</translation>
    </message>
    <message>
        <source>A few signs mean back pain needs a health professional before any exercise. Tick any that you have now.</source>
        <translation>Bei einigen Anzeichen sollten Rückenschmerzen medizinisch abgeklärt werden, bevor Sie überhaupt Übungen machen. Kreuzen Sie alle an, die jetzt auf Sie zutreffen.</translation>
    </message>
    <message>
        <source>Signs that need help straight away</source>
        <translation>Anzeichen, bei denen Sie sofort Hilfe brauchen</translation>
    </message>
    <message>
        <source>Signs that need a doctor soon</source>
        <translation>Anzeichen, die bald ärztlich abgeklärt werden sollten</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Keines davon</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Meine Antworten speichern</translation>
    </message>
</context>
<context>
    <name>limber::app::ReminderPopup</name>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Time to stand up and move</source>
        <translation>Zeit, aufzustehen und sich zu bewegen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später erinnern</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>You have skipped as many breaks today as you allowed yourself</source>
        <translation>Sie haben heute schon so viele Pausen übersprungen, wie Sie sich erlaubt haben</translation>
    </message>
    <message>
        <source>You have been at it for a while. %1 takes about %2 min: a good moment for it.</source>
        <translation>Sie sind schon eine Weile dabei. %1 dauert etwa %2 min: ein guter Moment dafür.</translation>
    </message>
    <message>
        <source>You have been at it for a while: stand up, walk a little, look into the distance.</source>
        <translation>Sie sind schon eine Weile dabei: Stehen Sie auf, gehen Sie ein paar Schritte und schauen Sie in die Ferne.</translation>
    </message>
</context>
<context>
    <name>limber::app::ScorePicker</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>worst imaginable</source>
        <translation>schlimmstmöglich</translation>
    </message>
</context>
<context>
    <name>limber::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <translation>Pausenerinnerungen</translation>
    </message>
    <message>
        <source>Remind me to take a break</source>
        <translation>An Pausen erinnern</translation>
    </message>
    <message>
        <source> min of work</source>
        <translation> min Arbeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>counts as a break once it lasts a break&apos;s length</source>
        <translation>zählt als Pause, sobald sie so lange dauert wie eine Pause</translation>
    </message>
    <message>
        <source>pauses the timer</source>
        <translation>hält den Timer an</translation>
    </message>
    <message>
        <source>is ignored: the timer runs on</source>
        <translation>wird nicht beachtet: Der Timer läuft weiter</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A break lasts</source>
        <translation>Eine Pause dauert</translation>
    </message>
    <message>
        <source>Work hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation>Überspringbare Pausen pro Tag</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Sprache</translation>
    </message>
    <message>
        <source>Beeps on the countdown and at each change</source>
        <translation>Signaltöne beim Countdown und bei jedem Wechsel</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>Voice speed</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>langsamer</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>schneller</translation>
    </message>
    <message>
        <source>Sessions and look</source>
        <translation>Einheiten und Darstellung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>For routines and plans that do not set their own</source>
        <translation>Für Routinen und Pläne, die keine eigene Vorbereitungszeit festlegen</translation>
    </message>
    <message>
        <source>Like the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Start Limber when I log in (in the background)</source>
        <translation>Limber bei der Anmeldung starten (im Hintergrund)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation>Vorbereitung vor jeder Übung</translation>
    </message>
    <message>
        <source>Look (from the next start)</source>
        <translation>Darstellung (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Time away</source>
        <translation>Abwesenheit</translation>
    </message>
</context>
<context>
    <name>limber::app::TimerRing</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>limber::app::TodayPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Log pain  (Ctrl+L)</source>
        <translation>Schmerz eintragen  (Strg+L)</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Three questions about your week: once a week shows how pain affects your life</source>
        <translation>Drei Fragen zu Ihrer Woche: Einmal pro Woche beantwortet, zeigen sie, wie sich Schmerzen auf Ihr Leben auswirken</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>I have been assessed by a health professional</source>
        <translation>Ich wurde medizinisch untersucht</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <source>A break at your desk</source>
        <translation>Eine Bewegungspause am Schreibtisch</translation>
    </message>
    <message>
        <source>Longer plans</source>
        <translation>Längere Pläne</translation>
    </message>
    <message>
        <source>%1  ·  %2 weeks  ·  %3 a session</source>
        <translation>%1  ·  %2 Wochen  ·  %3 pro Einheit</translation>
    </message>
    <message>
        <source>after 1 exercise</source>
        <translation>nach 1 Übung</translation>
    </message>
    <message>
        <source>after %1 exercises</source>
        <translation>nach %1 Übungen</translation>
    </message>
    <message>
        <source>You stopped “%1” part-way on %2, %3. Carry on where you left off?</source>
        <translation>Sie haben „%1“ am %2 vorzeitig beendet (%3). Möchten Sie dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>Your plan starts on %1.</source>
        <translation>Ihr Plan beginnt am %1.</translation>
    </message>
    <message>
        <source>Try a session now</source>
        <translation>Jetzt eine Einheit ausprobieren</translation>
    </message>
    <message numerus="yes">
        <source>Its %n week(s) are over: well done. Ask your physio what comes next, or follow it again from the Plans page.</source>
        <translation>
            <numerusform>Die %n Woche dieses Plans ist geschafft – gut gemacht. Fragen Sie in Ihrer Physiotherapie, wie es weitergeht, oder folgen Sie dem Plan auf der Seite „Pläne“ noch einmal.</numerusform>
            <numerusform>Die %n Wochen dieses Plans sind geschafft – gut gemacht. Fragen Sie in Ihrer Physiotherapie, wie es weitergeht, oder folgen Sie dem Plan auf der Seite „Pläne“ noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Play it again</source>
        <translation>Noch einmal starten</translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>%1 ◐</source>
        <translation>%1 ◐</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;%1 missed&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;%1 verpasst&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 today&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 heute&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Week %1 of %2 · %3 of %n session(s) done this week&lt;br&gt;%4</source>
        <translation>
            <numerusform>Woche %1 von %2 · %3 von %n Einheit diese Woche erledigt&lt;br&gt;%4</numerusform>
            <numerusform>Woche %1 von %2 · %3 von %n Einheiten diese Woche erledigt&lt;br&gt;%4</numerusform>
        </translation>
    </message>
    <message>
        <source>Done today: play again</source>
        <translation>Heute erledigt: noch einmal starten</translation>
    </message>
    <message>
        <source>Play a session anyway</source>
        <translation>Trotzdem eine Einheit starten</translation>
    </message>
    <message>
        <source>1 suggested change…</source>
        <translation>1 Änderungsvorschlag…</translation>
    </message>
    <message>
        <source>%1 suggested changes…</source>
        <translation>%1 Änderungsvorschläge…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No streak yet&lt;/b&gt;&lt;br&gt;A short break today starts one.</source>
        <translation>&lt;b&gt;Noch keine Serie&lt;/b&gt;&lt;br&gt;Mit einer kurzen Bewegungspause heute beginnt eine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 day&lt;/b&gt;&lt;br&gt;with a session: keep it going</source>
        <translation>&lt;b&gt;1 Tag&lt;/b&gt;&lt;br&gt;mit einer Einheit: Bleiben Sie dran</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 days&lt;/b&gt;&lt;br&gt;in a row with a session</source>
        <translation>&lt;b&gt;%1 Tage&lt;/b&gt;&lt;br&gt;in Folge mit einer Einheit</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pain logged yet&lt;/b&gt;&lt;br&gt;Log how your back feels to see it change.</source>
        <translation>&lt;b&gt;Noch keine Schmerzen eingetragen&lt;/b&gt;&lt;br&gt;Tragen Sie ein, wie sich Ihr Rücken anfühlt, um Veränderungen zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain %1 / 10&lt;/b&gt;&lt;br&gt;last logged %2</source>
        <translation>&lt;b&gt;Schmerz %1 / 10&lt;/b&gt;&lt;br&gt;zuletzt eingetragen am %2</translation>
    </message>
</context>
<context>
    <name>limber::app::Tray</name>
    <message>
        <source>Start a quick routine</source>
        <translation>Kurze Routine starten</translation>
    </message>
    <message>
        <source>Log pain…</source>
        <translation>Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Open Limber</source>
        <translation>Limber öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit Limber</source>
        <translation>Limber beenden</translation>
    </message>
    <message>
        <source>Limber</source>
        <translation>Limber</translation>
    </message>
    <message>
        <source>Start a quick routine: %1</source>
        <translation>Kurze Routine starten: %1</translation>
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation>Erinnerungen sind pausiert</translation>
    </message>
    <message>
        <source>Reminders are off</source>
        <translation>Erinnerungen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>No break due: outside your work hours</source>
        <translation>Keine Pause fällig: außerhalb Ihrer Arbeitszeit</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message numerus="yes">
        <source>Next break in %n minute(s)</source>
        <translation>
            <numerusform>Nächste Pause in %n Minute</numerusform>
            <numerusform>Nächste Pause in %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided back-exercise sessions and a private pain journal.</source>
        <translation>Angeleitete Rückenübungen und ein privates Schmerztagebuch.</translation>
    </message>
    <message>
        <source>Use this journal file.</source>
        <translation>Diese Tagebuchdatei verwenden.</translation>
    </message>
    <message>
        <source>Use this exercise catalog instead of the built-in one.</source>
        <translation>Diesen Übungskatalog statt des eingebauten verwenden.</translation>
    </message>
    <message>
        <source>Open the player on this plan (a plan file or a plan id).</source>
        <translation>Das Training mit diesem Plan öffnen (eine Plandatei oder eine Plan-ID).</translation>
    </message>
    <message>
        <source>Render a page offscreen, save it as PNG and quit.</source>
        <translation>Eine Seite im Hintergrund rendern, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>The window size for --screenshot, e.g. 1180x2400.</source>
        <translation>Die Fenstergröße für --screenshot, z. B. 1180x2400.</translation>
    </message>
    <message>
        <source>Print the wall-clock time (ns since the epoch) of the first painted frame and quit.</source>
        <translation>Die Uhrzeit (ns seit der Epoche) des ersten gezeichneten Bildes ausgeben und beenden.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT, each 200 to 8000 pixels</source>
        <translation>--size %1: erwartet BREITExHÖHE, jeweils 200 bis 8000 Pixel</translation>
    </message>
    <message>
        <source>Start in the tray without a window (as at login), where there is a tray.</source>
        <translation>Ohne Fenster im Infobereich starten (wie bei der Anmeldung), sofern es einen Infobereich gibt.</translation>
    </message>
    <message>
        <source>A plan file to import into your plans (as when opened from the file manager).</source>
        <translation>Eine Plandatei, die in Ihre Pläne importiert werden soll (wie beim Öffnen aus dem Dateimanager).</translation>
    </message>
    <message>
        <source>The page to show: today, plans, library, player, journal (for --screenshot also log-pain, plan-editor, settings, reminder).</source>
        <translation>Die anzuzeigende Seite: today, plans, library, player, journal (für --screenshot auch log-pain, plan-editor, settings, reminder).</translation>
    </message>
    <message>
        <source>Draw every exercise&apos;s key poses on one sheet, save it as PNG and quit.</source>
        <translation>Die Schlüsselhaltungen aller Übungen auf ein Blatt zeichnen, als PNG speichern und beenden.</translation>
    </message>
</context>
</TS>
