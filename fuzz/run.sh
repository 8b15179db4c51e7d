#!/usr/bin/env bash
# Builds a libFuzzer target over the library's sources and runs it.
#
#   fuzz/run.sh TARGET SECONDS [extra libFuzzer flags…]
#
# TARGET is `yaml` (fuzz/YAMLParserFuzz.swift). The corpus lives in fuzz/corpus-TARGET/
# (git-ignored) and is seeded from the conformance suites ($RADAR_CONFORMANCE, else
# ../shared/conformance beside the package root). Crashing inputs are written to
# fuzz/.build/artifacts-TARGET/; add each as a regression test before fixing it.
set -euo pipefail

target="${1:?usage: fuzz/run.sh TARGET SECONDS}"
seconds="${2:?usage: fuzz/run.sh TARGET SECONDS}"
shift 2

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

case "$target" in
    yaml) source_file="fuzz/YAMLParserFuzz.swift" ;;
    *) echo "unknown fuzz target '$target' (known: yaml)" >&2; exit 2 ;;
esac

build="fuzz/.build"
corpus="fuzz/corpus-$target"
artifacts="$build/artifacts-$target/"
binary="$build/$target-fuzzer"
mkdir -p "$build" "$corpus" "$artifacts"

conformance="${RADAR_CONFORMANCE:-$root/../shared/conformance}"
if [ -d "$conformance" ] && [ -z "$(ls -A "$corpus")" ]; then
    echo "seeding $corpus from $conformance"
    for file in "$conformance"/yaml-subset/valid/*.yaml "$conformance"/yaml-subset/fail/*.yaml \
        "$conformance"/real-front-matter/cases/*.yaml; do
        [ -f "$file" ] || continue
        base="$(basename "$(dirname "$file")")-$(basename "$file" .yaml)"
        cp "$file" "$corpus/$base.yaml"
        # The same text as a note, so the front-matter splitter is exercised too.
        { printf -- '---\n'; cat "$file"; printf -- '\n---\n# Body\n'; } > "$corpus/$base.md"
    done
fi

sources=()
while IFS= read -r file; do sources+=("$file"); done < <(find Sources/SceneRadar -name '*.swift' | sort)

echo "building $binary"
swiftc -parse-as-library -sanitize=fuzzer,address -O -g \
    -module-name SceneRadarFuzz \
    -I Sources/CCmark -I Sources/CMalloc -lcmark \
    "${sources[@]}" "$source_file" \
    -o "$binary" 2> >(grep -v 'Cannot export local symbol' >&2)

dict_args=()
if [ -f "fuzz/$target.dict" ]; then dict_args=(-dict="fuzz/$target.dict"); fi

echo "running $binary for $seconds s"
exec "$binary" "$corpus" ${dict_args[@]+"${dict_args[@]}"} \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="$artifacts" -print_final_stats=1 "$@"
