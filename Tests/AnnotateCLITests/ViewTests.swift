import Foundation
import Testing

/// inspect, report and export on the output of the bundled samples.
@Suite(.serialized) struct ViewTests {
    static let cli = CLITests()

    /// Runs the default pipeline with a stance target over the samples once; returns the JSONL path.
    static let output: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-views-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let out = dir.appendingPathComponent("out.jsonl").path
        _ = try? cli.run(["run", "--quiet", "-o", out, "pipelines/default.json", "samples"])
        return out
    }()

    @Test func inspectShowsQuotesWithTheirSpeakers() throws {
        let result = try ViewTests.cli.run(["inspect", ViewTests.output, "--id", "samples/harbour-bridge.txt", "--speaker", "Okafor"])
        #expect(result.status == 0)
        #expect(result.out.contains("⟦“This bridge has been a scar on our waterfront for far too long,”⟧[Helen Okafor · direct · say"))
        #expect(result.out.contains("Helen Okafor"))
        #expect(!result.out.contains("\u{1B}["))  // piped: no colour codes
        #expect(!result.out.contains("[James Whitby"))  // his quotes are filtered out
    }

    @Test func reportIsOneSelfContainedFile() throws {
        let html = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: html) }
        let result = try ViewTests.cli.run(["report", ViewTests.output, "-o", html.path])
        #expect(result.status == 0)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(!page.contains("http://") && !page.contains("https://"))
        #expect(page.contains("<svg class=\"chart\""))
        #expect(page.contains("Helen Okafor"))
        #expect(!page.contains("<script src") && !page.contains("<link "))
    }

    @Test func exportRoundTripsThroughPythonsCSVModule() throws {
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("annotate-quotes-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        let result = try ViewTests.cli.run(["export", "quotes", ViewTests.output, "--format", "csv", "-o", csv.path])
        #expect(result.status == 0)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import csv, json, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            quotes = sum(len(json.loads(l)['quotes']) for l in open(sys.argv[2], encoding='utf-8'))
            assert len(rows) == quotes, (len(rows), quotes)
            assert all(r['quote'] for r in rows)
            # A cue's negation is its own column: true or false with a cue, empty without one.
            assert all(r['negated'] in ('true', 'false') if r['cue'] else r['negated'] == '' for r in rows)
            # A partial quote within a mixed one names it, so a count of utterances can skip it.
            within = [q.get('within', '') for l in open(sys.argv[2], encoding='utf-8') for q in json.loads(l)['quotes']]
            assert [r['within'] for r in rows] == within and any(within), within
            print(len(rows))
            """, csv.path, ViewTests.output]
        let pipe = Pipe()
        check.standardOutput = pipe
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0)
        let count = Int(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(count > 10)
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Renders the report in headless Chromium: the page's script must run to its end (it marks
    /// <body data-ready="yes">), and a screenshot is written for a human to look at.
    @Test(.enabled(if: ViewTests.chromium != nil, "needs Chromium (installed by .ci/run)"))
    func reportRendersInHeadlessChromium() throws {
        let dir = FileManager.default.temporaryDirectory
        let html = dir.appendingPathComponent("annotate-report-chromium.html")
        let png = dir.appendingPathComponent("annotate-report.png")
        _ = try ViewTests.cli.run(["report", ViewTests.output, "-o", html.path])
        func chromium(_ args: [String]) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: ViewTests.chromium!)
            p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"] + args + [html.absoluteString]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let dom = try chromium(["--dump-dom"])
        #expect(dom.contains("data-ready=\"yes\""))
        #expect(dom.contains("<mark class="))  // the first document was drawn with its quotes
        try? FileManager.default.removeItem(at: png)
        _ = try chromium(["--screenshot=\(png.path)"])
        let size = (try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0
        #expect(size > 10_000)
    }
}
