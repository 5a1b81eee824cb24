"""Extraction benchmark: a synthetic corpus through `extract_facts`, on one core.

    POLARS_MAX_THREADS=1 uv run python bench/bench_extract.py [--articles 20000] [--batch 10000] [--seed 7]

Articles are generated from templates (strike reports, aid announcements,
casualty and clash figures, distractor money and filler sentences) with
random figures, weapons, currencies, donors, places and dates from a fixed
seed, one batch at a time so the corpus is never held in memory. Only the
`extract_facts` calls are timed, by the wall clock and by the process's CPU
time (on a shared machine the CPU figure is the one that does not depend on
the neighbours). Prints articles/s and the peak RSS after 5k, 10k and 20k
articles (it should stay flat: batches are independent).
"""

from __future__ import annotations

import os

# Must be set before polars is imported: the figure is for one core.
os.environ.setdefault("POLARS_MAX_THREADS", "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polars as pl  # noqa: E402

from pipelines.contract import ARTICLE_SCHEMA  # noqa: E402
from pipelines.extract.facts import BATCH_SIZE, extract_facts  # noqa: E402
from pipelines.extract.money import ecb_converter  # noqa: E402

SOURCES = ("rferl", "reuters", "ap", "afp", "ukrinform", "kyivindependent", "tass")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
PLACES = ("Kyiv", "Odesa", "Kharkiv", "Dnipro", "Lviv", "Zaporizhzhia", "Mykolaiv", "Kherson", "Sumy", "Poltava")
DRONES = ("Shahed drones", "Shahed-136 drones", "attack drones", "Iranian-made drones", "drones", "Gerbera decoys")
MISSILES = ("Kh-101 cruise missiles", "Kalibr missiles", "Iskander-M ballistic missiles", "cruise missiles",
            "Kinzhal hypersonic missiles", "missiles", "Kh-22 missiles")
DONORS = ("Germany", "The United States", "Britain", "Norway", "The Netherlands", "Japan", "Canada", "The EU",
          "Sweden", "Denmark", "France", "Poland", "NATO", "Italy")
AMOUNTS = (
    lambda r: f"€{r.randint(5, 900)}m",
    lambda r: f"${r.randint(1, 9)}.{r.randint(1, 9)}bn",
    lambda r: f"{r.randint(1, 9)}.{r.randint(1, 9)} billion euros",
    lambda r: f"£{r.randint(10, 500)} million",
    lambda r: f"NOK {r.randint(1, 20)} billion",
    lambda r: f"${r.randint(100, 900)} million",
    lambda r: f"{r.randint(1, 9)} billion euros (${r.randint(1, 9)}.{r.randint(1, 9)} billion)",
    lambda r: f"C${r.randint(10, 500)} million",
)
QUALIFIERS = ("", "", "", "more than ", "about ", "up to ", "at least ")
FILLER = (
    "The statement did not give further details.",
    "Officials in Kyiv said repair crews were working through the night to restore power and water.",
    "The Kremlin did not immediately comment on the report.",
    "President Volodymyr Zelenskiy urged allies to speed up deliveries of air-defence systems.",
    "Analysts said the attack was part of a campaign against the country's energy grid.",
    "The claims could not be independently verified.",
    "Schools in the region switched to remote learning for the rest of the week.",
    "Foreign ministers are due to meet in Brussels next month to discuss further sanctions.",
)
DISTRACTORS = (
    lambda r: f"Russia's budget for next year sets defence spending at {r.randint(5, 12)}.{r.randint(1, 9)} trillion rubles.",
    lambda r: f"The bill also includes ${r.randint(5, 20)} billion in military aid for Israel.",
    lambda r: f"Ukraine's central bank said its reserves stood at ${r.randint(20, 45)} billion.",
    lambda r: f"The World Bank estimates that reconstruction will cost ${r.randint(300, 500)} billion.",
    lambda r: f"Houthi rebels fired {r.randint(2, 20)} drones at ships in the Red Sea, the U.S. military said.",
    lambda r: f"About {r.randint(2, 9)} million people were left without electricity.",
)


def strike_sentence(r: random.Random) -> str:
    launched = r.randint(5, 120)
    downed = r.randint(1, launched)
    weapon = r.choice(DRONES + MISSILES)
    return r.choice((
        f"Russia launched {launched} {weapon} at Ukraine overnight, and air defences shot down {downed} of them, "
        "the air force said.",
        f"Ukraine's air force said it destroyed {downed} of the {launched} {weapon} fired overnight on "
        f"{r.choice(WEEKDAYS)}.",
        f"Air defence units downed all {launched} {weapon} over the {r.choice(PLACES)} region, the governor said.",
        f"Russia's defence ministry said its air defences destroyed {downed} Ukrainian drones over the Belgorod region.",
    ))


def aid_sentence(r: random.Random) -> str:
    donor = r.choice(DONORS)
    amount = r.choice(QUALIFIERS) + r.choice(AMOUNTS)(r)
    return r.choice((
        f"{donor} pledged {amount} in military aid to Ukraine on {r.choice(WEEKDAYS)}.",
        f"{donor} will provide {amount} in humanitarian support to Ukraine, the government said.",
        f"{donor} has given Ukraine {amount} in military assistance since the start of the full-scale invasion.",
        f"{donor} unveiled a new package for Ukraine worth {amount}, including air-defence munitions.",
    ))


def casualty_sentence(r: random.Random) -> str:
    return r.choice((
        f"A missile strike on {r.choice(PLACES)} killed {r.randint(1, 30)} people and injured {r.randint(1, 80)}, "
        "officials said.",
        f"At least {r.randint(2, 40)} people were wounded when debris fell on a residential building in "
        f"{r.choice(PLACES)}.",
        f"Ukrainian forces fought {r.randint(10, 90)} battles over the past 24 hours, the General Staff said.",
    ))


def make_article(r: random.Random, number: int, start: dt.datetime) -> dict:
    makers = (strike_sentence, aid_sentence, casualty_sentence, lambda r: r.choice(FILLER),
              lambda r: r.choice(FILLER), lambda r: r.choice(DISTRACTORS)(r))
    paragraphs = []
    for _ in range(r.randint(4, 10)):
        paragraphs.append(" ".join(r.choice(makers)(r) for _ in range(r.randint(1, 3))))
    published = start + dt.timedelta(minutes=r.randint(0, 60 * 24 * 450))
    return {
        "article_id": f"s{number:06d}",
        "source": r.choice(SOURCES),
        "published_at": published,
        "title": "",
        "text": "\n\n".join(paragraphs),
    }


def batch(r: random.Random, first: int, size: int) -> pl.DataFrame:
    start = dt.datetime(2022, 10, 1, tzinfo=dt.timezone.utc)
    return pl.DataFrame([make_article(r, first + i, start) for i in range(size)], schema=ARTICLE_SCHEMA)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    # the pipeline's batch size (pipelines/defs/extract.py BATCH_SIZE)
    parser.add_argument("--batch", type=int, default=BATCH_SIZE)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    # one-time costs kept out of the timing: the ECB rate table and a first
    # small batch (regex compilation, polars warm-up)
    ecb_converter()
    extract_facts(batch(random.Random(args.seed + 1), 0, 50))
    print(f"POLARS_MAX_THREADS={os.environ['POLARS_MAX_THREADS']} polars {pl.__version__}, "
          f"{args.articles} articles in batches of {args.batch}, seed {args.seed}")
    print(f"{'articles':>9} {'kchars':>10} {'facts':>8} {'wall s':>8} {'cpu s':>8} {'art/s':>8} {'peak RSS MB':>12}")

    checkpoints = {5_000, 10_000, 20_000, args.articles}
    done = facts_total = 0
    elapsed = cpu = 0.0
    checkpoint_rows = []
    while done < args.articles:
        size = min(args.batch, args.articles - done)
        articles = batch(rng, done, size)
        started, started_cpu = time.perf_counter(), time.process_time()
        facts = extract_facts(articles)
        took, took_cpu = time.perf_counter() - started, time.process_time() - started_cpu
        elapsed += took
        cpu += took_cpu
        done += size
        facts_total += facts.height
        chars = articles["text"].str.len_chars().sum()
        print(f"{done:>9} {chars // 1000:>9}k {facts.height:>8} {took:>8.2f} {took_cpu:>8.2f} {size / took:>8.0f} "
              f"{peak_rss_mb():>12.0f}")
        if any(done >= c > done - size for c in checkpoints):
            checkpoint_rows.append((done, peak_rss_mb()))
        del articles, facts
    print()
    print(f"total: {done} articles, {facts_total} facts; extracting took {elapsed:.1f} s wall "
          f"({done / elapsed:,.0f} articles/s), {cpu:.1f} s CPU ({done / cpu:,.0f} articles/s per core)")
    print("peak RSS: " + ", ".join(f"{n // 1000}k articles {mb:.0f} MB" for n, mb in checkpoint_rows))


if __name__ == "__main__":
    main()
