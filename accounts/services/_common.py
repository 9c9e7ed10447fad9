"""Shared by the account services."""

from __future__ import annotations

import logging

logger = logging.getLogger("berdaya.accounts")
