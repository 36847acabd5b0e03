"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .activity import Activity
    from .activity_create_request import ActivityCreateRequest
    from .activity_input import ActivityInput
    from .activity_input_properties import ActivityInputProperties
    from .activity_list import ActivityList
    from .activity_properties import ActivityProperties
    from .activity_reactions_count import ActivityReactionsCount
    from .activity_search_request import ActivitySearchRequest
    from .activity_search_request_with_polls import ActivitySearchRequestWithPolls
    from .activity_source import ActivitySource
    from .android_settings import AndroidSettings
    from .app import App
    from .app_create_request import AppCreateRequest
    from .app_platforms import AppPlatforms
    from .attachment import Attachment
    from .auth_response import AuthResponse
    from .author import Author
    from .community_user import CommunityUser
    from .community_user_auth_identities import CommunityUserAuthIdentities
    from .community_user_private_properties import CommunityUserPrivateProperties
    from .community_user_public_properties import CommunityUserPublicProperties
    from .content import Content
    from .content_button import ContentButton
    from .content_button_action import ContentButtonAction
    from .content_button_action_data import ContentButtonActionData
    from .error import Error
    from .follower_list import FollowerList
    from .group import Group
    from .group_description import GroupDescription
    from .group_list import GroupList
    from .group_member import GroupMember
    from .group_member_list import GroupMemberList
    from .group_members_add_request import GroupMembersAddRequest
    from .group_permissions import GroupPermissions
    from .group_properties import GroupProperties
    from .group_search_request import GroupSearchRequest
    from .group_title import GroupTitle
    from .invite_content import InviteContent
    from .ios_settings import IosSettings
    from .legacy_activity_create_request import LegacyActivityCreateRequest
    from .legacy_activity_input import LegacyActivityInput
    from .legacy_reaction import LegacyReaction
    from .legacy_reaction_request import LegacyReactionRequest
    from .member_identity import MemberIdentity
    from .membership import Membership
    from .reaction_entry import ReactionEntry
    from .reaction_list import ReactionList
    from .referral_data import ReferralData
    from .referral_data_data import ReferralDataData
    from .referral_data_original_data import ReferralDataOriginalData
    from .referred_user import ReferredUser
    from .referred_user_event_data import ReferredUserEventData
    from .referred_user_identities import ReferredUserIdentities
    from .referred_user_list import ReferredUserList
    from .smart_invite import SmartInvite
    from .smart_invite_create_request import SmartInviteCreateRequest
    from .smart_link import SmartLink
    from .smart_link_create_request import SmartLinkCreateRequest
    from .smart_link_create_response import SmartLinkCreateResponse
    from .smart_link_list import SmartLinkList
    from .smart_link_update_request import SmartLinkUpdateRequest
    from .target import Target
    from .untyped_result import UntypedResult
    from .user import User
    from .user_identities import UserIdentities

