from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_search_request_with_polls import ActivitySearchRequestWithPolls
from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ActivitySearchRequest")


@_attrs_define
class ActivitySearchRequest(LazyModel):
    """Body of the activity search, with the fields a third-party client sent.

    Attributes:
        app_id (str): App to search in.
        status (str | Unset): Only activities with this status; `approved` was sent.
        target (Target | Unset): A feed or entity that an activity belongs to or is searched in. Communities calls use
            lower-case types (`group`, `activity`, `topic`, `user`); the legacy calls used upper-case `ACTIVITY`.
        with_polls (ActivitySearchRequestWithPolls | Unset): Poll filter, camelCase as observed. `onlyWithoutPolls` was
            sent; the other values come from GetSocial's SDK.
        limit (int | Unset): GUESS: page size, if paging is done in the body.
        next_cursor (str | Unset): GUESS: cursor from the previous page, if paging is in the body.
    """

    app_id: str
    status: str | Unset = UNSET
    target: Target | Unset = UNSET
    with_polls: ActivitySearchRequestWithPolls | Unset = UNSET
    limit: int | Unset = UNSET
    next_cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        status = self.status

        target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.to_dict()

        with_polls: str | Unset = UNSET
        if not isinstance(self.with_polls, Unset):
            with_polls = self.with_polls.value

        limit = self.limit

        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if target is not UNSET:
            field_dict["target"] = target
        if with_polls is not UNSET:
            field_dict["withPolls"] = with_polls
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


def _read_fields(model_instance__: ActivitySearchRequest, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "app_id", json_object__["app_id"])
    set_field__(model_instance__, "status", json_object__.get("status", UNSET))
    _target = json_object__.get("target", UNSET)
    target: Target | Unset
    if isinstance(_target, Unset):
        target = UNSET
    else:
        target = Target._from_json(_target)

    set_field__(model_instance__, "target", target)
    _with_polls = json_object__.get("withPolls", UNSET)
    with_polls: ActivitySearchRequestWithPolls | Unset
    if isinstance(_with_polls, Unset):
        with_polls = UNSET
    else:
        with_polls = ActivitySearchRequestWithPolls(_with_polls)

    set_field__(model_instance__, "with_polls", with_polls)
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
        "status",
        "target",
        "withPolls",
        "limit",
        "next_cursor",
    )
)
ActivitySearchRequest._read_fields = _read_fields
ActivitySearchRequest._field_names = frozenset(
    (
        "app_id",
        "status",
        "target",
        "with_polls",
        "limit",
        "next_cursor",
        "additional_properties",
    )
)

from ..models.target import Target
