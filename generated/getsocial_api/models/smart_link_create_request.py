from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartLinkCreateRequest")


@_attrs_define
class SmartLinkCreateRequest:
    """Body of the create-Smart-Link call, with the fields a third-party client sent.

    Attributes:
        app_id (str): App the link belongs to.
        name (str): Link name (the `$link_name` link param; mandatory at creation).
        token (str | Unset): Link token (the `$token` link param, the last path segment of the link URL). GetSocial
            generates one when omitted.
        channel (str | Unset): Analytics channel.
        medium (str | Unset): Analytics medium.
        campaign_name (str | Unset): Analytics campaign name.
        image (str | Unset): Image URL.
    """

    app_id: str
    name: str
    token: str | Unset = UNSET
    channel: str | Unset = UNSET
    medium: str | Unset = UNSET
    campaign_name: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        name = self.name

        token = self.token

        channel = self.channel

        medium = self.medium

        campaign_name = self.campaign_name

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "name": name,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if channel is not UNSET:
            field_dict["channel"] = channel
        if medium is not UNSET:
            field_dict["medium"] = medium
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("app_id")

        name = d.pop("name")

        token = d.pop("token", UNSET)

        channel = d.pop("channel", UNSET)

        medium = d.pop("medium", UNSET)

        campaign_name = d.pop("campaign_name", UNSET)

        image = d.pop("image", UNSET)

        smart_link_create_request = cls(
            app_id=app_id,
            name=name,
            token=token,
            channel=channel,
            medium=medium,
            campaign_name=campaign_name,
            image=image,
        )

        smart_link_create_request.additional_properties = d
        return smart_link_create_request

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
