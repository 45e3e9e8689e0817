"""The checks of SPEC §5.4, one function each, and the messages the user reads.

Each check raises `InputError` with a reason a secretary understands and can act
on; `consolidate` calls them in the order the SPEC gives.
"""

from __future__ import annotations

from datetime import datetime

from studylog.domain.enums import Level
from studylog.domain.models import Campaign, Unit
from studylog.errors import InputError
from studylog.exchange import package_data as pd
from studylog.exchange import signing
from studylog.exchange.package_labels import SUMMARY_ROWS
from studylog.exchange.package_read import PackageFile
from studylog.i18n import Message, msg
from studylog.storage import convert, packages
from studylog.storage.store import Store

REQUIRED_META = (
    "package_uid",
    "sequence",
    "unit_code",
    "unit_level",
    "campaign_code",
    "generated_at",
    "data_sha256",
)


def invalid_meta(name: str, key: str) -> InputError:
    return InputError(
        msg(
            "{file} is not a valid StudyLog package: its _meta value {key} is missing or wrong.",
            "{file} không phải là gói dữ liệu StudyLog hợp lệ: giá trị {key} trong _meta bị"
            " thiếu hoặc sai.",
            file=name,
            key=key,
        )
    )


def check_version(meta: dict[str, str], name: str) -> None:
    """A newer format is refused first; then the keys every version-1 package has."""
    try:
        version = int(meta.get("format_version", ""))
    except ValueError:
        raise invalid_meta(name, "format_version") from None
    if version > pd.FORMAT_VERSION:
        raise InputError(
            msg(
                "{file} was made by a newer StudyLog (package format {found}; this version"
                " reads up to {known}); update StudyLog, then import it again.",
                "{file} được tạo bởi phiên bản StudyLog mới hơn (định dạng gói {found}; phiên"
                " bản này chỉ đọc đến {known}); hãy cập nhật StudyLog rồi nhập lại.",
                file=name,
                found=version,
                known=pd.FORMAT_VERSION,
            )
        )
    if version < 1:
        raise invalid_meta(name, "format_version")
    for key in REQUIRED_META:
        if not meta.get(key, "").strip():
            raise invalid_meta(name, key)
    try:
        if int(meta["sequence"]) < 1:
            raise invalid_meta(name, "sequence")
        if datetime.fromisoformat(meta["generated_at"]).tzinfo is None:
            raise invalid_meta(name, "generated_at")
    except ValueError:
        raise invalid_meta(name, "sequence/generated_at") from None
    if meta["unit_level"] not in {lv.value for lv in Level}:
        raise invalid_meta(name, "unit_level")


def check_hash(package: PackageFile, name: str) -> None:
    if pd.data_sha256(package.records) != package.meta["data_sha256"].strip().lower():
        raise InputError(
            msg(
                "The data in {file} was changed after export (its checksum does not match);"
                " ask {unit} to export the package again.",
                "Dữ liệu trong {file} đã bị thay đổi sau khi xuất (mã kiểm tra không khớp);"
                " hãy đề nghị {unit} xuất lại gói dữ liệu.",
                file=name,
                unit=package.meta["unit_code"],
            )
        )


def check_key(
    store: Store, meta: dict[str, str], unit: Unit | None, name: str, accept: set[str]
) -> tuple[bool, bool, Message | None]:
    """(trust the package's key now, the key replaces another, a warning)."""
    code = meta["unit_code"]
    public, signature = meta.get("public_key", ""), meta.get("signature", "")
    if (public or signature) and not signing.verify(meta):
        raise InputError(
            msg(
                "The signature of {file} is not valid: the package was altered, or it was not"
                " made by {unit}.",
                "Chữ ký của {file} không hợp lệ: gói dữ liệu đã bị sửa, hoặc không phải do"
                " {unit} tạo ra.",
                file=name,
                unit=code,
            )
        )
    trusted = None if unit is None else packages.trusted_key(store, unit.uid)
    if not public:
        if trusted is not None:
            raise InputError(
                msg(
                    "{file} is not signed, but the earlier packages of {unit} were; it was"
                    " refused.",
                    "{file} không có chữ ký, trong khi các gói trước của {unit} đều có; gói"
                    " bị từ chối.",
                    file=name,
                    unit=code,
                )
            )
        return False, False, msg("{file} is not signed.", "{file} không có chữ ký số.", file=name)
    if trusted is None:
        return True, False, None
    if trusted == public:
        return False, False, None
    if code in accept:
        return (
            True,
            True,
            msg(
                "The new signing key of {unit} (fingerprint {new}) was accepted.",
                "Đã chấp nhận khóa ký mới của {unit} (dấu vân tay {new}).",
                unit=code,
                new=signing.fingerprint(public),
            ),
        )
    raise InputError(
        msg(
            "{file} is signed with a key (fingerprint {new}) different from the one first seen"
            " for {unit} ({old}). If {unit} reinstalled StudyLog, confirm the fingerprint with"
            " them and accept the new key with --accept-new-key {unit}.",
            "{file} được ký bằng khóa (dấu vân tay {new}) khác với khóa đã biết của {unit}"
            " ({old}). Nếu {unit} đã cài lại StudyLog, hãy xác nhận dấu vân tay với đơn vị rồi"
            " chấp nhận khóa mới bằng --accept-new-key {unit}.",
            file=name,
            unit=code,
            new=signing.fingerprint(public),
            old=signing.fingerprint(trusted),
        )
    )


