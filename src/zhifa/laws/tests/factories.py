"""Factories for the law library, and ``statute`` to write a small statute text in the folder's format.

``ArticleFactory()`` builds an article of a current version of a law (other apps' tests can cite it);
``import_statute(text, name)`` goes through the real importer instead.
"""

from __future__ import annotations

from datetime import date

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from zhifa.accounts.actors import Actor
from zhifa.laws.constants import LawKind
from zhifa.laws.models import Article, Law, LawVersion
from zhifa.laws.numbers import article_label
from zhifa.laws.services import LawImportResult, law_import_file


class LawFactory(DjangoModelFactory):
    class Meta:
        model = Law
        django_get_or_create = ("title",)

    title = factory.Sequence(lambda n: f"中华人民共和国测试{n}法")
    short_title = factory.LazyAttribute(lambda o: o.title.removeprefix("中华人民共和国"))
    kind = LawKind.LAW


class LawVersionFactory(DjangoModelFactory):
    class Meta:
        model = LawVersion

    law = factory.SubFactory(LawFactory)
    version_date = date(2021, 1, 22)
    effective_from = factory.LazyAttribute(lambda o: o.version_date)
    source_name = factory.LazyAttribute(lambda o: f"{o.law.short_title}({o.version_date:%Y-%m-%d}).md")
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    imported_at = factory.LazyFunction(timezone.now)
    imported_by = "测试"
    is_current = True


class ArticleFactory(DjangoModelFactory):
    class Meta:
        model = Article

    version = factory.SubFactory(LawVersionFactory)
    number = factory.Sequence(lambda n: n + 1)
    label = factory.LazyAttribute(lambda o: article_label(o.number))
    chapter = "第一章 总则"
    paragraphs = factory.LazyAttribute(lambda o: [f"{o.label}的内容。"])
    text = factory.LazyAttribute(lambda o: "\n".join(o.paragraphs))


def statute(title: str, *articles: str, preamble: str = "", headings: bool = True) -> str:
    """A statute text in the folder's format: title, preamble, one chapter, and the given article lines."""
    head = f"# {title}\n\n{preamble}\n\n<!-- INFO END -->\n\n"
    chapter = "## 第一章 总则\n\n" if headings else ""
    return head + chapter + "\n\n".join(articles) + "\n"


def import_statute(text: str, name: str, by: Actor | None = None) -> LawImportResult:
    """Import ``text`` as the file ``name`` through the real service."""
    return law_import_file(by=by or Actor.system("测试导入"), source=text.encode("utf-8"), name=name)
