from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ActivityInput")


@_attrs_define
class ActivityInput(LazyModel):
    """The activity to create. `content` is a single object here, unlike the response.

    Attributes:
        content (Content): Text and media of an activity.
        target (Target): A feed or entity that an activity belongs to or is searched in. Communities calls use lower-
            case types (`group`, `activity`, `topic`, `user`); the legacy calls used upper-case `ACTIVITY`.
        id (str | Unset): Sent by the observed scripts with an app-id-like value; meaning not known.
        properties (ActivityInputProperties | Unset): Custom properties.
    """

    content: Content
    target: Target
    id: str | Unset = UNSET
    properties: ActivityInputProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        target = self.target.to_dict()

        id = self.id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "target": target,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if properties is not UNSET:
            field_dict["properties"] = properties

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
        if "content" not in json_object:
            raise KeyError("content")
        if "target" not in json_object:
            raise KeyError("target")
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


def _read_fields(model_instance__: ActivityInput, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    content = Content._from_json(json_object__["content"])

    set_field__(model_instance__, "content", content)
    target = Target._from_json(json_object__["target"])

    set_field__(model_instance__, "target", target)
    set_field__(model_instance__, "id", json_object__.get("id", UNSET))
    _properties = json_object__.get("properties", UNSET)
    properties: ActivityInputProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = ActivityInputProperties._from_json(_properties)

    set_field__(model_instance__, "properties", properties)
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
        "content",
        "target",
        "id",
        "properties",
    )
)
ActivityInput._read_fields = _read_fields
ActivityInput._field_names = frozenset(
    (
        "content",
        "target",
        "id",
        "properties",
        "additional_properties",
    )
)

from ..models.activity_input_properties import ActivityInputProperties
from ..models.content import Content
from ..models.target import Target
