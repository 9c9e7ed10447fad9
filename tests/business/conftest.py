from tests.courses.conftest import catalogue, course, lessons  # noqa: F401
from tests.marketplace.conftest import category, seller, seller_client  # noqa: F401
