"""The sources index and a page per source, its cited passages and its text."""

from __future__ import annotations

import re

from diplotrack.models import Evidence, Source
from diplotrack.render import markup
from diplotrack.render.dossier import Dossier, plan_title, visit_title
from diplotrack.render.evidence import anchor, source_page

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
Citations = dict[tuple[int, int], tuple[str, list[tuple[str, str]]]]


def citations(dossier: Dossier, source_id: str) -> Citations:
    """Every cited span of a source: its quote and the (label, page) of each record citing it."""
    found: Citations = {}

    def add(evidence: Evidence, label: str, target: str) -> None:
        if evidence.source == source_id:
            _, records = found.setdefault((evidence.start, evidence.end), (evidence.quote, []))
            if (label, target) not in records:
                records.append((label, target))

    for position in dossier.positions:
        holder = dossier.holder(position.holder)
        for item in position.evidence:
            add(item, f"{holder.name} on {dossier.topic(position.topic).label}", holder.page)
    for visit in dossier.visits:
        for item in visit.evidence:
            add(item, visit_title(visit, dossier), f"visits/{visit.id}.md")
    for plan in dossier.plans:
        for item in [*plan.evidence, *(i.evidence for i in plan.items if i.evidence is not None)]:
            add(item, plan_title(plan), f"plans/{plan.id}.md")
    return dict(sorted(found.items()))


def _segment(value: str) -> str:
    # Escaping collapses whitespace; keep one space at the edges so that
    # highlighted and plain pieces of a sentence stay apart.
    lead = " " if value[:1].isspace() else ""
    trail = " " if value[-1:].isspace() and value.strip() else ""
    return lead + markup.text(value) + trail


def highlighted_text(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The text as Markdown paragraphs, cited spans inside one paragraph wrapped in ``<mark>``.

    Examples:
        >>> highlighted_text("Say *yes*.\\n\\nNo.", [(4, 9)])
        ['Say <mark>\\\\*yes\\\\*</mark>.', '', 'No.', '']
    """
    lines: list[str] = []
    start = 0
    pieces = [*_PARAGRAPH_BREAK.finditer(text), None]
    for separator in pieces:
        end = separator.start() if separator else len(text)
        paragraph_spans = sorted(s for s in spans if start <= s[0] < s[1] <= end)
        out, cursor = "", start
        for span_start, span_end in paragraph_spans:
            if span_start < cursor:
                continue  # overlaps a passage already highlighted
            out += _segment(text[cursor:span_start]) + "<mark>" + markup.text(text[span_start:span_end]) + "</mark>"
            cursor = span_end
        out += _segment(text[cursor:end])
        if out.strip():
            lines += [out.strip(), ""]
        start = separator.end() if separator else len(text)
    return lines


def source_page_text(dossier: Dossier, source: Source) -> str:
    """A source's metadata, the passages records cite (each with an anchor), and its text."""
    here = source_page(source.id)
    rows = [
        ["Title", markup.cell(source.title or "")],
        ["Publisher", markup.cell(source.publisher or "")],
        ["Date", source.date.isoformat() if source.date else ""],
        ["Address", markup.external_link(source.url, source.url) if source.url else ""],
    ]
    rows = [row for row in rows if row[1].strip()]
    body = [f"Source id `{source.id}`", "", *markup.table(["Field", "Value"], rows), "", "## Passages cited", ""]
    cited = citations(dossier, source.id)
    for (start, end), (quote, records) in cited.items():
        links = ", ".join(markup.link(label, target, here) for label, target in records)
        passage_id = anchor(Evidence(source=source.id, start=start, end=end, quote=quote))
        body.append(f'- <a id="{passage_id}"></a>“{markup.text(quote)}” (characters {start}–{end}) — {links}')
    if not cited:
        body.append("No record cites this source.")
    body += ["", "## Text", ""]
    body += highlighted_text(source.text, list(cited)) if source.text else ["The file does not include the text."]
    return markup.page(source.title or source.id, body)


def sources_index(dossier: Dossier) -> str:
    """A table of every source with its publisher, date and number of cited passages."""
    here = "sources/index.md"
    rows = [
        [
            markup.link(source.title or source.id, source_page(source.id), here),
            markup.cell(source.publisher or ""),
            source.date.isoformat() if source.date else "",
            str(len(citations(dossier, source.id))),
        ]
        for source in sorted(dossier.sources.values(), key=lambda s: (str(s.date or ""), s.id))
    ]
    body = markup.table(["Source", "Publisher", "Date", "Passages cited"], rows) if rows else ["No sources."]
    return markup.page("Sources", body)
