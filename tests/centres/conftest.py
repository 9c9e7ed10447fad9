"""Centre staff tests reuse the accounts fixtures (centres, cohorts, staff, courses)."""

from tests.accounts.conftest import (  # noqa: F401
    centre_a,
    centre_b,
    cohort_a,
    cohort_b,
    courses,
    sms_outbox,
    staff_a,
    staff_client,
)
