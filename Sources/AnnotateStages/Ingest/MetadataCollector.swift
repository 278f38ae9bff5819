import AnnotateCore

/// Collects article metadata from `<meta>`, `<link>`, `<title>`, `<html lang>`, `<time>` and
/// JSON-LD, preferring the most specific source for each field.
struct MetadataCollector {
    var title: String?
    var ogTitle: String?
    var h1: String?
    var url: String?
    var published: String?
    var authors: [String] = []
    var language: String?
    var siteName: String?

    mutating func element(_ node: DOMNode, name: String) {
        switch name {
        case "html":
            if language == nil, let l = node.attribute("lang") ?? node.attribute("xml:lang"), !l.isEmpty { language = l }
        case "meta":
            let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "").lowercased()
            guard let content = node.attribute("content")?.trimmed(" \t\n\r"), !content.isEmpty else { return }
            switch key {
            case "og:title", "twitter:title": if ogTitle == nil { ogTitle = content }
            case "og:url": if url == nil { url = content }
            case "og:site_name": if siteName == nil { siteName = content }
            case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
                 "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time":
                if published == nil { published = content }
            case "author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author":
                if !content.hasPrefix("http") && !authors.contains(content) { authors.append(content) }
            case "og:locale", "language", "content-language": if language == nil { language = content }
            default: break
            }
        case "link":
            if (node.attribute("rel") ?? "").lowercased() == "canonical", let href = node.attribute("href"), !href.isEmpty {
                url = href  // the canonical link beats og:url
            }
        case "title":
            if title == nil { title = node.allText.trimmed(" \t\n\r") }
        case "h1":
            if h1 == nil { h1 = node.allText.trimmed(" \t\n\r") }
        case "time":
            if published == nil, let dt = node.attribute("datetime"), !dt.isEmpty { published = dt }
        case "script":
            if (node.attribute("type") ?? "").lowercased().contains("ld+json") { jsonLD(node.allText) }
        default:
            break
        }
    }

    private mutating func jsonLD(_ text: String) {
        guard let value = try? JSONParser.parse(text) else { return }
        var queue = [value]
        var seen = 0
        while let v = queue.popLast(), seen < 200 {
            seen += 1
            switch v {
            case .array(let a): queue.append(contentsOf: a)
            case .object(let o):
                if let g = o["@graph"] { queue.append(g) }
                let type = JSONWriter.encode(o["@type"] ?? .null)
                guard type.contains("Article") || type.contains("Posting") || type.contains("Report") else { continue }
                if let d = o["datePublished"]?.stringValue { published = d }
                if ogTitle == nil, let h = o["headline"]?.stringValue { ogTitle = h }
                if let a = o["author"] {
                    let names = (a.arrayValue ?? [a]).compactMap { $0["name"]?.stringValue ?? $0.stringValue }
                    for n in names where !authors.contains(n) { authors.append(n) }
                }
            default: continue
            }
        }
    }

    func apply(to meta: inout DocumentMetadata) {
        if meta.title == nil { meta.title = ogTitle ?? h1 ?? title }
        if meta.url == nil { meta.url = url }
        if meta.published == nil { meta.published = published }
        if meta.authors.isEmpty { meta.authors = authors }
        if meta.language == nil { meta.language = language }
        if meta.siteName == nil { meta.siteName = siteName }
    }
}
