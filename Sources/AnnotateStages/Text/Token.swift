import AnnotateCore

/// A word, number, quotation mark or punctuation character, with UTF-8 offsets into the text.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case quoteMark(QuoteMark)
        case punct
    }

    // (The eight-byte fields first, then the small ones: 48 bytes a token instead of 56, which every
    // read, copy and the tokenizer's array feel.)
    var start: Int
    var end: Int
    /// Lower-cased text for words (typographic apostrophes folded to '), "" otherwise.
    var lower: Word
    /// FNV-1a of `lower`'s bytes, computed once while lowering, so the word tables look a token up
    /// without hashing it again (a token is looked up in a dozen tables or more).
    var hash: UInt64
    /// `WordShape` key of `lower` (`WordShape.none` for other tokens and non-letter words).
    var shape: Int32
    var kind: Kind
    var capitalized: Bool
    /// The byte of a one-byte punctuation token (`,` `.` `(`), 0 otherwise.
    var punct: UInt8

    init(start: Int, end: Int, kind: Kind, lower: Word, capitalized: Bool, punct: UInt8,
         shape: Int32 = WordShape.none, hash: UInt64 = FNV1a.offset) {
        self.start = start
        self.end = end
        self.lower = lower
        self.hash = hash
        self.shape = shape
        self.kind = kind
        self.capitalized = capitalized
        self.punct = punct
    }

    /// `punct` of an en or em dash (– —), which are three bytes long.
    static let longDash: UInt8 = 0x14
    /// The `punct` of a currency sign of more than one byte: "£", "€", "¥".
    static let currency: UInt8 = 0x15

    var span: TextSpan { TextSpan(start: start, end: end) }
    /// A hyphen-minus or an en or em dash.
    @inline(__always) var isDash: Bool { punct == UInt8(ascii: "-") || punct == Token.longDash }
    /// A currency sign before a sum: "$", or "£", "€", "¥".
    @inline(__always) var isCurrencySign: Bool { punct == UInt8(ascii: "$") || punct == Token.currency }
    /// A sum's or a share's sign, which stands inside a phrase of words and numbers: "£60,000", "62%".
    @inline(__always) var isAmountSign: Bool { isCurrencySign || punct == UInt8(ascii: "%") }
    /// A token a phrase of words runs over: a word, a number or a sum's sign ("accused of taking £60,000").
    @inline(__always) var isPhraseWord: Bool { kind == .word || kind == .number || isAmountSign }
    @inline(__always) var isWord: Bool { kind == .word }
    @inline(__always) var isQuoteMark: Bool { if case .quoteMark = kind { return true } else { return false } }
}

/// A document's tokens as the quote stage reads them: a buffer over the array `QuoteAttributor.annotate`
/// holds for the whole stage. (Reads through it are not bounds-checked in release builds, where the
/// checks on every array read were several per cent of the stage; debug builds, which the tests run,
/// still check every read.)
typealias Tokens = UnsafeBufferPointer<Token>

/// Quotation marks, by shape. Straight marks open or close depending on their neighbours.
enum QuoteMark: Sendable, Equatable {
    case straightDouble, straightSingle
    case leftDouble, rightDouble      // “ ”
    case leftSingle, rightSingle      // ‘ ’
    case lowDouble, lowSingle         // „ ‚
    case leftGuillemet, rightGuillemet // « »
    case leftSingleGuillemet, rightSingleGuillemet // ‹ ›
}
