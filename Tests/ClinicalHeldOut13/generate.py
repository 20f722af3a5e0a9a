#!/usr/bin/env python3
"""Thirteenth held-out set (issue 17), written blind on 2026-12-02: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring, helpers and first three notes of Tests/ClinicalHeldOut12/generate.py (file format and labelling
conventions), Tests/ClinicalHeldOut12/README.md, and the `shift=` lines of HeldOut9's-12's generate.py (to choose
different typos). Run: python3 generate.py (rewrites every h13-*.json beside it, checks every note, prints the counts
to stderr).
Conventions (the same as HeldOut12's, HeldOut11's, HeldOut10's, HeldOut9's and HeldOut8's, so labels are comparable
across sets): a medication's dose, route and frequency are verbatim spans of the note (None when absent), the frequency
keeps its as-needed clause (PRN, SOS, si dolor, as needed); comorbidities under history headers are diagnoses, labelled
once even when named again; denied findings go to `negated`, stopped/suspended/held drugs to `stopped`. A title (Dr.,
Dra., Lic.) stays outside a name; national ids are DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the Mexican NSS is
SSN), clinicians' registrations are CEDULA, record/affiliate/order/admission numbers are EXPEDIENTE; visit dates are not
PHI, only dates of birth. No randomness: the output is the same on every run."""
import os, re, sys
from functools import partial
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import write, curp, rfc, cpf, rut, NOTES, shift_check_character
from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared registries (wrong check digit / valid without label)
# This set's own typos in a wrong check digit; the shifts differ from HeldOut9's-12's (and corpuslib's defaults).
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=6), partial(corpuslib.uy_ci, shift=9),
                               partial(corpuslib.do_cedula, shift=7))
nss13, cuit13, dui13 = partial(corpuslib.nss, shift=2), partial(corpuslib.cuit, shift=7), partial(corpuslib.dui, shift=4)


def bad_curp(first17):
    return shift_check_character(curp(first17), 6, "6")


def bad_rfc(first12):
    return shift_check_character(rfc(first12), 2, "4")


def bad_cpf(nine):
    return shift_check_character(cpf(nine), 3, "3")


def bad_rut(body, dots=True):
    return shift_check_character(rut(body, dots=dots), 4, "1")


def dpi(eight, dept, muni):
    """Guatemalan DPI/CUI: 8 digits, a verifier (sum of d_i*(i+2), mod 11; never 10 here), department and municipality."""
    v = sum(int(c) * (i + 2) for i, c in enumerate(eight)) % 11
    assert v < 10, eight
    return f"{eight[:4]} {eight[4:]}{v} {dept}{muni}"


TITLES = {"Dr.", "Dra.", "Sr.", "Sra.", "Srta.", "Lic.", "Enf.", "Don", "Doña", "Ing.", "Dr", "Dra", "Ña", "Aux.",
          "Mr.", "Mrs.", "Ms.", "Prof.", "Lcda.", "Lcdo.", "dr", "dra", "Psic.", "Q.F.B.", "DR.", "DRA.", "Dr.ª",
          "Dr.a", "Lic", "Nutr.", "TM", "Obst.", "Ftro.", "Enfa.", "RN", "NP", "PA-C", "Enfº", "Enf.ª", "Sta.",
          "Sr", "Sra", "MD", "Lcda", "Tec.", "Psi.", "Mtra.", "Q.F.", "Téc.", "Bioq.", "Dn."}

# Labels a typo'd id must follow and a bare id must not: the last characters before the id.
ID_LABEL = re.compile(r"(RFC|CURP|NSS|N\.S\.S\.|CPF|RUT|R\.U\.T\.|RUN|CI|C\.I\.|DUI|CUIL|CUIT|c[eé]dula|C[EÉ]DULA|"
                      r"C[eé]d\.|Cedula de identidad|DNI|documento|DPI|SSN)\s*(No\.|N°|nro\.?|de identidad)?\s*[:.#]?\s*$",
                      re.I)


def note(kind, id, *args, **kw):
    corpuslib.kind_note(kind, id, *args, single_line=True, titles=TITLES, **kw)
    n = NOTES[-1]
    for p in n["phi"]:
        if p["text"] not in BAD and p["text"] not in BARE:
            continue
        at = n["text"].index(p["text"])
        before = n["text"][max(0, at - 30):at]
        if p["text"] in BAD:
            assert p.get("labelled") and ID_LABEL.search(before), (id, "typo'd id without its label", before)
        else:
            assert not p.get("labelled") and not ID_LABEL.search(before), (id, "bare id after a label", before)


# ======================================= Mexico ====================================================================
note("operative note", "h13-es-mx-01", "MX", "es", f"""IMSS - HOSPITAL GENERAL REGIONAL No. 46 "LIC. IGNACIO GARCIA TELLEZ"
SERVICIO DE CIRUGIA GENERAL
NOTA POSTQUIRURGICA                                             02/12/2026  11:20

Nombre: [[N|GALLARDO PEÑA MARIA DE JESUS]]   NSS [[SSN*|{typo(nss13("2189674305", bad=True))}]] 2F1974OR   Cama 512
Edad 52a   F. de nac. [[B*|08/07/1974]]

Dx preoperatorio: Colecistitis cronica litiasica agudizada
Dx postoperatorio: Colecistitis aguda litiasica, vesicula escleroatrofica
Operacion realizada: Colecistectomia laparoscopica
Cirujano: Dr. [[N|Rogelio Anaya Cisneros]]   Ayudante: Dra. [[N|Paulina Bermudez]] (R3CG)
Anestesiologo: Dr. [[N|Everardo Quintanilla]]   Tipo de anestesia: AGB
Instrumentista: Enf. [[N|Rosa Icela Medrano]]

Tecnica: paciente en decubito supino, asepsia y antisepsia, colocacion de campos esteriles. Neumoperitoneo con aguja de
Veress a 12 mmHg, trocar umbilical de 10 mm, subxifoideo de 10 mm y dos de 5 mm en hipocondrio derecho. Se diseca
triangulo hepatocistico, se clipa y corta conducto y arteria cistica (2 clips proximales, 1 distal), colecistectomia
retrograda con electrocauterio, hemostasia del lecho, extraccion de la pieza en bolsa por puerto subxifoideo, lavado y
aspirado, retiro de trocares bajo vision directa, cierre de aponeurosis umbilical con Vicryl 0 y piel con nylon 3-0.
Hallazgos: vesicula de 9x4 cm, pared engrosada 6 mm, con multiples litos de 5-15 mm, adherencias laxas de epiplon,
triangulo de Calot identificado, conducto cistico de 3 mm y arteria cistica unica, vision critica de seguridad lograda.
Sangrado 40 ml. Complicaciones: ninguna. Sin fuga biliar. Cuenta de gasas y compresas completa.
Piezas a patologia: vesicula biliar. Drenaje: no se dejo.

APP: HTA en tratamiento con losartan; obesidad grado I; hipotiroidismo.

Indicaciones:
1. Dieta liquida a las 6 hrs, progresar segun tolerancia
2. Sol. Hartmann 1000 ml IV p/8 hrs
3. Ketorolaco 30 mg IV c/8h por 48 hrs
4. Metamizol 1 g IV c/8h PRN dolor
5. Ondansetron 8 mg IV c/12h si nausea
6. Losartan 50 mg VO c/24h - reiniciar en la tarde
7. Levotiroxina 100 mcg VO en ayuno
8. Deambulacion temprana; vigilar signos vitales c/4h

Dr. [[N|R. Anaya C.]]  Ced. Prof. [[CED*|5830217]]
""",
     [("Sol. Hartmann", "1000 ml", "IV", "p/8 hrs"), ("Ketorolaco", "30 mg", "IV", "c/8h por 48 hrs"),
      ("Metamizol", "1 g", "IV", "c/8h PRN dolor"), ("Ondansetron", "8 mg", "IV", "c/12h si nausea"),
      ("Losartan", "50 mg", "VO", "c/24h"), ("Levotiroxina", "100 mcg", "VO", "en ayuno")],
     [("Colecistitis cronica litiasica agudizada", "K80.10"), ("Colecistitis aguda litiasica", "K80.00"),
      ("vesicula escleroatrofica", "K82.8"), ("HTA", "I10"), ("obesidad grado I", "E66.9"), ("hipotiroidismo", "E03.9")],
     negated=["fuga biliar"])

note("anaesthesia note", "h13-es-mx-02", "MX", "es", f"""ISSSTE  Hospital Regional "1o de Octubre"  -  ANESTESIOLOGIA
VALORACION PREANESTESICA / REGISTRO TRANSANESTESICO        Fecha 01-12-2026

Paciente: [[N|Leonel Estrada Villagomez]]  [[CURP|{bare(curp("EAVL610223HDFSLN0"))}]]  Exp. [[R*|61022371-01]]
65 años, 81 kg, 1.68 m, IMC 28.7   ASA III   Cirugia: RTUP (hiperplasia prostatica benigna)
Antecedentes: DM2 (metformina, sitagliptina); HTA (amlodipino); cardiopatia isquemica con stent en DA 2022,
toma clopidogrel - SUSPENDIDO hace 7 dias por indicacion de cardiologia, continua ASA.
Niega alergias. No apnea del sueño. Via aerea: Mallampati II, DTM > 6 cm, apertura oral normal.
Labs: Hb 13.9, plaq 221, TP 12.1, INR 1.0, Cr 1.1, glucosa 142.

Plan anestesico: bloqueo subaracnoideo.
Tecnica: paciente sentado, asepsia, L3-L4, aguja Whitacre 25G, LCR claro, bupivacaina hiperbarica 0.5% 12.5 mg +
fentanilo 20 mcg intratecal. Nivel T10. Sin complicaciones.
Transanestesico: TA 128/70 - 102/60, FC 62-78, SpO2 97-99% con puntas nasales 2 L. Liquidos: SS 0.9% 900 ml.
Efedrina 10 mg IV dosis unica por hipotension (ya aplicada).
Egresa a UCPA Aldrete 9, Bromage 3.

Indicaciones post:
- Paracetamol 1 g IV c/8h
- Omeprazol 40 mg IV c/24h
- Insulina rapida SC segun esquema (glucometria c/6h)
- ASA 100 mg VO c/24h
- metformina y sitagliptina se reinician al tolerar la via oral

Anestesiologo: Dr. [[N|Marco Antonio Tellez Iturbe]]  Ced. Esp. [[CED*|7702914]]
Residente: Dra. [[N|Xochitl Arriaga]]
""",
     [("Paracetamol", "1 g", "IV", "c/8h"), ("Omeprazol", "40 mg", "IV", "c/24h"),
      ("Insulina rapida", None, "SC", "segun esquema (glucometria c/6h)"), ("ASA", "100 mg", "VO", "c/24h"),
      ("metformina", None, None, None), ("sitagliptina", None, None, None), ("amlodipino", None, None, None)],
     [("hiperplasia prostatica benigna", "N40.1"), ("DM2", "E11.9"), ("HTA", "I10"), ("cardiopatia isquemica", "I25.10")],
     negated=["alergias", "apnea del sueño"], stopped=["clopidogrel"])

note("lab report", "h13-es-mx-03", "MX", "es", f"""LABORATORIOS AZTECA - Monterrey, N.L.      Tel. laboratorio 81 8340 2200
----------------------------------------------------------------------------
Paciente : [[N|RIOS CANTU, ALMA DELIA]]            Folio   : [[R*|MTY-2612-004817]]
CURP     : [[CURP*|{typo(bad_curp("RICA880415MNLSNL0"))}]]        Fecha nac: [[B*|15/04/1988]]
Medico   : DR. [[N|HUMBERTO GARZA LEAL]]            Sexo: F   Edad: 38 a
Toma     : 01/12/2026 07:12                     Entrega: 01/12/2026 13:40
----------------------------------------------------------------------------
QUIMICA SANGUINEA             RESULTADO   UNIDADES     REFERENCIA
Glucosa en ayuno               126  *H     mg/dL        70 - 99
Hemoglobina glucosilada A1c    6.9  *H     %            4.0 - 5.6
Colesterol total               241  *H     mg/dL        < 200
Trigliceridos                  388  *H     mg/dL        < 150
HDL                             34  *L     mg/dL        > 45
TSH                            6.8  *H     uUI/mL       0.4 - 4.0
T4 libre                      0.92         ng/dL        0.8 - 1.8

Observaciones: muestra lipemica. Sugiere correlacion clinica.
Interpretacion: hiperglucemia en ayuno con HbA1c en rango de diabetes; hipertrigliceridemia; hipotiroidismo subclinico.
Valido: Q.F.B. [[N|Lourdes Zamarripa]]  Ced. [[CED*|3318842]]
""",
     [],
     [("hiperglucemia en ayuno con HbA1c en rango de diabetes", "E11.9"), ("hipertrigliceridemia", "E78.1"),
      ("hipotiroidismo subclinico", "E02")])

note("psychiatry consult", "h13-es-mx-04", "MX", "es", """Consulta externa de Psiquiatria - Hospital Psiquiatrico "Fray Bernardino Alvarez", CDMX
Fecha: 27/nov/2026     Expediente [[R*|FBA-118930]]
Paciente: [[N|Brenda Yaretzi Olmos]], 24 años, estudiante. Acude con su madre, Sra. [[N|Gloria Olmos Pineda]]
(tel. [[T|55 4412 7789]]).

S: 3a consulta. Refiere persistencia de animo bajo, anhedonia, insomnio de conciliacion, ideas de minusvalia.
Niega ideacion suicida actual, niega plan, niega intentos previos. Sin sintomas psicoticos. Consumo de alcohol
ocasional, niega otras sustancias. Dejo la fluoxetina hace 3 semanas "porque la ponia nerviosa".
O: alerta, orientada, afecto hipotimico, llanto facil, lenguaje coherente, sin alteraciones sensoperceptivas.
PHQ-9: 19. GAD-7: 12.
A: Trastorno depresivo mayor, episodio unico, grave sin sintomas psicoticos
   Trastorno de ansiedad generalizada
P:
 a) Sertralina 50 mg VO c/24h por la manana, subir a 100 mg en 2 semanas
 b) Clonazepam 0.5 mg VO en la noche por 2 semanas y retirar
 c) Referencia a psicoterapia cognitivo-conductual
 d) Plan de seguridad explicado a paciente y madre; linea de la vida
Surte sus recetas en Farmacias Similares (Dr. Simi), pide genericos. Cita en 4 semanas.
Dra. [[N|Fernanda Lugo Ayala]] - Psiquiatra
""",
     [("Sertralina", "50 mg", "VO", "c/24h por la manana"), ("Clonazepam", "0.5 mg", "VO", "en la noche por 2 semanas")],
     [("Trastorno depresivo mayor, episodio unico, grave sin sintomas psicoticos", "F32.2"),
      ("Trastorno de ansiedad generalizada", "F41.1")],
     negated=["ideacion suicida actual", "sintomas psicoticos", "alteraciones sensoperceptivas"], stopped=["fluoxetina"])

