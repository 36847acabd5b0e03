from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="GroupMembersAddRequest")


@_attrs_define
class GroupMembersAddRequest(LazyModel):
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
        if "group_id" not in json_object:
            raise KeyError("group_id")
        if "users" not in json_object:
            raise KeyError("users")
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


def _read_fields(model_instance__: GroupMembersAddRequest, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "app_id", json_object__["app_id"])
    set_field__(model_instance__, "group_id", json_object__["group_id"])
    users = []
    _users = json_object__["users"]
    for users_item_data in _users:
        users_item = MemberIdentity._from_json(users_item_data)

        users.append(users_item)

    set_field__(model_instance__, "users", users)
    set_field__(model_instance__, "role", json_object__.get("role", UNSET))
    set_field__(model_instance__, "status", json_object__.get("status", UNSET))
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
        "group_id",
        "users",
        "role",
        "status",
    )
)
GroupMembersAddRequest._read_fields = _read_fields
GroupMembersAddRequest._field_names = frozenset(
    (
        "app_id",
        "group_id",
        "users",
        "role",
        "status",
        "additional_properties",
    )
)

from ..models.member_identity import MemberIdentity
