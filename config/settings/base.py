"""The one settings module that defines settings (house style R14).

``dev``, ``test`` and ``prod`` only set environment defaults and import this module. Each setting read from the
environment is documented by its help text; docs/configuration.md lists them (``zhifa settings`` prints them).
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from .env import env_bool, env_int, env_list, env_secret, env_str

# The checkout root: config/settings/base.py -> parents[2].
BASE_DIR = Path(__file__).resolve().parents[2]
SRC_DIR = BASE_DIR / "src" / "zhifa"

DATA_DIR = Path(
    env_str(
        "ZHIFA_DATA_DIR",
        str(BASE_DIR / "var"),
        "数据目录：默认 SQLite 数据库 zhifa.sqlite3 与上传文件（files/）存放于此，默认为检出目录下的 var/。",
        doc_default="<检出目录>/var",
    )
).resolve()

SECRET_KEY = env_secret(
    "ZHIFA_SECRET_KEY",
    "",
    "Django 签名密钥。生产环境必须设置；未设置时开发/演示环境在数据目录生成并保存一个随机密钥。",
)
DEBUG = env_bool("ZHIFA_DEBUG", False, "调试模式，仅限开发环境开启。")
ALLOWED_HOSTS = env_list("ZHIFA_ALLOWED_HOSTS", ["127.0.0.1", "localhost"], "允许访问的主机名，逗号分隔。")
CSRF_TRUSTED_ORIGINS = env_list("ZHIFA_CSRF_TRUSTED_ORIGINS", [], "受信任的跨站来源（含协议），逗号分隔。")
PUBLIC_BASE_URL = env_str(
    "ZHIFA_PUBLIC_BASE_URL",
    "http://127.0.0.1:8000",
    "公众门户的对外地址，用于生成执法证二维码中的核验链接。",
)
REGION_CODE = env_str(
    "ZHIFA_REGION_CODE",
    "",
    "本部署服务的行政区划代码（GB/T 2260），如 431103；为空时取演示区域或第一个司法局的区划。",
)
LAWS_DIR = Path(
    env_str(
        "ZHIFA_LAWS_DIR",
        str(BASE_DIR.parent / "shared" / "data" / "laws"),
        "法律法规库的导入目录：“zhifa laws import”默认从此读取法律法规文本（法规简称(YYYY-MM-DD).md）。",
        doc_default="<检出目录>/../shared/data/laws",
    )
)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "axes",
    "ninja",
    "zhifa.core",
    "zhifa.accounts",
    "zhifa.organisations",
    "zhifa.personnel",
    "zhifa.laws",
    "zhifa.catalog",
    "zhifa.discretion",
    "zhifa.cases",
    "zhifa.evidence",
    "zhifa.licensing",
    "zhifa.coercion",
    "zhifa.inspections",
    "zhifa.acts",
    "zhifa.publicity",
    "zhifa.supervision",
    "zhifa.portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SRC_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "zhifa.core.context_processors.site",
            ],
        },
    },
]

_default_db = f"sqlite:///{DATA_DIR / 'zhifa.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        env_str(
            "DATABASE_URL",
            _default_db,
            "数据库地址。默认是数据目录中的 SQLite；生产环境使用 PostgreSQL，如 postgres://user:pass@host:5432/zhifa。",
            doc_default="sqlite:///<数据目录>/zhifa.sqlite3",
        ),
        conn_max_age=env_int("ZHIFA_DB_CONN_MAX_AGE", 60, "数据库连接复用秒数（PostgreSQL）。"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer commits; IMMEDIATE takes the write lock at BEGIN so two writers
    # never deadlock upgrading a read lock (the audit chain relies on writes being serialised).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:workbench"
LOGOUT_REDIRECT_URL = "accounts:login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Failed-login throttling (django-axes): lock a username from one address after N failures.
AXES_FAILURE_LIMIT = env_int("ZHIFA_LOGIN_FAILURE_LIMIT", 5, "同一账号同一地址连续登录失败多少次后锁定。")
AXES_COOLOFF_TIME = timedelta(
    minutes=env_int("ZHIFA_LOGIN_LOCK_MINUTES", 15, "登录失败锁定的分钟数，期满自动解锁。")
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [SRC_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
MEDIA_ROOT = DATA_DIR / "files"
MEDIA_URL = "/files/"

# The content-addressed file store (``core.storage``): the data directory by default; S3-compatible object storage
# (MinIO, a government cloud's OSS/OBS, AWS S3) when ZHIFA_USE_S3 is on — install with `pip install -e .[s3]`.
USE_S3 = env_bool(
    "ZHIFA_USE_S3",
    False,
    "把证据、归档 PDF 等存储文件放入 S3 兼容对象存储（需安装 zhifa[s3]）；默认存于数据目录 files/blobs。",
)
_s3 = {
    "bucket_name": env_str("ZHIFA_S3_BUCKET", "", "对象存储桶名称（ZHIFA_USE_S3 开启时必填）。"),
    "endpoint_url": env_str(
        "ZHIFA_S3_ENDPOINT_URL", "", "对象存储服务地址，如 http://minio.internal:9000；使用 AWS S3 时留空。"
    )
    or None,
    "region_name": env_str("ZHIFA_S3_REGION", "", "对象存储区域（服务要求时填写）。") or None,
    "access_key": env_secret(
        "ZHIFA_S3_ACCESS_KEY", "", "对象存储访问密钥 ID（或 ZHIFA_S3_ACCESS_KEY_FILE）。"
    )
    or None,
    "secret_key": env_secret("ZHIFA_S3_SECRET_KEY", "", "对象存储访问密钥（或 ZHIFA_S3_SECRET_KEY_FILE）。")
    or None,
    "location": env_str("ZHIFA_S3_PREFIX", "blobs", "存储文件在桶内的前缀。"),
    "file_overwrite": False,  # content-addressed: an existing name already holds the same bytes
    "default_acl": None,
    "querystring_auth": True,
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "blobs": (
        {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": _s3}
        if USE_S3
        else {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": MEDIA_ROOT / "blobs", "file_permissions_mode": 0o440,
                        "directory_permissions_mode": 0o750},
        }
    ),
}  # fmt: skip
FILE_UPLOAD_MAX_BYTES = (
    env_int("ZHIFA_UPLOAD_MAX_MB", 20, "单个上传文件（如委托书、证件照片）的最大兆字节数。") * 1024 * 1024
)

EVIDENCE_UPLOAD_MAX_BYTES = (
    env_int("ZHIFA_EVIDENCE_MAX_MB", 4096, "单个证据文件（执法记录仪视频等）的最大兆字节数。") * 1024 * 1024
)

SWEEP_GRACE_HOURS = env_int(
    "ZHIFA_SWEEP_GRACE_HOURS", 48,
    "zhifa sweep 只清理早于此小时数、且没有任何记录引用的文件与中断的续传（给正在进行的上传留出时间）。",
)  # fmt: skip

EVIDENCE_RESUMABLE_MIN_BYTES = (
    env_int("ZHIFA_RESUMABLE_MIN_MB", 8, "证据页面上超过此兆字节数的文件按断点续传分段上传。") * 1024 * 1024
)

SESSION_COOKIE_AGE = env_int("ZHIFA_SESSION_SECONDS", 8 * 3600, "工作台登录会话有效秒数。")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("ZHIFA_SECURE_COOKIES", False, "仅通过 HTTPS 发送 Cookie（生产环境开启）。")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

NINJA_PAGINATION_PER_PAGE = 50

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("ZHIFA_LOG_LEVEL", "INFO", "日志级别。")},
    # WeasyPrint logs every layout step of every PDF at INFO.
    "loggers": {
        "axes": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
