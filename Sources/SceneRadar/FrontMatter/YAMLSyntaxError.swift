/// Every way a text can fail to be radar YAML, with the message that says what is wrong and
/// what to write instead.
///
/// Messages quote the user's text shortened to 40 characters, so a 1 MB line never becomes a
/// 1 MB message.
enum YAMLSyntaxError: Sendable, Hashable {
    case anchor(String)
    case alias(String)
    case tag(String)
    case directive(String)
    case complexKey
    case emptyKey
    case secondDocument
    case contentAfterDocumentEnd
    case tabIndentation
    case controlCharacter(UInt32)
    case loneCarriageReturn
    case unterminatedQuote(double: Bool)
    case invalidEscape(String)
    case escapedSingleQuote
    case invalidCodePoint(String)
    case shortHexEscape(String, digits: Int)
    case duplicateKey(String)
    case contentAfterValue
    case documentMarkerInQuote(String)
    case quoteIndentation(minimum: Int)
    case badIndentation(column: Int)
    case missingColon(String)
    case keyOnSeveralLines
    case colonInMultiLinePlain
    case mappingOnKeyLine
    case sequenceOnKeyLine
    case collectionOnDocumentStartLine
    case mappingWhereSequenceContinues
    case expectedListItem
    case listItemWhereMappingContinues
    case trailingContent(after: String)
    case commentWithoutSpace
    case blockScalarHeaderText(indicator: String)
    case badIndentationIndicator
    case blockScalarLeadingSpaces(lineSpaces: Int, textSpaces: Int, indicator: String)
    case blockScalarInFlow
    case cannotStartPlain(String)
    case unclosedFlow(open: String)
    case mismatchedClose(found: String, expected: String)
    case missingComma(close: String)
    case extraComma
    case flowIndentation(minimum: Int)
    case documentMarkerInFlow(String)
    case flowKeyOnSeveralLines
    case collectionAsKey
    case tooDeep(limit: Int)

    /// The diagnostic code: `.limit` for resource limits, `.syntax` for everything else.
    var code: DiagnosticCode {
        if case .tooDeep = self { return .limit }
        if case .duplicateKey = self { return .duplicateKey }
        return .syntax
    }

