"""Vietnamese names with roughly their real frequencies, for demo rosters."""

from __future__ import annotations

import random

# (family name, weight): Nguyễn alone is close to four in ten Vietnamese.
FAMILY = [
    ("Nguyễn", 38),
    ("Trần", 11),
    ("Lê", 9),
    ("Phạm", 7),
    ("Hoàng", 5),
    ("Huỳnh", 4),
    ("Phan", 4),
    ("Vũ", 4),
    ("Võ", 3),
    ("Đặng", 2),
    ("Bùi", 2),
    ("Đỗ", 2),
    ("Hồ", 2),
    ("Ngô", 2),
    ("Dương", 1),
    ("Lý", 1),
    ("Đinh", 1),
    ("Trương", 1),
    ("Lò", 1),
    ("Nông", 1),
]
MIDDLE_MALE = ["Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Đình", "Ngọc"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Minh", "Kim", "Mỹ"]
GIVEN_MALE = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đạt",
    "Hải",
    "Hiếu",
    "Hùng",
    "Khánh",
    "Kiên",
    "Long",
    "Lợi",
    "Mạnh",
    "Nam",
    "Nghĩa",
    "Phong",
    "Phúc",
    "Quang",
    "Sơn",
    "Tài",
    "Thắng",
    "Thành",
    "Thịnh",
    "Toàn",
    "Trung",
    "Tuấn",
    "Việt",
    "Vinh",
    "Vũ",
    "Khởi",
    "Sướng",
    "Tiến",
    "Lộc",
]
GIVEN_FEMALE = [
    "Anh",
    "Ánh",
    "Bích",
    "Chi",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hằng",
    "Hạnh",
    "Hoa",
    "Hồng",
    "Huệ",
    "Hương",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Mai",
    "Ngân",
    "Nhung",
    "Oanh",
    "Phượng",
    "Quyên",
    "Thảo",
    "Thủy",
    "Trang",
    "Uyên",
    "Vân",
    "Yến",
    "Diệu",
    "Ngọc",
]
PLACES = [
    "Phường Bến Thành",
    "Phường Tân Định",
    "Xã An Bình",
    "Phường Hoàn Kiếm",
    "Xã Tân Phú",
    "Phường Ninh Kiều",
    "Xã Bình Minh",
    "Phường Hải Châu",
]
ABSENCE_REASONS = [
    "Ốm",
    "Đi công tác",
    "Việc gia đình",
    "Nằm viện",
    "Đi học tập trung",
    "Tuổi cao, sức yếu",
]
STREETS = ["Khu phố 1", "Khu phố 2", "Khu phố 3", "Ấp 1", "Ấp 2", "Tổ dân phố 5", "Thôn Đông"]


def full_name(rng: random.Random, *, female: bool) -> str:
    families = [f for f, _ in FAMILY]
    weights = [w for _, w in FAMILY]
    family = rng.choices(families, weights)[0]
    middle = rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE)
    given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
    if rng.random() < 0.25:
        # Four-word names are common: Nguyễn Thị Bích Ngân.
        middle = f"{middle} {rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)}"
    return f"{family} {middle} {given}"


def committee_of(place: str) -> str:
    """ "Xã An Bình" → "Đảng ủy xã An Bình": the kind of place is lower-case mid-sentence."""
    return f"Đảng ủy {place[0].lower()}{place[1:]}"
