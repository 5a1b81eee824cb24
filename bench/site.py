"""A synthetic news site for the end-to-end benchmark: N article pages and RSS feeds.

    uv run python -m bench.site OUT_DIR --articles 1000 [--extra 100] [--seed 6]

Every article is made from sentence templates filled with random figures
(drones and missiles launched and shot down, aid amounts, casualties,
clashes), weapons, places and dates, from a fixed seed: the same arguments
always give the same bytes. Each page wraps its article in one of four page
templates with the chrome real news pages have (cookie banner, menus,
share bar, "Related"/"Most read" lists whose headlines carry figures of
other stories, an inline configuration script, footer) and a JSON-LD
`NewsArticle` whose `datePublished` is the article's.

Layout of OUT_DIR:

    pages/SOURCE/aNNNNNN.html    one page per article
    feeds/*.xml                  RSS 2.0 feeds listing the first `articles` pages
    feeds-next/*.xml             the same feeds once the `extra` newer pages are out
    feeds-recent/*.xml           feeds-next as a real site would publish it: a feed that changed
                                 lists only its newest RECENT_ITEMS items (real feeds hold 20-100)
    sitemaps/SOURCE.xml          a sitemap per source (`lastmod` = the day published), for the
                                 archive backfill benchmark; the `extra` pages are not in them
    robots.txt                   everything allowed, no Sitemap lines (the feeds name their sitemap)
    site.json                    what was generated (sizes, seed, feed names)

Links start with `__BASE__`, which `pipelines.sample_site.server` replaces by
its own address. Feeds list up to FEED_CAPACITY items each: a source with more
articles gets several feeds (an archive split), and a "top stories" feed lists
the newest articles of every source again, so some articles are in two feeds.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path

FORMAT_VERSION = 3  # 2: sitemaps and robots.txt; 3: feeds-recent
FEED_CAPACITY = 2000
TOP_STORIES = 300
# Real feeds list their newest 20-100 items. FEED_CAPACITY is larger only so that the first run
# finds all N pages through feeds; the increment can be measured with feeds of this size instead.
RECENT_ITEMS = 100

# source -> page template
SOURCES = {
    "rferl": "rferl",
    "reuters": "wire",
    "ap": "wire",
    "afp": "wire",
    "ukrinform": "agency",
    "tass": "agency",
    "kyivindependent": "kyivindependent",
}
SOURCE_NAMES = {
    "rferl": "RFE/RL",
    "reuters": "Reuters",
    "ap": "The Associated Press",
    "afp": "AFP",
    "ukrinform": "Ukrinform",
    "tass": "TASS",
    "kyivindependent": "The Kyiv Independent",
}

FIRST_DAY = datetime(2022, 10, 1, 6, 0, tzinfo=timezone.utc)
SPAN = timedelta(days=450)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                10: "ten", 12: "a dozen"}
REGIONS = ("Kyiv", "Odesa", "Kharkiv", "Dnipropetrovsk", "Lviv", "Zaporizhzhia", "Mykolaiv", "Kherson", "Sumy",
           "Poltava", "Vinnytsia", "Khmelnytskyi", "Cherkasy", "Zhytomyr", "Rivne", "Chernihiv")
CITIES = ("Kyiv", "Odesa", "Kharkiv", "Dnipro", "Lviv", "Zaporizhzhia", "Mykolaiv", "Kherson", "Sumy", "Poltava",
          "Uman", "Kryvyi Rih", "Vinnytsia", "Pavlohrad", "Kramatorsk", "Sloviansk")
RUSSIAN_REGIONS = ("Belgorod", "Bryansk", "Kursk", "Moscow", "Voronezh", "Rostov")
SECTORS = ("Bakhmut", "Avdiivka", "Marinka", "Lyman", "Kupiansk", "Shakhtarsk", "Zaporizhzhia")
DRONES = ("Shahed drones", "Shahed-136 attack drones", "Iranian-made Shahed drones", "attack drones",
          "drones", "Shahed-131/136 drones")
MISSILES = ("Kh-101 cruise missiles", "Kalibr cruise missiles", "cruise missiles", "Iskander-M ballistic missiles",
            "Kh-22 missiles", "Kinzhal hypersonic missiles", "missiles", "S-300 missiles")
PLATFORMS = ("Tu-95MS bombers over the Caspian Sea", "ships in the Black Sea",
             "MiG-31K aircraft", "the occupied Crimean peninsula", "the Belgorod region")
DONORS = ("Germany", "The United States", "Britain", "Norway", "The Netherlands", "Japan", "Canada",
          "The European Union", "Sweden", "Denmark", "France", "Poland", "Italy", "Finland")
AMOUNTS = (
    lambda r: f"€{r.randint(5, 900)} million",
    lambda r: f"${r.randint(1, 9)}.{r.randint(1, 9)} billion",
    lambda r: f"{r.randint(2, 9)} billion euros",
    lambda r: f"£{r.randint(10, 500)} million",
    lambda r: f"NOK {r.randint(1, 20)} billion",
    lambda r: f"${r.randint(100, 900)} million",
    lambda r: f"{r.randint(100, 900)} million euros (${r.randint(100, 990)} million)",
    lambda r: f"C${r.randint(10, 500)} million",
)
QUALIFIERS = ("", "", "", "more than ", "about ", "at least ", "nearly ")
OFFICIALS = ("the air force said", "Air Force spokesman Yuriy Ihnat said", "the General Staff said",
             "the regional governor said on Telegram", "Commander-in-Chief Valeriy Zaluzhnyi said")
FILLER = (
    "The statement did not give further details.",
    "Repair crews worked through the night to restore power and water to the affected districts.",
    "The Kremlin did not immediately comment on the report.",
    "President Volodymyr Zelensky urged allies to speed up deliveries of air-defence systems.",
    "Analysts said the attack was part of a campaign against the country's energy grid.",
    "The claims could not be independently verified.",
    "Schools in the region switched to remote learning for the rest of the week.",
    "Foreign ministers are due to meet in Brussels next month to discuss further sanctions.",
    "Air-raid sirens sounded across the country for several hours.",
    "Residents sheltered in metro stations as explosions echoed over the city.",
    "Emergency workers were still searching the rubble on the morning after the strike.",
    "Officials urged residents to stay in shelters until the all-clear was given.",
)
DISTRACTORS = (
    lambda r: f"About {r.randint(2, 9)} million people were left without electricity after the strikes.",
    lambda r: f"A {r.randint(18, 80)}-year-old woman was among those pulled from the rubble.",
    lambda r: f"Prices rose {r.randint(2, 19)}.{r.randint(1, 9)}% year on year, the statistics office said.",
    lambda r: f"The power plant lies about {r.randint(20, 300)} kilometres from the front line.",
    lambda r: f"Rescuers evacuated {r.randint(10, 200)} residents from the damaged buildings.",
    lambda r: f"The World Bank estimates that reconstruction will cost ${r.randint(300, 500)} billion.",
    lambda r: f"The sirens sounded at {r.randint(1, 5)}:{r.randint(10, 59)} a.m. local time.",
)


# ---------------------------------------------------------------- articles


@dataclass
class Article:
    number: int
    source: str
    kind: str
    published: datetime
    title: str
    summary: str
    paragraphs: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"pages/{self.source}/a{self.number:06d}.html"


def _count_phrase(r: random.Random, n: int) -> str:
    if n in NUMBER_WORDS and r.random() < 0.3:
        return NUMBER_WORDS[n]
    return f"{n:,}"


def _when(r: random.Random, published: datetime) -> str:
    yesterday = WEEKDAYS[(published.weekday() - 1) % 7]
    return r.choice(("overnight", f"overnight on {WEEKDAYS[published.weekday()]}", f"late on {yesterday}",
                     f"on the night of {published - timedelta(days=1):%B} {(published - timedelta(days=1)).day}"))


def _strike_sentences(r: random.Random, a: dict) -> list[str]:
    n, m, weapon, when = a["launched"], a["downed"], a["weapon"], a["when"]
    region = r.choice(REGIONS)
    return [
        f"Russia launched {_count_phrase(r, n)} {weapon} at Ukraine {when}, and air defences shot down "
        f"{_count_phrase(r, m)} of them, {r.choice(OFFICIALS)}.",
        f"Ukraine's air force said it had destroyed {m} of the {n} {weapon} fired from {r.choice(PLATFORMS)}.",
        f"Air defences destroyed {r.choice(QUALIFIERS)}{r.randint(2, max(3, m))} {weapon} over the {region} region, "
        "the regional military administration said.",
        f"Russia also fired {_count_phrase(r, r.randint(2, 40))} {r.choice(MISSILES)} in the attack, "
        f"of which {r.randint(1, 30)} were intercepted, {r.choice(OFFICIALS)}.",
        f"Russia's Defence Ministry said its air defences had destroyed {r.randint(2, 40)} Ukrainian drones "
        f"over the {r.choice(RUSSIAN_REGIONS)} region {when}.",
        f"Russian aircraft dropped {r.randint(5, 60)} guided aerial bombs on front-line towns in the "
        f"{r.choice(('Kherson', 'Donetsk', 'Zaporizhzhia'))} region, the military said.",
    ]


def _casualty_sentences(r: random.Random, a: dict) -> list[str]:
    city = r.choice(CITIES)
    weekday = WEEKDAYS[(a["published"].weekday() - r.randint(0, 2)) % 7]
    return [
        f"At least {a['killed']} people were killed and {a['injured']} injured when a missile hit a residential "
        f"building in {city}, officials said.",
        f"The death toll from {weekday}'s strike on {city} rose to {a['killed'] + r.randint(1, 9)}, the regional "
        "governor said.",
        f"{_count_phrase(r, r.randint(2, 60)).capitalize()} people, including {_count_phrase(r, r.randint(2, 9))} "
        "children, were wounded, the State Emergency Service said.",
        f"One person was killed and {_count_phrase(r, r.randint(2, 12))} were injured by falling debris in the "
        f"{r.choice(REGIONS)} region.",
    ]


def _aid_sentences(r: random.Random, a: dict) -> list[str]:
    donor = a["donor"]
    weekday = WEEKDAYS[a["published"].weekday()]
    return [
        f"{donor} unveiled a fresh package of military aid for Ukraine worth {a['amount']} on {weekday}.",
        f"The package includes {r.randint(10, 200)} armoured vehicles and ammunition for air-defence systems.",
        f"{donor} has committed {r.choice(QUALIFIERS)}{r.choice(AMOUNTS)(r)} in military assistance to Ukraine "
        "since the full-scale invasion began.",
        f"{r.choice(DONORS)} separately pledged {r.choice(AMOUNTS)(r)} in humanitarian support, its foreign "
        "ministry said.",
    ]


def _clash_sentences(r: random.Random, a: dict) -> list[str]:
    return [
        f"Over the past day there were {a['clashes']} combat clashes along the front line, the General Staff said.",
        f"Ukrainian forces repelled {r.randint(3, 30)} attacks in the {r.choice(SECTORS)} sector, "
        "the General Staff said in its morning report.",
        f"Russian forces carried out {r.randint(10, 90)} air strikes and {r.randint(10, 90)} attacks with "
        "multiple-launch rocket systems during the past 24 hours.",
    ]


KINDS = (("strike", 45), ("aid", 20), ("casualties", 15), ("clashes", 10), ("other", 10))
SENTENCE_MAKERS = {
    "strike": _strike_sentences,
    "casualties": _casualty_sentences,
    "aid": _aid_sentences,
    "clashes": _clash_sentences,
}


def _headline(r: random.Random, a: dict) -> tuple[str, str]:
    kind = a["kind"]
    if kind == "strike":
        return (f"Ukraine says it shot down {a['downed']} of {a['launched']} {a['weapon']} launched by Russia",
                f"Russia fired {a['launched']} {a['weapon']} at Ukraine {a['when']}, the air force said.")
    if kind == "casualties":
        return (f"Missile strike on {r.choice(CITIES)} kills {a['killed']}, injures {a['injured']}",
                "Rescue workers searched the rubble of a residential building after a Russian strike.")
    if kind == "aid":
        return (f"{a['donor']} pledges {a['amount']} in new military aid for Ukraine",
                f"{a['donor']} announced a new aid package for Ukraine.")
    if kind == "clashes":
        return (f"General Staff reports {a['clashes']} clashes along the front line",
                "The General Staff published its daily report on the fighting.")
    return (f"Ukraine's economy grew {r.randint(2, 6)}.{r.randint(1, 9)}% in the quarter, central bank says",
            "The central bank kept its key rate unchanged.")


def make_article(seed: int, number: int, n_base: int) -> Article:
    """Article `number`; deterministic in (seed, number, n_base). Higher numbers are newer."""
    r = random.Random(seed * 1_000_003 + number)
    step = SPAN / max(1, n_base)
    published = FIRST_DAY + step * number + timedelta(minutes=r.randint(0, 50))
    kinds, weights = zip(*KINDS)
    kind = r.choices(kinds, weights)[0]
    launched = r.randint(5, 120)
    facts = {
        "kind": kind,
        "published": published,
        "launched": launched,
        "downed": r.randint(1, launched),
        "weapon": r.choice(DRONES + MISSILES),
        "when": _when(r, published),
        "killed": r.randint(1, 30),
        "injured": r.randint(2, 90),
        "donor": r.choice(DONORS),
        "amount": r.choice(QUALIFIERS[:3]) + r.choice(AMOUNTS)(r),
        "clashes": r.randint(20, 95),
    }
    title, summary = _headline(r, facts)
    source = r.choice(list(SOURCES))
    # the article's own topic leads; other topics and filler follow
    own = SENTENCE_MAKERS.get(kind)
    pool = [maker for name, maker in SENTENCE_MAKERS.items() if name != kind]
    paragraphs: list[str] = []
    for position in range(r.randint(6, 14)):
        sentences = []
        for _ in range(r.randint(1, 3)):
            roll = r.random()
            if own is not None and (position == 0 or roll < 0.35):
                sentences.append(r.choice(own(r, facts)) if sentences or position else own(r, facts)[0])
            elif roll < 0.55:
                sentences.append(r.choice(r.choice(pool)(r, facts)))
            elif roll < 0.8:
                sentences.append(r.choice(FILLER))
            else:
                sentences.append(r.choice(DISTRACTORS)(r))
        paragraphs.append(" ".join(sentences))
    return Article(number=number, source=source, kind=kind, published=published, title=title, summary=summary,
                   paragraphs=paragraphs)


# ---------------------------------------------------------------- page chrome

MENU = ("Russia-Ukraine War", "Europe", "World", "Business", "Politics", "Investigations", "Opinion", "Culture",
        "Science", "Sport", "Video", "Podcasts", "Photo", "Newsletters", "Explainers", "Fact check")
STYLE = "\n".join(
    f".c{i} {{ margin: {i % 7}px {i % 5}px; padding: {i % 3}px; font: {12 + i % 6}px/1.4 sans-serif; "
    f"color: #{(i * 2654435761) % 0xFFFFFF:06x}; }}"
    for i in range(60)
)
ANALYTICS = json.dumps(
    {
        "site": "salvo-bench",
        "adSlots": [{"id": f"slot-{i}", "sizes": [[300, 250], [728, 90]], "targeting": {"pos": i, "section": "war"}}
                    for i in range(24)],
        "experiments": {f"exp{i}": {"variant": i % 3, "weight": 0.25} for i in range(20)},
    },
    indent=1,
)


def _menu(prefix: str) -> str:
    items = "\n".join(
        f'        <li class="{prefix}__item"><a href="/section/{escape(name.lower().replace(" ", "-"))}">{escape(name)}</a>'
        f'<ul class="{prefix}__sub">'
        + "".join(f'<li><a href="/section/{i}-{j}">{escape(name)} {j}</a></li>' for j in range(1, 5))
        + "</ul></li>"
        for i, name in enumerate(MENU)
    )
    return f'<nav class="{prefix}" aria-label="Main">\n      <ul>\n{items}\n      </ul>\n    </nav>'


def _head(article: Article, css_prefix: str) -> str:
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": article.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "dateModified": article.published.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "author": {"@type": "Organization", "name": SOURCE_NAMES[article.source]},
            "publisher": {"@type": "Organization", "name": SOURCE_NAMES[article.source]},
            "mainEntityOfPage": f"__BASE__/{article.path}",
        },
        indent=1,
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(article.title)} | {escape(SOURCE_NAMES[article.source])}</title>
  <meta name="description" content="{escape(article.summary)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{escape(article.title)}">
  <link rel="canonical" href="__BASE__/{article.path}">
  <style>
{STYLE}
  </style>
  <script type="application/ld+json">
{ld}
  </script>
  <script>window.__{css_prefix}Config = {ANALYTICS};</script>
</head>"""


