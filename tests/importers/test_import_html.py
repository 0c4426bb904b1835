"""Tests for desktop.importers on saved web pages (HTML)."""

from __future__ import annotations

import pytest

from desktop.importers import load, load_bytes
from tests.importers.importer_helpers import RUSSIAN, block_texts, check_document, load_error, write


ARTICLE_HTML = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Grain deal signed | Eurasia Desk</title>
  <meta property="og:title" content="Kazakhstan and Tajikistan sign grain deal">
  <meta property="og:site_name" content="Eurasia Desk">
  <meta name="author" content="Dilara Keçialan">
  <meta property="article:published_time" content="2025-06-26T10:15:00+05:00">
  <style>body { color: red } .secret { display: none }</style>
  <script>var tracking = "SCRIPT TEXT";</script>
</head>
<body>
  <header><a href="/">Home</a> <a href="/world">World</a></header>
  <nav><ul><li><a href="/a">NAV LINK ONE</a></li><li><a href="/b">NAV LINK TWO</a></li></ul></nav>
  <article>
    <h1>Kazakhstan and Tajikistan sign grain deal</h1>
    <p>On June 26, 2025, the ministers met in <b>Astana</b> to discuss
       grain exports.<br>Shipments reached 1.3 million tons.</p>
    <h2>Customs</h2>
    <p>A protocol on pre-arrival information was signed in Almaty on May 22, 2025.</p>
    <ul><li>Faster border crossings</li><li>Risk analysis</li></ul>
    <blockquote><p>This is a strategic partnership.</p></blockquote>
    <div style="display: none">HIDDEN TEXT</div>
    <noscript>NOSCRIPT TEXT</noscript>
    <form><input value="FORM VALUE"><button>SUBSCRIBE BUTTON</button></form>
  </article>
  <aside>ASIDE TEXT</aside>
  <footer>FOOTER TEXT © 2025</footer>
  <script>document.write("LATE SCRIPT")</script>
