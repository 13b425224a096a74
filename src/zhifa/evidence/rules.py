"""The rules an item of evidence is held to before it can be saved."""

from zhifa.core.rules import Rule, register

L = "《中华人民共和国行政处罚法》"
M = "evidence"

METADATA = Rule(
    "EVD-001", "证据要素", "{detail}",
    f"{L}第四十六条、第四十七条；种子文件003二（一）（照片、视频未注明拍摄人、时间、证明对象）", module=M,
)  # fmt: skip
RECORDED_AT = Rule("EVD-002", "取证时间", "{detail}", f"{L}第四十七条（如实记录执法过程）", module=M)
FILE_NEEDED = Rule(
    "EVD-003", "证据文件", "{detail}", f"{L}第四十六条（视听资料、电子数据以其载体为证据）", module=M
)
CASE_OPEN = Rule(
    "EVD-004", "案件状态", "{detail}",
    f"{L}第四十七条（归档保存）；种子文件001（二）：执法全过程记录，不能删改", module=M,
)  # fmt: skip

UPLOAD_SIZE = Rule(
    "EVD-005", "上传大小", "{detail}", "zhifa 文件存储规则；参数 ZHIFA_EVIDENCE_MAX_MB", "L", module=M
)
UPLOAD_OFFSET = Rule(
    "EVD-006", "续传位置", "本次写入从第 {offset} 字节开始，但已接收 {received} 字节：请从第 {received} 字节续传。",
    "zhifa 断点续传规则：每段只能接在已接收的内容之后", "L", module=M,
)  # fmt: skip
UPLOAD_STATE = Rule("EVD-007", "上传状态", "{detail}", "zhifa 断点续传规则", "L", module=M)

A = "《中华人民共和国档案法》"
ARCHIVE_STATE = Rule(
    "EVD-010", "归档条件", "{detail}",
    f"{A}（应当归档的材料按规定移交、集中管理；条文号未核实）；种子文件001（二）：执法全过程记录，从启动到归档", "S",
    module=M,
)  # fmt: skip
ARCHIVE_COMPLETE = Rule(
    "EVD-011", "案卷完整", "案卷不完整，不能归档。缺少：{missing}。请补齐后再归档。",
    f"种子文件003二（一）（案卷不是一案一卷、顺序混乱、材料不全）；{L}第四十七条（归档保存）", module=M,
)  # fmt: skip
ARCHIVE_LOCKED = Rule(
    "EVD-012", "归档锁定", "{detail}",
    f"{A}（禁止涂改、伪造、擅自销毁档案；条文号未核实）；种子文件001（二）：不能删改；补充材料须注明理由", "S",
    module=M,
)  # fmt: skip
RETENTION = Rule(
    "EVD-013", "保管期限", "{detail}",
    f"{A}（档案鉴定与销毁；条文号未核实）；《机关文件材料归档范围和文书档案保管期限规定》；参数 archive.retention_years",
    "S", module=M,
)  # fmt: skip
DESTRUCTION = Rule(
    "EVD-014", "销毁审批", "{detail}",
    f"{A}（经鉴定可以销毁的档案按规定程序销毁；条文号未核实）；销毁清册经批准、两人以上监销为档案管理通行做法", "S",
    module=M,
)  # fmt: skip

register(METADATA, RECORDED_AT, FILE_NEEDED, CASE_OPEN, UPLOAD_SIZE, UPLOAD_OFFSET, UPLOAD_STATE, ARCHIVE_STATE,
         ARCHIVE_COMPLETE, ARCHIVE_LOCKED, RETENTION, DESTRUCTION)  # fmt: skip
