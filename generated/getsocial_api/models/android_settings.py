from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AndroidSettings")


@_attrs_define
class AndroidSettings:
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
        d = dict(src_dict)
        cert_fingerprints = cast(list[str], d.pop("cert_fingerprints", UNSET))

        enabled = d.pop("enabled", UNSET)

        package_name = d.pop("package_name", UNSET)

        android_settings = cls(
            cert_fingerprints=cert_fingerprints,
            enabled=enabled,
            package_name=package_name,
        )

        android_settings.additional_properties = d
        return android_settings

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
