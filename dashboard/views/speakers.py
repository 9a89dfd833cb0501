"""Speakers page: the list of speakers with counts (`/speakers?name=..`), or one speaker
(`/speakers?id=<speaker_id>`) with quotes over time, outlets and most repeated claims."""

from __future__ import annotations

import streamlit as st

from dashboard import components, data, helpers, nav
from tracker.store import Store


def _reset_page() -> None:
    st.session_state["spage"] = 1


def _speaker_list(store: Store) -> None:
    st.title("Speakers")
    name = st.text_input("Find a speaker", key="name", bind="query-params", on_change=_reset_page,
                         placeholder="part of a name, any case or accents")
    search = name.strip() if name and name.strip() else None
    cols = ("name", "type", "quotes", "articles", "outlets", "first_seen", "last_seen", "aliases")
    components.paged_list(
        store, "speakers", page_key="spage", table_key="speakers-table", id_column="speaker_id",
        target=nav.SPEAKERS, empty="No speaker matches." if search else "No speakers in the database yet.",
        caption="Pick a row to open the speaker.",
        columns=lambda df: components.join_lists(df.select([c for c in cols if c in df.columns]), "aliases"),
        column_config={
            "first_seen": st.column_config.DateColumn("first seen", format="YYYY-MM-DD"),
            "last_seen": st.column_config.DateColumn("last seen", format="YYYY-MM-DD"),
        },
        search=search,
    )


def _speaker(store: Store, speaker_id: str) -> None:
    sp = data.cached(store, "get_speaker", speaker_id)
    if not sp:
        st.title("Speaker")
        st.warning("No speaker with this id in the database.")
        st.page_link(nav.SPEAKERS, label="All speakers", icon=":material/group:")
        return
    name = sp.get("name") or speaker_id
    components.heading(name, 1)
    aliases = sp.get("aliases")
    if isinstance(aliases, list | tuple):
        aliases = ", ".join(str(a) for a in aliases if a and a != name)
    components.html(helpers.meta_line(
        ("type", sp.get("type")),
        ("also written", aliases or None),
        ("first seen", helpers.fmt_date(sp.get("first_seen"))),
        ("last seen", helpers.fmt_date(sp.get("last_seen"))),
    ))
    m1, m2, m3 = st.columns(3)
    m1.metric("Quotes", f"{int(sp.get('quotes') or 0):,}")
    m2.metric("Articles", f"{int(sp.get('articles') or 0):,}")
    m3.metric("Outlets", f"{int(sp.get('outlets') or 0):,}")
    c1, c2 = st.columns(2)
    c1.page_link(nav.QUOTES, label="All quotes by this speaker", icon=":material/format_quote:",
                 query_params={"speaker": str(speaker_id)})
    c2.page_link(nav.SPEAKERS, label="All speakers", icon=":material/group:")

    components.bar_over_time(data.cached(store, "speaker_timeline", speaker_id), "published", "quotes", "Quotes over time")

    left, right = st.columns([1, 2])
    with left:
        st.subheader("Outlets")
        outlets = data.cached(store, "speaker_outlets", speaker_id)
        if outlets.is_empty():
            st.caption("No outlet recorded.")
        else:
            st.dataframe(outlets, hide_index=True, key="speaker-outlets")
    with right:
        st.subheader("Most repeated claims")
        claims = data.cached(store, "speaker_top_claims", speaker_id)
        if claims.is_empty():
            st.caption("No claim repeated yet.")
        else:
            event = st.dataframe(
                claims.drop([c for c in ("cluster_id",) if c in claims.columns]),
                hide_index=True, key="speaker-claims", on_select="rerun", selection_mode="single-row",
            )
            picked = components.pick_row(event, claims, "cluster_id")
            if picked:
                st.switch_page(nav.CLAIMS, query_params={"id": picked})


def render(store: Store) -> None:
    components.css()
    speaker_id = st.query_params.get("id")
    if speaker_id:
        _speaker(store, speaker_id)
    else:
        _speaker_list(store)


data.run_page(render)
