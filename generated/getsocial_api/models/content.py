from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="Content")


@_attrs_define
class Content(LazyModel):
    """Text and media of an activity.

    Attributes:
        language (str | Unset): Language code, for example `en`.
        text (str | Unset): Text.
        attachments (list[Attachment] | Unset): Media attachments.
        button (ContentButton | None | Unset): Optional action button.
    """

    language: str | Unset = UNSET
    text: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    button: ContentButton | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        text = self.text

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        button: dict[str, Any] | None | Unset
        if isinstance(self.button, Unset):
            button = UNSET
        elif isinstance(self.button, ContentButton):
            button = self.button.to_dict()
        else:
            button = self.button

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if text is not UNSET:
            field_dict["text"] = text
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if button is not UNSET:
            field_dict["button"] = button

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


def _read_fields(model_instance__: Content, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "language", json_object__.get("language", UNSET))
    set_field__(model_instance__, "text", json_object__.get("text", UNSET))
    _attachments = json_object__.get("attachments", UNSET)
    attachments: list[Attachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = Attachment._from_json(attachments_item_data)

            attachments.append(attachments_item)

    set_field__(model_instance__, "attachments", attachments)

    def _parse_button(data: object) -> ContentButton | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            button_type_1 = ContentButton.from_dict(data)

            return button_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(ContentButton | None | Unset, data)

    button = _parse_button(json_object__.get("button", UNSET))

    set_field__(model_instance__, "button", button)
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
        "language",
        "text",
        "attachments",
        "button",
    )
)
Content._read_fields = _read_fields
Content._field_names = frozenset(
    (
        "language",
        "text",
        "attachments",
        "button",
        "additional_properties",
    )
)

from ..models.attachment import Attachment
from ..models.content_button import ContentButton
