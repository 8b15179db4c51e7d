/// The live-reload protocol between the preview server and the pages it serves.
///
/// A script tag is added to HTML responses by the server at serve time only; the files the build
/// writes never contain it, so a published site carries no trace of the preview. The script is a
/// file the server itself serves (`/__radar/reload.js`), not inline code, because built pages
/// carry a Content-Security-Policy that allows no scripts: the served copy of that policy is
/// widened by ``LiveReloadPolicy`` to allow exactly this script and its event stream.
enum LiveReload {
    /// The Server-Sent Events endpoint the script listens to.
    static let eventsPath = "/__radar/events"

    /// Where the server serves the script.
    static let scriptPath = "/__radar/reload.js"

    /// The prefix reserved for the server's own endpoints; site files under it are not served.
    static let reservedPrefix = "/__radar/"

    /// The script: reload the page on a `reload` event. `EventSource` reconnects by itself when the
    /// server restarts.
    ///
    /// A browser opens at most six connections to one server, and a stream holds one: a hidden
    /// tab lets its stream go, so that a seventh tab still loads. Shown again, it listens anew,
    /// and the server's greeting names the current build; a name other than the one the tab
    /// first heard means a build happened while it was hidden (or the server restarted), and
    /// the tab reloads.
    static let scriptSource = """
        (function () {
          var build = null;
          var source = null;
          function stop() {
            if (source) {
              source.close();
              source = null;
            }
          }
          function listen() {
            source = new EventSource('\(eventsPath)');
            source.addEventListener('build', function (event) {
              if (build !== null && event.data !== build) {
                stop();
                location.reload();
                return;
              }
              build = event.data;
              if (document.hidden) stop();
            });
            source.addEventListener('reload', function () {
              stop();
              location.reload();
            });
          }
          document.addEventListener('visibilitychange', function () {
            if (document.hidden) {
              if (build !== null) stop();
            } else if (!source) {
              listen();
            }
          });
          listen();
        })();

        """

    /// The tag injected into served pages.
    static let scriptTag = "<script src=\"\(scriptPath)\" data-radar-live-reload></script>"

    /// The SSE message that tells every page to reload.
    static let reloadEvent = "event: reload\ndata: reload\n\n"

    /// The SSE message that names the current build, sent to each stream as it opens.
    static func buildEvent(_ name: String) -> String {
        "event: build\ndata: \(name)\n\n"
    }

    /// Prepares a served HTML document: widens its Content-Security-Policy `<meta>` for the script
    /// and inserts the script tag before the last `</body>` (matched case-insensitively), or appends
    /// it when there is none. Works on bytes, so a document that is not valid UTF-8 passes through
    /// intact.
    static func inject(into html: [UInt8]) -> [UInt8] {
        let script = Array(scriptTag.utf8)
        var result = LiveReloadPolicy.rewriteMetaPolicies(in: html)
        guard let index = lastClosingBody(in: result) else { return result + script }
        result.insert(contentsOf: script, at: index)
        return result
    }

    private static func lastClosingBody(in html: [UInt8]) -> Int? {
        let tag = Array("</body".utf8)
        guard html.count >= tag.count else { return nil }
        var start = html.count - tag.count
        while start >= 0 {
            var matches = true
            for offset in 0..<tag.count where lowercase(html[start + offset]) != tag[offset] {
                matches = false
                break
            }
            if matches {
                let next = start + tag.count
                if next == html.count || [UInt8(ascii: ">"), 0x20, 0x09, 0x0A, 0x0D].contains(html[next]) {
                    return start
                }
            }
            start -= 1
        }
        return nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
