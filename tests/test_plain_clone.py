"""A plain clone (no ../shared beside it) passes: tests that need the dev corpus skip, with the reason."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.timeout(300)

# Every module with a test that reads the dev corpus through a fixture,
# including `devset_articles` (4 errors on a plain clone before it skipped).
CORPUS_TESTS = ["tests/test_page_text.py", "tests/test_devset_accuracy.py", "tests/test_dbt_models.py"]


def test_tests_needing_the_corpus_skip_with_a_reason_without_it(tmp_path):
    env = dict(os.environ, SALVO_SHARED=str(tmp_path / "no-shared"))
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-k", "devset or daily or mart or build",
         *CORPUS_TESTS],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=280,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "error" not in result.stdout.splitlines()[-1]
    # -rs lists every skip with its reason in the summary
    assert "SKIPPED" in result.stdout and "dev corpus not found" in result.stdout


def test_the_makefile_lists_skips_and_the_readme_links_a_contract_inside_the_repo():
    makefile = (REPO_ROOT / "Makefile").read_text()
    test_recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "pytest" in test_recipe and "-rs" in test_recipe
    readme = (REPO_ROOT / "README.md").read_text()
    assert "../shared/FACTS.md" not in readme and "(docs/facts.md)" in readme
