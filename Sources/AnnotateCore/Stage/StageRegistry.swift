/// The stage names a pipeline file may use. The executable chooses the registry: the built-in
/// one (`StageRegistry.builtins` in AnnotateStages) or that plus a user's own stages.
public struct StageRegistry: Sendable {
    public private(set) var descriptors: [String: StageDescriptor] = [:]

    public init() {}

    /// Adds a stage type; a later registration under the same name replaces the earlier one.
    public mutating func register<S: ConfigurableStage>(_ type: S.Type) {
        descriptors[S.name] = StageDescriptor(type)
    }

    /// A copy with one more stage type.
    public func registering<S: ConfigurableStage>(_ type: S.Type) -> StageRegistry {
        var copy = self
        copy.register(type)
        return copy
    }

    public subscript(name: String) -> StageDescriptor? { descriptors[name] }

    public var names: [String] { descriptors.keys.sorted() }
}
