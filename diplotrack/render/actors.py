"""A page per leader, organisation and acting country."""

from __future__ import annotations

from diplotrack.render import markup
from diplotrack.render.dossier import Dossier, Holder, country_label, plan_title, visit_title
from diplotrack.render.evidence import STANCE_VERBS, position_details, position_facts
from diplotrack.render.timeline import Step


def holder_page(dossier: Dossier, holder: Holder, steps: dict[tuple[str, str], list[Step]]) -> str:
    """Roles, visits, plans and positions of one holder."""
    here = holder.page
    body: list[str] = []
    body.extend(_identity(dossier, holder))
    body.extend(_roles(dossier, holder, here))
    body.extend(_visits(dossier, holder, here))
    body.extend(_plans(dossier, holder, here))
    body.extend(_positions(dossier, holder, here, steps))
    return markup.page(holder.name, body)


def _identity(dossier: Dossier, holder: Holder) -> list[str]:
    kind = {"leader": "Leader", "organization": "Organisation", "country": "Country"}[holder.kind]
    lines = [f"{kind} · id `{holder.reference}`", ""]
    record = dossier.leaders.get(holder.reference) or dossier.organizations.get(holder.reference)
    if record is not None and record.aliases:
        lines += ["Also called: " + ", ".join(markup.text(alias) for alias in record.aliases), ""]
    leader = dossier.leaders.get(holder.reference)
    if leader is not None and leader.wikidata:
        lines += [
            f"Wikidata: {markup.external_link(leader.wikidata, f'https://www.wikidata.org/wiki/{leader.wikidata}')}",
            "",
        ]
    organization = dossier.organizations.get(holder.reference)
    if organization is not None:
        where = f" in {markup.text(country_label(organization.country))}" if organization.country else ""
        lines += [f"Kind: {organization.kind}{where}", ""]
    return lines


def _roles(dossier: Dossier, holder: Holder, here: str) -> list[str]:
    leader = dossier.leaders.get(holder.reference)
    if holder.kind == "country":
        members = [
            markup.link(leader.name, dossier.holder(leader.id).page, here)
            for leader in sorted(dossier.leaders.values(), key=lambda item: (item.name.casefold(), item.id))
            if any(role.country == holder.reference for role in leader.roles)
        ]
        return ["## Leaders", "", *(f"- {member}" for member in members), ""] if members else []
    if leader is None or not leader.roles:
        return []
    rows = []
    for role in leader.roles:
        seat = role.country or role.organization or ""
        seat_holder = dossier.holder(seat)
        rows.append(
            [
                markup.cell(role.title),
                markup.link(seat_holder.name, seat_holder.page, here),
                role.start.isoformat() if role.start else "",
                role.end.isoformat() if role.end else ("in office" if role.start else ""),
            ]
        )
    return ["## Roles", "", *markup.table(["Title", "Of", "From", "To"], rows), ""]


def _visits(dossier: Dossier, holder: Holder, here: str) -> list[str]:
    lines = []
    for visit in dossier.visits:
        roles = []
        if holder.reference in visit.visitors:
            roles.append("visitor")
        if holder.reference in visit.hosts:
            roles.append("host")
        if holder.kind == "country" and visit.destination == holder.reference:
            roles.append("destination")
        if roles:
            when = visit.start or "date unknown"
            link = markup.link(visit_title(visit, dossier), f"visits/{visit.id}.md", here)
            lines.append(f"1. {when} · {link} · {visit.status} · as {' and '.join(roles)}")
    return ["## Visits", "", *lines, ""] if lines else []


def _plans(dossier: Dossier, holder: Holder, here: str) -> list[str]:
    lines = []
    for heading, plans in (
        ("Plans proposed", [p for p in dossier.plans if p.proposer == holder.reference]),
        ("Plans endorsed", [p for p in dossier.plans if holder.reference in p.endorsers]),
    ):
        if plans:
            lines += [f"## {heading}", ""]
            for plan in plans:
                when = plan.date.isoformat() if plan.date else "undated"
                link = markup.link(plan_title(plan), f"plans/{plan.id}.md", here)
                lines.append(f"- {when} · {link} · {plan.status} · {markup.plural(len(plan.items), 'item')}")
            lines.append("")
    return lines


def _positions(dossier: Dossier, holder: Holder, here: str, steps: dict[tuple[str, str], list[Step]]) -> list[str]:
    topics = [topic_id for topic_id in dossier.topic_ids() if (holder.reference, topic_id) in steps]
    if not topics:
        return []
    lines = ["## Positions", ""]
    for topic_id in topics:
        topic = dossier.topic(topic_id)
        history = steps[(holder.reference, topic_id)]
        latest = history[-1].position.stance
        count = markup.plural(len(history), "statement")
        lines += [
            f"### {markup.link(topic.label, f'topics/{topic_id}.md', here)}",
            "",
            f"{markup.text(holder.name)} {STANCE_VERBS[latest]} this (latest of {count}).",
            "",
        ]
        for step in history:
            facts = position_facts(step.position)
            lines.append(f"1. {facts} · *{step.kind}* — {position_details(dossier, step.position, here)}")
        lines.append("")
    return lines
