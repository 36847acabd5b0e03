from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_settings import AndroidSettings
    from ..models.ios_settings import IosSettings


T = TypeVar("T", bound="AppPlatforms")


@_attrs_define
class AppPlatforms:
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
        from ..models.android_settings import AndroidSettings
        from ..models.ios_settings import IosSettings

        d = dict(src_dict)
        _android_settings = d.pop("android_settings", UNSET)
        android_settings: AndroidSettings | Unset
        if isinstance(_android_settings, Unset):
            android_settings = UNSET
        else:
            android_settings = AndroidSettings.from_dict(_android_settings)

        _ios_settings = d.pop("ios_settings", UNSET)
        ios_settings: IosSettings | Unset
        if isinstance(_ios_settings, Unset):
            ios_settings = UNSET
        else:
            ios_settings = IosSettings.from_dict(_ios_settings)

        app_platforms = cls(
            android_settings=android_settings,
            ios_settings=ios_settings,
        )

        app_platforms.additional_properties = d
        return app_platforms

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
