/// A stage's options, decoded from the `options` object of its entry in the pipeline file.
///
/// `init()` gives the defaults; keys present in the file override them. `fields` documents
/// every key (for `annotate stages`) and drives validation: an unknown key, a value of the wrong
/// type or a resource file that does not exist is reported before any input is read.
public protocol StageOptions: Codable, Sendable {
    init()
    static var fields: [OptionField] { get }
}

/// One documented option key.
public struct OptionField: Sendable {
    public var name: String
    public var type: OptionType
    public var help: String

    public init(_ name: String, _ type: OptionType, _ help: String) {
        self.name = name
        self.type = type
        self.help = help
    }
}

/// The JSON shape an option takes. Resource paths are strings resolved relative to the pipeline file.
public enum OptionType: Sendable, Equatable {
    case bool
    case integer
    case number
    case string
    case choice([String])
    case strings
    case resourcePath
    case resourcePaths
    /// An object whose values are arrays of strings (e.g. target names to aliases).
    case stringListMap

    public var description: String {
        switch self {
        case .bool: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .choice(let values): return values.map { "\"\($0)\"" }.joined(separator: "|")
        case .strings: return "[string]"
        case .resourcePath: return "path"
        case .resourcePaths: return "[path]"
        case .stringListMap: return "{name: [string]}"
        }
    }
}

/// Options for a stage that takes none.
public struct NoOptions: StageOptions {
    public init() {}
    public static let fields: [OptionField] = []
}
