#!/usr/bin/env python3
"""Opens every page of two builds in headless Chromium and fails if anything runs.

    scripts/browser-check.py [--radar .build/release/radar] [--chromium chromium]
                             [--screenshots artifacts/screenshots]

Builds example-vault and the hostile fixture vault (Tests/Fixtures/hostile), serves each on
127.0.0.1 and opens every HTML page (and every standalone SVG) through the DevTools protocol.
A page fails when:
  - any script is parsed or any console API is called (no page may run JavaScript; the hostile
    vault plants <script>, event handlers and javascript: links that would set document.title);
  - document.title differs from the page's <title> text (what the payloads would change);
  - the DOM holds a <script>, an on* attribute or a javascript:/data: link;
  - the browser logs an error or warning (a Content-Security-Policy violation, a missing file);
  - an HTML page has no Content-Security-Policy forbidding scripts;
  - an HTML page is wider than a phone's screen (390 CSS pixels): a long name, a wide table or a
    box that does not wrap makes the reader scroll sideways.
Then it opens eight tabs of `radar serve`'s preview and checks live reload (see check_preview).
Screenshots of the index, one scene page and one credits page of each build (and two hostile
log pages) are saved as test artefacts. Standard library only: the DevTools websocket is spoken
directly. Exit status 0 when every page passes, 1 otherwise, 2 when the check cannot run.
"""

import argparse
import base64
import functools
import html
import http.server
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE_TIMEOUT = 20.0
# Pages are opened this wide (a phone's screen, in CSS pixels): none may be wider.
PHONE_WIDTH = 390


# MARK: - A minimal websocket client (RFC 6455), enough for the DevTools protocol


