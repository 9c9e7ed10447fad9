"""CoursePage.cohorts takes over accounts.Cohort.courses, rows kept.

The join table has the same two columns either way (``cohort_id``,
``coursepage_id``), so renaming it moves the data without copying.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0006_course_images_off_root_collection"),
        ("accounts", "0006_cohort_courses_move_to_courses"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name="coursepage",
                    name="cohorts",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="courses",
                        to="accounts.cohort",
                        verbose_name="cohorts",
                    ),
                ),
            ],
            database_operations=[
                migrations.RunSQL(
                    "ALTER TABLE accounts_cohort_courses "
                    "RENAME TO courses_coursepage_cohorts",
                    reverse_sql="ALTER TABLE courses_coursepage_cohorts "
                    "RENAME TO accounts_cohort_courses",
                ),
            ],
        ),
    ]
