from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartInvite")


@_attrs_define
class SmartInvite:
    """GUESS: a created Smart Invite, from the fields of GetSocial's internal create-invite response.

    Attributes:
        invite_url (str | Unset): URL to share with the invited person.
        token (str | Unset): Invite token.
        copycode (str | Unset): Text for the invited person to copy (meaning not confirmed).
    """

    invite_url: str | Unset = UNSET
    token: str | Unset = UNSET
    copycode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_url = self.invite_url

        token = self.token

        copycode = self.copycode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invite_url is not UNSET:
            field_dict["invite_url"] = invite_url
        if token is not UNSET:
            field_dict["token"] = token
        if copycode is not UNSET:
            field_dict["copycode"] = copycode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invite_url = d.pop("invite_url", UNSET)

        token = d.pop("token", UNSET)

        copycode = d.pop("copycode", UNSET)

        smart_invite = cls(
            invite_url=invite_url,
            token=token,
            copycode=copycode,
        )

        smart_invite.additional_properties = d
        return smart_invite

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
