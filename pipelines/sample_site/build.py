"""Render the sample site's pages and feeds from ``site/labels.jsonl``.

``labels.jsonl`` is the single source of the sample site: one article per
line with its ``id, source, published, title, summary, text`` and the gold
``facts`` (FACTS.md format). This module wraps each article in a news-site
page (two templates: a wire service and an agency bulletin) and lists the
articles in one RSS 2.0 feed per source, with links that start ``__BASE__``.

The rendered files are committed, so the demo needs nothing but the server;
run ``python -m pipelines.sample_site.build`` after editing ``labels.jsonl``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.sample_site import SITE_ROOT

KYIV = ZoneInfo("Europe/Kyiv")

FEEDS = {
    "salvo-demo-wire": {
        "title": "Salvo Demo Wire - Ukraine war",
        "description": "Sample wire service for the Salvo demo: war in Ukraine, air attacks, aid, and other news.",
        "template": "wire",
    },
    "salvo-demo-bulletin": {
        "title": "Salvo Demo Bulletin - latest news",
        "description": "Sample news agency for the Salvo demo: air force and General Staff statements, aid.",
        "template": "bulletin",
    },
}

# Shown in every footer: the pages are written for the demo, not a news source.
DISCLAIMER = (
    "Sample site shipped with Salvo for its demo. The articles were written for the demo; "
    "their figures follow public reporting of the week of 3-9 March 2025."
)

CAPTIONS = {
    "s01": "A mobile fire group on duty at night in the Kyiv region.",
    "s02": "A house damaged by a drone in the Sumy region.",
    "s03": "Power engineers repair a substation in the Odesa region.",
    "s04": "Ukrainian soldiers near Pokrovsk.",
    "s05": "A Russian Pantsir air defence system (file photo).",
    "s06": "Firefighters at a damaged residential building in the Kharkiv region.",
    "s07": "Rescuers at the site of the strike in Dobropillia, Donetsk region.",
    "s08": "European leaders at the London meeting.",
    "s09": "The Ministry of Finance of Ukraine in Kyiv.",
    "s10": "The European Central Bank's headquarters in Frankfurt.",
}


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    published: datetime  # UTC
    published_text: str  # as written in labels.jsonl, for JSON-LD
    title: str
    summary: str
    paragraphs: list[str]

    @property
    def page_name(self) -> str:
        return f"{self.id}.html"


def load_articles(labels_path: Path) -> list[Article]:
    articles = []
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        articles.append(Article(
            id=record["id"],
            source=record["source"],
            published=datetime.fromisoformat(record["published"].replace("Z", "+00:00")),
            published_text=record["published"],
            title=record["title"],
            summary=record["summary"],
            paragraphs=record["text"].split("\n\n"),
        ))
    return sorted(articles, key=lambda article: article.published)


def other_stories(article: Article, articles: list[Article], limit: int) -> list[Article]:
    """Headlines for the sidebars: other stories, newest first, earlier ones preferred.

    Their titles carry figures of *other* events, which is the point: an
    extractor that reads the sidebars reports facts that are not in the article.
    """
    others = [other for other in articles if other.id != article.id]
    earlier = [other for other in others if other.published <= article.published]
    later = [other for other in others if other.published > article.published]
    ordered = sorted(earlier, key=lambda a: a.published, reverse=True) + sorted(later, key=lambda a: a.published)
    return ordered[:limit]


def json_ld(article: Article, publisher: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": article.published_text,
        "dateModified": article.published_text,
        "author": {"@type": "Organization", "name": publisher},
        "publisher": {"@type": "Organization", "name": publisher},
        "inLanguage": "en",
        "mainEntityOfPage": f"__BASE__/pages/{article.page_name}",
    }
    # Escape "</" so a headline can never close the script element.
    return json.dumps(data, indent=1, ensure_ascii=False).replace("</", "<\\/")


def head(article: Article, publisher: str, stylesheet: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(article.title)} | {escape(publisher)}</title>
<meta name="description" content="{escape(article.summary)}">
<meta property="og:title" content="{escape(article.title)}">
<meta property="article:published_time" content="{article.published_text}">
<link rel="canonical" href="__BASE__/pages/{article.page_name}">
<link rel="stylesheet" href="/assets/{stylesheet}">
<script type="application/ld+json">
{json_ld(article, publisher)}
</script>
</head>
"""


def story_links(stories: list[Article], with_time: bool = False) -> str:
    items = []
    for story in stories:
        time_text = ""
        if with_time:
            local = story.published.astimezone(KYIV)
            time_text = f'<span class="time">{local:%d.%m %H:%M}</span> '
        items.append(f'<li>{time_text}<a href="__BASE__/pages/{story.page_name}">{escape(story.title)}</a></li>')
    return "\n".join(f"        {item}" for item in items)


