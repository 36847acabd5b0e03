from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IosSettings")


@_attrs_define
class IosSettings:
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
        d = dict(src_dict)
        app_store_id = d.pop("app_store_id", UNSET)

        bundle_id = d.pop("bundle_id", UNSET)

        enabled = d.pop("enabled", UNSET)

        team_id = d.pop("team_id", UNSET)

        ios_settings = cls(
            app_store_id=app_store_id,
            bundle_id=bundle_id,
            enabled=enabled,
            team_id=team_id,
        )

        ios_settings.additional_properties = d
        return ios_settings

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
