import AnnotateCore
import AnnotateStages
import Testing

/// Main-content rules on small hand-written pages.
@Suite struct HTMLExtractionTests {
    static let prose = [
        "The ferry service between the two islands will resume next month after a long winter pause, officials said.",
        "Operators said the new timetable adds an evening crossing, which commuters had requested for several years.",
        "Fares will rise slightly, but season tickets for residents and students will keep their current prices.",
        "The council expects the first boats to sail on the second Monday of the month, weather permitting.",
    ]

    func extract(_ html: String) throws -> String {
        try annotate(html, with: "extract", format: .html).text
    }

    @Test func furnitureClassOnAPageWrapperDoesNotHideTheArticle() throws {
        let html = """
            <html><body class="single-post has-sidebar-left"><div id="content"><article class="post author-jane">
            \(Self.prose.map { "<p>\($0)</p>" }.joined())
            </article></div><div class="sidebar"><p>Popular this week: a long list of other stories, sorted by views, updated hourly.</p></div></body></html>
            """
        let text = try extract(html)
        for p in Self.prose { #expect(text.contains(p)) }
        #expect(!text.contains("Popular this week"))
    }

    @Test func bodySplitOverSiblingColumnsIsJoined() throws {
        let html = """
            <html><body><article><section>
            <div class="col"><div class="chunk"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p></div><aside></aside></div>
            <div class="col"><div class="chunk"><p>\(Self.prose[2])</p><p>\(Self.prose[3])</p></div><aside></aside></div>
            </section></article></body></html>
            """
        let text = try extract(html)
        for p in Self.prose { #expect(text.contains(p)) }
    }

    @Test func linkParagraphBetweenProseStaysAndTeaserListGoes() throws {
        let html = """
            <html><body><div class="story"><p>\(Self.prose[0])</p><p><a href="/t">See the new timetable online</a></p><p>\(Self.prose[1])</p>
            <p>\(Self.prose[2])</p><p><a href="/x">GET OUR APP ON THE GO BY CLICKING HERE</a></p><p>\(Self.prose[3])</p>
            <ul><li><a href="/a">Bridge repairs delayed again</a></li><li><a href="/b">Harbour festival dates announced</a></li></ul>
            </div></body></html>
            """
        let text = try extract(html)
        #expect(text.contains("See the new timetable online"))
        #expect(!text.contains("GET OUR APP"))
        #expect(!text.contains("Bridge repairs delayed again"))
    }

    @Test func embeddedPostsAreContent() throws {
        let html = """
            <html><body><div class="article-body"><p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Finally an evening boat! Thank you to everyone who campaigned for it.</p></blockquote></div>
            <p>\(Self.prose[2])</p></div></body></html>
            """
        #expect(try extract(html).contains("Finally an evening boat!"))
    }
}
