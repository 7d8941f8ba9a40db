<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Dose</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hold %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 × %2 hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, each side</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExerciseDelegate</name>
    <message>
        <source>at the desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>an exercise catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a key of capital letters, digits, '-' and '_' (at most 32)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate id: already used at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an exercise cannot be its own %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected the id of an exercise in the catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>desk_friendly may be true only for a seated or standing exercise that needs nothing beyond a chair or a wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a timed exercise cannot be done per side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 1 to 4 key poses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside what this joint does: %1 to %2 degrees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pose puts %1 through the floor, %2 cm below it on a 1.75 m figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected null or an exercise id in kebab-case (a-z, 0-9, single '-')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an id in kebab-case: a-z, 0-9 and single '-', at most 64 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing the tempo: give one of "tempo_seconds", "tempo" or "self_paced"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected exactly one of "tempo_seconds", "tempo" and "self_paced"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected true; to pace the reps give "tempo_seconds" or "tempo" instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 1 to 5 tempo steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (found %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of 1 item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an array of %1 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object of 1 item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an object of %1 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty; expected a JSON document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the document nests arrays or objects deeper than %1 levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected "%1": this is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected version %1: this file needs a newer Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected the integer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a whole number of seconds (1.5 is fine, 0.01 is not)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field (allowed here: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this field appears more than once in the object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing required field "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an integer from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number above %1 and at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a non-empty string of at most %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each entry may appear only once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected at least one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each value may appear only once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too large (at most %1 MiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read: this is a folder, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a real date written YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected at least one of "reps", "hold_seconds", "sets", "minutes"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 1 to 100 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another item of this plan already embeds an exercise with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected the id of another exercise in the catalog or in this plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an exercise id or an exercise object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no exercise with this id in the catalog</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>cannot create the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a Limber journal; it was left as it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the journal is damaged or truncated; it was left as it is (restore it from a backup, or move it away to start a new one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the journal was written by a newer version of Limber; update Limber to open it (it was left as it is)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write to the journal; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such record in the journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value the journal cannot store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Stretch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strengthening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aerobic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Glutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hamstrings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lying on your back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lying face down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On hands and knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kneeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lying on your side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Towel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Foam roller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stability ball</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resistance band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Doorway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step or stairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buttocks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shooting or stabbing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spreading down a leg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stiffness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbness or tingling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>During work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the evening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 for %n week(s)</source>
        <translation><numerusform>%1 for %n week</numerusform><numerusform>%1 for %n weeks</numerusform></translation>
    </message>
</context>
<context>
    <name>Position</name>
    <message>
        <source>seated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lying on your back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lying face down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on hands and knees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kneeling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lying on your side</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>%1/10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain during the session reached %1 (the limit is %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain during the session reached %1 (the limit is %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You pressed "This hurt" on this exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you pressed "This hurt" on this exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain the next morning (%1) was worse than before the session (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain the next morning (%1) was worse than before the session (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your average pain this week was %1 points higher than last week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your average pain this week was %1 points higher than last week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from before the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from during the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the next morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is the top of this exercise's range, so switch to %3 at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is the top of this exercise's range and there is no harder exercise in the catalog, so keep it and ask your physio what comes next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is already the lowest dose, so switch to %3 at %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is already the lowest dose and there is no easier exercise in the catalog, so keep it and ask your physio what comes next.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: keep %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning signs were reported: stop this exercise and get it checked by a doctor or physio before doing it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough to go on yet, with no pain score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>had settled by the next morning (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain during the session reached %1, which is acceptable but not low enough to step up, and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The session was not finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exercise was not done in the session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan does not ask for the dose to go up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain during the session stayed at %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, so 1 more session at this dose first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, so %2 more sessions at this dose first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, but your plan's step does not change this kind of exercise</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A routine: whenever you need a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and get advice if pain becomes sharp, spreads into a leg, or comes with numbness, weakness or changes in bladder or bowel control. Mild discomfort that settles by the next morning is normal when starting to exercise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough entries yet to judge a change (two separate weeks are needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaningful improvement: 7-day mean %1 against %2 in the first week (%3 points, %4 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meaningful worsening: 7-day mean %1 against %2 in the first week (+%3 points, +%4 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within day-to-day variation: 7-day mean %1 against %2 in the first week (%3 points).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan and adherence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, assigned by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1, %2, for %3 weeks%4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; stopped on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this period: %1 sessions scheduled, %2 done, %3 partly done, %4 missed%5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1 % done)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stepped up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step up declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eased off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>easing off declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the plan changed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plan was followed in Limber during this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back exercise and pain report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepared by Limber from the person's own journal (pain 0–10, NPRS). It records what the person reported; it is not a diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dots: pain on each day (mean of that day's entries). Line: 7-day mean. Scale 0 (no pain) to 10 (worst imaginable). A change of about 2 points or 30 % is the size studies count as meaningful.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (skipped or cut short)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (hurt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>said a health professional had assessed them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered the safety questions, no to every one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered yes to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning signs reported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None reported with pain entries in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Safety questions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEG (pain, enjoyment of life, general activity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest: %1 on %2 (items %3, %4, %5).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Have you lost control of your bladder or bowels, or found it suddenly hard to pass urine?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is there numbness or tingling around your genitals, buttocks, back passage or inner thighs?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you have pain, numbness, tingling or weakness in both legs, or sudden trouble walking?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you have chest pain?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Did the pain start after a fall, an accident or a blow to your back?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you have a fever together with pain or throbbing in your belly?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you have new numbness or tingling in your back, one leg or one arm?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you have a high temperature, or feel hot and shivery?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have you lost weight without trying?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is there a lump, swelling or redness on your back, or has its shape changed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is the pain constant, worse at night or when lying down, and not eased by rest?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does coughing, sneezing or going to the toilet make the pain much worse?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the pain come from high in your back, between the shoulder blades?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does the pain spread down a leg, below the knee?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is this your first back pain after 50, or have you had cancer, osteoporosis, long-term steroids, or drug or alcohol problems?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do you have severe neck pain, or weakness or tingling in an arm or hand?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have you felt dizzy or had trouble seeing while moving your neck?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Has the pain been getting worse, or not improved after two weeks of exercise and self-care?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get medical help now. Call your emergency number (999 in the UK, 112 in Europe, 911 in North America) or go to an emergency department. These signs can mean pressure on the nerves at the base of the spine or another serious problem that needs treatment straight away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See a doctor soon: today if you can, or call your doctor's surgery or a non-emergency helpline (111 in the UK). These signs need a professional to look at them before you carry on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please do not do back exercises until you have been assessed. Limber will not suggest exercises until you tell it you have been.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You answered yes to:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::AudioCues</name>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Well done. That's the session complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1. %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to the right side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reps, at your own pace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep going for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last rep.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::BodyMap</name>
    <message>
        <source>Nothing chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, left side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, right side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, both sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where it hurts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L</source>
        <extracomment>Under the figure seen from the back: the person's left and right sides, as one letter each.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::ExerciseDetailView</name>
    <message>
        <source>rest %1 s between holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at your own pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about %1 s a rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rest %1 s between sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at a comfortable, steady pace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DEFAULT DOSE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an exercise to see how to do it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desk-friendly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Harder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Easier and harder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too much today? Try %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feels easy? Move on to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Works on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You need:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing but a little space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move slowly and stop if you feel sharp, spreading or new pain, numbness or dizziness. Limber is a guide, not a diagnosis: if you are unsure whether an exercise suits you, ask a doctor or physiotherapist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::FigureView</name>
    <message>
        <source>A figure showing the exercise</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::FileProblemsDialog</name>
    <message>
        <source>Problems in a file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. The file was left as it is; fix these and try again.</source>
        <translation><numerusform>%n problem found. The file was left as it is; fix these and try again.</numerusform><numerusform>%n problems found. The file was left as it is; fix these and try again.</numerusform></translation>
    </message>
</context>
<context>
    <name>limber::app::JournalPage</name>
    <message>
        <source>Keep logging: after two weeks Limber can tell you whether your pain is changing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Your pain has come down in a way that matters:&lt;/b&gt; the last 7 days average %1, against %2 in your first week (%3 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Your pain has gone up in a way that matters:&lt;/b&gt; the last 7 days average %1, against %2 in your first week. If it keeps rising, talk to a health professional.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last 7 days average %1, against %2 in your first week: within ordinary day-to-day variation (a change that matters is about 2 points, or 30 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limber-report.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log pain  (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing logged yet. Press Ctrl+L to note how your back feels; log at the same time each day and the weeks will show whether it is getting better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click an entry to change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete entry  (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export FHIR…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your journal, for your physio or another program. Nothing is sent anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report for my physio (PDF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last 4 weeks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last 8 weeks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last 3 months…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since the plan started…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Range of the charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain, day by day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a routine from Today and your sessions and active minutes will show here, week by week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow a plan from your physio (Plans page) and this shows, week by week, how many of its sessions you did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once a week Limber asks three short questions about pain and how much it gets in the way (the PEG). Your answers will be charted here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions and active minutes per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan: sessions done per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEG: pain and how much it gets in the way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, %1 hurt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7-day mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEG (0–10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEG score</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::LibraryPage</name>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search exercises, e.g. “neck” or “cat”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All body areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No equipment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only exercises you can do seated or standing at a desk, with nothing but a chair or a wall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No exercise matches these filters.
Try fewer words or clear a filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 exercises</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::MainWindow</name>
    <message>
        <source>Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan of that session (%1) is no longer available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your journal is not open, so a plan cannot be followed right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your journal is not open, so pain cannot be logged right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time for a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stand up and move for a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not change starting at login: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limber is still here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It keeps reminding you to take breaks from the tray. To quit, use Quit Limber in its menu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PainEntryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PainLogDialog</name>
    <message>
        <source>Log pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click where it hurts (optional); the other side too if both hurt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything worth remembering (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it feels like</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New or worrying symptom?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save  (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a pain entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PegDialog</name>
    <message>
        <source>Weekly check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three questions about the past week (the PEG scale, Krebs et al. 2009).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“What number best describes your pain on average in the past week?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pain as bad as you can imagine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“What number best describes how, during the past week, pain has interfered with your enjoyment of life?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not interfere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completely interferes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“What number best describes how, during the past week, pain has interfered with your general activity?”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PlanEditorDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limber plans (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your physio's name (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line on what the plan is for (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice for every session (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On a schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starts on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress while pain allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag an exercise to change the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reps: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note for this exercise (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercises, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>progression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>progression step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before this plan can be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every set on the left, then on the right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sides</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PlanReviewDialog</name>
    <message>
        <source>Your plan after the last session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How your last session went suggests a change. Take the ones you agree with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step up · </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ease off · </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This follows a rule physios use (pain during exercise up to 5 out of 10 is acceptable if it settles by the next morning); it is not a diagnosis. If in doubt, ask your physio.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save my answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PlansPage</name>
    <message>
        <source>about %1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A routine: whenever you like</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation><numerusform>%n rep</numerusform><numerusform>%n reps</numerusform></translation>
    </message>
    <message>
        <source>%1 s of hold</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation><numerusform>%n set</numerusform><numerusform>%n sets</numerusform></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Progresses while pain allows: after every %n session(s) at a dose, Limber may suggest adding %1.</source>
        <translation><numerusform>Progresses while pain allows: after every %n session at a dose, Limber may suggest adding %1.</numerusform><numerusform>Progresses while pain allows: after every %n sessions at a dose, Limber may suggest adding %1.</numerusform></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limber plans (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a plan file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan from your physio (a .json file). You can also drop the file on this page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day of the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow this plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handout (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are following "%1". Follow "%2" instead? Your record of the first is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop following "%1"? Your record of it is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a plan Limber can use, so nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You already have a plan "%1". Replace it with the one in %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the plan in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Come with Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routine, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
has problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · following</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comes with Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet: import your physio's file
or make one with New plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plans yet. Import the file your physio gave you, or make one with New plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;This file has problems and cannot be used until they are fixed:&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it starts on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its weeks are over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>week %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are following &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the plan "%1"? Your journal keeps the sessions you did with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::PlayerPage</name>
    <message>
        <source>left side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>right side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the session?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop now? What you have done so far is kept in your journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How much does your back hurt right now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start  (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A beep on the 3-2-1 countdown and at each change of phase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exercise, its position and what to do, spoken, so you need not look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noted: this exercise hurt. Where there is an easier version, it will be offered next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>←</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>→</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count a rep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 s more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This hurt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At its worst during the session, how much did it hurt?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>And how much does your back hurt now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done  (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 hurt last time: do %2 instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&lt;br&gt;%2 exercises · %3&lt;ol&gt;%4&lt;/ol&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get ready — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to the %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hold %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>get ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switch sides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exercise %1 of %2  ·  %3 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Well done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 exercises done, %3 of exercise in %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 skipped or cut short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved in your journal.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::RedFlagDialog</name>
    <message>
        <source>Before you exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A few signs mean back pain needs a health professional before any exercise. Tick any that you have now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs that need help straight away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs that need a doctor soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save my answers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::ReminderPopup</name>
    <message>
        <source>Time for a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to stand up and move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have skipped as many breaks today as you allowed yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have been at it for a while. %1 takes about %2 min: a good moment for it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have been at it for a while: stand up, walk a little, look into the distance.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::ScorePicker</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worst imaginable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind me to take a break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min of work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counts as a break once it lasts a break's length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pauses the timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is ignored: the timer runs on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A break lasts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skips allowed a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Beeps on the countdown and at each change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voice speed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>slower</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>faster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions and look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For routines and plans that do not set their own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Like the desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start Limber when I log in (in the background)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Get ready before each exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look (from the next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time away</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::TimerRing</name>
    <message>
        <source>Timer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::TodayPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log pain  (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Three questions about your week: once a week shows how pain affects your life</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carry on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have been assessed by a health professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start today's session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A break at your desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longer plans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  ·  %2 weeks  ·  %3 a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after 1 exercise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>after %1 exercises</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You stopped “%1” part-way on %2, %3. Carry on where you left off?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your plan starts on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try a session now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Its %n week(s) are over: well done. Ask your physio what comes next, or follow it again from the Plans page.</source>
        <translation><numerusform>Its %n week are over: well done. Ask your physio what comes next, or follow it again from the Plans page.</numerusform><numerusform>Its %n weeks are over: well done. Ask your physio what comes next, or follow it again from the Plans page.</numerusform></translation>
    </message>
    <message>
        <source>Play it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ◐</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style='color:gray'&gt;%1 missed&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 today&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Week %1 of %2 · %3 of %n session(s) done this week&lt;br&gt;%4</source>
        <translation><numerusform>Week %1 of %2 · %3 of %n session done this week&lt;br&gt;%4</numerusform><numerusform>Week %1 of %2 · %3 of %n sessions done this week&lt;br&gt;%4</numerusform></translation>
    </message>
    <message>
        <source>Done today: play again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play a session anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 suggested change…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 suggested changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;No streak yet&lt;/b&gt;&lt;br&gt;A short break today starts one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;1 day&lt;/b&gt;&lt;br&gt;with a session: keep it going</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1 days&lt;/b&gt;&lt;br&gt;in a row with a session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;No pain logged yet&lt;/b&gt;&lt;br&gt;Log how your back feels to see it change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Pain %1 / 10&lt;/b&gt;&lt;br&gt;last logged %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>limber::app::Tray</name>
    <message>
        <source>Start a quick routine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log pain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limber</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a quick routine: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders are paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminders are off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No break due: outside your work hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time for a break</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Next break in %n minute(s)</source>
        <translation><numerusform>Next break in %n minute</numerusform><numerusform>Next break in %n minutes</numerusform></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Guided back-exercise sessions and a private pain journal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this journal file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this exercise catalog instead of the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the player on this plan (a plan file or a plan id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render a page offscreen, save it as PNG and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The window size for --screenshot, e.g. 1180x2400.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the wall-clock time (ns since the epoch) of the first painted frame and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size %1: expected WIDTHxHEIGHT, each 200 to 8000 pixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start in the tray without a window (as at login), where there is a tray.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A plan file to import into your plans (as when opened from the file manager).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page to show: today, plans, library, player, journal (for --screenshot also log-pain, plan-editor, settings, reminder).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw every exercise's key poses on one sheet, save it as PNG and quit.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>