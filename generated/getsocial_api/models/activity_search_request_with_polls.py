from enum import StrEnum


class ActivitySearchRequestWithPolls(StrEnum):
    ALL = "all"
    ONLYPOLLS = "onlyPolls"
    ONLYPOLLSNOTVOTEDBYME = "onlyPollsNotVotedByMe"
    ONLYPOLLSVOTEDBYME = "onlyPollsVotedByMe"
    ONLYWITHOUTPOLLS = "onlyWithoutPolls"

    def __str__(self) -> str:
        return str(self.value)
