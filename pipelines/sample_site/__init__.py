"""The sample news site that ships with Salvo (for ``salvo demo``) and the local server for it.

``SITE_ROOT`` is the bundled site: ``feeds/*.xml`` (RSS 2.0, links start with
``__BASE__``), ``pages/*.html``, ``labels.jsonl`` (the facts a perfect
extractor finds, in the FACTS.md format) and ``expected_daily.csv`` (the
de-duplicated nightly totals). ``serve_site`` serves it, or any folder in the
same layout such as the devset.
"""

from pathlib import Path

SITE_ROOT: Path = Path(__file__).resolve().parent / "site"


def __getattr__(name: str):
    # Imported lazily so `python -m pipelines.sample_site.server` does not load the
    # server module twice (runpy warns when the package already imported it).
    if name in ("serve_site", "SiteServer"):
        from pipelines.sample_site import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["SITE_ROOT", "SiteServer", "serve_site"]
