/// The page the preview server shows in place of the site while the vault does not build: each
/// diagnostic with its place, code, message, source line and caret, as the terminal shows it.
///
/// Everything from the vault is HTML-escaped. The page carries the same no-script policy as the
/// site's pages (the server widens it for the reload script like any other page) and takes its
/// style from a stylesheet the server serves, so it needs no inline style or script.
enum ErrorPage {
    /// Where the server serves ``stylesheet``.
    static let stylesheetPath = "/__radar/error.css"

    /// The page listing `diagnostics` (errors and warnings; info is left to `radar lint`).
    /// `sourceLine(file, line)` supplies the text of a line, when it can still be read.
    static func render(diagnostics: [Diagnostic], sourceLine: (String, Int) -> Substring?) -> String {
        let shown = diagnostics.filter { $0.severity >= .warning }
        let counts = DiagnosticFormats.summary(shown)
        var title = NumberFormat.counted(counts.errors, "error")
        if counts.warnings > 0 { title += ", " + NumberFormat.counted(counts.warnings, "warning") }
        var body = "<h1>\(escape(title))</h1>\n"
        body += """
            <p class="hint">The notes below have errors: a note that does not build, or one that \
            must not be published as it is. Fix them and save: this page reloads by itself. The \
            terminal running radar serve shows the same report.</p>

            """
        body += "<ol class=\"diagnostics\">\n"
        var excerpts = SourceExcerpts()
        for diagnostic in shown.prefix(listed) {
            body += item(diagnostic, excerpt: excerpts.excerpt(for: diagnostic, lines: sourceLine))
        }
        body += "</ol>\n"
        if shown.count > listed {
            body += """
                <p class="hint">And \(shown.count - listed) more: the terminal running radar serve, \
                and radar lint, list every one.</p>

                """
        }
        return document(title: "radar: " + title, body: body)
    }

    /// How many diagnostics the page lists: enough to work through, few enough that a vault
    /// with thousands of problems still gives a page a browser opens at once.
    static let listed = 200

    /// The page for a build that could not run at all, e.g. because the vault folder is gone.
    static func render(failure message: String) -> String {
        let body = """
            <h1>The site cannot be built</h1>
            <p class="failure">\(escape(message))</p>
            <p class="hint">Fix the problem and radar serve rebuilds the site; this page reloads by itself.</p>

            """
        return document(title: "radar: the site cannot be built", body: body)
    }

    /// A plain stylesheet for the page, served by the preview server.
    static let stylesheet = """
        :root { color-scheme: light dark; }
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #fff7f5; color: #1d1d1f; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { color: #b3261e; font-size: 1.5rem; }
        .hint { color: #555; }
        .diagnostics { padding-left: 1.5rem; }
        .diagnostic { margin: 1.25rem 0; }
        .where { font-family: ui-monospace, monospace; font-weight: 600; margin: 0; }
        .severity-error { color: #b3261e; }
        .severity-warning { color: #8a5a00; }
        .code { font-family: ui-monospace, monospace; }
        .message { margin: 0.25rem 0; }
        pre.source { background: #fff; border: 1px solid #e3c9c4; padding: 0.5rem 0.75rem; overflow-x: auto; }
        .gutter { color: #6b6b6b; }
        .caret { color: #1e7d32; font-weight: 700; }
        .notes { margin: 0.25rem 0; color: #333; }
        .failure { font-family: ui-monospace, monospace; background: #fff; padding: 0.75rem; }
        @media (prefers-color-scheme: dark) {
          body { background: #1f1615; color: #eee; }
          h1, .severity-error { color: #ff8a80; }
          .severity-warning { color: #ffd180; }
          .hint, .notes { color: #bbb; }
          pre.source, .failure { background: #111; border-color: #553; }
          .caret { color: #8bd48f; }
        }

        """
}

// MARK: - Pieces

extension ErrorPage {
    fileprivate static func item(_ diagnostic: Diagnostic, excerpt: SourceExcerpt?) -> String {
        let location = diagnostic.location
        var place = location.file
        if location.line > 0 { place += ":\(location.line):\(max(location.column, 1))" }
        let severity = diagnostic.severity.rawValue
        var html = "<li class=\"diagnostic\">\n"
        html += "<p class=\"where\">\(escape(place)): <span class=\"severity-\(severity)\">\(severity)</span>"
        html += "[<span class=\"code\">\(escape(diagnostic.code.rawValue))</span>]</p>\n"
        html += "<p class=\"message\">\(escape(diagnostic.message))</p>\n"
        if let excerpt {
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count + 1)
            html +=
                "<pre class=\"source\"><span class=\"gutter\">\(number) | </span>\(escape(excerpt.text))\n"
            html += "<span class=\"gutter\">\(gutter)| </span>"
            html += "<span class=\"caret\">\(escape(excerpt.pad + excerpt.marker))</span></pre>\n"
        }
        var notes = diagnostic.notes.map { note -> String in
            var text = "note: " + note.message
            if let at = note.location {
                text += at.line > 0 ? " (\(at.file):\(at.line):\(max(at.column, 1)))" : " (\(at.file))"
            }
            return text
        }
        if let fixIt = diagnostic.fixIt { notes.append("fix: " + fixIt.message) }
        if !notes.isEmpty {
            html += "<ul class=\"notes\">" + notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul>\n"
        }
        return html + "</li>\n"
    }

    fileprivate static func document(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(escape(policy))">
        <title>\(escape(title))</title>
        <link rel="stylesheet" href="\(stylesheetPath)">
        </head>
        <body>
        <main>
        \(body)</main>
        </body>
        </html>

        """
    }

    fileprivate static let policy =
        "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'"

    fileprivate static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
