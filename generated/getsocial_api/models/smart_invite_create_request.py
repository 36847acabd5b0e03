from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SmartInviteCreateRequest")


@_attrs_define
class SmartInviteCreateRequest(LazyModel):
    """GUESS: body of the create-Smart-Invite call, from the fields of GetSocial's internal create-invite request, in
    snake_case.

        Attributes:
            provider_id (str): Invite channel, for example `email`, `sms`, `whatsapp` or `nativeshare`.
            type_ (str | Unset): Invite type (meaning not known).
            content (InviteContent | Unset): GUESS: what the invite message shows.
    """

    provider_id: str
    type_: str | Unset = UNSET
    content: InviteContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        type_ = self.type_

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider_id": provider_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

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
        if "provider_id" not in json_object:
            raise KeyError("provider_id")
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


def _read_fields(model_instance__: SmartInviteCreateRequest, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "provider_id", json_object__["provider_id"])
    set_field__(model_instance__, "type_", json_object__.get("type", UNSET))
    _content = json_object__.get("content", UNSET)
    content: InviteContent | Unset
    if isinstance(_content, Unset):
        content = UNSET
    else:
        content = InviteContent._from_json(_content)

    set_field__(model_instance__, "content", content)
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
        "provider_id",
        "type",
        "content",
    )
)
SmartInviteCreateRequest._read_fields = _read_fields
SmartInviteCreateRequest._field_names = frozenset(
    (
        "provider_id",
        "type_",
        "content",
        "additional_properties",
    )
)

from ..models.invite_content import InviteContent
