from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_user import CommunityUser


T = TypeVar("T", bound="FollowerList")


@_attrs_define
class FollowerList:
    """A page of followers, with the total count.

    Attributes:
        data (list[CommunityUser] | Unset):
        next_cursor (None | str | Unset): Cursor for the next page. Observed clients stop when it is missing or empty
            (GUESS: that marks the last page).
        total_number (int | Unset): Total number of followers.
    """

    data: list[CommunityUser] | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    total_number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        total_number = self.total_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if total_number is not UNSET:
            field_dict["total_number"] = total_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.community_user import CommunityUser

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[CommunityUser] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CommunityUser.from_dict(data_item_data)

                data.append(data_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        total_number = d.pop("total_number", UNSET)

        follower_list = cls(
            data=data,
            next_cursor=next_cursor,
            total_number=total_number,
        )

        follower_list.additional_properties = d
        return follower_list

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
