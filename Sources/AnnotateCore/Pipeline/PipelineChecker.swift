import Foundation

/// Validates a pipeline file against a registry without reading any input: stage names,
/// option keys and types, resource files and the requires/provides chain. Every problem is
/// reported, each with its JSON path.
public enum PipelineChecker {
    public static func check(_ spec: PipelineSpec, registry: StageRegistry) -> [PipelineProblem] {
        var problems = spec.shapeProblems
        var provided: Set<Capability> = []
        var names: Set<String> = []
        if spec.entries.isEmpty && spec.shapeProblems.isEmpty {
            problems.append(PipelineProblem(path: "stages", message: "the pipeline has no stages"))
        }
        for entry in spec.entries {
            if !names.insert(entry.name).inserted {
                problems.append(PipelineProblem(path: "\(entry.path).name",
                                                message: "instance name \"\(entry.name)\" is used twice; give one a \"name\""))
            }
            guard let descriptor = registry[entry.stage] else {
                var message = "unknown stage \"\(entry.stage)\""
                if let s = Suggestion.closest(to: entry.stage, in: registry.names) { message += " (did you mean \"\(s)\"?)" }
                problems.append(PipelineProblem(path: "\(entry.path).stage", message: message))
                continue
            }
            problems += checkOptions(entry, descriptor: descriptor, baseDirectory: spec.baseDirectory)
            let missing = descriptor.requires.filter { !provided.contains($0) }
            if !missing.isEmpty {
                let list = missing.map(\.rawValue).joined(separator: ", ")
                problems.append(PipelineProblem(path: "\(entry.path).stage",
                                                message: "\"\(entry.stage)\" requires \(list), which no earlier stage provides"))
            }
            provided.formUnion(descriptor.provides)
        }
        return problems
    }

    static func checkOptions(_ entry: PipelineSpec.Entry, descriptor: StageDescriptor,
                             baseDirectory: URL) -> [PipelineProblem] {
        var problems: [PipelineProblem] = []
        let known = descriptor.fields.map(\.name)
        let context = StageContext(baseDirectory: baseDirectory)
        // Default resource files must exist too (a pipeline file outside pipelines/ resolves
        // the default "../lexicons/..." paths elsewhere).
        var effective = descriptor.defaults
        for (key, value) in entry.options.pairs { effective[key] = value }
        for (key, value) in effective.pairs where entry.options[key] == nil {
            guard let field = descriptor.fields.first(where: { $0.name == key }),
                  field.type == .resourcePath || field.type == .resourcePaths else { continue }
            let files = value.stringValue.map { [$0] } ?? value.arrayValue?.compactMap(\.stringValue) ?? []
            for file in files {
                let url = context.resolve(file)
                if !FileManager.default.fileExists(atPath: url.path) {
                    problems.append(PipelineProblem(path: "\(entry.path).options.\(key)",
                                                    message: "default file not found: \(url.path) (set the option to the file's path)"))
                }
            }
        }
        for (key, value) in entry.options.pairs {
            let path = "\(entry.path).options.\(key)"
            guard let field = descriptor.fields.first(where: { $0.name == key }) else {
                var message = "unknown option for \"\(descriptor.name)\""
                if let s = Suggestion.closest(to: key, in: known) {
                    message += " (did you mean \"\(s)\"?)"
                } else if !known.isEmpty {
                    message += " (options: \(known.joined(separator: ", ")))"
                } else {
                    message += " (it takes none)"
                }
                problems.append(PipelineProblem(path: path, message: message))
                continue
            }
            if let message = typeProblem(value, field.type) {
                problems.append(PipelineProblem(path: path, message: message))
                continue
            }
            // Resource files must exist now, not halfway through a corpus.
            var paths: [(String, String)] = []
            if field.type == .resourcePath, let p = value.stringValue { paths = [(path, p)] }
            if field.type == .resourcePaths, let a = value.arrayValue {
                paths = a.enumerated().compactMap { i, v in v.stringValue.map { ("\(path)[\(i)]", $0) } }
            }
            for (p, file) in paths {
                let url = context.resolve(file)
                var isDir: ObjCBool = false
                if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) || isDir.boolValue {
                    problems.append(PipelineProblem(path: p, message: "file not found: \(url.path)"))
                }
            }
        }
        return problems
    }

    static func typeProblem(_ value: JSONValue, _ type: OptionType) -> String? {
        let ok: Bool
        switch type {
        case .bool: ok = value.boolValue != nil
        case .integer: ok = value.intValue != nil
        case .number: ok = value.doubleValue != nil
        case .string, .resourcePath: ok = value.stringValue != nil
        case .choice(let values):
            guard let s = value.stringValue else { ok = false; break }
            if !values.contains(s) {
                var message = "\"\(s)\" is not one of \(type.description)"
                if let close = Suggestion.closest(to: s, in: values) { message += " (did you mean \"\(close)\"?)" }
                return message
            }
            ok = true
        case .strings, .resourcePaths:
            ok = value.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false
        case .stringListMap:
            ok = value.objectValue?.pairs.allSatisfy { pair in
                pair.value.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false
            } ?? false
        }
        return ok ? nil : "expected \(type.description), got \(value.typeName)"
    }
}