def check_unit(meta: dict[str, str], unit: Unit | None, home: Unit, name: str) -> None:
    if unit is not None:
        return
    if meta.get("parent_code", "") == home.code and meta["unit_code"] != home.code:
        return
    raise InputError(
        msg(
            "{file} comes from {unit} ({code}), which is not registered here and does not name"
            " {home} ({home_code}) as its upper level. If it reports to you, register it with"
            " `studylog units add`.",
            "{file} là của {unit} ({code}), đơn vị chưa được đăng ký ở đây và không ghi"
            " {home} ({home_code}) là cấp trên. Nếu đơn vị đó báo cáo lên đây, hãy đăng ký"
            " bằng `studylog units add`.",
            file=name,
            unit=meta.get("unit_name", ""),
            code=meta["unit_code"],
            home=home.name,
            home_code=home.code,
        )
    )


def check_campaign(store: Store, meta: dict[str, str]) -> Campaign:
    row = store.one("SELECT * FROM campaigns WHERE code = ?", [meta["campaign_code"]])
    if row is None:
        raise InputError(
            msg(
                "This installation has no campaign {code} ({title}); create the campaign or"
                " import the plan first, then import the package again.",
                "Ở đây chưa có đợt học tập {code} ({title}); hãy tạo đợt học tập hoặc nhập kế"
                " hoạch trước, rồi nhập lại gói dữ liệu.",
                code=meta["campaign_code"],
                title=meta.get("campaign_title", ""),
            )
        )
    return convert.campaign(row)


def check_fields(package: PackageFile, name: str) -> None:
    try:
        pd.validate(package.records)
        pd.aggregate_of(package.records)
    except InputError as exc:
        raise InputError(
            msg(
                "{file} cannot be imported: {problem}",
                "Không nhập được {file}: {problem}",
                file=name,
                problem=exc.message,
            )
        ) from exc


def visible_warning(package: PackageFile, name: str) -> Message | None:
    """Whether the visible Tổng hợp sheet still shows the figures of `_data`."""
    summary = pd.aggregate_of(package.records)
    counts = summary.counts() | {"attended_after_makeup": summary.attended_after_makeup}
    notes = {"rate": summary.rate.text, "rate_after_makeup": summary.rate_after_makeup.text}
    visible = package.visible or {}
    edited = package.visible is None
    for key, _label, note in SUMMARY_ROWS:
        value, shown_note = visible.get(key, (None, None))
        if value != counts[key] or isinstance(value, bool):
            edited = True
        if note and shown_note != notes[note]:
            edited = True
    if not edited:
        return None
    return msg(
        "The Tổng hợp sheet of {file} was edited by hand; the figures were imported from the"
        " package's data, not from the sheet.",
        "Trang Tổng hợp của {file} đã bị sửa bằng tay; số liệu được nhập từ dữ liệu của gói,"
        " không lấy từ trang này.",
        file=name,
    )


def registered(meta: dict[str, str]) -> Message:
    return msg(
        "{name} ({code}) is registered as a unit below this one.",
        "Đăng ký {name} ({code}) là đơn vị trực thuộc.",
        name=meta.get("unit_name", ""),
        code=meta["unit_code"],
    )


def replaces(sequence: int) -> Message:
    return msg(
        "Replaces the package with sequence number {old}.",
        "Thay thế gói dữ liệu có số thứ tự {old}.",
        old=sequence,
    )


def older(meta: dict[str, str], current: int) -> Message:
    return msg(
        "An older package (sequence number {seq}; number {current} is already imported): ignored.",
        "Gói dữ liệu cũ hơn (số thứ tự {seq}; đã nhập gói số {current}): bỏ qua.",
        seq=meta["sequence"],
        current=current,
    )
