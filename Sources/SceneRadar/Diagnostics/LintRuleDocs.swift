/// docs/lint-rules.md, generated from the `DiagnosticCode` catalogue so the reference, SARIF's
/// rule metadata and the messages share one source (a test keeps the file in sync).
public enum LintRuleDocs {
    /// The whole document.
    public static func markdown() -> String {
        var out = """
            # Diagnostics and lint rules

            Every diagnostic has a stable code, a severity and a position:

            ```
            scenes/hyperdub-drill/log/2026-W47.md:12:5: error[unknown-key]: unknown key 'atendance'; did you mean 'attendance'?
             12 |     atendance: 180
                |     ^~~~~~~~~
                = fix: replace with 'attendance'
            ```

            `radar lint` (and `radar check`) exits with 0 when the vault is clean or has only warnings \
            and info, 1 when any error is found (or any warning with `--strict`), and 2 when the vault \
            itself cannot be read (its folder, or its `scenes/` or `people/` folder, cannot be listed: \
            `radar build` then writes nothing, where it would publish a site without them) or the \
            folder is not a vault (no `radar.yml`, `scenes/` or `people/`). \
            `--format json`, `--format sarif` (SARIF 2.1.0, columns in Unicode \
            code points) and `--format github` (workflow-command annotations) print the same diagnostics \
            for tools.

            Rules marked *can be silenced* can be turned off for one note with front matter \
            `lint-ignore: [code]`, or for the whole vault in radar.yml with `lint: {ignore: [code]}`. \
            Syntax, schema and I/O errors cannot be silenced: a note that cannot be read correctly is \
            never published as if it could. `lint: {strict: true}` in radar.yml (or `--strict`) makes \
            warnings fail `radar lint`; warnings never fail `radar build`.

            `radar build` checks the rules whose problems are errors too (`credit.producer-missing`, \
            `credit.remixer-missing`, `credit.dj-missing`, `privacy.invite-link`), silenced the same \
            way: it reports each one and exits with 1, and it still renders the note, so a publishing \
            pipeline stops before the site goes out. Warnings, info and wiki links are `radar lint`'s, \
            but for a file where the vault layout reads none (`misplaced-file`) and the theme's \
            (`template`), which a build reports too.

            | code | severity | can be silenced | what it means | what to do |
            |---|---|---|---|---|

            """
        for code in DiagnosticCode.allCases {
            out +=
                "| `\(code.rawValue)` | \(severity(code)) | \(code.isSuppressible ? "yes" : "no") | "
                + "\(code.shortDescription) | \(code.help) |\n"
        }
        out += """

            ## Notes on the rules

            - **Credits** (`credit.*`) apply to every track except one marked `credits.unknown: true`, \
            which is shown as "producer unknown — help identify". A remix or edit needs its original \
            producer *and* its remixer.
            - **Name variants**: spellings are grouped by their match key (Unicode-normalised, case \
            and accents folded, invisible characters removed, spaces collapsed, and again with \
            punctuation removed and dashes and underscores read as spaces, so `D.J. Kofi`, `DJ Kofi` \
            and `DJ-Kofi` meet; a name of punctuation alone meets no other; `JayZ` and `Jay-Z` do \
            not meet: give one as the other's alias; a word that mixes Latin letters with Cyrillic \
            or Greek ones drawn like them is read in Latin, so `Ѕecret Sam` with a Cyrillic `Ѕ` is \
            `Secret Sam`, while a word in one script keeps its letters). The canonical spelling is the person note's `name` (or the alias \
            that matched), else the most frequent spelling, ties broken by sort order. Add a spelling \
            to the person's `aliases` when it is genuinely theirs.
            - **Years written wrong** (`log.date-far`): an event or press piece dated more than a \
            year from its log's week, and a log more than a year after every other log of the vault. \
            radar's "now" is the newest week logged, so a log of `2062-W47` among logs of 2026 would \
            score every other scene as of 2062, and they would all be stale.
            - **Support**: `support.missing` is skipped for an unidentified track (nobody to pay yet).
            - **Invite links** (`privacy.invite-link`): Discord (`discord.gg/…`, `discord.com/invite/…`, \
            also on `ptb.` and `canary.`), Telegram (`t.me/+…`, `t.me/joinchat/…`), WhatsApp \
            (`chat.whatsapp.com/…`), Signal (`signal.group/…`), GroupMe, LINE and KakaoTalk group \
            links, anywhere in a note: any URL field, any text value (`community`, `surface`, \
            `where`, names, titles…) and the body, except the `name` and `url` of a container \
            marked `private: true` (which are never published). In text, a link is found whatever \
            comes before it (quotes, other scripts); one only in raw HTML, which the site leaves out, \
            is not published and not reported. In a value written with an escape, the link is \
            pointed at where the value starts. In a private scene, person or event the link is \
            reported too, as kept off the site only while the note stays private: the day it is \
            made public, the link would go out with it.
            - **Links to private targets** (`privacy.private-link`): SPEC §3 shows a wiki link to a \
            private person or scene as its text, so `[[Yewande Harrow]]` in a published note (a \
            public scene's profile or log, a public person's note) prints her name. A link with a \
            label (`[[Yewande Harrow|a friend]]`) is the curator's choice and is not reported; an \
            empty label (`[[Yewande Harrow|]]`) prints the name and is. So is a track of a public \
            scene whose title or address names a private person's name or alias of two words or \
            more, or of one word of five letters or more (`Night Run (Yewande Harrow Remix)`, \
            `…/night-run-yewande-harrow-remix`): the site shows a track's title and links its \
            address as written, beside the credit that reads "uncredited (private)".
            - **Workflow**: the weekly workflow logs about 10 core artists, about 5 key tracks and the \
            three sound markers (tempo, drums, signature) — more is not wrong, just a hint.
            - **Wiki links** resolve by scene name, alias or slug, and person name, alias, slug or \
            `people/` followed by any of them, case- and accent-insensitively (`People/`, `scenes/` \
            too); a heading after the name (`[[Low Tide#Sound]]`) is ignored and the link goes to \
            the page. Lint checks the links a page renders, the \
            body read as the site reads it (CommonMark, by cmark): a `[[link]]` in a code span or code \
            block, or in raw HTML (which the site leaves out), is not a link and is not checked. A \
            warning points at the link's line and column; a link written with an escape inside it \
            (`[[a\\_b]]`) is pointed at the start of its run of text. A link to a scene whose profile \
            has errors is not reported: the profile's errors are, and the link resolves once they \
            are fixed (by the profile's slug, or by the `name` and `aliases` it writes).

            """
        return out
    }

    /// A code's severity as the table gives it: its default, and the one a check gives it
    /// otherwise.
    static func severity(_ code: DiagnosticCode) -> String {
        switch code {
        case .type: return "error; warning for one name holding commas"
        case .template: return "error; warning for a theme without a Content-Security-Policy"
        default: return code.defaultSeverity.rawValue
        }
    }
}
