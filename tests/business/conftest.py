from tests.courses.conftest import catalogue, course, lessons  # noqa: F401
from tests.marketplace.conftest import (  # noqa: F401
    category,
    image,
    seller,
    seller_client,
)
