#!/usr/bin/env python3
"""`make bench`: times radar on a generated bench vault against Hugo and a libcmark-only floor.

    scripts/bench/run.py [--radar .build/release/radar] [--work DIR] [--runs 5]
                         [--scaling 1000,10000,50000] [--no-hugo] [--report FILE]

Steps (each timing the median of --runs runs, wall clock, with user+system CPU and peak memory
from /usr/bin/time):
  1. generate.py writes the bench vault (1,000 scenes x 10 weekly logs + 2,000 people, seeded);
  2. the floor: cmark-floor.c (one process rendering every note's body with libcmark, nothing
     else) compiled with -O2;
  3. radar: full build from an empty output folder and no cache; no-op rebuild; rebuild after
     editing one log's body, and after editing its front matter (then checked byte for byte
     against a clean build); lint; score;
     then the write floor: write-floor.c writing radar's output files again, from memory, on
     every core (only the writing is timed);
  4. Hugo 0.111+ on the same Markdown files with minimal layouts (one page per note plus lists),
     when `hugo` is installed;
  5. the scaling row: full builds of vaults of about 1k, 10k and 50k notes, the sizes taking
     turns run after run, each beside the write floor of its own output.
Prints a Markdown report (also written to --report) with radar's ratios to Hugo and the floor.
Exit status 0 when every step ran (the targets are reported, not asserted), 1 when a build
failed or the incremental output differed from a clean build, 2 when it cannot run.
"""

import argparse
import filecmp
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TIME = "/usr/bin/time"
EDITED_LOG = "scenes/scene-0500/log/2026-W45.md"
HUGO_LAYOUT_LIST = ('<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>'
                    '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}'
                    '</ul></body></html>\n')
HUGO_LAYOUT_SINGLE = ('<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>'
                      '<h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n')
HUGO_CONFIG = ('baseURL = "https://bench.example.org/"\ntitle = "Bench"\n'
               'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n'
               '[markup.goldmark.renderer]\nunsafe = false\n')


class Run:
    """One timed command: wall, user and system seconds, peak resident memory in MB."""

    def __init__(self, wall, user, system, peak_mb):
        self.wall, self.user, self.system, self.peak_mb = wall, user, system, peak_mb


class Timing:
    """The median of several runs."""

    def __init__(self, runs):
        self.runs = runs
        self.wall = statistics.median(r.wall for r in runs)
        self.cpu = statistics.median(r.user + r.system for r in runs)
        self.peak_mb = max(r.peak_mb for r in runs)

    def cell(self):
        return f"{self.wall:.3f} s"

    def spread(self):
        """The fastest and slowest run: the machine's noise behind the median."""
        return f"{min(r.wall for r in self.runs):.3f}–{max(r.wall for r in self.runs):.3f} s"


def timed(command, cwd=None, before=None):
    """Runs `command` under /usr/bin/time; `before` runs first, untimed."""
    if before:
        before()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = subprocess.run([TIME, "-f", "%e %U %S %M", "-o", report.name] + command, cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        fields = report.read().strip().split("\n")[-1].split()
    if len(fields) != 4:
        raise RuntimeError(f"{' '.join(command)}: no timing ({result.stderr[-500:]})")
    wall, user, system, peak_kb = (float(field) for field in fields)
    return result.returncode, result.stderr, Run(wall, user, system, peak_kb / 1024)


def median_of(runs, command, accept=(0,), cwd=None, before=None):
    results = []
    for _ in range(runs):
        status, stderr, run = timed(command, cwd=cwd, before=before)
        if status not in accept:
            raise RuntimeError(f"{' '.join(command)} exited {status}: {stderr[-1500:]}")
        results.append(run)
    return Timing(results)


def remove(path):
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    elif os.path.lexists(path):
        os.remove(path)


def generate(vault, scenes, logs, people):
    remove(vault)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), vault, "--scenes", str(scenes),
                    "--logs", str(logs), "--people", str(people)], check=True, stdout=subprocess.DEVNULL)


def count_notes(vault):
    return sum(name.endswith(".md") for _, _, names in os.walk(vault) for name in names)


