import AnnotateCore
import CLibXML2

/// Parses bytes with libxml2 through a parser context, so that a resource limit that cut the
/// document short (nesting deeper than libxml2 allows, a huge text node) is reported instead of
/// silently losing text. Never loads DTDs, never substitutes entities, never uses the network.
enum LibXMLParser {
    struct Parsed {
        var doc: xmlDocPtr
        /// Set when libxml2 stopped early at one of its limits.
        var truncation: String?
    }

    static func parse(_ bytes: [UInt8], html: Bool, encoding: String = "") throws -> Parsed {
        xmlInitParser()
        guard !bytes.isEmpty else { throw DocumentError("empty_input", "the input is empty") }
        guard bytes.count < Int(Int32.max) else { throw DocumentError("too_large", "the input exceeds libxml2's 2 GB limit") }
        let ctxt: xmlParserCtxtPtr? = html ? htmlNewParserCtxt() : xmlNewParserCtxt()
        guard let ctxt else { throw DocumentError("parse_error", "libxml2 could not allocate a parser") }
        defer { html ? htmlFreeParserCtxt(ctxt) : xmlFreeParserCtxt(ctxt) }
        let options: Int32 = html
            // HTML may lift libxml2's 10 MB text-node cap (XML_PARSE_HUGE): HTML has no entity
            // declarations to amplify, and the ingest stage bounds the input size itself.
            ? Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
            : Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let doc: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                encoding.withCString { enc in
                    let e = encoding.isEmpty ? nil : enc
                    return html ? htmlCtxtReadMemory(ctxt, p, Int32(buf.count), nil, e, options)
                        : xmlCtxtReadMemory(ctxt, p, Int32(buf.count), nil, e, options)
                }
            }
        }
        guard let doc else {
            throw DocumentError("parse_error", "libxml2 could not parse the \(html ? "HTML" : "XML")\(lastError(ctxt).map { ": \($0)" } ?? "")")
        }
        var truncation: String? = nil
        if let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(ctxt)), error.pointee.level == XML_ERR_FATAL,
           let m = error.pointee.message {
            let message = String(cString: m).trimmed(" \n")
            let lower = message.lowercased()
            if lower.contains("depth") || lower.contains("huge") || lower.contains("limit") || lower.contains("amplification") {
                truncation = message
            }
        }
        return Parsed(doc: doc, truncation: truncation)
    }

    private static func lastError(_ ctxt: xmlParserCtxtPtr) -> String? {
        guard let error = xmlCtxtGetLastError(UnsafeMutableRawPointer(ctxt)), let m = error.pointee.message else { return nil }
        return String(cString: m).trimmed(" \n")
    }
}
