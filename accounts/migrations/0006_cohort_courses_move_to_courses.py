"""The cohort <-> course assignment moves to the courses app (CoursePage.cohorts).

State only: the table is renamed by courses 0007, which keeps every row.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_centre_people_permission"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name="cohort", name="courses")],
        ),
    ]
