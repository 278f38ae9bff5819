import Foundation

/// A registered stage type, erased: its documentation and a factory that builds an instance
/// from the `options` object of a pipeline file.
public struct StageDescriptor: Sendable {
    public var name: String
    public var summary: String
    public var fields: [OptionField]
    public var requires: [Capability]
    public var provides: [Capability]
    /// The options' defaults as JSON (from `init()`), so defaults can be checked like given values.
    public var defaults: JSONObject
    let factory: @Sendable (JSONObject, StageContext) throws -> any Stage

    public init<S: ConfigurableStage>(_ type: S.Type) {
        name = S.name
        summary = S.summary
        fields = S.Options.fields
        requires = S.requires
        provides = S.provides
        defaults = (try? JSONEncoder().encode(S.Options()))
            .flatMap { try? JSONParser.parse($0) }?.objectValue ?? JSONObject()
        factory = { given, context in
            let options = try StageDescriptor.decodeOptions(S.Options.self, given)
            return try S(options: options, context: context)
        }
    }

    /// Builds an instance. Options should have been validated with `PipelineChecker` first.
    public func make(options: JSONObject, context: StageContext) throws -> any Stage {
        try factory(options, context)
    }

    /// Decodes options: the defaults of `init()` with the given keys laid over them.
    static func decodeOptions<O: StageOptions>(_ type: O.Type, _ given: JSONObject) throws -> O {
        if given.count == 0 { return O() }
        let defaults = try JSONEncoder().encode(O())
        var merged = (try JSONParser.parse(defaults)).objectValue ?? JSONObject()
        for (k, v) in given.pairs { merged[k] = v }
        var writer = JSONWriter()
        writer.value(.object(merged))
        return try JSONDecoder().decode(O.self, from: Data(writer.bytes))
    }
}
