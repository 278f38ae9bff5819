import AnnotateCore
import CLibXML2

/// Text from an XML article. libxml2 reads it with no network and no external entities or DTDs
/// (entity references are left unexpanded, so XXE and billion-laughs files expand nothing).
///
/// The body is the first element named like a body (`body`, `body.content`, `article`, `content`,
/// `text`); paragraphs are its `p`/`para` elements, or its text-bearing leaf elements when it
/// has none. Title and date come from the usual element names of NITF, NewsML, TEI, JATS and RSS.
struct XMLExtractor {
    struct Result {
        var text: String
        var paragraphs: [TextSpan]
        var title: String?
        var published: String?
        var language: String?
        var truncation: String?
    }

    static let bodyNames = ["body.content", "body", "article-body", "articlebody", "content", "text", "article", "story"]
    static let paragraphNames: Set<String> = ["p", "para", "paragraph"]
    static let titleNames = ["hl1", "headline", "article-title", "title", "dc:title"]
    static let dateNames = ["story.date", "date.issue", "pubdate", "published", "datepublished", "date", "firstcreated", "versioncreated"]

    func extract(_ bytes: [UInt8]) throws -> Result {
        let input = EncodingSniffer.prepare(bytes, xml: true)
        let parsed = try LibXMLParser.parse(input.bytes, html: false, encoding: input.encoding)
        let doc = parsed.doc
        defer { xmlFreeDoc(doc) }
        guard let rootPtr = xmlDocGetRootElement(doc) else { throw DocumentError("parse_error", "the XML has no root element") }
        let root = DOMNode(ptr: rootPtr)
        var firstByName: [String: DOMNode] = [:]
        var language = root.attribute("lang") ?? root.attribute("xml:lang")
        XMLExtractor.walk(root) { node in
            let name = node.name
            if firstByName[name] == nil { firstByName[name] = node }
            if let p = node.prefix, firstByName["\(p.lowercased()):\(name)"] == nil { firstByName["\(p.lowercased()):\(name)"] = node }
            if language == nil { language = node.attribute("xml:lang") }
        }
        let body = XMLExtractor.bodyNames.lazy.compactMap { firstByName[$0] }.first ?? root
        var builder = TextBuilder()
        var paragraphs: [DOMNode] = []
        XMLExtractor.walk(body) { if XMLExtractor.paragraphNames.contains($0.name) { paragraphs.append($0) } }
        if paragraphs.isEmpty {
            XMLExtractor.walk(body) { node in
                var hasElementChild = false
                var c = node.firstChild
                while let n = c { if n.isElement { hasElementChild = true; break }; c = n.nextSibling }
                if !hasElementChild { paragraphs.append(node) }
            }
        }
        for p in paragraphs { builder.append(paragraph: Array(p.allText.utf8)) }
        let title = XMLExtractor.titleNames.lazy.compactMap { firstByName[$0] }.first.map { $0.allText.trimmed(" \t\r\n") }
        var published: String?
        for name in XMLExtractor.dateNames {
            guard let node = firstByName[name] else { continue }
            let value = node.attribute("norm") ?? node.attribute("when") ?? node.attribute("iso-8601-date") ?? node.allText.trimmed(" \t\r\n")
            if !value.isEmpty { published = value; break }
        }
        return Result(text: builder.text, paragraphs: builder.paragraphs, title: title, published: published, language: language,
                      truncation: parsed.truncation)
    }

    /// Visits every element under `root` (inclusive) in document order, without recursion.
    static func walk(_ root: DOMNode, _ visit: (DOMNode) -> Void) {
        var stack = [root.ptr]
        var first = true
        while let ptr = stack.popLast() {
            let node = DOMNode(ptr: ptr)
            if !first, let next = ptr.pointee.next { stack.append(next) }
            first = false
            guard node.isElement else { continue }
            visit(node)
            if let c = ptr.pointee.children { stack.append(c) }
        }
    }
}
