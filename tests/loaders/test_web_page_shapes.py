"""Web pages as news sites, think tanks, wikis, ministries, AMP and live blogs publish them,
read through the document pipeline: the article's facts are found wherever the CMS nests
them, and nothing comes from the page's furniture (menus, cookie notices, related links,
share bars, tag lists, comments, references, footers, scripts), even where its link titles
read like facts. Every page here is written for these tests; none is taken from a corpus or
evaluation document."""
from __future__ import annotations

import re

import pytest

from loaders.extract import default_extractor
from loaders.readers import read_bytes

WORDPRESS_NEWS = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Egypt takes delivery of Su&#8209;35 jets &#8211; Nile Defence Review</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Russia sells S-400 to Turkey","about":"Algeria bought the Su-57 from Russia."}</script>
<style>.entry-content p{margin:0}</style>
</head>
<body class="post-template-default single single-post postid-4412 single-format-standard has-sidebar">
<div id="cookie-notice" class="cn-container" role="dialog">We use cookies to measure how readers found that Russia sells S-400 to Turkey. <a href="#">Accept</a></div>
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/">Nile Defence Review</a></p>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/air">Russia sells S-400 to Turkey</a></li><li class="menu-item"><a href="/sea">Naval</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-air-power tag-egypt tag-su-35">
  <header class="entry-header">
    <h1 class="entry-title">Egypt takes delivery of Su&#8209;35 jets</h1>
    <div class="entry-meta"><span class="posted-on">Posted on <time>3 March 2021</time></span> <span class="byline">by <a href="/author/hm">H. Mansour</a></span></div>
  </header>
  <figure class="wp-block-image"><img src="su35.jpg" alt="Algeria bought the S-400 from Russia"><figcaption>Russia delivered the first five Su-35 fighters to Egypt in 2020. <span class="credit">Photo: Kazakhstan joined the CSTO in 1994 / Agency</span></figcaption></figure>
  <div class="entry-content">
    <p>C<span>AIRO</span> &#8212; The Egyptian&nbsp;Air Force has received more aircraft. <a href="/tag/russia">Russia</a> delivered twelve <strong>Su</strong>&#8209;35 fighters to <em>Egypt</em> in 2021, according to officials.</p>
    <div class="wp-block-group"><div class="wp-block-group__inner-container">
      <p>Separately, Vietnam received two Gepard&#8209;class frigates from Russia, the ministry said.</p>
    </div></div>
    <p><strong>Read more:</strong> <a href="/2021/02/s400">Russia sells S-400 to Turkey in record deal</a></p>
    <div class="ad-container"><span class="ad-label">Advertisement</span><p>India bought the Su-57 from Russia.</p></div>
    <p>Earlier, Algeria had bought the S&#8209;400 from Russia.</p>
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in <a href="/air">Air power</a></span><span class="tags-links">Tagged <a>Turkey buys S-400 from Russia</a></span></footer>
  <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Share on Twitter: Turkey bought the S-400 from Russia</a></li></ul></div>
  <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><div class="jp-relatedposts-items"><p><a>Qatar bought the Rafale from France</a></p><p><a>Greece buys Rafale jets from France</a></p></div></div>
  <div class="author-bio"><p>H. Mansour covered how Serbia bought the Pantsir from Russia.</p></div>
</article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><p>Syria bought the S-300 from Russia, I read.</p></li></ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul><li><a>Iraq bought the T-90 from Russia</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2021 Nile Defence Review. Myanmar bought the Su-30 from Russia.</p></footer>
</div>
<script>var related = "Turkey bought the S-400 from Russia";</script>
</body>
</html>"""

DRUPAL_THINK_TANK = """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Caspian naval diplomacy | Centre for Eurasian Security Studies</title></head>
<body class="path-node page-node-type-analysis">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="block-eu-cookie-compliance" class="eu-cookie-compliance-banner"><p>By clicking you agree that Iran bought the Su-35 from Russia.</p></div>
<div class="region region-header"><div id="block-sitebranding" class="block block-system"><a href="/">CESS</a></div>
<div id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu"><li><a>Iran bought the Su-35 from Russia</a></li></ul></div></div>
<div class="region region-breadcrumb"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><ol><li><a>Home</a></li><li><a>Analysis</a></li></ol></nav></div>
<div class="layout-content">
<div class="region region-content">
<div id="block-mainpagecontent" class="block block-system block-system-main-block">
<article role="article" class="node node--type-analysis node--view-mode-full">
  <h1 class="page-title"><span class="field field--name-title">Caspian naval diplomacy</span></h1>
  <div class="node__content">
    <div class="field field--name-field-summary"><p>Kazakhstan joined the Collective Security Treaty Organization in 1994.</p></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
      <section><h2>Arms</h2>
        <div><div><p>Azerbaijan received Barak&#8209;8 air defence systems from Israel, a ministry spokesman said.</p></div></div>
      </section>
      <section><h2>Indra-2021</h2>
        <p>India and Russia held the exercise in Volgograd in 2021.</p>
      </section>
      <blockquote><p>&#8220;Kazakhstan bought Su&#8209;30SM fighters from Russia,&#8221; the minister said.</p></blockquote>
      <ul>
        <li>Armenia bought the Iskander from Russia.</li>
        <li>Algeria bought the S&#8209;400 from Russia.</li>
      </ul>
    </div>
    <div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Topics</div><div class="field__items"><div class="field__item"><a>Turkey buys the S-400 from Russia</a></div></div></div>
  </div>
