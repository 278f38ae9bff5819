import AnnotateCore

extension StageRegistry {
    /// Every built-in stage. A custom executable starts from this and registers its own.
    public static var builtins: StageRegistry {
        var r = StageRegistry()
        r.register(IngestStage.self)
        r.register(SentenceStage.self)
        r.register(QuoteStage.self)
        r.register(ToneStage.self)
        r.register(StanceStage.self)
        return r
    }
}
