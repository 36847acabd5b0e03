from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SmartInvite")


@_attrs_define
class SmartInvite(LazyModel):
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
        """Build the model from a JSON object, checking every value now, nested ones included."""
        model = cls._from_json(dict(src_dict))
        model._read_all_fields()
        return model

    @classmethod
    def _from_json(cls, json_object: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; each field is built from it when first read."""
        if not isinstance(json_object, dict):
            json_object = dict(json_object)
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


def _read_fields(model_instance__: SmartInvite, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "invite_url", json_object__.get("invite_url", UNSET))
    set_field__(model_instance__, "token", json_object__.get("token", UNSET))
    set_field__(model_instance__, "copycode", json_object__.get("copycode", UNSET))
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
        "invite_url",
        "token",
        "copycode",
    )
)
SmartInvite._read_fields = _read_fields
SmartInvite._field_names = frozenset(
    (
        "invite_url",
        "token",
        "copycode",
        "additional_properties",
    )
)
