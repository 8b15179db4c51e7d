#!/usr/bin/env bash
# Builds libFuzzer targets over the library's sources and runs them.
#
#   fuzz/run.sh TARGET SECONDS [extra libFuzzer flags…]   one target
#   fuzz/run.sh all SECONDS [extra libFuzzer flags…]      every target, SECONDS each, in turn
#
# Targets:
#   yaml      fuzz/YAMLParserFuzz.swift: splitter, YAML parser, core schema, JSON writer
#   mustache  fuzz/MustacheFuzz.swift: Mustache parsing and rendering
#   pipeline  fuzz/NotePipelineFuzz.swift: one note read, decoded, parsed, linted and compiled
#             into a tiny site by SiteBuilder (RADAR_FUZZ_PIPELINE_MODE=disk: the vault loaded from
#             disk too)
# The mustache and pipeline harnesses live in Tests/SceneRadarTests/Fuzz/, shared with the
# regression tests that replay Tests/Fixtures/fuzz-regressions/<target>/.
#
# The corpus lives in fuzz/corpus-TARGET/ (git-ignored), seeded when empty from the conformance
# suites ($RADAR_CONFORMANCE, else ../shared/conformance beside the package root), the example
# vault, the fixtures and the theme. Failing inputs are written to fuzz/.build/artifacts-TARGET/;
# add each to Tests/Fixtures/fuzz-regressions/TARGET/ before fixing it. A binary is rebuilt only
# when a source is newer than it. Each run ends with a summary line per target; the exit status
# is 1 when any target found something.
set -euo pipefail

usage="usage: fuzz/run.sh yaml|mustache|pipeline|all SECONDS [libFuzzer flags…]"
target="${1:?$usage}"
seconds="${2:?$usage}"
shift 2

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# The pipeline target compiles each input's vault in a temporary folder: memory-backed when there is one.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
build="fuzz/.build"
conformance="${RADAR_CONFORMANCE:-$root/../shared/conformance}"
harness="Tests/SceneRadarTests/Fuzz"

# The files of a target besides the library's sources.
target_files() {
    case "$1" in
        yaml) echo "fuzz/YAMLParserFuzz.swift $harness/YAMLFuzzHarness.swift" ;;
        mustache) echo "fuzz/MustacheFuzz.swift $harness/MustacheFuzzHarness.swift" ;;
        pipeline)
            echo "fuzz/NotePipelineFuzz.swift $harness/NotePipelineFuzzHarness.swift" \
                "$harness/NotePipelineFuzzHarness+Vault.swift $harness/NotePipelineFuzzHarness+Site.swift" \
                "$harness/MarkupCheck.swift" \
                "$harness/FuzzMemoryFileSystem.swift"
            ;;
        *) echo "unknown fuzz target '$1' (known: yaml, mustache, pipeline, all)" >&2; exit 2 ;;
    esac
}

# Longest input per target: templates and notes are small; the YAML target reads whole files.
max_len() {
    case "$1" in
        mustache) echo 4096 ;;
        pipeline) echo 8192 ;;
        *) echo 16384 ;;
    esac
}