</body>
</html>
"""


def test_html_article(tmp_path):
    doc = load(write(tmp_path, "page.html", ARTICLE_HTML))
    check_document(doc)
    assert doc.format == "html"
    assert doc.title == "Kazakhstan and Tajikistan sign grain deal"
    assert doc.metadata["author"] == "Dilara Keçialan"
    assert doc.metadata["published"] == "2025-06-26"
    assert doc.metadata["site"] == "Eurasia Desk"
    assert doc.metadata["language"] == "en-GB"
    for junk in ("SCRIPT", "NAV LINK", "HIDDEN", "NOSCRIPT", "FORM VALUE", "SUBSCRIBE",
                 "ASIDE", "FOOTER", "color: red", "Home"):
        assert junk not in doc.text, junk
    assert doc.text == (
        "Kazakhstan and Tajikistan sign grain deal\n\n"
        "On June 26, 2025, the ministers met in Astana to discuss grain exports.\n"
        "Shipments reached 1.3 million tons.\n\n"
        "Customs\n\n"
        "A protocol on pre-arrival information was signed in Almaty on May 22, 2025.\n\n"
        "Faster border crossings\n\nRisk analysis\n\n"
        "This is a strategic partnership."
    )
    assert block_texts(doc, "title") == ["Kazakhstan and Tajikistan sign grain deal"]
    assert [(doc.text[b.start:b.end], b.level) for b in doc.blocks if b.kind == "heading"] == [
        ("Customs", 2)
    ]
    assert block_texts(doc, "list") == ["Faster border crossings", "Risk analysis"]
    assert block_texts(doc, "quote") == ["This is a strategic partnership."]


def test_html_title_fallbacks(tmp_path):
    page = "<html><head><title>Only &amp; title</title></head><body><p>Body text.</p></body></html>"
    assert load(write(tmp_path, "a.htm", page)).title == "Only & title"
    page = "<html><body><h1>Heading title</h1><p>Body text.</p></body></html>"
    assert load(write(tmp_path, "b.html", page)).title == "Heading title"
    assert load(write(tmp_path, "c-stem.html", "<p>Just text.</p>")).title == "c-stem"


def test_xhtml_with_xml_declaration(tmp_path):
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
        'xml:lang="tr"><head><title>Başlık</title></head><body><p>Türkçe metin.</p>'
        "<pre>  indented\n    code</pre></body></html>"
    )
    doc = load(write(tmp_path, "page.xhtml.html", page))
    assert doc.title == "Başlık"
    assert doc.metadata["language"] == "tr"
    assert doc.text == "Türkçe metin.\n\n  indented\n    code"


def test_html_legacy_charset(tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"</head><body><p>{RUSSIAN}</p></body></html>"
    )
    doc = load(write(tmp_path, "ru.html", page.encode("cp1251")))
    assert doc.text == RUSSIAN


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><title>No body</title></head></html>",
        "<html><head><script>var a = 1;</script></head><body><script>alert(1)</script>"
        "<style>p {}</style></body></html>",
        "<!-- only a comment -->",
        "   \n\t  ",
    ],
)
def test_html_without_readable_text(tmp_path, page):
    error = load_error(write(tmp_path, "empty.html", page))
    assert "no readable text" in error.reason


# Saved pages as a browser writes them: the article among a cookie banner, menus,
# breadcrumbs, share buttons, tags, a newsletter box, reader comments, related
# links and a footer.  Nothing here may reach the text but the article.
SAVED_NEWS_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rail freight across the Caspian doubles in a year | Steppe Observer</title>
<meta name="description" content="Freight on the Middle Corridor doubled in 2024.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Steppe Observer">
<link rel="canonical" href="https://steppe-observer.example/economy/2025/03/caspian-rail-freight">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Rail freight across the Caspian doubles in a year",
 "datePublished": "2025-03-14T08:30:00+05:00", "dateModified": "2025-03-15T10:00:00+05:00",
 "author": [{"@type": "Person", "name": "Aigerim Nurlanovna"}],
 "publisher": {"@type": "Organization", "name": "Steppe Observer"}}
</script>
<link rel="stylesheet" href="/static/site.css">
<script src="/static/analytics.js"></script>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-consent">
  <p>We use cookies to improve your experience on our website. By continuing to browse
     you agree to our use of cookies and our privacy policy.</p>
  <button>Accept all cookies</button> <button>Manage preferences</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Steppe Observer</a>
  <nav class="main-nav"><ul>
    <li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>
    <li><a href="/energy">Energy</a></li><li><a href="/culture">Culture</a></li></ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search the site"></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/economy">Economy</a> › <a href="/economy/transport">Transport</a></div>
<main>
<article class="story">
  <h1 class="story-title">Rail freight across the Caspian doubles in a year</h1>
  <div class="byline">By <a rel="author" href="/authors/aigerim">Aigerim Nurlanovna</a>
    · <time datetime="2025-03-14T08:30:00+05:00">14 March 2025</time></div>
  <div class="share-buttons">
    <a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/sharer">Share on Facebook</a>
    <a href="mailto:?subject=story">Email this story</a></div>
  <div class="story-body">
    <p>Freight carried by rail along the Trans-Caspian International Transport Route
      doubled in 2024, reaching 4.5 million tonnes, according to figures published by
      the route's coordinating association on Thursday.<sup id="ref1"><a href="#fn1">1</a></sup></p>
    <p>The growth came as shippers between China and Europe looked for alternatives to the
      northern route, and as Kazakhstan and Azerbaijan invested in port capacity at Aktau and Alat.</p>
    <h2>Bottlenecks at the ports</h2>
    <p>Officials said waiting times at the Caspian ports remained the main obstacle. Three
      measures were agreed at the February meeting in Baku:</p>
    <ul>
      <li>a single digital consignment note for the whole route;</li>
      <li>new ferries to be ordered by Kazakhstan's national shipping company;</li>
      <li>joint customs inspections at the border stations.</li>
    </ul>
    <blockquote><p>We expect the volume to reach ten million tonnes by 2027 if the ferries arrive on time.</p></blockquote>
    <p>Independent analysts were more cautious, noting that the ferry fleet has grown far
      more slowly than the rail capacity on either shore.<sup id="ref2"><a href="#fn2">2</a></sup></p>
    <h2>What comes next</h2>
    <p>The association will publish its first quarterly figures for 2025 in April, and a
      ministerial meeting on tariffs is planned for the summer in Tashkent.</p>
  </div>
  <section class="footnotes">
    <h2>Notes</h2>
    <ol>
      <li id="fn1">Middle Corridor association, annual freight statistics, 13 March 2025.
        <a href="#ref1" class="footnote-backref">↩</a></li>
      <li id="fn2">Interview with a logistics analyst in Almaty, March 2025.
        <a href="#ref2" class="footnote-backref">↩</a></li>
    </ol>
  </section>
  <div class="tags">Tags: <a href="/tag/rail">rail</a> <a href="/tag/caspian">Caspian</a></div>
  <div class="newsletter"><p>Sign up for our weekly newsletter and never miss a story from the region.</p>
    <form><input type="email"><button>Subscribe</button></form></div>
</article>
<section id="comments" class="comments">
  <h3>3 comments</h3>
  <div class="comment"><p class="comment-author">railfan88</p>
    <p>Great news for the whole region, finally the ferries are getting attention they deserve!</p></div>
  <div class="comment"><p class="comment-author">Timur</p>
    <p>I have waited nine days at Aktau with my cargo last autumn, nothing has changed at all.</p></div>
</section>
<aside class="related"><h3>Related stories</h3><ul>
  <li><a href="/a1">Aktau port expansion opens ahead of schedule</a></li>
  <li><a href="/a2">Kazakhstan orders four new ferries from Chinese yard</a></li></ul></aside>
</main>
<footer class="site-footer">
  <p>© 2025 Steppe Observer. All rights reserved.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li>
  <li><a href="/contact">Contact</a></li></ul>
</footer>
</body>
</html>
"""