_MODULE_OF_NAME = {
    "Activity": ".activity",
    "ActivityCreateRequest": ".activity_create_request",
    "ActivityInput": ".activity_input",
    "ActivityInputProperties": ".activity_input_properties",
    "ActivityList": ".activity_list",
    "ActivityProperties": ".activity_properties",
    "ActivityReactionsCount": ".activity_reactions_count",
    "ActivitySearchRequest": ".activity_search_request",
    "ActivitySearchRequestWithPolls": ".activity_search_request_with_polls",
    "ActivitySource": ".activity_source",
    "AndroidSettings": ".android_settings",
    "App": ".app",
    "AppCreateRequest": ".app_create_request",
    "AppPlatforms": ".app_platforms",
    "Attachment": ".attachment",
    "AuthResponse": ".auth_response",
    "Author": ".author",
    "CommunityUser": ".community_user",
    "CommunityUserAuthIdentities": ".community_user_auth_identities",
    "CommunityUserPrivateProperties": ".community_user_private_properties",
    "CommunityUserPublicProperties": ".community_user_public_properties",
    "Content": ".content",
    "ContentButton": ".content_button",
    "ContentButtonAction": ".content_button_action",
    "ContentButtonActionData": ".content_button_action_data",
    "Error": ".error",
    "FollowerList": ".follower_list",
    "Group": ".group",
    "GroupDescription": ".group_description",
    "GroupList": ".group_list",
    "GroupMember": ".group_member",
    "GroupMemberList": ".group_member_list",
    "GroupMembersAddRequest": ".group_members_add_request",
    "GroupPermissions": ".group_permissions",
    "GroupProperties": ".group_properties",
    "GroupSearchRequest": ".group_search_request",
    "GroupTitle": ".group_title",
    "InviteContent": ".invite_content",
    "IosSettings": ".ios_settings",
    "LegacyActivityCreateRequest": ".legacy_activity_create_request",
    "LegacyActivityInput": ".legacy_activity_input",
    "LegacyReaction": ".legacy_reaction",
    "LegacyReactionRequest": ".legacy_reaction_request",
    "MemberIdentity": ".member_identity",
    "Membership": ".membership",
    "ReactionEntry": ".reaction_entry",
    "ReactionList": ".reaction_list",
    "ReferralData": ".referral_data",
    "ReferralDataData": ".referral_data_data",
    "ReferralDataOriginalData": ".referral_data_original_data",
    "ReferredUser": ".referred_user",
    "ReferredUserEventData": ".referred_user_event_data",
    "ReferredUserIdentities": ".referred_user_identities",
    "ReferredUserList": ".referred_user_list",
    "SmartInvite": ".smart_invite",
    "SmartInviteCreateRequest": ".smart_invite_create_request",
    "SmartLink": ".smart_link",
    "SmartLinkCreateRequest": ".smart_link_create_request",
    "SmartLinkCreateResponse": ".smart_link_create_response",
    "SmartLinkList": ".smart_link_list",
    "SmartLinkUpdateRequest": ".smart_link_update_request",
    "Target": ".target",
    "UntypedResult": ".untyped_result",
    "User": ".user",
    "UserIdentities": ".user_identities",
}

__all__ = (
    "Activity",
    "ActivityCreateRequest",
    "ActivityInput",
    "ActivityInputProperties",
    "ActivityList",
    "ActivityProperties",
    "ActivityReactionsCount",
    "ActivitySearchRequest",
    "ActivitySearchRequestWithPolls",
    "ActivitySource",
    "AndroidSettings",
    "App",
    "AppCreateRequest",
    "AppPlatforms",
    "Attachment",
    "AuthResponse",
    "Author",
    "CommunityUser",
    "CommunityUserAuthIdentities",
    "CommunityUserPrivateProperties",
    "CommunityUserPublicProperties",
    "Content",
    "ContentButton",
    "ContentButtonAction",
    "ContentButtonActionData",
    "Error",
    "FollowerList",
    "Group",
    "GroupDescription",
    "GroupList",
    "GroupMember",
    "GroupMemberList",
    "GroupMembersAddRequest",
    "GroupPermissions",
    "GroupProperties",
    "GroupSearchRequest",
    "GroupTitle",
    "InviteContent",
    "IosSettings",
    "LegacyActivityCreateRequest",
    "LegacyActivityInput",
    "LegacyReaction",
    "LegacyReactionRequest",
    "MemberIdentity",
    "Membership",
    "ReactionEntry",
    "ReactionList",
    "ReferralData",
    "ReferralDataData",
    "ReferralDataOriginalData",
    "ReferredUser",
    "ReferredUserEventData",
    "ReferredUserIdentities",
    "ReferredUserList",
    "SmartInvite",
    "SmartInviteCreateRequest",
    "SmartLink",
    "SmartLinkCreateRequest",
    "SmartLinkCreateResponse",
    "SmartLinkList",
    "SmartLinkUpdateRequest",
    "Target",
    "UntypedResult",
    "User",
    "UserIdentities",
)


def __getattr__(name: str) -> object:
    module = _MODULE_OF_NAME.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF_NAME))
