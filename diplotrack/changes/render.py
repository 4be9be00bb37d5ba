"""Showing change sets, timelines and merge conflicts as text, JSON or Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel

from diplotrack.changes.merging import Conflict
from diplotrack.changes.timelines import Timeline, Track
from diplotrack.changes.values import (
    Change,
    ChangeSet,
    LeaderChange,
    PlanChange,
    PositionChange,
    RecordChange,
    VisitChange,
)
from diplotrack.models import Evidence, Position, Role, Visit

Format = Literal["text", "json", "markdown"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown")
ARROW = "→"


class Names:
    """Display names for holders and topics; ids stand in for anything unnamed."""

    def __init__(self, holders: Mapping[str, str] | None = None, topics: Mapping[str, str] | None = None) -> None:
        self.holders = dict(holders or {})
        self.topics = dict(topics or {})

    def holder(self, holder: str) -> str:
        """A holder's name, or its id."""
        return self.holders.get(holder, holder)

    def topic(self, topic: str) -> str:
        """A topic's label, or its id."""
        return self.topics.get(topic, topic)


def _day(value: object) -> str:
    return "undated" if value is None else str(value)


def _stance(position: Position) -> str:
    return f"{position.stance} ({position.strength})" if position.strength else position.stance


def _role(role: Role) -> str:
    seat = role.country or role.organization
    span = f"from {role.start}" if role.start else ""
    if role.end:
        span = f"{span} to {role.end}".strip()
    return f"{role.title} of {seat}" + (f" ({span})" if span else "")


def _visit(visit: Visit) -> str:
    when = visit.start or "undated"
    if visit.end and visit.end != visit.start:
        when = f"{when}..{visit.end}"
    return f"{', '.join(visit.visitors)} {ARROW} {visit.destination}, {when}, {visit.status}"


def subject(change: Change, names: Names) -> str:
    """Which record a change is about, as people say it."""
    if isinstance(change, PositionChange):
        return f"{names.holder(change.holder)} · {names.topic(change.topic)}"
    if isinstance(change, LeaderChange):
        return names.holder(change.leader_id)
    if isinstance(change, VisitChange):
        return f"visit {change.visit_id}"
    if isinstance(change, PlanChange):
        return f"plan {change.plan_id}"
    return f"{change.record_collection[:-1]} {change.record_id}"


def summary(change: Change) -> str:
    """What changed, in one line without the subject.

    Examples:
        >>> import datetime as dt
        >>> old = Position(holder="x", topic="t", stance="neutral", date=dt.date(2017, 2, 15))
        >>> new = Position(holder="x", topic="t", stance="support", date=dt.date(2018, 9, 26))
        >>> summary(PositionChange("shifted", "x", "t", (old,), (new,)))
        'neutral → support (2017-02-15 → 2018-09-26)'
    """
    if isinstance(change, PositionChange):
        return _position_summary(change)
    if isinstance(change, VisitChange):
        return _visit_summary(change)
    if isinstance(change, PlanChange):
        return _plan_summary(change)
    if isinstance(change, LeaderChange):
        if change.kind in ("new", "removed"):
            return change.kind
        if change.role is not None:
            return f"{change.kind}: {_role(change.role)}"
        return "amended (name, aliases or Wikidata id)"
    return change.kind


def _position_summary(change: PositionChange) -> str:
    old, new = change.latest_before, change.latest_after
    if old is None and new is not None:
        return f"new: {_stance(new)} ({_day(new.date)})"
    if new is None and old is not None:
        return f"dropped (was {_stance(old)}, {_day(old.date)})"
    assert old is not None and new is not None
    dates = f"({_day(old.date)} {ARROW} {_day(new.date)})"
    if change.kind in ("reversed", "shifted"):
        return f"{old.stance} {ARROW} {new.stance} {dates}"
    if change.kind in ("hardened", "softened"):
        return f"{change.kind}: {_stance(old)} {ARROW} {_stance(new)} {dates}"
    if change.kind == "reworded":
        return f"reworded: {old.wording or '(no wording)'!r} {ARROW} {new.wording or '(no wording)'!r} {dates}"
    return f"{new.stance} {change.kind} {dates}"


def _visit_summary(change: VisitChange) -> str:
    old, new = change.before, change.after
    if old is None or new is None:
        shown = new or old
        assert shown is not None
        return f"{change.kind} ({_visit(shown)})"
    if change.kind == "status-changed":
        return f"status {old.status} {ARROW} {new.status}"
    if change.kind == "dates-changed":
        return f"dates {_visit_dates(old)} {ARROW} {_visit_dates(new)}"
    if change.kind == "hosts-changed":
        return f"hosts {', '.join(sorted(old.hosts)) or '(none)'} {ARROW} {', '.join(sorted(new.hosts)) or '(none)'}"
    return "amended: " + ", ".join(
        _changed_fields(old, new, ("visitors", "destination", "places", "purpose", "sources", "evidence"))
    )


def _changed_fields(old: BaseModel, new: BaseModel, fields: Sequence[str]) -> list[str]:
    # Lists compare as sets here: an order-only difference is no change (see diplotrack.changes.canon).
    def value(model: BaseModel, field: str) -> object:
        found = getattr(model, field)
        return sorted(map(repr, found)) if isinstance(found, list) and field != "items" else found

    return [field for field in fields if value(old, field) != value(new, field)] or ["list order"]


def _visit_dates(visit: Visit) -> str:
    if visit.start is None and visit.end is None:
        return "undated"
    return f"{visit.start or '?'}..{visit.end}" if visit.end and visit.end != visit.start else str(visit.start)


