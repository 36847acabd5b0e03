from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AppPlatforms")


@_attrs_define
class AppPlatforms(LazyModel):
    """Per-platform settings of an app.

    Attributes:
        android_settings (AndroidSettings | Unset): Android settings of an app.
        ios_settings (IosSettings | Unset): iOS settings of an app.
    """

    android_settings: AndroidSettings | Unset = UNSET
    ios_settings: IosSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_settings, Unset):
            android_settings = self.android_settings.to_dict()

        ios_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios_settings, Unset):
            ios_settings = self.ios_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_settings is not UNSET:
            field_dict["android_settings"] = android_settings
        if ios_settings is not UNSET:
            field_dict["ios_settings"] = ios_settings

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


def _read_fields(model_instance__: AppPlatforms, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    _android_settings = json_object__.get("android_settings", UNSET)
    android_settings: AndroidSettings | Unset
    if isinstance(_android_settings, Unset):
        android_settings = UNSET
    else:
        android_settings = AndroidSettings._from_json(_android_settings)

    set_field__(model_instance__, "android_settings", android_settings)
    _ios_settings = json_object__.get("ios_settings", UNSET)
    ios_settings: IosSettings | Unset
    if isinstance(_ios_settings, Unset):
        ios_settings = UNSET
    else:
        ios_settings = IosSettings._from_json(_ios_settings)

    set_field__(model_instance__, "ios_settings", ios_settings)
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
        "android_settings",
        "ios_settings",
    )
)
AppPlatforms._read_fields = _read_fields
AppPlatforms._field_names = frozenset(
    (
        "android_settings",
        "ios_settings",
        "additional_properties",
    )
)

from ..models.android_settings import AndroidSettings
from ..models.ios_settings import IosSettings
