from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="AndroidSettings")


@_attrs_define
class AndroidSettings(LazyModel):
    """Android settings of an app.

    Attributes:
        cert_fingerprints (list[str] | Unset): Signing certificate fingerprints.
        enabled (bool | Unset): Whether the Android platform is enabled.
        package_name (str | Unset): Android package name.
    """

    cert_fingerprints: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    package_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cert_fingerprints: list[str] | Unset = UNSET
        if not isinstance(self.cert_fingerprints, Unset):
            cert_fingerprints = self.cert_fingerprints

        enabled = self.enabled

        package_name = self.package_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cert_fingerprints is not UNSET:
            field_dict["cert_fingerprints"] = cert_fingerprints
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if package_name is not UNSET:
            field_dict["package_name"] = package_name

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


def _read_fields(model_instance__: AndroidSettings, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    cert_fingerprints = cast(list[str], json_object__.get("cert_fingerprints", UNSET))

    set_field__(model_instance__, "cert_fingerprints", cert_fingerprints)
    set_field__(model_instance__, "enabled", json_object__.get("enabled", UNSET))
    set_field__(model_instance__, "package_name", json_object__.get("package_name", UNSET))
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
        "cert_fingerprints",
        "enabled",
        "package_name",
    )
)
AndroidSettings._read_fields = _read_fields
AndroidSettings._field_names = frozenset(
    (
        "cert_fingerprints",
        "enabled",
        "package_name",
        "additional_properties",
    )
)
