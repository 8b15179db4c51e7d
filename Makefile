# Scene Radar — build, test and publish.
#
#   make site    install what is missing, build, compile example-vault into _site/
#   make test    install what is missing, then run every check
#
# Everything that needs root (apt-get) runs through $(SUDO): empty when already root.

PREFIX   ?= /usr/local
SWIFT    ?= swift
RADAR    := .build/release/radar
SUDO     := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT      := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends

.PHONY: all deps build debug test format lint-format site check install uninstall clean

all: build

## Install libcmark-dev (and pkg-config) when they are missing.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "installing libcmark-dev"; \
		$(SUDO) apt-get update -q && $(APT) libcmark-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build -c release --product radar

debug: deps
	$(SWIFT) build

## Compile the example vault's notes and print the diagnostics.
check: build
	$(RADAR) check example-vault

## Build the example vault into _site/.
site: build
	$(RADAR) build example-vault -o _site

test: deps lint-format
	$(SWIFT) build
	$(SWIFT) test

lint-format:
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RADAR) $(DESTDIR)$(PREFIX)/bin/radar

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/radar

clean:
	rm -rf .build _site
