/// A man page section beyond those derived from the commands, e.g. EXIT STATUS, ENVIRONMENT or FILES.
public struct ManSection: Sendable, Hashable {
    /// A term and its description, rendered as a tagged paragraph (`.TP`).
    public struct Item: Sendable, Hashable {
        /// The term, in bold: `NO_COLOR`, `2`, `radar.yml`.
        public var term: String
        /// What it means.
        public var text: String

        /// Creates an item.
        public init(_ term: String, _ text: String) {
            self.term = term
            self.text = text
        }
    }

    /// The heading, in capitals: `EXIT STATUS`.
    public var title: String
    /// Paragraphs before the items.
    public var paragraphs: [String]
    /// Tagged paragraphs.
    public var items: [Item]

    /// Creates a section.
    public init(_ title: String, paragraphs: [String] = [], items: [Item] = []) {
        self.title = title
        self.paragraphs = paragraphs
        self.items = items
    }
}
