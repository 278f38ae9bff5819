import AnnotateCore
import CLibXML2
import Foundation

/// Articles from an XML file: one for a single article, one per item for a feed or a dump.
///
/// The layout comes from a preset (NITF, NewsML-G2, TEI, JATS, RSS, Atom), detected from the
/// root element unless the pipeline names one, or from XPath expressions in the pipeline file.
/// libxml2 reads the file with no network and no external entities or DTDs; entity references
/// are left unexpanded, so XXE and billion-laughs files expand nothing.
struct XMLArticles: Sendable {
    struct Article: Sendable {
        var id: String?
        var prepared: PreparedText
    }

    /// XPath overrides from the pipeline file; each is optional.
    struct Queries: Sendable {
        var articles: XPathQuery?
        var body: XPathQuery?
        var title: XPathQuery?
        var date: XPathQuery?
        var id: XPathQuery?
    }

    var preset: XMLPreset?
    var queries = Queries()

    func extract(_ bytes: [UInt8]) throws -> [Article] {
        let input = EncodingSniffer.prepare(bytes, xml: true)
        let parsed = try LibXMLParser.parse(input.bytes, html: false, encoding: input.encoding)
        let doc = parsed.doc
        defer { xmlFreeDoc(doc) }
        guard let rootPtr = xmlDocGetRootElement(doc) else { throw DocumentError("parse_error", "the XML has no root element") }
        let root = DOMNode(ptr: rootPtr)
        let rules = preset ?? XMLPreset.detect(root: root.name, childNames: root.childElements.map(\.name))
        let articleNodes = findArticles(root, rules: rules, doc: doc)
        let language = root.attribute("lang")
        return articleNodes.map { node in
            var article = extractArticle(node, rules: rules, doc: doc)
            if article.prepared.language == nil { article.prepared.language = language }
            article.prepared.truncation = parsed.truncation
            return article
        }
    }

    private func findArticles(_ root: DOMNode, rules: XMLPreset, doc: xmlDocPtr) -> [DOMNode] {
        if let q = queries.articles { return q.evaluate(in: doc, context: root).nodes.filter(\.isElement) }
        if !rules.articles.isEmpty {
            let wanted = Set(rules.articles)
            if wanted.contains(root.name) && rules.name != "rss" && rules.name != "atom" { return [root] }
            var found: [DOMNode] = []
            root.forEachElement { node in
                // Outermost matches only: an article inside an article is part of it.
                if wanted.contains(node.name), !found.contains(where: { XMLArticles.isAncestor($0, of: node) }) { found.append(node) }
            }
            return found.isEmpty ? [root] : found
        }
        // A dump: the same article-like element repeated under the root or under one wrapper.
        for container in [root] + root.childElements.prefix(1) {
            let children = container.childElements
            let counts = Dictionary(grouping: children, by: \.name)
            if let (_, items) = counts.first(where: { XMLPreset.dumpArticleNames.contains($0.key) && $0.value.count >= 2 }) {
                return items
            }
        }
        return [root]
    }

    static func isAncestor(_ a: DOMNode, of b: DOMNode) -> Bool {
        var p = b.parent
        while let n = p { if n.ptr == a.ptr { return true }; p = n.parent }
        return false
    }