note("occupational-health certificate", "h13-es-mx-05", "MX", "es", f"""CLINICA DE SALUD OCUPACIONAL INDUSTRIAL DEL BAJIO S.C.
Blvd. Adolfo Lopez Mateos 2205, Leon, Gto.

CERTIFICADO MEDICO DE APTITUD LABORAL (examen de ingreso)
Leon, Gto., a 1 de diciembre de 2026

Nombre: [[N|Jose Manuel Aguirre Torres]]   RFC: [[RFC*|{typo(bad_rfc("AUTM900312UX"))}]]   F. Nac: [[B*|12-03-1990]]
Puesto: operador de montacargas  Empresa: Autopartes Guanajuato SA de CV

Antecedentes: niega cronico-degenerativos; no DM, no HTA; fractura de radio izq 2015 sin secuelas.
Exploracion: TA 118/76, FC 70, IMC 26.1. Agudeza visual 20/20 AO sin lentes. Ishihara normal. Audiometria:
hipoacusia neurosensorial leve bilateral en 4 kHz. Rx columna lumbar sin alteraciones. Antidoping negativo.

Dictamen: APTO para el puesto, con uso obligatorio de protector auditivo.
Hipoacusia inducida por ruido (H83.3) - vigilancia anual.

Medico examinador: Dr. [[N|Octavio Zepeda]]   Ced. Prof. [[CED*|6120493]]   Reg. STPS [[CED*|ZEPO-7712-05]]
""",
     [],
     [("hipoacusia neurosensorial leve bilateral", "H90.3"), ("Hipoacusia inducida por ruido", "H83.3")],
     negated=["DM", "HTA"])

note("WhatsApp-style note", "h13-es-mx-06", "MX", "es", """[02/12/26 07:48] Dr [[N|Ochoa]]: buen dia, pte Doña [[N|Chayo]] (cama 3) amanecio con glucosa 48, ya se le dio
dextrosa 50% 1 amp IV, ahorita 112
[02/12/26 07:51] Dr [[N|Ochoa]]: suspendo glibenclamida, dejo solo insulina glargina 10 UI SC en la noche
[02/12/26 07:52] Dra [[N|Meza]]: ok, y checa Cr, tiene ERC. Glucometria c/4h
""",
     [("insulina glargina", "10 UI", "SC", "en la noche")],
     [("ERC", "N18.9")],
     stopped=["glibenclamida"])
# ======================================= Colombia ==================================================================
note("oncology / chemotherapy cycle", "h13-es-co-01", "CO", "es", """INSTITUTO NACIONAL DE CANCEROLOGIA E.S.E. - Bogota D.C.
UNIDAD DE QUIMIOTERAPIA AMBULATORIA - NOTA DE APLICACION

Paciente: [[N|HERNANDO JOSE CASTILLO RUEDA]]   CC [[DNI*|79481220]]   HC: [[R*|2019-044718]]
Edad: 61 años   EPS: Nueva EPS   Fecha: 01/12/2026
Oncologo tratante: Dr. [[N|Camilo Andres Forero]]   RM [[CED*|25-187730]]

Dx: Adenocarcinoma de colon sigmoides estadio III (pT3N1bM0), postoperatorio de sigmoidectomia 08/2026
Esquema: FOLFOX-6 modificado, CICLO 5 de 12. ECOG 1.
Antecedentes: HTA en manejo con losartan 50 mg VO c/12h; DM2 no; hipotiroidismo no. Alergias: niega. Exfumador 20 paq/año.
Historia oncologica: consulto en 06/2026 por hematoquezia y perdida de 8 kg; colonoscopia con lesion estenosante a 25 cm
del margen anal, biopsia adenocarcinoma moderadamente diferenciado, KRAS mutado, MSS. TAC TAP sin metastasis.
Sigmoidectomia laparoscopica 08/2026, 3 de 17 ganglios positivos, margenes libres. Inicio adyuvancia 09/2026.
Vive con su esposa [[N|Gladys Pulido]] en [[A|Cra 68 # 22-41 apto 302, barrio Salitre, Bogota]], cel [[T|310 288 4417]].
Toxicidad ciclo previo: neuropatia periferica sensitiva grado 1, nauseas grado 1, sin diarrea, sin mucositis.
Hemograma pre-QT: leucocitos 4.900, neutrofilos 2.600, Hb 11.8, plaquetas 162.000. Cr 0.9, bilirrubinas normales.
CEA 2.1. Peso 68 kg, talla 170 cm, SC 1.79 m2.

APLICACION:
1. Ondansetron 8 mg IV + dexametasona 8 mg IV premedicacion
2. Oxaliplatino 85 mg/m2 = 152 mg IV en DAD 5% 500 ml para 2 horas
3. Leucovorina 400 mg/m2 = 716 mg IV en 2 horas
4. 5-Fluorouracilo bolo 400 mg/m2 = 716 mg IV
5. 5-FU infusion 2400 mg/m2 = 4.296 mg IV en infusor continuo para 46 horas
Tolerancia adecuada, sin reaccion de hipersensibilidad.

Formula para casa:
- Ondansetron 8 mg VO c/12h por 3 dias
- Metoclopramida 10 mg VO c/8h si nauseas
- Loperamida 2 mg VO despues de cada deposicion liquida, maximo 8 al dia
Recomendaciones: evitar frio (bebidas y objetos frios) por la oxaliplatino. Retiro de infusor el 03/12 en la unidad.
Proximo ciclo: 15/12/2026 con hemograma.

Enf. jefe: [[N|Luz Dary Moncada]]
""",
     [("losartan", "50 mg", "VO", "c/12h"), ("Oxaliplatino", "152 mg", "IV", "para 2 horas"), ("Leucovorina", "716 mg", "IV", "en 2 horas"),
      ("5-Fluorouracilo", "716 mg", "IV", None), ("5-FU infusion", "4.296 mg", "IV", "para 46 horas"),
      ("dexametasona", "8 mg", "IV", None), ("Ondansetron", "8 mg", "VO", "c/12h por 3 dias"),
      ("Metoclopramida", "10 mg", "VO", "c/8h si nauseas"),
      ("Loperamida", "2 mg", "VO", "despues de cada deposicion liquida, maximo 8 al dia")],
     [("Adenocarcinoma de colon sigmoides estadio III (pT3N1bM0)", "C18.7"), ("HTA", "I10"),
      ("neuropatia periferica sensitiva grado 1", "G62.0")],
     negated=["DM2", "hipotiroidismo", "Alergias", "diarrea", "mucositis", "reaccion de hipersensibilidad"])

note("HIV clinic", "h13-es-co-02", "CO", "es", """Programa de VIH - IPS Vivir Mejor, Medellin       Consulta de control      28/11/2026
Usuario: [[N|J.D.M.]] (codigo de programa [[R*|VIH-MED-03391]])  CC [[DNI*|1036654809]]
Medico: Dr. [[N|Santiago Uribe Arango]], infectologo

S: 34 años, HSH. Dx de infeccion por VIH en 2019, en TAR con TDF/FTC/EFV desde entonces, refiere mareo y sueños
vividos que no se le quitan. Adherencia >95% por conteo. Niega fiebre, niega perdida de peso, no diarrea, no tos.
Usa PrEP su pareja ([[N|Mateo]]). Sifilis latente tardia tratada 2024 (3 dosis de penicilina benzatinica, completo).
O: PA 116/72, peso 74 kg. Sin adenopatias, orofaringe sin candidiasis.
Paraclinicos: CD4 612 cel/uL (31%), CV indetectable (<20 copias), VDRL no reactivo, Cr 1.0, ALT 28, perfil lipidico LDL 148.

A:
- Infeccion por VIH estadio 1, suprimido
- Efectos adversos neuropsiquiatricos de efavirenz
- Hipercolesterolemia
P:
- SE SUSPENDE TDF/FTC/EFV
- Inicia Bictegravir/emtricitabina/tenofovir alafenamida 50/200/25 mg VO una vez al dia
- Atorvastatina 20 mg VO en la noche
- Preservativo, control CV en 3 meses
""",
     [("Bictegravir/emtricitabina/tenofovir alafenamida", "50/200/25 mg", "VO", "una vez al dia"),
      ("Atorvastatina", "20 mg", "VO", "en la noche")],
     [("infeccion por VIH", "B20"), ("Sifilis latente tardia", "A52.8"), ("Infeccion por VIH estadio 1, suprimido", "Z21"),
      ("Efectos adversos neuropsiquiatricos de efavirenz", "T42.8X5A"), ("Hipercolesterolemia", "E78.0")],
     negated=["fiebre", "perdida de peso", "diarrea", "tos", "adenopatias", "candidiasis"], stopped=["TDF/FTC/EFV"])

note("discharge / epicrisis", "h13-es-co-03", "CO", "es", """HOSPITAL UNIVERSITARIO SAN VICENTE FUNDACION - RIONEGRO
EPICRISIS

Nombre del paciente: [[N|Rosalba Cardona de Giraldo]]      Documento: CC [[DNI*|21894532]]
Historia clinica No. [[R*|21894532]]      Fecha de nacimiento: [[B*|03/02/1949]]
Direccion: [[A|Vereda La Playa, finca El Porvenir, Marinilla]]   Telefono: [[T|312 745 9021]]
Acudiente: [[N|Luis Fernando Giraldo Cardona]] (hijo)
Fecha de ingreso: 21/11/2026    Fecha de egreso: 30/11/2026    Servicio: Medicina Interna

MOTIVO DE INGRESO: disnea progresiva y edemas de MMII.
RESUMEN: paciente de 77 años con ICC con FEVI reducida (28%), FA permanente, ERC estadio 3b y EPOC GOLD 2, quien ingresa
por ICC descompensada perfil B por transgresion hidrica y dietaria. Recibio furosemida IV en bolos con adecuada respuesta,
perdida de 6 kg. Se documento hipokalemia de 3.1 que se corrigio. Sin sindrome coronario agudo (troponinas negativas).
Ecocardiograma: FEVI 28%, IM moderada funcional.
Al ingreso: PA 142/88, FC 118 irregular, FR 26, SatO2 86% al aire ambiente, ingurgitacion yugular grado III, crepitos
hasta campos medios, edema grado III en MMII hasta rodillas. Rx de torax: cardiomegalia grado III, redistribucion de
flujo, derrame pleural bilateral pequeño. NT-proBNP 8.420. Creatinina ingreso 1.9 - egreso 1.6 (basal 1.5). Sodio 134.
Potasio egreso 4.4. TSH normal. Requirio oxigeno por canula nasal hasta el dia 5. Valorada por cardiologia, no
candidata a CDI por ahora por edad y preferencia. Educacion en restriccion hidrica (1.2 L/dia) y sal; peso diario.
Alergias: niega. Vacunacion: influenza y neumococo al dia.

DIAGNOSTICOS DE EGRESO:
1. Insuficiencia cardiaca descompensada con fraccion de eyeccion reducida, resuelta
2. Fibrilacion auricular permanente con respuesta ventricular controlada
3. Enfermedad renal cronica estadio 3b
4. EPOC GOLD 2, estable
5. Hipokalemia, corregida

MEDICAMENTOS AL EGRESO:
- Furosemida 40 mg VO c/12h
- Espironolactona 25 mg VO c/dia
- Sacubitril/valsartan 24/26 mg VO c/12h
- Bisoprolol 2.5 mg VO c/dia
- Apixaban 2.5 mg VO c/12h
- Tiotropio 18 mcg inhalado c/dia
- Se suspende enalapril (inicio de sacubitril/valsartan, esperar 36 h)
- Se suspende warfarina por labilidad de INR (cambio a apixaban)

Control por consulta externa de clinica de falla cardiaca en 7 dias.
Medico: [[N|Juliana Restrepo Mejia]] - Medicina Interna  RM [[CED*|5-2201-14]]
""",
     [("Furosemida", "40 mg", "VO", "c/12h"), ("Espironolactona", "25 mg", "VO", "c/dia"),
      ("Sacubitril/valsartan", "24/26 mg", "VO", "c/12h"), ("Bisoprolol", "2.5 mg", "VO", "c/dia"),
      ("Apixaban", "2.5 mg", "VO", "c/12h"), ("Tiotropio", "18 mcg", "inhalado", "c/dia")],
     [("ICC con FEVI reducida (28%)", "I50.2"), ("FA permanente", "I48.21"), ("ERC estadio 3b", "N18.32"),
      ("EPOC GOLD 2", "J44.9"), ("ICC descompensada perfil B", "I50.23"), ("hipokalemia", "E87.6"),
      ("IM moderada funcional", "I34.0"),
      ("Insuficiencia cardiaca descompensada con fraccion de eyeccion reducida, resuelta", "I50.23"),
      ("Fibrilacion auricular permanente con respuesta ventricular controlada", "I48.21"),
      ("Enfermedad renal cronica estadio 3b", "N18.32"), ("EPOC GOLD 2, estable", "J44.9"), ("Hipokalemia, corregida", "E87.6")],
     negated=["sindrome coronario agudo", "Alergias"], stopped=["enalapril", "warfarina"])

note("counter-referral", "h13-es-co-04", "CO", "es", """CONTRARREFERENCIA
De: Clinica de Endocrinologia, Hospital Pablo Tobon Uribe   Para: Medico general IPS Sura Bello
Paciente: [[N|Yeison Alexis Murillo Palacios]]   TI/CC [[DNI*|1001237745]]   Cel [[T|304 556 1198]]

Motivo de remision: hipertiroidismo.
Hallazgos: TSH < 0.01, T4L 3.4, TRAb positivos, bocio difuso grado II, sin oftalmopatia.
Diagnostico: Enfermedad de Graves (E05.0)
Conducta / tratamiento instaurado:
metimazol 10 mg VO c/8h; propranolol 40 mg VO c/12h mientras FC > 90.
Recomendaciones al primer nivel: control de hemograma y transaminasas en 4 semanas; si fiebre u odinofagia suspender
metimazol y consultar por urgencias. Nueva cita con endocrino en 6 semanas con TSH y T4L.
Endocrinologo: Dra. [[N|Maria Camila Ospina]]   Reg. [[CED*|1128-04]]
""",
     [("metimazol", "10 mg", "VO", "c/8h"), ("propranolol", "40 mg", "VO", "c/12h mientras FC > 90")],
     [("hipertiroidismo", "E05.90"), ("bocio difuso grado II", "E05.00"), ("Enfermedad de Graves", "E05.0")],
     negated=["oftalmopatia"])

