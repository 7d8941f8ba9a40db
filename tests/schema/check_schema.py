#!/usr/bin/env python3
"""Checks the exercise-catalog JSON Schema against sample files.

Usage:
    check_schema.py SCHEMA --valid FILE... --invalid-dir DIR

* SCHEMA must itself be a valid draft 2020-12 schema.
* Every --valid file must parse, pass the schema, and pass the rules the schema cannot
  express (see loader_rules below: unique ids, regression/progression resolving within the
  file and not naming the exercise itself, minutes a whole number of seconds).
* DIR holds invalid samples, one problem each, described by three files:
    EXPECTED.tsv     filename<TAB>json-pointer of the problem, one line per *.json in DIR
    LOADER_ONLY.txt  samples the schema cannot reject (the C++ loader must): the schema must
                     accept them and loader_rules must report the problem at the expected pointer
    NOT_JSON.txt     samples that are not (strict) JSON: parsing must fail
  Every other sample must be rejected by the schema with errors at exactly one pointer, the
  expected one (so a sample does not fail for an unintended reason too), except that the
  schema reports the desk_friendly rule at position or at an equipment item.

Prints one line per check and a final line "N passed, M failed"; exits 1 if M > 0.
Runs with Debian's python3 and python3-jsonschema (>= 4.10).
"""

import argparse
import decimal
import json
import os
import re
import sys

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

def loader_rules(doc, doc_decimal):
    """The rules of docs/formats.md that the schema cannot express, for a schema-valid
    standalone catalog. Returns a list of (pointer, message)."""
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
        for field in ("regression", "progression"):
            target = ex.get(field)
            if not isinstance(target, str):
                continue
            if target == ex.get("id"):
                problems.append((f"/exercises/{i}/{field}", f"{field} names the exercise itself"))
            elif target not in ids:
                problems.append((f"/exercises/{i}/{field}", f"{field} {target!r} is not an exercise id"))
        dose = doc_decimal["exercises"][i].get("dose")
        if ex.get("mode") == "timed" and isinstance(dose, dict):
            minutes = dose.get("minutes")
            if isinstance(minutes, (int, decimal.Decimal)) and not isinstance(minutes, bool):
                if (decimal.Decimal(minutes) * 60) % 1 != 0:
                    problems.append((f"/exercises/{i}/dose/minutes",
                                     f"minutes {minutes} is not a whole number of seconds"))
    return problems


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


def check_valid(validator, path, tally):
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
    problems = loader_rules(doc, doc_decimal)
    if problems:
        tally.report(False, "valid", path, "schema accepts it, but the loader would reject it: " + short(problems))
        return
    tally.report(True, "valid", path)


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def check_invalid_dir(validator, directory, tally):
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
            problems = loader_rules(doc, doc_decimal)
            if [p for p, _ in problems] == [want]:
                tally.report(True, "loader", path, f"schema accepts; loader rule: {problems[0][1]}")
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


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("schema")
    ap.add_argument("--valid", nargs="+", default=[], metavar="FILE")
    ap.add_argument("--invalid-dir", metavar="DIR")
    args = ap.parse_args(argv)
    tally = Tally()

    try:
        schema = parse(args.schema)
        Draft202012Validator.check_schema(schema)
    except NotJson as e:
        tally.report(False, "schema", args.schema, f"does not parse: {e}")
    except SchemaError as e:
        tally.report(False, "schema", args.schema, f"not a valid draft 2020-12 schema: {e.message}")
    else:
        tally.report(True, "schema", args.schema)
        validator = Draft202012Validator(schema)
        for path in args.valid:
            check_valid(validator, path, tally)
        if args.invalid_dir:
            check_invalid_dir(validator, args.invalid_dir, tally)

    print(f"{tally.passed} passed, {tally.failed} failed")
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
