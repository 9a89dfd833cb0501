"""The dashboard's pages: file, title, URL path. Links between pages go through these paths.

`st.page_link` and `st.switch_page` take the page file relative to `app.py`; the constants
below are those paths, so a renamed page breaks loudly in one place."""

from __future__ import annotations

from dataclasses import dataclass

QUOTES = "views/quotes.py"
QUOTE = "views/quote.py"
SPEAKERS = "views/speakers.py"
CLAIMS = "views/claims.py"
ARTICLES = "views/articles.py"
EXPORT = "views/export.py"


@dataclass(frozen=True)
class PageSpec:
    path: str
    title: str
    icon: str
    url_path: str = ""  # "" for the default page, served at "/"
    default: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec(QUOTES, "Quotes", ":material/format_quote:", default=True),
    PageSpec(QUOTE, "Quote", ":material/chat:", "quote"),
    PageSpec(SPEAKERS, "Speakers", ":material/record_voice_over:", "speakers"),
    PageSpec(CLAIMS, "Repeated claims", ":material/repeat:", "claims"),
    PageSpec(ARTICLES, "Articles", ":material/article:", "articles"),
    PageSpec(EXPORT, "Export", ":material/download:", "export"),
)
