from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_identity import MemberIdentity


T = TypeVar("T", bound="GroupMembersAddRequest")


@_attrs_define
class GroupMembersAddRequest:
    """Body of the add-group-members call, as a third-party script sent it.

    Attributes:
        app_id (str): App the group belongs to.
        group_id (str): Group to add the users to.
        users (list[MemberIdentity]): Users to add, named by auth identity.
        role (str | Unset): Role to give; `admin` was sent.
        status (str | Unset): Membership status to set; `approved` was sent.
    """

    app_id: str
    group_id: str
    users: list[MemberIdentity]
    role: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        group_id = self.group_id

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        role = self.role

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "group_id": group_id,
                "users": users,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.member_identity import MemberIdentity

        d = dict(src_dict)
        app_id = d.pop("app_id")

        group_id = d.pop("group_id")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = MemberIdentity.from_dict(users_item_data)

            users.append(users_item)

        role = d.pop("role", UNSET)

        status = d.pop("status", UNSET)

        group_members_add_request = cls(
            app_id=app_id,
            group_id=group_id,
            users=users,
            role=role,
            status=status,
        )

        group_members_add_request.additional_properties = d
        return group_members_add_request

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
