/// Where a family of news XML keeps its articles, bodies and metadata (element local names,
/// lower-cased, namespace prefixes ignored).
struct XMLPreset: Sendable {
    /// An element whose text (or one of whose attributes) gives a value.
    struct Source: Sendable {
        var element: String
        var attributes: [String] = []
    }

    var name: String
    /// Article elements; empty means the whole document is one article.
    var articles: [String]
    var body: [String]
    /// Body elements whose text is escaped HTML (RSS `content:encoded`, Atom `content`).
    var htmlBody: [String] = []
    var title: [Source]
    var date: [Source]
    var id: [Source]
    var url: [Source] = []
    var authors: [Source] = []
    /// Elements inside the body that are not article text (figures, reference lists).
    var exclude: Set<String> = []

    static let paragraphNames: Set<String> = ["p", "para", "paragraph"]

    static let nitf = XMLPreset(
        name: "nitf", articles: ["nitf"], body: ["body.content"],
        title: [Source(element: "hl1"), Source(element: "title")],
        date: [Source(element: "story.date", attributes: ["norm"]), Source(element: "date.issue", attributes: ["norm"]),
               Source(element: "pubdata", attributes: ["date.publication"])],
        id: [Source(element: "doc-id", attributes: ["id-string"])],
        authors: [Source(element: "byline")],
        exclude: ["media", "body.head", "body.end"])

    static let newsml = XMLPreset(
        name: "newsml", articles: ["newsitem"], body: ["inlinexml", "body"],
        title: [Source(element: "headline")],
        date: [Source(element: "contentcreated"), Source(element: "firstcreated"), Source(element: "versioncreated")],
        id: [Source(element: "newsitem", attributes: ["guid"])],
        authors: [Source(element: "creator", attributes: ["literal"])])

    static let tei = XMLPreset(
        name: "tei", articles: ["tei"], body: ["body"],
        title: [Source(element: "title")],
        date: [Source(element: "date", attributes: ["when"])],
        id: [Source(element: "tei", attributes: ["id"]), Source(element: "idno")],
        authors: [Source(element: "author")],
        exclude: ["note", "figure"])

    static let jats = XMLPreset(
        name: "jats", articles: ["article"], body: ["body"],
        title: [Source(element: "article-title")],
        date: [Source(element: "pub-date", attributes: ["iso-8601-date"])],
        id: [Source(element: "article-id")],
        exclude: ["fig", "table-wrap", "ref-list", "caption", "xref"])

    static let rss = XMLPreset(
        name: "rss", articles: ["item"], body: [], htmlBody: ["encoded", "description"],
        title: [Source(element: "title")],
        date: [Source(element: "pubdate"), Source(element: "date")],
        id: [Source(element: "guid"), Source(element: "link")],
        url: [Source(element: "link")],
        authors: [Source(element: "creator"), Source(element: "author")])

    static let atom = XMLPreset(
        name: "atom", articles: ["entry"], body: [], htmlBody: ["content", "summary"],
        title: [Source(element: "title")],
        date: [Source(element: "published"), Source(element: "updated")],
        id: [Source(element: "id")],
        url: [Source(element: "link", attributes: ["href"])],
        authors: [Source(element: "name")])

    static let generic = XMLPreset(
        name: "generic", articles: [],
        body: ["body.content", "body", "article-body", "articlebody", "content", "text", "story", "fulltext"],
        title: [Source(element: "hl1"), Source(element: "headline"), Source(element: "article-title"), Source(element: "title")],
        date: [Source(element: "story.date", attributes: ["norm"]), Source(element: "date.issue", attributes: ["norm"]),
               Source(element: "pubdate"), Source(element: "published"), Source(element: "datepublished"),
               Source(element: "date", attributes: ["when", "norm"]), Source(element: "firstcreated"),
               Source(element: "versioncreated")],
        id: [Source(element: "id"), Source(element: "guid"), Source(element: "doc-id", attributes: ["id-string"])],
        url: [Source(element: "url"), Source(element: "link")],
        authors: [Source(element: "author"), Source(element: "byline")])

    static let all: [String: XMLPreset] = ["nitf": nitf, "newsml": newsml, "tei": tei, "jats": jats, "rss": rss, "atom": atom,
                                           "generic": generic]

    /// The preset a document's root element announces.
    static func detect(root: String, childNames: [String]) -> XMLPreset {
        switch root {
        case "nitf": return nitf
        case "newsmessage", "newsitem", "packageitem": return newsml
        case "tei", "teicorpus": return tei
        case "article" where childNames.contains("front"): return jats
        case "rss", "rdf": return rss
        case "feed": return atom
        default: return generic
        }
    }

    /// Names that, repeated under one parent, mark a dump of many articles.
    static let dumpArticleNames: Set<String> = ["article", "doc", "document", "story", "item", "entry", "record", "nitf", "newsitem", "tei"]
}
