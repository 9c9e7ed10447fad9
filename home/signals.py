"""Cleaning for files stored by models we do not own (imported in ``ready()``).

- Wagtail's pending multiple uploads (``wagtail.models.UploadedFile`` for
  images) are cleaned before they are stored, so even ``wagtail_uploads/``
  never holds GPS or the phone's file name; deleting a row deletes its file.
- Admin avatars (``wagtailusers.UserProfile.avatar``) are cleaned and renamed
  before they are stored, whichever code saves them. The account page's form
  shows a refused file as a form error: a validator on the avatar field runs
  in the form's model validation (``ModelForm._post_clean``), before anything
  is saved. It is added to the field's ``validators`` list, not to its
  constructor arguments, so migrations do not see it.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.db.models.signals import post_delete, pre_save
from django.dispatch import receiver
from wagtail.images import get_image_model
from wagtail.models import UploadedFile
from wagtail.users.models import UserProfile

from .imaging import AVATAR_SIDE, clean_image
from .personal_data import file_delete_on_commit
from .storage import pending_upload_name


@receiver(pre_save, sender=UploadedFile)
def pending_upload_clean(sender, instance: UploadedFile, raw=False, **kwargs):
    """Clean a pending image upload before its file is written.

    Wagtail creates the row only after its form accepted the file (the form
    runs ``clean_image``), so cleaning cannot fail here.
    """
    upload = instance.file
    if raw or not upload or upload._committed:
        return
    image_type = ContentType.objects.get_for_model(get_image_model())
    if instance.for_content_type_id != image_type.pk:
        return
    cleaned = clean_image(upload.file).file
    cleaned.name = pending_upload_name(cleaned)
    instance.file = cleaned


@receiver(post_delete, sender=UploadedFile)
def pending_upload_file_delete(sender, instance: UploadedFile, **kwargs):
    file_delete_on_commit(instance.file.storage, instance.file.name)


def avatar_validate(value) -> None:
    """Refuse an avatar ``clean_image`` would refuse (used by the form)."""
    if isinstance(value, FieldFile) and value._committed:
        return
    try:
        clean_image(getattr(value, "file", value), max_side=AVATAR_SIDE)
    except ValidationError as error:
        # A code of our own: the form would swap a code it knows
        # (``invalid_image``) for its generic "not a valid image" message.
        raise ValidationError(error.messages[0], code="avatar_refused") from error


UserProfile._meta.get_field("avatar").validators.append(avatar_validate)


@receiver(pre_save, sender=UserProfile)
def avatar_clean(sender, instance: UserProfile, raw=False, **kwargs):
    """Store only a cleaned avatar under a random name.

    A new file (a form, ``profile.avatar = file``) is replaced by its cleaned
    copy before it is written. A file already written some other way
    (``profile.avatar.save(name, content)``) is read back, cleaned and the raw
    copy deleted, refused or not.
    """
    avatar = instance.avatar
    if raw or not avatar:
        return
    if not avatar._committed:
        instance.avatar = clean_image(avatar.file, max_side=AVATAR_SIDE).file
        return
    stored = (
        UserProfile.objects.filter(pk=instance.pk)
        .values_list("avatar", flat=True)
        .first()
    )
    if avatar.name == stored:
        return
    raw_name = avatar.name
    try:
        with avatar.storage.open(raw_name, "rb") as written:
            instance.avatar = clean_image(written, max_side=AVATAR_SIDE).file
    finally:
        avatar.storage.delete(raw_name)
