#!/usr/bin/env python3
"""Kills `radar build` with SIGKILL at random moments and checks that nothing is ever torn.

    scripts/kill-test.py [--radar .build/release/radar] [--kills 50] [--example-kills 20]
                         [--seed 20261125] [--scenes 300] [--logs 10]

Two vault families, each in two revisions A and B so that an old output differs from a new one
(pages changed, added and removed): example-vault (A) and an edited copy (B), and a generated
vault of --scenes scenes x --logs weekly logs (A) and a variant (B), big enough that a build
takes long enough to be killed half-way. For each family, an output folder holding a complete
build of one revision is rebuilt towards the other and killed after a random delay (seeded).
After every kill:
  - every file in the output is byte for byte the old or the new version of that file (clean
    builds of A and B are the reference); .radar-manifest is a whole manifest; stray
    .radar-tmp-* files are counted (the next build removes them);
  - the next build (towards A or B, chosen at random: an interrupted build must be repairable
    in either direction) exits as a clean build does and leaves output equal, byte for byte, to
    a clean build of that revision, with no .radar-tmp-* left;
and at the end every vault is byte for byte unchanged (its .radar-cache/ aside) and nothing was
written beside the output folders. Exit status 0 when everything holds, 1 otherwise, 2 when it cannot run.
"""

import argparse
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MANIFEST = ".radar-manifest"
# The incremental build cache (SPEC §1) is radar's to write inside a vault; the notes are not.
VAULT_CACHE = (".radar-cache",)
BUILD_TIMEOUT = 600


# MARK: - Vaults


def edit_example(vault):
    """Revision B of example-vault: a changed title, a removed log, a new scene."""
    log = os.path.join(vault, "scenes/modem-house/log/2026-W47.md")
    with open(log, encoding="utf-8") as handle:
        text = handle.read()
    with open(log, "w", encoding="utf-8") as handle:
        handle.write(text.replace("title: No Carrier", "title: No Carrier (Revision B)"))
    os.remove(os.path.join(vault, "scenes/modem-house/log/2026-W40.md"))
    os.makedirs(os.path.join(vault, "scenes/revision-b/log"))
    with open(os.path.join(vault, "scenes/revision-b/scene.md"), "w", encoding="utf-8") as handle:
        handle.write("---\nname: Revision B\nspotted: 2026-10-01\nwhere: online\n"
                     "lint-ignore: [scene.no-container, scene.no-infrastructure]\n---\nOnly in revision B.\n")


def generate(vault, scenes, logs, variant):
    """A valid vault of `scenes` scenes with `logs` weekly logs each; `variant` (0 or 1) renames
    some tracks, drops the first ten scenes and adds ten new ones, so old and new outputs differ
    in changed, removed and added files."""
    rng = random.Random(1000)
    people = [f"Artist {i:04d}" for i in range(max(50, scenes * 4))]
    os.makedirs(vault)
    with open(os.path.join(vault, "radar.yml"), "w") as handle:
        handle.write("title: Generated Radar\nbase-url: https://generated.example.org/\nwindow: 6\n")
    numbers = list(range(10, scenes + 10)) if variant else list(range(scenes))
    for number in numbers:
        slug = f"scene-{number:04d}"
        folder = os.path.join(vault, "scenes", slug)
        os.makedirs(os.path.join(folder, "log"))
        with open(os.path.join(folder, "scene.md"), "w") as handle:
            handle.write(f"---\nname: Scene {number:04d}\nspotted: 2026-01-05\nwhere: City {number % 37}\n"
                         "formation:\n  tool: a cheap sampler\n  containers:\n    - kind: forum\n"
                         f"      name: Forum {number}\n      url: https://forum{number}.example.org/\n"
                         f"vocabulary: [word {number % 11}, word {number % 13}]\n---\n"
                         f"Scene {number} body with a [[Scene {(number + 1) % scenes:04d}]] link.\n")
        for week in range(47 - logs + 1, 48):
            local = random.Random(number * 100 + week)
            artists = local.sample(people, 4)
            tracks = []
            for index in range(3):
                title = f"Track {number}-{week}-{index}"
                if variant and local.random() < 0.3:
                    title += " (revised)"
                producer = artists[index % len(artists)]
                tracks.append(f"  - title: {title}\n    url: https://soundcloud.com/a{number}/t{week}-{index}\n"
                              f"    credits:\n      producer: [{producer}]\n      self-released: true\n"
                              f"    support: [https://a{number}.bandcamp.com/]\n")
            with open(os.path.join(folder, "log", f"2026-W{week:02d}.md"), "w") as handle:
                handle.write("---\nartists: [" + ", ".join(artists) + "]\nplatforms: [soundcloud, bandcamp]\n"
                             "tracks:\n" + "".join(tracks) +
                             f"events:\n  - name: Night {number}-{week}\n    date: 2026-11-{(week % 20) + 1:02d}\n"
                             f"    city: City {number % 37}\n    attendance: {rng.randint(20, 400)}\n"
                             f"    lineup: [{artists[0]}, {artists[1]}]\n"
                             f"    footage: [https://youtu.be/n{number}w{week}]\n"
                             f"markers: {{tempo: '{120 + week % 30}', drums: half-time, signature: bells}}\n"
                             f"---\nWeek {week} of scene {number}.\n")


