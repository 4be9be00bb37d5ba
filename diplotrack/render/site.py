"""The whole dossier: every page, the navigation, and an ``mkdocs.yml`` for it."""

from __future__ import annotations

from typing import Any

import attrs

from diplotrack.render import markup
from diplotrack.render.actors import holder_page
from diplotrack.render.dossier import Dossier, plan_title, visit_title
from diplotrack.render.events import plan_page, visit_page
from diplotrack.render.evidence import source_page
from diplotrack.render.sources import source_page_text, sources_index
from diplotrack.render.timeline import Step, timelines
from diplotrack.render.topics import topic_pages
from diplotrack.yamlio import dump_yaml

NavEntry = dict[str, Any]
"""One mkdocs ``nav`` entry: ``{title: path}`` or ``{title: [entries]}``."""


@attrs.frozen
class Site:
    """Generated files by path below the docs root (Markdown and SVG), and the nav over them."""

    files: dict[str, str]
    nav: list[NavEntry]


def render_site(dossier: Dossier, title: str = "Dossier") -> Site:
    """Every page of a dossier; the same records always give the same bytes.

    Examples:
        >>> from diplotrack.models import Leader, PositionFile
        >>> site = render_site(Dossier(PositionFile(format_version=1, leaders=[Leader(id="a", name="A")])))
        >>> sorted(site.files)
        ['changes.md', 'index.md', 'leaders/a.md', 'sources/index.md']
    """
    steps = timelines(dossier.positions)
    files: dict[str, str] = {}
    holders = dossier.holders()
    for holder in holders:
        files[holder.page] = holder_page(dossier, holder, steps)
    for topic_id in dossier.topic_ids():
        files.update(topic_pages(dossier, topic_id, steps))
    for visit in dossier.visits:
        files[f"visits/{visit.id}.md"] = visit_page(dossier, visit)
    for plan in dossier.plans:
        files[f"plans/{plan.id}.md"] = plan_page(dossier, plan)
    files["sources/index.md"] = sources_index(dossier)
    for source in dossier.sources.values():
        files[source_page(source.id)] = source_page_text(dossier, source)
    files["changes.md"] = changes_page(dossier, steps)
    files["index.md"] = index_page(dossier, title)
    return Site(dict(sorted(files.items())), _nav(dossier))


def _nav(dossier: Dossier) -> list[NavEntry]:
    nav: list[NavEntry] = [{"Overview": "index.md"}, {"Changes": "changes.md"}]
    for kind, section in (("leader", "Leaders"), ("organization", "Organisations"), ("country", "Countries")):
        entries = [{h.name: h.page} for h in dossier.holders() if h.kind == kind]
        if entries:
            nav.append({section: entries})
    topics = [{dossier.topic(t).label: f"topics/{t}.md"} for t in dossier.topic_ids()]
    visits = [{visit_title(v, dossier): f"visits/{v.id}.md"} for v in dossier.visits]
    plans = [{plan_title(p): f"plans/{p.id}.md"} for p in dossier.plans]
    for section, entries in (("Topics", topics), ("Visits", visits), ("Plans", plans)):
        if entries:
            nav.append({section: entries})
    sources = sorted(dossier.sources.values(), key=lambda s: (str(s.date or ""), s.id))
    nav.append(
        {"Sources": [{"All sources": "sources/index.md"}, *({s.title or s.id: source_page(s.id)} for s in sources)]}
    )
    return nav


