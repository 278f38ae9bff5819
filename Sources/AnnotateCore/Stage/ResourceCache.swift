import Foundation

/// Loads each resource (a lexicon, a word list) once per process and shares it between stage
/// instances. Values are immutable and `Sendable`; the lock only guards the dictionary.
public final class ResourceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: any Sendable] = [:]

    public init() {}

    /// The cached value for `key`, or the result of `load` stored under it.
    public func value<T: Sendable>(_ key: String, as: T.Type = T.self, load: () throws -> T) rethrows -> T {
        lock.lock()
        if let v = values[key] as? T { lock.unlock(); return v }
        lock.unlock()
        let v = try load()
        lock.lock()
        values[key] = v
        lock.unlock()
        return v
    }
}
