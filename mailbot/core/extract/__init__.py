"""Field extraction (INTAKE.md section 3): what a message states about the applicant.

- `normalise`   normal forms (E.164 phones, ISO dates, ISO countries, names as written)
- `vocabulary`  the words around data, per field and language, from rules/vocabulary.toml
- `context`     a text source folded and tokenised once: labels, cues, whose data
- `recognisers` typed finders of values by shape (numbers, dates, ranges, names, reasons)
- `patterns`    the line and prose patterns of the first layer
- `extractor`   patterns + recognisers + context -> one value per field, with evidence
- `status`      notification date, recognised-refugee status, expedientes quoted
"""
from .extractor import FIELD_ORDER, FieldExtractor, TextSource
from .normalise import (
    norm_carne, norm_country, norm_date, norm_document, norm_email, norm_name, norm_phone, norm_sexo,
    norm_text, parse_date,
)
from .status import expediente_refs, notified_on, says_recognised_refugee
from .vocabulary import Vocabulary, parse_vocabulary

__all__ = [
    "FIELD_ORDER", "FieldExtractor", "TextSource", "Vocabulary", "parse_vocabulary", "expediente_refs",
    "notified_on", "says_recognised_refugee", "norm_carne", "norm_country", "norm_date", "norm_document",
    "norm_email", "norm_name", "norm_phone", "norm_sexo", "norm_text", "parse_date",
]
