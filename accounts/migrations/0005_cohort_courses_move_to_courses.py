"""The cohort <-> course assignment moves to the courses app (CoursePage.cohorts).

State only: the table is renamed by courses 0005, which keeps every row.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_profile_phone_and_sign_in_codes"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name="cohort", name="courses")],
        ),
    ]
