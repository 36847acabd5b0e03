from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupPermissions")


@_attrs_define
class GroupPermissions:
    """Who may do what in a group. Values seen: `admin`, `user`.

    Attributes:
        interact (str | Unset): Who may react and comment.
        post (str | Unset): Who may post.
    """

    interact: str | Unset = UNSET
    post: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interact = self.interact

        post = self.post

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interact is not UNSET:
            field_dict["interact"] = interact
        if post is not UNSET:
            field_dict["post"] = post

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        interact = d.pop("interact", UNSET)

        post = d.pop("post", UNSET)

        group_permissions = cls(
            interact=interact,
            post=post,
        )

        group_permissions.additional_properties = d
        return group_permissions

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
