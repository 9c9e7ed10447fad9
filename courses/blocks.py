"""StreamField blocks for lessons: what an instructor needs, nothing more."""

import contextlib
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from . import quizzes

LESSON_RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]

# The renditions a lesson picture offers: the same as the {% picture %} of
# templates/blocks/image_with_caption.html (keep them in step).
LESSON_PICTURE_SPECS = "format-{avif,webp,jpeg}|width-{360,720,1080}"
# What a phone takes (360 px wide at twice the density, in Chrome: AVIF), and
# what opens in any browser without the script (WebP), both 720 px wide.
TAP_SIZE_SPEC = "format-avif|width-720"
TAP_LINK_SPEC = "format-webp|width-720"


@dataclass(frozen=True)
class PictureTap:
    """A picture kept back by "Hemat kuota": what the placeholder needs to
    load it when tapped (static/js/picture-tap.js) or to link to it."""

    href: str
    kilobytes: int | None  # of TAP_SIZE_SPEC; None if its file is missing
    src: str
    srcset: str
    width: int
    height: int
    sources: tuple[tuple[str, str], ...]  # (MIME type, srcset), best first


def picture_tap(image) -> PictureTap:
    specs = Filter.expand_spec(LESSON_PICTURE_SPECS)
    renditions = get_renditions_or_not_found(image, specs)
    picture = Picture(renditions)
    fallback = picture.get_fallback_format()
    try:
        size = renditions[TAP_SIZE_SPEC].file.size
        kilobytes = max(1, round(size / 1024))
    except (OSError, ValueError):
        kilobytes = None
    first = picture.formats[fallback][0]
    return PictureTap(
        href=renditions[TAP_LINK_SPEC].url,
        kilobytes=kilobytes,
        src=first.url,
        srcset=Picture.get_width_srcset(picture.formats[fallback]),
        width=first.width,
        height=first.height,
        sources=tuple(
            (fmt.mime_type, Picture.get_width_srcset(picture.formats[fmt.name]))
            for fmt in Picture.source_format_order
            if fmt.name != fallback and fmt.name in picture.formats
        ),
    )


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

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # "Hemat kuota" (courses.selectors.lesson_body): a placeholder that
        # downloads nothing, with what it takes to load the picture on a tap.
        if parent_context and parent_context.get("data_saver") and value["image"]:
            context["tap"] = picture_tap(value["image"])
        return context


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
            raise _struct_error("file", _("Choose a video file or give a link."))
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


class ChannelPriceCalculatorBlock(CalculatorBlock):
    class Meta:
        label = _("Price per sales channel calculator")


class CashbookBlock(CalculatorBlock):
    class Meta:
        label = _("Simple cash book")


CALCULATOR_BLOCK_TYPES = (
    "hpp_calculator",
    "bep_calculator",
    "channel_price_calculator",
    "cashbook",
)


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
    channel_price_calculator = ChannelPriceCalculatorBlock()
    cashbook = CashbookBlock()


# ---------------------------------------------------------------------------
# Quiz questions. Keys live only in the database; templates never render them
# before the learner submits (see courses/quizzes.py).
# ---------------------------------------------------------------------------


def _struct_error(field: str, message) -> Exception:
    return StructBlockValidationError(block_errors={field: ValidationError(message)})


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=250)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)


class QuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    explanation = blocks.TextBlock(
        label=_("Explanation"),
        required=False,
        help_text=_(
            "Shown only after a learner passes, for the questions she got wrong. "
            "Teach the idea behind the answer (why, or how to work it out); do not "
            "just repeat the right answer: other learners meet this question too."
        ),
    )
    lesson = blocks.PageChooserBlock(
        label=_("Lesson that teaches it"),
        page_type="courses.LessonPage",
        required=False,
        help_text=_(
            "Linked for a learner who answers wrongly. Empty: the lessons of the "
            "quiz's module are linked."
        ),
    )

    def answer_keys(self, value) -> list:
        """The key as it could be written in the explanation (texts or numbers)."""
        return []

    def clean(self, value):
        value = super().clean(value)
        if quizzes.explanation_restates_key(
            value["explanation"], self.answer_keys(value)
        ):
            raise _struct_error(
                "explanation",
                _(
                    "Explain the reason, do not just write the answer: other "
                    "learners meet this question too. Write at least %(count)s "
                    "words besides the answer."
                )
                % {"count": quizzes.EXPLANATION_MIN_WORDS},
            )
        return value


class SingleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "radio-full"
        label = _("Single choice")

    def answer_keys(self, value) -> list:
        return [option["text"] for option in value["options"] if option["correct"]]

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise _struct_error("options", _("Mark exactly one correct answer."))
        return value


class MultipleChoiceBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Answers"), min_num=2)

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")

    def answer_keys(self, value) -> list:
        return [option["text"] for option in value["options"] if option["correct"]]

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise _struct_error("options", _("Mark at least one correct answer."))
        return value


class TrueFalseBlock(QuestionBlock):
    answer = blocks.ChoiceBlock(
        label=_("Correct answer"),
        choices=[("true", _("True")), ("false", _("False"))],
        default="true",
    )

    class Meta:
        icon = "check"
        label = _("True or false")

    def answer_keys(self, value) -> list:
        return list(quizzes.TRUE_FALSE_KEYS.get(value["answer"], ()))


class VariableBlock(blocks.StructBlock):
    name = blocks.RegexBlock(
        label=_("Name"),
        regex=r"^[a-z][a-z0-9_]{0,15}$",
        max_length=16,
        error_messages={"invalid": _("Use small letters, for example a or price.")},
    )
    min = blocks.IntegerBlock(label=_("Smallest value"))
    max = blocks.IntegerBlock(label=_("Largest value"))
    step = blocks.IntegerBlock(label=_("Step"), default=1, min_value=1)


class NumericBlock(QuestionBlock):
    variables = blocks.ListBlock(
        VariableBlock(),
        label=_("Values that change per attempt"),
        required=False,
        help_text=_("Write {a} in the question where the value of a goes."),
    )
    formula = blocks.CharBlock(
        label=_("Formula for the answer"),
        max_length=200,
        help_text=_(
            "Numbers, value names, + - * / ( ) and round(), ceil(), floor(). "
            "For example: (a + b) / n"
        ),
    )
    tolerance = blocks.DecimalBlock(
        label=_("Accepted difference"),
        min_value=0,
        default=0,
        required=False,
        help_text=_("1 accepts answers one rupiah above or below."),
    )

    class Meta:
        icon = "calculator"
        label = _("Number answer")

    def answer_keys(self, value) -> list:
        """The formula, and the number itself when no value changes per
        attempt (then every learner meets the same number)."""
        keys: list = [value["formula"]]
        if not value["variables"]:
            # A formula that cannot be computed is reported by its own check.
            with contextlib.suppress(quizzes.FormulaError):
                keys.append(quizzes.formula_evaluate(value["formula"], {}))
        return keys

    def clean(self, value):
        value = super().clean(value)
        names = [variable["name"] for variable in value["variables"]]
        try:
            used = quizzes.formula_names(value["formula"])
            for variable in value["variables"]:
                quizzes.variable_choices(variable)
        except quizzes.FormulaError as exc:
            raise _struct_error(
                "formula", _("This formula cannot be used: %(error)s") % {"error": exc}
            ) from exc
        unknown = used - set(names)
        if unknown:
            raise _struct_error(
                "formula",
                _("Unknown names in the formula: %(names)s")
                % {"names": ", ".join(sorted(unknown))},
            )
        try:
            quizzes.formula_evaluate(
                value["formula"],
                {v["name"]: v["max"] for v in value["variables"]},
            )
        except quizzes.FormulaError as exc:
            raise _struct_error(
                "formula", _("This formula cannot be used: %(error)s") % {"error": exc}
            ) from exc
        return value


class QuizQuestionStreamBlock(blocks.StreamBlock):
    single = SingleChoiceBlock()
    multiple = MultipleChoiceBlock()
    truefalse = TrueFalseBlock()
    numeric = NumericBlock()
