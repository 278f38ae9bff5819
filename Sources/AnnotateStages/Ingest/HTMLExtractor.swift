import AnnotateCore
import CLibXML2

/// Main-content extraction from HTML on libxml2's HTML parser.
///
/// 1. One iterative walk (deep trees cannot overflow the stack) drops non-content elements
///    (scripts, navigation, forms, figures, elements whose class/id/role names page furniture),
///    gathers metadata, and cuts the rest into text blocks at block-level elements and `<br>`.
/// 2. Paragraph-like blocks vote for their parent and grandparent (longer text and more commas
///    vote more); the best container and its strong siblings hold the article.
/// 3. Blocks inside them that are not link lists, headlines or boilerplate become paragraphs.
struct HTMLExtractor {
    struct Result {
        var text: String
        var paragraphs: [TextSpan]
        var metadata: MetadataCollector
        /// libxml2 stopped early at one of its limits: the text may be incomplete.
        var truncation: String?
    }

    var boilerplate: BoilerplateFilter?

    private struct Block {
        var bytes: [UInt8] = []
        var linkBytes = 0
        var tag: String
        var container: DOMNode
        /// The furniture elements (by node key) this block sits inside.
        var furniture: [Int]
    }

    /// Never content: scripts, media, form controls, captions.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
        "textarea", "figure", "figcaption", "object", "embed", "video", "audio", "picture", "img", "label",
    ]
    /// Usually page furniture, but some sites wrap the whole page in them (a `<form>`, a `<header>`).
    static let furnitureTags: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog", "form", "address"]
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "body", "center", "hr",
    ]
    /// Class/id fragments that name page furniture even inside compound names ("sharebar").
    static let furnitureFragments = [
        "share", "social", "related", "comment", "newsletter", "subscri", "promo", "advert", "cookie",
        "breadcrumb", "sidebar", "footer", "byline", "caption", "popup", "modal", "outbrain", "taboola",
        "recommend", "trending", "mostread", "signup", "paywall", "donat", "toolbar", "masthead", "navbar",
        "dateline", "disclaimer", "sponsor",
    ]
    /// Whole class/id words (between `-`, `_` and spaces) that name page furniture.
    static let furnitureWords: Set<String> = [
        "ad", "ads", "nav", "menu", "tags", "tag", "hidden", "header", "meta", "print", "skip", "author",
        "credit", "credits", "widget", "banner", "rail", "popular", "most", "more", "hide", "login",
        "latest", "head", "headline", "hed", "dek", "subline", "standfirst", "kicker", "teaser", "timestamp",
    ]

    func extract(_ bytes: [UInt8]) throws -> Result {
        let input = EncodingSniffer.prepare(bytes, xml: false)
        let parsed = try LibXMLParser.parse(input.bytes, html: true, encoding: input.encoding)
        let doc = parsed.doc
        defer { xmlFreeDoc(doc) }
        var metadata = MetadataCollector()
        guard let rootPtr = xmlDocGetRootElement(doc) else {
            return Result(text: "", paragraphs: [], metadata: metadata, truncation: parsed.truncation)
        }
        var hints: Set<Int> = []
        let blocks = collect(DOMNode(ptr: rootPtr), metadata: &metadata, hints: &hints)
        let chosen = choose(blocks, hints: hints)
        var builder = TextBuilder()
        for block in chosen { builder.append(paragraph: block.bytes) }
        return Result(text: builder.text, paragraphs: builder.paragraphs, metadata: metadata, truncation: parsed.truncation)
    }

    /// Elements hidden from readers are never content.
    static func isHidden(_ node: DOMNode) -> Bool {
        if node.attributeBytes("hidden") != nil { return true }
        if let style = node.attributeBytes("style") {
            let compact = style.filter { $0 != 0x20 }.map(ByteClass.lower)
            return ByteSearch.firstIndex(of: displayNone, in: compact) != nil || ByteSearch.firstIndex(of: visibilityHidden, in: compact) != nil
        }
        return false
    }

    static let displayNone = Array("display:none".utf8)
    static let trueBytes = Array("true".utf8)
    static let articleBodyBytes = Array("articlebody".utf8)
    static let visibilityHidden = Array("visibility:hidden".utf8)
    static let furnitureRoles: Set<[UInt8]> = Set(["navigation", "banner", "contentinfo", "complementary", "menu", "dialog", "alert"].map { Array($0.utf8) })
    static let fragmentNeedles = NeedleSet(furnitureFragments)
    static let wordBytes: Set<[UInt8]> = Set(furnitureWords.map { Array($0.utf8) })
    static let hintNeedles = NeedleSet(bodyHints)
    static let embedNeedles = NeedleSet(["embed", "tweet"])

    /// The element's class and id, lower-cased, as one byte string ("" when it has neither).
    static func classAndID(_ node: DOMNode) -> [UInt8] {
        var names = node.attributeBytes("class") ?? []
        if let id = node.attributeBytes("id") { names.append(0x20); names += id }
        for i in names.indices { names[i] = ByteClass.lower(names[i]) }
        return names
    }

    /// Whether an element's tag, role or class/id names page furniture. Such an element is not
    /// dropped outright: its blocks vote less, and are dropped unless it wraps the article.
    /// `bodyHint` is `isBodyHint(names)`, which the caller has already worked out.
    static func isFurniture(_ node: DOMNode, name: String, names: [UInt8], bodyHint: Bool) -> Bool {
        if furnitureTags.contains(name) { return true }
        if node.attributeBytes("aria-hidden") == trueBytes { return true }
        if let role = node.attributeBytes("role"), furnitureRoles.contains(role.map(ByteClass.lower)) { return true }
        if names.allSatisfy({ $0 == 0x20 }) { return false }
        // Containers of the article itself often carry words like "article-body"; trust them.
        if bodyHint { return false }
        // Embedded posts (tweets, Instagram) quoted in the story are part of it.
        if embedNeedles.occurs(in: names) { return false }
        if fragmentNeedles.occurs(in: names) { return true }
        for word in names.split(whereSeparator: { $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
            where wordBytes.contains(Array(word)) {
            return true
        }
        return false
    }

    static let bodyHints = ["articlebody", "article-body", "article__body", "article_body", "story-body", "storybody",
                            "entry-content", "post-content", "post-body", "article-content", "body-text", "story-text"]

    /// Class or id words publishers use for the article body itself.
    static func isBodyHint(_ names: [UInt8]) -> Bool {
        hintNeedles.occurs(in: names)
    }

    private enum Exit: Sendable {
        case block, link, furniture
    }

    /// Walks the tree once, depth first, without recursion.
    private func collect(_ root: DOMNode, metadata: inout MetadataCollector, hints: inout Set<Int>) -> [Block] {
        var blocks: [Block] = []
        var furniture: [Int] = []
        var current = Block(tag: "body", container: root, furniture: [])
        var stack: [(DOMNode, [Exit]?)] = [(root, nil)]
        var linkDepth = 0
        func close(_ next: DOMNode, tag: String) {
            if current.bytes.contains(where: { $0 > 0x20 }) { blocks.append(current) }
            current = Block(tag: tag, container: next, furniture: furniture)
        }
        while let (node, exits) = stack.popLast() {
            if let exits {
                // Leaving an element: undo what entering it did, innermost first.
                for exit in exits {
                    switch exit {
                    case .link: linkDepth -= 1
                    case .furniture: furniture.removeLast(); close(current.container, tag: current.tag)
                    case .block: if let parent = node.parent { close(parent, tag: parent.name) }
                    }
                }
                continue
            }
            if node.isText {
                let text = node.textBytes
                current.bytes.append(contentsOf: text)
                if linkDepth > 0 { current.linkBytes += text.count }
                continue
            }
            guard node.isElement else { continue }
            let name = node.name
            metadata.element(node, name: name)
            if name == "head" {
                node.forEachElement { if $0.ptr != node.ptr { metadata.element($0, name: $0.name) } }
                continue
            }
            if HTMLExtractor.skipped.contains(name) || HTMLExtractor.isHidden(node) { continue }
            if name == "br" { close(current.container, tag: current.tag); continue }
            let names = HTMLExtractor.classAndID(node)
            let bodyHint = HTMLExtractor.isBodyHint(names)
            if bodyHint || node.attributeBytes("itemprop")?.map(ByteClass.lower) == HTMLExtractor.articleBodyBytes {
                hints.insert(node.key)
            }
            var exits: [Exit] = []
            let isBlock = HTMLExtractor.blocks.contains(name)
            if name != "html" && name != "body" && HTMLExtractor.isFurniture(node, name: name, names: names, bodyHint: bodyHint) {
                close(current.container, tag: current.tag)
                furniture.append(node.key)
                exits.append(.furniture)
            }
            if isBlock {
                close(node, tag: name)
                exits.insert(.block, at: 0)
            }
            if name == "a" {
                linkDepth += 1
                exits.insert(.link, at: 0)
            }
            if !exits.isEmpty { stack.append((node, exits)) }
            // Children are pushed in reverse so they pop in document order.
            var children: [DOMNode] = []
            var c = node.firstChild
            while let n = c { children.append(n); c = n.nextSibling }
            for child in children.reversed() { stack.append((child, nil)) }
        }
        close(root, tag: "body")
        return blocks
    }

    /// Picks the article's blocks (see the type's documentation).
    private func choose(_ blocks: [Block], hints: Set<Int>) -> [Block] {
        var scores: [Int: Double] = [:]
        var totals: [Int: Double] = [:]
        var nodes: [Int: DOMNode] = [:]
        for block in blocks where block.bytes.count >= 40 && ["p", "div", "td", "pre", "blockquote", "section", "article", "li", "span", "font", "body", "main"].contains(block.tag) {
            let commas = block.bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
            let linkShare = Double(block.linkBytes) / Double(max(block.bytes.count, 1))
            var score = 1.0 + Double(commas) + min(Double(block.bytes.count) / 100.0, 3.0)
            if block.tag == "li" { score *= 0.5 }
            if !block.furniture.isEmpty { score *= 0.25 }
            score *= (1 - linkShare)
            let parent = block.tag == "p" || block.tag == "li" || block.tag == "pre" || block.tag == "blockquote"
                ? block.container.parent : block.container
            guard let parent else { continue }
            // Every ancestor also collects the full score of the article text beneath it, so a
            // body split over several sibling columns can be found as one container.
            // Only prose counts here (paragraphs, not teaser lists), so climbing never swallows a
            // "more news" list beside the article.
            if block.furniture.isEmpty, block.tag == "p", block.bytes.count >= 80, linkShare < 0.3 {
                var up: DOMNode? = parent
                while let n = up { totals[n.key, default: 0] += score; nodes[n.key] = n; up = n.parent }
            }
            scores[parent.key, default: 0] += score
            nodes[parent.key] = parent
            if let grand = parent.parent {
                scores[grand.key, default: 0] += score / 2
                nodes[grand.key] = grand
            }
        }
        guard var (bestKey, bestScore) = scores.max(by: { $0.value < $1.value }), var best = nodes[bestKey] else {
            return blocks.filter { keep($0) == .keep && $0.furniture.isEmpty }
        }
        // Furniture that wraps the article (a page-wide <form>, <body class="...sidebar...">) is not
        // furniture: every ancestor of the densest container is exempt.
        var wrappers: Set<Int> = []
        var growth = 1.25
        var up: DOMNode? = best
        while let n = up { wrappers.insert(n.key); up = n.parent }
        // A container the publisher marks as the article body wins when it holds most of the prose on the page.
        let maxTotal = totals.values.max() ?? 0
        let hinted = hints.compactMap { k in totals[k].flatMap { $0 >= 0.1 * maxTotal ? nodes[k] : nil } }
        if let hintedBody = HTMLExtractor.commonAncestor(hinted), (totals[hintedBody.key] ?? 0) >= 0.5 * maxTotal {
            // Several marked chunks (a body split around ads) share one container.
            best = hintedBody
            bestKey = hintedBody.key
            bestScore = max(bestScore, scores[bestKey] ?? 0)
            growth = 2.0  // a marked body is trusted: only a much larger container replaces it
            var w: DOMNode? = hintedBody
            while let n = w { wrappers.insert(n.key); w = n.parent }
        }
        // Climb to an ancestor (within five levels, passing through plain wrappers) that holds
        // substantially more article text: a body split over sibling columns is one container.
        var climb = best
        var candidate = best
        for _ in 0..<5 {
            guard let parent = climb.parent else { break }
            climb = parent
            if (totals[parent.key] ?? 0) >= growth * (totals[candidate.key] ?? 0) { candidate = parent }
        }
        if candidate.key != bestKey {
            best = candidate
            bestKey = candidate.key
            bestScore = max(bestScore, scores[candidate.key] ?? 0)
        }
        var accepted: Set<Int> = [bestKey]
        if let parent = best.parent {
            var c = parent.firstChild
            while let n = c {
                if n.isElement, let s = scores[n.key], s >= max(3, bestScore * 0.2) { accepted.insert(n.key) }
                c = n.nextSibling
            }
        }
        let inside = blocks.filter { block in
            guard block.furniture.allSatisfy(wrappers.contains) else { return false }
            var n: DOMNode? = block.container
            var hops = 0
            while let node = n, hops < 64 {
                if accepted.contains(node.key) { return true }
                n = node.parent
                hops += 1
            }
            return false
        }
        // A paragraph that is one link ("Get it on Amazon for $40", a bare URL) belongs to the story
        // when prose stands right before or after it; runs of links (teasers, related lists) do not.
        let verdicts = inside.map(keep)
        func isProse(_ i: Int) -> Bool {
            inside.indices.contains(i) && verdicts[i] == .keep && inside[i].bytes.count >= 80
        }
        return inside.indices.compactMap { i in
            switch verdicts[i] {
            case .keep: return inside[i]
            case .drop: return nil
            case .linkParagraph: return isProse(i - 1) || isProse(i + 1) ? inside[i] : nil
            }
        }
    }

    /// The deepest element that contains every node given (nil for none).
    static func commonAncestor(_ nodes: [DOMNode]) -> DOMNode? {
        guard var result = nodes.first else { return nil }
        for other in nodes.dropFirst() {
            var chain: Set<Int> = []
            var o: DOMNode? = other
            while let n = o { chain.insert(n.key); o = n.parent }
            var r: DOMNode? = result
            while let n = r, !chain.contains(n.key) { r = n.parent }
            guard let found = r else { return nil }
            result = found
        }
        return result
    }

    private enum Verdict {
        case keep, drop, linkParagraph
    }

    private func keep(_ block: Block) -> Verdict {
        if block.tag == "h1" { return .drop }
        if let boilerplate, boilerplate.isBoilerplate(block.bytes) { return .drop }
        let length = block.bytes.count
        if length > 0, Double(block.linkBytes) / Double(length) > 0.5 {
            // An all-capitals link line is a promotion ("GET FOX BUSINESS ON THE GO"), not text.
            var upper = 0, lower = 0
            for b in block.bytes { if ByteClass.isASCIIUpper(b) { upper += 1 } else if ByteClass.isASCIILower(b) { lower += 1 } }
            return block.tag == "p" && upper <= 2 * lower ? .linkParagraph : .drop
        }
        return .keep
    }
}
