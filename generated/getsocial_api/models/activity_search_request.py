from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_search_request_with_polls import ActivitySearchRequestWithPolls
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.target import Target


T = TypeVar("T", bound="ActivitySearchRequest")


@_attrs_define
class ActivitySearchRequest:
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
        from ..models.target import Target

        d = dict(src_dict)
        app_id = d.pop("app_id")

        status = d.pop("status", UNSET)

        _target = d.pop("target", UNSET)
        target: Target | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = Target.from_dict(_target)

        _with_polls = d.pop("withPolls", UNSET)
        with_polls: ActivitySearchRequestWithPolls | Unset
        if isinstance(_with_polls, Unset):
            with_polls = UNSET
        else:
            with_polls = ActivitySearchRequestWithPolls(_with_polls)

        limit = d.pop("limit", UNSET)

        next_cursor = d.pop("next_cursor", UNSET)

        activity_search_request = cls(
            app_id=app_id,
            status=status,
            target=target,
            with_polls=with_polls,
            limit=limit,
            next_cursor=next_cursor,
        )

        activity_search_request.additional_properties = d
        return activity_search_request

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
