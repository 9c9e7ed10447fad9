"""Writes about people: learners, sign-in codes, profile, data rights."""

from ._common import (
    logger,
)
from .learners import learner_create
from .sign_in_codes import (
    CODE_ALPHABET,
    CODE_LENGTH,
    CODE_VALID_DAYS,
    code_format,
    sign_in_code_issue,
    sign_in_code_matches,
    sign_in_code_redeem,
)
from .users import (
    ANONYMOUS_NAME,
    user_data_export,
    user_data_saver_set,
    user_deactivate,
    user_delete,
    user_profile_update,
    user_sessions_end,
)

__all__ = [
    "logger",
    "CODE_ALPHABET",
    "CODE_LENGTH",
    "CODE_VALID_DAYS",
    "code_format",
    "sign_in_code_issue",
    "sign_in_code_redeem",
    "sign_in_code_matches",
    "learner_create",
    "ANONYMOUS_NAME",
    "user_profile_update",
    "user_data_export",
    "user_data_saver_set",
    "user_sessions_end",
    "user_deactivate",
    "user_delete",
]
