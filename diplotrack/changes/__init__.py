"""How positions change: merging many articles' records, diffs between snapshots, timelines.

- `merge` combines position files into one, pooling sources and evidence and
  reporting every `Conflict`.
- `diff` lists the typed changes between two snapshots; `apply` and `invert`
  make change sets behave like patches.
- `timeline` orders each holder's dated positions per topic; `stance_at`
  answers "what did X hold on day D".

Topics are compared through the vocabulary (see `TopicResolver`).
"""

from diplotrack.changes.canon import normalize
from diplotrack.changes.diffing import diff
from diplotrack.changes.loading import load_position_file
from diplotrack.changes.merging import Conflict, MergeResult, merge
from diplotrack.changes.patching import ApplyError, apply, invert
from diplotrack.changes.render import FORMATS, Format, Names, render_changes, render_conflicts, render_timeline
from diplotrack.changes.timelines import Step, StepKind, Timeline, Track, stance_at, timeline
from diplotrack.changes.topics import TopicResolver, resolver_for
from diplotrack.changes.values import (
    Change,
    ChangeSet,
    LeaderChange,
    PlanChange,
    PositionChange,
    RecordChange,
    VisitChange,
)

__all__ = [
    "FORMATS",
    "ApplyError",
    "Change",
    "ChangeSet",
    "Conflict",
    "Format",
    "LeaderChange",
    "MergeResult",
    "Names",
    "PlanChange",
    "PositionChange",
    "RecordChange",
    "Step",
    "StepKind",
    "Timeline",
    "TopicResolver",
    "Track",
    "VisitChange",
    "apply",
    "diff",
    "invert",
    "load_position_file",
    "merge",
    "normalize",
    "render_changes",
    "render_conflicts",
    "render_timeline",
    "resolver_for",
    "stance_at",
    "timeline",
]
