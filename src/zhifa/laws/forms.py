"""Page forms of the law library: they parse input; the services decide (house style R3)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from zhifa.core.forms import BootstrapMixin


class LawImportForm(BootstrapMixin, forms.Form):
    """One statute file to import (法规简称(YYYY-MM-DD).md, UTF-8 Markdown)."""

    file = forms.FileField(
        label="法律法规文本",
        help_text="Markdown 文件，文件名为“法规简称(YYYY-MM-DD).md”，日期为通过、修订或修正的日期；"
        "内容相同的文件不会重复导入。",
        widget=forms.ClearableFileInput(attrs={"accept": ".md,text/markdown"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".md"):
            raise ValidationError("请上传 .md 格式的法律法规文本。")
        if upload.size > settings.FILE_UPLOAD_MAX_BYTES:
            raise ValidationError("文件超过上传大小上限。")
        return upload
