from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="GroupSearchRequest")


@_attrs_define
class GroupSearchRequest(LazyModel):
    """Body of the group search. Only `app_id` has been observed.

    Attributes:
        app_id (str): App to search in.
        limit (int | Unset): GUESS: page size, if paging is done in the body.
        next_cursor (str | Unset): GUESS: cursor from the previous page, if paging is in the body.
    """

    app_id: str
    limit: int | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        limit = self.limit

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from a JSON object, checking every value now, nested ones included."""
        model = cls._from_json(dict(src_dict))
        model._read_all_fields()
        return model

    @classmethod
    def _from_json(cls, json_object: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; each field is built from it when first read."""
        if not isinstance(json_object, dict):
            json_object = dict(json_object)
        if "app_id" not in json_object:
            raise KeyError("app_id")
        model = object.__new__(cls)
        object.__setattr__(model, "_json", json_object)
        return model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_fields(model_instance__: GroupSearchRequest, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "app_id", json_object__["app_id"])
    set_field__(model_instance__, "limit", json_object__.get("limit", UNSET))
    set_field__(model_instance__, "next_cursor", json_object__.get("next_cursor", UNSET))
    if _KNOWN_KEYS.issuperset(json_object__):
        set_field__(model_instance__, "additional_properties", {})
    else:
        set_field__(
            model_instance__,
            "additional_properties",
            {key: value for key, value in json_object__.items() if key not in _KNOWN_KEYS},
        )
    set_field__(model_instance__, "_json", None)


_KNOWN_KEYS = frozenset(
    (
        "app_id",
        "limit",
        "next_cursor",
    )
)
GroupSearchRequest._read_fields = _read_fields
GroupSearchRequest._field_names = frozenset(
    (
        "app_id",
        "limit",
        "next_cursor",
        "additional_properties",
    )
)
