from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_platforms import AppPlatforms


T = TypeVar("T", bound="AppCreateRequest")


@_attrs_define
class AppCreateRequest:
    """GUESS: body of the create-app call, modelled on the App fields of the guide.

    Attributes:
        name (str): Display name of the new app.
        icon (str | Unset): URL of the app icon.
        platforms (AppPlatforms | Unset): Per-platform settings of an app.
    """

    name: str
    icon: str | Unset = UNSET
    platforms: AppPlatforms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        icon = self.icon

        platforms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_platforms import AppPlatforms

        d = dict(src_dict)
        name = d.pop("name")

        icon = d.pop("icon", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: AppPlatforms | Unset
        if isinstance(_platforms, Unset):
            platforms = UNSET
        else:
            platforms = AppPlatforms.from_dict(_platforms)

        app_create_request = cls(
            name=name,
            icon=icon,
            platforms=platforms,
        )

        app_create_request.additional_properties = d
        return app_create_request

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