class WebSocket:
    def __init__(self, url, timeout=30.0):
        parsed = urllib.parse.urlparse(url)
        self.sock = socket.create_connection((parsed.hostname, parsed.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {parsed.path} HTTP/1.1\r\nHost: {parsed.hostname}:{parsed.port}\r\n"
            "Upgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("websocket handshake: connection closed")
            response += chunk
        head, self.buffer = response.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(f"websocket handshake failed: {head[:200]!r}")

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 1 << 16:
            header += bytes([0x80 | 126]) + struct.pack(">H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", length)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(max(65536, count - len(self.buffer)))
            if not chunk:
                raise ConnectionError("websocket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            opcode = first & 0x0F
            length = second & 0x7F
            if length == 126:
                (length,) = struct.unpack(">H", self._read(2))
            elif length == 127:
                (length,) = struct.unpack(">Q", self._read(8))
            mask = self._read(4) if second & 0x80 else None
            payload = self._read(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 0x8:
                raise ConnectionError("websocket closed by the browser")
            if opcode == 0x9:
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    """One page target of a Chromium instance, over a flattened DevTools session."""

    def __init__(self, websocket_url):
        self.ws = WebSocket(websocket_url)
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def call(self, method, session=None, timeout=PAGE_TIMEOUT, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = json.loads(self.ws.receive())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)
        raise TimeoutError(f"{method} got no reply in {timeout} s")

    def page(self, method, **params):
        return self.call(method, session=self.session, **params)

    def wait_for(self, method, timeout=PAGE_TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(event["method"] == method for event in self.events):
                return True
            self.ws.sock.settimeout(max(0.05, deadline - time.monotonic()))
            try:
                self.events.append(json.loads(self.ws.receive()))
            except socket.timeout:
                break
        return any(event["method"] == method for event in self.events)

    def drain(self, seconds):
        """Collects the events that arrive within `seconds`."""
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.ws.sock.settimeout(left)
            try:
                self.events.append(json.loads(self.ws.receive()))
            except socket.timeout:
                return


# MARK: - Chromium, the sites and a static server


def start_chromium(binary, profile):
    command = [
        binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--no-default-browser-check", "--disable-extensions",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--mute-audio", f"--user-data-dir={profile}",
        "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if os.path.exists(port_file):
            with open(port_file) as handle:
                lines = handle.read().split("\n")
            if len(lines) >= 2 and lines[1]:
                return process, f"ws://127.0.0.1:{lines[0]}{lines[1]}"
        if process.poll() is not None:
            break
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("Chromium did not start (no DevToolsActivePort)")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".svg": "image/svg+xml", ".xml": "application/xml", ".json": "application/json",
                      ".css": "text/css", ".html": "text/html; charset=utf-8"}

    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def build(radar, vault, output, base_url):
    # Built for the address it is served at, as when published: 404.html links its stylesheet
    # by absolute URL, which the CSP allows only from the page's own origin.
    result = subprocess.run([radar, "build", vault, "-o", output, "--base-url", base_url, "--quiet"],
                            capture_output=True, text=True, timeout=600)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"radar build {vault} exited {result.returncode}: {result.stderr[-2000:]}")
    return result.returncode


def documents(site):
    pages = []
    for folder, _, names in os.walk(site):
        for name in names:
            if name.endswith(".html") or name.endswith(".svg"):
                pages.append(os.path.relpath(os.path.join(folder, name), site))
    return sorted(pages)


def expected_title(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    match = re.search(r"<title>(.*?)</title>", text, re.S)
    if not match:
        return None
    # document.title strips and collapses ASCII whitespace.
    return re.sub(r"[ \t\n\f\r]+", " ", html.unescape(match.group(1))).strip(" \t\n\f\r")


# MARK: - Checking one page

DOM_PROBE = """(() => {
  const problems = [];
  const scripts = document.getElementsByTagName('script').length;
  if (scripts) problems.push(scripts + ' <script> element(s) in the DOM');
  for (const element of document.getElementsByTagName('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) problems.push('<' + element.localName + ' ' + name + '>');
      if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(name)) {
        const value = attribute.value.replace(/[\\t\\n\\r]/g, '').trim().toLowerCase();
        if (/^(javascript|data|vbscript):/.test(value))
          problems.push('<' + element.localName + ' ' + name + '="' + attribute.value + '">');
      }
    }
  }
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  return JSON.stringify({problems, csp: csp ? csp.content : null, title: document.title,
                         width: document.documentElement.scrollWidth, view: window.innerWidth});
})()"""


WIDTH_PROBE = "JSON.stringify([document.documentElement.scrollWidth, window.innerWidth])"


def check_page(devtools, url, path, is_html):
    devtools.events.clear()
    devtools.page("Page.navigate", url=url)
    loaded = devtools.wait_for("Page.loadEventFired")
    devtools.drain(0.3)
    events = list(devtools.events)
    problems = [] if loaded else ["the page did not finish loading"]
    scripts = [e for e in events if e["method"] == "Debugger.scriptParsed"]
    if scripts:
        problems.append(f"{len(scripts)} script(s) parsed: " + ", ".join(s["params"].get("url") or "(inline)"
                                                                          for s in scripts[:3]))
    for event in events:
        params = event.get("params", {})
        if event["method"] == "Runtime.consoleAPICalled":
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            problems.append(f"console.{params.get('type')} called: {args[:200]}")
        elif event["method"] == "Runtime.exceptionThrown":
            problems.append(f"exception: {params.get('exceptionDetails', {}).get('text', '')}")
        elif event["method"] == "Log.entryAdded":
            entry = params.get("entry", {})
            # Browsers ask for /favicon.ico on their own; a site without one is not broken.
            if entry.get("source") == "network" and entry.get("url", "").endswith("/favicon.ico"):
                continue
            if entry.get("level") in ("error", "warning"):
                problems.append(f"browser {entry.get('level')} ({entry.get('source')}): "
                                f"{entry.get('text', '')[:300]} [{entry.get('url', '')}]")
    # Evaluated after the events were taken, so its own script does not count as the page's.
    result = devtools.page("Runtime.evaluate", expression=DOM_PROBE, returnByValue=True)
    probe = json.loads(result.get("result", {}).get("value", "{}") or "{}")
    problems += probe.get("problems", [])
    if is_html:
        csp = probe.get("csp") or ""
        if "default-src 'none'" not in csp or "script-src" in csp:
            problems.append(f"no Content-Security-Policy forbidding scripts (got {csp!r})")
        width, view = probe.get("width", 0), probe.get("view", PHONE_WIDTH)
        if width > view:
            # Measured again after a pause: a layout not yet settled must not fail a page.
            devtools.drain(0.5)
            width, view = json.loads(devtools.page("Runtime.evaluate", expression=WIDTH_PROBE, returnByValue=True)
                                     .get("result", {}).get("value", "[0, 0]"))
        if width > view:
            problems.append(f"{width} pixels wide on a screen {view} pixels wide: something does not wrap")
        want = expected_title(path)
        if want is not None and probe.get("title") != want:
            problems.append(f"document.title is {probe.get('title')!r}, the page says {want!r}: a script ran")
    return problems


def screenshot(devtools, url, target):
    devtools.page("Emulation.setDeviceMetricsOverride", width=1200, height=900, deviceScaleFactor=1, mobile=False)
    devtools.events.clear()
    devtools.page("Page.navigate", url=url)
    devtools.wait_for("Page.loadEventFired")
    metrics = devtools.page("Page.getLayoutMetrics")
    size = metrics.get("cssContentSize") or metrics.get("contentSize")
    height = min(int(size["height"]) + 1, 12000)
    shot = devtools.page("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": 1200, "height": height, "scale": 1})
    with open(target, "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))


# MARK: - Self-test: the check must see a script run, or a clean report means nothing

CSP_META = ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'self\'; '
            'img-src \'self\' https: data:">')
CONTROLS = {
    # name: (page, must be flagged)
    "clean.html": (f"<!DOCTYPE html><html><head>{CSP_META}<title>Clean</title></head><body><p>ok</p></body></html>",
                   False),
    "inline-script.html": ("<!DOCTYPE html><html><head><title>Original</title></head><body>"
                           "<script>document.title='PWNED'</script></body></html>", True),
    "event-handler.html": ("<!DOCTYPE html><html><head><title>Original</title></head><body>"
                           "<img src=\"missing.png\" onerror=\"document.title='PWNED'\"></body></html>", True),
    "blocked-by-csp.html": (f"<!DOCTYPE html><html><head>{CSP_META}<title>Original</title></head><body>"
                            "<script>document.title='PWNED'</script></body></html>", True),
    "javascript-link.html": (f"<!DOCTYPE html><html><head>{CSP_META}<title>Original</title></head><body>"
                             "<a href=\"javascript:document.title='PWNED'\">x</a></body></html>", True),
    "too-wide.html": (f"<!DOCTYPE html><html><head>{CSP_META}<title>Wide</title></head><body>"
                      f"<pre>{'x' * 400}</pre></body></html>", True),
}


def self_test(devtools, work):
    folder = os.path.join(work, "controls")
    os.makedirs(folder)
    for name, (page, _) in CONTROLS.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(page)
    with open(os.path.join(folder, "favicon.ico"), "wb") as handle:
        handle.write(b"")
    server, base = serve(folder)
    try:
        missed = []
        for name, (_, flagged) in CONTROLS.items():
            problems = check_page(devtools, base + name, os.path.join(folder, name), True)
            if name != "clean.html":
                problems = [p for p in problems if not p.startswith("no Content-Security-Policy")]
            if bool(problems) != flagged:
                missed.append(f"{name}: {'no problem found' if flagged else problems}")
            elif problems:
                print(f"browser-check: self-test {name}: {len(problems)} problem(s), e.g. {problems[0][:110]}")
        return missed
    finally:
        server.shutdown()


# MARK: - Main


PREVIEW_TABS = ["", "scenes/modem-house/", "scenes/creekside-steppers/", "scenes/double-time-bossa/",
                "credits/", "people/femke-carrier/", "scenes/third-mainland-halftime/",
                "scenes/modem-house/credits/"]


def check_preview(devtools, radar, work):
    """`radar serve` in Chromium: eight tabs of one window all load (a live-reload stream held by
    every tab would take the six connections a browser opens to one server, and the seventh tab
    would never load), the tab in front reloads after an edit, and a tab hidden during the edit
    reloads when it is shown. Returns the problems found."""
    vault = os.path.join(work, "preview-vault")
    shutil.copytree(os.path.join(ROOT, "example-vault"), vault,
                    ignore=shutil.ignore_patterns(".radar-cache", "_site"))
    process = subprocess.Popen([radar, "serve", vault, "--port", "0", "--quiet"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env={**os.environ, "TMPDIR": work})
    tabs = []

    def state(session):
        result = devtools.call("Runtime.evaluate", session=session, returnByValue=True,
                               expression="[document.readyState, location.href, performance.timeOrigin]")
        return result.get("result", {}).get("value") or ["", "", 0]

    def wait(condition, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.25)
        return condition()

    try:
        match = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline())
        if not match:
            return ["radar serve did not print its address"]
        base = match.group(0)
        for path in PREVIEW_TABS:
            target = devtools.call("Target.createTarget", url=base + path)["targetId"]
            session = devtools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            tabs.append((target, session, base + path))
            time.sleep(0.3)

        def loaded(tab):
            ready, href, _ = state(tab[1])
            return ready == "complete" and href == tab[2]

        problems = [f"preview tab {index + 1} ({tab[2]}) did not load"
                    for index, tab in enumerate(tabs) if not wait(lambda: loaded(tab), 15)]
        if problems:
            return problems
        before = [state(session)[2] for _, session, _ in tabs]
        with open(os.path.join(vault, "scenes/modem-house/log/2026-W47.md"), "a") as note:
            note.write("\nEdited while the preview was open.\n")
        front, hidden = tabs[-1], tabs[0]
        if not wait(lambda: loaded(front) and state(front[1])[2] != before[-1], 15):
            problems.append("the tab in front did not reload after an edit")
        devtools.call("Target.activateTarget", targetId=hidden[0])
        if not wait(lambda: loaded(hidden) and state(hidden[1])[2] != before[0], 15):
            problems.append("a tab hidden during an edit did not reload when shown")
        return problems
    finally:
        for target, _, _ in tabs:
            devtools.call("Target.closeTarget", targetId=target)
        process.send_signal(2)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--radar", default=os.path.join(ROOT, ".build/release/radar"))
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser")
                        or "chromium")
    parser.add_argument("--screenshots", default=os.path.join(ROOT, "artifacts/screenshots"))
    options = parser.parse_args()
    if not os.access(options.radar, os.X_OK):
        print(f"browser-check: {options.radar} is not built (make build)", file=sys.stderr)
        return 2
    if not shutil.which(options.chromium) and not os.access(options.chromium, os.X_OK):
        print("browser-check: Chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    os.makedirs(options.screenshots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="radar-browser-")
    sites = [
        ("example", os.path.join(ROOT, "example-vault"), 0,
         {"index": "index.html", "scene": "scenes/third-mainland-halftime/index.html",
          "credits": "scenes/third-mainland-halftime/credits/index.html"}),
        ("hostile", os.path.join(ROOT, "Tests/Fixtures/hostile"), 1,
         {"index": "index.html", "scene": "scenes/xss-everywhere/index.html",
          "credits": "scenes/xss-everywhere/credits/index.html",
          "log": "scenes/xss-everywhere/2026-W46/index.html",
          "bidi-log": "scenes/bidi-and-friends/2026-W47/index.html"}),
    ]
    chromium = None
    failures = 0
    try:
        chromium, websocket_url = start_chromium(options.chromium, os.path.join(work, "profile"))
        devtools = DevTools(websocket_url)
        for domain in ("Page", "Runtime", "Log", "Debugger"):
            devtools.page(f"{domain}.enable")
        missed = self_test(devtools, work)
        if missed:
            print("browser-check: the self-test failed, so no result can be trusted:", *missed, sep="\n  ")
            return 2
        print(f"browser-check: self-test: {len(CONTROLS) - 1} planted problems detected, the clean page passes")
        for name, vault, status, shots in sites:
            output = os.path.join(work, name)
            os.makedirs(output)
            server, base = serve(output)
            try:
                got = build(options.radar, vault, output, base)
                if got != status:
                    print(f"browser-check: building {name} exited {got}, expected {status}")
                    failures += 1
                pages = documents(output)
                html_pages = [p for p in pages if p.endswith(".html")]
                # Not emulated as mobile: a mobile layout viewport grows to fit the page, which
                # would hide the overflow this looks for.
                devtools.page("Emulation.setDeviceMetricsOverride", width=PHONE_WIDTH, height=800,
                              deviceScaleFactor=1, mobile=False)
                for page in pages:
                    problems = check_page(devtools, base + page, os.path.join(output, page), page.endswith(".html"))
                    for problem in problems:
                        print(f"browser-check: {name}/{page}: {problem}")
                    failures += bool(problems)
                for shot, page in shots.items():
                    screenshot(devtools, base + page, os.path.join(options.screenshots, f"{name}-{shot}.png"))
                print(f"browser-check: {name}: {len(html_pages)} HTML pages and {len(pages) - len(html_pages)} "
                      f"SVG files opened, {len(shots)} screenshots")
            finally:
                server.shutdown()
        problems = check_preview(devtools, options.radar, work)
        for problem in problems:
            print(f"browser-check: preview: {problem}")
        failures += len(problems)
        if not problems:
            print(f"browser-check: preview: {len(PREVIEW_TABS)} tabs loaded; an edit reloaded the tab in front, "
                  "and the hidden tab when shown")
    except (RuntimeError, ConnectionError, TimeoutError, OSError) as error:
        print(f"browser-check: {error}", file=sys.stderr)
        return 2
    finally:
        if chromium:
            chromium.kill()
            chromium.wait()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"browser-check: {failures} page(s) failed")
        return 1
    print(f"browser-check: every page passed; screenshots in {os.path.relpath(options.screenshots, ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
