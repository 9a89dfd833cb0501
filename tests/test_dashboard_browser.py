"""End-to-end test: a real Streamlit server driven by a real headless Chromium.

Builds a small database (tracker.store API, real article text: dashboard/sample.py), starts
`streamlit run dashboard/app.py` on a free port, waits for /_stcore/health, searches
« camp de la paix », opens the first quote and checks that its speaker, outlet and date are on
screen; then opens the hostile-markup quote and checks that `<script>` shows as text and no
JavaScript dialog ever opened. Screenshots go to out/screenshots/ (or $TRACKER_SCREENSHOTS).

Uses Debian's chromium (/usr/bin/chromium, `apt-get install chromium`), never a browser
downloaded by `playwright install`; skipped with the reason when it or playwright is missing,
unless TRACKER_REQUIRE_BROWSER is set (CI), where a missing chromium fails the run.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path(os.environ.get("TRACKER_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"]

pytestmark = pytest.mark.browser

if not CHROMIUM.exists():
    _why = (f"{CHROMIUM} not found: install Debian's chromium (`apt-get install -y chromium`) "
            "to run the browser test")
    if os.environ.get("TRACKER_REQUIRE_BROWSER"):  # CI sets this: a missing browser is a failure there
        pytest.fail(_why, pytrace=False)
    pytest.skip(_why, allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python) is not installed")

from dashboard import sample  # noqa: E402
from tracker.store import QuoteFilter, Store  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(base: str, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200 and resp.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{base}/_stcore/health not ok after {timeout:.0f}s")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    try:
        return sample.build(tmp_path_factory.mktemp("e2e") / "tracker.duckdb")
    except FileNotFoundError as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def server(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path_factory.mktemp("e2e-log") / "streamlit.log").open("w+")
    env = {**os.environ, "TRACKER_DB": str(db), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        _wait_healthy(base, proc)
        yield base
    except Exception:
        log.seek(0)
        print(log.read()[-4000:])
        raise
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        pg.dialogs = []  # type: ignore[attr-defined]
        pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
        yield pg
        browser.close()


def _shots_dir() -> Path:
    out = Path(os.environ.get("TRACKER_SCREENSHOTS") or ROOT / "out" / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _wait_idle(pg) -> None:
    """Wait until Streamlit has finished running the script (no running indicator)."""
    pg.wait_for_selector('[data-testid="stApp"]')
    pg.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')",
        timeout=30_000,
    )


def _click_first_row(pg) -> None:
    """Select the first data row of the first table (a canvas grid: click its row-selection cell)."""
    grid = pg.locator('[data-testid="stDataFrame"]').first
    grid.wait_for(state="visible")
    pg.wait_for_timeout(500)  # the canvas draws after the element appears
    box = grid.bounding_box()
    assert box is not None
    header = 35  # Streamlit's default header row height in px; rows are 35 px too
    pg.mouse.click(box["x"] + 16, box["y"] + header + 17)


def test_search_open_quote_and_check_attribution(page, server: str, db: Path) -> None:
    pg = page
    with Store(db, read_only=True) as store:
        expected = store.search_quotes(QuoteFilter(search="camp de la paix", include_headings=False), limit=1)
    row = expected.row(0, named=True)
    pg.goto(server + "/")
    _wait_idle(pg)
    search = pg.get_by_label("Search quotes")
    search.fill("camp de la paix")
    search.press("Enter")
    pg.wait_for_url("**q=camp*")
    pg.get_by_text("2 quotes match").wait_for()
    _click_first_row(pg)
    pg.wait_for_url("**/quote?id=*")
    assert urllib.parse.unquote(pg.url).endswith("id=" + row["quote_id"]), pg.url  # the first row was opened
    _wait_idle(pg)
    body = pg.locator("body")
    expect = sync_api.expect
    expect(body).to_contain_text("In context")
    expect(body).to_contain_text(row["text"])
    expect(body).to_contain_text(row["speaker"])  # as written in the article
    expect(body).to_contain_text(row["speaker_canonical"])  # the resolved speaker
    assert row["outlet"] == "Public Sénat"
    expect(body).to_contain_text("Public Sénat")
    expect(body).to_contain_text("2025-09-02")
    expect(body).to_contain_text("Same claim elsewhere")
    mark = pg.locator(".hl-quote", has_text=row["text"])
    assert mark.count() >= 1, "the quote is not highlighted in its paragraph"
    pg.screenshot(path=str(_shots_dir() / "quote-camp-de-la-paix.png"), full_page=True)


def test_hostile_markup_renders_as_text(page, server: str) -> None:
    pg = page
    pg.goto(server + f"/quote?id={sample.HOSTILE_ID}%230")
    _wait_idle(pg)
    body = pg.locator("body")
    sync_api.expect(body).to_contain_text("Same claim elsewhere")
    sync_api.expect(body).to_contain_text('<script>alert("quote")</script>')
    sync_api.expect(body).to_contain_text("<img src=x onerror=alert(1)>")  # the speaker name, shown literally
    assert pg.locator("script:text('alert')").count() == 0
    assert pg.locator("img[src='x']").count() == 0
    assert pg.locator("a[href^='javascript']").count() == 0
    pg.wait_for_timeout(500)
    assert pg.dialogs == []  # type: ignore[attr-defined]
    pg.screenshot(path=str(_shots_dir() / "quote-hostile-markup.png"), full_page=True)
