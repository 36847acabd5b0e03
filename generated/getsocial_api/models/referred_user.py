from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ReferredUser")


@_attrs_define
class ReferredUser(LazyModel):
    """GUESS: a user who arrived through the caller's links, with the referral event. Field names are the snake_case forms
    of GetSocial's SDK model.

        Attributes:
            id (str | Unset): GetSocial user id.
            name (str | Unset): Display name.
            picture (None | str | Unset): Avatar URL.
            identities (ReferredUserIdentities | Unset): Identity type to identity value.
            event (str | Unset): Referral event name.
            event_date (int | Unset): When the event happened (GUESS: Unix seconds).
            event_data (ReferredUserEventData | Unset): Custom data of the event.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    picture: None | str | Unset = UNSET
    identities: ReferredUserIdentities | Unset = UNSET
    event: str | Unset = UNSET
    event_date: int | Unset = UNSET
    event_data: ReferredUserEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        identities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = self.identities.to_dict()

        event = self.event

        event_date = self.event_date

        event_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_data, Unset):
            event_data = self.event_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if identities is not UNSET:
            field_dict["identities"] = identities
        if event is not UNSET:
            field_dict["event"] = event
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if event_data is not UNSET:
            field_dict["event_data"] = event_data

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


def _read_fields(model_instance__: ReferredUser, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    set_field__(model_instance__, "id", json_object__.get("id", UNSET))
    set_field__(model_instance__, "name", json_object__.get("name", UNSET))

    def _parse_picture(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    picture = _parse_picture(json_object__.get("picture", UNSET))

    set_field__(model_instance__, "picture", picture)
    _identities = json_object__.get("identities", UNSET)
    identities: ReferredUserIdentities | Unset
    if isinstance(_identities, Unset):
        identities = UNSET
    else:
        identities = ReferredUserIdentities._from_json(_identities)

    set_field__(model_instance__, "identities", identities)
    set_field__(model_instance__, "event", json_object__.get("event", UNSET))
    set_field__(model_instance__, "event_date", json_object__.get("event_date", UNSET))
    _event_data = json_object__.get("event_data", UNSET)
    event_data: ReferredUserEventData | Unset
    if isinstance(_event_data, Unset):
        event_data = UNSET
    else:
        event_data = ReferredUserEventData._from_json(_event_data)

    set_field__(model_instance__, "event_data", event_data)
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
        "name",
        "picture",
        "identities",
        "event",
        "event_date",
        "event_data",
    )
)
ReferredUser._read_fields = _read_fields
ReferredUser._field_names = frozenset(
    (
        "id",
        "name",
        "picture",
        "identities",
        "event",
        "event_date",
        "event_data",
        "additional_properties",
    )
)

from ..models.referred_user_event_data import ReferredUserEventData
from ..models.referred_user_identities import ReferredUserIdentities
