from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="IosSettings")


@_attrs_define
class IosSettings(LazyModel):
    """iOS settings of an app.

    Attributes:
        app_store_id (str | Unset): App Store id (a numeric string in the guide's example).
        bundle_id (str | Unset): iOS bundle id.
        enabled (bool | Unset): Whether the iOS platform is enabled.
        team_id (str | Unset): Apple developer team id.
    """

    app_store_id: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    team_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_store_id = self.app_store_id

        bundle_id = self.bundle_id

        enabled = self.enabled

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_store_id is not UNSET:
            field_dict["app_store_id"] = app_store_id
        if bundle_id is not UNSET:
            field_dict["bundle_id"] = bundle_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

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


def _read_fields(model_instance__: IosSettings, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "app_store_id", json_object__.get("app_store_id", UNSET))
    set_field__(model_instance__, "bundle_id", json_object__.get("bundle_id", UNSET))
    set_field__(model_instance__, "enabled", json_object__.get("enabled", UNSET))
    set_field__(model_instance__, "team_id", json_object__.get("team_id", UNSET))
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
        "app_store_id",
        "bundle_id",
        "enabled",
        "team_id",
    )
)
IosSettings._read_fields = _read_fields
IosSettings._field_names = frozenset(
    (
        "app_store_id",
        "bundle_id",
        "enabled",
        "team_id",
        "additional_properties",
    )
)