note("nursing shift note", "h13-es-co-05", "CO", "es", """NOTA DE ENFERMERIA - TURNO NOCHE 19:00-07:00   Piso 5 Cirugia, cama 508
Pte: [[N|Edilberto Quintero]]   HC [[R*|88.214.330]]   POP dia 1 de laparotomia por obstruccion intestinal

19:30 recibo paciente alerta, orientado, con SNG a drenaje (200 cc bilioso), LEV SSN 0.9% a 100 cc/h por cateter
periferico MSI sin signos de flebitis. Sonda vesical a cistoflo.
22:00 se administra dipirona 2 g IV segun orden (c/6h). Refiere dolor 4/10.
00:00 TA 132/80 FC 88 T 37.6 SatO2 94% con canula nasal 2 L. Diuresis 350 cc en el turno.
02:15 paciente refiere nauseas, se administra metoclopramida 10 mg IV c/8h (orden medica). Sin vomito.
04:00 glucometria 168. Se aplica insulina cristalina 2 UI SC segun esquema.
06:00 se toman muestras para hemograma y electrolitos. Se mantiene enoxaparina 40 mg SC c/24h a las 20:00.
Entrega: Enf. [[N|Claudia Patricia Rojas]]   Recibe: Jefe [[N|Wilson Arbelaez]]
""",
     [("SSN 0.9%", None, None, "100 cc/h"), ("dipirona", "2 g", "IV", "c/6h"), ("metoclopramida", "10 mg", "IV", "c/8h"),
      ("insulina cristalina", "2 UI", "SC", "segun esquema"), ("enoxaparina", "40 mg", "SC", "c/24h")],
     [("obstruccion intestinal", "K56.60")],
     negated=["signos de flebitis", "vomito"])

# ======================================= Argentina =================================================================
note("haemodialysis session", "h13-es-ar-01", "AR", "es", f"""CENTRO DE DIALISIS FRESENIUS - Rosario, Santa Fe
HOJA DE SESION DE HEMODIALISIS   02/12/2026   Turno: mañana (lun-mie-vie)   Puesto 14

Paciente: [[N|Bustos, Ramon Alberto]]   CUIL [[DNI*|{typo(cuit13("2014338760", bad=True))}]]   PAMI [[R*|15-0483327-2/00]]
Nefrologo de guardia: Dr. [[N|Ferreyra]]

Dx base: ERC estadio 5 en HD por nefropatia diabetica; DM2; HTA; hiperparatiroidismo secundario.
Acceso: FAV humerocefalica izquierda, thrill +, sin signos de infeccion.
Peso seco 71.5 kg | Peso pre 74.3 kg | Ganancia interdialitica 2.8 kg | UF programada 2.9 L
Pre: TA 162/88 FC 80 T 36.2 | Post: TA 134/76 FC 76 Peso post 71.6 kg
Parametros: 4 h, Qb 350 ml/min, Qd 500, dializador FX80, bano K 2 Ca 3.5, heparina sodica 2500 UI en bolo + 1000 UI/h
Incidencias: calambres en MMII a las 3 h, se reduce UF y cede. Sin hipotension. Sin fiebre ni escalofrios.
Laboratorio mensual: Hb 10.1, ferritina 420, sat 28%, P 6.2, Ca 8.7, PTHi 680, Kt/V 1.38, albumina 3.7.

Medicacion en sesion / indicaciones:
* Eritropoyetina 4000 UI SC post dialisis, lun-mie-vie
* Hierro sacarato 100 mg IV en la ultima hora, semanal
* Calcitriol 0.5 mcg VO post HD (3 veces por semana)
* Sevelamer 800 mg VO con cada comida (TID)
* amlodipina 10 mg VO en la noche; NO tomar antes de la sesion
* se suspende el carbonato de calcio (fosforo alto, producto CaxP elevado)
Lic. en enfermeria: [[N|Noelia Acosta]]
""",
     [("heparina sodica", "2500 UI en bolo + 1000 UI/h", None, None),
      ("Eritropoyetina", "4000 UI", "SC", "post dialisis, lun-mie-vie"), ("Hierro sacarato", "100 mg", "IV", "semanal"),
      ("Calcitriol", "0.5 mcg", "VO", "post HD (3 veces por semana)"), ("Sevelamer", "800 mg", "VO", "con cada comida (TID)"),
      ("amlodipina", "10 mg", "VO", "en la noche")],
     [("ERC estadio 5 en HD por nefropatia diabetica", "E11.22"), ("DM2", "E11.9"), ("HTA", "I10"),
      ("hiperparatiroidismo secundario", "N25.81"), ("calambres en MMII", "R25.2")],
     negated=["signos de infeccion", "hipotension", "fiebre", "escalofrios"], stopped=["carbonato de calcio"])

note("emergency", "h13-es-ar-02", "AR", "es", """guardia externa hosp. fernandez - caba   02/12/26 03:10
pcte: [[N|Nahuel Gomez]] 19a, dni [[DNI*|45.201.883]]. trae la policia, acompaña amigo ([[N|Tomas]], tel [[T|11 5934-2088]])
mc: herida de arma blanca en hemitorax izq hace 40 min.
ex fisico: lucido, TA 100/60, FC 118, FR 24, sat 91% aa. herida de 2 cm en 5to EIC linea axilar anterior izq,
hipoventilacion basal izq, sin ingurgitacion yugular, ruidos cardiacos normofoneticos.
ecofast: + para liquido pleural izq, pericardio sin derrame.
rx: hemoneumotorax izq.
idg: hemoneumotorax traumatico izquierdo por herida de arma blanca
conducta: tubo de avenamiento pleural izq (se coloca, drena 600 ml hematico), 2 vias perifericas,
ringer lactato 1000 ml ev a goteo rapido, ketorolac 30 mg ev c/8 hs, cefazolina 1 g ev c/8 hs,
toxoide tetanico 0,5 ml IM dosis unica. no alergias. sin otras lesiones. interconsulta cirugia toracica.
dr [[N|Pereyra]] MN [[CED*|142.880]]
""",
     [("ringer lactato", "1000 ml", "ev", "a goteo rapido"), ("ketorolac", "30 mg", "ev", "c/8 hs"),
      ("cefazolina", "1 g", "ev", "c/8 hs"), ("toxoide tetanico", "0,5 ml", "IM", "dosis unica")],
     [("herida de arma blanca en hemitorax izq", "S21.109A"), ("hemoneumotorax izq", "S27.2XXA"),
      ("hemoneumotorax traumatico izquierdo por herida de arma blanca", "S27.2XXA")],
     negated=["ingurgitacion yugular", "alergias", "otras lesiones"])

note("prescription / receta", "h13-es-ar-03", "AR", "es", """RECETA ELECTRONICA - Swiss Medical
Afiliado: [[N|DOMINGUEZ, MARTA SUSANA]]  Nro [[R*|80 014297 0 01]]  DNI [[DNI*|11.903.466]]
Rp/ Levetiracetam 500 mg comp. x 60 - 1 comp VO c/12 hs
Rp/ Acido folico 5 mg x 30 - 1 por dia
Dx: Epilepsia focal (G40.109)
Dra. [[N|Silvina Laborde]] - Neurologia - MN [[CED*|98.211]]  01/12/2026
""",
     [("Levetiracetam", "500 mg", "VO", "c/12 hs"), ("Acido folico", "5 mg", None, "1 por dia")],
     [("Epilepsia focal", "G40.109")])

note("geriatrics", "h13-es-ar-04", "AR", "es", """HOSPITAL ITALIANO DE BUENOS AIRES - Seccion Geriatria - Consultorio
Fecha 30/11/2026      HC [[R*|1.204.877]]
Paciente: [[N|Elsa Beatriz Rinaldi]], 86 años, viuda, vive con su hija [[N|Graciela]] (cuidadora principal, cel [[T|15-4478-0921]])

MC: control, caidas. La hija refiere 2 caidas en el ultimo mes, sin perdida de conocimiento, y mas somnolencia.

ANTECEDENTES:
- HTA
- FA paroxistica (CHA2DS2-VASc 5)
- Deterioro cognitivo leve (MoCA 21/30)
- Artrosis de rodillas
- Osteoporosis con fractura de cadera der 2023
- Insomnio cronico
- Hipotiroidismo
- Incontinencia urinaria de urgencia

MEDICACION ACTUAL (trae las cajas):
1) enalapril 10 mg c/12 hs
2) amlodipina 5 mg/dia
3) atenolol 50 mg/dia
4) rivaroxaban 15 mg/dia
5) levotiroxina 75 mcg en ayunas
6) alendronato 70 mg semanal
7) calcio + vit D 1 comp/dia
8) lorazepam 2 mg a la noche
9) oxibutinina 5 mg c/12 hs
10) tramadol 50 mg si dolor
11) omeprazol 20 mg/dia
12) zolpidem 10 mg "cuando no duerme"

Domicilio: [[A|Av. Rivadavia 5120, 3° "C", Caballito]]. Vive en 3er piso por escalera, sin ascensor, alfombras sueltas.
Alergias: niega. Obra social PAMI. Usa baston de un apoyo desde la fractura. Lentes para lejos, audifono derecho.
Valoracion funcional: Barthel 75 (necesita ayuda para el baño y escaleras), Lawton 3/8 (la hija maneja la medicacion
y el dinero). Yesavage 4/15 (sin depresion). MNA-SF 10 (riesgo de desnutricion). No refiere dolor toracico ni disnea.
Incontinencia 3-4 episodios por dia, usa pañal de noche.

EF: TA sentada 118/64, de pie 96/58 (hipotension ortostatica), FC 56. Timed up and go 19 seg. Sin focalidad.
Peso 54 kg (perdio 3 kg en 6 meses). Rodillas con crepitacion bilateral, sin derrame. Piel sana.
Labs: Na 133, Cr 1.1 (ClCr 38), TSH 2.1, vit D 18, Hb 12.1, albumina 3.6, B12 410.
ECG: ritmo sinusal 56 lpm, PR 210 ms.

EVALUACION:
- Sindrome de caidas multifactorial: hipotension ortostatica, bradicardia, benzodiacepinas, anticolinergico
- Polifarmacia con medicacion potencialmente inapropiada (criterios de Beers/STOPP)
- Deficit de vitamina D

PLAN (hablado con la hija):
a. suspender atenolol; continuar FA con control de FC (en consultorio)
b. suspender amlodipina
c. lorazepam: descenso a 1 mg a la noche x 2 semanas, luego 0,5 mg y suspender
d. suspender zolpidem
e. suspender oxibutinina (anticolinergico, deterioro cognitivo) -> mirabegron 25 mg/dia
f. tramadol se cambia por paracetamol 1 g c/8 hs si dolor
g. colecalciferol 100.000 UI VO mensual x 3
h. resto igual. Kinesiologia para marcha y equilibrio. Control en 4 semanas.

Dra. [[N|Valeria Spinetto]] - Geriatria - MN [[CED*|117.342]]
""",
     [("enalapril", "10 mg", None, "c/12 hs"), ("rivaroxaban", "15 mg", None, "/dia"),
      ("levotiroxina", "75 mcg", None, "en ayunas"), ("alendronato", "70 mg", None, "semanal"),
      ("calcio + vit D", "1 comp", None, "/dia"), ("lorazepam", "1 mg", None, "a la noche x 2 semanas"),
      ("omeprazol", "20 mg", None, "/dia"), ("mirabegron", "25 mg", None, "/dia"),
      ("paracetamol", "1 g", None, "c/8 hs si dolor"), ("colecalciferol", "100.000 UI", "VO", "mensual x 3")],
     [("HTA", "I10"), ("FA paroxistica", "I48.0"), ("Deterioro cognitivo leve", "G31.84"), ("Artrosis de rodillas", "M17.0"),
      ("Osteoporosis con fractura de cadera der 2023", "M80.051"), ("Insomnio cronico", "G47.00"),
      ("Hipotiroidismo", "E03.9"), ("Incontinencia urinaria de urgencia", "N39.41"), ("hipotension ortostatica", "I95.1"),
      ("Sindrome de caidas multifactorial", "R29.6"),
      ("Polifarmacia con medicacion potencialmente inapropiada", "Z79.899"), ("Deficit de vitamina D", "E55.9")],
     negated=["perdida de conocimiento", "Alergias", "depresion", "dolor toracico", "disnea", "focalidad", "derrame"],
     stopped=["atenolol", "amlodipina", "zolpidem", "oxibutinina", "tramadol"])

note("death certificate / defunction summary", "h13-es-ar-05", "AR", "es", """SANATORIO ALLENDE - CORDOBA   RESUMEN DE DEFUNCION (para certificado medico de defuncion)

Fallecido: [[N|Ruben Oscar Tissera]]     DNI [[DNI*|6.512.904]]     Fecha de nacimiento: [[B*|22/09/1941]]
Domicilio: [[A|Bv. San Juan 1180, 4° B, Cordoba]]
Familiar que recibe la informacion: [[N|Adriana Tissera]] (hija), DNI [[DNI*|22.774.018]]
Fecha y hora de fallecimiento: 01/12/2026 04:35   Lugar: UTI, cama 6

Causas de muerte:
I a) Shock septico (causa inmediata) - intervalo 2 dias
  b) Neumonia aspirativa - 5 dias
  c) Accidente cerebrovascular isquemico de arteria cerebral media izquierda - 12 dias
II Otros estados: diabetes mellitus tipo 2; cardiopatia isquemica cronica; ERC estadio 3a.
Necropsia: no. Se constata ausencia de signos vitales, midriasis bilateral arreactiva, ECG con asistolia.
Se informa a la familia. Muerte no violenta.
Medico que certifica: Dr. [[N|Gustavo Heredia]]  MP [[CED*|28.114/4]]
""",
     [],
     [("Shock septico", "R65.21"), ("Neumonia aspirativa", "J69.0"),
      ("Accidente cerebrovascular isquemico de arteria cerebral media izquierda", "I63.512"),
      ("diabetes mellitus tipo 2", "E11.9"), ("cardiopatia isquemica cronica", "I25.9"), ("ERC estadio 3a", "N18.31")])

# ======================================= Chile =====================================================================
note("discharge / epicrisis", "h13-es-cl-01", "CL", "es", f"""HOSPITAL CLINICO REGIONAL DR. GUILLERMO GRANT BENAVENTE - CONCEPCION
EPICRISIS - SERVICIO DE MEDICINA

Nombre: [[N|Pedro Segundo Sanhueza Fuentealba]]   RUT: [[RUT*|{typo(bad_rut(7432118))}]]   Ficha: [[R*|884127]]
F. Nacimiento: [[B*|19-05-1956]]   Prevision: FONASA B
Fecha ingreso: 24/11/2026   Fecha alta: 01/12/2026

Diagnosticos:
- Neumonia adquirida en la comunidad CURB-65 2
- Diabetes mellitus tipo 2 insulinorrequirente
- Hipertension arterial
- Daño hepatico cronico Child A, OH

Evolucion: ingresa febril, con tos productiva y crepitaciones basales derechas. Rx: condensacion LID. Hemocultivos
negativos. Recibio ceftriaxona 2 g EV por 7 dias (completo) con buena evolucion, afebril desde el dia 3. No requirio
VMNI. HGT elevados manejados con insulina. Sin encefalopatia. Paciente con consumo de alcohol activo, se deriva a
programa de alcohol.

Indicaciones al alta:
1.- Insulina NPH 20 UI SC en la mañana y 10 UI SC en la noche
2.- Metformina 850 mg VO con almuerzo y comida
3.- Losartan 50 mg VO cada 12 horas
4.- Propranolol 10 mg VO cada 12 horas
5.- Tiamina 100 mg VO al dia
6.- Suspender glibenclamida
Control en CESFAM Lorenzo Arenas en 7 dias con HGT. Alcohol 0.

Medico tratante: Dr. [[N|Ignacio Muñoz Vergara]]  RUT [[RUT*|{rut(15882314)}]]
""",
     [("Insulina NPH", "20 UI", "SC", "en la mañana y 10 UI SC en la noche"),
      ("Metformina", "850 mg", "VO", "con almuerzo y comida"), ("Losartan", "50 mg", "VO", "cada 12 horas"),
      ("Propranolol", "10 mg", "VO", "cada 12 horas"), ("Tiamina", "100 mg", "VO", "al dia")],
     [("Neumonia adquirida en la comunidad CURB-65 2", "J18.9"),
      ("Diabetes mellitus tipo 2 insulinorrequirente", "E11.9"), ("Hipertension arterial", "I10"),
      ("Daño hepatico cronico Child A, OH", "K70.30")],
     negated=["encefalopatia"], stopped=["glibenclamida"])

