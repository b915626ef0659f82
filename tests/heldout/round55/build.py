#!/usr/bin/env python3
"""Writes round55's .eml files and labels.jsonl. Run with /work/rounds/.venv-r55/bin/python build.py"""
import json, os, glob, datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from cal import filing, due, late
import pdfs

LIMA = dt.timezone(dt.timedelta(hours=-5))
SR, MP, RF = 'solicitantesrefugio@rree.gob.pe', 'mesadepartes@rree.gob.pe', 'refugiados@rree.gob.pe'
HOME = {'actualizacion_datos': SR, 'cambio_clave': SR, 'carne_solicitante': SR, 'reconsideracion': MP,
        'apelacion': MP, 'renuncia': MP, 'prorroga_residencia': RF, 'duplicado_carne_extranjeria': RF,
        'autorizacion_viaje': RF}
PORTAL = {'solicitud_refugio', 'autorizacion_trabajo', 'entrevista_registro'}
REQ = {
 'actualizacion_datos': (['nombres', 'nacionalidad', 'documento_identidad', 'carne_extranjeria*', 'telefono'], 15),
 'cambio_clave': (['nombres', 'documento_identidad', 'telefono', 'correo'], 15),
 'reconsideracion': (['firma', 'motivo', 'nombres', 'documento_identidad', 'telefono', 'correo'], 15),
 'apelacion': (['firma', 'motivo', 'nombres', 'documento_identidad', 'telefono', 'correo'], 30),
 'renuncia': (['firma', 'motivo', 'nombres', 'nacionalidad', 'documento_identidad', 'carne_extranjeria*', 'telefono'], 15),
 'prorroga_residencia': (['nombres', 'sexo', 'nacionalidad', 'documento_identidad', 'carne_extranjeria', 'fecha_nacimiento', 'telefono'], 15),
 'duplicado_carne_extranjeria': (['denuncia_policial', 'nombres', 'sexo', 'nacionalidad', 'documento_identidad', 'carne_extranjeria', 'fecha_nacimiento', 'telefono'], 15),
 'autorizacion_viaje': (['firma', 'motivo', 'destino', 'fecha_salida', 'fecha_retorno', 'nombres', 'carne_extranjeria', 'telefono'], 5),
}
OUT = os.path.dirname(os.path.abspath(__file__))
M = []

def msg(slug, to, rcv, frm, subject, body, fields, proc=None, html=None, atts=(), sig=None,
        denuncia=False, refugee=False, notif=None, machine=False, headers=None, cc=None, delivered=None):
    M.append(dict(slug=slug, to=to, rcv=dt.datetime(*rcv, tzinfo=LIMA), frm=frm, subject=subject, body=body,
                  html=html, atts=list(atts), fields=fields, proc=proc, sig=sig, denuncia=denuncia,
                  refugee=refugee, notif=notif, machine=machine, headers=headers or {}, cc=cc, delivered=delivered))

def label(m):
    proc, f = m['proc'], m['fields']
    mailbox = m['delivered'] or m['to']
    r = dict(file=m['file'], mailbox=mailbox, received=m['rcv'].isoformat(), procedure=proc, fields=f,
             missing=[], signature='not_required', outcome=None, flags=[], filing_date=None, due_date=None)
    fd = filing(m['rcv'])
    r['filing_date'] = fd.isoformat()
    if proc in REQ and 'firma' in REQ[proc][0]:
        r['signature'] = m['sig']
    if m['machine']:
        r['outcome'] = 'ignorado'; return r
    if proc in PORTAL:
        r['outcome'] = 'portal'; return r
    if proc is None:
        r['outcome'] = 'triage'; return r
    if proc == 'carne_solicitante':
        r['outcome'] = 'suspendido'
        if HOME[proc] != mailbox: r['flags'].append('derivado')
        return r
    reqs, plazo = REQ[proc]
    miss = []
    for q in reqs:
        if q == 'firma':
            if m['sig'] in ('invalid', 'absent'): miss.append('firma')
        elif q == 'denuncia_policial':
            if not m['denuncia']: miss.append(q)
        elif q == 'carne_extranjeria*':
            if (m['refugee'] or 'carne_extranjeria' in f) and 'carne_extranjeria' not in f: miss.append('carne_extranjeria')
        elif q not in f:
            miss.append(q)
    r['missing'] = miss
    if HOME[proc] != mailbox: r['flags'].append('derivado')
    if m['sig'] == 'manuscrita' and 'firma' in reqs: r['flags'].append('verificar_firma')
    if miss:
        r['outcome'] = 'subsanar'; r['due_date'] = due(fd, 2).isoformat()
    else:
        r['outcome'] = 'cargo' if proc in ('reconsideracion', 'apelacion') else 'acuse'
        r['due_date'] = due(fd, plazo).isoformat()
        if m['notif'] and late(dt.date(*m['notif']), fd): r['flags'].append('extemporaneo')
    return r

