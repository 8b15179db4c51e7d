#!/usr/bin/env python3
"""Writes a deterministic, realistic bench vault: SCENES scenes x LOGS weekly logs + PEOPLE people.

Notes are 3-6 KB with full credits, events, press and a Markdown body, like a curator's real
notes after a few months. Same seed, same bytes.

    generate.py OUT [--scenes 1000] [--logs 10] [--people 2000] [--seed 7]
"""
import argparse
import os
import random

WORDS = ("drum kick snare hat bass sub synth pad lead vocal chop loop sample break swing shuffle "
         "halftime tempo riddim dembow gqom amapiano drill footwork jungle garage grime baile "
         "funk edit bootleg flip remix rework dub version room crowd flyer stream clip tape "
         "night basement rooftop warehouse radio show series collective label crew discord "
         "channel tag playlist mix set tracklist pressing vinyl cassette download tip").split()
PLATFORM_HOSTS = [("bandcamp", "https://{h}.bandcamp.com/track/{t}"),
                  ("soundcloud", "https://soundcloud.com/{h}/{t}"),
                  ("youtube", "https://www.youtube.com/watch?v={t}"),
                  ("tiktok", "https://www.tiktok.com/@{h}/video/{n}"),
                  ("mixcloud", "https://www.mixcloud.com/{h}/{t}/")]
KINDS = ["original", "original", "remix", "edit", "edit", "mix"]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def week_label(year, week):
    return f"{year}-W{week:02d}"


def weeks_back(count):
    """The last `count` ISO weeks ending 2026-W47 (no year boundary crossing below W01 here)."""
    out = []
    year, week = 2026, 47
    for _ in range(count):
        out.append((year, week))
        week -= 1
        if week == 0:
            year, week = year - 1, 52
    return list(reversed(out))


