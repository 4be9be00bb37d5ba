"""The plain data written to a file for a model: no nulls, no empty optional lists."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


def file_data(model: BaseModel) -> dict[str, Any]:
    """``model`` as JSON-ready data, leaving out unset values and empty lists a reader would default anyway.

    Required fields are always written, even when empty, so the file still
    validates and says what it means ("plans: []" in a gold file is a claim).
    """
    data = model.model_dump(mode="json", exclude_none=True)
    _prune(model, data)
    return data


def _prune(model: BaseModel, data: dict[str, Any]) -> None:
    for name, field in type(model).model_fields.items():
        if name not in data:
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            _prune(value, data[name])
        elif isinstance(value, list | tuple):
            if not value and not field.is_required():
                del data[name]
                continue
            for item, dumped in zip(value, data[name], strict=True):
                if isinstance(item, BaseModel):
                    _prune(item, dumped)