note("tuberculosis programme", "h13-es-cl-02", "CL", "es", f"""CESFAM Dr. Alberto Reyes - Programa de Control y Eliminacion de la Tuberculosis (PROCET)
Tarjeta de tratamiento / control mensual                          Fecha: 01-12-2026

[[N|Wilmer Jean Baptiste]], [[RUT|{bare(rut(26744019))}]], 38 años, haitiano, fono [[T|+56 9 8822 4107]]
Domicilio: [[A|Pasaje Los Aromos 345, Villa Esperanza, Estacion Central]]
Contactos censados: esposa [[N|Mirlande Pierre]], hijos 6 y 9 años (estudio de contactos: PPD y Rx normales, quimioprofilaxis con isoniacida en el menor)

Dx: TBC pulmonar BK (+) cultivo (+), sensible a H y R (GeneXpert sin resistencia a rifampicina). VIH negativo.
Esquema primario, fase diaria 2HRZE (50 dosis) COMPLETA. Inicia fase bisemanal hoy.
Baciloscopia de control mes 2: negativa. Peso 64 kg (+4). Sin reacciones adversas, no ictericia, no rash.

Tratamiento fase bisemanal (4H3R3 segun norma), administrado y supervisado:
- Isoniacida 600 mg VO 3 veces por semana
- Rifampicina 600 mg VO 3 veces por semana
Se suspenden pirazinamida y etambutol (fin de fase diaria).
Piridoxina 50 mg VO diaria.
Enf. PROCET: [[N|Carolina Vidal]]   Medico: Dra. [[N|Pilar Oyarzun]]
""",
     [("Isoniacida", "600 mg", "VO", "3 veces por semana"), ("Rifampicina", "600 mg", "VO", "3 veces por semana"),
      ("Piridoxina", "50 mg", "VO", "diaria")],
     [("TBC pulmonar BK (+) cultivo (+), sensible a H y R", "A15.0")],
     negated=["VIH", "reacciones adversas", "ictericia", "rash"], stopped=["pirazinamida", "etambutol"])

note("palliative care", "h13-es-cl-03", "CL", "es", """Programa Alivio del Dolor y Cuidados Paliativos - Hospital Padre Hurtado
VISITA DOMICILIARIA  30/11/2026
Pcte Sra. [[N|Norma]] ... corrijo: [[N|Norma Elena Catalan Rojas]], 71 a. Cuidadora: nuera [[N|Jessica]] ([[T|+56 9 7612 3390]])

Ca de pancreas etapa IV con MTS hepaticas, en manejo paliativo exclusivo (rechazo QT). ECOG 3, PPS 40%.
Refiere dolor abdominal EVA 7/10 que irradia a dorso, con morfina oral 10 mg c/4 h + rescates (usa 4 al dia).
Nauseas matinales, constipacion de 5 dias, anorexia. Sin disnea. Animo: "tranquila", familia informada del pronostico.
Familia niega episodios de delirium. Lesion por presion sacra grado II.

Dx: Cancer de pancreas etapa IV; dolor oncologico mal controlado; constipacion inducida por opioides; LPP sacra grado II.

Indicaciones:
* morfina de liberacion prolongada 30 mg VO c/12 h
* morfina rapida 10 mg VO SOS dolor (max c/2 h)
* haloperidol 1 mg SC c/8 h por nauseas
* lactulosa 15 ml VO c/8 h + bisacodilo 10 mg rectal si no obra en 48 h
* dexametasona 4 mg VO en la mañana (apetito y dolor)
* suspender tramadol (no lo tomaba)
Curacion avanzada LPP por enfermera. Proxima visita en 3 dias. Conversado voluntad anticipada: no reanimar.
Dr. [[N|Esteban Leiva]] / EU [[N|Monica Fuentes]]
""",
     [("morfina de liberacion prolongada", "30 mg", "VO", "c/12 h"), ("morfina rapida", "10 mg", "VO", "SOS dolor (max c/2 h)"),
      ("haloperidol", "1 mg", "SC", "c/8 h por nauseas"), ("lactulosa", "15 ml", "VO", "c/8 h"),
      ("bisacodilo", "10 mg", "rectal", "si no obra en 48 h"), ("dexametasona", "4 mg", "VO", "en la mañana")],
     [("Ca de pancreas etapa IV con MTS hepaticas", "C25.9"), ("Lesion por presion sacra grado II", "L89.152"),
      ("Cancer de pancreas etapa IV", "C25.9"), ("dolor oncologico mal controlado", "G89.3"),
      ("constipacion inducida por opioides", "K59.03"), ("LPP sacra grado II", "L89.152")],
     negated=["disnea", "delirium"], stopped=["tramadol"])

note("teleconsulta", "h13-es-cl-04", "CL", "es", f"""HOSPITAL DIGITAL - Teleconsulta asincronica de Dermatologia      02/12/2026
Solicitante: Dr. [[N|Matias Araya]] (CESFAM Pozo Almonte)   Especialista: Dra. [[N|Daniela Krause]]
Paciente: [[N|Francisca Mamani Choque]]  RUN [[RUT*|{rut(20117385)}]]  17 a.
Consulta: lesiones hipopigmentadas en cara de 3 meses, sin prurito. Fotos adjuntas (3).
Respuesta: maculas hipocromicas con descamacion fina en mejillas compatibles con pitiriasis alba; no se observan
lesiones de vitiligo. Indicaciones: fotoproteccion FPS 50 c/3 h; vaselina liquida en la noche;
hidrocortisona 1% crema 2 veces al dia por 7 dias. No requiere consulta presencial. Alta de teledermatologia.
""",
     [("hidrocortisona 1% crema", None, None, "2 veces al dia por 7 dias"), ("vaselina liquida", None, None, "en la noche")],
     [("pitiriasis alba", "L30.5")],
     negated=["prurito", "lesiones de vitiligo"])

# ======================================= Peru ======================================================================
note("outpatient SOAP", "h13-es-pe-01", "PE", "es", """ESSALUD - Policlinico Chiclayo Oeste - Medicina Interna        Consulta 01/12/2026 10:15
Asegurado: [[N|Segundo Wilfredo Chozo Ñiquen]]   DNI [[DNI*|16734982]]   Autogenerado [[R*|5712161CHOIS004]]
Edad 62   Telf. [[T|979 331 406]]

S/ Pcte con DM2 hace 8 años y HTA, acude por control y resultados. Refiere poliuria y nicturia 3 veces. Hormigueo
en ambos pies de predominio nocturno. No dolor precordial, no claudicacion, no disminucion de agudeza visual.
Dejo la glibenclamida hace 1 mes por "bajones". Toma metformina 850 mg c/12h y enalapril 10 mg c/12h.
O/ PA 148/92 FC 78 Peso 84 kg IMC 31.5. Monofilamento: sensibilidad disminuida en 4/10 puntos bilateral. Pulsos pedios +.
Registro de glucometrias en casa: 180, 204, 196. Glucosa 212, HbA1c 9.4%, creatinina 1.0, microalbuminuria 86 mg/g, LDL 156.
A/
1. DM2 no controlada
2. Polineuropatia diabetica
3. Nefropatia diabetica incipiente (albuminuria moderada)
4. HTA no controlada
5. Obesidad grado I
P/
- Metformina 850 mg VO c/12h (continua)
- Empagliflozina 10 mg VO c/24h
- Se cambia enalapril por losartan 50 mg VO c/12h
- Atorvastatina 40 mg VO noche
- Pregabalina 75 mg VO noche
- Interconsulta a oftalmologia (fondo de ojo) y nutricion
Medico: [[N|Rocio Vilchez Sandoval]] CMP [[CED*|52190]]
""",
     [("Metformina", "850 mg", "VO", "c/12h (continua)"), ("Empagliflozina", "10 mg", "VO", "c/24h"),
      ("losartan", "50 mg", "VO", "c/12h"), ("Atorvastatina", "40 mg", "VO", "noche"), ("Pregabalina", "75 mg", "VO", "noche")],
     [("DM2", "E11.9"), ("HTA", "I10"), ("DM2 no controlada", "E11.65"), ("Polineuropatia diabetica", "E11.42"),
      ("Nefropatia diabetica incipiente (albuminuria moderada)", "E11.21"), ("HTA no controlada", "I10"),
      ("Obesidad grado I", "E66.9")],
     negated=["dolor precordial", "claudicacion", "disminucion de agudeza visual"], stopped=["glibenclamida", "enalapril"])

note("operative note", "h13-es-pe-02", "PE", "es", """HOSPITAL NACIONAL DOCENTE MADRE NIÑO "SAN BARTOLOME" - CENTRO QUIRURGICO
REPORTE OPERATORIO                                    Fecha: 30/11/2026   Hora inicio 14:05  Hora fin 14:52
Paciente: [[N|QUISPE HUAMAN, YESSENIA]]    HC: [[R*|00918273]]    DNI: [[DNI*|72918406]]    Edad: 27 a
SIS: [[R*|2-72918406]]

Diagnostico pre-operatorio: Gestante de 39 ss; trabajo de parto fase activa; sufrimiento fetal agudo (DIPS II)
Diagnostico post-operatorio: el mismo + circular doble de cordon
Operacion: Cesarea segmentaria transversa primaria (tecnica Pfannenstiel / Misgav Ladach)
Cirujano: Dr. [[N|Julio Cesar Mendoza Tello]]    1er ayudante: MR [[N|Karen Villanueva]]
Anestesia: raquidea - Dr. [[N|Alfredo Poma]]
Hallazgos: RN vivo, sexo femenino, peso 3.240 g, APGAR 7-9, LA meconial fluido, placenta completa, utero y anexos
sin alteraciones. Sangrado aprox 600 cc. No complicaciones.
Indicaciones post:
1. NPO por 6 horas luego dieta liquida
2. Dextrosa 5% 1000 cc + oxitocina 20 UI EV a 40 gotas/min
3. Cefazolina 1 g EV c/8h por 24 h
4. Tramadol 50 mg EV c/8h
5. Paracetamol 1 g VO c/8h condicional a dolor
6. Control de sangrado vaginal y tono uterino c/15 min la primera hora
""",
     [("Dextrosa 5%", "1000 cc", "EV", "a 40 gotas/min"), ("oxitocina", "20 UI", "EV", "a 40 gotas/min"),
      ("Cefazolina", "1 g", "EV", "c/8h por 24 h"), ("Tramadol", "50 mg", "EV", "c/8h"),
      ("Paracetamol", "1 g", "VO", "c/8h condicional a dolor")],
     [("Gestante de 39 ss", "Z3A.39"), ("trabajo de parto fase activa", "O80"), ("sufrimiento fetal agudo (DIPS II)", "O77.9"),
      ("circular doble de cordon", "O69.1XX0")],
     negated=["complicaciones"])

note("prescription / receta", "h13-es-pe-03", "PE", "es", """Clinica San Pablo - Surco.  RECETA  01/12/26
Pac. [[N|Luciana Benavides]]  7a  peso 22 kg
Rp.
1) Azitromicina 200mg/5ml susp. - 5.5 ml VO c/24h x 5 dias
2) Salbutamol inhalador 100 mcg - 2 puff c/6h por 5 dias, luego SOS tos o silbido
Dx: neumonia atipica / asma
Dr. [[N|Renzo Paredes]] - Pediatra CMP [[CED*|61023]] RNE [[CED*|33817]]
""",
     [("Azitromicina", "5.5 ml", "VO", "c/24h x 5 dias"),
      ("Salbutamol", "2 puff", None, "c/6h por 5 dias, luego SOS tos o silbido")],
     [("neumonia atipica", "J18.9"), ("asma", "J45.909")])

note("referral", "h13-es-pe-04", "PE", "es", """MINSA - DIRESA CUSCO - C.S. Ccorca  (I-3)
HOJA DE REFERENCIA   N° 0004172          Fecha: 02/12/2026  Hora: 06:30
A: Hospital Regional del Cusco - Emergencia
Nombres y apellidos: [[N|Valentina Huallpa Condori]]   Edad: 3 años   DNI [[DNI*|91028374]]   HCL [[R*|1187]]
Madre: [[N|Juana Condori Quispe]], quechuahablante. Tel. comunidad [[T|984 602 117]]

Resumen: niña con 4 dias de tos, fiebre y dificultad respiratoria. Hoy tiraje subcostal, aleteo nasal, FR 58,
SatO2 84% (3.400 msnm), T 38.9. No convulsiones, tolera lactancia. Peso 12 kg.
Dx: Neumonia grave (J18.9); desnutricion cronica (talla baja para la edad).
Tratamiento recibido: ampicilina 600 mg EV (1a dosis 05:45), oxigeno por canula 2 L/min, paracetamol 180 mg VO (dosis unica).
Motivo de referencia: requiere hospitalizacion y oxigenoterapia.
Responsable: Lic. Enf. [[N|Milagros Ccahuana]] CEP [[CED*|71902]] / Medico SERUMS [[N|Diego Alvarado]]
""",
     [],
     [("Neumonia grave", "J18.9"), ("desnutricion cronica (talla baja para la edad)", "E45")],
     negated=["convulsiones"])

