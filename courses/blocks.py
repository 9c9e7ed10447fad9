"""StreamField blocks for lessons: what an instructor needs, nothing more."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

LESSON_RICH_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=200,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=200)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image_with_caption.html"


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    file = DocumentChooserBlock(
        label=_("Audio file"), help_text=_("MP3, M4A or OGG narration.")
    )
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Audio narration")
        template = "blocks/audio.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    file = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An uploaded MP4 or WebM. It never plays by itself."),
    )
    external_url = blocks.URLBlock(
        label=_("Or a link to the video elsewhere"),
        required=False,
        help_text=_("For example a YouTube link. Shown as a link, never embedded."),
    )
    transcript = blocks.TextBlock(label=_("Transcript"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"

    def clean(self, value):
        cleaned = super().clean(value)
        if not cleaned.get("file") and not cleaned.get("external_url"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "file": blocks.BlockValidationError(
                        _("Choose a video file or give a link.")
                    )
                }
            )
        return cleaned


class WorksheetBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False)
    file = DocumentChooserBlock(label=_("Worksheet file (PDF)"))

    class Meta:
        icon = "doc-full"
        label = _("Downloadable worksheet")
        template = "blocks/worksheet.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("tip", _("Tip")),
            ("warning", _("Warning")),
            ("example", _("Example")),
        ],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "blocks/callout.html"


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Step")), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Step-by-step list")
        template = "blocks/steps.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item")), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "blocks/checklist.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=80)
    definition = blocks.TextBlock(label=_("Meaning"))


class GlossaryBlock(blocks.StructBlock):
    terms = blocks.ListBlock(GlossaryTermBlock(), label=_("Terms"))

    class Meta:
        icon = "openquote"
        label = _("Glossary")
        template = "blocks/glossary.html"


class CalculatorBlock(blocks.StructBlock):
    intro = blocks.TextBlock(label=_("Introduction"), required=False)

    class Meta:
        icon = "table"


class HppCalculatorBlock(CalculatorBlock):
    class Meta:
        label = _("HPP and selling price calculator")


class BepCalculatorBlock(CalculatorBlock):
    class Meta:
        label = _("Break-even calculator")


class CashbookBlock(CalculatorBlock):
    class Meta:
        label = _("Simple cash book")


CALCULATOR_BLOCK_TYPES = ("hpp_calculator", "bep_calculator", "cashbook")


class LessonStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"), features=LESSON_RICH_TEXT_FEATURES, template="blocks/text.html"
    )
    image = ImageWithCaptionBlock()
    audio = AudioBlock()
    video = VideoBlock()
    worksheet = WorksheetBlock()
    callout = CalloutBlock()
    steps = StepsBlock()
    checklist = ChecklistBlock()
    glossary = GlossaryBlock()
    hpp_calculator = HppCalculatorBlock()
    bep_calculator = BepCalculatorBlock()
    cashbook = CashbookBlock()
