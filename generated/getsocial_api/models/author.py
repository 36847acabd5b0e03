from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_user import CommunityUser


T = TypeVar("T", bound="Author")


@_attrs_define
class Author:
    """Author of an activity or a reaction.

    Attributes:
        is_app (bool | Unset): Whether the app itself is the author.
        is_verified (bool | Unset): Whether the author is verified.
        user (CommunityUser | Unset): A user as third-party code reads it from the communities endpoints.
    """

    is_app: bool | Unset = UNSET
    is_verified: bool | Unset = UNSET
    user: CommunityUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_app = self.is_app

        is_verified = self.is_verified

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_app is not UNSET:
            field_dict["is_app"] = is_app
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.community_user import CommunityUser

        d = dict(src_dict)
        is_app = d.pop("is_app", UNSET)

        is_verified = d.pop("is_verified", UNSET)

        _user = d.pop("user", UNSET)
        user: CommunityUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CommunityUser.from_dict(_user)

        author = cls(
            is_app=is_app,
            is_verified=is_verified,
            user=user,
        )

        author.additional_properties = d
        return author

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
