/// A step of a pipeline: reads and writes one document at a time.
///
/// Stages are synchronous and `Sendable`: the runner may call `process` on several documents at
/// once from different threads, so a stage keeps no mutable state; heavy resources (lexicons)
/// load once in `init` and are shared read-only.
///
/// Throwing records the error on the document (`errors`, `status: "partial"`); the runner
/// carries on with the next stage, so one failure never loses the record.
public protocol Stage: Sendable {
    func process(_ document: inout Document) throws
}

/// A stage that can be named in a pipeline file: a registry name, typed options, and what it
/// needs from earlier stages and adds for later ones.
public protocol ConfigurableStage: Stage {
    associatedtype Options: StageOptions
    /// The name used in pipeline files (`"stage": "quotes"`).
    static var name: String { get }
    /// One line for `annotate stages`.
    static var summary: String { get }
    /// What must be provided by an earlier stage.
    static var requires: [Capability] { get }
    /// What this stage adds to the document.
    static var provides: [Capability] { get }
    /// Builds the stage; load resources here (through `context.resources` to share them).
    init(options: Options, context: StageContext) throws
}
