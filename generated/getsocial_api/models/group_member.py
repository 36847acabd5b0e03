from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_user import CommunityUser
    from ..models.membership import Membership


T = TypeVar("T", bound="GroupMember")


@_attrs_define
class GroupMember:
    """A member of a group.

    Attributes:
        user (CommunityUser | Unset): A user as third-party code reads it from the communities endpoints.
        membership (Membership | Unset): A user's membership of a group.
    """

    user: CommunityUser | Unset = UNSET
    membership: Membership | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        membership: dict[str, Any] | Unset = UNSET
        if not isinstance(self.membership, Unset):
            membership = self.membership.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if membership is not UNSET:
            field_dict["membership"] = membership

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.community_user import CommunityUser
        from ..models.membership import Membership

        d = dict(src_dict)
        _user = d.pop("user", UNSET)
        user: CommunityUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = CommunityUser.from_dict(_user)

        _membership = d.pop("membership", UNSET)
        membership: Membership | Unset
        if isinstance(_membership, Unset):
            membership = UNSET
        else:
            membership = Membership.from_dict(_membership)

        group_member = cls(
            user=user,
            membership=membership,
        )

        group_member.additional_properties = d
        return group_member

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