    /// The message shown to the curator.
    var message: String {
        switch self {
        case .anchor(let name):
            return "anchors ('\(name)') are not supported in radar YAML; write the value out in full instead"
        case .alias(let name):
            return "aliases ('\(name)') are not supported in radar YAML; write the value out in full instead"
        case .tag(let name):
            return
                "tags ('\(name)') are not supported in radar YAML; remove the tag (quote the value if it must stay text)"
        case .directive(let name):
            return "directives ('\(name)') are not supported in radar YAML; remove the line"
        case .complexKey:
            return
                "complex keys ('? ') are not supported in radar YAML; write 'key: value' with a plain or quoted key"
        case .emptyKey:
            return "a ':' with no key before it; write the key before the ':'"
        case .secondDocument:
            return
                "a second document starts here, but a file holds one YAML document; remove this '---' and what follows it"
        case .contentAfterDocumentEnd:
            return
                "content after the document end marker '...'; remove it, or remove the '...' line above it"
        case .tabIndentation:
            return
                "a tab is used for indentation; YAML indents with spaces only, so replace the tab with spaces"
        case .controlCharacter(let value):
            let hex = String(value, radix: 16, uppercase: true)
            let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return
                "control character U+\(code) is not allowed in YAML; remove it (write '\\u\(code)' in a double-quoted string if it is wanted)"
        case .loneCarriageReturn:
            return "a carriage return without a line feed; save the file with LF or CRLF line endings"
        case .unterminatedQuote(let double):
            let quote = double ? "\"" : "'"
            let kind = double ? "double" : "single"
            return "this \(kind)-quoted string is never closed; add the closing \(quote)"
        case .invalidEscape(let escape):
            return
                "'\(escape)' is not a valid escape in a double-quoted string; write '\\\\' for a backslash, or use single quotes"
        case .escapedSingleQuote:
            return
                "'\\'' is not a valid escape in a double-quoted string; write ' without a backslash"
        case .invalidCodePoint(let escape):
            return
                "'\(escape)' is not a Unicode character; write the character itself, or an escape such as '\\u00E9' or '\\U0001F600'"
        case .shortHexEscape(let escape, let digits):
            return
                "'\(escape)' needs \(digits) hexadecimal digits; write for example '\\x41', '\\u00E9' or '\\U0001F600'"
        case .duplicateKey(let key):
            return
                "duplicate key '\(key)'; a mapping holds each key once, so merge the two entries or rename one"
        case .contentAfterValue:
            return
                "this line follows a complete value and belongs to nothing; remove it, quote a value that spans lines, or indent it under a key"
        case .documentMarkerInQuote(let marker):
            return
                "a line starting with '\(marker)' inside a quoted string would end the document; indent the line"
        case .quoteIndentation(let minimum):
            return
                "this line continues a quoted string but is not indented past its key; indent it by at least \(spaces(minimum))"
        case .badIndentation(let column):
            return
                "this line is indented to column \(column), but no mapping or list above it is; align it with the entries it belongs to"
        case .missingColon(let text):
            if let (key, value) = Self.keyWithoutSpace(text) {
                return
                    "'\(text)' has no ': ' in it: a key needs a space after its colon; write '\(key): \(value)'"
            }
            return
                "'\(text)' has no ':' after it; write '\(text): value' for a mapping entry, or indent the line to continue the value above"
        case .keyOnSeveralLines:
            return
                "a key must fit on one line; join the key's lines, or quote the whole value if it is not a key"
        case .colonInMultiLinePlain:
            return
                "this ': ' is inside a value that continues over several lines; quote the value, or align the key with the keys above if it starts a new entry"
        case .mappingOnKeyLine:
            return
                "a mapping cannot start on the same line as its key; put 'key: value' on the next line, indented, or quote the value if the ':' is text"
        case .sequenceOnKeyLine:
            return
                "a list cannot start on the same line as its key; put each '- item' on its own line, indented under the key"
        case .collectionOnDocumentStartLine:
            return "a mapping or list cannot start on the '---' line; move it to the next line"
        case .mappingWhereSequenceContinues:
            return
                "a 'key: value' entry where a list continues; start the line with '- ' to add a list item, or indent the entry under the item above"
        case .expectedListItem:
            return
                "a list continues at this indentation, so the line must start with '- '; add '- ', or indent the line to continue the item above"
        case .listItemWhereMappingContinues:
            return
                "a list item where a mapping continues; put the list under a key ('key:' and the '- ' items indented below it)"
        case .trailingContent(let after):
            return
                "unexpected text after \(after); the value must end its line (a comment needs a space before '#')"
        case .commentWithoutSpace:
            return "a comment needs whitespace before '#'; add a space before the '#'"
        case .blockScalarHeaderText(let indicator):
            return
                "text after the block scalar indicator '\(indicator)'; start the text on the next line, indented"
        case .badIndentationIndicator:
            return
                "a block scalar's indentation indicator is a single digit from 1 to 9; write for example '|2', or leave it out"
        case .blockScalarLeadingSpaces(let lineSpaces, let textSpaces, let indicator):
            return
                "this empty line has \(spaces(lineSpaces)), more than the \(textSpaces) of the block scalar's first text line; remove the extra spaces, or give the indentation with an indicator ('\(indicator)')"
        case .blockScalarInFlow:
            return "a block scalar ('|' or '>') cannot appear inside '[ ]' or '{ }'; use a quoted string"
        case .cannotStartPlain(let text):
            return "'\(text)' cannot start an unquoted value; put the value in quotes"
        case .unclosedFlow(let open):
            let close = open == "[" ? "]" : "}"
            return "this '\(open)' is never closed; add the matching '\(close)'"
        case .mismatchedClose(let found, let expected):
            return "'\(found)' here closes nothing; close the open collection with '\(expected)'"
        case .missingComma(let close):
            return "expected ',' or '\(close)' here; separate the entries of a flow collection with ','"
        case .extraComma:
            return "',' with no entry before it; remove the extra ','"
        case .flowIndentation(let minimum):
            return
                "this line continues a flow collection ('[ ]' or '{ }') but is not indented past its key; indent it by at least \(spaces(minimum))"
        case .documentMarkerInFlow(let marker):
            return "a document marker ('\(marker)') inside a flow collection; close the collection first"
        case .flowKeyOnSeveralLines:
            return
                "a key inside '[ ]' must be on the same line as its ':'; move the ':' up to the key, or write the pair in '{ }'"
        case .collectionAsKey:
            return "a list or mapping cannot be a key; radar YAML keys are plain or quoted strings"
        case .tooDeep(let limit):
            return
                "nesting deeper than \(limit) levels is not supported; flatten the structure (see docs/limits.md)"
        }
    }

    private func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }
}

extension YAMLSyntaxError {
    /// Shortens a quoted piece of user text for a message.
    static func excerpt(_ text: String) -> String {
        var scalars = text.unicodeScalars.prefix(41)
        if scalars.count > 40 {
            scalars = scalars.prefix(39)
            return String(String.UnicodeScalarView(scalars)) + "…"
        }
        return text
    }
}

extension YAMLSyntaxError {
    /// `kind:person` read as one word: the key and value it was likely meant to be, when the
    /// text has a colon with something other than a space after it. Not an address
    /// (`https://…`), whose colon is followed by `//`.
    static func keyWithoutSpace(_ text: String) -> (key: Substring, value: Substring)? {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
        let value = text[text.index(after: colon)...]
        guard let next = value.first, next != " ", !value.hasPrefix("//") else { return nil }
        return (text[..<colon], value)
    }
}