# MARK: - Snapshots and builds


def snapshot(folder, skip=()):
    """{relative path: sha256} of every regular file under `folder`, dotfiles included, except
    under the top-level folders named in `skip`."""
    files = {}
    for directory, folders, names in os.walk(folder):
        if directory == folder:
            folders[:] = [name for name in folders if name not in skip]
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return files


def run_build(radar, vault, output):
    start = time.monotonic()
    result = subprocess.run([radar, "build", vault, "-o", output, "--quiet"], capture_output=True, text=True,
                            timeout=BUILD_TIMEOUT)
    return result.returncode, time.monotonic() - start, result.stderr


def manifest_is_whole(path):
    with open(path, encoding="utf-8", errors="replace") as handle:
        lines = handle.read().split("\n")
    # A finished build's header, or the one a build writes before its first file (then the
    # manifest lists every file the build may write, so the next build still owns them all).
    if lines[0] not in ("radar-manifest 1", "radar-manifest 1 in-progress") or lines[-1] != "":
        return False
    return all(len(line.split("\t")) == 3 for line in lines[1:-1])


# MARK: - One family


class Family:
    def __init__(self, name, radar, work, vaults):
        self.name = name
        self.radar = radar
        self.work = work
        self.vaults = vaults  # {"A": path, "B": path}
        self.clean = {}
        self.status = {}
        self.seconds = {}
        self.vault_before = {revision: snapshot(path, VAULT_CACHE) for revision, path in vaults.items()}
        for revision, vault in vaults.items():
            output = os.path.join(work, f"{name}-clean-{revision}")
            status, seconds, stderr = run_build(radar, vault, output)
            if status != 0:
                raise RuntimeError(f"{name} {revision}: a clean build exited {status}: {stderr[-1500:]}")
            self.clean[revision], self.status[revision], self.seconds[revision] = snapshot(output), status, seconds
        if self.clean["A"] == self.clean["B"]:
            raise RuntimeError(f"{name}: revisions A and B build the same site")
        self.counts = {"kills": 0, "mid-build": 0, "mixed": 0, "untouched": 0, "all-new": 0, "finished-first": 0,
                       "tmp-left": 0, "repairs": 0, "repairs-back": 0}

    def check_output(self, output, old, new):
        """Problems with an interrupted output; also classifies it."""
        problems = []
        files = snapshot(output)
        temporary = [path for path in files if os.path.basename(path).startswith(".radar-tmp-")]
        if temporary:
            self.counts["tmp-left"] += 1
        olds = news = 0
        for path, digest in sorted(files.items()):
            if path in temporary:
                continue
            if os.path.basename(path) == MANIFEST:
                if not manifest_is_whole(os.path.join(output, path)):
                    problems.append(f"{path}: not a whole manifest")
                continue
            in_old = self.clean[old].get(path) == digest
            in_new = self.clean[new].get(path) == digest
            if not in_old and not in_new:
                known = path in self.clean[old] or path in self.clean[new]
                problems.append(f"{path}: {'neither the old nor the new version' if known else 'a file no build writes'}")
            olds += in_old and not in_new
            news += in_new and not in_old
        without = {p: d for p, d in files.items() if p not in temporary and os.path.basename(p) != MANIFEST}
        clean_old = {p: d for p, d in self.clean[old].items() if os.path.basename(p) != MANIFEST}
        clean_new = {p: d for p, d in self.clean[new].items() if os.path.basename(p) != MANIFEST}
        if without == clean_old:
            self.counts["untouched"] += 1
        elif without == clean_new:
            self.counts["all-new"] += 1
        else:
            self.counts["mixed"] += 1
        return problems

    def run(self, kills, rng, log):
        output = os.path.join(self.work, f"{self.name}-out")
        state = "A"
        status, _, stderr = run_build(self.radar, self.vaults[state], output)
        failures = []
        if status != self.status[state] or snapshot(output) != self.clean[state]:
            return [f"{self.name}: the first build differs from a clean build ({status}) {stderr[-500:]}"]
        for number in range(1, kills + 1):
            target = "B" if state == "A" else "A"
            delay = rng.uniform(0, self.seconds[target] * 1.1)
            process = subprocess.Popen([self.radar, "build", self.vaults[target], "-o", output, "--quiet"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            self.counts["kills"] += 1
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                self.counts["mid-build"] += 1
            else:
                self.counts["finished-first"] += 1
            process.wait(timeout=BUILD_TIMEOUT)
            problems = self.check_output(output, state, target)
            repair = target if rng.random() < 0.5 else state
            status, _, stderr = run_build(self.radar, self.vaults[repair], output)
            self.counts["repairs"] += 1
            self.counts["repairs-back"] += repair == state
            if status != self.status[repair]:
                problems.append(f"the repair build exited {status}: {stderr[-500:]}")
            repaired = snapshot(output)
            if repaired != self.clean[repair]:
                differing = sorted(set(repaired.items()) ^ set(self.clean[repair].items()))[:5]
                problems.append(f"after the repair build the output differs from a clean build: {differing}")
            for problem in problems:
                failures.append(f"{self.name} kill {number} ({state}->{target} after {delay:.3f} s): {problem}")
            log(f"kill-test: {self.name} kill {number:2d}: {state}->{target} after {delay:.3f} s, "
                f"repaired to {repair}: {'ok' if not problems else 'FAILED'}")
            state = repair
        for revision, vault in self.vaults.items():
            if snapshot(vault, VAULT_CACHE) != self.vault_before[revision]:
                failures.append(f"{self.name}: vault {revision} changed")
        return failures


# MARK: - Main


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--radar", default=os.path.join(ROOT, ".build/release/radar"))
    parser.add_argument("--kills", type=int, default=50, help="kills of the generated vault's build")
    parser.add_argument("--example-kills", type=int, default=20, help="kills of example-vault's build")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--scenes", type=int, default=300)
    parser.add_argument("--logs", type=int, default=10)
    parser.add_argument("--verbose", action="store_true")
    options = parser.parse_args()
    radar = os.path.abspath(options.radar)
    if not os.access(radar, os.X_OK):
        print(f"kill-test: {radar} is not built (make build)", file=sys.stderr)
        return 2
    rng = random.Random(options.seed)
    work = tempfile.mkdtemp(prefix="radar-kill-")
    log = print if options.verbose else (lambda *_: None)
    failures = []
    try:
        example_a = os.path.join(work, "example-A")
        example_b = os.path.join(work, "example-B")
        shutil.copytree(os.path.join(ROOT, "example-vault"), example_a)
        shutil.copytree(os.path.join(ROOT, "example-vault"), example_b)
        edit_example(example_b)
        generate(os.path.join(work, "generated-A"), options.scenes, options.logs, 0)
        generate(os.path.join(work, "generated-B"), options.scenes, options.logs, 1)
        families = [
            (Family("example", radar, work, {"A": example_a, "B": example_b}), options.example_kills),
            (Family("generated", radar, work, {"A": os.path.join(work, "generated-A"),
                                               "B": os.path.join(work, "generated-B")}), options.kills),
        ]
        expected = set(os.listdir(work))
        for family, kills in families:
            pages = sum(path.endswith(".html") for path in family.clean["A"])
            print(f"kill-test: {family.name}: {pages} pages, {len(family.clean['A'])} files; a clean build takes "
                  f"{family.seconds['A']:.2f} s (A) / {family.seconds['B']:.2f} s (B); {kills} kills")
            failures += family.run(kills, rng, log)
            counts = family.counts
            print(f"kill-test: {family.name}: {counts['kills']} kills: {counts['mid-build']} mid-build, "
                  f"{counts['finished-first']} after the build finished; output left untouched {counts['untouched']}, "
                  f"mixed old/new {counts['mixed']}, all new {counts['all-new']}; stray .radar-tmp-* after "
                  f"{counts['tmp-left']} kills; {counts['repairs']} repair builds ({counts['repairs-back']} back to "
                  f"the old revision), each equal to a clean build")
        extra = set(os.listdir(work)) - expected - {f"{family.name}-out" for family, _ in families}
        if extra:
            failures.append(f"files written beside the output folders: {sorted(extra)}")
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
        print(f"kill-test: {error}", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"kill-test: FAILED {failure}")
    if failures:
        return 1
    print("kill-test: every interrupted output held only whole old or new files; every repair matched a clean "
          "build; the vaults are unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
