from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="SmartLink")


@_attrs_define
class SmartLink(LazyModel):
    """GUESS: a stored Smart Link, assumed to carry the fields it was created with.

    Attributes:
        token (str | Unset): Link token (`$token`).
        name (str | Unset): Link name (`$link_name`).
        url (str | Unset): The Smart Link URL.
        channel (str | Unset): Analytics channel.
        medium (str | Unset): Analytics medium.
        campaign_name (str | Unset): Analytics campaign name.
        image (str | Unset): Image URL.
    """

    token: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    channel: str | Unset = UNSET
    medium: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        name = self.name

        url = self.url

        channel = self.channel

        medium = self.medium

        campaign_name = self.campaign_name

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if channel is not UNSET:
            field_dict["channel"] = channel
        if medium is not UNSET:
            field_dict["medium"] = medium
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if image is not UNSET:
            field_dict["image"] = image

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


def _read_fields(model_instance__: SmartLink, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "token", json_object__.get("token", UNSET))
    set_field__(model_instance__, "name", json_object__.get("name", UNSET))
    set_field__(model_instance__, "url", json_object__.get("url", UNSET))
    set_field__(model_instance__, "channel", json_object__.get("channel", UNSET))
    set_field__(model_instance__, "medium", json_object__.get("medium", UNSET))
    set_field__(model_instance__, "campaign_name", json_object__.get("campaign_name", UNSET))
    set_field__(model_instance__, "image", json_object__.get("image", UNSET))
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
        "token",
        "name",
        "url",
        "channel",
        "medium",
        "campaign_name",
        "image",
    )
)
SmartLink._read_fields = _read_fields
SmartLink._field_names = frozenset(
    (
        "token",
        "name",
        "url",
        "channel",
        "medium",
        "campaign_name",
        "image",
        "additional_properties",
    )
)
