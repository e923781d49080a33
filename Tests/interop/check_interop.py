#!/usr/bin/env python3
"""Checks Leakline's exports against the formats' own rules, for the Interop tests.

usage: check_interop.py timelinejs|csl-json|ftm FILE

Prints "valid" and exits 0, or prints one problem a line and exits 1. Exits 2 with what to
install when a Python module it needs is missing (Tests/install-prerequisites.sh installs
them): jsonschema for TimelineJS and CSL-JSON, followthemoney for FtM.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def need(module, package):
    try:
        return __import__(module)
    except ImportError:
        print(f"missing Python module '{module}': run Tests/install-prerequisites.sh (pip install {package})")
        sys.exit(2)


def check_schema(schema_name, path):
    jsonschema = need("jsonschema", "jsonschema")
    with open(os.path.join(HERE, schema_name), encoding="utf-8") as f:
        schema = json.load(f)
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def check_ftm(path):
    need("followthemoney", "followthemoney")
    from followthemoney import model
    from followthemoney.types import registry

    problems, entities = [], {}
    id_pattern = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            data = json.loads(line)
            eid, name = data.get("id", ""), data.get("schema")
            if set(data) != {"id", "schema", "properties"}:
                problems.append(f"line {n}: keys {sorted(data)}")
            if not id_pattern.match(eid) or len(eid) > 200 or not registry.entity.validate(eid):
                problems.append(f"line {n}: bad id {eid!r}")
            if eid in entities:
                problems.append(f"line {n}: id {eid} repeated")
            schema = model.get(name)
            if schema is None or schema.abstract:
                problems.append(f"line {n}: unknown or abstract schema {name!r}")
                continue
            entities[eid] = schema
            props = data["properties"]
            for prop_name, values in props.items():
                prop = schema.properties.get(prop_name)
                if prop is None:
                    problems.append(f"line {n}: {name} has no property {prop_name!r}")
                    continue
                if not isinstance(values, list) or not values or not all(isinstance(v, str) for v in values):
                    problems.append(f"line {n}: {prop_name} is not a list of strings")
                    continue
                for v in values:
                    if prop.type != registry.text and not prop.type.validate(v):
                        problems.append(f"line {n}: {prop_name} value {v!r} is not a valid {prop.type.name}")
            for required in schema.required:
                if not props.get(required):
                    problems.append(f"line {n}: {name} lacks required {required!r}")
            try:
                schema.validate(data)
                model.get_proxy(data, cleaned=False)
            except Exception as e:  # noqa: BLE001 - any failure is a problem to report
                problems.append(f"line {n}: {e}")
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            data = json.loads(line)
            schema = model.get(data["schema"])
            for prop_name, values in data["properties"].items():
                prop = schema.properties.get(prop_name)
                if prop is not None and prop.type == registry.entity:
                    for v in values:
                        target = entities.get(v)
                        if target is None:
                            problems.append(f"line {n}: {prop_name} points at {v}, which is not in the file")
                        elif not target.is_a(prop.range):
                            problems.append(f"line {n}: {prop_name} points at a {target.name}, not a {prop.range.name}")
    return problems


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "timelinejs":
        problems = check_schema("timelinejs.schema.json", path)
    elif kind == "csl-json":
        problems = check_schema("csl-data-subset.schema.json", path)
    elif kind == "ftm":
        problems = check_ftm(path)
    else:
        print(f"unknown format {kind}")
        return 2
    if problems:
        print("\n".join(problems))
        return 1
    print("valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