def same_tree(a, b):
    """Differences between two folders, compared byte for byte (paths)."""
    differences = []
    comparison = filecmp.dircmp(a, b)
    stack = [("", comparison)]
    while stack:
        prefix, node = stack.pop()
        differences += [prefix + name for name in node.left_only + node.right_only + node.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(os.path.join(a, prefix), os.path.join(b, prefix),
                                               node.common_files, shallow=False)
        differences += [prefix + name for name in mismatch + errors]
        stack += [(prefix + name + "/", child) for name, child in node.subdirs.items()]
    return differences


def edit_body(path, number):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    text = re.sub(r"\nBench edit \d+\.\n$", "\n", text)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text + f"\nBench edit {number}.\n")


def edit_front_matter(path, number):
    """Changes the attendance of the log's first event: the scene's score, its index entry and
    radar.json part change with it, so the site-wide pages are made again too."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    text, found = re.subn(r"(\n\s+attendance: )\d+\n", lambda match: f"{match.group(1)}{100 + number}\n", text,
                          count=1)
    if not found:
        raise SystemExit(f"{path}: no event attendance to edit")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def bench_radar(radar, vault, work, runs):
    out = os.path.join(work, "radar-out")
    cache = os.path.join(vault, ".radar-cache")
    build = [radar, "build", vault, "-o", out, "--quiet"]

    def clean():
        remove(out)
        remove(cache)

    results = {"full": median_of(runs, build, before=clean)}
    results["no-op"] = median_of(runs, build)
    counter = iter(range(1, 10_000))
    results["edit"] = median_of(runs, build, before=lambda: edit_body(os.path.join(vault, EDITED_LOG), next(counter)))
    results["edit-fm"] = median_of(
        runs, build, before=lambda: edit_front_matter(os.path.join(vault, EDITED_LOG), next(counter)))
    # The incremental output against a clean build of the same notes (the cache set aside).
    reference = os.path.join(work, "radar-reference")
    kept = cache + ".bench-kept"
    remove(reference)
    os.rename(cache, kept)
    try:
        subprocess.run([radar, "build", vault, "-o", reference, "--quiet"], check=True)
    finally:
        remove(cache)
        os.rename(kept, cache)
    differences = same_tree(out, reference)
    remove(reference)
    results["lint"] = median_of(runs, [radar, "lint", vault, "--quiet"], accept=(0, 1))
    results["score"] = median_of(runs, [radar, "score", vault])
    return results, differences, sum(name.endswith(".html") for _, _, names in os.walk(out) for name in names)


def bench_floor(vault, work, runs):
    floor = os.path.join(work, "cmark-floor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(HERE, "cmark-floor.c"), "-lcmark"], check=True)
    return median_of(runs, [floor, vault])


def bench_scaling(radar, work, targets, runs):
    """Full builds of generated vaults of about `targets` notes. The sizes take turns, run after
    run, so that a slow phase of the machine falls on every size alike (the growth is a ratio of
    two sizes' times); the largest vaults get at most 3 runs. Each size's last output is then
    written again by the write floor, whose own growth the report sets beside radar's."""
    vaults = []
    for target in targets:
        scenes = max(1, round(target / 13))
        print(f"bench: scaling, {scenes * 13} notes", flush=True)
        folder = os.path.join(work, f"scaling-{target}")
        generate(folder, scenes, 10, scenes * 2)
        wanted = runs if target <= 10_000 else max(1, min(runs, 3))
        vaults.append((folder, os.path.join(work, f"scaling-{target}-out"), wanted, []))
    for round_number in range(max((wanted for _, _, wanted, _ in vaults), default=0)):
        for folder, out, wanted, results in vaults:
            if round_number >= wanted:
                continue
            remove(out)
            remove(os.path.join(folder, ".radar-cache"))
            status, stderr, run = timed([radar, "build", folder, "-o", out, "--quiet"])
            if status != 0:
                raise RuntimeError(f"radar build {folder} exited {status}: {stderr[-1500:]}")
            results.append(run)
            if round_number + 1 < wanted:
                remove(out)
    scaling = []
    for folder, out, _, results in vaults:
        writing = bench_write_floor(out, work, len(results))[0]
        remove(out)
        scaling.append((count_notes(folder), Timing(results), writing))
        remove(folder)
    return scaling


def bench_write_floor(site, work, runs):
    """Seconds to write the files of `site` again from memory (as write-floor.c times them).
    The program is compiled when missing or older than its source: the bench vault and every
    scaling size use the same one."""
    program = os.path.join(work, "write-floor")
    source = os.path.join(HERE, "write-floor.c")
    if not os.path.exists(program) or os.path.getmtime(program) < os.path.getmtime(source):
        subprocess.run(["cc", "-O2", "-pthread", "-o", program, source], check=True)
    target = os.path.join(work, "write-floor-out")
    results = []
    for _ in range(runs):
        remove(target)
        output = subprocess.run([program, site, target], check=True, capture_output=True, text=True).stdout
        files, size, seconds = re.match(r"(\d+) files, (\d+) bytes, \d+ threads, ([\d.]+) s", output).groups()
        results.append(Run(float(seconds), 0, 0, 0))
    remove(target)
    return Timing(results), int(files), int(size)


def bench_hugo(vault, work, runs):
    site = os.path.join(work, "hugo-site")
    remove(site)
    os.makedirs(os.path.join(site, "layouts", "_default"))
    with open(os.path.join(site, "hugo.toml"), "w") as handle:
        handle.write(HUGO_CONFIG)
    for name, text in [("index.html", HUGO_LAYOUT_LIST), ("_default/list.html", HUGO_LAYOUT_LIST),
                       ("_default/single.html", HUGO_LAYOUT_SINGLE)]:
        with open(os.path.join(site, "layouts", name), "w") as handle:
            handle.write(text)
    content = os.path.join(site, "content")
    for folder in ("scenes", "people"):
        shutil.copytree(os.path.join(vault, folder), os.path.join(content, folder))
    public = os.path.join(site, "public")

    def clean():
        remove(public)
        remove(os.path.join(site, "resources"))

    timing = median_of(runs, ["hugo", "--quiet", "-s", site, "-d", public], before=clean)
    pages = sum(name.endswith(".html") for _, _, names in os.walk(public) for name in names)
    return timing, pages


def hugo_version():
    try:
        return subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    except (OSError, IndexError):
        return None


def machine():
    model = ""
    try:
        with open("/proc/cpuinfo") as handle:
            model = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--radar", default=os.path.join(ROOT, ".build/release/radar"))
    parser.add_argument("--work", default="/dev/shm/radar-bench" if os.path.isdir("/dev/shm") else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scaling", default="1000,10000,50000", help="note counts of the scaling row ('' skips it)")
    parser.add_argument("--no-hugo", action="store_true")
    parser.add_argument("--report", default=None, help="also write the report here")
    options = parser.parse_args()
    radar = os.path.abspath(options.radar)
    if not os.access(radar, os.X_OK):
        print(f"bench: {radar} is not built (make build)", file=sys.stderr)
        return 2
    if not os.access(TIME, os.X_OK):
        print(f"bench: {TIME} is missing (apt-get install time)", file=sys.stderr)
        return 2
    work = options.work or tempfile.mkdtemp(prefix="radar-bench-")
    os.makedirs(work, exist_ok=True)
    vault = os.path.join(work, "bench-vault")
    lines = []

    def say(line=""):
        print(line, flush=True)
        lines.append(line)

    try:
        print("bench: generating the bench vault", flush=True)
        generate(vault, 1000, 10, 2000)
        notes = count_notes(vault)
        megabytes = sum(os.path.getsize(os.path.join(d, n)) for d, _, names in os.walk(vault) for n in names) / 1e6
        print("bench: libcmark floor", flush=True)
        floor = bench_floor(vault, work, options.runs)
        print("bench: radar", flush=True)
        radar_results, differences, pages = bench_radar(radar, vault, work, options.runs)
        print("bench: write floor", flush=True)
        write_floor = bench_write_floor(os.path.join(work, "radar-out"), work, options.runs)
        hugo = None
        version = None if options.no_hugo else hugo_version()
        if version:
            print(f"bench: hugo {version}", flush=True)
            hugo = bench_hugo(vault, work, options.runs)
        scaling = bench_scaling(radar, work, [int(n) for n in options.scaling.split(",") if n.strip()],
                                options.runs)
    except (RuntimeError, subprocess.CalledProcessError, OSError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1

    full = radar_results["full"]
    say(f"## Bench: {notes} notes ({megabytes:.0f} MB), {pages} HTML pages; median of {options.runs} runs")
    say()
    say(f"Machine: {machine()}. Load average at the end: {os.getloadavg()[0]:.2f}.")
    say()
    say("| step | wall (median) | runs (min–max) | CPU user+sys | peak memory | target |")
    say("|---|---|---|---|---|---|")
    targets = {"full": "≥ 5× faster than Hugo, ≤ 3× the floor, < 300 MB", "no-op": "< 0.2 s",
               "edit": "< 0.3 s, output identical", "edit-fm": "< 0.3 s, output identical", "lint": "< 0.5 s",
               "score": "< 1 s"}
    names = {"full": "radar build, empty output, no cache", "no-op": "radar build, nothing changed",
             "edit": "radar build after editing one log's prose",
             "edit-fm": "radar build after editing one log's front matter (an event's attendance)",
             "lint": "radar lint", "score": "radar score"}
    for key in ("full", "no-op", "edit", "edit-fm", "lint", "score"):
        timing = radar_results[key]
        say(f"| {names[key]} | {timing.cell()} | {timing.spread()} | {timing.cpu:.2f} s | {timing.peak_mb:.0f} MB | "
            f"{targets[key]} |")
    say(f"| libcmark floor (bodies only, one process) | {floor.cell()} | {floor.spread()} | {floor.cpu:.2f} s | "
        f"{floor.peak_mb:.0f} MB | |")
    timing, files, size = write_floor
    say(f"| writing radar's {files} output files ({size / 1e6:.0f} MB) from memory, every core | {timing.cell()} | "
        f"{timing.spread()} | | | |")
    if hugo:
        timing, hugo_pages = hugo
        say(f"| Hugo {version}, minimal layouts ({hugo_pages} pages) | {timing.cell()} | {timing.spread()} | "
            f"{timing.cpu:.2f} s | {timing.peak_mb:.0f} MB | |")
    say()
    if hugo:
        say(f"Hugo / radar (full build, wall): **{hugo[0].wall / full.wall:.2f}×** (target ≥ 5×)")
    else:
        say("Hugo: not installed (apt-get install hugo), no ratio")
    say(f"radar / floor (full build, wall): **{full.wall / floor.wall:.2f}×** (target ≤ 3×)")
    say(f"Writing radar's output files alone, from memory: {write_floor[0].wall / floor.wall:.2f}× the floor")
    say(f"Incremental output after the edits: {'identical to a clean build' if not differences else 'DIFFERS: ' + ', '.join(differences[:5])}")
    if scaling:
        say()
        say("| notes | full build (median) | runs (min–max) | CPU user+sys | peak memory | ms per 1,000 notes "
            "| write floor of its output (median) |")
        say("|---|---|---|---|---|---|---|")
        for count, timing, writing in scaling:
            say(f"| {count} | {timing.cell()} | {timing.spread()} | {timing.cpu:.2f} s | {timing.peak_mb:.0f} MB | "
                f"{timing.wall / count * 1e6:.0f} | {writing.cell()} |")
        if len(scaling) >= 2:
            (small_n, small, small_writing), (large_n, large, large_writing) = scaling[-2], scaling[-1]
            factor = (large.wall / large_n) / (small.wall / small_n)
            say()
            say(f"Growth from {small_n} to {large_n} notes: {factor:.2f}× linear (target ≤ 1.3×)")
            writing_factor = (large_writing.wall / large_n) / (small_writing.wall / small_n)
            say(f"Growth of the write floor over the same outputs (the machine writing the same files, "
                f"nothing else): {writing_factor:.2f}× linear")
    if options.report:
        with open(options.report, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
