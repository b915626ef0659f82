"""Build test PDFs in the tests themselves: no binary fixtures.

Every builder returns the bytes of a complete PDF written by hand (objects, xref
table, trailer), so each test shows exactly what the document holds:

    text_pdf(["Lima, 3 de noviembre de 2026", "Firmo: Ana Pérez"])
    image_pdf()                      # a scan: one image, no text
    text_pdf(["..."], image=True)    # text plus a pasted signature image
    sign_pdf(text_pdf(["..."]), signing_identity())
    tamper(signed, b"Ana", b"Eva")   # change a character inside the signed range
    change_after_signing(signed)     # new page content in a later incremental update
"""
from __future__ import annotations

import datetime as dt
import io
import os
import zlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

GRAY_PIXELS = bytes(range(0, 256, 4))  # an 8x8 grey ramp


def assemble(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 must be the catalog), with a correct xref."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(dictionary: bytes, data: bytes) -> bytes:
    return b"<< " + dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def text_content(lines: list[str]) -> bytes:
    """An uncompressed content stream writing `lines` in Helvetica, top to bottom."""
    ops = [b"BT /F1 12 Tf 72 760 Td 14 TL"]
    ops += [b"(" + _escape(line) + b") Tj T*" for line in lines]
    ops.append(b"ET")
    return b"\n".join(ops)


def _page_objects(content: bytes, xobjects: bytes, extra: list[bytes], pages: int = 1) -> list[bytes]:
    """Catalog, page tree, `pages` pages sharing one content stream, font, extras."""
    first_page = 3
    content_ref = first_page + pages
    font_ref = content_ref + 1
    kids = b" ".join(b"%d 0 R" % (first_page + index) for index in range(pages))
    resources = b"<< /Font << /F1 %d 0 R >> /XObject << %s >> >>" % (font_ref, xobjects)
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources %s "
            b"/Contents %d 0 R >>" % (resources, content_ref))
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        *[page] * pages,
        stream(b"", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        *extra,
    ]


def image_xobject(data: bytes = GRAY_PIXELS, width: int = 8, height: int = 8,
                  dct: bool = False) -> bytes:
    """An image XObject: raw grey pixels (FlateDecode), or opaque bytes declared JPEG."""
    if dct:
        return stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                      b"/DeviceGray /BitsPerComponent 8 /Filter /DCTDecode" % (width, height), data)
    return stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                  b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height), zlib.compress(data))


def text_pdf(lines: list[str], image: bool = False, image_in_form: bool = False,
             pages: int = 1) -> bytes:
    """A text-layer PDF; optionally with an image drawn on the page or inside a Form XObject."""
    content = text_content(lines)
    first_extra = 3 + pages + 2
    if image:
        content += b"\nq 120 0 0 40 72 600 cm /Im1 Do Q"
        return assemble(_page_objects(content, b"/Im1 %d 0 R" % first_extra, [image_xobject()], pages))
    if image_in_form:
        content += b"\nq /Fm1 Do Q"
        form = stream(b"/Type /XObject /Subtype /Form /BBox [0 0 200 80] /Resources "
                      b"<< /XObject << /Im1 %d 0 R >> >>" % (first_extra + 1),
                      b"q 120 0 0 40 0 0 cm /Im1 Do Q")
        return assemble(_page_objects(content, b"/Fm1 %d 0 R" % first_extra, [form, image_xobject()], pages))
    return assemble(_page_objects(content, b"", [], pages))


def image_pdf(pages: int = 1) -> bytes:
    """A scan: every page draws one image and holds no text at all."""
    return assemble(_page_objects(b"q 595 0 0 842 0 0 cm /Im1 Do Q", b"/Im1 %d 0 R" % (3 + pages + 2),
                                  [image_xobject()], pages))


def big_pdf(total_bytes: int) -> bytes:
    """A one-page text PDF padded with an opaque (DCT) image to `total_bytes`."""
    padding = os.urandom(max(total_bytes - 2000, 0))
    content = text_content(["Documento grande con imagen"]) + b"\nq 595 0 0 842 0 0 cm /Im1 Do Q"
    return assemble(_page_objects(content, b"/Im1 6 0 R", [image_xobject(padding, 2000, 2000, dct=True)]))


