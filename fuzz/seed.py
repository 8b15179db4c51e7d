#!/usr/bin/env python3
"""Seeds a fuzz corpus folder (fuzz/run.sh calls it when the folder is empty).

    fuzz/seed.py mustache CORPUS CONFORMANCE
    fuzz/seed.py pipeline CORPUS CONFORMANCE

mustache: every Mustache spec test (template, then each partial as NUL + name + LF + text, the
input format of Tests/SceneRadarTests/Fuzz/MustacheFuzzHarness.swift) and every template of
templates/ with the partials it names.

pipeline: a role digit (0 scene, 1 log, 2 person, 3 radar.yml; see NotePipelineFuzzHarness)
followed by a note: the example vault's notes, the test fixtures' notes, and the YAML conformance
inputs wrapped as notes. Logs are moved to the week the harness files them under (2026-W11).
Run from the package root; CONFORMANCE may be missing (its seeds are then left out).
"""

import glob
import json
import os
import re
import sys

ROLE_SCENE, ROLE_LOG, ROLE_PERSON, ROLE_CONFIG = b"0", b"1", b"2", b"3"
HARNESS_WEEK = b"2026-W11"


def write(corpus, name, data):
    with open(os.path.join(corpus, name), "wb") as handle:
        handle.write(data)


def seed_mustache(corpus, conformance):
    count = 0
    for path in sorted(glob.glob(os.path.join(conformance, "mustache-spec", "*.json"))):
        module = os.path.basename(path)[: -len(".json")].lstrip("~")
        with open(path, encoding="utf-8") as handle:
            tests = json.load(handle)["tests"]
        for index, test in enumerate(tests):
            data = test["template"].encode()
            for name, text in sorted(test.get("partials", {}).items()):
                data += b"\0" + name.encode() + b"\n" + text.encode()
            write(corpus, f"spec-{module}-{index:03}", data)
            count += 1
    templates = {}
    for path in sorted(glob.glob("templates/*.mustache")):
        with open(path, "rb") as handle:
            templates[os.path.basename(path)[: -len(".mustache")]] = handle.read()
    for name, text in templates.items():
        data = text
        referenced = sorted(set(re.findall(rb"\{\{[<>]\s*([\w-]+)\s*\}\}", text)))
        for partial in referenced[:4]:
            key = partial.decode()
            if key in templates:
                data += b"\0" + partial + b"\n" + templates[key]
        write(corpus, f"theme-{name}", data)
        count += 1
    return count


def role_of(path):
    parts = path.replace(os.sep, "/").split("/")
    if parts[-1] == "radar.yml":
        return ROLE_CONFIG
    if "log" in parts[:-1]:
        return ROLE_LOG
    if "people" in parts[:-1]:
        return ROLE_PERSON
    return ROLE_SCENE


def seed_pipeline(corpus, conformance):
    count = 0
    notes = sorted(glob.glob("example-vault/**/*.md", recursive=True))
    notes += sorted(glob.glob("Tests/Fixtures/**/*.md", recursive=True))
    notes += ["example-vault/radar.yml"] + sorted(glob.glob("Tests/Fixtures/**/radar.yml", recursive=True))
    for path in notes:
        if os.path.basename(path) == "README.md":
            continue
        with open(path, "rb") as handle:
            text = handle.read()
        role = role_of(path)
        if role == ROLE_LOG:
            text = re.sub(rb"(?m)^week: *\S+", b"week: " + HARNESS_WEEK, text)
        name = re.sub(r"[^A-Za-z0-9.-]+", "-", path)
        write(corpus, f"note-{name}", role + text)
        count += 1
    yaml_inputs = sorted(glob.glob(os.path.join(conformance, "yaml-subset", "*", "*.yaml")))
    yaml_inputs += sorted(glob.glob(os.path.join(conformance, "real-front-matter", "cases", "*.yaml")))
    for index, path in enumerate(yaml_inputs):
        with open(path, "rb") as handle:
            text = handle.read()
        role = [ROLE_SCENE, ROLE_LOG, ROLE_PERSON, ROLE_CONFIG][index % 4]
        data = text if role == ROLE_CONFIG else b"---\n" + text + b"\n---\n# Body\n\nSome *text*.\n"
        kind = os.path.basename(os.path.dirname(path))
        write(corpus, f"yaml-{kind}-{os.path.basename(path)}", role + data)
        count += 1
    return count


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("mustache", "pipeline"):
        sys.exit(__doc__)
    target, corpus, conformance = sys.argv[1:]
    os.makedirs(corpus, exist_ok=True)
    count = seed_mustache(corpus, conformance) if target == "mustache" else seed_pipeline(corpus, conformance)
    print(f"seeded {corpus} with {count} inputs")


if __name__ == "__main__":
    main()
