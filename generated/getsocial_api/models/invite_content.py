from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteContent")


@_attrs_define
class InviteContent:
    """GUESS: what the invite message shows.

    Attributes:
        subject (str | Unset): Subject line (for channels that have one).
        text (str | Unset): Message text.
        image_url (str | Unset): Image URL.
        gif_url (str | Unset): GIF URL.
        video_url (str | Unset): Video URL.
    """

    subject: str | Unset = UNSET
    text: str | Unset = UNSET
    image_url: str | Unset = UNSET
    gif_url: str | Unset = UNSET
    video_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        text = self.text

        image_url = self.image_url

        gif_url = self.gif_url

        video_url = self.video_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if gif_url is not UNSET:
            field_dict["gif_url"] = gif_url
        if video_url is not UNSET:
            field_dict["video_url"] = video_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subject = d.pop("subject", UNSET)

        text = d.pop("text", UNSET)

        image_url = d.pop("image_url", UNSET)

        gif_url = d.pop("gif_url", UNSET)

        video_url = d.pop("video_url", UNSET)

        invite_content = cls(
            subject=subject,
            text=text,
            image_url=image_url,
            gif_url=gif_url,
            video_url=video_url,
        )

        invite_content.additional_properties = d
        return invite_content

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
