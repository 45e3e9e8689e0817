"""Schema steps, applied in order at start. A released step is never edited: add a new one.

`PRAGMA user_version` mirrors the number of steps, so a database written by a newer
StudyLog (more steps than this one knows) is recognised before anything is written.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("studylog")

# Dates are ISO text (yyyy-mm-dd); booleans are 0/1; every record's key is a text UUID.
_V1 = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE units (
    uid TEXT PRIMARY KEY,
    code TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    level TEXT NOT NULL CHECK (level IN ('chi_bo','dang_bo_co_so','xa','tinh','huyen')),
    parent_uid TEXT REFERENCES units(uid),
    parent_name TEXT NOT NULL DEFAULT '',
    parent_code TEXT NOT NULL DEFAULT '',
    secretary TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    active_from TEXT,
    active_to TEXT,
    is_home INTEGER NOT NULL DEFAULT 0 CHECK (is_home IN (0, 1))
);
-- Codes are unique among siblings; the home unit has no parent row.
CREATE UNIQUE INDEX units_code ON units(ifnull(parent_uid, ''), code);
CREATE UNIQUE INDEX units_one_home ON units(is_home) WHERE is_home = 1;

CREATE TABLE members (
    uid TEXT PRIMARY KEY,
    unit_uid TEXT NOT NULL REFERENCES units(uid),
    full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    name_key TEXT NOT NULL,
    sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', 'nam', 'nu')),
    birth_date TEXT,
    birth_year INTEGER,
    card_no TEXT,
    citizen_id TEXT,
    status TEXT NOT NULL DEFAULT 'chinh_thuc' CHECK (status IN ('chinh_thuc', 'du_bi')),
    joined_date TEXT,
    official_date TEXT,
    phone TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX members_card ON members(card_no) WHERE card_no IS NOT NULL;
CREATE UNIQUE INDEX members_citizen ON members(citizen_id) WHERE citizen_id IS NOT NULL;
CREATE INDEX members_unit ON members(unit_uid);
CREATE INDEX members_name_key ON members(name_key);

CREATE TABLE member_events (
    uid TEXT PRIMARY KEY,
    member_uid TEXT NOT NULL REFERENCES members(uid) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN
        ('chuyen_den','chuyen_di','tu_tran','ra_khoi_dang','mien','tam_mien')),
    date_from TEXT NOT NULL,
    date_to TEXT,
    decision_no TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    CHECK (date_to IS NULL OR date_to >= date_from)
);
CREATE UNIQUE INDEX member_events_natural ON member_events(member_uid, kind, date_from);

CREATE TABLE campaigns (
    uid TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    documents TEXT NOT NULL DEFAULT '',
    issuing_body TEXT NOT NULL DEFAULT '',
    plan_ref TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    deadline TEXT,
    report_deadline TEXT,
    essay_deadline TEXT,
    essays_required INTEGER NOT NULL DEFAULT 1 CHECK (essays_required IN (0, 1)),
    essay_scale TEXT NOT NULL DEFAULT 'Tốt, Khá, Đạt, Chưa đạt'
);

CREATE TABLE sessions (
    uid TEXT PRIMARY KEY,
    campaign_uid TEXT NOT NULL REFERENCES campaigns(uid),
    date TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '',
    end_time TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'truc_tiep' CHECK (kind IN
        ('truc_tuyen','truc_tiep','ket_hop','truyen_hinh')),
    title TEXT NOT NULL DEFAULT '',
    chair TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    makeup_of TEXT REFERENCES sessions(uid),
    notes TEXT NOT NULL DEFAULT '',
    CHECK (makeup_of IS NULL OR makeup_of <> uid)
);
CREATE INDEX sessions_campaign ON sessions(campaign_uid, date);

CREATE TABLE points (
    uid TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    address TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL DEFAULT '' CHECK (level IN ('', 'tw', 'tinh', 'xa', 'chi_bo'))
);

CREATE TABLE session_points (
    uid TEXT PRIMARY KEY,
    session_uid TEXT NOT NULL REFERENCES sessions(uid) ON DELETE CASCADE,
    point_uid TEXT NOT NULL REFERENCES points(uid),
    chair TEXT NOT NULL DEFAULT '',
    technician TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    planned_start TEXT NOT NULL DEFAULT '',
    planned_end TEXT NOT NULL DEFAULT '',
    actual_start TEXT NOT NULL DEFAULT '',
    actual_end TEXT NOT NULL DEFAULT '',
    test_done INTEGER NOT NULL DEFAULT 0 CHECK (test_done IN (0, 1)),
    n_dang_vien INTEGER NOT NULL DEFAULT 0 CHECK (n_dang_vien >= 0),
    n_can_bo_cong_chuc_vien_chuc INTEGER NOT NULL DEFAULT 0
        CHECK (n_can_bo_cong_chuc_vien_chuc >= 0),
    n_doan_vien_hoi_vien INTEGER NOT NULL DEFAULT 0 CHECK (n_doan_vien_hoi_vien >= 0),
    n_quan_chung INTEGER NOT NULL DEFAULT 0 CHECK (n_quan_chung >= 0),
    n_khac INTEGER NOT NULL DEFAULT 0 CHECK (n_khac >= 0),
    quality TEXT CHECK (quality IS NULL OR quality IN ('tot','gian_doan','khong_ket_noi'))
);
CREATE UNIQUE INDEX session_points_natural ON session_points(session_uid, point_uid);

CREATE TABLE incidents (
    uid TEXT PRIMARY KEY,
    session_point_uid TEXT NOT NULL REFERENCES session_points(uid) ON DELETE CASCADE,
    time TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('mat_hinh','mat_tieng','mat_ket_noi','khac')),
    minutes_lost INTEGER NOT NULL DEFAULT 0 CHECK (minutes_lost >= 0),
    handling TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incidents_point ON incidents(session_point_uid);

CREATE TABLE attendance (
    uid TEXT PRIMARY KEY,
    session_uid TEXT NOT NULL REFERENCES sessions(uid) ON DELETE CASCADE,
    member_uid TEXT NOT NULL REFERENCES members(uid),
    status TEXT NOT NULL CHECK (status IN ('co_mat','muon_som','vang_co_ly_do','vang')),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX attendance_natural ON attendance(session_uid, member_uid);
CREATE INDEX attendance_member ON attendance(member_uid);

CREATE TABLE makeups (
    uid TEXT PRIMARY KEY,
    campaign_uid TEXT NOT NULL REFERENCES campaigns(uid),
    member_uid TEXT NOT NULL REFERENCES members(uid),
    method TEXT NOT NULL CHECK (method IN ('lop_bu','du_ghep','tu_nghien_cuu')),
    date TEXT,
    evidence TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX makeups_natural ON makeups(campaign_uid, member_uid);

CREATE TABLE essays (
    uid TEXT PRIMARY KEY,
    campaign_uid TEXT NOT NULL REFERENCES campaigns(uid),
    member_uid TEXT NOT NULL REFERENCES members(uid),
    submitted TEXT,
    grade TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX essays_natural ON essays(campaign_uid, member_uid);

-- Append-only: who changed what, when, old → new (JSON). Triggers forbid rewriting it.
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT NOT NULL,
    record_uid TEXT NOT NULL,
    old TEXT,
    new TEXT
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
"""


