import AnnotateCore
import AnnotateStages
import Foundation
import Testing

/// Output of every sample validates against `schema/annotate-v1.schema.json`.
@Suite struct SchemaTests {
    @Test(arguments: ["wind-farm.html", "school-meals.xml", "harbour-bridge.txt"])
    func samplesMatchTheSchema(_ name: String) throws {
        let schema = try JSONParser.parse(try Data(contentsOf: packageRoot.appendingPathComponent("schema/annotate-v1.schema.json")))
        let format = InputFormat.forExtension((name as NSString).pathExtension)!
        var doc = Document(id: name, input: RawInput(format: format, bytes: Array(try Data(contentsOf: packageRoot.appendingPathComponent("samples/\(name)"))), source: name))
        try pipeline("default").process(&doc)
        let record = try JSONParser.parse(RecordEncoder.encode(doc))
        var problems: [String] = []
        SchemaValidator(root: schema).validate(record, against: schema, path: "$", into: &problems)
        #expect(problems.isEmpty, "\(problems)")
        let quotes = record["quotes"]?.arrayValue ?? []
        #expect(!quotes.isEmpty)
    }

    @Test func validatorCatchesViolations() throws {
        let schema = try JSONParser.parse(try Data(contentsOf: packageRoot.appendingPathComponent("schema/annotate-v1.schema.json")))
        var problems: [String] = []
        SchemaValidator(root: schema).validate(try JSONParser.parse(#"{"id": 3, "status": "fine"}"#), against: schema, path: "$", into: &problems)
        #expect(problems.contains("$.id: expected string"))
        #expect(problems.contains { $0.hasPrefix("$.status: not one of") })
        #expect(problems.contains("$: missing text"))
    }
}

/// The subset of JSON Schema the wire schema uses: type, enum, required, properties, items,
/// minimum and local `$ref`s.
struct SchemaValidator {
    let root: JSONValue

    func validate(_ value: JSONValue, against schema: JSONValue, path: String, into problems: inout [String]) {
        if let ref = schema["$ref"]?.stringValue, ref.hasPrefix("#/$defs/") {
            let target = root["$defs"]?[String(ref.dropFirst(8))] ?? .null
            validate(value, against: target, path: path, into: &problems)
            return
        }
        if let type = schema["type"] {
            let allowed = type.arrayValue?.compactMap(\.stringValue) ?? [type.stringValue ?? ""]
            let actual: String
            switch value {
            case .null: actual = "null"
            case .bool: actual = "boolean"
            case .number: actual = value.intValue != nil && allowed.contains("integer") ? "integer" : "number"
            case .string: actual = "string"
            case .array: actual = "array"
            case .object: actual = "object"
            }
            guard allowed.contains(actual) || (actual == "integer" && allowed.contains("number")) else {
                problems.append("\(path): expected \(allowed.joined(separator: "|"))")
                return
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) {
            problems.append("\(path): not one of \(JSONWriter.encode(.array(options)))")
        }
        if let minimum = schema["minimum"]?.doubleValue, let n = value.doubleValue, n < minimum {
            problems.append("\(path): below \(minimum)")
        }
        if case .object(let object) = value {
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            for (key, sub) in schema["properties"]?.objectValue?.pairs ?? [] {
                if let v = object[key] { validate(v, against: sub, path: "\(path).\(key)", into: &problems) }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (i, item) in items.enumerated() { validate(item, against: itemSchema, path: "\(path)[\(i)]", into: &problems) }
        }
    }
}