NEWS_PAGE_TEXT = """\
Rail freight across the Caspian doubles in a year

Freight carried by rail along the Trans-Caspian International Transport Route doubled in 2024, \
reaching 4.5 million tonnes, according to figures published by the route's coordinating \
association on Thursday.[1]

The growth came as shippers between China and Europe looked for alternatives to the northern \
route, and as Kazakhstan and Azerbaijan invested in port capacity at Aktau and Alat.

Bottlenecks at the ports

Officials said waiting times at the Caspian ports remained the main obstacle. Three measures \
were agreed at the February meeting in Baku:

a single digital consignment note for the whole route;

new ferries to be ordered by Kazakhstan's national shipping company;

joint customs inspections at the border stations.

We expect the volume to reach ten million tonnes by 2027 if the ferries arrive on time.

Independent analysts were more cautious, noting that the ferry fleet has grown far more slowly \
than the rail capacity on either shore.[2]

What comes next

The association will publish its first quarterly figures for 2025 in April, and a ministerial \
meeting on tariffs is planned for the summer in Tashkent.

Notes

[1] Middle Corridor association, annual freight statistics, 13 March 2025.

[2] Interview with a logistics analyst in Almaty, March 2025."""

PAGE_FURNITURE = (
    "cookies", "Accept all", "Manage preferences", "Politics", "Search the site", "Home", "›",
    "Share on", "Email this story", "Tags:", "newsletter", "Subscribe", "comments", "railfan88",
    "nine days", "Related stories", "Aktau port expansion", "All rights reserved", "Privacy policy",
    "About us", "↩", "analytics",
)