def _statements(script: str) -> list[str]:
    """Split a script into statements, keeping trigger bodies whole.

    `executescript` would do this, but it commits the open transaction first, and
    each schema step must run inside the migration's own transaction.
    """
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return out


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    for statement in _statements(_V1):
        db.execute(statement)


# Packages: what this unit exported (the sequence is persisted per campaign), the
# packages accepted from the units below with their aggregate figures, a log of
# every file offered for consolidation, and the public key trusted for each unit.
_V2 = """
CREATE TABLE exports (
    uid TEXT PRIMARY KEY,
    campaign_uid TEXT NOT NULL REFERENCES campaigns(uid),
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    supersedes TEXT NOT NULL DEFAULT '',
    generated_at TEXT NOT NULL,
    data_sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX exports_sequence ON exports(campaign_uid, sequence);

-- One accepted package per child unit and campaign: the latest one; uid = package_uid.
CREATE TABLE packages (
    uid TEXT PRIMARY KEY,
    unit_uid TEXT NOT NULL REFERENCES units(uid),
    campaign_uid TEXT NOT NULL REFERENCES campaigns(uid),
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    supersedes TEXT NOT NULL DEFAULT '',
    generated_at TEXT NOT NULL,
    data_sha256 TEXT NOT NULL,
    format_version INTEGER NOT NULL,
    app_version TEXT NOT NULL DEFAULT '',
    unit_code TEXT NOT NULL,
    unit_name TEXT NOT NULL DEFAULT '',
    unit_level TEXT NOT NULL,
    public_key TEXT NOT NULL DEFAULT '',
    members_total INTEGER NOT NULL DEFAULT 0 CHECK (members_total >= 0),
    chinh_thuc INTEGER NOT NULL DEFAULT 0 CHECK (chinh_thuc >= 0),
    du_bi INTEGER NOT NULL DEFAULT 0 CHECK (du_bi >= 0),
    exempt INTEGER NOT NULL DEFAULT 0 CHECK (exempt >= 0),
    required INTEGER NOT NULL DEFAULT 0 CHECK (required >= 0),
    attended INTEGER NOT NULL DEFAULT 0 CHECK (attended >= 0),
    made_up INTEGER NOT NULL DEFAULT 0 CHECK (made_up >= 0),
    exempt_attended INTEGER NOT NULL DEFAULT 0 CHECK (exempt_attended >= 0),
    sessions INTEGER NOT NULL DEFAULT 0 CHECK (sessions >= 0),
    makeup_sessions INTEGER NOT NULL DEFAULT 0 CHECK (makeup_sessions >= 0),
    connection_points INTEGER NOT NULL DEFAULT 0 CHECK (connection_points >= 0),
    guests_can_bo_cong_chuc_vien_chuc INTEGER NOT NULL DEFAULT 0
        CHECK (guests_can_bo_cong_chuc_vien_chuc >= 0),
    guests_doan_vien_hoi_vien INTEGER NOT NULL DEFAULT 0 CHECK (guests_doan_vien_hoi_vien >= 0),
    guests_quan_chung INTEGER NOT NULL DEFAULT 0 CHECK (guests_quan_chung >= 0),
    guests_khac INTEGER NOT NULL DEFAULT 0 CHECK (guests_khac >= 0),
    essays_required INTEGER NOT NULL DEFAULT 0 CHECK (essays_required >= 0),
    essays_submitted INTEGER NOT NULL DEFAULT 0 CHECK (essays_submitted >= 0),
    essays_late INTEGER NOT NULL DEFAULT 0 CHECK (essays_late >= 0),
    grades TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX packages_current ON packages(unit_uid, campaign_uid);
CREATE INDEX packages_campaign ON packages(campaign_uid);

-- The package's `_data` records as they came (JSON of the fields), for follow-up views.
CREATE TABLE package_records (
    uid TEXT PRIMARY KEY,
    package_uid TEXT NOT NULL REFERENCES packages(uid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE UNIQUE INDEX package_records_natural ON package_records(package_uid, position);

CREATE TABLE package_log (
    uid TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL CHECK (result IN ('new','replaced','unchanged','older','rejected')),
    unit_code TEXT NOT NULL DEFAULT '',
    campaign_code TEXT NOT NULL DEFAULT '',
    package_uid TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT ''
);
CREATE INDEX package_log_at ON package_log(at);

CREATE TABLE trusted_keys (
    uid TEXT PRIMARY KEY,
    unit_uid TEXT NOT NULL UNIQUE REFERENCES units(uid),
    public_key TEXT NOT NULL,
    trusted_at TEXT NOT NULL
);
"""


@migrations(name="0002_packages")
def _packages(db: Database) -> None:
    for statement in _statements(_V2):
        db.execute(statement)


SCHEMA_VERSION = len(migrations._migrations)
