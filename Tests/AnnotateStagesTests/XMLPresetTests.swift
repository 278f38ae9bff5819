import AnnotateCore
import AnnotateStages
import Testing

/// One hand-written file per XML layout, each read to the same kind of clean article.
@Suite struct XMLPresetTests {
    @Test func nitf() throws {
        let docs = try annotateAll("""
            <nitf><head><title>Tram line opens</title><docdata><doc-id id-string="T-1"/></docdata></head>
            <body><body.head><hedline><hl1>Tram line opens</hl1></hedline><byline>By Ana Ruiz</byline>
            <dateline><story.date norm="20260301T093000">March 1</story.date></dateline></body.head>
            <body.content><p>The new tram line opened on Sunday.</p><media><media-caption>A tram.</media-caption></media><p>Riders praised it.</p></body.content></body></nitf>
            """)
        #expect(docs.count == 1)
        #expect(docs[0].text == "The new tram line opened on Sunday.\n\nRiders praised it.")
        #expect(docs[0].meta.title == "Tram line opens")
        #expect(docs[0].meta.published == "2026-03-01T09:30:00")
    }

    @Test func newsMLG2() throws {
        let docs = try annotateAll("""
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1"><itemMeta><firstCreated>2026-04-02T10:00:00Z</firstCreated></itemMeta>
            <contentMeta><headline>Port strike ends</headline></contentMeta>
            <contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Dock workers returned on Monday.</p><p>Talks continue.</p></body></html></inlineXML></contentSet></newsItem>
            """)
        #expect(docs.map(\.text) == ["Dock workers returned on Monday.\n\nTalks continue."])
        #expect(docs[0].meta.title == "Port strike ends")
        #expect(docs[0].meta.published == "2026-04-02T10:00:00Z")
    }

    @Test func tei() throws {
        let docs = try annotateAll("""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Letter on the harbour</title></titleStmt>
            <publicationStmt><date when="1901-05-06">6 May 1901</date></publicationStmt></fileDesc></teiHeader>
            <text><body><p>The harbour is full of ships.</p><note>Editor's note.</note><p>We sail tomorrow.</p></body></text></TEI>
            """)
        #expect(docs.map(\.text) == ["The harbour is full of ships.\n\nWe sail tomorrow."])
        #expect(docs[0].meta.published == "1901-05-06")
    }

    @Test func jats() throws {
        let docs = try annotateAll("""
            <article><front><article-meta><article-id>10.1/x</article-id><title-group><article-title>Sleep and tides</article-title></title-group>
            <pub-date><year>2025</year><month>7</month><day>3</day></pub-date><abstract><p>An abstract.</p></abstract></article-meta></front>
            <body><sec><title>Introduction</title><p>Tides affect sleep <xref>1</xref>.</p><fig><caption><p>A chart.</p></caption></fig></sec></body></article>
            """)
        #expect(docs.count == 1)
        #expect(docs[0].text == "Tides affect sleep .")
        #expect(docs[0].meta.title == "Sleep and tides")
        #expect(docs[0].meta.published == "2025-07-03")
    }

    @Test func rssFeedYieldsOneRecordPerItem() throws {
        let docs = try annotateAll("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Ledger</title>
            <item><title>First</title><link>https://ledger.example/1</link><guid>a1</guid><pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>The first story has &ldquo;quotes&rdquo; and <b>bold</b> words.</p><p>Second paragraph of the first story.</p>]]></content:encoded></item>
            <item><title>Second</title><guid>a2</guid><description>&lt;p&gt;Only a description, escaped as HTML, for the second story.&lt;/p&gt;</description></item>
            </channel></rss>
            """)
        #expect(docs.map(\.id) == ["feed.xml#a1", "feed.xml#a2"])
        #expect(docs[0].text == "The first story has “quotes” and bold words.\n\nSecond paragraph of the first story.")
        #expect(docs[0].meta.published == "2025-06-10T04:00:00Z")
        #expect(docs[0].meta.url == "https://ledger.example/1")
        #expect(docs[1].text == "Only a description, escaped as HTML, for the second story.")
    }

    @Test func atomFeed() throws {
        let docs = try annotateAll("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
            <entry><id>urn:1</id><title>One</title><published>2026-01-02T03:04:05Z</published><link href="https://w.example/1"/>
            <content type="html">&lt;p&gt;Entry one has a paragraph of text in it.&lt;/p&gt;</content></entry>
            <entry><id>urn:2</id><title>Two</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Entry two is XHTML.</p></div></content></entry>
            </feed>
            """)
        #expect(docs.map(\.id) == ["feed.xml#urn:1", "feed.xml#urn:2"])
        #expect(docs.map(\.text) == ["Entry one has a paragraph of text in it.", "Entry two is XHTML."])
        #expect(docs[0].meta.url == "https://w.example/1")
    }

    @Test func dumpOfArticles() throws {
        let docs = try annotateAll("""
            <dump><article><id>7</id><title>A</title><body><p>Alpha text.</p></body></article>
            <article><id>8</id><title>B</title><body><p>Beta text.</p></body></article></dump>
            """)
        #expect(docs.map(\.id) == ["feed.xml#7", "feed.xml#8"])
        #expect(docs.map(\.text) == ["Alpha text.", "Beta text."])
        #expect(docs.map(\.meta.title) == ["A", "B"])
    }

    @Test func xpathOptionsForAnUnknownLayout() throws {
        let pipeline = try inlinePipeline("""
            {"stages": [{"stage": "ingest", "options": {"xmlArticles": "//record", "xmlBody": "fields/f[@name='text']",
              "xmlTitle": "fields/f[@name='headline']", "xmlDate": "string(@date)", "xmlID": "string(@key)"}}]}
            """)
        let xml = """
            <export><record key="r1" date="2026-02-03"><fields><f name="headline">Snow closes roads</f><f name="text">Heavy snow closed roads.</f></fields></record>
            <record key="r2" date="2026-02-04"><fields><f name="headline">Roads reopen</f><f name="text">Ploughs cleared them.</f></fields></record></export>
            """
        let docs = pipeline.run(Document(id: "x.xml", input: RawInput(format: .xml, bytes: Array(xml.utf8), source: "x.xml")))
        #expect(docs.map(\.id) == ["x.xml#r1", "x.xml#r2"])
        #expect(docs.map(\.text) == ["Heavy snow closed roads.", "Ploughs cleared them."])
        #expect(docs.map(\.meta.title) == ["Snow closes roads", "Roads reopen"])
        #expect(docs.map(\.meta.published) == ["2026-02-03", "2026-02-04"])
    }

    @Test func invalidXPathIsASetupError() throws {
        #expect(throws: PipelineError.self) {
            try inlinePipeline(#"{"stages": [{"stage": "ingest", "options": {"xmlBody": "//p[["}}]}"#)
        }
    }
}