def write(m, n):
    e = EmailMessage(policy=policy.SMTP)
    rcv = m['rcv']
    sent = rcv - dt.timedelta(seconds=37 + 11 * n)
    e['Received'] = (f"from mail-{n:02d}.outbound.example.net (mail-{n:02d}.outbound.example.net [198.51.100.{n}]) "
                     f"by mx1.rree.gob.pe with ESMTPS id {n:04X}A{n*7:03d}; {format_datetime(rcv)}")
    if m['delivered']: e['Delivered-To'] = m['delivered']
    e['Date'] = format_datetime(sent)
    e['From'] = m['frm']
    e['To'] = m['to']
    if m['cc']: e['Cc'] = m['cc']
    e['Subject'] = m['subject']
    e['Message-ID'] = make_msgid(idstring=f"r55.{n}", domain=m['frm'].split('@')[-1].strip('>'))
    for k, v in m['headers'].items(): e[k] = v
    if m['slug'].startswith('rebote'):
        hdr = ''.join(f"{k}: {v}\r\n" for k, v in e.items())
        raw = (hdr + 'MIME-Version: 1.0\r\n'
               'Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY-r55"\r\n\r\n'
               '--BOUNDARY-r55\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n'
               'This is the mail system at host mx1.rree.gob.pe.\r\n\r\nI am sorry to inform you that your message '
               'could not be delivered to jcastro.ven@gmial.com: host gmial.com not found.\r\n\r\n'
               '--BOUNDARY-r55\r\nContent-Type: message/delivery-status\r\n\r\n'
               'Reporting-MTA: dns; mx1.rree.gob.pe\r\n\r\nFinal-Recipient: rfc822; jcastro.ven@gmial.com\r\n'
               'Action: failed\r\nStatus: 5.1.2\r\n\r\n'
               '--BOUNDARY-r55\r\nContent-Type: text/rfc822-headers\r\n\r\n'
               'From: Mesa de Partes <mesadepartes@rree.gob.pe>\r\nTo: jcastro.ven@gmial.com\r\n'
               'Subject: Respuesta a su consulta\r\n\r\n--BOUNDARY-r55--\r\n')
        open(os.path.join(OUT, m['file']), 'wb').write(raw.encode('ascii'))
        return
    if m['body'] is not None:
        e.set_content(m['body'])
        if m['html']: e.add_alternative(m['html'], subtype='html')
    else:
        e.set_content(m['html'], subtype='html')
    for name, data, mt in m['atts']:
        ma, sub = mt.split('/')
        e.add_attachment(data, maintype=ma, subtype=sub, filename=name)
    open(os.path.join(OUT, m['file']), 'wb').write(e.as_bytes())

import messages  # noqa: E402  (fills M through msg())
messages.define(msg, pdfs, SR, MP, RF)

def main():
    for f in glob.glob(os.path.join(OUT, '*.eml')): os.remove(f)
    labs = []
    for i, m in enumerate(M, 1):
        m['file'] = f"{i:03d}-{m['slug']}.eml"
        write(m, i)
        labs.append(label(m))
    with open(os.path.join(OUT, 'labels.jsonl'), 'w') as fh:
        for r in labs: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    print(len(labs), 'messages')

if __name__ == '__main__':
    main()
