#!/usr/bin/env python3
"""Checks a Limber JSON Schema (exercise catalog or plan) against sample files.

Usage:
    check_schema.py SCHEMA [--also-schema FILE]... [--catalog FILE]...
                    [--valid FILE...] [--invalid-dir DIR]

* SCHEMA must itself be a valid draft 2020-12 schema, and so must every --also-schema file.
  The --also-schema files are registered by their "$id" so that SCHEMA's "$ref"s to them
  resolve offline (plan.schema.json refers to catalog.schema.json); a "$ref" to a document
  that is not registered is reported as a failure, never fetched.
* Every --valid file must parse, pass the schema, and pass the rules the schema cannot
  express (see loader_rules below). For a catalog (format "limber-catalog"): unique ids,
  regression/progression resolving within the file and not naming the exercise itself,
  minutes a whole number of seconds. For a plan (format "limber-plan"): exercise ids exist
  in the catalog or are embedded in the plan, embedded ids are unique, embedded exercises
  follow the catalog rules, dose overrides hold only fields of the exercise's mode with its
  ranges, schedule.start is a real date, minutes are whole seconds. The rules that need the
  catalog (an exercise id exists, the mode of a referenced exercise) run only when --catalog
  is given (repeatable: later files are layered over earlier ones, replacing ids).
* DIR holds invalid samples, one problem each, described by three files:
    EXPECTED.tsv     filename<TAB>json-pointer of the problem, one line per *.json in DIR
    LOADER_ONLY.txt  samples the schema cannot reject (the C++ loader must): the schema must
                     accept them and loader_rules must report the problem at the expected
                     pointer (for a plan whose rule needs the catalog, when no --catalog is
                     given, it is enough that the schema accepts it)
    NOT_JSON.txt     samples that are not (strict) JSON: parsing must fail
  Every other sample must be rejected by the schema with errors at exactly one pointer, the
  expected one (so a sample does not fail for an unintended reason too), except that the
  schema reports the desk_friendly rule at position or at an equipment item.

Prints one line per check and a final line "N passed, M failed"; exits 1 if M > 0.
Runs with Debian's python3 and python3-jsonschema (>= 4.10).
"""

import argparse
import datetime
import decimal
import json
import os
import re
import sys
import urllib.parse

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError as e:  # pragma: no cover
    print(f"cannot import jsonschema ({e}); install python3-jsonschema", file=sys.stderr)
    sys.exit(2)

