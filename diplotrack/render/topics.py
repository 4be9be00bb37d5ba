"""A page per topic: who stands where now, and how that moved, with a chart."""

from __future__ import annotations

from diplotrack.models import Stance
from diplotrack.render import markup
from diplotrack.render.chart import Lane, Mark, stance_chart
from diplotrack.render.dossier import Dossier
from diplotrack.render.evidence import position_details, position_facts
from diplotrack.render.timeline import Step

_GROUPS: tuple[tuple[Stance, str], ...] = (("support", "Supports"), ("oppose", "Opposes"), ("neutral", "Neutral"))


def topic_pages(dossier: Dossier, topic_id: str, steps: dict[tuple[str, str], list[Step]]) -> dict[str, str]:
    """The topic's Markdown page and its chart, keyed by path below the docs root."""
    here = f"topics/{topic_id}.md"
    topic = dossier.topic(topic_id)
    histories = sorted(
        ((dossier.holder(holder), history) for (holder, topic_key), history in steps.items() if topic_key == topic_id),
        key=lambda pair: (pair[0].name.casefold(), pair[0].reference),
    )
    body: list[str] = [f"Topic id `{topic_id}`", ""]
    if topic.aliases:
        body += ["Also called: " + ", ".join(markup.text(alias) for alias in topic.aliases), ""]
    known_pages = set(dossier.topic_ids())
    broader = [
        markup.link(dossier.topic(b).label, f"topics/{b}.md", here)
        if b in known_pages
        else markup.text(dossier.topic(b).label)
        for b in topic.broader
    ]
    if broader:
        body += ["Part of: " + ", ".join(broader), ""]
    body += ["## Where holders stand", ""]
    if not histories:
        body += ["No position on this topic is recorded.", ""]
    for stance, title in _GROUPS:
        members = [(holder, history) for holder, history in histories if history[-1].position.stance == stance]
        if members:
            body += [f"### {title}", ""]
            for holder, history in members:
                last = history[-1].position
                since = f"stated {last.date.isoformat()}" if last.date else "undated"
                count = markup.plural(len(history), "statement")
                body.append(f"- {markup.link(holder.name, holder.page, here)} · {since} · {count}")
            body.append("")
    lanes = [
        Lane(
            holder.name,
            tuple(Mark(s.position.date, s.position.stance, s.position.verb or "") for s in history if s.position.date),
        )
        for holder, history in histories
    ]
    chart_path = f"topics/{topic_id}.svg"
    body += ["## Over time", "", f"![Stance over time: {markup.text(topic.label)}]({topic_id}.svg)", ""]
    for holder, history in histories:
        body += [f"### {markup.link(holder.name, holder.page, here)}", ""]
        for step in history:
            body.append(
                f"1. {position_facts(step.position)} · *{step.kind}* — {position_details(dossier, step.position, here)}"
            )
        body.append("")
    return {here: markup.page(topic.label, body), chart_path: stance_chart(topic.label, lanes)}