</article>
</div>
<div class="views-element-container block block-views block-views-blockrelated-content-block-1"><h2>More from CESS</h2><div class="view-content"><div class="views-row"><a>Qatar bought the Rafale from France</a></div><div class="views-row"><a>Greece buys Rafale jets from France</a></div></div></div>
</div></div>
<div class="region region-footer"><div class="block block-simplenews"><h2>Newsletter</h2><p>Sign up to learn why Syria bought the S-300 from Russia.</p></div></div>
</div>
</body></html>"""

WIKI_ARTICLE = """<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>Exercise Steppe Shield - Militarypedia</title></head>
<body class="mediawiki ltr sitedir-ltr skin-vector action-view">
<a id="top"></a>
<div id="mw-page-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<div id="siteNotice"><div id="centralNotice"><p>Donate today: Turkey bought the S-400 from Russia.</p></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading">Exercise Steppe Shield</h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Militarypedia, the free encyclopedia</div>
<div id="contentSub"></div>
<div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="infobox vevent"><tbody>
<tr><th colspan="2" class="infobox-above summary">Exercise Steppe Shield</th></tr>
<tr><th scope="row" class="infobox-label">Host</th><td class="infobox-data"><a href="/wiki/Kazakhstan">Kazakhstan</a></td></tr>
<tr><th scope="row" class="infobox-label">Participants</th><td class="infobox-data"><a>Kazakhstan</a><br><a>Kyrgyzstan</a><br><a>Tajikistan</a></td></tr>
</tbody></table>
<p><b>Exercise Steppe Shield</b> is a recurring joint exercise. In 2019 <a href="/wiki/Kyrgyzstan">Kyrgyz</a>stan took part in <a>Tsentr-2019</a>, hosted by Russia.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> Kazakh&shy;stan joined the <a>Shanghai Cooperation Organisation</a> in 2001.<sup class="reference"><a>[2]</a></sup></p>
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2>Contents</h2></div><ul><li><a href="#Equipment"><span class="tocnumber">1</span> <span class="toctext">Turkey bought the S-400</span></a></li></ul></div>
<h2><span class="mw-headline" id="Equipment">Equipment</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>Tajikistan received <a>BTR-80</a> vehicles from Russia in 2020.</p>
<h2><span class="mw-headline" id="See_also">See also</span></h2>
<ul><li><a>List of exercises in which Belarus bought the Su-30SM from Russia</a></li><li><a>Mongolia bought the MiG-29 from Russia in 2011</a></li></ul>
<h2><span class="mw-headline" id="References">References</span></h2>
<div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a>^</a></span> <span class="reference-text"><cite>"Uzbekistan buys Su-35 fighters from Russia". <i>Central Asia Wire</i>. 2019.</cite></span></li>
<li id="cite_note-2"><span class="reference-text">"Turkmenistan joins the CSTO". Steppe Daily. 2001.</span></li>
</ol></div>
<div role="navigation" class="navbox"><table class="nowraplinks"><tr><th>Exercises</th><td><a>Iran bought the S-300 from Russia</a></td></tr></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a>Categories</a>: <ul><li><a>Military exercises in which Turkey bought the S-400</a></li></ul></div></div>
</div></div>
<div id="mw-navigation"><div id="mw-panel"><div class="portal"><ul><li><a>Main page</a></li></ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li>Text is available under a licence. Syria bought the S-300 from Russia.</li></ul></div>
</body></html>"""

MINISTRY_PRESS_RELEASE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Press release: Joint naval exercise concludes | Ministry of Defence</title></head>
<body>
<div id="global-cookie-message" class="gem-c-cookie-banner" data-module="cookie-banner"><p>We&rsquo;d like to set cookies. Turkey bought the S-400 from Russia.</p><button>Accept</button></div>
<div class="govuk-width-container">
<div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a>Home</a></li><li><a>Defence</a></li></ol></div>
<main class="govuk-main-wrapper" id="main-content" role="main">
<div class="gem-c-title"><span class="gem-c-title__context">Press release</span><h1 class="gem-c-title__text">Joint naval exercise concludes</h1></div>
<div class="gem-c-lead-paragraph"><p>India and France held the Varuna naval exercise in the Arabian Sea in 2023.</p></div>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a>Ministry of Defence</a></dd><dt>Published</dt><dd>12 May 2023</dd></dl></div>
<div class="govuk-govspeak"><div class="gem-c-govspeak"><div class="govspeak">
<p>The exercise involved the following ships:</p>
<table><thead><tr><th>Country</th><th>Ship</th></tr></thead><tbody><tr><td>France</td><td>Charles de Gaulle</td></tr><tr><td>India</td><td>INS Kolkata</td></tr></tbody></table>
<p>Notes to editors:<br>Vietnam received two Gepard&#8209;class frigates from Russia.<br>Kazakhstan joined the Collective Security Treaty Organization in 1994.</p>
</div></div></div>
<div class="gem-c-print-link"><button>Print this page</button></div>
<div class="gem-c-share-links"><h2>Share this page</h2><ul><li><a>Share on Facebook: Greece bought the Rafale from France</a></li></ul></div>
<div class="gem-c-related-navigation"><h2 id="related-nav-related_items">Related content</h2><ul><li><a>Qatar bought the Rafale from France</a></li><li><a>Egypt bought the Rafale from France</a></li></ul></div>
<div class="gem-c-feedback"><h2>Is this page useful?</h2><p>Armenia bought the Iskander from Russia.</p></div>
</main></div>
<footer class="govuk-footer" role="contentinfo"><p>All content is available under the Open Government Licence. Syria bought the S-300 from Russia.</p></footer>
</body></html>"""