MAX_BYTES = 32 * 1024 * 1024


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def report(self, ok, kind, path, note=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        line = f"{'ok' if ok else 'FAIL':<4} {kind:<6} {display(path)}"
        if note:
            line += f"  ({note})" if ok else f": {note}"
        print(line)


def display(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


# ------------------------------------------------------------------------- parsing

class NotJson(Exception):
    pass


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def parse(path, decimals=False):
    """Strict parse: UTF-8, no NaN/Infinity, nothing after the value, at most 32 MiB."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as e:
        raise NotJson(str(e))
    if len(data) > MAX_BYTES:
        raise NotJson("larger than 32 MiB")
    if not data:
        raise NotJson("empty file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise NotJson(f"not UTF-8: {e}")
    try:
        return json.loads(text, parse_constant=_reject_constant,
                          parse_float=decimal.Decimal if decimals else float)
    except ValueError as e:
        raise NotJson(str(e))


# ------------------------------------------------------------------------- pointers

def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(tokens):
    return "".join("/" + escape(t) for t in tokens)


def parent(ptr):
    return ptr[: ptr.rfind("/")] if ptr else ""


def _canonical(value):
    return json.dumps(value, sort_keys=True)


def error_pointers(error):
    """JSON pointers of the offending values, in the loader's convention: an unknown field is
    reported at the field, a bad key at the key, a duplicate at the second occurrence, a
    missing field at the object that lacks it."""
    base = pointer(error.absolute_path)
    instance, schema = error.instance, error.schema
    if error.validator in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        props = schema.get("properties", {}) if isinstance(schema, dict) else {}
        patterns = schema.get("patternProperties", {}) if isinstance(schema, dict) else {}
        extra = [k for k in instance
                 if k not in props and not any(re.search(p, k) for p in patterns)]
        if extra:
            return [base + "/" + escape(k) for k in extra]
    if error.validator == "propertyNames" or (
            isinstance(instance, str) and error.relative_schema_path
            and "propertyNames" in error.relative_schema_path):
        return [base + "/" + escape(instance)]
    if error.validator == "uniqueItems" and isinstance(instance, list):
        seen = set()
        for i, item in enumerate(instance):
            key = _canonical(item)
            if key in seen:
                return [base + "/" + str(i)]
            seen.add(key)
    return [base]


# ------------------------------------------------------------------------- loader rules

def _whole_seconds(minutes):
    """False when minutes (a number parsed with decimals=True) is not a whole number of seconds."""
    if isinstance(minutes, (int, decimal.Decimal)) and not isinstance(minutes, bool):
        return (decimal.Decimal(minutes) * 60) % 1 == 0
    return True


def exercise_rules(ex, ex_decimal, at, known_ids):
    """Per-exercise catalog rules: regression/progression resolve (when known_ids is not None)
    and do not name the exercise itself; a timed dose's minutes is whole seconds. at is the
    exercise's pointer."""
    problems = []
    for field in ("regression", "progression"):
        target = ex.get(field)
        if not isinstance(target, str):
            continue
        if target == ex.get("id"):
            problems.append((f"{at}/{field}", f"{field} names the exercise itself"))
        elif known_ids is not None and target not in known_ids:
            problems.append((f"{at}/{field}", f"{field} {target!r} is not an exercise id"))
    dose = ex_decimal.get("dose") if isinstance(ex_decimal, dict) else None
    if ex.get("mode") == "timed" and isinstance(dose, dict):
        minutes = dose.get("minutes")
        if not _whole_seconds(minutes):
            problems.append((f"{at}/dose/minutes", f"minutes {minutes} is not a whole number of seconds"))
    return problems


def loader_rules(doc, doc_decimal, catalog=None):
    """The rules of docs/formats.md that the schema cannot express, for a schema-valid
    document: a plan if its format is "limber-plan", otherwise a standalone catalog.
    catalog: {exercise id: mode} from --catalog, or None. Returns a list of (pointer, message)."""
    if isinstance(doc, dict) and doc.get("format") == "limber-plan":
        return plan_rules(doc, doc_decimal, catalog)
    return catalog_rules(doc, doc_decimal)


def catalog_rules(doc, doc_decimal):
    problems = []
    exercises = doc.get("exercises") if isinstance(doc, dict) else None
    if not isinstance(exercises, list):
        return problems
    ids = {}
    for i, ex in enumerate(exercises):
        if isinstance(ex, dict) and isinstance(ex.get("id"), str):
            if ex["id"] in ids:
                problems.append((f"/exercises/{i}/id",
                                 f"duplicate id {ex['id']!r} (first at /exercises/{ids[ex['id']]}/id)"))
            else:
                ids[ex["id"]] = i
    for i, ex in enumerate(exercises):
        if not isinstance(ex, dict):
            continue
        problems += exercise_rules(ex, doc_decimal["exercises"][i], f"/exercises/{i}", ids)
    return problems


# Dose fields of each mode (docs/formats.md, "Dose, by mode"), and the fields whose range is
# narrower in that mode than in the plan schema's union of all modes.
MODE_FIELDS = {
    "hold": {"hold_seconds", "reps", "sets", "rest_seconds"},
    "reps": {"reps", "sets", "rest_seconds", "tempo_seconds", "tempo", "self_paced"},
    "timed": {"minutes"},
}
MODE_MAXIMUM = {"hold": {"reps": 50}}
TEMPO_FIELDS = ("tempo_seconds", "tempo", "self_paced")


def plan_rules(doc, doc_decimal, catalog):
    problems = []
    items = doc.get("items")
    if not isinstance(items, list):
        return problems

    embedded = {}  # id -> item index of its first embedding
    for i, item in enumerate(items):
        ex = item.get("exercise") if isinstance(item, dict) else None
        if isinstance(ex, dict) and isinstance(ex.get("id"), str):
            if ex["id"] in embedded:
                problems.append((f"/items/{i}/exercise/id",
                                 f"two embedded exercises with id {ex['id']!r} "
                                 f"(first at /items/{embedded[ex['id']]}/exercise/id)"))
            else:
                embedded[ex["id"]] = i
    modes = dict(catalog) if catalog is not None else {}
    for i in embedded.values():
        modes[items[i]["exercise"]["id"]] = items[i]["exercise"].get("mode")
    known_ids = set(modes) if catalog is not None else None

    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        ex = item.get("exercise")
        mode = None
        if isinstance(ex, str):
            if known_ids is not None and ex not in known_ids:
                problems.append((f"/items/{i}/exercise", f"no exercise with id {ex!r}"))
            mode = modes.get(ex)
        elif isinstance(ex, dict):
            mode = ex.get("mode")
            problems += exercise_rules(ex, doc_decimal["items"][i]["exercise"], f"/items/{i}/exercise",
                                       known_ids)
        dose = doc_decimal["items"][i].get("dose")
        if not isinstance(dose, dict):
            continue
        at = f"/items/{i}/dose"
        tempos = [f for f in TEMPO_FIELDS if f in dose]
        if len(tempos) > 1:
            problems.append((at, f"more than one tempo field: {', '.join(tempos)}"))
        for field, value in dose.items():
            if mode in MODE_FIELDS and field not in MODE_FIELDS[mode]:
                problems.append((f"{at}/{field}", f"{field} is not a dose field of a {mode} exercise"))
                continue
            maximum = MODE_MAXIMUM.get(mode, {}).get(field)
            if maximum is not None and isinstance(value, (int, decimal.Decimal)) and value > maximum:
                problems.append((f"{at}/{field}", f"{field} {value} is more than {maximum} for a {mode} exercise"))
            if field == "minutes" and not _whole_seconds(value):
                problems.append((f"{at}/minutes", f"minutes {value} is not a whole number of seconds"))

    schedule = doc.get("schedule")
    if isinstance(schedule, dict) and isinstance(schedule.get("start"), str):
        try:
            datetime.date.fromisoformat(schedule["start"])
        except ValueError:
            problems.append(("/schedule/start", f"{schedule['start']!r} is not a real date"))

    progression = doc_decimal.get("progression")
    step = progression.get("step") if isinstance(progression, dict) else None
    if isinstance(step, dict) and not _whole_seconds(step.get("minutes")):
        problems.append(("/progression/step/minutes",
                         f"minutes {step['minutes']} is not a whole number of seconds"))
    return problems


def needs_catalog(doc):
    """True for a plan that names catalog exercises by id: its rules are incomplete without --catalog."""
    return (isinstance(doc, dict) and doc.get("format") == "limber-plan"
            and isinstance(doc.get("items"), list)
            and any(isinstance(it, dict) and not isinstance(it.get("exercise"), dict) for it in doc["items"]))


def related(want):
    """Pointers where the schema may report the problem the loader reports at want. The schema
    expresses the desk_friendly rule as constraints on position and equipment items."""
    if want.endswith("/desk_friendly"):
        obj = parent(want)
        return {obj + "/position"} | {f"{obj}/equipment/{i}" for i in range(16)}
    return set()


# ------------------------------------------------------------------------- checks

def schema_errors(validator, doc):
    errors = []
    for error in validator.iter_errors(doc):
        for ptr in error_pointers(error):
            errors.append((ptr, error.message))
    return sorted(set(errors))


def short(errors, limit=3):
    text = "; ".join(f"{p or '(root)'}: {m}" for p, m in errors[:limit])
    if len(errors) > limit:
        text += f"; and {len(errors) - limit} more"
    return text


def check_valid(validator, path, tally, catalog=None):
    try:
        doc = parse(path)
        doc_decimal = parse(path, decimals=True)
    except NotJson as e:
        tally.report(False, "valid", path, f"does not parse: {e}")
        return
    errors = schema_errors(validator, doc)
    if errors:
        tally.report(False, "valid", path, "schema rejects it: " + short(errors))
        return
    problems = loader_rules(doc, doc_decimal, catalog)
    if problems:
        tally.report(False, "valid", path, "schema accepts it, but the loader would reject it: " + short(problems))
        return
    if catalog is None and needs_catalog(doc):
        tally.report(True, "valid", path, "exercise ids and their modes not checked: no --catalog")
        return
    tally.report(True, "valid", path)


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def check_invalid_dir(validator, directory, tally, catalog=None):
    meta = os.path.join(directory, "EXPECTED.tsv")
    expected = {}
    try:
        with open(meta, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                name, sep, ptr = line.partition("\t")
                if not sep or (ptr and not ptr.startswith("/")):
                    tally.report(False, "meta", meta, f"line {n}: expected 'filename<TAB>json-pointer'")
                    continue
                if name in expected:
                    tally.report(False, "meta", meta, f"line {n}: {name} listed twice")
                expected[name] = ptr
        loader_only = set(read_list(os.path.join(directory, "LOADER_ONLY.txt")))
        not_json = set(read_list(os.path.join(directory, "NOT_JSON.txt")))
    except OSError as e:
        tally.report(False, "meta", directory, str(e))
        return

    samples = sorted(n for n in os.listdir(directory) if n.endswith(".json"))
    consistent = True
    for name in samples:
        if name not in expected:
            tally.report(False, "meta", os.path.join(directory, name), "not listed in EXPECTED.tsv")
            consistent = False
    for listname, names in (("EXPECTED.tsv", expected), ("LOADER_ONLY.txt", loader_only),
                            ("NOT_JSON.txt", not_json)):
        for name in sorted(set(names) - set(samples)):
            tally.report(False, "meta", os.path.join(directory, listname), f"{name} does not exist")
            consistent = False
    for name in sorted(loader_only & not_json):
        tally.report(False, "meta", directory, f"{name} is in both LOADER_ONLY.txt and NOT_JSON.txt")
        consistent = False
    for name in sorted(not_json):
        if expected.get(name):
            tally.report(False, "meta", meta, f"{name} is not JSON, its pointer must be empty")
            consistent = False
    if consistent:
        tally.report(True, "meta", meta, f"{len(samples)} samples, {len(loader_only)} loader-only, "
                                         f"{len(not_json)} not JSON")

    for name in samples:
        path = os.path.join(directory, name)
        want = expected.get(name, "")
        if name in not_json:
            try:
                parse(path)
            except NotJson as e:
                tally.report(True, "nojson", path, str(e).splitlines()[0][:80])
            else:
                tally.report(False, "nojson", path, "parses as JSON")
            continue
        try:
            doc = parse(path)
            doc_decimal = parse(path, decimals=True)
        except NotJson as e:
            tally.report(False, "loader" if name in loader_only else "invalid", path,
                         f"does not parse ({e}); list it in NOT_JSON.txt or fix it")
            continue
        errors = schema_errors(validator, doc)
        if name in loader_only:
            if errors:
                tally.report(False, "loader", path, "schema rejects it, expected it to accept: " + short(errors))
                continue
            problems = loader_rules(doc, doc_decimal, catalog)
            if [p for p, _ in problems] == [want]:
                tally.report(True, "loader", path, f"schema accepts; loader rule: {problems[0][1]}")
            elif not problems and catalog is None and needs_catalog(doc):
                tally.report(True, "loader", path, "schema accepts; the loader rule needs --catalog")
            elif not problems:
                tally.report(False, "loader", path, f"no loader rule catches it (expected at {want!r})")
            else:
                tally.report(False, "loader", path, f"expected one problem at {want!r}, rules found: "
                                                    + short(problems))
            continue
        if not errors:
            tally.report(False, "invalid", path, "schema accepts it")
            continue
        ptrs = sorted({p for p, _ in errors})
        if ptrs == [want]:
            tally.report(True, "invalid", path)
        elif len(ptrs) == 1 and ptrs[0] in related(want):
            tally.report(True, "invalid", path, f"schema reports it at {ptrs[0]}")
        elif want not in ptrs and not any(p in related(want) for p in ptrs):
            tally.report(False, "invalid", path, f"schema rejects it, but not at {want!r}: " + short(errors))
        else:
            tally.report(False, "invalid", path, f"more than one problem (expected only {want!r}): " + short(errors))


def load_schema(path, tally):
    """Parses a schema and checks it against the draft 2020-12 meta-schema; None on failure."""
    try:
        schema = parse(path)
        Draft202012Validator.check_schema(schema)
    except NotJson as e:
        tally.report(False, "schema", path, f"does not parse: {e}")
    except SchemaError as e:
        tally.report(False, "schema", path, f"not a valid draft 2020-12 schema: {e.message}")
    else:
        tally.report(True, "schema", path)
        return schema
    return None


def unresolved_refs(schema, known):
    """The "$ref"s of schema (based on its "$id") naming a document whose URI is not in known."""
    base = schema.get("$id", "") if isinstance(schema, dict) else ""
    missing = set()

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                uri = urllib.parse.urldefrag(urllib.parse.urljoin(base, ref))[0]
                if uri not in known:
                    missing.add(ref.split("#")[0])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return sorted(missing)


def make_validator(schema, extras):
    """A validator for schema whose "$ref"s to the extra schemas resolve offline, by "$id"."""
    if not extras:
        return Draft202012Validator(schema)
    documents = {s["$id"]: s for s in [schema] + extras if isinstance(s.get("$id"), str)}
    try:  # jsonschema >= 4.18
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
    except ImportError:  # jsonschema 4.10 (Debian 12)
        from jsonschema import RefResolver
        resolver = RefResolver(base_uri=schema.get("$id", ""), referrer=schema, store=documents)
        return Draft202012Validator(schema, resolver=resolver)
    registry = Registry().with_resources(
        (uri, Resource.from_contents(doc, default_specification=DRAFT202012)) for uri, doc in documents.items())
    return Draft202012Validator(schema, registry=registry)


def load_catalogs(paths, tally):
    """{exercise id: mode} of the --catalog files layered in order, or None when none given."""
    if not paths:
        return None
    modes = {}
    for path in paths:
        try:
            doc = parse(path)
        except NotJson as e:
            tally.report(False, "catalog", path, f"does not parse: {e}")
            continue
        exercises = doc.get("exercises") if isinstance(doc, dict) else None
        if not isinstance(exercises, list):
            tally.report(False, "catalog", path, "no exercises array")
            continue
        count = 0
        for ex in exercises:
            if isinstance(ex, dict) and isinstance(ex.get("id"), str):
                modes[ex["id"]] = ex.get("mode")
                count += 1
        tally.report(True, "catalog", path, f"{count} exercises")
    return modes


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("schema")
    ap.add_argument("--also-schema", action="append", default=[], metavar="FILE",
                    help="another schema SCHEMA refers to by $ref (repeatable)")
    ap.add_argument("--catalog", action="append", default=[], metavar="FILE",
                    help="catalog whose exercise ids and modes plan samples are checked against "
                         "(repeatable: layered in order)")
    ap.add_argument("--valid", nargs="+", default=[], metavar="FILE")
    ap.add_argument("--invalid-dir", metavar="DIR")
    args = ap.parse_args(argv)
    tally = Tally()

    schema = load_schema(args.schema, tally)
    extras = [load_schema(path, tally) for path in args.also_schema]
    if schema is not None and None not in extras:
        known = {s.get("$id") for s in [schema] + extras if isinstance(s, dict)}
        missing = [] if not isinstance(schema, dict) else unresolved_refs(schema, known)
        for extra in extras:
            missing += unresolved_refs(extra, known)
        if missing:
            tally.report(False, "schema", args.schema,
                         f"$ref to a schema not given with --also-schema: {', '.join(sorted(set(missing)))}")
        else:
            catalog = load_catalogs(args.catalog, tally)
            validator = make_validator(schema, extras)
            for path in args.valid:
                check_valid(validator, path, tally, catalog)
            if args.invalid_dir:
                check_invalid_dir(validator, args.invalid_dir, tally, catalog)

    print(f"{tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
