from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="App")


@_attrs_define
class App(LazyModel):
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
        """Build the model from a JSON object, checking every value now, nested ones included."""
        model = cls._from_json(dict(src_dict))
        model._read_all_fields()
        return model

    @classmethod
    def _from_json(cls, json_object: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; each field is built from it when first read."""
        if not isinstance(json_object, dict):
            json_object = dict(json_object)
        if "id" not in json_object:
            raise KeyError("id")
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


def _read_fields(model_instance__: App, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "id", json_object__["id"])

    def _parse_icon(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    icon = _parse_icon(json_object__.get("icon", UNSET))

    set_field__(model_instance__, "icon", icon)
    set_field__(model_instance__, "name", json_object__.get("name", UNSET))
    _platforms = json_object__.get("platforms", UNSET)
    platforms: AppPlatforms | Unset
    if isinstance(_platforms, Unset):
        platforms = UNSET
    else:
        platforms = AppPlatforms._from_json(_platforms)

    set_field__(model_instance__, "platforms", platforms)
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
        "id",
        "icon",
        "name",
        "platforms",
    )
)
App._read_fields = _read_fields
App._field_names = frozenset(
    (
        "id",
        "icon",
        "name",
        "platforms",
        "additional_properties",
    )
)

from ..models.app_platforms import AppPlatforms
