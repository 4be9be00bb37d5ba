"""diplotrack: typed records of what leaders say, where they go and what they propose."""

from diplotrack._version import __version__
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

__all__ = [
    "AnnotatedArticle",
    "DiplotrackError",
    "Evidence",
    "Leader",
    "LocatedError",
    "Organization",
    "Plan",
    "PlanItem",
    "Position",
    "PositionFile",
    "Role",
    "Source",
    "Topic",
    "Visit",
    "__version__",
]