def test_html_saved_news_page(tmp_path, caplog):
    from desktop.references import analyse

    doc = load(write(tmp_path, "caspian-rail-freight.html", SAVED_NEWS_PAGE))
    check_document(doc)
    assert "trafilatura failed" not in caplog.text
    for junk in PAGE_FURNITURE:
        assert junk not in doc.text, junk
    assert doc.text == NEWS_PAGE_TEXT
    assert doc.title == "Rail freight across the Caspian doubles in a year"
    assert doc.metadata["author"] == "Aigerim Nurlanovna"  # only in JSON-LD (and the byline)
    assert doc.metadata["published"] == "2025-03-14"  # only in JSON-LD and <time>
    assert doc.metadata["site"] == "Steppe Observer"
    assert doc.metadata["language"] == "en"
    assert doc.metadata["source_url"] == "https://steppe-observer.example/economy/2025/03/caspian-rail-freight"
    assert block_texts(doc, "title") == ["Rail freight across the Caspian doubles in a year"]
    assert [(doc.text[b.start:b.end], b.level) for b in doc.blocks if b.kind == "heading"] == [
        ("Bottlenecks at the ports", 2), ("What comes next", 2), ("Notes", 2)
    ]
    assert len(block_texts(doc, "list")) == 3
    assert block_texts(doc, "quote") == [
        "We expect the volume to reach ten million tonnes by 2027 if the ferries arrive on time."
    ]
    assert block_texts(doc, "footnote") == [
        "[1] Middle Corridor association, annual freight statistics, 13 March 2025.",
        "[2] Interview with a logistics analyst in Almaty, March 2025.",
    ]
    # The reader's footnote tips find markers and notes as in a plain-text article.
    found = analyse(doc.text)
    assert [r.label for r in found.references] == ["1", "2"]
    assert [doc.text[m.start:m.end] for m in found.markers] == ["[1]", "[2]"]


