"""Visits of an article: a leader's trips to other countries, their hosts, dates and status.

Two sources are merged, one visit per visitor and destination: trips told in a
sentence (`trips`: "arrived in", "will visit", "summit in") and the guests of a
datelined story (`attendance`: foreign leaders acting where the story is set).
Aides get the trip of the leader they travel with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from diplotrack.parse.actors import ArticleActors
from diplotrack.parse.attendance import dateline_visits
from diplotrack.parse.text import Sentence
from diplotrack.parse.trips import Companion, FoundVisit, SentenceVisits, VisitContext, hosts_for

__all__ = ["FoundVisit", "find_visits", "hosts_for"]


def _copy_for_companions(
    visits: list[FoundVisit], companions: Sequence[Companion], actors: ArticleActors
) -> list[FoundVisit]:
    """Aides get the trip of the leader they travel with (the latest one reported by then, or every leg)."""
    copies: list[FoundVisit] = []
    for companion in companions:
        entity = actors.entities[companion.aide]
        if entity.history_only:
            continue
        # The leader's trips in the order the article tells them (dateline visits were found last).
        trips = sorted((visit for visit in visits if visit.visitor == companion.leader), key=lambda v: v.sentence)
        earlier = [visit for visit in trips if visit.sentence <= companion.sentence]
        if not trips:
            continue
        if entity.country is None and entity.organization is None and entity.title is not None:
            # "Finance Minister Simsek, who accompanied the president": an official serves the leader they travel with.
            entity.country = actors.entities[companion.leader].country
        under_way = [trip for trip in earlier if trip.status == "ongoing"] if companion.under_way else []
        if companion.arriving:
            # Only an arrival this sentence tells as under way; else the aide's own or dateline trip stands.
            named = [
                trip
                for trip in trips
                if trip.sentence == companion.sentence and trip.status == "ongoing" and trip.end <= companion.start
            ]
            if not named:
                continue
        else:
            # "accompanied to the Kremlin by": the first leg to the country named, else the latest by then.
            named = [trip for trip in trips if trip.destination == companion.toward]
        latest = named[0] if named else (under_way or earlier or trips)[-1]
        # Each destination once: the leg under way when the aide is named, the others as first told.
        others = {trip.destination: trip for trip in reversed(trips)} if companion.every_leg else {}
        legs = [latest, *(trip for destination, trip in others.items() if destination != latest.destination)]
        copies += [
            attrs.evolve(
                trip, visitor=companion.aide, sentence=companion.sentence, start=companion.start, end=companion.end
            )
            for trip in legs
            # Someone of no country or body may be the host ("accompanied by his host"); one of a body
            # ("WHO Director-General Margaret Chan") travels like the leader does.
            if (entity.country is not None or entity.organization is not None) and entity.country != trip.destination
        ]
    return copies


def find_visits(sentences: Sequence[Sentence], actors: ArticleActors, date: dt.date | None) -> list[FoundVisit]:
    """Visits of the article, one per visitor and destination (the first sentence that reports it)."""
    merged: dict[tuple[str, str], FoundVisit] = {}
    context = VisitContext(event_place=actors.dateline.where if actors.dateline is not None else None)
    explicit: list[FoundVisit] = []
    companions: list[Companion] = []
    for sentence in sentences:
        finder = SentenceVisits(sentence, actors, date, context)
        explicit += finder.run()
        companions += finder.companions
        finder.update()
    placed_by_dateline = dateline_visits(sentences, actors, date)
    # A companion's trip copied from the leader's, with its day, comes before the same person placed by the
    # dateline alone ("Foreign Minister X, who accompanied him, said").
    visits = [*explicit, *_copy_for_companions([*explicit, *placed_by_dateline], companions, actors)]
    visits += placed_by_dateline
    for visit in visits:
        if actors.entities[visit.visitor].history_only:
            continue
        key = (visit.visitor, visit.destination)
        if key not in merged:
            merged[key] = visit
            continue
        first = merged[key]
        if first.sentence == visit.sentence and first.status == "ongoing" and visit.status in ("completed", "planned"):
            # "the last stop on a tour that also took him to Italy": the tour noun says nothing of the leg's
            # tense ("ongoing" is what a trip word gets when nothing else is said); the verb does.
            first = attrs.evolve(first, status=visit.status, date=visit.date)
        if first.place is None and visit.place is not None:
            first = attrs.evolve(first, place=visit.place)
        merged[key] = first
    return list(merged.values())