# ======================================= Brazil ====================================================================
note("HIV clinic", "h13-pt-br-01", "BR", "pt", f"""SAE - Servico de Assistencia Especializada em HIV/Aids - Porto Alegre/RS
EVOLUCAO AMBULATORIAL                                           01/12/2026
Paciente: [[N|Adriana Lopes da Silveira]]   CPF: [[CPF*|{typo(bad_cpf("503217846"))}]]   Prontuario: [[R*|SAE-27714]]
DN: [[B*|11/10/1985]]   Tel: [[T|(51) 99174-3302]]   Email: [[E|adri.silveira85@gmail.com]]

S: 41 anos, PVHIV desde 2011, em TARV com dolutegravir + lamivudina/tenofovir (2 comprimidos/dia). Refere boa
adesao, nega falhas. Queixa de corrimento vaginal e prurido ha 1 semana. Nega febre, nega tosse, nega perda de peso.
Gestacao: nega, usa DIU. Parceiro ([[N|Cleber]]) sorodiscordante, usa PrEP.
O: BEG, PA 120/80, peso 63 kg. Especular: secrecao branca grumosa, sem odor. Sem lesoes ulceradas.
Exames: CD4 780, CV-HIV indetectavel, VDRL nao reagente, HBsAg nao reagente, anti-HCV nao reagente.
Hepatite B: vacinada. Glicemia 92. Creatinina 0,8.
A:
# HIV com supressao viral sustentada
# Candidiase vulvovaginal
# Tuberculose latente (PPD 12 mm em 2024) - tratada com 3HP, concluido
P:
- Manter dolutegravir 50 mg VO 1x/dia + lamivudina/tenofovir 300/300 mg VO 1x/dia
- Fluconazol 150 mg VO dose unica hoje e repetir em 72 h
- Preventivo (citologia) em dia. Retorno em 6 meses com CV e CD4.
Medica: Dra. [[N|Juliana Bortolini]] - CRM-RS [[CED*|38.117]]
""",
     [("dolutegravir", "50 mg", "VO", "1x/dia"), ("lamivudina/tenofovir", "300/300 mg", "VO", "1x/dia"),
      ("Fluconazol", "150 mg", "VO", "dose unica hoje e repetir em 72 h")],
     [("PVHIV", "B20"), ("HIV com supressao viral sustentada", "Z21"), ("Candidiase vulvovaginal", "B37.3"),
      ("Tuberculose latente", "Z22.7")],
     negated=["febre", "tosse", "perda de peso", "Gestacao", "odor", "lesoes ulceradas"])

note("oncology / chemotherapy cycle", "h13-pt-br-02", "BR", "pt", f"""HOSPITAL DE AMOR - BARRETOS/SP  |  Departamento de Oncologia Clinica - Mama
PRESCRICAO DE QUIMIOTERAPIA - CICLO 3 de 4 (AC)                     02/12/2026
Paciente: [[N|Rosangela Aparecida Ferraz]], 49 anos   [[CPF|{bare(cpf("284119673"))}]]   RG [[DNI*|27.554.190-3]]
Registro hospitalar: [[R*|0.712.443]]   Cartao SUS: [[R*|708 2045 1133 9024]]
Oncologista: Dr. [[N|Fabio Takahashi]]  CRM-SP [[CED*|119.207]]

Diagnostico: carcinoma ductal invasivo de mama esquerda, cT2N1M0, RH+ HER2 negativo, neoadjuvancia.
Peso 71 kg  Altura 1,60 m  SC 1,76 m2.  Hb 11,2  Neutrofilos 1.900  Plaquetas 210.000  TGO/TGP normais.
Toxicidade C2: nauseas G2, alopecia G2, fadiga G1. Nega febre ou mucosite.

Pre-QT:
1. Ondansetrona 16 mg EV
2. Dexametasona 12 mg EV
3. Fosaprepitanto 150 mg EV
QT:
4. Doxorrubicina 60 mg/m2 = 105 mg EV em bolus lento
5. Ciclofosfamida 600 mg/m2 = 1.056 mg EV em 60 min
Alta com:
- Ondansetrona 8 mg VO 8/8h por 3 dias
- Dexametasona 4 mg VO 12/12h por 2 dias
- Filgrastim 300 mcg SC 1x/dia do D3 ao D7
- Suspenso o tamoxifeno ate o fim da QT
Retorno C4 em 21 dias com hemograma. Orientada: procurar PS se febre >= 37,8.
""",
     [("Fosaprepitanto", "150 mg", "EV", None), ("Doxorrubicina", "105 mg", "EV", "em bolus lento"),
      ("Ciclofosfamida", "1.056 mg", "EV", "em 60 min"), ("Ondansetrona", "8 mg", "VO", "8/8h por 3 dias"),
      ("Dexametasona", "4 mg", "VO", "12/12h por 2 dias"), ("Filgrastim", "300 mcg", "SC", "1x/dia do D3 ao D7")],
     [("carcinoma ductal invasivo de mama esquerda, cT2N1M0, RH+ HER2 negativo", "C50.912")],
     negated=["febre", "mucosite"], stopped=["tamoxifeno"])

note("haemodialysis session", "h13-es-br-03", "BR", "es", f"""CLINICA DE NEFROLOGIA FRONTEIRA - Sant'Ana do Livramento/RS
Sesion de hemodialisis (paciente uruguayo, atendido por convenio fronterizo)     01/12/2026
Paciente: [[N|Washington Silveira Pereira]]   CI [[DNI*|{typo(ci_uy("3614228", bad=True))}]]   Prontuario [[R*|HD-0391]]
Telefone de la esposa ([[N|Nilda]]): [[T|+598 99 412 337]]

Dx: IRC terminal por nefroangioesclerosis, HTA, gota. Hemodialisis 3x semana por cateter permcath yugular derecho
(FAV trombosada en agosto). Peso seco 68 kg, peso pre 71,1 kg, UF 3 L, 4 horas, fluxo de sangre 300 ml/min.
Intercorrencias: hipotension en la 3a hora (TA 88/50), se da SF 0,9% 200 ml en bolus y se para la UF 15 min, queda bien.
Sin febre, sin escalofrios, orificio del cateter sin secrecion.
Prescripcion:
- eritropoyetina 4.000 UI EV al final de la sesion, 3x/semana
- hidroxido de hierro 100 mg EV 1x/semana
- alopurinol 100 mg VO en dias alternos
- carvedilol 6,25 mg VO 12/12h, no tomar antes de dializar
- sacaron el losartan (hiperpotasemia K 6,4)
Solicitar angiografia para nueva FAV. Medico: Dr. [[N|Joao Vitor Dornelles]] CRM [[CED*|29.415]]
""",
     [("eritropoyetina", "4.000 UI", "EV", "al final de la sesion, 3x/semana"), ("hidroxido de hierro", "100 mg", "EV", "1x/semana"),
      ("alopurinol", "100 mg", "VO", "en dias alternos"), ("carvedilol", "6,25 mg", "VO", "12/12h, no tomar antes de dializar")],
     [("IRC terminal por nefroangioesclerosis", "I12.0"), ("HTA", "I10"), ("gota", "M10.9"),
      ("hipotension en la 3a hora", "I95.89"), ("hiperpotasemia", "E87.5")],
     negated=["febre", "escalofrios", "secrecion"], stopped=["losartan"])

note("emergency", "h13-es-br-04", "BR", "es", f"""Hospital de Guarnicao de Tabatinga/AM - Pronto atendimento     30/11/2026 22:40
Pcte [[N|Edinson Ahuanari Tapullima]], 29 a, peruano de Santa Rosa, pescador. Doc peruano [[DNI*|47720815]]
Refiere 4 dias de febre con calafrio todos los dias a la tarde, dor de cabeça, dolor en el cuerpo, vomito 2x.
Nega sangramento, nega ictericia. Ja teve malaria vivax 2 veces.
Ex: T 39,4 FC 112 PA 100/64, palidez +, baço palpable 2 cm. Gota espessa: P. falciparum ++ (2.000 parasitas/mm3).
HD: Malaria por Plasmodium falciparum nao complicada
Conduta: arteméter/lumefantrina 20/120 mg 4 comprimidos VO 12/12h por 3 dias (primera dose aqui as 23:00);
primaquina 15 mg VO dose unica; dipirona 1 g VO 6/6h se febre. Notificado SIVEP. Retorno D3 y D7 para lamina.
Dr. [[N|Raimundo Nonato Bezerra]]
""",
     [("arteméter/lumefantrina", "4 comprimidos", "VO", "12/12h por 3 dias"), ("primaquina", "15 mg", "VO", "dose unica"),
      ("dipirona", "1 g", "VO", "6/6h se febre")],
     [("Malaria por Plasmodium falciparum nao complicada", "B50.9")],
     negated=["sangramento", "ictericia"])

# ======================================= Ecuador ===================================================================
note("emergency", "h13-es-ec-01", "EC", "es", f"""HOSPITAL GENERAL DOCENTE DE CALDERON - EMERGENCIA    Formulario 008
Fecha 01/12/2026  Hora 19:05
Paciente: [[N|Jessenia Maribel Toapanta Chicaiza]]   Cedula: [[DNI*|{typo(cedula_ec("172614903", bad=True))}]]   HC [[R*|358812]]
Edad 33   Direccion [[A|Carapungo, Calle Luis Vacari y Pasaje 4, casa 18]]   Telf [[T|0998 213 457]]
Acompañante / contacto: [[N|Byron Toapanta]] (esposo)

MOTIVO: cefalea intensa y vision borrosa. Puerpera de 6 dias (parto vaginal en el HGONA).
ENFERMEDAD ACTUAL: cefalea holocraneana desde hace 12 h, escotomas, epigastralgia. Niega convulsiones,
niega sangrado vaginal abundante, no fiebre.
EXAMEN: TA 168/112, 162/108 a los 15 min, FC 92, SatO2 97%. ROT ++++ con clonus agotable. Edema MMII ++.
Labs: plaquetas 98.000, TGO 146, TGP 132, LDH 710, proteinuria 3+ en tira.
DIAGNOSTICOS:
1. Preeclampsia con signos de severidad en el puerperio (O14.15)
2. Sindrome de HELLP parcial (O14.25)
TRATAMIENTO:
- Sulfato de magnesio 4 g IV impregnacion en 20 min, luego 1 g/h IV en infusion continua por 24 h
- Nifedipino 10 mg VO cada 20 min si TA >= 160/110 (maximo 3 dosis)
- Labetalol 20 mg IV si no responde a nifedipino
- Enalapril 10 mg VO c/12h al estabilizar
- Control de diuresis horaria, reflejos y FR c/hora (toxicidad por magnesio)
Interconsulta: Ginecologia - UCI. Md. [[N|Pablo Andrade Cevallos]]  Cod. MSP [[CED*|1715-2209]]
""",
     [("Sulfato de magnesio", "1 g/h", "IV", "en infusion continua por 24 h"),
      ("Nifedipino", "10 mg", "VO", "cada 20 min si TA >= 160/110 (maximo 3 dosis)"),
      ("Labetalol", "20 mg", "IV", "si no responde a nifedipino"), ("Enalapril", "10 mg", "VO", "c/12h al estabilizar")],
     [("Preeclampsia con signos de severidad en el puerperio", "O14.15"), ("Sindrome de HELLP parcial", "O14.25")],
     negated=["convulsiones", "sangrado vaginal abundante", "fiebre"])

note("tuberculosis programme", "h13-es-ec-02", "EC", "es", f"""MSP - Centro de Salud Tipo C Nueva Prosperina, Guayaquil - Estrategia de Prevencion y Control de TB
TARJETA DE CONTROL DE TRATAMIENTO - TB SENSIBLE, ESQUEMA 2HRZE/4HR     Control mes 4 - 30/11/2026
[[N|Jhon Jairo Quiñonez Cortez]] - [[DNI|{bare(corpuslib.ec_cedula("091928374"))}]] - 45 años - telf [[T|0967 201 884]]
PPL liberado en julio; vive con su hermana [[N|Lorena Quiñonez]].
Comorbilidades: DM2 (HbA1c 8.1); VIH no reactivo (prueba rapida 08/2026); consumo de base de cocaina en abstinencia 3 meses.
Fase de continuacion (4HR) diaria, DOT en la unidad:
  Isoniacida 300 mg + Rifampicina 600 mg (2 tabletas HR 150/300) VO diario en ayunas
  Metformina 850 mg VO c/12h
BK control mes 2 negativo, cultivo negativo. Peso 59 kg (ingreso 52 kg). Refiere parestesias en pies leves:
se agrega piridoxina 50 mg VO diario. No ictericia, no nauseas. Adherencia 100% (96/96 dosis).
Dx: TB pulmonar BK+ nueva, en fase de continuacion, evolucion favorable.
Dr. [[N|Xavier Mosquera]] / Lcda. [[N|Betty Caicedo]]
""",
     [("Isoniacida 300 mg + Rifampicina 600 mg", "2 tabletas", "VO", "diario en ayunas"),
      ("Metformina", "850 mg", "VO", "c/12h"), ("piridoxina", "50 mg", "VO", "diario")],
     [("DM2", "E11.9"), ("consumo de base de cocaina en abstinencia 3 meses", "F14.21"),
      ("parestesias en pies leves", "R20.2"), ("TB pulmonar BK+ nueva, en fase de continuacion", "A15.0")],
     negated=["VIH", "ictericia", "nauseas"])

note("counter-referral", "h13-es-ec-03", "EC", "es", """FORMULARIO 053 - CONTRARREFERENCIA
Unidad: Hospital de Especialidades Eugenio Espejo - Urologia  ->  C.S. Chimbacalle
Paciente [[N|Segundo Tipan]] HC [[R*|874512]]
Dx: litiasis renal derecha 8 mm (N20.0), resuelta post LEOC
Tto: tamsulosina 0.4 mg VO c/noche x 30 dias; ibuprofeno 400 mg VO c/8h por 3 dias si dolor. Ingesta de agua 2.5 L/dia.
Dr. [[N|Cristian Yepez]] - urologo
""",
     [("tamsulosina", "0.4 mg", "VO", "c/noche x 30 dias"), ("ibuprofeno", "400 mg", "VO", "c/8h por 3 dias si dolor")],
     [("litiasis renal derecha 8 mm", "N20.0")])

# ======================================= Uruguay ===================================================================
note("teleconsulta", "h13-es-uy-01", "UY", "es", """ASSE - RAP Tacuarembo - TELECONSULTA con Cardiologia (Hospital de Clinicas)     01/12/2026
Por videollamada; presentes: Dra. [[N|Lucia Pintos]] (MFyC, policlinica Ansina), paciente y su hijo [[N|Walter]].
Usuario: [[N|Nelson Ariel Da Rosa]], 74 años, CI [[DNI*|1.884.702-5]], tel [[T|099 613 208]]

Motivo: FA de reciente diagnostico (ECG de ayer en policlinica: FA con RVM 112). Asintomatico, sin dolor toracico,
sin sincope. Antec: HTA, DM2 en dieta, ex tabaquista. Medicacion: enalapril 20 mg/dia, AAS 100 mg/dia.
CHA2DS2-VASc 4, HAS-BLED 2. Eco reciente: FEVI 55%, AI levemente dilatada.
Plan acordado:
1) Apixaban 5 mg VO c/12 h; suspender AAS
2) Bisoprolol 2,5 mg VO dia, titular segun FC
3) continua enalapril 20 mg/dia
4) Holter y TSH; control presencial en 6 semanas
Cardiologo: Dr. [[N|Gonzalo Varela]]  CJPPU [[CED*|47.118]]
""",
     [("Apixaban", "5 mg", "VO", "c/12 h"), ("Bisoprolol", "2,5 mg", "VO", "dia, titular segun FC"),
      ("enalapril", "20 mg", None, "/dia")],
     [("FA de reciente diagnostico", "I48.91"), ("HTA", "I10"), ("DM2 en dieta", "E11.9")],
     negated=["dolor toracico", "sincope"], stopped=["AAS"])

