"""Platform-level rules (file uploads, periods) registered for the rule listing."""

from .rules import Rule, register

FILE_TYPE = Rule(
    "FILE-TYPE",
    "文件类型",
    "文件“{name}”的类型不被接受，仅接受：{labels}（按文件内容识别）。",
    "zhifa 文件存储规则：按文件内容而非扩展名识别类型",
    "L",
    "core",
)
FILE_SIZE = Rule(
    "FILE-SIZE",
    "文件大小",
    "文件“{name}”超过大小上限 {limit} MB。",
    "zhifa 文件存储规则；参数 ZHIFA_UPLOAD_MAX_MB",
    "L",
    "core",
)
PERIOD_NEGATIVE = Rule(
    "CAL-001", "期限天数", "期限天数不能为负数。", "《民事诉讼法》第八十五条（期间的计算）", "V", "core"
)

register(FILE_TYPE, FILE_SIZE, PERIOD_NEGATIVE)