# A WordPress-style page in a legacy encoding: no <article>, the author only in a
# JSON-LD @graph Person the article points to by @id, a cookie notice, share
# list, tags, a comment thread with its form, a sidebar widget and a footer.
BLOG_PAGE = """\
<!DOCTYPE html>
<html lang="tr-TR">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">
<title>Orta Koridor’da yük taşımacılığı ikiye katlandı - Bozkır Gazetesi</title>
<meta property="og:locale" content="tr_TR">
<meta property="og:site_name" content="Bozkır Gazetesi">
<script type="application/ld+json" class="yoast-schema-graph">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "@id": "https://bozkir.example/orta-koridor/", "name": "Orta Koridor"},
  {"@type": "NewsArticle", "@id": "https://bozkir.example/orta-koridor/#article",
   "headline": "Orta Koridor’da yük taşımacılığı ikiye katlandı",
   "datePublished": "2025-07-03T09:15:00+03:00",
   "author": {"@id": "https://bozkir.example/#/schema/person/42"}},
  {"@type": "Person", "@id": "https://bozkir.example/#/schema/person/42", "name": "Dilara Keçialan"}
]}
</script>
</head>
<body class="post-template-default single">
<div class="cookie-notice-container" id="cookie-notice" role="dialog">
  <span id="cn-notice-text">Bu web sitesi, deneyiminizi iyileştirmek için çerezleri kullanır.
    Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.</span>
  <a href="#" id="cn-accept-cookie" class="cn-button">Kabul et</a>
</div>
<div id="page" class="site">
 <div class="top-bar"><ul class="menu"><li><a href="/">Ana sayfa</a></li><li><a href="/ekonomi">Ekonomi</a></li>
   <li><a href="/dunya">Dünya</a></li><li><a href="/spor">Spor</a></li></ul></div>
 <div id="content" class="site-content">
  <div id="primary" class="content-area">
   <div class="post-header">
    <h1 class="entry-title">Orta Koridor’da yük taşımacılığı ikiye katlandı</h1>
    <div class="entry-meta"><span class="posted-on">3 Temmuz 2025</span></div>
   </div>
   <ul class="social-share">
    <li><a href="https://www.facebook.com/sharer.php">Facebook’ta paylaş</a></li>
    <li><a href="https://twitter.com/intent/tweet">Twitter’da paylaş</a></li>
    <li><a href="https://wa.me/?text=x">WhatsApp ile gönder</a></li>
   </ul>
   <div class="entry-content">
    <p>Kazakistan ile Azerbaycan arasındaki demiryolu ve feribot hattında taşınan yük miktarı
      2024 yılında iki katına çıkarak 4,5 milyon tona ulaştı. Dışişleri Bakanlığı açıklamasında
      İstanbul ve Bakü’deki görüşmelere dikkat çekti.</p>
    <h2>Limanlarda bekleme süreleri</h2>
    <p>Yetkililer, Aktau ve Alat limanlarındaki bekleme sürelerinin hâlâ en büyük sorun olduğunu
      belirtti. Şubat ayındaki toplantıda şu kararlar alındı:</p>
    <ol>
     <li>Tüm güzergah için tek bir dijital taşıma belgesi</li>
     <li>Yeni feribot siparişleri</li>
     <li>Sınır istasyonlarında ortak gümrük denetimi</li>
    </ol>
    <h3>Uzman görüşü</h3>
    <blockquote><p>Feribotlar zamanında gelirse hacim 2027’ye kadar on milyon tona çıkabilir.</p></blockquote>
    <p>Bağımsız analistler ise daha temkinli; feribot filosunun demiryolu kapasitesinden çok daha
      yavaş büyüdüğünü hatırlatıyor.</p>
   </div>
   <div class="post-tags">Etiketler: <a href="/etiket/demiryolu">demiryolu</a>, <a href="/etiket/hazar">Hazar</a></div>
   <div id="comments" class="comments-area">
    <h2 class="comments-title">2 yorum</h2>
    <ol class="comment-list">
     <li class="comment"><div class="comment-body"><p>Harika bir haber, bölge için çok önemli bir gelişme bence.</p></div></li>
     <li class="comment"><div class="comment-body"><p>Geçen sonbahar Aktau’da dokuz gün bekledim, hiçbir şey değişmedi.</p></div></li>
    </ol>
    <div id="respond"><h3>Yorum yapın</h3><form><textarea></textarea><button>Gönder</button></form></div>
   </div>
  </div>
  <div id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Son yazılar</h2>
    <ul><li><a href="/a">Aktau limanı genişliyor</a></li><li><a href="/b">Yeni feribotlar yolda</a></li></ul></section></div>
 </div>
 <footer id="colophon" class="site-footer"><div class="site-info">© 2025 Bozkır Gazetesi · Tüm hakları saklıdır</div></footer>
</div>
</body>
</html>
"""


def test_html_saved_blog_page_in_a_legacy_encoding(tmp_path):
    doc = load(write(tmp_path, "orta-koridor.html", BLOG_PAGE.encode("cp1254")))
    check_document(doc)
    assert doc.metadata["encoding"] == "cp1254"
    for junk in ("çerez", "Kabul et", "Ana sayfa", "Ekonomi", "paylaş", "WhatsApp", "Etiketler", "yorum",
                 "Harika", "dokuz gün", "Gönder", "Son yazılar", "Aktau limanı", "hakları", "3 Temmuz"):
        assert junk not in doc.text, junk
    assert doc.title == "Orta Koridor’da yük taşımacılığı ikiye katlandı"
    assert doc.metadata["author"] == "Dilara Keçialan"  # the @graph Person the article points to
    assert doc.metadata["published"] == "2025-07-03"
    assert doc.metadata["site"] == "Bozkır Gazetesi"
    assert doc.metadata["language"] == "tr-TR"
    kinds = [(b.kind, b.level, doc.text[b.start:b.end][:30]) for b in doc.blocks]
    assert kinds == [
        ("title", 1, "Orta Koridor’da yük taşımacılı"),
        ("paragraph", 0, "Kazakistan ile Azerbaycan aras"),
        ("heading", 2, "Limanlarda bekleme süreleri"),
        ("paragraph", 0, "Yetkililer, Aktau ve Alat lima"),
        ("list", 0, "Tüm güzergah için tek bir diji"),
        ("list", 0, "Yeni feribot siparişleri"),
        ("list", 0, "Sınır istasyonlarında ortak gü"),
        ("heading", 3, "Uzman görüşü"),
        ("quote", 0, "Feribotlar zamanında gelirse h"),
        ("paragraph", 0, "Bağımsız analistler ise daha t"),
    ]
    assert "İstanbul ve Bakü’deki görüşmelere dikkat çekti." in doc.text


