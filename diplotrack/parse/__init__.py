"""Article parser: English news text -> leaders, visits, plans and positions with evidence."""

from diplotrack.parse.extraction import Extraction
from diplotrack.parse.pipeline import parse_article, parse_articles

__all__ = ["Extraction", "parse_article", "parse_articles"]