note("psychiatry / emergency", "h13-es-uy-02", "UY", "es", """HOSPITAL VILARDEBO - PUERTA DE EMERGENCIA     02/12/2026 01:20
Paciente [[N|Camila Soledad Techera]], 19 a, CI [[DNI*|5.447.219-0]], traida por su madre [[N|Sandra]] (cel [[T|098 277 104]]).
Ingesta de 20 comprimidos de sertralina 50 mg y 10 de clonazepam 2 mg hace 3 horas, en contexto de ruptura de pareja.
Primer IAE. Ya evaluada en Hospital Pasteur: carbon activado, ECG QTc 460, sin arritmias, alta de clinica.
EF: somnolienta, responde a ordenes, Glasgow 14. PA 110/70, FC 96. Sin rigidez, sin clonus, sin hipertermia.
EM: actitud reticente, afecto hipotimico, refiere deseos de morir persistentes, no critica el acto. Sin elementos psicoticos.
Dx: Intento de autoeliminacion por ingesta medicamentosa; Episodio depresivo moderado; Rasgos de personalidad limite a estudio.
Indicaciones: ingreso a sala; vigilancia estrecha, retiro de objetos; sertralina SUSPENDIDA; clonazepam SUSPENDIDO.
Quetiapina 25 mg VO en la noche. Diazepam 10 mg VO SOS excitacion psicomotriz.
Psiquiatra de guardia: Dr. [[N|Martin Olivera]]
""",
     [("Quetiapina", "25 mg", "VO", "en la noche"), ("Diazepam", "10 mg", "VO", "SOS excitacion psicomotriz")],
     [("Intento de autoeliminacion por ingesta medicamentosa", "T43.222A"), ("Episodio depresivo moderado", "F32.1"),
      ("Rasgos de personalidad limite a estudio", "F60.3")],
     negated=["arritmias", "rigidez", "clonus", "hipertermia", "elementos psicoticos"],
     stopped=["sertralina", "clonazepam"])

# ======================================= Venezuela =================================================================
note("prescription / récipe", "h13-es-ve-01", "VE", "es", """Dr. [[N|Jesus Enrique Marcano Rondon]]
MEDICO INTERNISTA - MSDS [[CED*|48.337]]  CMDM [[CED*|21.904]]
Policlinica Metropolitana, Caracas. Telf. consultorio 0212-908.0100

RECIPE                                       Caracas, 01-12-2026
Paciente: [[N|Yusmary Carolina Bello]]   C.I. [[DNI*|V-17.418.902]]   Edad: 41

1.- Losartan potasico 50 mg  #30
2.- Hidroclorotiazida 25 mg  #30
3.- Omeprazol 20 mg  #14

INDICACIONES:
- Losartan potasico: 1 tableta VO diaria en la mañana
- Hidroclorotiazida: 1 tableta VO diaria en la mañana
- Omeprazol: 1 capsula VO en ayunas por 14 dias
- Suspender nifedipina (edema de tobillos)
Dx: HTA estadio 2, gastritis. Control en 1 mes con perfil lipidico.
""",
     [("Losartan potasico", "50 mg", "VO", "diaria en la mañana"), ("Hidroclorotiazida", "25 mg", "VO", "diaria en la mañana"),
      ("Omeprazol", "20 mg", "VO", "en ayunas por 14 dias")],
     [("HTA estadio 2", "I10"), ("gastritis", "K29.70"), ("edema de tobillos", "R60.0")],
     stopped=["nifedipina"])

note("emergency", "h13-es-ve-02", "VE", "es", """HOSPITAL UNIVERSITARIO DE MARACAIBO - EMERGENCIA DE ADULTOS
NOTA DE INGRESO 30/11/2026 16:00
PACIENTE: [[N|ROMERO PIRELA, LUIS ALFONSO]]  C.I. [[DNI*|V-9.761.033]]  68 AÑOS  HISTORIA [[R*|26-118745]]
FAMILIAR: [[N|YELITZA ROMERO]] (HIJA) TLF [[T|0414-6327781]]
MOTIVO DE CONSULTA: DOLOR TORACICO.
ENFERMEDAD ACTUAL: DOLOR OPRESIVO RETROESTERNAL DE 2 HORAS, IRRADIADO A MANDIBULA, CON DIAFORESIS. NIEGA SINCOPE.
ANTECEDENTES: HTA, DM TIPO 2, DISLIPIDEMIA, TABAQUISMO ACTIVO. NO ALERGIAS.
EXAMEN: TA 150/90 FC 98 SATO2 95%. RsCsRs SIN SOPLOS, PULMONES LIMPIOS. KILLIP I.
EKG: SUPRADESNIVEL ST V1-V4. TROPONINA POSITIVA.
IDX: 1) SINDROME CORONARIO AGUDO CON ELEVACION DEL ST ANTERIOR KILLIP I 2) HTA 3) DM TIPO 2 4) DISLIPIDEMIA
PLAN: NO HAY HEMODINAMIA DISPONIBLE - TROMBOLISIS:
- ESTREPTOQUINASA 1.500.000 UI EV EN 60 MIN
- ASPIRINA 100 MG VO OD
- CLOPIDOGREL 75 MG VO OD
- ENOXAPARINA 1 MG/KG SC C/12H
- ATORVASTATINA 80 MG VO HS
- METOPROLOL 25 MG VO C/12H
- SUSPENDER GLIBENCLAMIDA. INSULINA SEGUN GLICEMIA CAPILAR
DR. [[N|ALBERTO URDANETA]] R2 MEDICINA INTERNA
""",
     [("ESTREPTOQUINASA", "1.500.000 UI", "EV", "EN 60 MIN"), ("ASPIRINA", "100 MG", "VO", "OD"),
      ("CLOPIDOGREL", "75 MG", "VO", "OD"), ("ENOXAPARINA", "1 MG/KG", "SC", "C/12H"),
      ("ATORVASTATINA", "80 MG", "VO", "HS"), ("METOPROLOL", "25 MG", "VO", "C/12H"),
      ("INSULINA", None, None, "SEGUN GLICEMIA CAPILAR")],
     [("HTA", "I10"), ("DM TIPO 2", "E11.9"), ("DISLIPIDEMIA", "E78.5"),
      ("SINDROME CORONARIO AGUDO CON ELEVACION DEL ST ANTERIOR KILLIP I", "I21.09")],
     negated=["SINCOPE", "ALERGIAS", "SOPLOS"], stopped=["GLIBENCLAMIDA"])

# ======================================= Bolivia ===================================================================
note("outpatient SOAP", "h13-es-bo-01", "BO", "es", """CAJA NACIONAL DE SALUD - Policlinico 32, Cochabamba - Cardiologia       01/12/2026
Asegurado: [[N|Florencio Mamani Colque]]   Matricula [[R*|48-0312-MCF]]   C.I. [[DNI*|3128845 CB]]
62 años, agricultor jubilado, natural de Aiquile. Acompaña esposa Dña. [[N|Eustaquia Rojas]].

S: disnea de medianos esfuerzos desde hace 6 meses, palpitaciones, edema vespertino de tobillos. Sin dolor toracico,
sin sincope. Serologia para Chagas positiva (2019), nunca tratado. Tomaba enalapril pero lo dejo hace 2 meses.
O: PA 104/68, FC 58 irregular, SatO2 93%. Ingurgitacion yugular 2/3, crepitantes bibasales, hepatomegalia 2 cm.
ECG: BCRD + HBAI, extrasistoles ventriculares frecuentes. Eco: FEVI 35%, aneurisma apical.
A: Miocardiopatia chagasica cronica con disfuncion sistolica (FEVI 35%), NYHA II-III; bloqueo bifascicular;
extrasistolia ventricular frecuente.
P: - Carvedilol 3.125 mg VO c/12 hrs
   - Enalapril 5 mg VO c/12 hrs (reinicia)
   - Espironolactona 25 mg VO dia
   - Furosemida 40 mg VO en la mañana
   - Amiodarona: NO por ahora, Holter primero
   - Benznidazol no indicado (fase cronica con cardiopatia avanzada)
   Restriccion de sal, control en 1 mes.
Dr. [[N|Rolando Vargas Antezana]], Cardiologo - Mat. Prof. [[CED*|V-442]]
""",
     [("Carvedilol", "3.125 mg", "VO", "c/12 hrs"), ("Enalapril", "5 mg", "VO", "c/12 hrs (reinicia)"),
      ("Espironolactona", "25 mg", "VO", "dia"), ("Furosemida", "40 mg", "VO", "en la mañana")],
     [("Miocardiopatia chagasica cronica con disfuncion sistolica (FEVI 35%), NYHA II-III", "B57.2"),
      ("bloqueo bifascicular", "I45.2"), ("extrasistolia ventricular frecuente", "I49.3")],
     negated=["dolor toracico", "sincope"])

note("lab report", "h13-es-bo-02", "BO", "es", """LABORATORIO CLINICO "SAN PEDRO" - El Alto, La Paz      Telf. lab 2-2823311
Paciente: [[N|Ticona Apaza, Rosmery]]     CI: [[DNI*|9184230 LP]]
Fecha de nac.: [[B*|04/06/1995]]     Solicitado por: Dra. [[N|R. Calle]]
Fecha: 30/11/2026   Muestra: sangre venosa / orina

HEMOGRAMA (valores de altura 4.000 msnm)
Globulos rojos ....... 4.10 x10^6/uL   (4.2 - 5.4)  BAJO
Hemoglobina .......... 10.2 g/dL       (12.0 - 16.0)  BAJO
Hematocrito .......... 32 %            (37 - 47)    BAJO
VCM .................. 74 fL           (80 - 98)    BAJO
Leucocitos ........... 7.800 /uL
Plaquetas ............ 310.000 /uL
Ferritina ............ 6 ng/mL         (15 - 150)   BAJO
EXAMEN GENERAL DE ORINA: nitritos positivos, leucocitos 25-30/campo, bacterias +++
Test de embarazo (beta hCG): positivo
Conclusion: anemia microcitica hipocromica ferropenica; infeccion urinaria en gestante.
Bioq. [[N|Marcelo Quispe Laura]]  Mat. [[CED*|B-1187]]
""",
     [],
     [("anemia microcitica hipocromica ferropenica", "O99.011"), ("infeccion urinaria en gestante", "O23.40")])

# ======================================= Paraguay ==================================================================
note("WhatsApp-style note", "h13-es-py-01", "PY", "es", """Dra [[N|Benitez]] 21:14: Dr buenas noches, la pcte de la 12 (Sra. [[N|Ramona]]) sigue con fiebre 38.7 y tiene PA 90/50
Dr [[N|Cabañas]] 21:16: pasale SF 500 cc en carga y hemocultivos x2. Inicia piperacilina/tazobactam 4.5 g EV c/6h
Dr [[N|Cabañas]] 21:16: y suspende la ceftriaxona
Dra [[N|Benitez]] 21:30: ok. Lactato 3.1. le aviso a UTI?
Dr [[N|Cabañas]] 21:31: si, sepsis de foco urinario, avisa
""",
     [("piperacilina/tazobactam", "4.5 g", "EV", "c/6h")],
     [("sepsis de foco urinario", "A41.9")],
     stopped=["ceftriaxona"])

note("discharge / epicrisis", "h13-es-py-02", "PY", "es", """IPS - HOSPITAL CENTRAL "DR. EMILIO CUBAS" - PEDIATRIA
RESUMEN DE ALTA
Nombre: [[N|Thiago Ezequiel Gimenez Ortiz]]   C.I. N° [[DNI*|7.118.402]]   Fecha de nac.: [[B*|17/08/2016]]
Asegurado titular (padre): [[N|Derlis Gimenez]]   Nro. asegurado [[R*|0214-558109]]   Cel. [[T|0981 447 203]]
Ingreso: 25/11/2026   Alta: 01/12/2026

Diagnosticos de egreso: Dengue con signos de alarma (A97.1), resuelto; derrame pleural derecho leve, en resolucion;
trombocitopenia, recuperada.
Resumen: 10 años, ingresa al 4o dia de fiebre con dolor abdominal intenso, vomitos persistentes y hepatomegalia. NS1
positivo. Hto maximo 48%, plaquetas minimas 18.000. Manejo con cristaloides segun protocolo, sin requerir UTI. Sin
sangrado. Afebril 72 h, plaquetas 142.000 al alta.
Medicacion al alta: paracetamol 15 mg/kg = 500 mg VO c/6h si fiebre. NO AINES (no ibuprofeno, no dipirona).
Control en su USF en 48 h.
Medico: Dra. [[N|Celeste Aquino]] - Reg. Prof. [[CED*|9.204]]
""",
     [("paracetamol", "500 mg", "VO", "c/6h si fiebre")],
     [("Dengue con signos de alarma", "A97.1"), ("derrame pleural derecho leve, en resolucion", "J91.8"),
      ("trombocitopenia, recuperada", "D69.6")],
     negated=["sangrado"])

# ======================================= Central America ===========================================================
note("death certificate / defunction summary", "h13-es-gt-01", "GT", "es", f"""IGSS - Hospital General de Enfermedades, Zona 9, Guatemala
NOTA DE DEFUNCION                                 02/12/2026  05:50 hrs
Afiliado: [[N|Cristobal Ajanel Tzoc]]  [[DNI|{bare(dpi("28391046", "07", "01"))}]]  No. afiliacion [[R*|1-78-04411-2]]
Edad: 58 años   Procedencia: [[A|Aldea Pachipac, Nahuala, Solola]]
Responsable: [[N|Maria Tzoc de Ajanel]] (esposa), DPI [[DNI*|{dpi("17283940", "07", "05")}]], tel [[T|5512 8843]]

Paciente con DM2 de larga evolucion, ERC KDIGO 5 en dialisis peritoneal, ingresa el 28/11 por peritonitis asociada
a dialisis. Evoluciona con choque septico refractario a vasopresores (norepinefrina hasta 0.8 mcg/kg/min, vasopresina)
y falla multiorganica. Familia informada, se acordo limitacion del esfuerzo terapeutico el 01/12 (no RCP).
Hoy a las 05:32 se constata paro cardiorrespiratorio, sin pulso, sin ruidos cardiacos, pupilas midriaticas fijas.
Se declara fallecido a las 05:35.

Causa directa: choque septico
Causa antecedente: peritonitis asociada a dialisis peritoneal
Causa basica: enfermedad renal cronica estadio 5 secundaria a nefropatia diabetica
Otros estados patologicos: diabetes mellitus tipo 2; hipertension arterial
Se extiende certificado de defuncion. No caso medico-legal.
Medico residente: Dr. [[N|Kevin Estuardo Sic]]   Especialista: Dra. [[N|Ana Lucia Castañeda]]  Col. [[CED*|14.772]]
""",
     [],
     [("DM2", "E11.9"), ("ERC KDIGO 5 en dialisis peritoneal", "N18.6"), ("peritonitis asociada a dialisis", "K65.8"),
      ("choque septico refractario a vasopresores", "R65.21"), ("falla multiorganica", "R68.89"),
      ("choque septico", "R65.21"), ("peritonitis asociada a dialisis peritoneal", "K65.8"),
      ("enfermedad renal cronica estadio 5 secundaria a nefropatia diabetica", "E11.22"),
      ("diabetes mellitus tipo 2", "E11.9"), ("hipertension arterial", "I10")])