def _plan_summary(change: PlanChange) -> str:
    old, new = change.before, change.after
    if old is None or new is None:
        shown = new or old
        assert shown is not None
        return f"{change.kind} ({shown.name or 'unnamed'}, {len(shown.items)} items, {shown.status})"
    if change.kind == "status-changed":
        return f"status {old.status} {ARROW} {new.status}"
    if change.kind == "amended":
        return "amended: " + ", ".join(
            _changed_fields(old, new, ("proposer", "name", "date", "sources", "evidence", "items"))
        )
    label = change.kind.replace("-", " ")
    return f"{label}: " + "; ".join(change.detail)


def _evidence_lines(change: Change) -> list[tuple[str, Evidence]]:
    if isinstance(change, LeaderChange | RecordChange):
        return []
    lines = [("before", e) for e in change.evidence_before]
    lines += [("after", e) for e in change.evidence_after if e not in change.evidence_before]
    return lines


def _quote(evidence: Evidence, limit: int = 100) -> str:
    text = " ".join(evidence.quote.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_changes(changes: ChangeSet, fmt: Format = "text", names: Names | None = None) -> str:
    """A change set as text (one line per change), JSON or Markdown."""
    names = names or Names()
    if fmt == "json":
        return _json({"counts": changes.counts(), "changes": [_change_json(c, names) for c in changes]})
    if fmt == "markdown":
        return _changes_markdown(changes, names)
    lines = []
    for change in changes:
        lines.append(f"{subject(change, names)}: {summary(change)}")
        for side, evidence in _evidence_lines(change):
            where = f"{evidence.source} {evidence.start}:{evidence.end}"
            lines.append(f'    {side + ":":7} "{_quote(evidence)}" [{where}]')
    if not lines:
        return "no changes\n"
    return "\n".join(lines) + "\n"


def _dump(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, tuple):
        return [_dump(v) for v in value]
    return value.model_dump(mode="json", exclude_none=True)


def _change_json(change: Change, names: Names) -> dict[str, Any]:
    data: dict[str, Any] = {
        "collection": change.collection,
        "kind": change.kind_name,
        "record": list(change.record_key),
        "subject": subject(change, names),
        "summary": summary(change),
    }
    if isinstance(change, PlanChange) and change.detail:
        data["detail"] = list(change.detail)
    if isinstance(change, LeaderChange) and change.role is not None:
        data["role"] = _dump(change.role)
    if not isinstance(change, LeaderChange | RecordChange):
        data["evidence_before"] = [_dump(e) for e in change.evidence_before]
        data["evidence_after"] = [_dump(e) for e in change.evidence_after]
    data["before"] = _dump(change.before)
    data["after"] = _dump(change.after)
    return data


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def _md(text: str) -> str:
    for char in "\\`*_[]|<>":
        text = text.replace(char, "\\" + char)
    return text


def _changes_markdown(changes: ChangeSet, names: Names) -> str:
    if not changes:
        return "No changes.\n"
    lines: list[str] = []
    current = ""
    for change in changes:
        if change.collection != current:
            current = change.collection
            if lines:
                lines.append("")
            lines += [f"## {current.capitalize()}", ""]
        lines.append(f"- **{_md(subject(change, names))}**: {_md(summary(change))}")
        for side, evidence in _evidence_lines(change):
            where = f"{_md(evidence.source)} {evidence.start}:{evidence.end}"
            lines.append(f"  - {side}: “{_md(_quote(evidence))}” ({where})")
    return "\n".join(lines) + "\n"


def render_timeline(found: Timeline, fmt: Format = "text") -> str:
    """A timeline as text (a block per track), JSON or Markdown."""
    names = Names(found.holder_names, found.topic_labels)
    if fmt == "json":
        return _json({"tracks": [_track_json(track, names) for track in found]})
    if fmt == "markdown":
        return _timeline_markdown(found.tracks, names)
    lines: list[str] = []
    for track in found:
        if lines:
            lines.append("")
        lines.append(f"{names.holder(track.holder)} · {names.topic(track.topic)}")
        for step in track.steps:
            first = step.evidence[0] if step.evidence else None
            cite = f'  "{_quote(first, 70)}" [{first.source}]' if first else ""
            lines.append(f"  {step.date}  {_stance(step.position):20} {step.kind:11}{cite}".rstrip())
    if not lines:
        return "no dated positions\n"
    return "\n".join(lines) + "\n"


def _track_json(track: Track, names: Names) -> dict[str, Any]:
    return {
        "holder": track.holder,
        "holder_name": names.holder(track.holder),
        "topic": track.topic,
        "topic_label": names.topic(track.topic),
        "steps": [
            {
                "date": str(step.date),
                "kind": step.kind,
                "stance": step.stance,
                **({"strength": step.position.strength} if step.position.strength else {}),
                **({"wording": step.position.wording} if step.position.wording else {}),
                "evidence": [_dump(e) for e in step.evidence],
            }
            for step in track.steps
        ],
    }


def _timeline_markdown(tracks: Sequence[Track], names: Names) -> str:
    if not tracks:
        return "No dated positions.\n"
    lines: list[str] = []
    for track in tracks:
        if lines:
            lines.append("")
        lines += [
            f"## {_md(names.holder(track.holder))} · {_md(names.topic(track.topic))}",
            "",
            "| Date | Stance | Change | Evidence |",
            "| --- | --- | --- | --- |",
        ]
        for step in track.steps:
            cite = "<br>".join(f"“{_md(_quote(e, 70))}” ({_md(e.source)})" for e in step.evidence)
            lines.append(f"| {step.date} | {_md(_stance(step.position))} | {step.kind} | {cite} |")
    return "\n".join(lines) + "\n"


def render_conflicts(conflicts: Iterable[Conflict]) -> str:
    """One line per conflict."""
    return "".join(f"conflict: {conflict}\n" for conflict in conflicts)