AMP_ARTICLE = """<!doctype html>
<html amp lang="en">
<head><meta charset="utf-8"><title>Algeria adds air defences</title>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{"headline":"Turkey bought the S-400 from Russia"}</script>
<style amp-custom>body{font-family:sans-serif}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>Turkey bought the S-400 from Russia.</p></div></amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a>Greece bought the Rafale from France</a></li></ul></amp-sidebar>
<header class="amp-wp-header"><div><a href="/">Maghreb Security Monitor</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">Algeria adds air defences</h1></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img src="a.jpg" width="600" height="400" layout="responsive"></amp-img><figcaption class="wp-caption-text">Armenia bought the Iskander from Russia in 2016.</figcaption></figure>
<div class="amp-wp-article-content">
<p>Algeria bought the S&#8209;400 from Russia, officials confirmed.</p>
<amp-ad width="300" height="250" type="doubleclick"><div placeholder>Qatar bought the Rafale from France.</div></amp-ad>
<p>Vietnam received two Gepard&#8209;class frigates from Russia.</p>
<amp-social-share type="twitter" data-param-text="Iran bought the Su-35 from Russia"></amp-social-share>
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-tag">Tags: <a>Iraq bought the T-90 from Russia</a></div></footer>
</article>
<footer class="amp-wp-footer"><p>Syria bought the S-300 from Russia.</p></footer>
<amp-analytics type="gtag"><script type="application/json">{"vars":{"x":"Egypt bought the Su-35"}}</script></amp-analytics>
</body></html>"""

LIVE_BLOG = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Live: Pacific naval drills, day two</title></head>
<body>
<div class="cookie-consent-banner"><p>Turkey bought the S-400 from Russia.</p></div>
<div class="page-wrapper">
<div class="liveblog-container" id="liveblog">
<h1>Live: Pacific naval drills, day two</h1>
<div class="live-summary"><h2>Key points</h2><ul><li>India and France held the Varuna naval exercise in the Arabian Sea in 2023.</li><li>Vietnam received two Gepard&#8209;class frigates from Russia.</li></ul></div>
<div class="liveblog-feed">
<div class="block" id="block-3"><div class="block-time"><time datetime="2023-05-12T14:05">14:05 BST</time></div><div class="block-elements"><p>Kazakhstan joined the Collective Security Treaty Organization in 1994, a reader reminds us.</p></div><div class="block-share"><a>Share: Greece bought the Rafale from France</a></div></div>
<div class="block" id="block-2"><div class="block-time"><time>13:40 BST</time></div><div class="block-elements"><p>Algeria bought the S&#8209;400 from Russia<br>Armenia bought the Iskander from Russia</p></div></div>
<div class="block" id="block-1"><div class="block-time"><time>13:02 BST</time></div><div class="block-elements"><p>Welcome to our coverage.</p></div></div>
</div>
<div class="liveblog-pagination"><a>Older: Qatar bought the Rafale from France</a> <a>Newer: Egypt bought the Rafale from France</a></div>
</div>
<div class="most-popular"><h2>Most read</h2><ol><li><a>Iran bought the Su-35 from Russia</a></li><li><a>Iraq bought the T-90 from Russia</a></li></ol></div>
</div>
<div class="site-footer-wrapper"><p>Syria bought the S-300 from Russia.</p></div>
</body></html>"""

MAIN_WITHOUT_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Balkan air defence notes</title></head>
<body>
<div class="topbar"><a>Home</a> | <a>About</a> | <a>Contact</a></div>
<main>
<h1>Balkan air defence notes</h1>
<div class="content"><div class="inner">
<p>Serbia received Pantsir&#8209;S1 systems from Russia in 2019.</p>
<p>Hungary bought NASAMS from Norway.</p>
</div>
<h3>Related stories</h3>
<ul><li><a href="/a">Croatia bought the Rafale from France in 2021</a></li><li><a href="/b">Greece buys Rafale jets from France</a></li><li><a href="/c">Turkey bought the S-400 from Russia</a></li></ul>
</div>
</main>
<div id="relatedStories"><a>Qatar bought the Rafale from France</a></div>
<div id="newsletterSignup"><p>Sign up: Iran bought the Su-35 from Russia.</p></div>
</body></html>"""