note("occupational-health certificate", "h13-es-sv-01", "SV", "es", f"""INSTITUTO SALVADOREÑO DEL SEGURO SOCIAL - Unidad Medica Ilopango
CERTIFICADO DE INCAPACIDAD TEMPORAL POR RIESGO PROFESIONAL          San Salvador, 01 de diciembre de 2026
Trabajador: [[N|Jose Santos Hernandez Amaya]]   DUI: [[DNI*|{typo(dui13("04718225", bad=True))}]]   No. afiliacion ISSS [[R*|208714553]]
Empresa: Textiles del Pacifico S.A. de C.V. (maquila), puesto: operario de corte.
Accidente de trabajo el 29/11/2026: herida cortante por cuchilla en mano izquierda.
Diagnostico: Herida cortante de 4 cm en cara palmar de mano izquierda con lesion de tendon flexor superficial del 3er dedo
(S66.122A), reparada en sala de operaciones el 29/11.
Incapacidad: 21 dias, del 29/11/2026 al 19/12/2026. Requiere fisioterapia despues.
Tratamiento: cefalexina 500 mg VO c/6h por 7 dias; acetaminofen 500 mg 2 tab VO c/8h si dolor; ferula dorsal.
No fractura en Rx. Sin compromiso neurovascular distal.
Medico: Dr. [[N|Rene Alfredo Menjivar]]   JVPM [[CED*|8841]]
""",
     [("cefalexina", "500 mg", "VO", "c/6h por 7 dias"), ("acetaminofen", "2 tab", "VO", "c/8h si dolor")],
     [("Herida cortante de 4 cm en cara palmar de mano izquierda con lesion de tendon flexor superficial del 3er dedo",
       "S66.122A")],
     negated=["fractura", "compromiso neurovascular distal"])

note("anaesthesia note", "h13-es-hn-01", "HN", "es", """HOSPITAL ESCUELA - TEGUCIGALPA - DEPARTAMENTO DE ANESTESIOLOGIA
NOTA POST-ANESTESICA   30-11-2026
Pcte: [[N|Kenia Yamileth Zelaya]], 16 años, 52 kg. Identidad [[DNI*|0801-2010-04417]]   Exp. [[R*|2026-118043]]
Madre/responsable: [[N|Dilcia Zelaya]] [[T|9821-4406]]
Cirugia: apendicectomia laparoscopica por apendicitis aguda no complicada. ASA IE.
Anestesia general balanceada: induccion con propofol, fentanilo y rocuronio (secuencia rapida), mantenimiento con
sevoflurano. IOT al primer intento, Cormack I. Reversion con sugammadex. Duracion 70 min.
Sin eventos adversos, sin nauseas en URPA, EVA 3/10. Alergia a penicilina: NO. Niega asma.
Indicaciones de URPA:
- ketorolaco 30 mg IV c/8h x 48 h
- tramadol 50 mg IV c/8h PRN EVA > 5
- ondansetron 4 mg IV c/8h PRN nausea
- metronidazol 500 mg IV c/8h + ceftriaxona 1 g IV c/24h, solo 24 h
Alta de URPA con Aldrete 10. Anestesiologo: Dr. [[N|Osman Figueroa]]. Residente: Dra. [[N|Gabriela Paz]]
""",
     [("ketorolaco", "30 mg", "IV", "c/8h x 48 h"), ("tramadol", "50 mg", "IV", "c/8h PRN EVA > 5"),
      ("ondansetron", "4 mg", "IV", "c/8h PRN nausea"), ("metronidazol", "500 mg", "IV", "c/8h"),
      ("ceftriaxona", "1 g", "IV", "c/24h, solo 24 h")],
     [("apendicitis aguda no complicada", "K35.80")],
     negated=["eventos adversos", "nauseas", "Alergia a penicilina", "asma"])

note("nursing shift note", "h13-es-ni-01", "NI", "es", """MINSA - Hospital Escuela Antonio Lenin Fonseca - Sala de Medicina de Varones
HOJA DE ENFERMERIA - TURNO DIA (7am-7pm)   01/12/2026   Cama 22
Paciente: [[N|Donald Antonio Chavarria]]   Exp. [[R*|552918]]   Ced. [[DNI*|001-150367-0012K]]
Dx medico: ACV isquemico con hemiparesia derecha; HTA; DM2.
07:00 Recibo paciente despierto, afasico, hemiparesia derecha, SNG para alimentacion, sonda Foley permeable.
08:00 Se administra enalapril 20 mg por SNG c/12h, ASA 100 mg por SNG cada dia, atorvastatina 40 mg por SNG en la noche
      (pendiente 8pm). Glicemia 182: se aplica insulina rapida 4 UI SC segun escala.
10:00 Cambio de posicion c/2h, piel integra, sin ulceras por presion. Fisioterapia pasiva.
12:00 P/A 150/90, FC 80, T 36.8, FR 18, SatO2 96% aire ambiente. Dieta por SNG 250 cc.
14:00 Hijo ([[N|Marvin Chavarria]], cel [[T|8834 2217]]) pregunta por traslado. Se le explica.
16:00 Omeprazol 20 mg IV c/24h. Heparina 5000 UI SC c/12h. Sin sangrado.
18:30 Paciente tranquilo. Diuresis 1100 cc en el turno.
Entrega: Lic. [[N|Martha Lorena Obando]]   Recibe: Aux. [[N|Jeyling Sobalvarro]]
""",
     [("enalapril", "20 mg", "por SNG", "c/12h"), ("ASA", "100 mg", "por SNG", "cada dia"),
      ("atorvastatina", "40 mg", "por SNG", "en la noche"), ("insulina rapida", "4 UI", "SC", "segun escala"),
      ("Omeprazol", "20 mg", "IV", "c/24h"), ("Heparina", "5000 UI", "SC", "c/12h")],
     [("ACV isquemico con hemiparesia derecha", "I63.9"), ("HTA", "I10"), ("DM2", "E11.9")],
     negated=["ulceras por presion", "sangrado"])

note("geriatrics", "h13-es-cr-01", "CR", "es", """CCSS - EBAIS San Rafael Abajo, Desamparados - VISITA DOMICILIAR (adulto mayor)   01/12/2026
Usuaria: [[N|Olga Maria Solano Mora]]  cedula [[DNI*|1-0412-0776]]   89 años   Tel. [[T|2259-4410]]
Direccion: [[A|200 m sur de la plaza de deportes, casa verde porton negro, San Rafael Abajo]]
Cuidadora: sobrina [[N|Ana Yancy Solano]]
Padecimientos: HTA, DM2, ICC FEVI preservada, demencia tipo Alzheimer moderada (GDS 5), osteoartrosis, estreñimiento cronico.
Medicamentos (revision de bolsa de medicamentos del EBAIS):
  enalapril 20 mg 1 cada 12 horas
  hidroclorotiazida 25 mg 1 en la mañana
  metformina 500 mg 1 con almuerzo
  ASA 100 mg 1 al dia
  donepezilo 10 mg 1 en la noche
  memantina 10 mg 1 cada 12 horas
  acetaminofen 500 mg 2 cada 8 horas si dolor
  lactulosa 15 ml en la noche
  glibenclamida 5 mg: SE SUSPENDE (hipoglicemias en la madrugada, HbA1c 6.2)
  diazepam 5 mg: SE SUSPENDE (somnolencia, caidas)
  risperidona 0.5 mg: en espera, solo si agitacion nocturna, valorar en 2 semanas
Examen: PA 128/70, FC 72, sin edemas, sin signos de deshidratacion. Barthel 45 (dependencia moderada).
Plan: educacion a la cuidadora, adaptar baño, valoracion por geriatria del Hospital Blanco Cervantes.
Dr. [[N|Andres Quesada Vindas]]  cod. [[CED*|11203]]
""",
     [("enalapril", "20 mg", None, "cada 12 horas"), ("hidroclorotiazida", "25 mg", None, "en la mañana"),
      ("metformina", "500 mg", None, "con almuerzo"), ("ASA", "100 mg", None, "al dia"),
      ("donepezilo", "10 mg", None, "en la noche"), ("memantina", "10 mg", None, "cada 12 horas"),
      ("acetaminofen", "500 mg", None, "cada 8 horas si dolor"), ("lactulosa", "15 ml", None, "en la noche")],
     [("HTA", "I10"), ("DM2", "E11.9"), ("ICC FEVI preservada", "I50.30"),
      ("demencia tipo Alzheimer moderada (GDS 5)", "G30.9"), ("osteoartrosis", "M19.90"), ("estreñimiento cronico", "K59.09"),
      ("hipoglicemias en la madrugada", "E16.2")],
     negated=["edemas", "signos de deshidratacion"], stopped=["glibenclamida", "diazepam", "risperidona"])

note("operative note", "h13-es-pa-01", "PA", "es", """CAJA DE SEGURO SOCIAL - Complejo Hospitalario Dr. Arnulfo Arias Madrid - Cirugia General
DESCRIPCION OPERATORIA   01/12/2026
Paciente: [[N|Rigoberto Batista Ortega]]   Cedula [[DNI*|8-742-1553]]   Seguro social [[R*|742-1553]]
Edad 47  F.N. [[B*|05/03/1979]]
Cirujano: Dr. [[N|Ezequiel Caballero]]  Ayudante: Dr. [[N|Luis Him]]  Anestesia: Dra. [[N|Iris De Leon]] (raquidea)
Dx pre y post operatorio: hernia inguinal derecha indirecta (K40.90), no complicada
Procedimiento: hernioplastia inguinal derecha tipo Lichtenstein con malla de polipropileno
Hallazgos: saco herniario indirecto de 4 cm, anillo inguinal profundo dilatado, sin contenido incarcerado.
Sangrado minimo. Complicaciones: ninguna.
Post-op: dieta corriente; acetaminofen 1 g VO c/6h; diclofenaco 75 mg IM c/12h por 2 dosis; alta en 24 h.
Antecedentes: HTA (continua amlodipino 5 mg VO diario). Niega DM.
""",
     [("acetaminofen", "1 g", "VO", "c/6h"), ("diclofenaco", "75 mg", "IM", "c/12h por 2 dosis"),
      ("amlodipino", "5 mg", "VO", "diario")],
     [("hernia inguinal derecha indirecta", "K40.90"), ("HTA", "I10")],
     negated=["contenido incarcerado", "DM"])

# ======================================= Caribbean =================================================================
note("outpatient SOAP", "h13-es-cu-01", "CU", "es", """Policlinico Docente "Dr. Tomas Romay" - CMF No. 14, Habana Vieja          Consulta 30/11/2026
HC individual [[R*|14-0873]]   Paciente: [[N|Caridad Milagros Fonseca Rivero]], 57 a, CI [[DNI*|69041211336]]
Dispensarizada grupo III: HTA, asma bronquial persistente moderada, obesidad.
S: viene por falta de aire y silbidos hace 4 dias tras catarro; usa el salbutamol "como 6 veces al dia". Sin fiebre.
Dejo de usar el beclometasona hace 2 meses porque no habia en la farmacia.
O: FR 24, FC 104, TA 140/90, SatO2 93%. Sibilantes difusos bilaterales, sin tiraje. Peak flow 180 L/min (55%).
A: Crisis de asma moderada; HTA controlada.
P: Salbutamol 2.5 mg en 3 ml de SSN nebulizado c/20 min x 3 en el policlinico (aplicado).
   Prednisona 40 mg VO diario por 5 dias
   Beclometasona 250 mcg 2 inhalaciones c/12h (receta de medicamento controlado por tarjeta)
   Salbutamol spray 2 inhalaciones c/4-6h si falta de aire
   Enalapril 20 mg VO c/12h, continua
   Reconsulta en 48 h o antes si empeora. Medico de familia: Dra. [[N|Yanelis Prieto]]
""",
     [("Prednisona", "40 mg", "VO", "diario por 5 dias"), ("Beclometasona", "2 inhalaciones", None, "c/12h"),
      ("Salbutamol spray", "2 inhalaciones", None, "c/4-6h si falta de aire"), ("Enalapril", "20 mg", "VO", "c/12h, continua")],
     [("HTA", "I10"), ("asma bronquial persistente moderada", "J45.40"), ("obesidad", "E66.9"),
      ("Crisis de asma moderada", "J45.41"), ("HTA controlada", "I10")],
     negated=["fiebre", "tiraje"])

note("lab report", "h13-es-do-01", "DO", "es", f"""LABORATORIO CLINICO AMADITA P. DE GONZALEZ - Santo Domingo
Paciente: [[N|MARTINEZ DE LOS SANTOS, YOKASTA]]          Cedula: [[DNI*|{typo(cedula_do("0010847729", bad=True))}]]
F. Nac.: [[B*|23/01/1979]]     Edad: 47 A    Sexo: F     Orden: [[R*|ORD-6612098]]
Medico: Dr. [[N|F. Almanzar]]     Seguro: ARS Humano   No. afiliado [[R*|21883401]]
Fecha toma: 01/12/2026

PERFIL TIROIDEO
  TSH ............................ 0.02   uUI/mL   [0.27 - 4.20]   (B)
  T4 libre ....................... 3.10   ng/dL    [0.93 - 1.70]   (A)
  T3 total ....................... 2.80   ng/mL    [0.80 - 2.00]   (A)
  Anti-TPO ....................... 412    UI/mL    [< 34]          (A)
HEMOGRAMA: Hb 12.4, leucocitos 5.600, plaquetas 240.000 - normal
Comentario: perfil compatible con hipertiroidismo primario; tiroiditis autoinmune.
Bioanalista: Lic. [[N|Rosanna Feliz]]  Exequatur [[CED*|2281-09]]
""",
     [],
     [("hipertiroidismo primario", "E05.90"), ("tiroiditis autoinmune", "E06.3")])

note("prescription / receta", "h13-es-do-02", "DO", "es", f"""Dra. [[N|Massiel Peña Reynoso]] - Medicina Familiar   Exequatur [[CED*|455-17]]
Centro Medico Cibao, Santiago de los Caballeros    Tel. 809-226-8989 ext 2210
Paciente: [[N|Wander Rafael Tavarez]] [[DNI|{bare(corpuslib.do_cedula("4020311876"))}]]   Edad 34   Fecha 02/12/2026
Rx
- Amoxicilina + acido clavulanico 875/125 mg - 1 tab VO c/12 h x 7 dias
- Loratadina 10 mg - 1 tab VO al dia x 10 dias
- Fluticasona spray nasal 50 mcg - 2 aplicaciones en cada fosa nasal una vez al dia
Dx: rinosinusitis bacteriana aguda; rinitis alergica
""",
     [("Amoxicilina + acido clavulanico", "875/125 mg", "VO", "c/12 h x 7 dias"),
      ("Loratadina", "10 mg", "VO", "al dia x 10 dias"),
      ("Fluticasona spray nasal", "2 aplicaciones", "en cada fosa nasal", "una vez al dia")],
     [("rinosinusitis bacteriana aguda", "J01.90"), ("rinitis alergica", "J30.9")])

