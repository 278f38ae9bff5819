import Foundation

/// What a stage sees while it is built: where the pipeline file lives and a shared resource cache.
public struct StageContext: Sendable {
    /// The directory of the pipeline file; relative resource paths resolve against it.
    public var baseDirectory: URL
    public var resources: ResourceCache
    /// The instance name this stage has in the pipeline.
    public var instanceName: String

    public init(baseDirectory: URL, resources: ResourceCache = ResourceCache(), instanceName: String = "") {
        self.baseDirectory = baseDirectory
        self.resources = resources
        self.instanceName = instanceName
    }

    /// A path from the pipeline file, made absolute relative to the pipeline's directory.
    public func resolve(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return baseDirectory.appendingPathComponent(path).standardizedFileURL
    }

    /// Reads a resource file as UTF-8 text, with an error that names the file.
    public func readText(_ path: String) throws -> String {
        let url = resolve(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StageSetupError("cannot read \(url.path)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A value built from resource files, loaded once per process: the cache key is `kind` plus
    /// the files' resolved paths, so two stages naming the same files share one copy.
    public func shared<T: Sendable>(_ kind: String, files: [String], load: () throws -> T) rethrows -> T {
        let key = kind + ":" + files.map { resolve($0).path }.joined(separator: "|")
        return try resources.value(key, load: load)
    }
}

/// A failure while building a stage (a resource that cannot be loaded, say): a set-up error.
public struct StageSetupError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
