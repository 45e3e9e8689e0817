"""The closed vocabularies of SPEC §2; their values are the codes stored and exchanged."""

from enum import StrEnum


class Level(StrEnum):
    CHI_BO = "chi_bo"
    DANG_BO_CO_SO = "dang_bo_co_so"
    XA = "xa"
    TINH = "tinh"
    # Only so that packages made before Quy định 294-QĐ/TW stay readable.
    HUYEN = "huyen"

    @property
    def is_committee(self) -> bool:
        """A Party committee (đảng ủy) signs "T/M ĐẢNG ỦY"; a cell signs "T/M CHI BỘ"."""
        return self is not Level.CHI_BO


HOME_LEVELS = (Level.CHI_BO, Level.DANG_BO_CO_SO, Level.XA, Level.TINH)


class MemberStatus(StrEnum):
    CHINH_THUC = "chinh_thuc"
    DU_BI = "du_bi"


class Sex(StrEnum):
    NAM = "nam"
    NU = "nu"


class EventKind(StrEnum):
    """Dated events of a member's history; exemptions carry a from–to range."""

    CHUYEN_DEN = "chuyen_den"  # joined the unit (transfer in, or admission)
    CHUYEN_DI = "chuyen_di"  # transferred out
    TU_TRAN = "tu_tran"  # died
    RA_KHOI_DANG = "ra_khoi_dang"  # left the Party
    MIEN = "mien"  # exempt from party work and activities
    TAM_MIEN = "tam_mien"  # temporarily exempt


EXEMPTION_KINDS = (EventKind.MIEN, EventKind.TAM_MIEN)
LEAVING_KINDS = (EventKind.CHUYEN_DI, EventKind.TU_TRAN, EventKind.RA_KHOI_DANG)


class DenominatorRule(StrEnum):
    TRU_MIEN = "tru_mien"
    TAT_CA = "tat_ca"
    TRU_MIEN_VA_TAM_MIEN = "tru_mien_va_tam_mien"

    def excludes(self, kind: EventKind) -> bool:
        if self is DenominatorRule.TAT_CA:
            return False
        if self is DenominatorRule.TRU_MIEN:
            return kind is EventKind.MIEN
        return kind in EXEMPTION_KINDS


class SessionKind(StrEnum):
    TRUC_TUYEN = "truc_tuyen"
    TRUC_TIEP = "truc_tiep"
    KET_HOP = "ket_hop"
    TRUYEN_HINH = "truyen_hinh"


class PointLevel(StrEnum):
    TW = "tw"
    TINH = "tinh"
    XA = "xa"
    CHI_BO = "chi_bo"


class Quality(StrEnum):
    TOT = "tot"
    GIAN_DOAN = "gian_doan"
    KHONG_KET_NOI = "khong_ket_noi"


class IncidentKind(StrEnum):
    MAT_HINH = "mat_hinh"
    MAT_TIENG = "mat_tieng"
    MAT_KET_NOI = "mat_ket_noi"
    KHAC = "khac"


class Group(StrEnum):
    """Attendee groups at a connection point, counted in lượt (person-times)."""

    DANG_VIEN = "dang_vien"
    CAN_BO = "can_bo_cong_chuc_vien_chuc"
    DOAN_VIEN = "doan_vien_hoi_vien"
    QUAN_CHUNG = "quan_chung"
    KHAC = "khac"


GUEST_GROUPS = (Group.CAN_BO, Group.DOAN_VIEN, Group.QUAN_CHUNG, Group.KHAC)


class AttendanceStatus(StrEnum):
    CO_MAT = "co_mat"
    MUON_SOM = "muon_som"
    VANG_CO_LY_DO = "vang_co_ly_do"
    VANG = "vang"

    @property
    def present(self) -> bool:
        """Late or leaving early still counts as present (flagged)."""
        return self in (AttendanceStatus.CO_MAT, AttendanceStatus.MUON_SOM)


class MakeupMethod(StrEnum):
    LOP_BU = "lop_bu"
    DU_GHEP = "du_ghep"
    TU_NGHIEN_CUU = "tu_nghien_cuu"


class EssayStatus(StrEnum):
    CHUA_NOP = "chua_nop"
    DA_NOP = "da_nop"
    NOP_MUON = "nop_muon"
    DA_CHAM = "da_cham"
