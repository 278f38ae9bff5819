/// How far processing got: every stage ran (`ok`), some failed (`partial`), or no text came out (`failed`).
public enum DocumentStatus: String, Sendable {
    case ok, partial, failed
}