def person_name(index):
    first = ["Ada", "Kofi", "Amaka", "Tolu", "Zino", "Bayo", "Lekki", "Nneka", "Ife", "Sade", "Jun", "Mira",
             "Oskar", "Lina", "Rui", "Noor", "Ezra", "Yara", "Dmitri", "Asha"]
    last = ["Vale", "Mensah", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Silva", "Novak", "Reyes"]
    return f"{first[index % len(first)]} {last[(index // len(first)) % len(last)]} {index}"


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def log_note(rng, scene, year, week, people, index):
    artists = rng.sample(people, 8)
    lines = ["---", f"week: {week_label(year, week)}", f"artists: {yaml_list(artists)}",
             f"platforms: [bandcamp, soundcloud, tiktok]", "tracks:"]
    for t in range(5):
        platform, pattern = PLATFORM_HOSTS[(index + t) % len(PLATFORM_HOSTS)]
        kind = KINDS[(index + t) % len(KINDS)]
        handle = f"{scene}-{t}"
        url = pattern.format(h=handle, t=f"{scene}-w{week}-{t}", n=1000 + index * 10 + t)
        producer, vocalist, remixer = rng.sample(people, 3)
        lines += [f"  - title: {sentence(rng, 3)[:-1]}", f"    url: {url}", f"    kind: {kind}",
                  f"    vocals: {'true' if t % 2 else 'false'}", "    credits:"]
        if kind == "mix":
            lines.append(f"      dj: [{producer}]")
        else:
            lines.append(f"      producer: [{producer}]")
        if t % 2:
            lines.append(f"      vocalist: [{vocalist}]")
        if kind in ("remix", "edit"):
            lines.append(f"      remixer: [{remixer}]")
        lines += [f"      label: {scene.title()} Records", f"    support: [https://{handle}.bandcamp.com/]",
                  f"    played-by: [{rng.choice(people)}]"]
    lines.append("events:")
    for e in range(2):
        lineup = rng.sample(people, 4)
        day = 1 + (week * 7 + e * 2) % 27
        lines += [f"  - name: {scene.title()} Night {week}-{e}", f"    date: {year}-{1 + week // 5:02d}-{day:02d}",
                  f"    city: Lagos", f"    kind: club-night", f"    series: {scene.title()} Night",
                  f"    attendance: {50 + rng.randrange(300)}", f"    lineup: {yaml_list(lineup)}",
                  f"    footage: [https://www.tiktok.com/@{scene}/video/{index * 7 + e}]",
                  f"    tickets: https://tickets.example.org/{scene}/{week}/{e}"]
    lines += ["press:", f"  - outlet: {scene.title()} Weekly", "    tier: small",
              f"    url: https://press.example.org/{scene}/{week}", f"    date: {year}-{1 + week // 5:02d}-10",
              "how-its-made:", f"  - by: {artists[0]}", "    kind: breakdown",
              f"    url: https://www.youtube.com/watch?v={scene}-hm-{week}",
              f"soundalikes: [{scene.title()} Copycat {week % 3}]",
              f"vocabulary: [{rng.choice(WORDS)} {rng.choice(WORDS)}, {scene} skip]",
              "markers:", "  tempo: 140-150", "  drums: half-time with skipping hats",
              "  signature: detuned saws and phone-mic vocals",
              f"community: [{scene.title()} Discord]", f"surface: bandcamp tag {scene}", "---", ""]
    body = []
    for p in range(4 + rng.randrange(4)):
        body.append(" ".join(sentence(rng, 12 + rng.randrange(12)) for _ in range(3)))
    return "\n".join(lines) + "\n\n".join(body) + "\n"


def scene_note(rng, scene, people):
    return "\n".join([
        "---", f"name: {scene.title().replace('-', ' ')}", "spotted: 2026-01-12", "where: Lagos", "status: active",
        "tags: [club, bench]", "formation:", "  tool: a cracked drum-machine preset", "  containers:",
        "    - kind: discord", f"      name: {scene} lab", "      private: true", "    - kind: youtube",
        f"      name: {scene} tv", f"      url: https://www.youtube.com/@{scene}", "  visuals: [grainy stills, lime type]",
        "  bridges:", "    - kind: dj", f"      who: {people[0]}", "sound:", "  tempo: 140-150", "  drums: half-time",
        "  signature: saws", f"vocabulary: [{scene} skip, the drop]", "infrastructure:", "  - kind: party-series",
        f"    name: {scene.title()} Night", f"    url: https://{scene}.example.org/", "---",
        sentence(rng, 30), ""])


def person_note(name, slug):
    return "\n".join(["---", f"name: {name}", "kind: person", f"links: [https://soundcloud.com/{slug}]",
                      f"support: [https://{slug}.bandcamp.com/]", "---", f"{name} makes music.", ""])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--scenes", type=int, default=1000)
    parser.add_argument("--logs", type=int, default=10)
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    people = [person_name(i) for i in range(args.people)]
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "radar.yml"), "w") as handle:
        handle.write("title: Bench Radar\nbase-url: https://bench.example.org/\nwindow: 6\n")
    weeks = weeks_back(args.logs)
    for s in range(args.scenes):
        scene = f"scene-{s:04d}"
        folder = os.path.join(args.out, "scenes", scene, "log")
        os.makedirs(folder, exist_ok=True)
        pool = rng.sample(people, 30)
        with open(os.path.join(args.out, "scenes", scene, "scene.md"), "w") as handle:
            handle.write(scene_note(rng, scene, pool))
        for i, (year, week) in enumerate(weeks):
            with open(os.path.join(folder, f"{week_label(year, week)}.md"), "w") as handle:
                handle.write(log_note(rng, scene, year, week, pool, s * 100 + i))
    os.makedirs(os.path.join(args.out, "people"), exist_ok=True)
    for i, name in enumerate(people):
        slug = f"person-{i:05d}"
        with open(os.path.join(args.out, "people", slug + ".md"), "w") as handle:
            handle.write(person_note(name, slug))


if __name__ == "__main__":
    main()
