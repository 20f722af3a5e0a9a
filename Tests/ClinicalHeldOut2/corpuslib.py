"""Shared helpers of the labelled-note generators (Tests/ClinicalHeldOut2, Tests/ClinicalCorpus2).

A note is written once, as a doctor would type it, with its PHI marked inline:
    [[KIND|text]]   a PHI span of KIND (NOMBRE, TELEFONO, ...), written out as `text`
    [[KIND*|text]]  the same, an identifier right after its label ("RFC:", "DNI", "MRN") -> "labelled": true
The generator strips the marks and writes one JSON file per note in the format of Tests/ClinicalTests/Corpus,
plus `route` on medications, `negated` (findings the note denies: never diagnoses) and `stopped`
(medications the note stops or suspends: never active medications).
National ids get their check digits computed here; `bad=True` gives a wrong one (a typo in the note)."""
import json, os, re, sys

KINDS = {"N": "NOMBRE", "E": "EMAIL", "T": "TELEFONO", "B": "FECHA_NACIMIENTO", "A": "DIRECCION",
         "R": "EXPEDIENTE", "CURP": "CURP", "RFC": "RFC", "CPF": "CPF", "RUT": "RUT", "DNI": "DNI",
         "CED": "CEDULA", "SSN": "SSN"}
MARK = re.compile(r"\[\[([A-Z]+)(\*?)\|(.+?)\]\]", re.S)


def curp(first17, bad=False):
    alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(alphabet.index(c) * (18 - i) for i, c in enumerate(first17))
    d = (10 - s % 10) % 10
    return first17 + str((d + 3) % 10 if bad else d)


def rfc(first12, bad=False):
    alphabet = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"
    padded = (" " + first12) if len(first12) == 11 else first12
    s = sum(alphabet.index(c) * (13 - i) for i, c in enumerate(padded))
    r = s % 11
    d = "0" if r == 0 else ("A" if 11 - r == 10 else str(11 - r))
    if bad:
        d = "7" if d != "7" else "3"
    return first12 + d


