"""Ed25519 signatures on packages: one key pair per installation, trust on first use.

The private key lives beside the database, in `<database file>.key` (PKCS#8 PEM,
created on first export with permissions 0600). What this protects against and
what it does not is written down in docs/SIGNING.md.

What is signed: the UTF-8 bytes of `SIGNATURE_CONTEXT` followed by the compact JSON
object of every `_meta` key and value except `signature` itself (keys sorted,
separators `,` `:`, non-ASCII as is). `data_sha256` is one of those keys, so the
signature covers the data, and with it the unit, campaign, sequence, package uid,
generation time and the public key.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg
from studylog.storage.store import Store

SIGNATURE_CONTEXT = "studylog-package-signature-v1\n"
KEY_SUFFIX = ".key"


def signed_message(meta: Mapping[str, str]) -> bytes:
    """The bytes the signature covers: every `_meta` pair but `signature`."""
    pairs = {k: v for k, v in meta.items() if k != "signature"}
    body = json.dumps(pairs, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (SIGNATURE_CONTEXT + body).encode("utf-8")


def fingerprint(public_key: str) -> str:
    """A short form of a public key to read out on the phone: `1A2B-3C4D-5E6F-7A8B`."""
    digest = hashlib.sha256(public_key.encode("ascii", "replace")).hexdigest()[:16].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class Signer:
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        raw = self.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return base64.b64encode(raw).decode("ascii")

    def sign(self, meta: Mapping[str, str]) -> str:
        return base64.b64encode(self.private_key.sign(signed_message(meta))).decode("ascii")


def verify(meta: Mapping[str, str]) -> bool:
    """Whether `meta["signature"]` is a valid signature by `meta["public_key"]`."""
    try:
        public = Ed25519PublicKey.from_public_bytes(
            base64.b64decode(meta.get("public_key", ""), validate=True)
        )
        signature = base64.b64decode(meta.get("signature", ""), validate=True)
        public.verify(signature, signed_message(meta))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def key_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + KEY_SUFFIX)


def installation_signer(store: Store) -> Signer:
    """The installation's key pair, created on first use beside the database file."""
    if store.path is None:
        raise EnvironmentProblem(
            msg(
                "Packages can only be signed for a database stored in a file.",
                "Chỉ ký được gói dữ liệu khi cơ sở dữ liệu được lưu thành tệp.",
            )
        )
    return load_or_create(key_path_for(Path(store.path)))


def load_or_create(path: Path) -> Signer:
    if not path.exists():
        _create(path)
    try:
        data = path.read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise EnvironmentProblem(
            msg(
                "The signing key {path} cannot be read; move it away and StudyLog will"
                " create a new one (the upper level will then have to accept the new key).",
                "Không đọc được khóa ký {path}; hãy chuyển tệp đó đi nơi khác, StudyLog sẽ tạo"
                " khóa mới (khi đó cấp trên phải chấp nhận khóa mới).",
                path=str(path),
            )
        ) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise EnvironmentProblem(
            msg(
                "The signing key {path} is not an Ed25519 key.",
                "Khóa ký {path} không phải là khóa Ed25519.",
                path=str(path),
            )
        )
    return Signer(key)


def _create(path: Path) -> None:
    """Write a new key to a private temporary file, then link it into place.

    Linking fails when another process created the key meanwhile; its key wins and
    is read back, so two windows never sign with two different keys.
    """
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            os.replace(tmp, path)
    except OSError as exc:
        raise EnvironmentProblem(
            msg(
                "Cannot create the signing key {path}: {error}",
                "Không tạo được khóa ký {path}: {error}",
                path=str(path),
                error=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
