"""The sample news site that ships with Salvo (for ``salvo demo``) and the local server for it.

``SITE_ROOT`` is the bundled site: ``feeds/*.xml`` (RSS 2.0, links start with
``__BASE__``), ``pages/*.html``, ``labels.jsonl`` (the facts a perfect
extractor finds, in the FACTS.md format) and ``expected_daily.csv`` (the
de-duplicated nightly totals). ``serve_site`` serves it, or any folder in the
same layout such as the devset.
"""

from pathlib import Path

from pipelines.sample_site.server import SiteServer, serve_site

SITE_ROOT: Path = Path(__file__).resolve().parent / "site"

__all__ = ["SITE_ROOT", "SiteServer", "serve_site"]
