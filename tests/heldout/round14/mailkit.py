"""E-mail construction helpers for round14's build.py (Python's email package, compat32)."""
import base64
import datetime as dt
import hashlib
import html as htmllib
from email import encoders, utils
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

LIMA = ZoneInfo("America/Lima")
UTC = dt.timezone.utc


def h(seed, n=16, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    d = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in (d * 4)[:n])


def T(text, sub="plain", cs="utf-8", cte="qp"):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64}[cte]
    return MIMEText(text, sub, c)


def alt(plain, html, cs="utf-8", cte="qp"):
    m = MIMEMultipart("alternative")
    m.attach(T(plain, "plain", cs, cte))
    m.attach(T(html, "html", cs, cte))
    return m


def att(data, ctype, filename, style="plain", inline=False, cid=None):
    maintype, subtype = ctype.split("/")
    p = MIMEBase(maintype, subtype)
    p.set_payload(data)
    encoders.encode_base64(p)
    disp = "inline" if inline else "attachment"
    if style == "plain":           # ASCII name, or RFC 2231 automatically if not ASCII
        p.set_param("name", filename)
        p.add_header("Content-Disposition", disp, filename=filename)
    elif style == "rfc2231":
        p.set_param("name", filename, charset="utf-8")
        p.add_header("Content-Disposition", disp, filename=("utf-8", "", filename))
    elif style == "ew":            # MIME encoded-word inside a quoted parameter (Outlook/Gmail habit)
        ew = Header(filename, "utf-8").encode()
        p.set_param("name", ew)
        p["Content-Disposition"] = f'{disp}; filename="{ew}"'
    elif style == "noname":
        p["Content-Disposition"] = disp
    if cid:
        p["Content-ID"] = f"<{cid}>"
    return p


def addr(name, email, cs="utf-8"):
    if name is None:
        return email
    return utils.formataddr((name, email), charset=cs)


def subj(s, cs="utf-8", mode="auto"):
    """mode auto: encoded-word only if needed; 'q'/'b': force that encoding; 'raw': as given."""
    if mode == "raw":
        return s
    if mode == "auto":
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            return Header(s, cs).encode()
    c = Charset(cs)
    c.header_encoding = QP if mode == "q" else BASE64
    return Header(s, c).encode()


def rfcdate(d):
    return utils.format_datetime(d)


def finish(msg, *, mailbox, received, frm, to, subject, date, msgid, cc=None,
           extra=(), delivered=True, hops=1, hop_from="mail-sor-f41.google.com [209.85.220.41]",
           recv_tz=None, return_path=None):
    """Put the envelope headers on top: Delivered-To, Received (newest first), then the rest."""
    rtz = recv_tz or LIMA
    top = []
    if delivered:
        top.append(("Delivered-To", mailbox))
    r_local = received.astimezone(rtz)
    top.append(("Received", f"from {hop_from.split()[0]} ({hop_from}) by mx1.rree.gob.pe (Postfix) "
                f"with ESMTPS id {h(msgid, 10).upper()} for <{mailbox}>; {rfcdate(r_local)}"))
    for i in range(1, hops):
        older = (received - dt.timedelta(seconds=2 + 3 * i)).astimezone(rtz)
        top.append(("Received", f"by 2002:a05:{h(msgid + str(i), 4)}:{i}a with SMTP id {h(msgid + 'x' + str(i), 12)}; "
                    f"{rfcdate(older)}"))
    top.append(("Return-Path", f"<{return_path or utils.parseaddr(frm)[1]}>"))
    rest = [("Date", rfcdate(date)), ("From", frm), ("To", to)]
    if cc:
        rest.append(("Cc", cc))
    rest += [("Subject", subject), ("Message-ID", msgid)]
    rest += list(extra)
    content = [(k, v) for k, v in msg._headers]
    if not any(k.lower() == "mime-version" for k, v in content):
        rest.append(("MIME-Version", "1.0"))
    msg._headers = top + rest + content
    for sub in msg.walk():          # real clients put MIME-Version only on the top-level message
        if sub is not msg and "MIME-Version" in sub:
            del sub["MIME-Version"]
    return msg


def esc(s):
    return htmllib.escape(s, quote=False)


def gmail_html(lines, sig=None, quote_html=None):
    parts = ['<div dir="ltr">']
    for ln in lines:
        parts.append("<div><br></div>" if ln == "" else f"<div>{ln}</div>")
    if sig:
        parts.append('<div><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                     f'<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">{sig}</div></div>')
    parts.append("</div>")
    if quote_html:
        parts.append(quote_html)
    return "".join(parts) + "\n"


def outlook_html(inner):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'span.EstiloCorreo17 {mso-style-type:personal-compose;}\n--></style>\n</head>\n'
            '<body lang="ES-PE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def mso_p(text):
    return f'<p class="MsoNormal">{text}<o:p></o:p></p>\n' if text else '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'


def mso_table(rows):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">\n']
    for a, b in rows:
        out.append('<tr>\n<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                   f'<p class="MsoNormal"><b>{a}<o:p></o:p></b></p></td>\n'
                   '<td width="350" valign="top" style="border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt">'
                   f'<p class="MsoNormal">{b}<o:p></o:p></p></td>\n</tr>\n')
    out.append("</table>\n")
    return "".join(out)


def logo_png(text="LOGO", w=180, hgt=60, color=(0, 70, 140)):
    import io
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (w, hgt), color)
    ImageDraw.Draw(img).text((10, 20), text, fill="white")
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()