def render_wire(article: Article, articles: list[Article]) -> str:
    publisher = "Salvo Demo Wire"
    body = []
    for index, paragraph in enumerate(article.paragraphs):
        body.append(f'        <p data-testid="paragraph-{index}">{escape(paragraph)}</p>')
        if index == 1 and len(article.paragraphs) > 2:
            body.append('        <div class="ad-slot" data-slot="mid-article"><span>Advertisement &middot; '
                        'Scroll to continue</span></div>')
    published = article.published
    stamp = f"{published:%B} {published.day}, {published.year} {published.hour % 12 or 12}:{published:%M %p} UTC"
    read_next = other_stories(article, articles, 3)
    most_read = other_stories(article, articles, 5)[::-1]
    return head(article, publisher, "wire.css") + f"""<body>
<div class="page-wrapper">
  <header class="site-header" role="banner">
    <a class="brand" href="/">SALVO DEMO WIRE</a>
    <nav class="primary-nav"><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/ukraine">Ukraine war</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/sustainability">Sustainability</a></li></ul></nav>
    <div class="account"><a href="/signin">Sign in</a> <a class="subscribe" href="/register">Register</a></div>
  </header>
  <div class="ad-slot leaderboard"><span>Advertisement</span></div>
  <main role="main" class="main-content">
    <div class="article-layout">
      <article class="article">
        <header class="article-header">
          <nav class="breadcrumb"><a href="/world">World</a> &rsaquo; <a href="/europe">Europe</a></nav>
          <h1>{escape(article.title)}</h1>
          <div class="byline">By <span class="author">Salvo Demo Wire staff</span></div>
          <div class="timestamp"><time datetime="{article.published_text}">{stamp}</time></div>
          <div class="share-tools"><button aria-label="Share">Share</button> <button aria-label="Copy link">Copy link</button></div>
        </header>
        <figure class="lead-image"><img src="/media/{article.id}.jpg" alt=""><figcaption>{escape(CAPTIONS.get(article.id, ""))} <span class="photo-credit">Salvo Demo Wire</span></figcaption></figure>
        <div class="article-body">
{chr(10).join(body)}
        <p class="article-credit"><em>Reporting by the Salvo Demo Wire desk; editing by the demo editors.</em></p>
        </div>
        <div class="standards"><a href="/standards">Our Standards: how we report.</a></div>
        <section class="read-next"><h2>Read Next</h2><ul>
{story_links(read_next)}
        </ul></section>
      </article>
      <aside class="rail" aria-label="Most read">
        <div class="ad-slot rail-ad"><span>Advertisement</span></div>
        <h2 class="rail-title">Most Read</h2>
        <ol class="most-read">
{story_links(most_read)}
        </ol>
      </aside>
    </div>
  </main>
  <footer class="site-footer">
    <ul class="footer-links"><li><a href="/about">About</a></li><li><a href="/contact">Contact us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li></ul>
    <div class="disclaimer">{escape(DISCLAIMER)}</div>
    <div class="copyright">&copy; 2025 Salvo Demo Wire. All quotes delayed a minimum of 15 minutes.</div>
  </footer>
</div>
<div class="cookie-consent" id="cookie-banner" role="region" aria-label="Cookie banner">
  <div class="cookie-consent__text">We use cookies to measure traffic and personalise advertising. You can change your choice at any time.</div>
  <button class="accept">Accept all</button> <button class="settings">Manage cookies</button>
</div>
<script src="/assets/wire.js" async></script>
</body>
</html>
"""