    private func extractArticle(_ article: DOMNode, rules: XMLPreset, doc: xmlDocPtr) -> Article {
        var firstByName: [String: DOMNode] = [:]
        article.forEachElement { if firstByName[$0.name] == nil { firstByName[$0.name] = $0 } }
        func value(_ sources: [XMLPreset.Source]) -> String? {
            for source in sources {
                guard let node = firstByName[source.element] else { continue }
                for a in source.attributes { if let v = node.attribute(named: a), !v.isEmpty { return v } }
                if let v = XMLArticles.jatsDate(node) { return v }
                let text = XMLArticles.text(of: node).trimmed(" \t\r\n")
                if !text.isEmpty { return text }
            }
            return nil
        }
        func query(_ q: XPathQuery?) -> String? {
            guard let q else { return nil }
            let r = q.evaluate(in: doc, context: article)
            let text = r.text ?? r.nodes.map { XMLArticles.text(of: $0) }.joined(separator: " ")
            let trimmed = text.trimmed(" \t\r\n")
            return trimmed.isEmpty ? nil : trimmed
        }

        var builder = TextBuilder()
        if let q = queries.body {
            for node in q.evaluate(in: doc, context: article).nodes { appendParagraphs(of: node, rules: rules, to: &builder) }
        } else if let body = rules.body.lazy.compactMap({ firstByName[$0] }).first {
            appendParagraphs(of: body, rules: rules, to: &builder)
        } else if let html = rules.htmlBody.lazy.compactMap({ firstByName[$0] }).first {
            if (html.attribute("type") ?? "") == "xhtml" {
                appendParagraphs(of: html, rules: rules, to: &builder)
            } else {
                // Escaped HTML (RSS content:encoded, Atom content): its own little page.
                let markup = Array(XMLArticles.text(of: html).utf8)
                if let page = try? HTMLExtractor(boilerplate: nil).extract(markup) {
                    for p in page.paragraphs { builder.append(paragraph: Array(page.text.utf8)[p.start..<p.end]) }
                }
            }
        } else if rules.articles.isEmpty || article.name != "item" {
            appendParagraphs(of: article, rules: rules, to: &builder)
        }
        let authors = rules.authors.compactMap { s -> String? in
            guard let n = firstByName[s.element] else { return nil }
            let v = s.attributes.lazy.compactMap { n.attribute(named: $0) }.first ?? XMLArticles.text(of: n).trimmed(" \t\r\n")
            return v.isEmpty ? nil : v
        }
        let date = query(queries.date) ?? value(rules.date)
        let prepared = PreparedText(
            text: builder.text, paragraphs: builder.paragraphs,
            title: query(queries.title) ?? value(rules.title),
            url: value(rules.url),
            published: date.map(DateNormalizer.iso),
            authors: Array(authors.prefix(1)),
            language: article.attribute("lang"))
        return Article(id: query(queries.id) ?? value(rules.id), prepared: prepared)
    }

    /// Paragraph elements under `node` (outside excluded parts), or its text-bearing leaves.
    private func appendParagraphs(of node: DOMNode, rules: XMLPreset, to builder: inout TextBuilder) {
        var paragraphs: [DOMNode] = []
        var leaves: [DOMNode] = []
        var excluded: [DOMNode] = []
        node.forEachElement { n in
            if rules.exclude.contains(n.name) { excluded.append(n); return }
            if excluded.contains(where: { XMLArticles.isAncestor($0, of: n) }) { return }
            if XMLPreset.paragraphNames.contains(n.name) {
                if !paragraphs.contains(where: { XMLArticles.isAncestor($0, of: n) }) { paragraphs.append(n) }
            } else if !n.childElements.contains(where: { _ in true }) {
                leaves.append(n)
            }
        }
        for p in paragraphs.isEmpty ? leaves : paragraphs {
            builder.append(paragraph: Array(XMLArticles.text(of: p, excluding: rules.exclude).utf8))
        }
    }

    /// The text of an element, attribute or text node; skips excluded elements (an inline `xref`).
    static func text(of node: DOMNode, excluding: Set<String> = []) -> String {
        if node.isText { return String(decoding: node.textBytes, as: UTF8.self) }
        if excluding.isEmpty { return node.allText }
        var out: [UInt8] = []
        var stack: [xmlNodePtr] = []
        if let c = node.ptr.pointee.children { stack.append(c) }
        while let n = stack.popLast() {
            if let next = n.pointee.next { stack.append(next) }
            let d = DOMNode(ptr: n)
            if d.isText { out.append(contentsOf: d.textBytes) } else if d.isElement, !excluding.contains(d.name), let c = n.pointee.children {
                stack.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// JATS `<pub-date><year/><month/><day/></pub-date>` as an ISO date.
    static func jatsDate(_ node: DOMNode) -> String? {
        let parts = Dictionary(node.childElements.map { ($0.name, $0.allText.trimmed(" \n\t")) }, uniquingKeysWith: { a, _ in a })
        guard let y = parts["year"].flatMap({ Int($0) }) else { return nil }
        var out = String(format: "%04d", y)
        if let m = parts["month"].flatMap({ Int($0) }) {
            out += String(format: "-%02d", m)
            if let d = parts["day"].flatMap({ Int($0) }) { out += String(format: "-%02d", d) }
        }
        return out
    }
}