note("emergency", "h13-es-pr-01", "PR", "es", """HOSPITAL AUXILIO MUTUO - SALA DE EMERGENCIAS - San Juan, PR       12/01/2026 14:22
Paciente: [[N|Rivera Colon, Angel L.]]   MRN [[R*|004418927]]   DOB [[B*|07/14/1952]]   Plan: Medicare Advantage (MMM)
Medicare ID [[R*|5TX2-WE4-QK71]]   Telefono [[T|(787) 641-2093]]   Contacto: esposa [[N|Nydia Ortiz]] [[T|(787) 641-2094]]

Chief complaint: confusion y debilidad x 2 dias.
HPI: varon de 74 años con HTN, DM2 y CKD 3b. Hija reporta que esta mas somnoliento, comiendo poco, vomitos x3.
Niega fiebre, niega dolor de pecho, no caidas. Hace 1 semana le subieron la dosis de hidroclorotiazida.
PE: BP 102/58, HR 96, T 36.9, SpO2 97% RA. Mucosas secas. Desorientado en tiempo, sin deficit focal.
Labs: Na 118, K 3.0, Cr 2.1 (baseline 1.5), glucosa 96, osm serica 248.
Assessment:
1. Hiponatremia severa sintomatica por tiazida
2. Hipokalemia
3. AKI sobre CKD 3b, prerrenal
Plan:
- HOLD hidroclorotiazida y lisinopril
- NaCl 3% 100 ml IV en 10 min x1 si convulsion o empeora, luego segun Na c/4h (meta <= 8 mEq en 24 h)
- Sol. salina 0.9% 75 ml/h IV
- KCl 20 mEq VO c/8h x 3 dosis
- Continua metformina? NO - suspendida por AKI; insulina lispro SC sliding scale AC y HS
- Admit to ICU/step-down. Attending: Dr. [[N|Hector Vazquez Irizarry]]
""",
     [("NaCl 3%", "100 ml", "IV", "en 10 min x1 si convulsion o empeora"), ("Sol. salina 0.9%", "75 ml/h", "IV", None),
      ("KCl", "20 mEq", "VO", "c/8h x 3 dosis"), ("insulina lispro", None, "SC", "sliding scale AC y HS")],
     [("HTN", "I10"), ("DM2", "E11.9"), ("CKD 3b", "N18.32"), ("Hiponatremia severa sintomatica por tiazida", "E87.1"),
      ("Hipokalemia", "E87.6"), ("AKI sobre CKD 3b, prerrenal", "N17.9")],
     negated=["fiebre", "dolor de pecho", "caidas", "deficit focal"],
     stopped=["hidroclorotiazida", "lisinopril", "metformina"])

# ======================================= United States =============================================================
note("palliative care", "h13-en-us-01", "US", "en", """PALLIATIVE CARE CONSULT NOTE
Mercy Hospital St. Louis - Inpatient Palliative Medicine               Date of service: 12/01/2026
Patient: [[N|Kowalski, Dorothy A.]]   MRN: [[R*|88104472]]   DOB: [[B*|02/19/1944]]   Room 6112
Requesting physician: [[N|Brian Okafor]], MD (Hospitalist)
Health care proxy / POA: son, [[N|Mark Kowalski]], cell [[T|(314) 555-0187]]; daughter [[N|Susan Kowalski-Reyes]] (Denver)

REASON FOR CONSULT: goals of care, symptom management in metastatic disease.

HPI: 82 y/o woman with metastatic non-small cell lung cancer (adenocarcinoma, EGFR negative, PD-L1 5%)
with bone and liver metastases, s/p carboplatin/pemetrexed x4 cycles, progressed on maintenance pemetrexed; oncology (Dr.
[[N|Liang]]) has no further standard options she would tolerate. Admitted 11/28 for uncontrolled pain in the right hip
and lumbar spine and poor oral intake. Also COPD on home O2 2 L, CKD stage 3a, paroxysmal atrial fibrillation.
She reports pain 8/10, aching and worse with movement; constipation (last BM 4 days ago); fatigue; low appetite.
Denies dyspnea at rest, denies nausea today, no confusion, no urinary retention. Mood "tired but not depressed."

PMH: NSCLC stage IV; COPD; CKD 3a; paroxysmal AF; hypertension; osteoarthritis.
HOME MEDICATIONS (reconciled):
1. Oxycodone 5 mg PO q6h PRN pain (using 3-4 doses/day)
2. Apixaban (Eliquis) 2.5 mg PO BID
3. Metoprolol succinate (Toprol XL) 25 mg PO daily
4. Tiotropium 18 mcg inhaled daily
5. Albuterol HFA 2 puffs q4h PRN wheeze
6. Amlodipine 5 mg PO daily
7. Senna 8.6 mg PO at bedtime
8. Mirtazapine 15 mg PO at bedtime

SOCIAL: widowed, retired schoolteacher, lives alone in [[A|4418 Pernod Ave, St. Louis, MO 63116]]; son visits daily.
Former smoker (40 pack-years, quit 2009), no alcohol. Catholic; would like a visit from the chaplain.
ALLERGIES: codeine (nausea), penicillin (rash).
ADVANCE CARE PLANNING: she understands the cancer is not curable and that time is likely short ("weeks to a few
months"). Her priorities: to be home with her cat, to avoid the hospital and the ICU, to be free of pain even if drowsier.
She does not want feeding tubes, dialysis, intubation or CPR.

EXAM: frail, cachectic, alert and oriented x3. BP 104/60, HR 88 irregular, RR 18, SpO2 93% on 2 L. Tender over
right greater trochanter and L3-L4. Abdomen soft, mildly distended. No edema. PPS 40%.

ASSESSMENT:
1. Metastatic NSCLC with painful bone metastases, cancer-related pain poorly controlled on PRN oxycodone
2. Opioid-induced constipation
3. Cancer-related anorexia/cachexia
4. Goals of care: patient wishes to focus on comfort and to go home with hospice; DNR/DNI confirmed, POLST completed

RECOMMENDATIONS:
- Start oxycodone ER 10 mg PO q12h
- Oxycodone IR 5-10 mg PO q3h PRN breakthrough pain
- Dexamethasone 4 mg PO daily x 5 days, then reassess (bone pain, appetite)
- Senna 17.2 mg PO BID and polyethylene glycol 17 g PO daily; bisacodyl 10 mg PR PRN if no BM in 48 h
- DISCONTINUE amlodipine (BP soft) and hold metoprolol if SBP < 100
- Stop apixaban after discussion with patient and son (bleeding risk, limited benefit with prognosis of weeks)
- Continue tiotropium and albuterol as above; continue mirtazapine
- Radiation oncology consult for single-fraction palliative RT to right hip
- Hospice referral (home, BJC Hospice); family meeting held today with son at bedside, daughter by phone

Time spent: 75 minutes, >50% counseling. [[N|Rachel Thornton]], DO - Palliative Medicine  NPI [[CED*|1629384756]]
""",
     [("oxycodone ER", "10 mg", "PO", "q12h"), ("Oxycodone IR", "5-10 mg", "PO", "q3h PRN breakthrough pain"),
      ("Dexamethasone", "4 mg", "PO", "daily x 5 days, then reassess"), ("Senna", "17.2 mg", "PO", "BID"),
      ("polyethylene glycol", "17 g", "PO", "daily"), ("bisacodyl", "10 mg", "PR", "PRN if no BM in 48 h"),
      ("Metoprolol succinate", "25 mg", "PO", "daily"), ("Tiotropium", "18 mcg", "inhaled", "daily"),
      ("Albuterol HFA", "2 puffs", None, "q4h PRN wheeze"), ("Mirtazapine", "15 mg", "PO", "at bedtime")],
     [("metastatic non-small cell lung cancer (adenocarcinoma, EGFR negative, PD-L1 5%)", "C34.90"),
      ("bone and liver metastases", "C79.51"), ("COPD", "J44.9"), ("CKD stage 3a", "N18.31"),
      ("paroxysmal atrial fibrillation", "I48.0"), ("hypertension", "I10"), ("osteoarthritis", "M19.90"),
      ("Metastatic NSCLC with painful bone metastases", "C34.90"), ("Opioid-induced constipation", "K59.03"),
      ("Cancer-related anorexia/cachexia", "R64")],
     negated=["dyspnea at rest", "nausea", "confusion", "urinary retention", "edema"],
     stopped=["amlodipine", "apixaban"])

note("death certificate / defunction summary", "h13-en-us-02", "US", "en", """DEATH PRONOUNCEMENT NOTE - 12/02/2026 03:12
Called by RN [[N|Tasha Greene]] to evaluate pt [[N|Harold J. Whitfield]] (MRN [[R*|30-551-872]]), 91M, DNR/comfort care,
admitted with end-stage heart failure (HFrEF, EF 15%) and aspiration pneumonia. No response to verbal or tactile
stimuli, no carotid pulse, no heart or breath sounds x 1 min, pupils fixed and dilated. Time of death 03:05.
Family (daughter [[N|Janet Whitfield]], [[T|608-555-0142]]) notified by phone; declined autopsy. ME not notified (expected
death). Cause of death: end-stage HFrEF; contributing: aspiration pneumonia, CKD stage 4.
[[N|Priya Raman]], MD (night hospitalist)
""",
     [],
     [("end-stage heart failure (HFrEF, EF 15%)", "I50.22"), ("aspiration pneumonia", "J69.0"),
      ("end-stage HFrEF", "I50.22"), ("CKD stage 4", "N18.4")])

note("occupational-health certificate", "h13-en-us-03", "US", "en", """WORKCARE OCCUPATIONAL MEDICINE - Fresno, CA
WORK STATUS REPORT (Workers' Compensation)                          Date: 12/01/2026
Employee: [[N|Luis Alberto Cardenas]]   DOB: [[B*|09/30/1987]]   SSN: [[SSN*|529-71-4430]]   Claim # [[R*|WC-26-0092231]]
Employer: Central Valley Packing Co.   Supervisor: [[N|Dale Hutchins]]   Job: forklift operator / loader
Date of injury: 11/24/2026 - lifting 60 lb box, felt pain in low back.
Dx: Acute lumbar strain (S39.012A). No radicular symptoms, no saddle anesthesia, negative SLR bilaterally.
Treatment: naproxen 500 mg PO BID with food x 10 days; cyclobenzaprine 5 mg PO at bedtime PRN spasm; PT 2x/week x 3 weeks.
Work status: MODIFIED DUTY - no lifting > 15 lb, no repetitive bending, may sit/stand as needed. Re-eval 12/15/2026.
Provider: [[N|Angela Moreno]], PA-C   supervising physician [[N|Kevin Tran]], MD
""",
     [("naproxen", "500 mg", "PO", "BID with food x 10 days"), ("cyclobenzaprine", "5 mg", "PO", "at bedtime PRN spasm")],
     [("Acute lumbar strain", "S39.012A")],
     negated=["radicular symptoms", "saddle anesthesia"])

note("teleconsulta", "h13-es-us-04", "US", "es", """La Clinica de la Raza - Oakland, CA - TELESALUD (video)        12/02/2026 09:40
Paciente: [[N|Guadalupe Ramirez Ochoa]]   MRN [[R*|LCR-0047215]]   Fecha de nacimiento [[B*|03/11/1971]]
Verificacion de identidad: nombre y fecha de nacimiento. Paciente en su casa, [[A|2217 International Blvd Apt 4, Oakland CA 94606]]
Interprete: no requerido (proveedora hispanohablante).

S: seguimiento de DM2 y depresion. Glucosas en casa 140-190 en ayunas. Toma metformina 1000 mg dos veces al dia y
glipizida 5 mg. Refiere que ya no toma la sertralina desde octubre porque "ya se sentia mejor", pero ahora otra vez
tristeza, poco sueño, sin ganas. PHQ-9 16. Niega pensamientos de hacerse daño. Sin hipoglucemias.
A/P:
# DM2 no controlada (A1c 9.1 en 11/2026): agregar semaglutida 0.25 mg SC una vez por semana x 4 semanas, luego 0.5 mg;
  continuar metformina 1000 mg VO BID; glipizida 5 mg VO diario con desayuno
# Depresion mayor recurrente, moderada: reiniciar sertralina 50 mg VO diario; referencia a salud conductual (LCSW)
# HTA: losartan 50 mg VO diario, presion en casa 128/78
Proxima visita en persona en 4 semanas con labs. Proveedora: [[N|Marisol Fuentes]], NP
""",
     [("semaglutida", "0.25 mg", "SC", "una vez por semana x 4 semanas, luego 0.5 mg"),
      ("metformina", "1000 mg", "VO", "BID"), ("glipizida", "5 mg", "VO", "diario con desayuno"),
      ("sertralina", "50 mg", "VO", "diario"), ("losartan", "50 mg", "VO", "diario")],
     [("DM2", "E11.9"), ("depresion", "F32.A"), ("DM2 no controlada", "E11.65"),
      ("Depresion mayor recurrente, moderada", "F33.1"), ("HTA", "I10")],
     negated=["pensamientos de hacerse daño", "hipoglucemias"])

note("HIV clinic", "h13-es-us-05", "US", "es", """Legacy Community Health - Montrose, Houston TX - Clinica de VIH (Ryan White)     11/30/2026
Paciente: [[N|Oscar Ivan Mejia]]  MRN [[R*|LG-551902]]  DOB [[B*|06/22/1990]]  Cel [[T|(832) 555-0193]]  email [[E|oscarmejia90@yahoo.com]]
Contacto de emergencia: [[N|Daniel Pardo]] (pareja)
Nuevo al programa, transferido de Honduras. Dx VIH 2021 en Tegucigalpa, tomaba TLD hasta hace 3 meses (se le acabo al
migrar). Niega fiebre, niega sudoracion nocturna, tos no. Sin infecciones oportunistas previas.
Labs de hoy pendientes: CV, CD4, genotipo, HLA-B*5701, hepatitis, RPR, QuantiFERON.
Impresion: VIH con interrupcion de tratamiento; tamizaje de TB latente pendiente.
Plan: reiniciar hoy Biktarvy 1 tableta VO diaria (rapid restart); TMP-SMX DS 1 tab VO diario hasta tener CD4.
Asistencia: ADAP y manejo de caso con [[N|Yesenia]] (trabajadora social). Volver en 2 semanas.
Firma: [[N|Paul Nguyen]], MD
""",
     [("Biktarvy", "1 tableta", "VO", "diaria"), ("TMP-SMX DS", "1 tab", "VO", "diario hasta tener CD4")],
     [("VIH", "B20"), ("VIH con interrupcion de tratamiento", "B20")],
     negated=["fiebre", "sudoracion nocturna", "tos", "infecciones oportunistas previas"], stopped=["TLD"])

# ======================================= write and count ===========================================================
write(HERE)
corpuslib.report_counts()
from collections import Counter
print(f"languages: {dict(Counter(n['language'] for n in NOTES))}; sizes (B): "
      f"{sorted(len(n['text'].encode()) for n in NOTES)}", file=sys.stderr)