seed() {
    local name="$1" corpus="$2"
    [ -z "$(ls -A "$corpus")" ] || return 0
    case "$name" in
        yaml)
            [ -d "$conformance" ] || return 0
            echo "seeding $corpus from $conformance"
            for file in "$conformance"/yaml-subset/valid/*.yaml "$conformance"/yaml-subset/fail/*.yaml \
                "$conformance"/real-front-matter/cases/*.yaml; do
                [ -f "$file" ] || continue
                base="$(basename "$(dirname "$file")")-$(basename "$file" .yaml)"
                cp "$file" "$corpus/$base.yaml"
                # The same text as a note, so the front-matter splitter is exercised too.
                { printf -- '---\n'; cat "$file"; printf -- '\n---\n# Body\n'; } > "$corpus/$base.md"
            done
            ;;
        *) python3 fuzz/seed.py "$name" "$corpus" "$conformance" ;;
    esac
}

# The library is compiled once, into one object with coverage and ASan, as a testable module;
# each target's entry point and harness are a second module on top of it, with ASan but no
# coverage, so the fuzzer steers by the library's branches only (and the checks cost less).
build_library() {
    local sources=() module="$build/lib"
    while IFS= read -r file; do sources+=("$file"); done < <(find Sources/SceneRadar -name '*.swift' | sort)
    if [ -f "$module/SceneRadar.o" ] \
        && [ -z "$(find "${sources[@]}" -newer "$module/SceneRadar.o" -print -quit)" ]; then
        return 0
    fi
    echo "building the library with coverage (a few minutes)"
    mkdir -p "$module"
    swiftc -parse-as-library -sanitize=fuzzer,address -O -g -enable-testing -wmo \
        -module-name SceneRadar -I Sources/CCmark -I Sources/CMalloc \
        -emit-module -emit-module-path "$module/SceneRadar.swiftmodule" \
        -c "${sources[@]}" -o "$module/SceneRadar.o" 2> >(grep -v 'Cannot export local symbol' >&2)
}

build_target() {
    local name="$1" binary="$2"
    local files module="$build/lib"
    read -r -a files <<< "$(target_files "$name")"
    build_library
    if [ -x "$binary" ] && [ -z "$(find "${files[@]}" "$module/SceneRadar.o" -newer "$binary" -print -quit)" ]; then
        echo "$binary is up to date"
        return 0
    fi
    echo "building $binary"
    swiftc -parse-as-library -sanitize=address -O -g -wmo -module-name "FuzzTarget" \
        -I "$module" -I Sources/CCmark -I Sources/CMalloc -c "${files[@]}" -o "$build/$name.o"
    swiftc -sanitize=fuzzer,address "$module/SceneRadar.o" "$build/$name.o" -lcmark -o "$binary" \
        2> >(grep -v 'Cannot export local symbol' >&2)
}

summaries=()
found_any=0

run_target() {
    local name="$1"
    shift
    local corpus="fuzz/corpus-$name" artifacts="$build/artifacts-$name/" binary="$build/$name-fuzzer"
    local log="$build/$name.log"
    mkdir -p "$build" "$corpus" "$artifacts"
    seed "$name" "$corpus"
    build_target "$name" "$binary"
    local dict_args=()
    if [ -f "fuzz/$name.dict" ]; then dict_args=(-dict="fuzz/$name.dict"); fi
    local before after start status=0
    before="$(find "$artifacts" -type f | wc -l)"
    start="$(date +%s)"
    echo "running $binary for $seconds s (log: $log)"
    # Swift's backtracer reads memory ASan then reports as an overflow: leave crashes to ASan.
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" "$binary" "$corpus" ${dict_args[@]+"${dict_args[@]}"} \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$name")" \
        -artifact_prefix="$artifacts" -print_final_stats=1 "$@" 2>&1 | tee "$log" || status=$?
    after="$(find "$artifacts" -type f | wc -l)"
    local duration=$(($(date +%s) - start))
    local runs
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
    local findings=$((after - before))
    if [ "$status" -ne 0 ] && [ "$findings" -eq 0 ]; then findings=1; fi
    if [ "$findings" -gt 0 ]; then found_any=1; fi
    summaries+=("$(printf '%-9s %6d s  %10s executions  %d finding(s)' \
        "$name" "$duration" "${runs:-?}" "$findings")")
}

if [ "$target" = all ]; then
    for name in yaml mustache pipeline; do run_target "$name" "$@"; done
else
    target_files "$target" > /dev/null
    run_target "$target" "$@"
fi

echo
echo "fuzz summary (artifacts in $build/artifacts-TARGET/):"
for line in "${summaries[@]}"; do echo "  $line"; done
exit "$found_any"
