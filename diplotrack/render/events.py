"""A page per visit and per plan."""

from __future__ import annotations

from collections.abc import Sequence

from diplotrack.models import Plan, Visit
from diplotrack.render import markup
from diplotrack.render.dossier import Dossier, plan_title, visit_title
from diplotrack.render.evidence import quote, quotes, source_links


def _holders(dossier: Dossier, references: Sequence[str], here: str) -> str:
    return (
        ", ".join(markup.link(dossier.holder(r).name, dossier.holder(r).page, here) for r in references)
        or "none recorded"
    )


def visit_page(dossier: Dossier, visit: Visit) -> str:
    """Who went where, when, who hosted, how it stands, and the evidence."""
    here = f"visits/{visit.id}.md"
    if visit.start and visit.end and visit.end != visit.start:
        when = f"{visit.start} to {visit.end}"
    else:
        when = visit.start or "unknown"
    rows = [
        ["Visitors", _holders(dossier, visit.visitors, here)],
        ["Destination", _holders(dossier, [visit.destination], here)],
        ["Places", markup.cell(", ".join(visit.places)) if visit.places else "not recorded"],
        ["Hosts", _holders(dossier, visit.hosts, here)],
        ["Dates", when],
        ["Status", visit.status],
    ]
    if visit.purpose:
        rows.append(["Purpose", markup.cell(visit.purpose)])
    if visit.sources:
        rows.append(["Sources", source_links(dossier, visit.sources, here)])
    body = [f"Visit id `{visit.id}`", "", *markup.table(["Field", "Value"], rows), ""]
    body += ["## Evidence", "", quotes(dossier, visit.evidence, here), ""]
    return markup.page(visit_title(visit, dossier), body)


def plan_page(dossier: Dossier, plan: Plan) -> str:
    """A plan's proposer, status, endorsers and items in order, each with its evidence."""
    here = f"plans/{plan.id}.md"
    proposer = dossier.holder(plan.proposer)
    rows = [
        ["Proposed by", markup.link(proposer.name, proposer.page, here)],
        ["Date", plan.date.isoformat() if plan.date else "unknown"],
        ["Status", plan.status],
        ["Endorsed by", _holders(dossier, plan.endorsers, here)],
    ]
    if plan.sources:
        rows.append(["Sources", source_links(dossier, plan.sources, here)])
    body = [f"Plan id `{plan.id}`", "", *markup.table(["Field", "Value"], rows), "", "## Items", ""]
    for item in plan.items:
        evidence = f" — {quote(dossier, item.evidence, here)}" if item.evidence else ""
        body.append(f"1. {markup.text(item.text)}{evidence}")
    if not plan.items:
        body.append("No items recorded.")
    body += ["", "## Evidence", "", quotes(dossier, plan.evidence, here), ""]
    return markup.page(plan_title(plan), body)
