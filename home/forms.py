from django.core.exceptions import ValidationError
from wagtail.images.forms import BaseImageForm

from .imaging import clean_image


class CleanedImageForm(BaseImageForm):
    """Wagtail admin image form: every upload goes through ``clean_image``."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None or "file" not in self.changed_data:
            return upload
        try:
            return clean_image(upload).file
        except ValidationError as error:
            raise ValidationError(error.messages) from error
