"""The field extractor: patterns, recognisers and context, one pass per source.

For each text source (body, then subject, then each PDF's text layer) and each field:

1. the line and prose patterns (`patterns.py`) propose values, as before;
2. the typed recognisers (`recognisers.py`) propose every value of the field's kind,
   and the context (`context.py`, words from `rules/vocabulary.toml`) places each one:
   a label on its left, a cue in its sentence, or its shape alone;
3. context also *excludes*: a value in a clause about someone else (a spouse, a child,
   a resolution number), or in the presentation or signature of someone writing on
   the applicant's behalf, is not the applicant's.

Every value keeps where it was found, the rule that found it and the evidence (the
label or cue) that placed it, so `mailbot rules explain` can say why a number was read
as a phone.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator, Iterable

from ..countries import country_code
from ..model import FieldValue
from ..textclean import tidy_layout
from . import recognisers as rec
from .context import Evidence, TextView
from .layout import label_lines, tabbed_labels
from .normalise import (
    SENTENCE_WORDS, fold_word, norm_carne, norm_document, norm_name, norm_phone, norm_sexo, norm_text, parse_date,
)
from .patterns import FIELD_ORDER, PATTERNS, closing_line_pattern
from .vocabulary import Vocabulary, fold_text, tokenize

# what the extractor reads of one source at most (a 50 MB text layer is not read whole:
# applicants state their data in the first pages; the decision's limits may cut sooner)
MAX_SOURCE_CHARS = 200_000
PERSON_FIELDS = frozenset({"nombres", "nacionalidad", "documento_identidad", "carne_extranjeria", "sexo", "fecha_nacimiento"})
_CONTACT_FIELDS = frozenset({"telefono", "correo"})
DATE_FIELDS = ("fecha_nacimiento", "fecha_salida", "fecha_retorno")
_TRAVEL_FIELDS = frozenset({"destino", "fecha_salida", "fecha_retorno"})
# patterns that read the writer's own presentation or signature: not the applicant's
# name when someone writes on the applicant's behalf
_WRITER_NAME_RULES = frozenset({
    "nombres/yo", "nombres/mi-nombre", "nombres/aposicion", "nombres/firma", "nombres/firma-linea",
    "nombres/firma-escrito", "nombres/ultima-linea",
})
# fields whose vocabulary labels cover their labelled-line patterns' labels
_VOCABULARY_LABELLED = frozenset({"telefono", "documento_identidad", "carne_extranjeria", "sexo", "fecha_nacimiento",
                                  "nacionalidad"})
# procedures whose request states its reason ("interpongo ... porque", "renuncio ...: ...")
_PETITIONED = frozenset({"apelacion", "reconsideracion", "renuncia"})
# a name read from a signature, and one the writer presents or labels
_SIGNATURE_RULES = frozenset({"nombres/firma", "nombres/firma-linea", "nombres/firma-escrito", "nombres/ultima-linea",
                              "nombres/tras-delimitador", "nombres/firma-antes-del-cierre", "nombres/sobre-documento"})
_PRESENTED_RULES = frozenset({"nombres/presentacion", "nombres/etiqueta", "nombres/rol", "nombres/aposicion", "nombres/yo"})
_INITIAL = re.compile(r"^[A-ZÁÉÍÓÚÑ]\.$")
_LABELLED_NAME_RULES = frozenset({"nombres/apellidos-nombres", "nombres/etiqueta", "nombres/etiqueta-en-linea",
                                  "nombres/nombre-barra-apellidos"})


@dataclass(frozen=True)
class TextSource:
    name: str
    text: str
    # the whole text is the writer's own, not the applicant's (the note of someone who
    # forwards another person's message): its contact data count only as the writer's
    writers: bool = False


def _clip_sentence(value: str) -> str:
    """Running prose: keep the sentence the value starts in."""
    value = " ".join(value.split())
    match = re.search(r"(?<!\b[A-Z])(?<!\bN)\.(?:\s|$)", value)
    return value[: match.start()] if match else value


@dataclass(frozen=True)
class _Found:
    value: FieldValue
    start: int
    rank: int


class FieldExtractor:
    """Finds every field of INTAKE.md section 3 that the message states for the applicant."""

    def __init__(self, institutional_domains: tuple[str, ...], institutional_addresses: tuple[str, ...],
                 vocabulary: Vocabulary | None = None):
        self._domains = tuple(d.lower() for d in institutional_domains)
        self._addresses = {a.lower() for a in institutional_addresses}
        self.vocabulary = vocabulary or Vocabulary()
        # where a datum starts on a form line: a field's label, or a name's ([names] roles)
        self._label_sets = (self.vocabulary.labels, self.vocabulary.roles)
        # the line patterns, the signature's built from the vocabulary's closings
        closings = tuple(term.words for term in self.vocabulary.closings.terms)
        self._line_patterns = {
            field_name: [closing_line_pattern(closings) if pattern.name == "nombres/firma" else pattern
                         for pattern in patterns if pattern.name != "nombres/firma" or closings]
            for field_name, patterns in PATTERNS.items()}

    def forwards_for_another(self, note: str) -> bool:
        """The note above another person's forwarded message is the forwarder's own: it
        says it forwards (`[writer] forwards`: "les reenvío el mensaje de ..."), or it asks
        nothing for its writer (`[writer] asks_for_self`: not "quiero presentar mi
        solicitud", the applicant's own note over a relative's advice)."""
        view = TextView("nota", note, self.vocabulary)
        return view.has_phrase(self.vocabulary.forwards, 0, len(note)) \
            or not view.has_phrase(self.vocabulary.asks_for_self, 0, len(note))

    @staticmethod
    def _writers(view: TextView, value: FieldValue) -> bool:
        """The value stands in the writer's own zone (a lawyer's or an aid group's
        signature block, their presentation)."""
        at = view.text.find(value.raw)
        return at >= 0 and view.in_writer_zone(at)

    def _institutional(self, address: str) -> bool:
        address = address.lower()
        return address in self._addresses or any(address.endswith("@" + d) or address.endswith("." + d) for d in self._domains)

    def extract(self, sources: list[TextSource], from_address: str,
                known: dict[str, FieldValue] | None = None,
                received: dt.date | None = None, procedure: str | None = None,
                sender: str = "") -> dict[str, FieldValue]:
        """Every field the sources state (first source first), then the From fallback
        for `correo`. `known`: fields already found in earlier sources; only the others
        are looked for, so extracting sources in two calls equals one call over all.
        `received`: the day of receipt, against which two-digit years are read.
        `procedure`: the procedure decided so far; travel plans in prose (a range of
        dates, "viajaré a ...") are read as the request's only in a travel request (a
        renuncia saying "viajaré a Canadá" asks for no trip)."""
        self._travel = procedure == "autorizacion_viaje"
        self._procedure = procedure
        self._sender = (sender or from_address or "").lower()
        views = [TextView(source.name, self._layout(source), self.vocabulary, writers=source.writers) for source in sources]
        found: dict[str, FieldValue] = dict(known or {})
        for field_name in FIELD_ORDER:
            writers: FieldValue | None = None
            if field_name in found:
                if not found[field_name].writers:
                    continue
                writers = found.pop(field_name)  # a representative's: the applicant's first
            for view in views:
                value = self._field_in(field_name, view, received, found)
                if value and field_name in _CONTACT_FIELDS and self._writers(view, value):
                    # the representative's own contact counts only when the applicant's is
                    # given nowhere (INTAKE.md section 3): look in the other sources first
                    writers = writers or value
                    continue
                if value:
                    found[field_name] = _without_country(value) if field_name == "nombres" else value
                    break
            else:
                if writers:
                    found[field_name] = dataclasses.replace(writers, writers=True)
        if "nombres" in found and (len(found["nombres"].value.split()) < 4 or _has_initials(found["nombres"].value)
                                   or found["nombres"].rule in _SIGNATURE_RULES):
            # a short or initialled name may be written in full elsewhere ("Carlos Pinto" /
            # "Carlos Eduardo Pinto Arvelo" in the PDF); four words or more are a full name
            found["nombres"] = _without_country(self._fullest_name(found["nombres"], views, received))
        if "destino" in found and "etiqueta" not in found["destino"].rule:
            found["destino"] = self._fullest_place(found["destino"], views, received, found)
        if "correo" not in found and from_address and not self._institutional(from_address):
            found["correo"] = FieldValue("correo", from_address.lower(), "from", "correo/remitente", from_address)
        return found

    def _layout(self, source: TextSource) -> str:
        """The source as "Label: value" lines (textclean.tidy_layout, then the labels of
        the vocabulary with any separator, layout.label_lines), hard wraps undone."""
        text = label_lines(tidy_layout(tabbed_labels(source.text[:MAX_SOURCE_CHARS], self._label_sets)), self._label_sets)
        if source.name.startswith("adjunto:"):
            return _unwrap(text)
        return _unwrap_body(_without_footer(text))

    # -- one field in one source --------------------------------------------------------

    def _field_in(self, field_name: str, view: TextView, received: dt.date | None,
                  found: dict[str, FieldValue]) -> FieldValue | None:
        found_value = self._find(field_name, view, received, found)
        if found_value is not None and field_name == "destino":
            return dataclasses.replace(found_value, value=_with_country_after(view, found_value.raw, _place(found_value.value)))
        return found_value

    def _find(self, field_name: str, view: TextView, received: dt.date | None,
              found: dict[str, FieldValue]) -> FieldValue | None:
        patterned = self._patterns(field_name, view, received)
        if field_name == "nombres":
            return self._name_in(view, received)
        if field_name == "telefono" and patterned and self._writers_phone(view, patterned.start):
            # the writer's own phone (a lawyer's, an aid group's, "mi cel" of a daughter who
            # forwards her father's message, "llamarme al" of a son who writes for him): the
            # applicant's, if given, first
            recognised = self._recognised(field_name, view, received, found)
            if recognised and not self._writers_phone(view, recognised.start):
                return recognised.value
            return patterned.value
        if field_name == "telefono" and patterned and view.belongs_to_other(patterned.start):
            # a relative's phone on their line ("José Peña (esposo), tel. ..."): the
            # applicant's own, if given, first; else the relative's is a way to reach them
            recognised = self._recognised(field_name, view, received, found)
            if recognised and not view.belongs_to_other(recognised.start):
                return recognised.value
            return patterned.value
        if patterned and field_name != "documento_identidad":
            return patterned.value
        if field_name == "documento_identidad" and patterned and view.in_writer_paragraph(patterned.start):
            recognised = self._recognised(field_name, view, received, found)
            if recognised and not view.in_writer_paragraph(recognised.start):
                return recognised.value
            return patterned.value
        recognised = self._recognised(field_name, view, received, found,
                                      before=patterned.start if patterned else None)
        if field_name == "documento_identidad":
            # the first document stated wins, whoever found it
            both = [f for f in (patterned, recognised) if f]
            return min(both, key=lambda f: f.start).value if both else None
        if patterned:
            return patterned.value
        return recognised.value if recognised else None

    @staticmethod
    def _writers_phone(view: TextView, start: int) -> bool:
        """A phone the writer gives as their own, when they write for someone else."""
        if view.in_writer_zone(start):
            return True
        if not view.behalf or view.dictated and view.in_dictation(start):
            return False
        if not view.possessed_by_writer(start):
            return False
        # the applicant speaks for themself further down ("les reenvío el correo de mi papá"
        # ... "Yo, Rolando Quesada, ... Mi teléfono: ..."): "mi" is then the applicant's
        return not any(view.behalf[1] <= view.tokens[index].start < start and term.words in view.vocabulary.own_voice
                       for index, term in view.phrases("introductions", view.vocabulary.introductions))

    def _excluded(self, field_name: str, view: TextView, start: int) -> bool:
        if field_name == "correo":
            return False
        if field_name == "nacionalidad" and _acquired_before(view, start):
            return True  # "obtuve la nacionalidad brasileña por matrimonio": a new one, not of record
        if field_name in PERSON_FIELDS:
            if view.belongs_to_other(start) or view.in_writer_zone(start):
                return True
        if field_name == "telefono" and view.belongs_to_other(start) and view.possessed_by_other(start):
            return True  # "mi hija ... y su celular es ...": a relative's own phone
        if field_name in ("documento_identidad", "carne_extranjeria", "telefono"):
            label = view.label_left(start)
            if label and label[0] == "registro":
                return True
        return False

    def _patterns(self, field_name: str, view: TextView, received: dt.date | None) -> _Found | None:
        """The field's line patterns over one source, once per source and field (the
        fullest name asks again)."""
        return view.memo(f"patterns:{field_name}:{received}:{self._travel}",
                         lambda _view: self._patterns_uncached(field_name, view, received))

    def _patterns_uncached(self, field_name: str, view: TextView, received: dt.date | None) -> _Found | None:
        best: _Found | None = None
        other: _Found | None = None
        for rank, pattern in enumerate(self._line_patterns[field_name]):
            if pattern.only and pattern.only != view.name:
                continue
            if field_name in _TRAVEL_FIELDS and not self._travel and not pattern.name.endswith(("etiqueta", "label", "linea")):
                continue
            if pattern.name.endswith("/etiqueta") and field_name in _VOCABULARY_LABELLED \
                    and not self.vocabulary.empty and not view.mentions(field_name):
                continue  # no label of the field anywhere in the text (the vocabulary's labels)
            if pattern.needs and not any(word in view.folded for word in pattern.needs):
                continue
            for match in pattern.regex.finditer(view.text):
                raw = match.group(pattern.group)
                start = match.start(pattern.group)
                if field_name in _NUMBER_FIELDS:
                    if "\n" in raw:
                        raw = _within_short_line(view.text, start, raw)
                    raw = _before_spaced_dash(raw)
                if field_name in ("motivo", "destino") and not pattern.name.endswith("etiqueta"):
                    raw = _clip_sentence(raw)
                value = pattern.normalise(raw)
                if value and field_name in DATE_FIELDS:
                    day = parse_date(raw, received, future=field_name != "fecha_nacimiento")
                    value = day.isoformat() if day else None
                if not value or (field_name == "correo" and self._institutional(value)):
                    continue
                if self._excluded(field_name, view, start):
                    continue
                if field_name == "telefono" and view.belongs_to_other(start) \
                        or field_name == "correo" and view.in_writer_zone(start):
                    if other is None:
                        other = _Found(FieldValue(field_name, value, view.name, pattern.name, raw.strip()), start, rank)
                    continue  # a relative's phone, a lawyer's address: kept only if no other is given
                if field_name == "nombres" and self._not_a_name(value, pattern.name):
                    continue
                candidate = FieldValue(field_name, value, view.name, pattern.name, raw.strip())
                key = (start, rank) if field_name == "documento_identidad" else (rank, start)
                if best is None or key < ((best.start, best.rank) if field_name == "documento_identidad" else (best.rank, best.start)):
                    best = _Found(candidate, start, rank)
                break
            if best is not None and field_name != "documento_identidad":
                break  # patterns come in rank order: a later one cannot win
        best = best or other
        if best:
            evidence = self._evidence_of(field_name, view, best.start, best.value.rule)
            best = _Found(dataclasses.replace(best.value, evidence=evidence), best.start, best.rank)
        return best

    def _evidence_of(self, field_name: str, view: TextView, start: int, rule: str) -> str:
        label = view.label_left(start, fields=(field_name,)) if field_name in self.vocabulary.label_fields else None
        if label:
            return Evidence("etiqueta", label[1].text).describe()
        return f"patrón {rule}"

    def _sender_confirms(self, name: str) -> bool:
        """A name read from its shape alone (a last line in lower case) is believed when the
        sender's address carries one of its words ("luisafer.arteaga@..." for "luisa
        fernanda arteaga gil"). The address confirms; it is never the source."""
        local = self._sender.partition("@")[0]
        words = [fold_word(word) for word in name.split()]
        if any(len(word) >= 4 and word in local for word in words):
            return True
        # "kathe.mrz07@..." for "katherine mariana ruiz zambrano": a word of the address
        # that starts a name's word, or the initials of three of its words in order
        chunks = re.findall(r"[a-z]+", local)
        if any(len(chunk) >= 4 and any(word.startswith(chunk) for word in words) for chunk in chunks):
            return True
        initials = "".join(word[:1] for word in words if word not in ("de", "del", "la", "y"))
        return any(len(chunk) >= 3 and len(initials) >= 3 and chunk in initials for chunk in chunks)

    def _not_a_name(self, value: str, rule: str = "") -> bool:
        """A word no name holds (`[names] not_name`); read by shape alone (not after a
        label), also a word that joins a sentence ("QUE ELLA", "TIENE INTERNET EN")."""
        words = [fold_word(word).strip(".,") for word in value.split()]
        # an initial ("Jesús A. Nieves") is no word of a sentence
        joining = [fold_word(word).strip(".,") for word in value.split() if not _INITIAL.match(word)]
        return any(word in self.vocabulary.not_name for word in words) or (
            rule not in _LABELLED_NAME_RULES and any(word in SENTENCE_WORDS for word in joining))

    # -- names ----------------------------------------------------------------------------

    def _fullest_name(self, name: FieldValue, views: list[TextView], received: dt.date | None) -> FieldValue:
        """A name signed short ("Carlos Pinto") and written in full elsewhere ("Carlos
        Eduardo Pinto Arvelo" in the PDF): the full one, when it holds every word of the
        short one in the same order."""
        best = name
        # every candidate that can replace the name holds its words (all but initials); a
        # source that lacks one of them is not read for names again
        needed = [word for word in (fold_text(part).strip(".,") for part in name.value.split()) if len(word) > 1]
        for view in views:
            if any(word not in view.folded for word in needed):
                continue
            for other in self._names_in(view, received):
                if _extends(other.value, best.value):
                    best = other
                elif best.rule in _SIGNATURE_RULES and other.rule in _PRESENTED_RULES and other.value != best.value \
                        and (sorted(fold_word(w) for w in other.value.split()) == sorted(fold_word(w) for w in best.value.split())
                             or _has_initials(best.value) and _covers(other.value, best.value)):
                    # signed "Cheikh Tidiane NDIAYE" or "M. S. Diallo", presented "NDIAYE Cheikh
                    # Tidiane" or "DIALLO Mamadou Saliou": as presented
                    best = other
        return best

    def _fullest_place(self, place: FieldValue, views: list[TextView], received: dt.date | None,
                       found: dict[str, FieldValue]) -> FieldValue:
        """A place read from a sentence ("falleció mi papá en Bogotá") and written in full
        after a label elsewhere ("Destino: Bogotá, Colombia" in the PDF): the labelled one."""
        short = fold_text(place.value)
        for view in views:
            if view.name == place.source:
                continue
            other = self._field_in("destino", view, received, found)
            if other and "etiqueta" in other.rule and len(other.value) > len(place.value) \
                    and fold_text(other.value).startswith(short):
                return other
        return place

    def _names_in(self, view: TextView, received: dt.date | None) -> Iterator[FieldValue]:
        """The name this view gives first, then every other name it states for the
        applicant (introduced, over a document line, in a list of data)."""
        first = self._name_in(view, received)
        if first:
            yield first
        for term, candidate in view.memo("introduced", rec.introduced_names):
            if candidate.kind == "nombre-minusculas" and not self._sender_confirms(candidate.raw):
                continue
            if not self._excluded("nombres", view, candidate.start):
                yield _name_value(view, candidate, "nombres/presentacion", Evidence("señal", term.text))
        candidate = view.memo("over-identity", rec.name_over_identity)
        if candidate and not self._excluded("nombres", view, candidate.start) and (
                candidate.kind != "nombre-minusculas" or self._sender_confirms(candidate.raw)):
            yield _name_value(view, candidate, "nombres/sobre-documento", Evidence("forma", "línea sobre el documento"))
        candidate = view.memo("name-before-data", rec.name_before_data)
        if candidate and not self._excluded("nombres", view, candidate.start):
            yield _name_value(view, candidate, "nombres/antes-de-los-datos", Evidence("forma", "nombre seguido de sus datos"))
        for record in view.memo("records", rec.records):
            for candidate in rec.record_names(view, record):
                if candidate.kind == "nombre-minusculas" and not self._sender_confirms(candidate.raw):
                    continue
                if not self._excluded("nombres", view, candidate.start):
                    yield _name_value(view, candidate, "nombres/lista-de-datos", Evidence("forma", "lista de datos"))

    def _name_in(self, view: TextView, received: dt.date | None) -> FieldValue | None:
        """The name the view gives for the applicant, once per source (the fullest name
        asks again)."""
        return view.memo(f"name:{received}:{self._travel}",
                         lambda _view: self._name(view, self._patterns("nombres", view, received)))

    def _name(self, view: TextView, patterned: _Found | None) -> FieldValue | None:
        if patterned and patterned.value.rule in _LABELLED_NAME_RULES:
            return _with_surnames(view, patterned.value, patterned.start)
        if view.behalf:
            behalf = rec.behalf_name(view)
            if behalf:
                return _name_value(view, behalf, "nombres/a-favor-de", Evidence("señal", view.text[view.behalf[0]:view.behalf[1]]))
        for term, candidate in view.memo("roles", rec.role_names):
            if not self._excluded("nombres", view, candidate.start):
                return _with_surnames(view, _name_value(view, candidate, "nombres/rol", Evidence("etiqueta", term.text)), candidate.start)
        writer_name = view.behalf or (patterned and view.in_writer_zone(patterned.start))
        if patterned and not (writer_name and patterned.value.rule in _WRITER_NAME_RULES):
            if not _has_initials(patterned.value.value):
                # "Je soussignée CAMARA Aïssatou, ..." signed "Aïssatou CAMARA": the name as
                # the writer presents it, when it holds every word of the signature
                signed = {fold_word(word) for word in patterned.value.value.split()}
                for term, candidate in view.memo("introduced", rec.introduced_names):
                    if " ".join(term.words) in rec.STRONG_INTRODUCTIONS and candidate.kind == "nombre" \
                            and signed <= {fold_word(word) for word in candidate.raw.split()} \
                            and not self._excluded("nombres", view, candidate.start):
                        return _name_value(view, candidate, "nombres/presentacion", Evidence("señal", term.text))
                return patterned.value
        for term, candidate in view.memo("introduced", rec.introduced_names):
            if term.words[0] in view.vocabulary.third_person and not view.in_writer_zone(candidate.start):
                # "dice mi abuela que ella se llama NAME": the relative named is the applicant
                return _name_value(view, candidate, "nombres/presentacion", Evidence("señal", term.text))
            if candidate.kind == "nombre-minusculas" and not self._sender_confirms(candidate.raw):
                continue
            if not self._excluded("nombres", view, candidate.start):
                return _name_value(view, candidate, "nombres/presentacion", Evidence("señal", term.text))
        if patterned and not (writer_name and patterned.value.rule in _WRITER_NAME_RULES):
            return patterned.value  # a signature with initials, when nothing fuller is written
        candidate = rec.lowercase_signature(view)
        if candidate and not self._excluded("nombres", view, candidate.start) and self._sender_confirms(candidate.raw):
            return _name_value(view, candidate, "nombres/ultima-linea-minusculas", Evidence("forma", "última línea"))
        ending = rec.name_ending_the_prose(view)
        candidate = rec.name_before_closing(view) or rec.name_ending_the_text(view) or rec.name_after_inline_closing(view) \
            or rec.name_after_line_closing(view) or (ending if ending and ending.kind == "nombre" else None)
        if candidate and not self._excluded("nombres", view, candidate.start):
            return _name_value(view, candidate, "nombres/firma-antes-del-cierre", Evidence("forma", "línea antes del cierre"))
        candidate = view.memo("over-identity", rec.name_over_identity) or rec.name_then_phone(view)
        if candidate and not self._excluded("nombres", view, candidate.start) and (
                candidate.kind != "nombre-minusculas" or self._sender_confirms(candidate.raw)):
            return _name_value(view, candidate, "nombres/sobre-documento", Evidence("forma", "línea sobre el documento"))
        candidate = view.memo("name-before-data", rec.name_before_data)
        if candidate and not self._excluded("nombres", view, candidate.start):
            return _name_value(view, candidate, "nombres/antes-de-los-datos", Evidence("forma", "nombre seguido de sus datos"))
        # written in lower case: believed when the sender's address confirms the name
        for candidate, rule, evidence in (
                (rec.name_before_data(view, lowercase=True), "nombres/antes-de-los-datos", "nombre seguido de sus datos"),
                (rec.lowercase_name_before_closing(view), "nombres/firma-antes-del-cierre", "línea antes del cierre"),
                (rec.name_ending_the_text(view, lowercase=True), "nombres/firma-antes-del-cierre", "nombre al final del texto"),
                (rec.name_ending_the_prose(view), "nombres/firma-antes-del-cierre", "nombre al final del texto")):
            if candidate and not self._excluded("nombres", view, candidate.start) and self._sender_confirms(candidate.raw):
                return _name_value(view, candidate, rule, Evidence("forma", evidence))
        for record in view.memo("records", rec.records):
            candidate = next((found for found in rec.record_names(view, record)
                              if found.kind != "nombre-minusculas" or self._sender_confirms(found.raw)), None)
            if candidate and not self._excluded("nombres", view, candidate.start):
                return _name_value(view, candidate, "nombres/lista-de-datos", Evidence("forma", "lista de datos"))
        for candidate in view.memo("honorifics", rec.honorific_names):
            if not self._excluded("nombres", view, candidate.start):
                return _name_value(view, candidate, "nombres/tratamiento", Evidence("señal", "Sr./Sra."))
        return None

    # -- recognisers + context ------------------------------------------------------------

    def _recognised(self, field_name: str, view: TextView, received: dt.date | None,
                    found: dict[str, FieldValue], before: int | None = None) -> _Found | None:
        if self.vocabulary.empty:
            return None
        if field_name in _TRAVEL_FIELDS and not self._travel and self._procedure is not None:
            return None  # another procedure's "Lugar: paradero Plaza Norte" (a police report) is no trip
        if field_name in ("telefono", "documento_identidad", "carne_extranjeria"):
            return self._number(field_name, view, before)
        if field_name in DATE_FIELDS:
            return self._date(field_name, view, received)
        if field_name in ("nacionalidad", "sexo"):
            labelled = self._labelled_word(field_name, view)
            if labelled:
                return labelled
            for record in view.memo("records", rec.records):
                candidate = rec.record_word(view, record, "sexo" if field_name == "sexo" else "pais")
                if candidate and not self._excluded(field_name, view, candidate.start):
                    value = norm_sexo(candidate.raw) if field_name == "sexo" else candidate.raw
                    if value:
                        return _Found(FieldValue(field_name, value, view.name, f"{field_name}/lista-de-datos",
                                                 view.text[candidate.start:candidate.end],
                                                 Evidence("forma", "lista de datos").describe()), candidate.start, 0)
            if field_name == "sexo":
                return None
            # where the applicant's name ends, at each place it is written (a forward names
            # them in the writer's note, then "I am NAME from Syria" in their own message)
            name = found.get("nombres")
            name_ends: list[int | None] = []
            if name and name.source == view.name:
                for written in (name.value, name.raw):
                    folded = fold_text(written) if written else ""
                    at = view.folded.find(folded) if folded else -1
                    while at >= 0 and len(name_ends) < 3:
                        name_ends.append(at + len(written))
                        at = view.folded.find(folded, at + 1)
                    if name_ends:
                        break
            for name_end in name_ends or [None]:
                candidate = rec.nationality_in_prose(view, name_end)
                if candidate and (not self._excluded(field_name, view, candidate.start) or (
                        _said_of_us(view, candidate.start) and not view.in_writer_zone(candidate.start))):
                    # ("para mí y mis dos hijas, somos colombianas": the relatives' and the writer's)
                    return _Found(FieldValue(field_name, candidate.raw, view.name, "nacionalidad/prosa-contexto",
                                             view.text[candidate.start:candidate.end],
                                             Evidence("señal", "gentilicio del solicitante").describe()), candidate.start, 0)
            candidate = rec.nationality_after_behalf(view)
            if candidate:
                return _Found(FieldValue(field_name, candidate.raw, view.name, "nacionalidad/a-favor-de",
                                         view.text[candidate.start:candidate.end],
                                         Evidence("señal", view.text[view.behalf[0]:view.behalf[1]]).describe()),
                              candidate.start, 0)
            return None
        if field_name in ("motivo", "destino"):
            labelled = self._labelled_text(field_name, view)
            if labelled:
                return labelled
        if field_name == "motivo":
            for cue, candidate in rec.reasons(view):
                value = norm_text(_clip_sentence(candidate.raw)) if "\n" not in cue else norm_text(candidate.raw)
                if value and _promised(value, self.vocabulary):
                    continue  # "Los fundamentos los enviaré en los próximos días": no reason given yet
                if value:
                    return _Found(FieldValue("motivo", value, view.name, "motivo/causa", candidate.raw,
                                             Evidence("señal", cue).describe()), candidate.start, 0)
            if self._procedure in _PETITIONED:
                candidate = view.memo("petition-reason", rec.reason_after_petition)
                if candidate and not _promised(candidate.raw, self.vocabulary):
                    return _Found(FieldValue("motivo", candidate.raw, view.name, "motivo/tras-el-pedido", candidate.raw,
                                             Evidence("forma", "la frase tras el pedido").describe()), candidate.start, 0)
            if self._travel:
                purpose = view.memo("trip-purpose", rec.trip_purpose)
                if purpose:
                    term, candidate = purpose
                    return _Found(FieldValue("motivo", candidate.raw, view.name, "motivo/proposito-del-viaje", candidate.raw,
                                             Evidence("señal", term).describe()), candidate.start, 0)
            return None
        if field_name == "destino" and self._travel:
            for candidate in rec.destinations(view):
                return _Found(FieldValue("destino", _place(candidate.raw), view.name, "destino/viajar-a", candidate.raw,
                                         Evidence("señal", "viajar a").describe()), candidate.start, 0)
            candidate = (rec.travel_place(view) or rec.lowercase_travel_place(view)) \
                if self._procedure == "autorizacion_viaje" else None
            if candidate:
                return _Found(FieldValue("destino", candidate.raw, view.name, "destino/lugar-del-viaje", candidate.raw,
                                         Evidence("señal", "lugar y país en la frase del viaje").describe()), candidate.start, 0)
        return None

    _NORMALISE = {"telefono": norm_phone, "documento_identidad": norm_document, "carne_extranjeria": norm_carne}

    def _number(self, field_name: str, view: TextView, before: int | None = None) -> _Found | None:
        """The number of the field best placed by its context; `before`: only numbers
        written before that position matter (a document found there already)."""
        best: tuple[tuple[int, int, int], _Found] | None = None
        normalise = self._NORMALISE[field_name]
        candidates = view.memo("numbers", rec.numbers)
        if field_name == "telefono":  # a phone may be spelt out ("nueve ocho siete ...")
            spelt = view.memo("spelt", rec.spelt_numbers)
            if spelt:
                candidates = sorted([*candidates, *spelt], key=lambda c: c.start)
        for candidate in candidates:
            if before is not None and candidate.start >= before:
                break
            value = normalise(candidate.raw)
            if not value:
                continue
            other, evidence = _placed(field_name, view, candidate.start)
            if other:
                continue
            if evidence is None:
                if field_name == "telefono" and _looks_like_phone(candidate.raw):
                    evidence = Evidence("forma")
                elif field_name == "documento_identidad" and _VENEZUELAN_CEDULA.match(candidate.raw):
                    evidence = Evidence("forma")
                else:
                    continue
            if self._excluded(field_name, view, candidate.start):
                continue
            # the writer's own zone (their presentation, their signature) counts against a
            # number more than the paragraph where they say they write for someone
            writer = 2 * view.in_writer_zone(candidate.start) + view.in_writer_paragraph(candidate.start)
            found = _Found(FieldValue(field_name, value, view.name, f"{field_name}/contexto", candidate.raw,
                                      evidence.describe()), candidate.start, 0)
            # documents: the first stated; phones: the best placed, writer's last
            key = (int(writer), 0 if field_name != "telefono" else -evidence.strength, candidate.start)
            if best is None or key < best[0]:
                best = (key, found)
        return best[1] if best else None

    def _date(self, field_name: str, view: TextView, received: dt.date | None) -> _Found | None:
        future = field_name != "fecha_nacimiento"
        if field_name in ("fecha_salida", "fecha_retorno") and self._travel:
            for span in view.memo("ranges", rec.date_ranges):
                if not view.cue_before("fecha_salida", span.end) and not _travel_words(view, span.start):
                    continue
                raw = span.start_raw if field_name == "fecha_salida" else span.end_raw
                day = _travel_day(raw, received)
                if day:
                    return _Found(FieldValue(field_name, day.isoformat(), view.name, f"{field_name}/rango", raw,
                                             Evidence("señal", "del … al …").describe()), span.start, 0)
        if field_name == "fecha_nacimiento" and received is not None:
            for record in view.memo("records", rec.records):
                candidate = rec.record_date(view, record)
                day = parse_date(candidate.raw, received, future=False) if candidate else None
                if day and day.year <= received.year - 14 and not self._excluded(field_name, view, candidate.start):
                    # (a date of 14 years ago or more in one's list of data: no trip, no expiry)
                    return _Found(FieldValue(field_name, day.isoformat(), view.name, f"{field_name}/lista-de-datos",
                                             candidate.raw, Evidence("forma", "lista de datos").describe()),
                                  candidate.start, 0)
        if not view.mentions(field_name):
            return None
        for candidate in view.memo("dates", rec.dates):
            other, evidence = _placed(field_name, view, candidate.start)
            if other or evidence is None:
                continue
            if evidence.kind == "señal" and self._cue_of_other_date(field_name, view, candidate.start, evidence.term):
                continue
            if self._excluded(field_name, view, candidate.start):
                continue
            day = parse_date(candidate.raw, received, future)
            if day:
                return _Found(FieldValue(field_name, day.isoformat(), view.name, f"{field_name}/contexto",
                                         candidate.raw, evidence.describe()), candidate.start, 0)
        if field_name in ("fecha_salida", "fecha_retorno") and self._travel:
            # "salgo el 3 de marzo y regreso el 20": the next such day from receipt
            for candidate in view.memo("yearless", rec.yearless_dates):
                other, evidence = _placed(field_name, view, candidate.start)
                if other or evidence is None or (evidence.kind == "señal" and self._cue_of_other_date(
                        field_name, view, candidate.start, evidence.term)):
                    continue
                day = _travel_day(candidate.raw, received)
                if day:
                    return _Found(FieldValue(field_name, day.isoformat(), view.name, f"{field_name}/sin-año",
                                             view.text[candidate.start:candidate.end], evidence.describe()),
                                  candidate.start, 0)
        return None

    def _cue_of_other_date(self, field_name: str, view: TextView, start: int, cue_text: str) -> bool:
        """"salgo el 3 y regreso el 20": the nearer cue decides which date is which."""
        cue_word = fold_word(cue_text.split()[0]).rstrip("*")
        for other in DATE_FIELDS:
            other_cue = view.cue_before(other, start) if other != field_name else None
            if other_cue and view.folded.rfind(other_cue.words[0].rstrip("*"), 0, start) > view.folded.rfind(cue_word, 0, start):
                return True
        return False

    def _labelled_text(self, field_name: str, view: TextView) -> _Found | None:
        """"Motivo / mi madre fue operada", "Motif du voyage : décès de ...": the rest of the
        line after a label at the start of a line, with any separator."""
        for term, token in view.labels_in(field_name):
            first = view.tokens[view.token_before(token.end) - len(term.words) + 1]
            line_start = view.text.rfind("\n", 0, first.start) + 1
            sentence = max(line_start, view.sentence_start(first.start))
            clause = max(line_start, view.clause_start(first.start))
            rest = view.text[token.end:token.end + 500]
            at_start = not view.text[sentence:first.start].strip(" \t-•*")
            if not at_start and view.text[clause:first.start].strip(" \t-•*"):
                continue  # a label starts its line, its sentence or a cell of a line of data
            match = re.match(r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*[:/|=–—.-]+[ \t]*([^\n]{3,})", rest) \
                or _QUALIFIED_LABEL_END.match(rest)
            if match and not at_start and not re.match(r"[ \t]*:", rest):
                match = None  # in a cell ("..., motivo: la boda ..."), only after a colon
            if not match and field_name == "destino":
                # "destino Caracas", "..., destino Bogotá del 18 al 30": the place right after its label
                match = _PLACE_AFTER_LABEL.match(rest)
            if not match:
                continue
            value = norm_text(match.group(1))
            if value:
                return _Found(FieldValue(field_name, value, view.name, f"{field_name}/etiqueta-contexto", match.group(1),
                                         Evidence("etiqueta", term.text).describe()), token.end + match.start(1), 0)
        return None

    def _labelled_word(self, field_name: str, view: TextView) -> _Found | None:
        for term, token in view.labels_in(field_name):
            if self._excluded(field_name, view, token.start):
                continue
            if field_name == "nacionalidad":
                candidate = rec.country_after(view, token.end)
                if candidate and candidate.raw == "PE" and not view.text[token.end:candidate.start].strip(" \t"):
                    continue  # "nan Peyi Pewou", "en el país Perú": where one lives, said in prose
                if candidate:
                    return _Found(FieldValue(field_name, candidate.raw, view.name, "nacionalidad/contexto",
                                             view.text[candidate.start:candidate.end],
                                             Evidence("etiqueta", term.text).describe()), candidate.start, 0)
            else:
                match = re.match(r"[ \t:/|=–—.-]*([^\W\d_]{1,10})\b", view.text[token.end:token.end + 30])
                value = norm_sexo(match.group(1)) if match else None
                if value and (len(match.group(1)) > 1 or match.group(1) in "FMfm"):
                    return _Found(FieldValue(field_name, value, view.name, "sexo/contexto", match.group(1),
                                             Evidence("etiqueta", term.text).describe()), token.end, 0)
        return None


# a label qualified by a participle, then a colon ("Motivo expresado: ...", "Motivo
# invocado: ...", "Reason stated: ...", "Motif invoqué : ...")
_QUALIFIED_LABEL_END = re.compile(r"(?<![ \t])[ \t]+[^\W\d_]{2,15}(?:ados?|adas?|idos?|idas?|ed|[ée]e?s?)[ \t]*:[ \t]*([^\n]{3,})")


# "V-12.345.678", "E-84.123.456": a Venezuelan cédula is one by its shape alone
_VENEZUELAN_CEDULA = re.compile(r"^[VEve][ -]?\d{1,2}\.\d{3}\.\d{3}$|^[VE]-\d{6,9}$")


def _name_value(view: TextView, candidate: rec.Candidate, rule: str, evidence: Evidence) -> FieldValue:
    """The applicant's name `candidate` as a field value: where, by which rule, and why."""
    return FieldValue("nombres", candidate.raw, view.name, rule, view.text[candidate.start:candidate.end],
                      evidence.describe())


# a form that asks given names and surnames apart: "Nombres: JOSE GREGORIO" / "Apellidos:
# PEREZ MARIN", "First name: ..." / "Last name: ...", "Prénom : ..." / "Nom : ..."
_GIVEN_NAMES_LABEL = re.compile(r"[ \t]{0,8}(?:nombres?|nomes?|(?:first|given)\s+names?|pr[eé]noms?)[ \t]*[:.-]{1,2}[ \t]*$",
                                re.IGNORECASE)
_SURNAMES_LINE = re.compile(
    r"^[ \t]{0,8}(?:apellidos?|surnames?|last[ \t]+names?|family[ \t]+names?|sobrenomes?|apelidos?|nom(?:[ \t]+de[ \t]+famille)?|"
    r"non[ \t]+fanmi)[ \t]*[:.-]{1,2}[ \t]*([^\n]{2,60})$", re.IGNORECASE | re.MULTILINE)


def _with_surnames(view: TextView, value: FieldValue, start: int) -> FieldValue:
    """The given names of a labelled line, with the surnames of their own labelled line
    near it: the whole name, given names first."""
    line_start = view.text.rfind("\n", 0, start) + 1
    if not _GIVEN_NAMES_LABEL.fullmatch(view.text[line_start:start]):
        return value
    for match in _SURNAMES_LINE.finditer(view.text, max(0, line_start - 300), min(len(view.text), start + 300)):
        surnames = " ".join(match.group(1).split()).strip(" .,;")
        if not re.fullmatch(r"[^\W\d_][^\W\d_ '’.-]*(?:[ '’-][^\W\d_][^\W\d_'’.-]*){0,4}", surnames) \
                or fold_text(surnames) in fold_text(value.value):
            continue
        return dataclasses.replace(value, value=f"{value.value} {surnames}", raw=f"{value.raw} / {match.group(1).strip()}")
    return value


_NUMBER_FIELDS = frozenset({"documento_identidad", "carne_extranjeria", "telefono"})
# a line shorter than this was ended by its writer, not wrapped by a mail program
_WRAP_WIDTH = 60


_SPACED_DASH = re.compile(r"(?<![ \t])[ \t]+[-–—|/][ \t]+")


def _before_spaced_dash(raw: str) -> str:
    """"159874123 - 944 556 677": a dash set off by spaces separates two data; the number
    ends before it (once it holds five digits: "V - 12.345.678" is one)."""
    parts = _SPACED_DASH.split(raw, maxsplit=1)
    if len(parts) == 2 and sum(ch.isdigit() for ch in parts[0]) >= 5:
        return parts[0]
    return raw


def _within_short_line(text: str, start: int, raw: str) -> str:
    """A number that runs on to the next line continues there only when its line was
    wrapped (a long line); "C.C. 1.032.448.190" on a short line of its own ends there,
    and the phone on the next line is no part of it."""
    line_start = text.rfind("\n", 0, start) + 1
    cut = raw.index("\n")
    if start + cut - line_start < _WRAP_WIDTH:
        return raw[:cut].rstrip(" \t.,-")
    return raw


def _placed(field_name: str, view: TextView, start: int) -> tuple[bool, Evidence | None]:
    """What the context says of a value of `field_name` at `start`: (True, None) when a
    label of another field (or a record word) stands on its left; else the evidence of a
    label of this field on its left, or of a cue in its sentence, or None."""
    label = view.label_left(start)
    if label and label[0] != field_name:
        # a label two fields share ("Nac.": nacionalidad or fecha de nacimiento): the
        # value's own shape asked for this field, so the label is this field's too
        own = view.label_left(start, fields=(field_name,))
        label = own or label
    if label:
        return (True, None) if label[0] != field_name else (False, Evidence("etiqueta", label[1].text))
    cue = view.cue_before(field_name, start)
    return False, (Evidence("señal", cue.text) if cue else None)


_PLACE_AFTER_LABEL = re.compile(r"[ \t]{1,4}(" + rec.PLACE + ")")


_COUNTRY_AFTER_NAME = re.compile(r"^(.+?\S)[ \t]+(?:de|del|from|of|du|da|do)[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+)?)$", re.IGNORECASE)


def _without_country(name: FieldValue) -> FieldValue:
    """"Mirlande Pierre-Louis de Haiti": where the person comes from is no part of the
    name (the nationality reader finds it after the name)."""
    match = _COUNTRY_AFTER_NAME.match(name.value)
    if match and len(match.group(1).split()) >= 2 and country_code(match.group(2)):
        return dataclasses.replace(name, value=match.group(1))
    return name


def _country_words(text: str) -> int:
    """How many characters of `text`'s first words name a country ("Ecuador Salgo el 1ro"
    -> len("Ecuador")), or 0."""
    words = list(re.finditer(r"[^\W\d_]+", text[:60]))
    for count in range(min(4, len(words)), 0, -1):
        if country_code(text[:words[count - 1].end()]):
            return words[count - 1].end()
    return 0


_GERUND = re.compile(r"(?:ando|iendo|yendo)$")  # "SANTIAGO DE CHILE, SALIENDO EL 3": a clause


_TRAILING_PARTICLE = re.compile(r"(?<=\S)[ \t]+(?:de|del|la|las|los|y|e|en|el)[ \t]*$", re.IGNORECASE)


_COUNTRY_IN_PARENTHESES = re.compile(r"\(([^()\n]{2,30})\)")
_COUNTRY_NEXT = re.compile(r",[ \t]*\n?[ \t]*([^\W\d_]{1,40}(?:[ \t]{1,3}[^\W\d_]{1,40}){0,2})")
# a country after the place and one space, ending the clause ("maracaibo venezuela, ...")
_COUNTRY_SPACED = re.compile(r"[ ]([^\W\d_]{3,40})(?=[ \t]*(?:[,.;:!?)]|\n|$))")


def _with_country_after(view: TextView, raw: str, place: str) -> str:
    """"viajar a Guayaquil,\nEcuador, del 26 ...": the country after the comma, though a
    line break (a PDF's) stands between, is part of the place; so is one after a space
    alone ("... a maracaibo venezuela, mi nombre ...") or in parentheses ("Pasto (Nariño,
    Colombia)"), wherever the place is written with it (the text may name it first
    without: "falleció en maracaibo ... vuelvo a maracaibo venezuela")."""
    if not raw or "," in place or country_code(place):
        return place
    for count, occurrence in enumerate(re.finditer(r"(?<!\w)" + re.escape(place) + r"(?!\w)", view.text)):
        if count >= 20:
            break
        end = occurrence.end()
        end += len(view.text[end:end + 8]) - len(view.text[end:end + 8].lstrip(" \t"))
        explained = _COUNTRY_IN_PARENTHESES.match(view.text, end)
        if explained and country_code(explained.group(1).split(",")[-1].strip()):
            return f"{place} ({explained.group(1).strip()})"  # "Medellín (Colombia)", as written
        after = _COUNTRY_NEXT.match(view.text, end)
        if after:
            words = after.group(1).split()
            for size in range(len(words), 0, -1):
                if country_code(" ".join(words[:size])):
                    return f"{place}, {' '.join(words[:size])}"
        alone = _COUNTRY_SPACED.match(view.text, occurrence.end())
        if alone and country_code(alone.group(1)):
            return f"{place} {alone.group(1)}"
    return place


def _place(text: str) -> str:
    """"Quito (por el trámite)" -> "Quito": a parenthesis after a place explains it (a
    country in it is kept, as written: "Quito (Ecuador)"); "Guayaquil,
    mi hermana tuvo un accidente" -> "Guayaquil": a clause after the place is not it;
    "madrid, españa" keeps its country, whatever its case; "santiago de chile mi hermana
    se casa" -> "santiago de chile": a place the gazetteer knows, and the sentence after it."""
    known = rec.known_place_prefix(text)
    if known and len(known) < len(text.rstrip(" ,.")) and any(
            fold_word(word) in SENTENCE_WORDS for word in text[len(known):].split()):
        return known
    for comma in re.finditer(r",[ \t]*(?=[^\W\d_])", text):
        after = re.split(r"[,.;(]", text[comma.end():], maxsplit=1)[0].strip()
        country = _country_words(after)
        if country:  # "madrid, españa", "QUITO, ECUADOR"; what runs on after it is not the place
            text = text[:comma.end()] + text[comma.end():].lstrip()[:country]
            break
        if after[:1].islower() or any(ch.isdigit() for ch in after) or any(
                fold_word(word) in SENTENCE_WORDS or _GERUND.search(fold_word(word)) for word in after.split()):
            text = text[:comma.start()]  # a clause ("GUAYAQUIL, MI HERMANA TUVO UN ACCIDENTE")
            break
    explained = re.search(r"\s*\(([^)]*)\)?\s*$", text)
    if explained and _country_words(explained.group(1).strip()) == len(explained.group(1).strip()):
        return text.strip()  # "Buenos Aires (Argentina)": the country, as written
    text = _TRAILING_PARTICLE.sub("", text)  # "BOGOTÁ DEL 18 AL 30": the particle is the dates'
    return re.sub(r"\s*\([^)]*\)?\s*$", "", text).strip() or text


# a PDF's text layer breaks lines where the page ends, not where the sentence does:
# "viajar a Santiago de\nChile del 10 al 17 de enero" is one sentence
_WRAPPED_AFTER_PARTICLE = re.compile(r"\b(de|del|la|el|los|las|y|a|al|en|con|por|para|que|mi|su|e|o)[ \t]{0,8}\n[ \t]{0,8}(?=\S)",
                                     re.IGNORECASE)
_WRAPPED_BEFORE_LOWER = re.compile(r"([^\W\d_])[ \t]{0,8}\n[ \t]{0,8}(?=[a-zñáéíóú])")


_FOOTER = re.compile(r"(?:(?:\n[ \t]*)+(?i:" + rec.SENT_FROM_WORDS + r")[^\n]{0,60})+\s*\Z")


def _without_footer(text: str) -> str:
    """The text without the line a phone's mail program adds at its end ("Enviado desde
    mi iPhone", "Sent from Yahoo Mail for Android"): the writer's signature is the end."""
    return _FOOTER.sub("\n", text) if "\n" in text else text


def _acquired_before(view: TextView, start: int) -> bool:
    """A word of acquiring a nationality shortly before `start`, in the same sentence
    ("obtuve la nacionalidad brasileña por matrimonio"; [others] acquired)."""
    for index in range(view.token_at_or_after(max(0, start - 40)), view.token_before(start) + 1):
        for term in view.vocabulary.acquired.starting_at(view.tokens, index):
            end = view.tokens[index + len(term.words) - 1].end
            if end <= start and start - end <= 25 and not any(mark in view.text[end:start] for mark in ".\n"):
                return True
    return False


def _promised(reason: str, vocabulary: Vocabulary) -> bool:
    """A reason promised for later, not given: a promise in its first words ("los
    enviaré en los próximos días", "Los fundamentos los enviaré ...", "I will send them";
    [reasons] promises)."""
    tokens = tokenize(reason)
    return any(vocabulary.promises.longest_starting_at(tokens, index) for index in range(min(4, len(tokens))))


def _said_of_us(view: TextView, start: int) -> bool:
    """A first-person plural copula right before `start`: what follows is said of the
    writer too ("somos colombianas"; [writer] we_are)."""
    index = view.token_before(start)
    for term in view.vocabulary.we_are_group.ending_at(view.tokens, index) if index >= 0 else ():
        index -= len(term.words)  # "somos una familia colombiana"
        break
    words = tuple(token.word for token in view.tokens[max(0, index - 1):index + 1])
    return words[-1:] in view.vocabulary.we_are or words in view.vocabulary.we_are


def _unwrap(text: str) -> str:
    return _WRAPPED_BEFORE_LOWER.sub(r"\1 ", _WRAPPED_AFTER_PARTICLE.sub(r"\1 ", text))


# (a label and its colon, or its dot leaders: "Nacionalidad ....... Venezolana")
_LINE_STARTS_ITEM = re.compile(r"(?:[-•*>]|\d{1,2}[.)-]|[^\W\d_][^:\n]{0,30}:|[^\W\d_][^:\n.]{0,30}\.{3})")


def _unwrap_body(text: str) -> str:
    """A body hard-wrapped by its mail client (lines of 60-100 characters, most of them
    near the width): a long line and the line after it are one sentence, unless the
    next starts an item or a label ("- ...", "2. ...", "Teléfono: ...")."""
    lines = text.split("\n")
    width = max((len(line) for line in lines), default=0)
    if not 60 <= width <= 100:
        return text
    long = [len(line) >= 0.75 * width for line in lines]
    if sum(long) < 3:
        return text
    out: list[str] = []
    for index, line in enumerate(lines):
        if out and long[index - 1] and line.strip() and not _LINE_STARTS_ITEM.match(line.lstrip(" \t")) \
                and not lines[index - 1].rstrip().endswith((":", ".", "!", "?")):
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _extends(longer: str, shorter: str) -> bool:
    long_words = [fold_word(w).strip(".,") for w in longer.split()]
    short_words = [fold_word(w).strip(".,") for w in shorter.split()]
    if len(long_words) <= len(short_words):
        return False
    position = 0
    for word in short_words:
        # a word, or an initial ("Luis Á. Mora" in "Luis Ángel Mora Castillo")
        while position < len(long_words) and not (
                long_words[position] == word or len(word) == 1 and long_words[position].startswith(word)):
            position += 1
        if position == len(long_words):
            return False
        position += 1
    return True


def _covers(full: str, short: str) -> bool:
    """Every word of `short` is a word of `full`, or an initial of one, in any order, and
    `full` has no word left over ("DIALLO Mamadou Saliou" covers "M. S. Diallo")."""
    left = [fold_word(w).strip(".,") for w in full.split()]
    for word in (fold_word(w).strip(".,") for w in short.split()):
        match = next((w for w in left if w == word or len(word) == 1 and w.startswith(word)), None)
        if match is None:
            return False
        left.remove(match)
    return not left


def _has_initials(name: str) -> bool:
    """"Miguel Á. Castillo B.": a name with initials, a shortened signature."""
    return any(len(word.strip(".")) == 1 and word.strip(".").isalpha() and word.strip(".").isupper() for word in name.split())


def _looks_like_phone(raw: str) -> bool:
    """A number that is a phone by its shape alone: with a country code, or a Peruvian
    mobile (nine digits starting with 9)."""
    digits = re.sub(r"\D", "", raw)
    if raw.lstrip().startswith("+"):
        return 8 <= len(digits) <= 15
    return len(digits) == 9 and digits.startswith("9") and not re.search(r"[A-Za-z]", raw)


def _travel_words(view: TextView, pos: int) -> bool:
    start = view.sentence_start(pos)
    return bool(rec.TRIP_WORDS.search(view.folded[start:pos + 80]))


def _travel_day(raw: str, received: dt.date | None) -> dt.date | None:
    """A travel date; written without its year, the next such day from receipt."""
    day = parse_date(raw, received, future=True)
    if day:
        return day
    match = re.match(r"(\d{1,2}) de (\S+)", raw)
    if not match or received is None:
        return None
    month = int(match.group(2)) if match.group(2).isdigit() else rec.MONTH_NUMBERS.get(match.group(2).lower().strip("."))
    if not month:
        from .normalise import fold_word
        month = rec.MONTH_NUMBERS.get(fold_word(match.group(2)).strip("."))
    if not month:
        return None
    for year in (received.year, received.year + 1):
        try:
            candidate = dt.date(year, month, int(match.group(1)))
        except ValueError:
            continue
        if candidate >= received:
            return candidate
    return None


def tidy(sources: Iterable[TextSource]) -> list[TextSource]:
    return [TextSource(source.name, tidy_layout(source.text), source.writers) for source in sources]


__all__ = ["FieldExtractor", "TextSource", "FIELD_ORDER", "tidy", "norm_name"]