def cpf(nine, bad=False):
    d = [int(c) for c in nine]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    if bad:
        d[-1] = (d[-1] + 4) % 10
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def rut(body, bad=False, dots=True):
    s, m = 0, 2
    for c in reversed(str(body)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    if bad:
        dv = "5" if dv != "5" else "2"
    b = f"{body:,}".replace(",", ".") if dots else str(body)
    return f"{b}-{dv}"


NOTES = []


def note(id, country, language, marked, meds, dx, negated=(), stopped=()):
    """meds: (name, dose, route, frequency); dx: (text, icd10 or None)."""
    phi = []
    for m in MARK.finditer(marked):
        entry = {"kind": KINDS[m.group(1)], "text": m.group(3)}
        if m.group(2):
            entry["labelled"] = True
        if entry not in phi:
            phi.append(entry)
    text = MARK.sub(lambda m: m.group(3), marked)
    for label in phi:
        assert label["text"] in text, (id, label)
    for name, *_ in meds:
        assert fold(name) in fold(text), (id, "medication not in text", name)
    NOTES.append({"id": id, "country": country, "language": language, "text": text, "phi": phi,
                  "medications": [{"name": n, "dose": d, "route": r, "frequency": f} for n, d, r, f in meds],
                  "diagnoses": [{"text": t, "icd10": c} for t, c in dx],
                  "negated": list(negated), "stopped": list(stopped)})


def fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def write(directory):
    for old in os.listdir(directory):
        if old.endswith(".json"):
            os.remove(os.path.join(directory, old))
    for n in NOTES:
        with open(os.path.join(directory, n["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(n, f, ensure_ascii=False, indent=2)
            f.write("\n")
    countries = sorted({n["country"] for n in NOTES})
    print(f"{len(NOTES)} notes, {len(countries)} countries: {' '.join(countries)}", file=sys.stderr)


# --- more national ids (used by the later held-out sets); `shift` is the set's own typo in a wrong check digit ---
def luhn_digit(digits):
    """Luhn check digit of a digit string (appended at the right)."""
    total = 0
    for i, c in enumerate(reversed(digits)):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def nss(ten, bad=False, shift=5):
    """Mexican IMSS NSS: 10 digits + Luhn check digit."""
    d = luhn_digit(ten)
    return ten + str((d + shift) % 10 if bad else d)


def ec_cedula(nine, bad=False, shift=3):
    """Ecuadorian cédula: modulo 10 with coefficients 2,1,2,1,... from the left."""
    total = 0
    for i, c in enumerate(nine):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    d = (10 - total % 10) % 10
    return nine + str((d + shift) % 10 if bad else d)


def uy_ci(seven, bad=False, shift=6):
    """Uruguayan cédula de identidad: weights 2987634, written 4.567.890-3."""
    d = (10 - sum(int(c) * w for c, w in zip(seven, (2, 9, 8, 7, 6, 3, 4))) % 10) % 10
    return f"{seven[0]}.{seven[1:4]}.{seven[4:]}-{(d + shift) % 10 if bad else d}"


def cuit(ten, bad=False, shift=2):
    """Argentine CUIT/CUIL: modulo 11 with weights 5432765432, written 20-12345678-9."""
    s = sum(int(c) * w for c, w in zip(ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    d = 11 - s % 11
    d = 0 if d == 11 else 9 if d == 10 else d
    return f"{ten[:2]}-{ten[2:]}-{(d + shift) % 10 if bad else d}"


def dui(eight, bad=False, shift=2):
    """Salvadoran DUI: 8 digits, weights 9..2, written 01234567-8."""
    d = (10 - sum(int(c) * w for c, w in zip(eight, range(9, 1, -1))) % 10) % 10
    return f"{eight}-{(d + shift) % 10 if bad else d}"


def do_cedula(ten, bad=False, shift=1):
    """Dominican cédula: 11 digits with a Luhn digit, written 001-1234567-8."""
    d = luhn_digit(ten)
    return f"{ten[:3]}-{ten[3:]}-{(d + shift) % 10 if bad else d}"


def checked_note(id, country, language, marked, meds, dx, negated=(), stopped=()):
    """`note` plus the per-note checks of the later held-out sets: every label verbatim in the text, no mark
    left behind, no blank PHI, no medication labelled twice, no drug both stopped and active, no denied
    finding labelled as a diagnosis. Exits naming the note and every problem."""
    note(id, country, language, marked, meds, dx, negated, stopped)
    n = NOTES[-1]
    text = n["text"]
    problems = []
    if "[[" in text or "]]" in text:
        problems.append("unclosed PHI mark")
    for p in n["phi"]:
        if not p["text"] or p["text"] != p["text"].strip():
            problems.append(f"PHI with surrounding blanks: {p['text']!r}")
    for m in n["medications"]:
        for field in ("dose", "route", "frequency"):
            if m[field] is not None and m[field] not in text:
                problems.append(f"{m['name']} {field} not verbatim: {m[field]!r}")
    for d in n["diagnoses"]:
        if d["text"] not in text:
            problems.append(f"diagnosis not verbatim: {d['text']!r}")
    for s in n["negated"] + n["stopped"]:
        if s not in text:
            problems.append(f"negated/stopped not verbatim: {s!r}")
    names = [fold(m["name"]) for m in n["medications"]]
    if len(names) != len(set(names)):
        problems.append("a medication labelled twice")
    for s in n["stopped"]:
        if fold(s) in names:
            problems.append(f"stopped drug also active: {s!r}")
    for d in n["diagnoses"]:
        if any(fold(d["text"]) == fold(x) for x in n["negated"]):
            problems.append(f"negated finding labelled as diagnosis: {d['text']!r}")
    if problems:
        sys.exit(f"{id}: " + "; ".join(problems))


# The registries and note writer of the sets since HeldOut7, which wrote the same lines each: BAD holds ids written
# with a wrong check digit, BARE valid ids written without their label, KIND_OF each note's kind of document (for the
# README counts only; not written to the JSON). `kind_note` checks what `checked_note` does; with `single_line`, that no
# label runs over a line break, and given `titles`, that no courtesy title sits inside a name (HeldOut9's checks).
BAD, BARE = set(), set()
KIND_OF = {}


def shift_check_character(valid, shift, letter_to):
    """`valid` with its last character (the check digit) replaced: a digit moves by `shift`, a letter becomes
    `letter_to` — a set's own typo (HeldOut12, HeldOut13), unlike the fixed `bad=True` replacements above."""
    c = valid[-1]
    d = str((int(c) + shift) % 10) if c.isdigit() else letter_to
    assert d != c
    return valid[:-1] + d


def typo(value):
    BAD.add(value)
    return value


def bare(value):
    BARE.add(value)
    return value


def kind_note(kind, id, *args, single_line=False, titles=(), **kw):
    KIND_OF[id] = kind
    checked_note(id, *args, **kw)
    if not single_line and not titles:
        return
    n = NOTES[-1]
    spans = ([p["text"] for p in n["phi"]] + [d["text"] for d in n["diagnoses"]] + n["negated"] + n["stopped"]
             + [v for m in n["medications"] for v in m.values() if v])
    assert not [s for s in spans if "\n" in s], (id, "a label runs over a line break")
    assert not [p for p in n["phi"] if p["text"].split(" ")[0] in titles], (id, "a title inside a name")


def report_counts():
    """HeldOut7's and HeldOut8's counts for their README (stderr only), and the check that each wrong-check-digit
    and each bare id is written once and is not both."""
    import sys
    from collections import Counter
    phi = [p for n in NOTES for p in n["phi"]]
    print(f"countries: {dict(Counter(n['country'] for n in NOTES))}", file=sys.stderr)
    print(f"kinds: {dict(Counter(KIND_OF.values()).most_common())}", file=sys.stderr)
    print(f"PHI spans {len(phi)}: labelled {sum(1 for p in phi if p.get('labelled'))}, "
          f"wrong check digit {sum(1 for p in phi if p['text'] in BAD)}, valid without label "
          f"{sum(1 for p in phi if p['text'] in BARE and not p.get('labelled'))}; by kind {dict(Counter(p['kind'] for p in phi).most_common())}",
          file=sys.stderr)
    print(f"medications {sum(len(n['medications']) for n in NOTES)}, diagnoses "
          f"{sum(len(n['diagnoses']) for n in NOTES)} ({sum(1 for n in NOTES for d in n['diagnoses'] if d['icd10'])} with ICD-10), "
          f"negated {sum(len(n['negated']) for n in NOTES)}, stopped {sum(len(n['stopped']) for n in NOTES)}; "
          f"notes over 2 KB: {sum(1 for n in NOTES if len(n['text'].encode()) > 2048)}, "
          f"largest {max(len(n['text'].encode()) for n in NOTES)} B, smallest {min(len(n['text'].encode()) for n in NOTES)} B",
          file=sys.stderr)
    assert not (BAD & BARE)
    for v in BAD | BARE:
        assert sum(1 for p in phi if p["text"] == v) == 1, v
