/// A first stage that may turn one input into several documents: a feed or a dump of many
/// articles yields one record per article. The runner calls `split` before `process`; every
/// document it returns then runs through the whole pipeline, this stage included.
public protocol DocumentSplitter: Stage {
    func split(_ document: Document) throws -> [Document]
}
