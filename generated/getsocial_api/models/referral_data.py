from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

T = TypeVar("T", bound="ReferralData")


@_attrs_define
class ReferralData(LazyModel):
    """Referral attribution, as in the guide's referral-processing example.

    Attributes:
        data (ReferralDataData | Unset): Link params after overrides, including GetSocial's `$`-prefixed keys such as
            `$guaranteed_match` (the string "true" in the guide's example).
        original_data (ReferralDataOriginalData | Unset): Link params as set when the link was created, as the guide's
            example suggests.
        referrer (None | Unset | User): The user who shared the link.
    """

    data: ReferralDataData | Unset = UNSET
    original_data: ReferralDataOriginalData | Unset = UNSET
    referrer: None | Unset | User = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        original_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_data, Unset):
            original_data = self.original_data.to_dict()

        referrer: dict[str, Any] | None | Unset
        if isinstance(self.referrer, Unset):
            referrer = UNSET
        elif isinstance(self.referrer, User):
            referrer = self.referrer.to_dict()
        else:
            referrer = self.referrer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if original_data is not UNSET:
            field_dict["original_data"] = original_data
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

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


def _read_fields(model_instance__: ReferralData, json_object__: dict[str, Any]) -> None:
    """Build every field of a model made by `_from_json` (nested models stay unread)."""
    set_field__ = object.__setattr__
    _data = json_object__.get("data", UNSET)
    data: ReferralDataData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = ReferralDataData._from_json(_data)

    set_field__(model_instance__, "data", data)
    _original_data = json_object__.get("original_data", UNSET)
    original_data: ReferralDataOriginalData | Unset
    if isinstance(_original_data, Unset):
        original_data = UNSET
    else:
        original_data = ReferralDataOriginalData._from_json(_original_data)

    set_field__(model_instance__, "original_data", original_data)

    def _parse_referrer(data: object) -> None | Unset | User:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            referrer_type_1 = User.from_dict(data)

            return referrer_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | User, data)

    referrer = _parse_referrer(json_object__.get("referrer", UNSET))

    set_field__(model_instance__, "referrer", referrer)
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
        "data",
        "original_data",
        "referrer",
    )
)
ReferralData._read_fields = _read_fields
ReferralData._field_names = frozenset(
    (
        "data",
        "original_data",
        "referrer",
        "additional_properties",
    )
)

from ..models.referral_data_data import ReferralDataData
from ..models.referral_data_original_data import ReferralDataOriginalData
from ..models.user import User
