"""Problems found in a file: where, what, and a stable type code."""

from __future__ import annotations

import attrs

PathItem = str | int


@attrs.frozen(order=True)
class Problem:
    """One thing wrong with one value of a document.

    ``path`` walks from the document root to the value (``("positions", 3,
    "holder")``); ``type`` is a stable code users can filter on.
    """

    path: tuple[PathItem, ...]
    message: str
    type: str

    @property
    def dotted_path(self) -> str:
        """The path as users write it: ``positions[3].holder``.

        Examples:
            >>> Problem(("positions", 3, "holder"), "m", "t").dotted_path
            'positions[3].holder'
        """
        text = ""
        for item in self.path:
            text += f"[{item}]" if isinstance(item, int) else (f".{item}" if text else item)
        return text or "(document)"