def _link_list(others: list[Article], css: str, numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    items = "\n".join(
        f'          <li><a href="__BASE__/{o.path}">{escape(o.title)}</a>'
        f'<span class="time">{o.published:%H:%M}</span></li>'
        for o in others
    )
    return f'<{tag} class="{css}">\n{items}\n        </{tag}>'


def _footer(source: str) -> str:
    links = " | ".join(f'<a href="/{slug}">{slug.replace("-", " ").title()}</a>'
                       for slug in ("about-us", "contact", "privacy-policy", "terms-of-use", "careers", "advertise",
                                    "corrections", "ethics", "accessibility", "rss"))
    return f"""  <footer class="site-footer">
    <nav class="footer-nav">{links}</nav>
    <div class="copyright">Copyright &copy; 2024 {escape(SOURCE_NAMES[source])}. Synthetic page generated for the
    Salvo benchmark; the figures are random.</div>
  </footer>
  <div class="cookie-banner">We use cookies to measure audiences and show relevant content.
    <button>Accept all</button> <button>Reject</button> <a href="/privacy">Settings</a></div>
  <script src="/static/js/main.js" defer></script>
</body>
</html>
"""


def _paragraphs(article: Article, indent: str = "          ") -> str:
    return "\n".join(f"{indent}<p>{escape(p)}</p>" for p in article.paragraphs)


def _page_rferl(a: Article, related: list[Article], popular: list[Article]) -> str:
    body = _paragraphs(a)
    return f"""{_head(a, "rfe")}
<body class="pg-article">
  <header class="hdr">
    <a class="hdr__logo" href="/">{escape(SOURCE_NAMES[a.source])}</a>
    {_menu("main-menu")}
    <div class="ticker"><span>In Focus</span> <a href="__BASE__/{related[0].path}">{escape(related[0].title)}</a></div>
  </header>
  <main id="content">
    <article class="article" id="article-{a.number}">
      <h1 class="title">{escape(a.title)}</h1>
      <div class="publishing-details"><span class="byline">By {escape(SOURCE_NAMES[a.source])}</span>
        <time datetime="{a.published:%Y-%m-%dT%H:%M:%SZ}">{a.published:%B %d, %Y %H:%M} GMT</time></div>
      <ul class="share-bar"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>
        <li><a href="#">Telegram</a></li><li><a href="#">Email</a></li><li><button>Print</button></li></ul>
      <figure class="cover"><img src="/img/{a.number}.jpg" alt="A damaged building"><figcaption>Rescuers at the
        site of a strike (file photo).</figcaption></figure>
      <div id="article-content" class="wsw">
{body}
        <div class="wsw-embed see-also"><span>SEE ALSO:</span> <a href="__BASE__/{related[1].path}">{escape(related[1].title)}</a></div>
      </div>
      <div class="tags">Topics: <a href="/z/ukraine">Ukraine</a>, <a href="/z/russia">Russia</a></div>
      <section class="comments"><h3>Comments</h3><div>Comments on this story are closed.</div></section>
    </article>
    <aside class="col-side">
      <section class="related"><h2>Related</h2>
        {_link_list(related, "related-list")}
      </section>
      <section class="most-popular"><h2>Most Popular</h2>
        {_link_list(popular, "popular-list", numbered=True)}
      </section>
    </aside>
  </main>
{_footer(a.source)}"""


def _page_wire(a: Article, related: list[Article], popular: list[Article]) -> str:
    half = len(a.paragraphs) // 2
    first = "\n".join(f"          <p>{escape(p)}</p>" for p in a.paragraphs[:half])
    second = "\n".join(f"          <p>{escape(p)}</p>" for p in a.paragraphs[half:])
    return f"""{_head(a, "wire")}
<body>
  <div class="masthead">{_menu("masthead-nav")}</div>
  <div class="ad-slot leaderboard" data-slot="top">Advertisement</div>
  <main class="article-page">
    <nav class="breadcrumb"><a href="/world">World</a> &rsaquo; <a href="/world/europe">Europe</a></nav>
    <article>
      <h1 class="headline">{escape(a.title)}</h1>
      <div class="byline">By {escape(SOURCE_NAMES[a.source])} staff</div>
      <time class="timestamp" datetime="{a.published:%Y-%m-%dT%H:%M:%SZ}">{a.published:%B %d, %Y %I:%M %p} UTC</time>
      <div class="share-tools"><a href="#">Share</a> <a href="#">Save</a></div>
      <figure><img src="/img/{a.number}.jpg" alt=""><figcaption>A residential building after the attack.</figcaption></figure>
      <div class="article-body">
{first}
          <div class="ad-slot mid-article" data-slot="mid">Advertisement</div>
{second}
          <p class="credit">Reporting by {escape(SOURCE_NAMES[a.source])} staff; Editing by the news desk</p>
      </div>
    </article>
    <section class="read-next"><h2>Read Next</h2>
      {_link_list(related[:4], "read-next-list")}
    </section>
  </main>
  <aside class="rail"><h2>Most Read</h2>
    {_link_list(popular, "most-read", numbered=True)}
  </aside>
{_footer(a.source)}"""


def _page_agency(a: Article, related: list[Article], popular: list[Article]) -> str:
    body = _paragraphs(a)
    return f"""{_head(a, "agency")}
<body>
  <div class="lang-bar"><a href="/ua">UA</a> <a href="/en">EN</a> <a href="/de">DE</a> <a href="/es">ES</a></div>
  <header>{_menu("rubrics")}</header>
  <div class="breadcrumbs"><a href="/">Home</a> / <a href="/rubric-ato">War</a></div>
  <main>
    <article class="news-full">
      <h1>{escape(a.title)}</h1>
      <div class="news-meta"><span class="date">{a.published:%d.%m.%Y %H:%M}</span> <span class="views">Views: {a.number % 9000 + 1000}</span></div>
      <figure><img src="/photo/{a.number}.jpg" alt=""><figcaption>Photo: illustrative</figcaption></figure>
      <div class="news-text">
{body}
          <div class="read-also"><b>Read also:</b> <a href="__BASE__/{related[0].path}">{escape(related[0].title)}</a></div>
      </div>
      <div class="source-line">Source: {escape(SOURCE_NAMES[a.source])}</div>
      <div class="citation">When citing and using any materials on the Internet, a hyperlink to the site is required.</div>
    </article>
    <aside class="latest-news"><h2>Latest news</h2>
      {_link_list(popular, "latest")}
      <a href="/news">All news</a>
    </aside>
  </main>
{_footer(a.source)}"""


def _page_kyivindependent(a: Article, related: list[Article], popular: list[Article]) -> str:
    body = _paragraphs(a)
    return f"""{_head(a, "ki")}
<body>
  <div class="membership-banner">Support independent journalism. <a href="/membership">Become a member</a></div>
  <header class="gh-head">{_menu("gh-navigation")}</header>
  <main class="gh-main">
    <article class="gh-article post">
      <header class="gh-article-header"><h1 class="gh-article-title">{escape(a.title)}</h1>
        <div class="post-meta"><span>{escape(SOURCE_NAMES[a.source])}</span> <time datetime="{a.published:%Y-%m-%d}">{a.published:%B %d, %Y %H:%M}</time></div>
        <figure class="gh-article-image"><img src="/content/images/{a.number}.jpg" alt=""></figure>
      </header>
      <section class="gh-content">
{body}
      </section>
      <div class="support-box">We keep our reporting free for everyone. Join our community of members.</div>
    </article>
    <aside class="news-feed"><h2>News Feed</h2>
      {_link_list(related + popular, "feed-list")}
    </aside>
  </main>
{_footer(a.source)}"""


TEMPLATES = {
    "rferl": _page_rferl,
    "wire": _page_wire,
    "agency": _page_agency,
    "kyivindependent": _page_kyivindependent,
}


def render_page(article: Article, articles: list[Article], seed: int) -> str:
    """The page of one article; sidebars show earlier stories (with their figures)."""
    r = random.Random(seed * 7919 + article.number)
    earlier = range(0, max(1, article.number))
    related = [articles[r.choice(earlier)] for _ in range(6)]
    popular = [articles[r.choice(earlier)] for _ in range(8)]
    return TEMPLATES[SOURCES[article.source]](article, related, popular)


# ---------------------------------------------------------------- feeds


def _feed_xml(name: str, items: list[Article]) -> str:
    rows = "\n".join(
        f"""    <item>
      <title>{escape(a.title)}</title>
      <link>__BASE__/{a.path}</link>
      <guid isPermaLink="false">{a.source}-a{a.number:06d}</guid>
      <pubDate>{format_datetime(a.published, usegmt=True)}</pubDate>
      <description>{escape(a.summary)}</description>
      <category>{a.kind}</category>
    </item>"""
        for a in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Salvo benchmark feed {escape(name)}</title>
    <link>__BASE__/</link>
    <description>Synthetic feed for the Salvo end-to-end benchmark.</description>
    <language>en</language>
{rows}
  </channel>
</rss>
"""


def _feed_items(articles: list[Article]) -> dict[str, list[Article]]:
    """Feed name -> its items, newest first."""
    by_source: dict[str, list[Article]] = {source: [] for source in SOURCES}
    for article in articles:
        by_source[article.source].append(article)
    feeds: dict[str, list[Article]] = {}
    for source, items in by_source.items():
        # the archive split: the oldest items in part 1, so new items only change the last part
        for part in range(max(1, math.ceil(len(items) / FEED_CAPACITY))):
            feeds[f"{source}-{part + 1}"] = items[part * FEED_CAPACITY : (part + 1) * FEED_CAPACITY][::-1]
    feeds["top-stories"] = sorted(articles, key=lambda a: a.published, reverse=True)[:TOP_STORIES]
    return feeds


def feed_files(articles: list[Article]) -> dict[str, str]:
    """Feed name -> RSS text for the given articles (newest first in every feed)."""
    return {name: _feed_xml(name, items) for name, items in _feed_items(articles).items()}


def recent_feed_files(before: list[Article], after: list[Article], keep: int = RECENT_ITEMS) -> dict[str, str]:
    """The feeds of `after`, where every feed whose items differ from `before`'s lists only its newest `keep`."""
    old = _feed_items(before)
    return {
        name: _feed_xml(name, items if old.get(name) == items else items[:keep])
        for name, items in _feed_items(after).items()
    }


def sitemap_files(articles: list[Article]) -> dict[str, str]:
    """Source -> a sitemap urlset of its pages (at most 50,000 URLs each, as the protocol allows)."""
    by_source: dict[str, list[Article]] = {source: [] for source in SOURCES}
    for article in articles:
        by_source[article.source].append(article)
    sitemaps = {}
    for source, items in by_source.items():
        urls = "\n".join(
            f"  <url><loc>__BASE__/{a.path}</loc><lastmod>{a.published.date().isoformat()}</lastmod></url>"
            for a in items
        )
        sitemaps[source] = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
        )
    return sitemaps


ROBOTS_TXT = "User-agent: *\nDisallow:\n"


# ---------------------------------------------------------------- the site


def build_site(root: Path | str, n_articles: int, n_extra: int = 0, seed: int = 6) -> dict:
    """Write the site under `root` (replacing an older build); returns the contents of site.json.

    A build with the same arguments is reused as it is.
    """
    root = Path(root)
    wanted = {"format": FORMAT_VERSION, "articles": n_articles, "extra": n_extra, "seed": seed}
    manifest_path = root / "site.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if {k: manifest.get(k) for k in wanted} == wanted:
            return manifest
    if root.exists():
        shutil.rmtree(root)
    articles = [make_article(seed, number, n_articles) for number in range(n_articles + n_extra)]
    total_bytes = 0
    for source in SOURCES:
        (root / "pages" / source).mkdir(parents=True, exist_ok=True)
    for article in articles:
        page = render_page(article, articles, seed).encode("utf-8")
        (root / article.path).write_bytes(page)
        total_bytes += len(page)
    for folder, listed in (("feeds", articles[:n_articles]), ("feeds-next", articles)):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for name, text in feed_files(listed).items():
            (root / folder / f"{name}.xml").write_text(text, encoding="utf-8")
    (root / "feeds-recent").mkdir(parents=True, exist_ok=True)
    for name, text in recent_feed_files(articles[:n_articles], articles).items():
        (root / "feeds-recent" / f"{name}.xml").write_text(text, encoding="utf-8")
    (root / "sitemaps").mkdir(parents=True, exist_ok=True)
    for source, text in sitemap_files(articles[:n_articles]).items():
        (root / "sitemaps" / f"{source}.xml").write_text(text, encoding="utf-8")
    (root / "robots.txt").write_text(ROBOTS_TXT, encoding="utf-8")
    published = [a.published.date() for a in articles[:n_articles]]
    manifest = {
        **wanted,
        "first_day": min(published).isoformat(),
        "last_day": max(published).isoformat(),
        "sources": sorted(SOURCES),
        "feeds": sorted(p.stem for p in (root / "feeds").glob("*.xml")),
        "feeds_next": sorted(p.stem for p in (root / "feeds-next").glob("*.xml")),
        "page_bytes": total_bytes,
        "pages": [a.path for a in articles[:n_articles]],
        "extra_pages": [a.path for a in articles[n_articles:]],
    }
    manifest_path.write_text(json.dumps(manifest, indent=1))
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.site", description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--extra", type=int, default=0, help="newer pages listed only in feeds-next/")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    manifest = build_site(args.root, args.articles, args.extra, args.seed)
    print(f"{args.root}: {len(manifest['pages'])} pages (+{len(manifest['extra_pages'])} extra), "
          f"{manifest['page_bytes'] / 1e6:.1f} MB, feeds: {', '.join(manifest['feeds'])}")


if __name__ == "__main__":
    main()