def changes_page(dossier: Dossier, steps: dict[tuple[str, str], list[Step]]) -> str:
    """Every stance change in date order, then each holder's record topic by topic."""
    here = "changes.md"
    moves = [step for history in steps.values() for step in history if step.kind != "reaffirmed"]
    moves.sort(key=lambda s: (str(s.position.date or ""), dossier.holder(s.position.holder).name, s.position.topic))
    rows = []
    for step in moves:
        holder = dossier.holder(step.position.holder)
        before = step.previous.stance if step.previous else "—"
        rows.append(
            [
                step.position.date.isoformat() if step.position.date else "undated",
                markup.link(holder.name, holder.page, here),
                markup.link(dossier.topic(step.position.topic).label, f"topics/{step.position.topic}.md", here),
                step.kind,
                f"{before} → {step.position.stance}",
            ]
        )
    body = [
        "A change is any statement that is not a plain reaffirmation of the one before it "
        "by the same holder on the same topic. Undated statements come first.",
        "",
        "## All changes by date",
        "",
        *(markup.table(["Date", "Holder", "Topic", "Change", "Stance"], rows) if rows else ["No positions recorded."]),
        "",
        "## By holder",
        "",
    ]
    for holder in dossier.holders():
        keys = [key for key in steps if key[0] == holder.reference]
        if not keys:
            continue
        body += [f"### {markup.link(holder.name, holder.page, here)}", ""]
        for key in sorted(keys, key=lambda k: (dossier.topic(k[1]).label.casefold(), k[1])):
            trail = " → ".join(
                f"{s.position.date.isoformat() if s.position.date else 'undated'} {s.position.stance} ({s.kind})"
                for s in steps[key]
            )
            body.append(f"- {markup.link(dossier.topic(key[1]).label, f'topics/{key[1]}.md', here)}: {trail}")
        body.append("")
    return markup.page("Changes", body)


def index_page(dossier: Dossier, title: str) -> str:
    """The overview: what the dossier holds, with links to every page."""
    here = "index.md"
    holders = dossier.holders()
    counts = (
        f"{markup.plural(sum(h.kind == 'leader' for h in holders), 'leader')}, "
        f"{markup.plural(len(dossier.topic_ids()), 'topic')}, {markup.plural(len(dossier.visits), 'visit')}, "
        f"{markup.plural(len(dossier.plans), 'plan')}, {markup.plural(len(dossier.positions), 'position')} "
        f"and {markup.plural(len(dossier.sources), 'source')}."
    )
    body = [
        f"This dossier was generated by `diplotrack docs` from position files: {counts} "
        "Every claim quotes its evidence and links to the passage in its source.",
        "",
        f"See also: {markup.link('changes over time', 'changes.md', here)}, "
        f"{markup.link('all sources', 'sources/index.md', here)}.",
        "",
    ]
    sections: list[tuple[str, list[str]]] = [
        (section, [markup.link(h.name, h.page, here) for h in holders if h.kind == kind])
        for kind, section in (("leader", "Leaders"), ("organization", "Organisations"), ("country", "Countries"))
    ]
    sections.append(
        ("Topics", [markup.link(dossier.topic(t).label, f"topics/{t}.md", here) for t in dossier.topic_ids()])
    )
    sections.append(
        (
            "Visits",
            [
                f"{v.start or 'undated'} · {markup.link(visit_title(v, dossier), f'visits/{v.id}.md', here)}"
                for v in dossier.visits
            ],
        )
    )
    sections.append(("Plans", [markup.link(plan_title(p), f"plans/{p.id}.md", here) for p in dossier.plans]))
    for section, items in sections:
        if items:
            body += [f"## {section}", "", *(f"- {item}" for item in items), ""]
    return markup.page(title, body)


def mkdocs_config(site_name: str, nav: list[NavEntry], docs_dir: str = "docs", site_dir: str = "site") -> str:
    """An ``mkdocs.yml`` for a dossier: material theme, search, browsable from disk without a network.

    Examples:
        >>> "site_name: Dossier" in mkdocs_config("Dossier", [{"Overview": "index.md"}])
        True
    """
    config = {
        "site_name": site_name,
        "docs_dir": docs_dir,
        "site_dir": site_dir,
        # Plain .html links and the offline plugin let the built site open from
        # disk (file://) with working navigation and search.
        "use_directory_urls": False,
        "theme": {
            "name": "material",
            "font": False,
            "features": ["navigation.sections", "navigation.indexes", "search.highlight"],
        },
        "plugins": ["search", "offline"],
        "markdown_extensions": ["tables", "attr_list", {"toc": {"permalink": True}}],
        "validation": {"links": {"absolute_links": "warn", "unrecognized_links": "warn", "anchors": "warn"}},
        "nav": nav,
    }
    return f"# {markup.GENERATED_MARKER.removeprefix('<!-- ').removesuffix(' -->')}\n" + dump_yaml(config)
