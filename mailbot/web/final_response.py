"""The mail that carries the final response (the oficio) to the applicant.

What it says follows what the seed promises per procedure ("Correo de respuesta con el
cambio efectuado", "... con la renuncia aceptada", "Correo adjuntando copia del Oficio
enviado a Migraciones").
"""
from __future__ import annotations

from mailbot.core.dates_es import fecha
from mailbot.settings import OfficeSettings

PROMISES = {
    "actualizacion_datos": "Le confirmamos que el cambio solicitado ha sido efectuado.",
    "cambio_clave": "Le confirmamos que el cambio solicitado ha sido efectuado.",
    "renuncia": "Le comunicamos la aceptación de su renuncia.",
    "prorroga_residencia": ("Le remitimos copia del oficio enviado a la Superintendencia Nacional de "
                            "Migraciones; con él debe completar el trámite ante dicha entidad."),
    "duplicado_carne_extranjeria": ("Le remitimos copia del oficio enviado a la Superintendencia Nacional "
                                    "de Migraciones; con él debe completar el trámite ante dicha entidad."),
    "autorizacion_viaje": ("Le remitimos copia del oficio enviado a la Superintendencia Nacional de "
                           "Migraciones y el documento «Autorización de Viaje»: con ambos documentos "
                           "podrá realizar el viaje."),
    "reconsideracion": "Le notificamos la resolución de su recurso de reconsideración.",
    "apelacion": "Le notificamos la resolución de su recurso de apelación.",
}


def final_response_text(office: OfficeSettings, registro, procedure, document) -> tuple[str, str]:
    title = procedure.title if procedure else "su trámite"
    filed_text = fecha(registro.filing_date) if registro.filing_date else ""
    subject = f"Respuesta – {title} – {registro.number}"
    lines = [
        "Estimado(a) solicitante:",
        "",
        f"En atención a su trámite «{title}», registrado con el número {registro.number}"
        + (f" y presentado el {filed_text}" if filed_text else "") + ":",
        "",
        PROMISES.get(registro.procedure or "", "Le comunicamos la respuesta a su trámite."),
        "",
        f"El oficio de respuesta acompaña este correo: {document.filename}",
        f"(SHA-256 {document.sha256}).",
        "",
        "Atentamente,",
        office.name,
        office.ministry,
    ]
    return subject, "\n".join(lines) + "\n"