_BODY = (
    "<p>Officials in Astana said the grain corridor carried more wheat than in any season before."
    "{first}</p><p>Rail operators expect the growth to continue as new wagons arrive next year.{second}</p>"
)
FOOTNOTE_STYLES = {
    "pandoc": (
        _BODY.format(
            first='<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>',
            second='<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>',
        )
        + '<section class="footnotes" role="doc-endnotes"><hr /><ol>'
        '<li id="fn1"><p>Ministry of Agriculture, press release.'
        '<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>'
        '<li id="fn2"><p>Railways yearly report, 2025.'
        '<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>'
    ),
    "python-markdown": (
        _BODY.format(
            first='<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>',
            second='<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2</a></sup>',
        )
        + '<div class="footnote"><hr /><ol>'
        '<li id="fn:1"><p>Ministry of Agriculture, press release.&#160;'
        '<a class="footnote-backref" href="#fnref:1" title="Jump back">&#8617;</a></p></li>'
        '<li id="fn:2"><p>Railways yearly report, 2025.&#160;'
        '<a class="footnote-backref" href="#fnref:2">&#8617;</a></p></li></ol></div>'
    ),
    "mediawiki": (
        _BODY.format(
            first='<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
            second='<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
        )
        + '<h2><span class="mw-headline" id="References">References</span></h2>'
        '<div class="reflist"><ol class="references">'
        '<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> '
        '<span class="reference-text">Ministry of Agriculture, press release.</span></li>'
        '<li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> '
        '<span class="reference-text">Railways yearly report, 2025.</span></li></ol></div>'
    ),
}


@pytest.mark.parametrize("style", sorted(FOOTNOTE_STYLES))
def test_html_footnotes_of_common_generators(style):
    from desktop.references import analyse

    page = (
        "<html lang='en'><head><title>Grain corridor</title></head><body><article><h1>Grain corridor</h1>"
        + FOOTNOTE_STYLES[style] + "</article></body></html>"
    )
    doc = load_bytes(page.encode(), f"{style}.html")
    check_document(doc)
    assert "any season before.[1]" in doc.text and "next year.[2]" in doc.text
    assert block_texts(doc, "footnote") == [
        "[1] Ministry of Agriculture, press release.", "[2] Railways yearly report, 2025."
    ]
    found = analyse(doc.text)
    assert [(r.label, r.text) for r in found.references] == [
        ("1", "Ministry of Agriculture, press release."), ("2", "Railways yearly report, 2025.")
    ]
    assert [m.label for m in found.markers] == ["1", "2"]


def test_html_superscript_and_subscript_digits():
    page = (
        "<html><body><article><h1>Emissions</h1><p>The plant emitted 2.1 million tonnes of CO<sub>2</sub> "
        "over an area of 40 km<sup>2</sup> in 2024, the agency said in its yearly report on the region."
        "</p></article></body></html>"
    )
    doc = load_bytes(page.encode(), "emissions.html")
    assert "tonnes of CO₂ over an area of 40 km² in 2024" in doc.text


