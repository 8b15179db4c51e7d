/// The stable codes of every diagnostic radar reports (SPEC §5), with the metadata
/// that SARIF output, `--help` and the docs show.
///
/// Codes never change once published: curators silence them by name in `lint-ignore`.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Comparable {
    // MARK: - Syntax and schema
    case syntax
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case type
    case required
    case enumValue = "enum"
    case date
    case weekMismatch = "week-mismatch"
    case url
    case slug
    case encoding
    case frontMatterMissing = "front-matter-missing"
    case io
    case limit
    case template
    case config
    case misplacedFile = "misplaced-file"

    // MARK: - Credits
    case creditProducerMissing = "credit.producer-missing"
    case creditRemixerMissing = "credit.remixer-missing"
    case creditDJMissing = "credit.dj-missing"
    case creditVocalistMissing = "credit.vocalist-missing"
    case creditLabelMissing = "credit.label-missing"
    case creditNameVariant = "credit.name-variant"

    // MARK: - Support and privacy
    case supportMissing = "support.missing"
    case supportNoTickets = "support.no-tickets"
    case privacyInviteLink = "privacy.invite-link"
    case privacyPrivateLink = "privacy.private-link"

    // MARK: - Workflow
    case logArtistsOver = "log.artists-over"
    case logTracksOver = "log.tracks-over"
    case logMarkersMissing = "log.markers-missing"
    case logDateFar = "log.date-far"
    case sceneNoContainer = "scene.no-container"
    case sceneNoInfrastructure = "scene.no-infrastructure"
    case linkUnresolved = "link.unresolved"
    case nameDuplicate = "name.duplicate"

    /// The severity a diagnostic with this code has unless a rule says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .misplacedFile, .creditVocalistMissing, .creditLabelMissing, .creditNameVariant,
            .supportMissing, .logArtistsOver, .logTracksOver, .logMarkersMissing, .logDateFar,
            .linkUnresolved,
            .nameDuplicate, .privacyPrivateLink:
            return .warning
        case .supportNoTickets, .sceneNoContainer, .sceneNoInfrastructure:
            return .info
        default:
            return .error
        }
    }

    /// The codes `lint-ignore` may silence (see `isSuppressible`).
    public static let suppressible = allCases.filter(\.isSuppressible)

    /// Whether the code belongs to a lint rule that `lint-ignore` may silence.
    ///
    /// Syntax, schema and I/O problems are never silenced: a note that cannot be read
    /// correctly must not be published as if it could.
    public var isSuppressible: Bool {
        switch self {
        case .syntax, .duplicateKey, .unknownKey, .type, .required, .enumValue, .date,
            .weekMismatch, .url, .slug, .encoding, .frontMatterMissing, .io, .limit, .template,
            .config:
            return false
        default:
            return true
        }
    }

    /// A one-line description of what the rule checks.
    public var shortDescription: String {
        switch self {
        case .syntax: return "The front matter is not valid radar YAML."
        case .duplicateKey: return "A mapping has the same key twice."
        case .unknownKey: return "A key that the scene-log schema does not define."
        case .type: return "A value has the wrong type."
        case .required: return "A required key is missing."
        case .enumValue: return "A value is not one of the allowed words."
        case .date: return "A date or ISO week is malformed."
        case .weekMismatch: return "A log's week differs from its file name."
        case .url: return "A URL is not an absolute http or https address."
        case .slug: return "A folder or file name is not a valid slug."
        case .encoding: return "A note is not valid UTF-8."
        case .frontMatterMissing: return "A note has no front matter."
        case .io: return "A note cannot be read."
        case .limit: return "A documented resource limit was passed."
        case .template: return "A theme template has an error."
        case .config: return "radar.yml has an invalid setting."
        case .misplacedFile:
            return
                "A Markdown file that does not fit the vault layout, or (found by radar build) a static or theme file where the site has one of its own."
        case .creditProducerMissing:
            return "A track other than a mix or live set has no producer (those name their DJ)."
        case .creditRemixerMissing: return "A remix or edit has no remixer."
        case .creditDJMissing: return "A mix or live set has no DJ."
        case .creditVocalistMissing: return "A track with vocals has no vocalist."
        case .creditLabelMissing: return "A track has no label, collective or self-released flag."
        case .creditNameVariant: return "One person is spelled in two ways."
        case .supportMissing: return "A track has no support link."
        case .supportNoTickets: return "An event has no tickets link."
        case .privacyInviteLink:
            return "A chat invite link would be published (now, or once its private note is made public)."
        case .privacyPrivateLink:
            return
                "A published note names a private person or scene where the site shows it: a wiki link, a track's title or address."
        case .logArtistsOver: return "A weekly log lists more than 10 core artists."
        case .logTracksOver: return "A weekly log lists more than 5 key tracks."
        case .logMarkersMissing: return "A weekly log has fewer than 3 sound markers."
        case .logDateFar:
            return
                "A log's event or press date is over a year from its week, or a log is over a year after every other."
        case .sceneNoContainer: return "A scene has no social container: a trend, not a scene."
        case .sceneNoInfrastructure: return "A scene lists no infrastructure to amplify."
        case .linkUnresolved: return "A wiki link points at no scene or person."
        case .nameDuplicate:
            return "Two notes go by one name or alias, or a scene's name or alias is another scene's slug."
        }
    }

    /// What to do about it, in the guide's terms.
    public var help: String {
        switch self {
        case .syntax, .duplicateKey:
            return "Front matter is a strict subset of YAML 1.2; see docs/front-matter.md."
        case .unknownKey:
            return "Check the spelling against docs/schema.md, or prefix your own keys with 'x-'."
        case .type, .required, .enumValue:
            return "See docs/schema.md for every key, its type and an example."
        case .date: return "Write dates as YYYY-MM-DD and weeks as YYYY-Www (for example 2026-W47)."
        case .weekMismatch: return "Rename the file or fix the 'week' key so both name the same ISO week."
        case .url: return "Write the full address, starting with https:// or http://."
        case .slug: return "Slugs use lowercase a-z, digits and '-' only; rename the folder or file."
        case .encoding: return "Save the note as UTF-8."
        case .frontMatterMissing:
            return "Start the note with a line '---', the front matter, and another line '---'."
        case .io: return "Check the file's permissions and that it is a regular file inside the vault."
        case .limit: return "Split the note; docs/limits.md lists every limit."
        case .template: return "Fix the template in the vault's theme/ folder."
        case .config: return "See docs/configuration.md for every setting of radar.yml."
        case .misplacedFile:
            return
                "Scene profiles are scenes/<slug>/scene.md, logs scenes/<slug>/log/YYYY-Www.md, people people/<slug>.md; "
                + "a file of static/ or theme/ goes where the site has no file or folder."
        case .creditProducerMissing:
            return
                "Credit precisely: name the producer under credits.producer, or mark credits.unknown: true."
        case .creditRemixerMissing:
            return "Credit precisely: name who made the remix or edit under credits.remixer."
        case .creditDJMissing: return "Credit precisely: name the DJ of the mix or live set under credits.dj."
        case .creditVocalistMissing: return "Credit precisely: name the vocalist under credits.vocalist."
        case .creditLabelMissing:
            return "Name the label or collective, or set credits.self-released: true."
        case .creditNameVariant:
            return "Use the canonical spelling, or add the variant to the person's aliases."
        case .supportMissing:
            return "Support directly: add a buy, tip or pay-what-you-want link under support."
        case .supportNoTickets: return "Support directly: add the tickets link so readers can pay for entry."
        case .privacyInviteLink:
            return "Link the community's public face instead, or mark the container private: true."
        case .privacyPrivateLink:
            return
                "The link's text is published as written: remove the link, or give it a label, [[Name|a friend]]; a track's title and address are published as written too."
        case .logArtistsOver:
            return "The weekly workflow logs about 10 core artists; keep the ones that recur."
        case .logTracksOver: return "The weekly workflow logs about 5 key tracks or mixes."
        case .logMarkersMissing: return "Log the three sound markers: tempo, drums and signature."
        case .logDateFar:
            return
                "Check the year of the date or the week: the newest week logged is radar's now, and a year written wrong leaves every other scene stale."
        case .sceneNoContainer:
            return
                "Find where discussion happens (a Discord, a party, a radio show) and add it under formation.containers."
        case .sceneNoInfrastructure:
            return
                "Amplify the infrastructure: list the party series, radio show or playlist that sustains the sound."
        case .linkUnresolved: return "Link a scene or person by its name, an alias or its slug."
        case .nameDuplicate:
            return
                "Rename one or drop the alias: wiki links go to the scene with that slug, else that name, else that alias (the first by slug); credits go to the person whose slug sorts first."
        }
    }

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
