from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_platforms import AppPlatforms


T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An app the API key can access. Fields as in the list-apps example of GetSocial's guide.

    Attributes:
        id (str): App id, used as `app_id` elsewhere.
        icon (None | str | Unset): App icon (presumably a URL; empty in the guide's example).
        name (str | Unset): Display name of the app.
        platforms (AppPlatforms | Unset): Per-platform settings of an app.
    """

    id: str
    icon: None | str | Unset = UNSET
    name: str | Unset = UNSET
    platforms: AppPlatforms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        name = self.name

        platforms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if icon is not UNSET:
            field_dict["icon"] = icon
        if name is not UNSET:
            field_dict["name"] = name
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_platforms import AppPlatforms

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_icon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        icon = _parse_icon(d.pop("icon", UNSET))

        name = d.pop("name", UNSET)

        _platforms = d.pop("platforms", UNSET)
        platforms: AppPlatforms | Unset
        if isinstance(_platforms, Unset):
            platforms = UNSET
        else:
            platforms = AppPlatforms.from_dict(_platforms)

        app = cls(
            id=id,
            icon=icon,
            name=name,
            platforms=platforms,
        )

        app.additional_properties = d
        return app

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