def render_bulletin(article: Article, articles: list[Article]) -> str:
    publisher = "Salvo Demo Bulletin"
    read_also = other_stories(article, articles, 1)
    body = []
    for index, paragraph in enumerate(article.paragraphs):
        body.append(f"            <p>{escape(paragraph)}</p>")
        if index == 0 and read_also:
            story = read_also[0]
            body.append(f'            <div class="read-also"><span>Read also:</span> '
                        f'<a href="__BASE__/pages/{story.page_name}">{escape(story.title)}</a></div>')
    local = article.published.astimezone(KYIV)
    # A stable, page-specific view counter: a number in the article element that is not a fact.
    views = 1000 + sum(ord(char) for char in article.id + article.title) % 3000
    latest = other_stories(article, articles, 6)
    return head(article, publisher, "bulletin.min.css") + f"""<body>
<div class="topLine"><div class="langs"><a href="#">UA</a> <a href="#">EN</a> <a href="#">DE</a> <a href="#">PL</a></div><div class="social"><a href="#">Telegram</a> <a href="#">Facebook</a> <a href="#">X</a></div></div>
<header class="mainHeader">
  <a class="logo" href="/">Salvo Demo Bulletin</a>
  <ul class="menu">
    <li><a href="/rubric-politics">Politics</a></li>
    <li><a href="/rubric-war">War</a></li>
    <li><a href="/rubric-economy">Economy</a></li>
    <li><a href="/rubric-world">World</a></li>
    <li><a href="/rubric-society">Society</a></li>
    <li><a href="/rubric-photo">Photo</a></li>
  </ul>
</header>
<div class="pageWrap">
  <main class="mainContent">
    <div class="breadcrumbs"><a href="/">Home</a> / <a href="/rubric-war">War</a></div>
    <article class="newsArticle">
      <h1 class="newsTitle">{escape(article.title)}</h1>
      <div class="newsMeta"><time class="newsDate" datetime="{article.published_text}">{local:%d.%m.%Y %H:%M}</time> <span class="newsViews">Views: {views}</span></div>
      <figure class="newsImage"><img src="/photos/{article.id}.jpg" alt=""><figcaption class="newsImage__caption">{escape(CAPTIONS.get(article.id, ""))} Photo: Salvo Demo Bulletin</figcaption></figure>
      <div class="newsText">
          <div class="newsText__body">
{chr(10).join(body)}
          </div>
          <div class="newsSource">Salvo Demo Bulletin</div>
      </div>
      <div class="newsTags"><a href="/tag-air-defence">air defence</a> <a href="/tag-russia">Russia</a> <a href="/tag-war">war</a></div>
      <div class="newsShare">Share: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">X</a></div>
      <div class="newsNotice">When quoting this material, a hyperlink to the bulletin is required.</div>
    </article>
  </main>
  <aside class="sideColumn">
    <div class="sideBlock latest">
      <h3>Latest news</h3>
      <ul>
{story_links(latest, with_time=True)}
      </ul>
    </div>
    <div class="sideBlock banner"><a href="/subscribe">Follow the bulletin on Telegram</a></div>
  </aside>
</div>
<footer class="mainFooter"><div class="footerMenu"><a href="/about">About</a> <a href="/contacts">Contacts</a> <a href="/advertising">Advertising</a> <a href="/rules">Terms of use</a></div>
<div class="disclaimer">{escape(DISCLAIMER)}</div>
<div class="copyright">&copy; 2025 Salvo Demo Bulletin. All rights reserved.</div></footer>
<div class="cookiesNotice" id="cookies"><span>This site uses cookies for analytics. By continuing to browse you agree to their use.</span> <button>OK</button></div>
</body>
</html>
"""


TEMPLATES = {"wire": render_wire, "bulletin": render_bulletin}


def render_feed(source: str, articles: list[Article]) -> str:
    feed = FEEDS[source]
    items = [article for article in articles if article.source == source]
    items.sort(key=lambda article: article.published, reverse=True)
    last_build = format_datetime(items[0].published, usegmt=True) if items else ""
    rendered_items = []
    for article in items:
        rendered_items.append(f"""    <item>
      <title>{escape(article.title)}</title>
      <link>__BASE__/pages/{article.page_name}</link>
      <guid isPermaLink="false">{source}-{article.id}</guid>
      <pubDate>{format_datetime(article.published, usegmt=True)}</pubDate>
      <description>{escape(article.summary)}</description>
      <category>{"World" if article.id == "s10" else "Russia-Ukraine war"}</category>
    </item>""")
    newline = "\n"
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{escape(feed["title"])}</title>
    <link>__BASE__/</link>
    <description>{escape(feed["description"])}</description>
    <language>en</language>
    <lastBuildDate>{last_build}</lastBuildDate>
    <ttl>15</ttl>
{newline.join(rendered_items)}
  </channel>
</rss>
"""


def render_sitemap(articles: list[Article]) -> str:
    """The site's archive: every page with the day it was published (`salvo demo --since`)."""
    urls = "\n".join(
        f"  <url><loc>__BASE__/pages/{article.page_name}</loc><lastmod>{article.published_text}</lastmod></url>"
        for article in sorted(articles, key=lambda a: a.page_name)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


ROBOTS_TXT = "# The sample site lets every polite client in; its archive is listed in sitemap.xml.\nUser-agent: *\nAllow: /\n"


def build(site_root: Path = SITE_ROOT) -> list[Path]:
    """Write ``pages/*.html``, ``feeds/*.xml``, ``sitemap.xml`` and ``robots.txt`` under ``site_root``;
    return the files written."""
    articles = load_articles(site_root / "labels.jsonl")
    written = []
    (site_root / "pages").mkdir(exist_ok=True)
    (site_root / "feeds").mkdir(exist_ok=True)
    for article in articles:
        render = TEMPLATES[FEEDS[article.source]["template"]]
        path = site_root / "pages" / article.page_name
        path.write_text(render(article, articles), encoding="utf-8")
        written.append(path)
    for source in FEEDS:
        path = site_root / "feeds" / f"{source}.xml"
        path.write_text(render_feed(source, articles), encoding="utf-8")
        written.append(path)
    for name, content in (("sitemap.xml", render_sitemap(articles)), ("robots.txt", ROBOTS_TXT)):
        path = site_root / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build():
        print(written_path)
