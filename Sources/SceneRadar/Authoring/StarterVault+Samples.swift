// The example scene, log and person of a new vault. Every name and link is made up; links use
// example.org addresses (RFC 2606), so a starter site published by mistake points at nobody.
// Each note fills in enough of the schema to show what it is for, and lints with no diagnostics.

extension StarterVault {
    /// `scenes/low-tide-jersey/scene.md`, first spotted the week before the example log.
    var sampleScene: String {
        let spotted = CalendarDate(dayNumber: week.monday.dayNumber - 5)
        return """
            ---
            # An example written by `radar init`: the scene, its people and its links are made up.
            # Read it to see how a profile works; delete scenes/\(Self.sceneSlug)/ and
            # people/\(Self.personSlug).md once you log scenes of your own.
            name: Low Tide Jersey
            aliases: [LTJ]
            spotted: \(spotted)
            where: online
            status: watching
            visibility: public
            tags: [jersey club, bedroom]

            # The 4-part model: tool, social containers, visual language, bridges. Each step
            # present is one point of the scene's stage (0-4).
            formation:
              tool: a free Jersey-club drum kit and phone-recorded voice notes
              containers:
                - kind: discord
                  name: the low tide server
                  private: true   # the community keeps it to itself: it counts, it is never published
                  since: \(spotted.isoWeek)
                - kind: youtube
                  name: Low Tide Sessions
                  url: https://video.example.org/@lowtidesessions
                  since: \(week)
              visuals: [blue-hour harbour photos, handwritten track titles]
              bridges:
                - kind: dj
                  who: DJ Slipway
                  note: plays the edits on a weekly community radio show
                  since: \(week)

            sound:
              tempo: 140-145
              drums: triplet kicks under a bed squeak
              signature: pitched-up voice-note chops

            vocabulary: [the squeak, tide out]

            # What sustains the scene: what to amplify.
            infrastructure:
              - kind: mix-series
                name: Low Tide Sessions
                url: https://video.example.org/@lowtidesessions
            ---
            Bedroom producers flipping Jersey-club kicks under pitched-up voice notes, first heard
            through [[people/\(Self.personSlug)|Mara Quay]]'s edits and the *Low Tide Sessions* livestreams.

            *An example scene written by `radar init`: every name and link here is made up.*

            """
    }

    /// `scenes/low-tide-jersey/log/<week>.md`: one week filled in as the guide's workflow says.
    var sampleLog: String {
        let friday = CalendarDate(dayNumber: week.monday.dayNumber + 4)
        let saturday = CalendarDate(dayNumber: week.monday.dayNumber + 5)
        return """
            ---
            # An example weekly log written by `radar init`: made-up people and links.
            week: \(week)
            # Core artists seen this week: the workflow logs about 10.
            artists: [Mara Quay, DJ Slipway, Tess Ondine, Brackwater Duo]
            platforms: [bandcamp, youtube, tiktok]
            # Key tracks and mixes (about 5), credited precisely, with a way to pay for each.
            tracks:
              - title: Slack Water
                url: https://maraquay.example.org/track/slack-water
                platform: bandcamp
                vocals: true
                credits:
                  producer: [Mara Quay]
                  vocalist: [Tess Ondine]
                  self-released: true
                support: [https://maraquay.example.org/track/slack-water]
              - title: Slack Water (DJ Slipway Edit)
                url: https://video.example.org/watch?v=slack-water-edit
                platform: youtube
                kind: edit
                credits:
                  producer: [Mara Quay]
                  remixer: [DJ Slipway]
                  self-released: true
                support: [https://maraquay.example.org/track/slack-water]
                played-by: [DJ Slipway]
            events:
              - name: Low Tide Sessions 3
                date: \(saturday)
                online: true
                kind: livestream
                series: Low Tide Sessions
                attendance: 85
                lineup: [Mara Quay, DJ Slipway, Brackwater Duo]
                footage: [https://video.example.org/watch?v=low-tide-sessions-3]
                tickets: https://lowtide.example.org/tip
            press:
              - outlet: The Harbour Wire
                tier: small
                url: https://harbourwire.example.org/low-tide-jersey
                date: \(friday)
            how-its-made:
              - by: Mara Quay
                kind: breakdown
                url: https://video.example.org/watch?v=the-squeak-breakdown
            soundalikes: []
            vocabulary: [the squeak]
            # The three sound markers: tempo range, drum feel, signature synths or vocals.
            markers:
              tempo: 140-145
              drums: triplet kicks, the bed squeak on every second bar
              signature: pitched-up voice-note chops
            community: [the low tide server, Low Tide Sessions]
            surface: the jersey club tag on Bandcamp
            ---
            A first week on the radar: [[Low Tide Jersey]] is small, but the edits are already
            travelling, and DJ Slipway played *Slack Water* on the radio.

            """
    }

    /// `people/mara-quay.md`.
    static let samplePerson = """
        ---
        # An example person note written by `radar init`: a made-up producer.
        name: Mara Quay
        # Other spellings that are her too: credits written so still point here.
        aliases: [MQ]
        kind: person
        pronouns: she/her
        links: [https://maraquay.example.org/]
        support: [https://maraquay.example.org/]
        ---
        Producer behind most of the early [[Low Tide Jersey]] edits. (An example note.)

        """
}
