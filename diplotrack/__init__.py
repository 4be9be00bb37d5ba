"""diplotrack: typed records of what leaders say, where they go and what they propose."""

from diplotrack._version import __version__
from diplotrack.changes import ChangeSet, MergeResult, diff, merge, stance_at, timeline
from diplotrack.errors import DiplotrackError, LocatedError
from diplotrack.models import (
    AnnotatedArticle,
    Evidence,
    Leader,
    Organization,
    Plan,
    PlanItem,
    Position,
    PositionFile,
    Role,
    Source,
    Topic,
    Visit,
)
from diplotrack.parse import Extraction, parse_article, parse_articles
from diplotrack.validate import Report, validate_paths

__all__ = [
    "AnnotatedArticle",
    "ChangeSet",
    "DiplotrackError",
    "Evidence",
    "Extraction",
    "Leader",
    "LocatedError",
    "MergeResult",
    "Organization",
    "Plan",
    "PlanItem",
    "Position",
    "PositionFile",
    "Report",
    "Role",
    "Source",
    "Topic",
    "Visit",
    "__version__",
    "diff",
    "merge",
    "parse_article",
    "parse_articles",
    "stance_at",
    "timeline",
    "validate_paths",
]
