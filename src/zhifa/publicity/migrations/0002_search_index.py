"""The full-text index over published records (``publicity.search_index``): FTS5 on SQLite, a GIN-indexed
tsvector on PostgreSQL. Written by hand because Django does not model either."""

from django.db import migrations

from zhifa.publicity import search_index


class Migration(migrations.Migration):
    dependencies = [("publicity", "0001_initial")]

    operations = [migrations.RunPython(search_index.create, search_index.drop)]