RELATED_BOX_INSIDE_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Gulf fighter orders</title></head>
<body>
<div class="article-body" itemprop="articleBody">
<h1>Gulf fighter orders</h1>
<p>Qatar bought the Rafale from France, the ministry said.</p>
<div class="inline-related"><span>More from Gulf Desk</span><ul><li><a>Turkey bought the S-400 from Russia</a></li><li><a>Iran bought the Su-35 from Russia</a></li></ul></div>
<p>Egypt bought the Rafale from France in 2015.</p>
<div class="social-share-bar"><a>Tweet</a><a>Greece bought the Rafale from France</a></div>
<div class="tag-list"><a>Iraq bought the T-90</a></div>
<p class="image-credit">Photo: Syria bought the S-300 from Russia</p>
</div>
</body></html>"""

# A live blog whose entries are <article>s of their own, with a teaser <article> in the
# "most read" box: every entry is read, the teaser is not.
LIVE_BLOG_OF_ARTICLES = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>As it happened: Gulf of Guinea patrol week</title></head>
<body>
<header class="global-header"><a href="/">West Africa Maritime</a><a>Turkey bought the S-400 from Russia</a></header>
<div class="container"><div class="live-stream">
<h1>As it happened: Gulf of Guinea patrol week</h1>
<article class="live-post" id="p9"><header><time>17:30</time><h2>Frigates handed over</h2></header><p>Nigeria received two Type 056 corvettes from China, the navy said.</p></article>
<article class="live-post" id="p8"><header><time>15:10</time></header><p>Ghana bought four Snake-class patrol boats from China in 2010, a reminder from our archive.</p></article>
<article class="live-post" id="p7"><header><time>11:45</time></header><p>Officials said Senegal might buy the Rafale from France, though nothing has been signed.</p></article>
</div>
<div class="most-read"><h2>Most read</h2><article class="teaser"><a>Cameroon bought the Su-35 from Russia</a></article></div>
</div>
<footer><p>Gabon bought the S-300 from Russia.</p></footer>
</body></html>"""


def read(page: str, name: str = "page.html"):
    return read_bytes(page.encode("utf-8"), f"site/{name}")


def triples(page: str) -> set[tuple[str, str, str]]:
    extraction = default_extractor().extract_document(read(page))
    return {(r.source, r.type, r.target) for r in extraction.relations}


def evidence(page: str) -> list[str]:
    extraction = default_extractor().extract_document(read(page))
    return [item.sentence for relation in extraction.relations for item in relation.evidence]


