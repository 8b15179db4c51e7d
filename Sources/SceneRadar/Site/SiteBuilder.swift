import Dispatch

/// `radar build`: compiles a vault into a static site (SPEC §6), as a list of named stages —
/// load, theme, analyse, plan, render, write — each taking values and returning values.
///
/// Every valid note is compiled even when others have errors: a broken note is left out with its
/// diagnostics, and the build reports failure so a publishing pipeline stops (SPEC §7).
public struct SiteBuilder: Sendable {
    /// What to build.
    public struct Options: Sendable {
        /// The vault folder as the user gave it.
        public var vault: String
        /// The output folder; `<vault>/_site` when `nil`.
        public var output: String?
        /// Overrides radar.yml's `base-url`.
        public var baseURL: String?

        /// Creates options.
        public init(vault: String, output: String? = nil, baseURL: String? = nil) {
            self.vault = vault
            self.output = output
            self.baseURL = baseURL
        }
    }

    /// What a build did.
    public struct Report: Sendable {
        /// Reading, parsing, decoding and theme problems (lint rules are `radar lint`'s).
        public var diagnostics: [Diagnostic]
        /// HTML pages in the site.
        public var pages: Int
        /// SVG charts drawn.
        public var charts: Int
        /// Files in the site.
        public var files: Int
        /// Files actually written (the rest were unchanged).
        public var written: Int
        /// The output folder.
        public var output: String
    }

    /// The build could not run at all: exit status 2.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        public var description: String { message }
    }

    private let fileSystem: any FileSystem

    /// Creates a builder.
    public init(fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
    }

    /// Builds the site.
    public func build(_ options: Options) throws(Failure) -> Report {
        let vault: Vault
        do {
            vault = try VaultLoader(fileSystem: fileSystem).load(root: options.vault)
        } catch {
            throw Failure(message: "cannot read the vault '\(error.path)': \(error.reason)")
        }
        guard let canonical = fileSystem.canonicalPath(options.vault) else {
            throw Failure(message: "cannot read the vault '\(options.vault)'")
        }
        let displayRoot = VaultScanner.displayRoot(options.vault)
        let loaded = ThemeLoader.load(
            canonicalRoot: canonical, displayRoot: displayRoot, fileSystem: fileSystem)
        var diagnostics = vault.diagnostics + loaded.diagnostics
        guard let theme = loaded.theme else {
            return Report(
                diagnostics: diagnostics.sorted(), pages: 0, charts: 0, files: 0, written: 0,
                output: options.output ?? (displayRoot.isEmpty ? "_site" : displayRoot + "/_site"))
        }
        let staticFiles = FolderWalk.files(
            in: canonical + "/static", fileSystem: fileSystem, diagnostics: &diagnostics,
            display: displayRoot.isEmpty ? "static" : displayRoot + "/static")
        let output = options.output ?? (displayRoot.isEmpty ? "_site" : displayRoot + "/_site")
        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: output, vaultRoot: options.vault)
        } catch {
            throw Failure(message: error.message)
        }
        let data = SiteData(vault: vault, baseURL: options.baseURL)
        let plan = SitePlan(data: data, theme: theme, staticFiles: staticFiles)
        do {
            try writer.begin(planned: plan.allPaths)
        } catch {
            throw Failure(message: error.message)
        }
        let renderer = PageRenderer(data: data, theme: theme, writer: writer, plan: plan)
        let results = plan.jobs.parallelMap { job in renderer.run(job) }
        var written = 0
        for result in results {
            diagnostics += result.diagnostics
            written += result.written
        }
        if let failure = results.lazy.compactMap(\.failure).first { throw Failure(message: failure) }
        do {
            try writer.finish()
        } catch {
            throw Failure(message: error.message)
        }
        return Report(
            diagnostics: diagnostics.sorted(), pages: plan.pageCount, charts: plan.chartCount,
            files: plan.allPaths.count, written: written, output: output)
    }
}
