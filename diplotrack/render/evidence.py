"""Quotes with links into the source pages, shared by every page that states a claim."""

from __future__ import annotations

from collections.abc import Sequence

from diplotrack.models import Evidence, Position
from diplotrack.render import markup
from diplotrack.render.dossier import Dossier

STANCE_VERBS = {"support": "supports", "oppose": "opposes", "neutral": "is neutral on"}


def anchor(evidence: Evidence) -> str:
    """The id of a quoted passage on its source page.

    Examples:
        >>> anchor(Evidence(source="s", start=4, end=9, quote="words"))
        'q-4-9'
    """
    return f"q-{evidence.start}-{evidence.end}"


def source_page(source_id: str) -> str:
    """Path of a source's page below the docs root."""
    return f"sources/{source_id}.md"


def quote(dossier: Dossier, evidence: Evidence, current: str) -> str:
    """“The quote” followed by a link to the passage on its source page."""
    target = f"{source_page(evidence.source)}#{anchor(evidence)}"
    label = dossier.source_label(evidence.source)
    # Long titles repeated after every quote drown the quotes; the full title is on the source page.
    short = label if len(label) <= 40 else label[:39].rstrip() + "…"
    return f"“{markup.text(evidence.quote)}” ({markup.link(short, target, current)})"


def quotes(dossier: Dossier, evidence: Sequence[Evidence], current: str) -> str:
    """Every quote of a claim, or a plain note that the file gives none."""
    if not evidence:
        return "no evidence recorded"
    return "; ".join(quote(dossier, item, current) for item in evidence)


def source_links(dossier: Dossier, sources: Sequence[str], current: str) -> str:
    """Links to the pages of the sources a record cites."""
    return ", ".join(markup.link(dossier.source_label(s), source_page(s), current) for s in sources)


def position_facts(position: Position) -> str:
    """Date, stance, verb and strength of a position in one phrase (already Markdown)."""
    parts = [f"**{position.date.isoformat()}**" if position.date else "**undated**", position.stance]
    if position.verb:
        parts.append(f"“{markup.text(position.verb)}”")
    if position.strength:
        parts.append(f"({position.strength})")
    return " · ".join(parts)


def position_details(dossier: Dossier, position: Position, current: str) -> str:
    """What the source said, who relayed it, and the evidence."""
    parts = []
    if position.wording:
        parts.append(f"on “{markup.text(position.wording)}”")
    if position.reported_by:
        parts.append(f"reported by {markup.text(position.reported_by)}")
    parts.append(quotes(dossier, position.evidence, current))
    return " — ".join(parts)
