import Foundation

/// A pipeline file as written: an ordered list of stage entries.
///
/// ```json
/// {"description": "...", "stages": [{"stage": "ingest", "options": {"verbatim": true}}, {"stage": "sentences"}]}
/// ```
public struct PipelineSpec: Sendable {
    public struct Entry: Sendable {
        /// The registered stage type.
        public var stage: String
        /// The instance name used in errors (defaults to the stage name).
        public var name: String
        public var options: JSONObject
        /// Where the entry sits in the file, for messages: `stages[2]`.
        public var path: String
    }

    public var description: String?
    public var entries: [Entry]
    /// The file's directory: relative resource paths resolve against it.
    public var baseDirectory: URL
    public var file: String
    /// Problems in the file's own shape (not in what it names), found while reading it.
    public var shapeProblems: [PipelineProblem]

    /// Reads a pipeline file. Shape problems are collected, not thrown, so `check` can report
    /// them with every other problem; only an unreadable or non-JSON file throws.
    public static func load(path: String) throws -> PipelineSpec {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw PipelineError(file: path, problems: [PipelineProblem(path: "$", message: "cannot read the file")])
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(data)
        } catch {
            throw PipelineError(file: path, problems: [PipelineProblem(path: "$", message: "\(error)")])
        }
        return PipelineSpec(json: json, file: path, baseDirectory: url.deletingLastPathComponent())
    }

    public init(json: JSONValue, file: String, baseDirectory: URL) {
        self.file = file
        self.baseDirectory = baseDirectory
        self.entries = []
        self.shapeProblems = []
        guard let root = json.objectValue else {
            shapeProblems.append(PipelineProblem(path: "$", message: "expected an object with a \"stages\" array"))
            return
        }
        for key in root.keys where !["stages", "description", "name"].contains(key) {
            var message = "unknown key"
            if let s = Suggestion.closest(to: key, in: ["stages", "description", "name"]) {
                message += " (did you mean \"\(s)\"?)"
            }
            shapeProblems.append(PipelineProblem(path: key, message: message))
        }
        description = root["description"]?.stringValue
        guard let stages = root["stages"]?.arrayValue else {
            shapeProblems.append(PipelineProblem(path: "stages", message: "missing or not an array"))
            return
        }
        for (i, item) in stages.enumerated() {
            let path = "stages[\(i)]"
            guard let obj = item.objectValue else {
                shapeProblems.append(PipelineProblem(path: path, message: "expected an object like {\"stage\": \"sentences\"}"))
                continue
            }
            for key in obj.keys where !["stage", "name", "options"].contains(key) {
                var message = "unknown key"
                if let s = Suggestion.closest(to: key, in: ["stage", "name", "options"]) {
                    message += " (did you mean \"\(s)\"?)"
                }
                shapeProblems.append(PipelineProblem(path: "\(path).\(key)", message: message))
            }
            guard let stage = obj["stage"]?.stringValue else {
                shapeProblems.append(PipelineProblem(path: "\(path).stage", message: "missing or not a string"))
                continue
            }
            var options = JSONObject()
            if let o = obj["options"] {
                if let oo = o.objectValue { options = oo } else if o != .null {
                    shapeProblems.append(PipelineProblem(path: "\(path).options", message: "expected an object, got \(o.typeName)"))
                }
            }
            let name = obj["name"]?.stringValue ?? stage
            entries.append(Entry(stage: stage, name: name, options: options, path: path))
        }
    }
}
