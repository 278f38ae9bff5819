import AnnotateCore
import AnnotateStages
import Foundation

/// The package root, found from this file's path, so tests read the real pipelines, lexicons and samples.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A built-in pipeline from `pipelines/`, built once per name and shared by the tests.
func pipeline(_ name: String) throws -> Pipeline {
    try Pipeline.load(path: packageRoot.appendingPathComponent("pipelines/\(name).json").path, registry: .builtins,
                      resources: sharedResources)
}

let sharedResources = ResourceCache()

/// Runs a pipeline on one text record, kept as given when the pipeline is verbatim.
func annotate(_ text: String, with name: String = "verbatim", format: InputFormat = .text) throws -> Document {
    var doc = Document(id: "test", input: RawInput(format: format, bytes: Array(text.utf8), source: "test"))
    try pipeline(name).process(&doc)
    return doc
}

/// Python's `text[start:end]` for code-point offsets.
func pySlice(_ text: String, _ start: Int, _ end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    guard start >= 0, start <= end, end <= scalars.count else { return "<out of range>" }
    var v = String.UnicodeScalarView()
    v.append(contentsOf: scalars[start..<end])
    return String(v)
}

extension Document {
    /// Quotes as (kind, speaker name, quoted text), for readable assertions.
    var quoteSummary: [(kind: String, speaker: String?, text: String)] {
        quotes.map { ($0.kind.rawValue, $0.speaker?.name, string($0.span)) }
    }
}

/// Runs a pipeline on raw bytes (for encoding tests).
func annotate(bytes: [UInt8], with name: String, format: InputFormat) throws -> Document {
    var doc = Document(id: "test", input: RawInput(format: format, bytes: bytes, source: "test"))
    try pipeline(name).process(&doc)
    return doc
}

/// Runs a pipeline the way `annotate run` does: a feed or dump splits into one document per article.
func annotateAll(_ text: String, with name: String = "extract", format: InputFormat = .xml, id: String = "feed.xml") throws -> [Document] {
    try pipeline(name).run(Document(id: id, input: RawInput(format: format, bytes: Array(text.utf8), source: id)))
}

/// A pipeline written inline, resolved as if it lived in `pipelines/`.
func inlinePipeline(_ json: String) throws -> Pipeline {
    let spec = PipelineSpec(json: try JSONParser.parse(json), file: "inline.json",
                            baseDirectory: packageRoot.appendingPathComponent("pipelines"))
    return try Pipeline.build(spec, registry: .builtins, resources: sharedResources)
}
