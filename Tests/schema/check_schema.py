#!/usr/bin/env python3
"""Check case files against docs/case-file.schema.json (JSON Schema draft 2020-12).

Usage: check_schema.py [--schema SCHEMA] FILE...

Prints one line per file, in the order given:
    FILE: valid
    FILE: invalid: <reason>
and exits 0 when every file is valid, 1 when any is invalid, and 2 when the check itself
cannot run (python's jsonschema package missing, schema missing or not a valid schema).

Reading follows the case-file format: UTF-8 with an optional byte order mark, and RFC 8259
JSON. Python's json module is laxer than that, so duplicate member names and the non-JSON
constants NaN/Infinity are refused here, as Leakline's loader refuses them.
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
DEFAULT_SCHEMA = ROOT / "docs" / "case-file.schema.json"


class NotJSON(Exception):
    pass


def reject_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise NotJSON(f'duplicate member name "{key}"')
        seen[key] = value
    return seen


def reject_constant(name):
    raise NotJSON(f"{name} is not JSON")


def read(path):
    data = pathlib.Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise NotJSON(f"not UTF-8 (byte 0x{data[e.start]:02X} at offset {e.start})")
    try:
        return json.loads(text, object_pairs_hook=reject_duplicates, parse_constant=reject_constant)
    except json.JSONDecodeError as e:
        raise NotJSON(f"not JSON: {e.msg} at line {e.lineno} column {e.colno}")
    except RecursionError:
        raise NotJSON("not JSON: nested too deeply")


def where(error):
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(top level)"


def main(argv):
    args = list(argv)
    schema_path = DEFAULT_SCHEMA
    if len(args) >= 2 and args[0] == "--schema":
        schema_path = pathlib.Path(args[1])
        args = args[2:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print(
            "check_schema.py: the Python package 'jsonschema' is not installed; "
            "install it with 'apt-get install python3-jsonschema' or 'python3 -m pip install jsonschema'",
            file=sys.stderr,
        )
        return 2
    try:
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"check_schema.py: cannot read the schema {schema_path}: {e}", file=sys.stderr)
        return 2
    try:
        validator_class = jsonschema.Draft202012Validator
        validator_class.check_schema(schema)
    except AttributeError:
        print("check_schema.py: this jsonschema has no Draft 2020-12 support; install jsonschema >= 4", file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as e:
        print(f"check_schema.py: {schema_path} is not a valid JSON Schema: {e.message}", file=sys.stderr)
        return 2
    # No format checker: "format" stays an annotation, as draft 2020-12 says by default, so the
    # verdict does not depend on which optional format packages happen to be installed.
    validator = validator_class(schema)

    status = 0
    for path in args:
        try:
            document = read(path)
        except (OSError, NotJSON) as e:
            print(f"{path}: invalid: {e}")
            status = 1
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            best = jsonschema.exceptions.best_match(errors)
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            print(f"{path}: invalid: {where(best)}: {best.message}{more}")
            status = 1
        else:
            print(f"{path}: valid")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
