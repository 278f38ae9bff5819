import AnnotateCore
import CLibXML2

/// A compiled XPath expression from a pipeline file (for XML layouts no preset knows).
/// Namespaced documents are easiest addressed with `local-name()`, e.g. `//*[local-name()='story']`.
final class XPathQuery: @unchecked Sendable {
    // A compiled expression is immutable and may be evaluated from several threads, each with its
    // own context (libxml2 documents this as safe once xmlInitParser has run).
    private let compiled: xmlXPathCompExprPtr
    let source: String

    init(_ expression: String) throws {
        xmlInitParser()
        guard let c = expression.withCString({ xmlXPathCompile(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) else {
            throw StageSetupError("invalid XPath expression: \(expression)")
        }
        compiled = c
        source = expression
    }

    deinit { xmlXPathFreeCompExpr(compiled) }

    /// The nodes the expression selects from `context`; a string result becomes a text value.
    func evaluate(in doc: xmlDocPtr, context: DOMNode) -> (nodes: [DOMNode], text: String?) {
        guard let ctxt = xmlXPathNewContext(doc) else { return ([], nil) }
        defer { xmlXPathFreeContext(ctxt) }
        ctxt.pointee.node = context.ptr
        guard let result = xmlXPathCompiledEval(compiled, ctxt) else { return ([], nil) }
        defer { xmlXPathFreeObject(result) }
        if result.pointee.type == XPATH_STRING, let s = result.pointee.stringval {
            return ([], String(cString: s))
        }
        guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0, let tab = set.pointee.nodeTab else { return ([], nil) }
        var nodes: [DOMNode] = []
        for i in 0..<Int(set.pointee.nodeNr) {
            if let n = tab[i] { nodes.append(DOMNode(ptr: n)) }
        }
        return (nodes, nil)
    }
}