# Body facts each page must give, and facts that only its furniture states.
PAGES = {
    "wordpress": (
        WORDPRESS_NEWS,
        {("Egypt", "ACQUIRED", "Su-35"), ("Russia", "SOLD", "Su-35"), ("Vietnam", "ACQUIRED", "Gepard-class frigate"),
         ("Algeria", "ACQUIRED", "S-400")},
        {"Turkey", "Qatar", "Greece", "Serbia", "Syria", "Iraq", "Myanmar", "India", "Kazakhstan"},
    ),
    "drupal": (
        DRUPAL_THINK_TANK,
        {("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization"), ("Azerbaijan", "ACQUIRED", "Barak-8"),
         ("Israel", "SOLD", "Barak-8"), ("India", "PARTICIPATED_IN", "Indra-2021"), ("Kazakhstan", "ACQUIRED", "Su-30SM"),
         ("Armenia", "ACQUIRED", "Iskander"), ("Algeria", "ACQUIRED", "S-400")},
        {"Turkey", "Qatar", "Greece", "Syria", "Iran"},
    ),
    "wiki": (
        WIKI_ARTICLE,
        {("Kyrgyzstan", "PARTICIPATED_IN", "Tsentr-2019"), ("Russia", "HOSTED", "Tsentr-2019"),
         ("Kazakhstan", "MEMBER_OF", "Shanghai Cooperation Organisation"), ("Tajikistan", "ACQUIRED", "BTR-80")},
        {"Turkey", "Belarus", "Mongolia", "Uzbekistan", "Turkmenistan", "Iran", "Syria"},
    ),
    "ministry": (
        MINISTRY_PRESS_RELEASE,
        {("India", "PARTICIPATED_IN", "Varuna"), ("France", "PARTICIPATED_IN", "Varuna"), ("Varuna", "HELD_IN", "Arabian Sea"),
         ("Vietnam", "ACQUIRED", "Gepard-class frigate"), ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization")},
        {"Turkey", "Greece", "Qatar", "Egypt", "Armenia", "Syria"},
    ),
    "amp": (
        AMP_ARTICLE,
        {("Armenia", "ACQUIRED", "Iskander"), ("Algeria", "ACQUIRED", "S-400"), ("Vietnam", "ACQUIRED", "Gepard-class frigate")},
        {"Turkey", "Greece", "Qatar", "Iran", "Iraq", "Syria", "Egypt"},
    ),
    "live blog": (
        LIVE_BLOG,
        {("India", "PARTICIPATED_IN", "Varuna"), ("Vietnam", "ACQUIRED", "Gepard-class frigate"),
         ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization"), ("Algeria", "ACQUIRED", "S-400"),
         ("Armenia", "ACQUIRED", "Iskander")},
        {"Turkey", "Greece", "Qatar", "Egypt", "Iran", "Iraq", "Syria"},
    ),
    "live blog of articles": (
        LIVE_BLOG_OF_ARTICLES,
        {("Nigeria", "ACQUIRED", "Type 056 corvette"), ("China", "SOLD", "Type 056 corvette"), ("Ghana", "ACQUIRED", "Snake-class patrol boat")},
        {"Turkey", "Cameroon", "Gabon"},
    ),
    "main without article": (
        MAIN_WITHOUT_ARTICLE,
        {("Serbia", "ACQUIRED", "Pantsir-S1"), ("Russia", "SOLD", "Pantsir-S1"), ("Hungary", "ACQUIRED", "NASAMS"), ("Norway", "SOLD", "NASAMS")},
        {"Croatia", "Greece", "Turkey", "Qatar", "Iran"},
    ),
    "related box inside the article": (
        RELATED_BOX_INSIDE_ARTICLE,
        {("Qatar", "ACQUIRED", "Rafale"), ("Egypt", "ACQUIRED", "Rafale"), ("France", "SOLD", "Rafale")},
        {"Turkey", "Iran", "Greece", "Iraq", "Syria"},
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_the_article_body_gives_its_facts(name):
    page, expected, _ = PAGES[name]
    assert expected <= triples(page)


@pytest.mark.parametrize("name", PAGES)
def test_the_furniture_gives_nothing(name):
    page, _, furniture = PAGES[name]
    found = triples(page)
    assert not {fact for fact in found if fact[0] in furniture or fact[2] in furniture}
    text = read(page).text
    assert not [state for state in furniture if state in text]


# Words run together across blocks ("2021.Vietnam"), markup, entities and layout characters.
RUN_TOGETHER = re.compile(r"[a-z][.,;:!?]?[A-Z][a-z]|[.!?][A-Za-z]")


@pytest.mark.parametrize("name", PAGES)
def test_evidence_is_clean_text(name):
    page = PAGES[name][0]
    sentences = evidence(page)
    assert sentences
    for sentence in sentences:
        assert not re.search(r"[<>]|&\w+;|&#", sentence), sentence
        assert not set(sentence) & {"\u00ad", "\u2011", "\u200b", "\xa0"}, sentence
        assert not RUN_TOGETHER.search(sentence), sentence


def test_the_article_headline_inside_its_header_is_kept_and_the_site_header_is_not():
    text = read(AMP_ARTICLE).text
    assert text.startswith("Algeria adds air defences\n\n")
    assert "Maghreb Security Monitor" not in text
    assert read(LIVE_BLOG_OF_ARTICLES).text.count("Frigates handed over") == 1
    assert "West Africa Maritime" not in read(LIVE_BLOG_OF_ARTICLES).text


def test_the_class_words_a_cms_puts_on_the_article_do_not_drop_it():
    # "tag-egypt", "has-post-thumbnail", "category-air-power" describe the article itself
    text = read(WORDPRESS_NEWS).text
    assert "Vietnam received two Gepard-class frigates from Russia" in text
    assert "Posted in" not in text and "Tagged" not in text and "Share this" not in text


def test_layout_characters_and_entities_read_as_plain_text():
    text = read(WIKI_ARTICLE).text
    assert "Kazakhstan joined the Shanghai Cooperation Organisation in 2001." in text  # soft hyphen, link splitting a name
    assert "Kyrgyzstan took part" in text
    assert "Equipment\n" in text + "\n" and "[edit]" not in text
    wordpress = read(WORDPRESS_NEWS).text
    assert "Russia delivered twelve Su-35 fighters to Egypt in 2021" in wordpress  # &#8209; and <strong> inside the name
    assert "The Egyptian Air Force" in wordpress  # &nbsp;
    assert "CAIRO — The" in wordpress


def test_a_caption_that_states_a_fact_is_read_but_its_photo_credit_is_not():
    assert ("Egypt", "ACQUIRED", "Su-35") in triples(WORDPRESS_NEWS.replace("Russia delivered twelve", "Moscow sent twelve"))
    text = read(WORDPRESS_NEWS).text
    assert "Russia delivered the first five Su-35 fighters to Egypt in 2020." in text
    assert "Photo:" not in text


def test_a_heading_names_the_exercise_its_paragraph_refers_to():
    assert ("Russia", "PARTICIPATED_IN", "Indra-2021") in triples(DRUPAL_THINK_TANK)


def test_lines_split_by_breaks_are_sentences_of_their_own():
    sentences = evidence(LIVE_BLOG)
    assert "Algeria bought the S-400 from Russia" in sentences
    assert "Armenia bought the Iskander from Russia" in sentences


def test_a_hedged_entry_in_the_body_gives_nothing():
    assert not {fact for fact in triples(LIVE_BLOG_OF_ARTICLES) if "Senegal" in fact}


def body(inner: str) -> str:
    return f"<html><body><main><h1>Notes</h1><p>Some context on regional procurement follows below.</p>{inner}</main></body></html>"


@pytest.mark.parametrize(
    "inner, fact",
    [
        # a list of participants that are all links: short names, not headlines
        ("<p>Russia hosted Tsentr-2019 with troops from these states:</p><ul><li><a>Belarus</a></li><li><a>Kazakhstan</a></li><li><a>Kyrgyzstan</a></li></ul>",
         ("Kyrgyzstan", "PARTICIPATED_IN", "Tsentr-2019")),
        # a sentence whose clause is one link, with no label in front of it
        ("<p><a href='/x'>Peru bought the T-90 tanks from Russia</a> in 2014, the ministry said.</p>", ("Peru", "ACQUIRED", "T-90")),
        ("<p>In 2014 <a href='/x'>Peru bought T-90 tanks from Russia</a>.</p>", ("Peru", "ACQUIRED", "T-90")),
        ("<ul><li>Peru bought T-90 tanks from <a>Russia</a> in 2014.</li><li>Chile bought <a>Leopard 2</a> tanks from <a>Germany</a>.</li></ul>", ("Chile", "ACQUIRED", "Leopard 2")),
    ],
)
def test_body_links_are_kept(inner, fact):
    assert fact in triples(body(inner))


@pytest.mark.parametrize(
    "inner",
    [
        "<p><strong>Read more:</strong> <a href='/x'>Peru bought T-90 tanks from Russia</a></p>",
        "<p>See also: <a href='/x'>Peru bought T-90 tanks from Russia in 2014</a></p>",
        "<h3>More on this story</h3><ul><li><a>Peru bought T-90 tanks from Russia</a></li><li><a>Chile takes delivery of Leopard tanks</a></li></ul>",
        "<div><a>Peru bought T-90 tanks from Russia</a> <span>12 May</span><br><a>Chile bought Leopard 2 tanks from Germany</a> <span>3 May</span></div>",
        "<section aria-label='Related coverage'><p>Peru bought T-90 tanks from Russia.</p></section>",
        "<div class='c-newsletter-signup'><p>Peru bought T-90 tanks from Russia.</p></div>",
        "<div id='mostReadList'><p>Peru bought T-90 tanks from Russia.</p></div>",
        "<div class='post-tags'>Peru bought T-90 tanks from Russia</div>",
        "<div class='author-box'><p>Our reporter saw how Peru bought T-90 tanks from Russia.</p></div>",
        "<div class='siteNotice'><p>Peru bought T-90 tanks from Russia.</p></div>",
        "<div class='more-from-desk'><p>Peru bought T-90 tanks from Russia.</p></div>",
        "<section id='readNext'><p>Peru bought T-90 tanks from Russia.</p></section>",
        "<div class='story-recirculation'><p>Peru bought T-90 tanks from Russia.</p></div>",
    ],
)
def test_link_lists_and_marked_boxes_in_the_body_give_nothing(inner):
    assert "Peru" not in read(body(inner)).text
    assert not triples(body(inner))


INFOBOX = """<html><head><title>Zapad-2021 - Militarypedia</title></head><body><div id="content" role="main">
<h1 class="firstHeading">Zapad-2021</h1>
<table class="infobox"><tbody>
<tr><th colspan="2">Zapad-2021</th></tr>
<tr><th scope="row">Host</th><td><a>Bela</a>rus</td></tr>
<tr><th scope="row">Participants</th><td><a>Armenia</a><br><a>Kazakhstan</a><br><a>Mongolia</a></td></tr>
<tr><th scope="row">Observers</th><td><ul><li><a>Vietnam</a></li><li><a>Sri Lanka</a></li></ul></td></tr>
</tbody></table>
<p>The drills took place in September 2021.</p>
</div></body></html>"""


def test_an_infobox_reads_as_fields_with_its_lines_kept_apart():
    lines = read(INFOBOX).text.split("\n")
    assert "Host | Belarus" in lines  # a link inside a name does not split it
    assert "Participants | Armenia; Kazakhstan; Mongolia" in lines
    assert "Observers | Vietnam; Sri Lanka" in lines
    found = triples(INFOBOX)
    assert {("Armenia", "PARTICIPATED_IN", "Zapad-2021"), ("Mongolia", "PARTICIPATED_IN", "Zapad-2021")} <= found
    assert ("Vietnam", "PARTICIPATED_IN", "Zapad-2021") not in found  # an observer is no participant


@pytest.mark.parametrize("heading", ["You may also like", "More from Andes Defence", "Most read", "Related stories", "Editor's picks", "3 comments"])
def test_a_box_of_teaser_cards_is_known_by_its_heading(heading):
    inner = (
        f"<div class='rail'><h2>{heading}</h2>"
        "<div class='card'><h3><a href='/a'>Chile bought Leopard 2 tanks from Germany</a></h3><p>The deal was signed last week.</p></div>"
        "<div class='card'><h3><a href='/b'>Ecuador bought Dhruv helicopters from India</a></h3><p>Officials confirmed the order.</p></div></div>"
    )
    text = read(body(inner)).text
    assert "Chile" not in text and "Ecuador" not in text and "deal was signed" not in text


@pytest.mark.parametrize("heading", ["Related developments", "More on the tank deal", "Comments by the minister"])
def test_a_section_headed_by_a_topic_is_article_text(heading):
    inner = f"<section><h2>{heading}</h2><p>Chile bought Leopard 2 tanks from Germany in 2007.</p></section>"
    assert ("Chile", "ACQUIRED", "Leopard 2") in triples(body(inner))


def test_an_old_style_comment_list_gives_nothing():
    inner = "<ol class='commentlist'><li><p>Bolivia bought the K-8 from China.</p></li></ol>"
    assert "Bolivia" not in read(body(inner)).text


FACT_BOX = """<html><body><article><h1>Joint drills on the Volga</h1><p>Some background on the drills follows below.</p>
<dl class="factbox"><dt>Exercise</dt><dd>Indra-2021</dd><dt>Host:</dt><dd><a>Russia</a></dd>
<div><dt>Participants</dt><dd>India</dd><dd>Russia</dd></div><dt>Observers</dt><dd>Mongolia</dd><dt>Dates</dt></dl>
<div style="display: none"><p>Egypt bought the Su-35 from Russia.</p></div>
<div class="modal" style="visibility:hidden">Iran bought the Su-35 from Russia.</div>
</article></body></html>"""


def test_a_definition_list_reads_as_the_fields_of_a_record():
    assert "Exercise: Indra-2021\nHost: Russia\nParticipants: India; Russia\nObservers: Mongolia\nDates" in read(FACT_BOX).text
    found = triples(FACT_BOX)
    assert {("Russia", "HOSTED", "Indra-2021"), ("India", "PARTICIPATED_IN", "Indra-2021")} <= found
    assert not {fact for fact in found if "Mongolia" in fact}


def test_what_a_style_hides_is_not_read():
    text = read(FACT_BOX).text
    assert "Egypt" not in text and "Iran" not in text


def test_a_glossary_keeps_its_descriptions_as_paragraphs():
    glossary = ("<html><body><article><h1>Terms</h1><dl><dt>Strategic partnership</dt><dd>A label Russia and Vietnam adopted in 2001 "
                "for a relationship that includes arms sales and training.</dd><dt>Alliance</dt><dd>A promise of mutual defence, "
                "which neither country has made to the other.</dd></dl></article></body></html>")
    paragraphs = read(glossary).text.split("\n\n")
    assert "Strategic partnership" in paragraphs and "Alliance" in paragraphs
    assert "Strategic partnership:" not in read(glossary).text


def test_a_paragraph_boxed_with_a_link_list_is_kept_and_the_list_is_not():
    inner = ("<div><p>Morocco bought <a href='/x'>AH-64 Apache attack helicopters</a> from the <b>United States</b> in 2020.</p>"
             "<ul><li><a>Tunisia bought patrol boats from Italy last year</a></li><li><a>Libya signs a deal for Turkish drones</a></li></ul></div>")
    text = read(body(inner)).text
    assert "Morocco bought AH-64 Apache attack helicopters from the United States in 2020." in text
    assert "Tunisia" not in text and "Libya" not in text


@pytest.mark.parametrize(
    "aside",
    [
        "<aside class='factbox'><p>Morocco bought AH-64 Apache helicopters from the United States in 2020.</p></aside>",
        "<aside><h4>Key facts</h4><p>Morocco bought AH-64 Apache helicopters from the United States in 2020.</p></aside>",
    ],
)
def test_a_fact_box_beside_the_article_text_is_read(aside):
    page = f"<html><body><article><h1>Notes</h1><p>Some context on regional procurement follows below.</p>{aside}</article></body></html>"
    assert ("Morocco", "ACQUIRED", "AH-64") in triples(page)


@pytest.mark.parametrize(
    "aside",
    [
        "<aside><p>Tunisia bought patrol boats from Italy.</p></aside>",
        "<aside class='sidebar factbox'><p>Tunisia bought patrol boats from Italy.</p></aside>",
        "<aside class='related'><h4>Key facts</h4><p>Tunisia bought patrol boats from Italy.</p></aside>",
    ],
)
def test_an_aside_that_is_no_fact_box_is_dropped(aside):
    page = f"<html><body><article><h1>Notes</h1><p>Some context on regional procurement follows below.</p>{aside}</article></body></html>"
    assert "Tunisia" not in read(page).text


def test_a_fact_box_outside_the_article_is_the_sites_sidebar():
    page = ("<html><body><main><h1>Notes</h1><p>Some context on regional procurement follows below.</p></main>"
            "<aside class='factbox'><p>Tunisia bought patrol boats from Italy.</p></aside></body></html>")
    assert "Tunisia" not in read(page).text


@pytest.mark.parametrize(
    "sentence",
    [
        "Jordan did not buy the <a>Su-35</a> from Russia, the <em>ministry</em> said.",
        "Jordan may buy&nbsp;Su&#8209;35 fighters from Russia next year.",
        "Jordan is <strong>considering</strong> buying Su-35 fighters from Russia.",
    ],
)
def test_negated_and_hedged_sentences_in_marked_up_paragraphs_give_nothing(sentence):
    assert not {fact for fact in triples(body(f"<p>{sentence}</p>")) if "Jordan" in fact}


def test_the_same_sentence_stated_as_done_gives_the_sale():
    assert ("Jordan", "ACQUIRED", "Su-35") in triples(body("<p>Jordan bought&nbsp;Su&#8209;35 fighters from <a>Russia</a> in 2022.</p>"))
    assert ("Russia", "SOLD", "Su-35") in triples(body("<p>Jordan bought&nbsp;Su&#8209;35 fighters from <a>Russia</a> in 2022.</p>"))


@pytest.mark.xfail(strict=True, reason="a grid of teaser cards with no class word, no heading and a line of summary each looks like article text")
def test_an_unmarked_grid_of_teaser_cards_gives_nothing():
    inner = ("<div class='grid'><div class='item'><a href='/a'><h3>Chile bought Leopard 2 tanks from Germany</h3></a><p>The deal was signed last week.</p></div>"
             "<div class='item'><a href='/b'><h3>Ecuador bought Dhruv helicopters from India</h3></a><p>Officials confirmed the order.</p></div></div>")
    assert "Chile" not in read(body(inner)).text


MANY_ARTICLES = "<html><body>" + "<div><article><p>Russia sold jets to Egypt.</p></article>" * 3000 + "</body></html>"


def test_a_page_of_many_articles_is_read_whole():
    assert read(MANY_ARTICLES).text.count("Russia sold jets to Egypt.") == 3000


@pytest.mark.bench
def test_a_page_of_many_articles_is_read_in_bounded_time():
    """A benchmark (`pytest -m bench`), not part of the test suite: each article block is
    weighed once, so 3,000 of them take seconds at most, not minutes."""
    import time

    started = time.perf_counter()
    read(MANY_ARTICLES)
    elapsed = time.perf_counter() - started
    print(f"\n3,000 article blocks read in {elapsed:.2f} s")
    assert elapsed < 5


@pytest.mark.parametrize("name", ["notes.txt", "notes.md"])
def test_layout_characters_are_dropped_from_text_and_markdown_too(name):
    raw = "Kazakh\u00adstan joined the Collective\u200b Security Treaty Organization in 1994.\n".encode("utf-8")
    document = read_bytes(raw, name)
    assert document.text.startswith("Kazakhstan joined the Collective Security")
    found = {(r.source, r.type, r.target) for r in default_extractor().extract_document(document).relations}
    assert ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization") in found