def test_html_code_and_tables(caplog):
    page = """<html><head><title>Feed</title></head><body><article><h1>Parsing the customs feed</h1>
<p>The customs service publishes its daily figures as a CSV file that a few lines of Python read;
the call <code>read_csv(path)</code> returns the shipments of the day.</p>
<pre><code>import csv
for row in csv.reader(open("feed.csv")):
    print(row)</code></pre>
<p>The table below shows the shipments recorded on the first day of the new procedure at the border.</p>
<table><tr><th>Post</th><th>Wagons</th></tr><tr><td>Dostyk</td><td>120</td></tr><tr><td>Altynkol</td><td>95</td></tr></table>
<p>Officials said the figures would be published every morning from now on, weekends included.</p>
</article></body></html>"""
    doc = load_bytes(page.encode(), "feed.html")
    assert "trafilatura failed" not in caplog.text  # read by trafilatura, not by the fallback
    assert "the call read_csv(path) returns the shipments" in doc.text
    assert 'import csv\nfor row in csv.reader(open("feed.csv")):\n    print(row)' in block_texts(doc, "paragraph")
    assert "Post Wagons\n\nDostyk 120\n\nAltynkol 95" in doc.text


def test_html_import_never_touches_the_network(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access while importing: {args!r}")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    doc = load(write(tmp_path, "caspian-rail-freight.html", SAVED_NEWS_PAGE))
    assert doc.text == NEWS_PAGE_TEXT


@pytest.mark.parametrize("trouble", ["nothing", "error"])
def test_html_reads_the_page_itself_when_trafilatura_finds_no_article(tmp_path, monkeypatch, trouble):
    import trafilatura

    def bare_extraction(*args, **kwargs):
        if trouble == "error":
            raise RecursionError("maximum recursion depth exceeded")
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", bare_extraction)
    doc = load(write(tmp_path, "page.html", ARTICLE_HTML))
    check_document(doc)
    assert doc.title == "Kazakhstan and Tajikistan sign grain deal"
    assert "Shipments reached 1.3 million tons." in doc.text and "NAV LINK" not in doc.text
    assert block_texts(doc, "quote") == ["This is a strategic partnership."]
    doc = load(write(tmp_path, "news.html", SAVED_NEWS_PAGE))  # markers are labelled all the same
    assert "association on Thursday.[1]" in doc.text and "railfan88" not in doc.text



@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<h1>Grain deal</h1><p>Kazakhstan signed.</p>", "Grain deal\n\nKazakhstan signed."),
        ("<h1>Trade corridor grows</h1><p>Kazakhstan signed a deal with Turkey on Monday.</p>"
         "<p>The second paragraph says more about it.</p>",
         "Trade corridor grows\n\nKazakhstan signed a deal with Turkey on Monday.\n\n"
         "The second paragraph says more about it."),
        ("<h1>Grain deal</h1><h2>Background</h2><p>Kazakhstan signed.</p>",
         "Grain deal\n\nBackground\n\nKazakhstan signed."),
    ],
)
def test_html_short_page_keeps_its_blocks_and_its_heading_once(tmp_path, body, text):
    """On a short page trafilatura falls back to the page's text as one paragraph; the
    heading was then read twice ("Head\\n\\nHead Kazakhstan …") and the paragraphs ran together."""
    doc = load(write(tmp_path, "short.html", f"<html><body>{body}</body></html>"))
    check_document(doc)
    assert doc.text == text
    assert block_texts(doc, "title") == [text.split("\n")[0]]


def test_html_short_page_with_boilerplate_keeps_trafilatura_reading(tmp_path):
    """A page whose readable walk holds more words (a menu) than trafilatura's text keeps trafilatura's."""
    page = ("<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a></nav>"
            "<article><h1>Grain deal</h1><p>Kazakhstan signed a grain deal with Tajikistan on Monday in Astana, "
            "officials said, adding that shipments would start in the spring.</p></article></body></html>")
    doc = load(write(tmp_path, "menu.html", page))
    assert "Home" not in doc.text and doc.text.count("Grain deal") == 1