def zip_bomb_pdf(inflated_bytes: int = (1 << 30) + (64 << 20)) -> bytes:
    """A page whose FlateDecode content stream inflates to `inflated_bytes` of zeros.

    Deflate blocks that follow a full flush do not depend on what came before, so
    one compressed 16 MB block is repeated; the zlib trailer's Adler-32 of n zeros
    is ((n mod 65521) << 16) | 1. The result is about 1 MB.
    """
    chunk = 16 << 20
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(chunk)) + compressor.flush(zlib.Z_FULL_FLUSH)
    count = -(-inflated_bytes // chunk)
    adler = (((count * chunk) % 65521) << 16) | 1
    deflated = b"\x78\xda" + block * count + b"\x03\x00" + adler.to_bytes(4, "big")
    objects = _page_objects(b"", b"", [])
    objects[3] = stream(b"/Filter /FlateDecode", deflated)
    return assemble(objects)


def looping_pdf() -> bytes:
    """A page tree whose /Kids point back at itself, and a Form XObject that draws itself."""
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /XObject << /Fm1 4 0 R >> >> /Contents 5 0 R >>",
        stream(b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] "
               b"/Resources << /XObject << /Fm1 4 0 R >> >>", b"/Fm1 Do"),
        stream(b"", b"/Fm1 Do"),
    ])


def self_drawing_form_pdf() -> bytes:
    """A valid page tree whose page draws a Form XObject that draws itself, forever."""
    return assemble([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 6 0 R >> /XObject << /Fm1 4 0 R >> >> /Contents 5 0 R >>",
        stream(b"/Type /XObject /Subtype /Form /BBox [0 0 10 10] "
               b"/Resources << /XObject << /Fm1 4 0 R >> >>", b"/Fm1 Do"),
        stream(b"", b"BT /F1 12 Tf 72 760 Td (hola) Tj ET /Fm1 Do"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def truncated(pdf: bytes, keep: float = 0.5) -> bytes:
    return pdf[: int(len(pdf) * keep)]


def encrypt(pdf: bytes, user_password: str, owner_password: str = "propietario") -> bytes:
    """The same PDF encrypted with AES-128 by pypdf (empty `user_password`: opens freely)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass(frozen=True)
class SigningIdentity:
    """A self-signed certificate and its key, as pyHanko wants them."""

    certificate_der: bytes
    key_der: bytes
    subject: str  # how the inspector should report it


def signing_identity(common_name: str = "Ana Pérez Rondón", organization: str = "Pruebas Mailbot",
                     country: str = "PE") -> SigningIdentity:
    """A fresh RSA key and a self-signed certificate for it, valid today."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False),
                       critical=True)
        .sign(key, hashes.SHA256())
    )
    return SigningIdentity(
        certificate_der=certificate.public_bytes(serialization.Encoding.DER),
        key_der=key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption()),
        subject=f"CN={common_name}, O={organization}, C={country}",
    )


def sign_pdf(pdf: bytes, identity: SigningIdentity, field_name: str = "Firma1") -> bytes:
    """`pdf` signed by pyHanko (an incremental update with a PAdES signature field)."""
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certificate = asn1_x509.Certificate.load(identity.certificate_der)
    signer = signers.SimpleSigner(
        signing_cert=certificate,
        signing_key=keys.PrivateKeyInfo.load(identity.key_der),
        cert_registry=SimpleCertificateStore.from_certs([certificate]),
    )
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)),
        signers.PdfSignatureMetadata(field_name=field_name),
        signer=signer,
    )
    return out.getvalue()


def change_after_signing(signed: bytes, new_text: str = "Texto agregado después de firmar") -> bytes:
    """`signed` plus an incremental update that replaces the page's content stream:
    the signed bytes still verify, but the document shows something else."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=text_content([new_text])))
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def tamper(pdf: bytes, old: bytes, new: bytes) -> bytes:
    """`pdf` with the first `old` replaced by `new` (same length, so offsets stay valid)."""
    assert len(old) == len(new) and old in pdf, "tamper needs an occurrence of the same length"
    return pdf.replace(old, new, 1)
