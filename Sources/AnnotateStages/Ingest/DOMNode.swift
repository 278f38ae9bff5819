import CLibXML2
import Foundation

/// A thin, allocation-free view of a libxml2 node. Attribute values are read from the node's
/// attribute list directly, so nothing has to be freed with `xmlFree`.
struct DOMNode {
    let ptr: xmlNodePtr

    var isElement: Bool { ptr.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { ptr.pointee.type == XML_TEXT_NODE || ptr.pointee.type == XML_CDATA_SECTION_NODE }
    var firstChild: DOMNode? { ptr.pointee.children.map(DOMNode.init) }
    var nextSibling: DOMNode? { ptr.pointee.next.map(DOMNode.init) }
    var parent: DOMNode? {
        guard let p = ptr.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return DOMNode(ptr: p)
    }
    var key: Int { Int(bitPattern: UnsafeMutableRawPointer(ptr)) }

    /// The element's local name, lower-cased (ASCII). libxml2's HTML parser already lower-cases
    /// tag names, so this only copies.
    var name: String {
        guard let n = ptr.pointee.name else { return "" }
        var bytes: [UInt8] = []
        var p = n
        while p.pointee != 0 { bytes.append(ByteClass.lower(p.pointee)); p += 1 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The element's namespace prefix, if any.
    var prefix: String? {
        guard let ns = ptr.pointee.ns, let p = ns.pointee.prefix else { return nil }
        return String(cString: p)
    }

    /// The raw bytes of a text node.
    var textBytes: UnsafeBufferPointer<UInt8> {
        guard let c = ptr.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: c, count: strlen(UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self)))
    }

    /// The raw bytes of an attribute (name matched ASCII case-insensitively), or nil; no String is built.
    func attributeBytes(_ wanted: StaticString) -> [UInt8]? {
        attributeBytes(lowercasedName: UnsafeBufferPointer(start: wanted.utf8Start, count: wanted.utf8CodeUnitCount))
    }

    /// An attribute named at run time (from a preset or a pipeline file).
    func attribute(named name: String) -> String? {
        let lower = Array(name.lowercased().utf8)
        return lower.withUnsafeBufferPointer { attributeBytes(lowercasedName: $0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    private func attributeBytes(lowercasedName w: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var attr = ptr.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, DOMNode.equalsLower(n, w) {
                var value: [UInt8] = []
                var child = a.pointee.children
                while let c = child {
                    if let content = c.pointee.content {
                        var p = content
                        while p.pointee != 0 { value.append(p.pointee); p += 1 }
                    }
                    child = c.pointee.next
                }
                return value
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// The value of an attribute (case-insensitive name), or nil.
    func attribute(_ wanted: StaticString) -> String? {
        attributeBytes(wanted).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A NUL-terminated name equals a lower-case ASCII word, ignoring case.
    private static func equalsLower(_ name: UnsafePointer<UInt8>, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < word.count {
            let c = name[i]
            if c == 0 || ByteClass.lower(c) != word[i] { return false }
            i += 1
        }
        return name[i] == 0
    }

    /// All descendant text, concatenated (iterative: no recursion on deep trees).
    var allText: String {
        var out: [UInt8] = []
        var stack: [xmlNodePtr] = []
        if let c = ptr.pointee.children { stack.append(c) }
        while let n = stack.popLast() {
            if let next = n.pointee.next { stack.append(next) }
            let node = DOMNode(ptr: n)
            if node.isText { out.append(contentsOf: node.textBytes) } else if node.isElement, let c = n.pointee.children {
                stack.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Visits every element under this one (inclusive) in document order, without recursion.
    func forEachElement(_ visit: (DOMNode) -> Void) {
        var stack = [ptr]
        var first = true
        while let p = stack.popLast() {
            let node = DOMNode(ptr: p)
            if !first, let next = p.pointee.next { stack.append(next) }
            first = false
            guard node.isElement else { continue }
            visit(node)
            if let c = p.pointee.children { stack.append(c) }
        }
    }

    /// Child elements, in order.
    var childElements: [DOMNode] {
        var out: [DOMNode] = []
        var c = firstChild
        while let n = c { if n.isElement { out.append(n) }; c = n.nextSibling }
        return out
    }
}
