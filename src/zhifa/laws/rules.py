"""Rules of the law library (法律法规库), with their sources (listed at /workbench/rules/).

The file rules follow the statute folder's format (its README.md) and 《立法法》's numbering of 编、章、节、条
in Chinese numerals in order; they are local rules of this platform (tag ``L``).
"""

from zhifa.core.rules import Rule, register

FORMAT = (
    "法律法规文本格式（法律法规库导入目录 README.md：“# 标题”、题注至“<!-- INFO END -->”、每条以“第X条”开头）"
)

LAW_UNPARSEABLE = Rule(
    "LAW-001", "法律法规文件无法解析", "{detail}未导入任何内容。", FORMAT, "L", "laws",
)  # fmt: skip
LAW_NUMBERING = Rule(
    "LAW-002", "条文序号须依次排列", "{detail}未导入任何内容。",
    "《中华人民共和国立法法》关于编、章、节、条的序号用中文数字依次表述的规定；" + FORMAT, "L", "laws",
)  # fmt: skip
LAW_FILE_NAME = Rule(
    "LAW-003", "文件名须载明版本日期", "{detail}未导入任何内容。",
    "法律法规库文件命名规则：“法规简称(YYYY-MM-DD).md”，日期为通过、修订或修正的日期", "L", "laws",
)  # fmt: skip
LAW_VERSION_CONFLICT = Rule(
    "LAW-004", "同一版本内容不一致",
    "《{title}》{version_date} 版本已导入（来源“{existing}”），但文件“{name}”的内容与之不同；已导入的版本不会被覆盖，"
    "如需更正请核对原文。未导入任何内容。",
    "法律法规库版本规则：一个版本日期对应一个不可更改的文本（以 SHA-256 标识）", "L", "laws",
)  # fmt: skip
LAW_DIRECTORY_MISSING = Rule(
    "LAW-005", "导入目录不存在", "目录“{directory}”不存在或不是目录；可通过环境变量 ZHIFA_LAWS_DIR 指定。",
    "法律法规库导入目录（设置 ZHIFA_LAWS_DIR）", "L", "laws",
)  # fmt: skip
LAW_CITATION_NOT_FOUND = Rule(
    "LAW-006", "引用的条文不在库中", "法律法规库中没有找到“{text}”所引用的法律法规、版本或条文。",
    "法律法规库引用规则：《法规名称》第X条（第X款、第（X）项），按指定日期施行的版本解析", "L", "laws",
    http_status=404,
)  # fmt: skip

# The rule of each parse error class (``domain.parser.LawParseError.code``).
PARSE_RULES = {rule.code: rule for rule in (LAW_UNPARSEABLE, LAW_NUMBERING, LAW_FILE_NAME)}

register(
    LAW_UNPARSEABLE, LAW_NUMBERING, LAW_FILE_NAME, LAW_VERSION_CONFLICT, LAW_DIRECTORY_MISSING,
    LAW_CITATION_NOT_FOUND,
)  # fmt: skip
