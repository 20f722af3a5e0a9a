#!/usr/bin/env python3
"""Twelfth held-out set (issue 17), written blind on 2026-12-02: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring and first three notes of Tests/ClinicalHeldOut11/generate.py (file format and labelling
conventions), Tests/ClinicalHeldOut11/README.md, and the `shift=` lines of HeldOut8's-10's generate.py (to choose
different typos). Run: python3 generate.py (rewrites every h12-*.json beside it, checks every note, prints the counts
to stderr).
Conventions (the same as HeldOut11's, HeldOut10's, HeldOut9's and HeldOut8's, so labels are comparable across sets): a
medication's dose, route and frequency are verbatim spans of the note (None when absent), the frequency keeps its
as-needed clause (PRN, SOS, si dolor, as needed); comorbidities under history headers are diagnoses, labelled once even
when named again; denied findings go to `negated`, stopped/suspended/held drugs to `stopped`. A title (Dr., Dra., Lic.)
stays outside a name; national ids are DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the Mexican NSS is SSN),
clinicians' registrations are CEDULA, record/affiliate/order/admission numbers are EXPEDIENTE; visit dates are not
PHI, only dates of birth. No randomness: the output is the same on every run."""
import os, sys
from functools import partial
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import write, curp, rfc, cpf, rut, shift_check_character
from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared registries (wrong check digit / valid without label)
# This set's own typos in a wrong check digit; the shifts differ from HeldOut8's-11's (and corpuslib's defaults).
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=2), partial(corpuslib.uy_ci, shift=8),
                               partial(corpuslib.do_cedula, shift=4))
nss12, cuit12, dui12 = partial(corpuslib.nss, shift=9), partial(corpuslib.cuit, shift=3), partial(corpuslib.dui, shift=6)


def bad_curp(first17):
    return shift_check_character(curp(first17), 8, "8")


def bad_rfc(first12):
    return shift_check_character(rfc(first12), 5, "2")


def bad_cpf(nine):
    return shift_check_character(cpf(nine), 7, "7")


def bad_rut(body, dots=True):
    return shift_check_character(rut(body, dots=dots), 6, "3")


TITLES = {"Dr.", "Dra.", "Sr.", "Sra.", "Srta.", "Lic.", "Enf.", "Don", "Doña", "Ing.", "Dr", "Dra", "Ña", "Aux.",
          "Mr.", "Mrs.", "Ms.", "Prof.", "Lcda.", "Lcdo.", "dr", "dra", "Psic.", "Q.F.B.", "DR.", "DRA.", "Dr.ª",
          "Dr.a", "Lic", "Nutr.", "TM", "Obst.", "Ftro.", "Enfa.", "RN", "NP", "PA-C"}


def note(kind, id, *args, **kw):
    corpuslib.kind_note(kind, id, *args, single_line=True, titles=TITLES, **kw)


# ======================================= Mexico ====================================================================
note("prescription / receta", "h12-es-mx-01", "MX", "es", f"""DR. [[N|ARMANDO TREJO BALDERAS]]
MEDICINA INTERNA - UNIVERSIDAD AUTONOMA DE QUERETARO
Ced. Prof. [[CED*|4471093]]  Ced. Especialidad [[CED*|8102556]]
Consultorio 305, Torre Medica Hospital San Jose Queretaro. Citas 442 216 0300

Nombre: [[N|Ma. de los Angeles Rangel Olvera]]      Edad: 66      Fecha: 02-dic-2026
Peso 72 kg   T/A 136/84   Temp 36.4

Dx: HTA sistemica, DM tipo 2, dislipidemia mixta

1.- TELMISARTAN/HIDROCLOROTIAZIDA 80/12.5 mg  tomar 1 tableta VO cada 24 hrs en la manana
2.- METFORMINA 850 mg  1 tab VO despues de desayuno y cena
3.- ROSUVASTATINA 10 mg  1 tab VO cada noche
4.- ACIDO ACETILSALICILICO 100 mg  1 tab VO c/24 h con alimentos

SUSPENDER pravastatina. No tomar ibuprofeno ni naproxeno.
Proxima cita en 3 meses con QS, perfil de lipidos y HbA1c.
""",
     [("TELMISARTAN/HIDROCLOROTIAZIDA", "80/12.5 mg", "VO", "cada 24 hrs en la manana"),
      ("METFORMINA", "850 mg", "VO", "despues de desayuno y cena"), ("ROSUVASTATINA", "10 mg", "VO", "cada noche"),
      ("ACIDO ACETILSALICILICO", "100 mg", "VO", "c/24 h con alimentos")],
     [("HTA sistemica", "I10"), ("DM tipo 2", "E11.9"), ("dislipidemia mixta", "E78.2")],
     stopped=["pravastatina"])

note("admission", "h12-es-mx-02", "MX", "es", f"""INSTITUTO MEXICANO DEL SEGURO SOCIAL
HOSPITAL GENERAL DE ZONA No. 1 "DR. IGNACIO GARCIA TELLEZ" - MEDICINA INTERNA, 4o PISO
HISTORIA CLINICA Y NOTA DE INGRESO                              01/dic/2026 23:40 hrs

NOMBRE: [[N|ESCAMILLA DURAN, JOSE REFUGIO]]        NSS: [[SSN*|{typo(nss12("4396581870", bad=True))}]]  1M1958OR
CAMA 418-B     EDAD 68 AÑOS     SEXO MASC     F. NAC: [[B*|14/03/1958]]
DOMICILIO: [[A|Priv. Los Fresnos 12, Fracc. Villas del Sol, Celaya, Gto.]]   TEL: [[T|461 173 2290]]
RESPONSABLE: [[N|Maricela Escamilla Rico]] (hija)  TEL [[T|461 108 5534]]

AHF: madre finada por IAM, padre con DM2.
APNP: tabaquismo suspendido hace 10 años (IT 28), alcoholismo social, zoonosis negada.
APP: DM2 de 20 años de dx en tx con insulina NPH; HTA de 15 años; ERC KDIGO G4 sin TSR; retinopatia diabetica proliferativa ojo izq.
Qx: amputacion de 2o ortejo pie derecho (2023). Alergicos: sulfas. Transfusionales: negados.

PA: inicia hace 6 dias con aumento de volumen, eritema y dolor en pie derecho, posteriormente salida de material
purulento fetido por ulcera plantar, fiebre de 38.5 no cuantificada en casa, hiporexia. Niega dolor toracico, niega
disnea, no vomito. Acude a UMF 34 donde le dan dicloxacilina que tomo 3 dias sin mejoria.

EF: TA 150/88 FC 104 FR 20 T 38.3 SatO2 95% Gluc cap 386
Pie derecho: ulcera plantar 4x3 cm en cabeza de 1er metatarsiano con exposicion osea, celulitis hasta tercio distal
de pierna, crepitacion negativa, pulsos pedio y tibial posterior no palpables.
Labs: Leu 18.7 Neu 89% Hb 9.8 Plaq 412 Cr 3.9 BUN 62 Na 131 K 5.4 PCR 21.

IDX:
1. Pie diabetico Wagner 3 derecho
2. Osteomielitis de 1er metatarsiano probable
3. DM2 descontrolada
4. ERC G4
5. Anemia normocitica normocromica

PLAN:
- Ayuno, despues dieta para diabetico y renal 1500 kcal
- Sol. salina 0.9% 1000 cc IV para 12 hrs
- Meropenem 1 g IV c/12 hrs (ajustado a TFG)
- Vancomicina 1 g IV c/48 hrs segun niveles
- Insulina glargina 14 UI SC cada 24 hrs + esquema de insulina rapida SC segun glucometria c/6h
- Paracetamol 1 g IV c/8h si T mayor a 38 o dolor
- Enoxaparina 30 mg SC c/24h
- Se suspende la insulina NPH y la dicloxacilina
- Rx AP y oblicua de pie, cultivo de lecho, IC a cirugia vascular y angiologia

Elaboro: Dr. [[N|Heriberto Ledesma Vargas]] R2MI      Superviso: Dra. [[N|Luz Adriana Ponce]] MB  Mat. [[CED*|99183742]]
""",
     [("Sol. salina 0.9%", "1000 cc", "IV", "para 12 hrs"), ("Meropenem", "1 g", "IV", "c/12 hrs"),
      ("Vancomicina", "1 g", "IV", "c/48 hrs segun niveles"), ("Insulina glargina", "14 UI", "SC", "cada 24 hrs"),
      ("insulina rapida", None, "SC", "segun glucometria c/6h"), ("Paracetamol", "1 g", "IV", "c/8h si T mayor a 38 o dolor"),
      ("Enoxaparina", "30 mg", "SC", "c/24h")],
     [("DM2", "E11.9"), ("HTA", "I10"), ("ERC KDIGO G4", "N18.4"), ("retinopatia diabetica proliferativa", "E11.35"),
      ("Pie diabetico Wagner 3 derecho", "E11.621"), ("Osteomielitis de 1er metatarsiano probable", "M86.9"),
      ("DM2 descontrolada", "E11.65"), ("Anemia normocitica normocromica", "D64.9")],
     negated=["dolor toracico", "disnea", "vomito"], stopped=["insulina NPH", "dicloxacilina"])

note("pediatric consult", "h12-es-mx-03", "MX", "es", """Pediatria - Consultorio Dra. [[N|Itzel Carrasco]], Hermosillo, Son.     30/11/2026
Pac: [[N|Santiago Ruelas Moreno]]   3a 2m   peso 14.1 kg (p50)   talla 96 cm
Trae: mama ([[N|Karla Moreno]]), cel [[T|662 190 4471]]

Mama refiere 3 dias con fiebre hasta 39.2, rinorrea hialina, tos seca de predominio nocturno y ayer empezo con dolor
de oido izquierdo, se jala la oreja y no deja dormir. Sin vomitos, sin diarrea, come menos. Vacunas completas para la edad segun cartilla.
Antecedente de otitis media aguda a los 18 meses. No alergias conocidas.

EF: T 38.1  FC 118  FR 26  SatO2 97%.  Faringe hiperemica sin exudado. Otoscopia: MT izquierda abombada, opaca, eritematosa,
sin perforacion; derecha normal. Campos pulmonares limpios, sin estertores, sin tiraje.

Dx: otitis media aguda izquierda + rinofaringitis viral

Plan:
amoxicilina susp 400 mg/5 ml - dar 7.5 ml VO cada 12 horas x 10 dias
paracetamol gotas 100 mg/ml - 2 ml VO cada 6 hrs si fiebre o dolor
lavados nasales con sol. salina; datos de alarma explicados. Revaloracion en 72 h si persiste fiebre.
""",
     [("amoxicilina", "7.5 ml", "VO", "cada 12 horas x 10 dias"), ("paracetamol", "2 ml", "VO", "cada 6 hrs si fiebre o dolor")],
     [("otitis media aguda izquierda", "H66.92"), ("rinofaringitis viral", "J00")],
     negated=["vomitos", "diarrea", "exudado", "perforacion", "estertores", "tiraje", "alergias conocidas"])

note("lab report", "h12-es-mx-04", "MX", "es", f"""LABORATORIO CLINICO DEL CHOPO - SUCURSAL COYOACAN
Av. Miguel Angel de Quevedo 720 | Atencion a clientes 55 5201 1400

PACIENTE ........ [[N|SOTO IBARRA GUILLERMO]]
{"":17}[[CURP|{bare(curp("SOIG710509HDFTBL0"))}]]
EDAD ............ 55 AÑOS      SEXO: M
ORDEN ........... [[R*|2612-0887341]]
MEDICO .......... A QUIEN CORRESPONDA
TOMA ............ 01/12/2026 07:42

QUIMICA SANGUINEA                RESULTADO     UNIDADES     REF
Glucosa                          131 *H        mg/dL        70 - 99
Urea                             34            mg/dL        15 - 45
Creatinina                       1.02          mg/dL        0.7 - 1.3
Acido urico                      8.4 *H        mg/dL        3.4 - 7.0
Colesterol total                 246 *H        mg/dL        < 200
Trigliceridos                    389 *H        mg/dL        < 150
HDL                              33 *L         mg/dL        > 40
LDL (calculado)                  135           mg/dL        < 130

HEMOGLOBINA GLICOSILADA (HbA1c)  6.8 *H        %            4.0 - 5.6

COMENTARIO: Glucosa de ayuno y HbA1c compatibles con diabetes mellitus (criterio ADA). Hipertrigliceridemia.
Hiperuricemia. Correlacionar con clinica.

Valido: Q.F.B. [[N|Norma Angelica Saldaña]]   Ced. Prof. [[CED*|3309218]]
""",
     [],
     [("diabetes mellitus", "E11.9"), ("Hipertrigliceridemia", "E78.1"), ("Hiperuricemia", "E79.0")])

note("obstetric / prenatal", "h12-es-mx-05", "MX", "es", f"""SSA - CENTRO DE SALUD URBANO "DR. GUSTAVO BAZ PRADA", Nezahualcoyotl, Edo. Mex.
CONTROL PRENATAL - 5a consulta
Nombre: [[N|Brenda Yaretzi Cruz Galicia]]   CURP [[CURP*|{typo(bad_curp("CUGB030419MMCRLRA"))}]]   23 a
Esposo / acompañante: [[N|Uriel Hernandez]]
G2 P1 A0   FUM 12/05/2026   FPP 16/02/2027   SDG 28.6 x FUM, concordante con USG del 1er trim.

Sin molestias. Percibe movimientos fetales. Niega cefalea, niega fosfenos, acufenos, no epigastralgia.
Sin perdidas transvaginales, sin salida de liquido. Niega disuria.
TA 108/66  FC 82  Peso 67.3 kg (+7.1 kg)  AFU 27 cm  FCF 144 lpm  Presentacion cefalica. Edema -
Labs 24 SDG: Hb 10.4, Hto 31, CTOG 75 g: 88 / 162 / 131 (alterada a la 1 h). VIH y VDRL no reactivos. EGO normal.

IDX: Embarazo de 28.6 SDG normoevolutivo; anemia leve del embarazo; diabetes gestacional (dx por CTOG)
PLAN:
- Fumarato ferroso 200 mg VO c/12 h con jugo de naranja
- Acido folico 0.4 mg VO c/24 h (continuar)
- Se aplica Tdpa 0.5 ml IM hoy
- Plan de alimentacion 1800 kcal, automonitoreo de glucosa, envio a 2o nivel (clinica de diabetes y embarazo)
Elaboro: Lic. Enf. Obst. [[N|Rosario Quintero]] / Vo.Bo. Dr. [[N|Efren Maldonado]]
""",
     [("Fumarato ferroso", "200 mg", "VO", "c/12 h con jugo de naranja"), ("Acido folico", "0.4 mg", "VO", "c/24 h"),
      ("Tdpa", "0.5 ml", "IM", None)],
     [("Embarazo de 28.6 SDG normoevolutivo", "Z34.82"), ("anemia leve del embarazo", "O99.012"),
      ("diabetes gestacional", "O24.419")],
     negated=["cefalea", "fosfenos", "acufenos", "epigastralgia", "perdidas transvaginales", "salida de liquido", "disuria"])

note("referral", "h12-es-mx-06", "MX", "es", f"""ISSSTE - UMF TLALPAN                                 SOLICITUD DE REFERENCIA Y CONTRARREFERENCIA (SM-1-10)
Unidad que refiere: UMF Tlalpan   Unidad receptora: HR "Lic. Adolfo Lopez Mateos" - Gastroenterologia
Paciente: [[N|Peralta Chavez Rodolfo]]  RFC: [[RFC*|{typo(bad_rfc("PECR620930T2"))}]]  No. Expediente [[R*|PECR620930/90]]
Fecha nac.: [[B*|30/09/1962]]   Tel. [[T|55 5673 2918]]   Correo: [[E|rodo.peralta62@hotmail.com]]
Urgente: NO   Ordinaria: SI

Resumen clinico: masculino de 64 años con cirrosis hepatica por alcohol Child-Pugh B, abstinente desde 2024,
con varices esofagicas pequeñas en endoscopia de 2025. Acude por aumento progresivo del perimetro abdominal x 3 semanas.
Niega hematemesis, niega melena, sin confusion. USG: ascitis moderada, higado nodular, porta 14 mm sin trombosis.
Labs: Alb 2.9, BT 2.1, INR 1.5, plaq 88 mil, Na 133.
Tx actual: espironolactona 100 mg VO c/24 hrs, furosemida 40 mg VO c/24 hrs, propranolol 20 mg VO c/12 hrs.
Se suspendio el omeprazol (sin indicacion).
Dx: cirrosis hepatica alcoholica Child B con ascitis moderada; varices esofagicas pequeñas sin sangrado
Motivo de envio: valoracion de paracentesis y protocolo de trasplante.
Medico que refiere: [[N|Graciela Moctezuma Ruiz]], Ced. [[CED*|2981457]]
""",
     [("espironolactona", "100 mg", "VO", "c/24 hrs"), ("furosemida", "40 mg", "VO", "c/24 hrs"),
      ("propranolol", "20 mg", "VO", "c/12 hrs")],
     [("cirrosis hepatica alcoholica Child B con ascitis moderada", "K70.31"),
      ("varices esofagicas pequeñas sin sangrado", "I85.10")],
     negated=["hematemesis", "melena", "confusion", "trombosis"], stopped=["omeprazol"])

# ======================================= Colombia ==================================================================
note("emergency", "h12-es-co-01", "CO", "es", """CLINICA DEL OCCIDENTE S.A. - BOGOTA D.C.          SERVICIO DE URGENCIAS - TRIAGE II
HISTORIA CLINICA DE URGENCIAS              Fecha y hora de atencion: 2026-12-01 21:15
Paciente: [[N|NELSON ENRIQUE CASTAÑEDA PULIDO]]   Tipo doc: CC  No. [[DNI*|79.845.210]]   Edad: 52 años
Aseguradora: Compensar EPS   Ocupacion: conductor de bus   Direccion: [[A|Cra 72 # 11-40 Sur, Kennedy]]
Acompañante: [[N|Diana Marcela Rojas]] (esposa) tel [[T|310 448 2219]]

MOTIVO DE CONSULTA: "dolor en el pecho desde hace 2 horas"
ENFERMEDAD ACTUAL: Paciente quien refiere cuadro de 2 horas de evolucion de dolor toracico opresivo retroesternal, irradiado
a brazo izquierdo y mandibula, intensidad 9/10, asociado a diaforesis y nauseas, inicio en reposo mientras conducia.
Niega sincope, niega palpitaciones. No disnea previa.
ANTECEDENTES: Patologicos: HTA, dislipidemia, obesidad. Farmacologicos: losartan 50 mg cada 12 horas (no lo toma hace 2 meses
"porque se le acabo"). Toxicos: fumador activo 20 paq/año. Familiares: padre murio de infarto a los 58.
EXAMEN FISICO: TA 168/98 FC 96 FR 20 SatO2 93% T 36.6 Peso aprox 95 kg. Diaforetico, ansioso. RsCs ritmicos sin soplos.
Pulmones sin estertores. Sin edemas. Killip I.
EKG 21:22: ritmo sinusal, supradesnivel del ST de 3 mm en DII, DIII y aVF con infradesnivel especular en DI y aVL.
ANALISIS: IAM con elevacion del ST de cara inferior, Killip I, TIMI 5, ventana < 3 h. Se activa codigo infarto.
Se administran en urgencias ASA 300 mg VO masticada, clopidogrel 600 mg VO y heparina no fraccionada 5000 UI IV en bolo.
DIAGNOSTICOS:
1. Infarto agudo de miocardio con elevacion del ST de cara inferior (I21.1)
2. Hipertension arterial no controlada (I10)
3. Dislipidemia (E78.5)
4. Tabaquismo (F17.2)
PLAN: traslado inmediato a hemodinamia para ICP primaria. Atorvastatina 80 mg VO ahora y cada noche. Metoprolol diferido
por posible compromiso de VD. Nitroglicerina no (infarto inferior, descartar VD). Monitoreo continuo. Se explica a esposa.
Medico de urgencias: [[N|Julian Andres Ospina Leal]]   RM [[CED*|1032456981]]

NOTA DE REINGRESO A UCI CORONARIA - 2026-12-02 00:40 (dictada)
Paciente que regresa de sala de hemodinamia. Se realizo coronariografia por via radial derecha que mostro oclusion
total trombotica de coronaria derecha proximal, lesion del 50 % en descendente anterior media no culpable, circunfleja
sin lesiones. Se realizo angioplastia con implante de un stent medicado en CD con flujo TIMI 3 final. Tiempo puerta
balon 68 minutos. Ecocardiograma a la cabecera: hipoquinesia inferior, FEVI 48 %, VD de funcion conservada, sin
derrame pericardico, sin insuficiencia mitral significativa. Paciente sin dolor, hemodinamicamente estable, TA 128/76,
FC 72, sin arritmias en el monitor. Pulso radial derecho presente, sin hematoma en el sitio de puncion.
Troponina I ultrasensible 12.400 ng/L. Colesterol LDL 162, HbA1c 5.9, creatinina 0.98.
Se continua con ticagrelor en lugar de clopidogrel por sindrome coronario agudo con stent medicado.
ORDENES:
- ASA 100 mg VO cada dia
- Ticagrelor 90 mg VO cada 12 horas por 12 meses
- Metoprolol tartrato 25 mg VO cada 12 horas (VD sin compromiso), mantener FC 55-70
- Enoxaparina no (ICP completa)
- Omeprazol 20 mg VO cada dia
- Reposo relativo 12 h, luego rehabilitacion cardiaca fase I. Consejeria antitabaco.
Cardiologo de turno: Dra. [[N|Natalia Becerra]]
""",
     [("Atorvastatina", "80 mg", "VO", "ahora y cada noche"), ("ASA", "100 mg", "VO", "cada dia"),
      ("Ticagrelor", "90 mg", "VO", "cada 12 horas por 12 meses"), ("Metoprolol tartrato", "25 mg", "VO", "cada 12 horas"),
      ("Omeprazol", "20 mg", "VO", "cada dia")],
     [("HTA", "I10"), ("dislipidemia", "E78.5"), ("obesidad", "E66.9"),
      ("Infarto agudo de miocardio con elevacion del ST de cara inferior", "I21.19"),
      ("Hipertension arterial no controlada", "I10"), ("Tabaquismo", "F17.210")],
     negated=["sincope", "palpitaciones", "soplos", "estertores", "edemas", "derrame pericardico", "arritmias en el monitor",
              "hematoma en el sitio de puncion", "insuficiencia mitral significativa"], stopped=["losartan", "clopidogrel"])

note("ICU progress", "h12-es-co-02", "CO", "es", """HOSPITAL UNIVERSITARIO SAN VICENTE FUNDACION - UCI ADULTOS - Cama 7
EVOLUCION MEDICA TURNO MAÑANA 02/12/2026
[[N|Ana Lucia Betancur]], 61 años, CC [[DNI*|43512887]], HC [[R*|43512887-1]], dia 4 de estancia en UCI

Dx:
- Choque septico de origen abdominal, en resolucion
- Peritonitis secundaria por perforacion de sigmoides (POP dia 4 de Hartmann)
- Lesion renal aguda KDIGO 2
- Hipotiroidismo
S/ sedada RASS -2, sin dolor aparente a la manipulacion.
O/ TA 112/64 PAM 80 con norepinefrina 0.05 mcg/kg/min (ayer 0.2), FC 92, T max 37.6, SatO2 96% FiO2 35%
VM modo VC, PEEP 8. Diuresis 0.8 ml/kg/h. Colostomia rosada, funcionante. Herida limpia.
Labs: leucos 13.400 (ayer 21.000), lactato 1.4, Cr 1.9 (pico 2.6), PCR en descenso. Hemocultivos negativos a 48 h.
A/ mejoria hemodinamica, destete de vasopresor en curso, funcion renal recuperando.
P/
1. Norepinefrina 0.05 mcg/kg/min IV en infusion continua, titular a PAM > 65, meta suspender hoy
2. Piperacilina/tazobactam 4.5 g IV cada 8 horas (dia 5/7)
3. Levotiroxina 100 mcg por SNG cada dia
4. Omeprazol 40 mg IV cada 24 horas
5. Enoxaparina 40 mg SC cada dia
6. Fentanil 50 mcg/h IV infusion; se suspende midazolam, prueba de despertar y de ventilacion espontanea hoy
7. No se inicia nutricion parenteral; NE por SNG a 20 ml/h
Intensivista: Dr. [[N|Mauricio Zapata]]  Residente: [[N|Laura Quintero H.]]
""",
     [("Norepinefrina", "0.05 mcg/kg/min", "IV", "en infusion continua"),
      ("Piperacilina/tazobactam", "4.5 g", "IV", "cada 8 horas"), ("Levotiroxina", "100 mcg", "por SNG", "cada dia"),
      ("Omeprazol", "40 mg", "IV", "cada 24 horas"), ("Enoxaparina", "40 mg", "SC", "cada dia"),
      ("Fentanil", "50 mcg/h", "IV", "infusion")],
     [("Choque septico de origen abdominal, en resolucion", "R65.21"),
      ("Peritonitis secundaria por perforacion de sigmoides", "K65.0"), ("Lesion renal aguda KDIGO 2", "N17.9"),
      ("Hipotiroidismo", "E03.9")],
     negated=["dolor aparente a la manipulacion"], stopped=["midazolam"])

note("dermatology consult", "h12-es-co-03", "CO", "es", """Consulta Externa Dermatologia - IPS Sura Industriales, Medellin
Fecha: 27/11/2026   Paciente: [[N|Sebastian Arango Velez]]   TI [[DNI*|1.027.884.301]]   16 años
Acompañado por su madre [[N|Paula Velez]]

MC: "granos en la cara y la espalda"
EA: acne desde hace 2 años, empeoro este año, ha usado peroxido de benzoilo y adapaleno topico sin mejoria suficiente,
dejo el adapaleno por irritacion. Niega uso de esteroides o suplementos de proteina. Sin otros antecedentes. NIEGA ALERGIAS.
EF: comedones abiertos y cerrados, papulas y pustulas en frente, mejillas y dorso; 4 nodulos en mandibula; cicatrices
atroficas leves. No quistes.
IDX: Acne vulgar moderado a severo (L70.0) con riesgo de cicatriz
PLAN: doxiciclina 100 mg VO cada dia con comida por 3 meses; peroxido de benzoilo 5% gel topico en la noche;
fotoproteccion. Si no responde en 3 meses, considerar isotretinoina (solicitar perfil lipidico y transaminasas).
Dra. [[N|Juliana Correa Mesa]] - Dermatologa   RM [[CED*|5-1178-12]]
""",
     [("doxiciclina", "100 mg", "VO", "cada dia con comida por 3 meses"),
      ("peroxido de benzoilo", "5%", "topico", "en la noche")],
     [("Acne vulgar moderado a severo", "L70.0")],
     negated=["uso de esteroides", "suplementos de proteina", "ALERGIAS", "quistes"], stopped=["adapaleno"])

note("prescription / formula", "h12-es-co-04", "CO", "es", """E.S.E. HOSPITAL SAN RAFAEL DE TUNJA   NIT 891.800.231-9
FORMULA MEDICA AMBULATORIA No. [[R*|7719023]]            Fecha: 01/12/2026
Paciente: [[N|Blanca Ofelia Suarez de Pinzon]]  CC [[DNI*|23.271.556]]  Edad 79  Regimen subsidiado - Nueva EPS
Diagnostico principal: I50.0 Insuficiencia cardiaca congestiva   Relacionado: N18.3 Enfermedad renal cronica estadio 3

| Medicamento (DCI)          | Concentracion | Via  | Posologia                | Cant. |
| Furosemida tableta         | 40 mg         | Oral | 1 tab cada 12 horas      | 60    |
| Carvedilol tableta         | 6.25 mg       | Oral | 1 tab cada 12 horas      | 60    |
| Espironolactona tableta    | 25 mg         | Oral | 1 tab al dia             | 30    |
| Empagliflozina tableta     | 10 mg         | Oral | 1 tab al dia             | 30    |

Observaciones: suspendido enalapril por tos. No AINES.
Medico: [[N|Oscar Fernando Barrera]]  Registro [[CED*|15-3342]]  Firma ______
""",
     [("Furosemida", "40 mg", "Oral", "cada 12 horas"), ("Carvedilol", "6.25 mg", "Oral", "cada 12 horas"),
      ("Espironolactona", "25 mg", "Oral", "al dia"), ("Empagliflozina", "10 mg", "Oral", "al dia")],
     [("Insuficiencia cardiaca congestiva", "I50.0"), ("Enfermedad renal cronica estadio 3", "N18.3")],
     stopped=["enalapril"])

note("counter-referral", "h12-es-co-05", "CO", "es", """CONTRARREFERENCIA - Hospital Departamental de Villavicencio, servicio de Neumologia
Para: Medico tratante, ESE Primer Nivel Granada (Meta)
Paciente [[N|Yeison Alexis Murcia]], 34 a, CC [[DNI*|1.121.904.556]], cel [[T|321 7782 0034]]

Se valoro paciente remitido por tos de 2 meses y perdida de peso. Baciloscopia seriada positiva (2/3), GeneXpert MTB
detectado, sin resistencia a rifampicina. VIH negativo. Rx con cavitacion apical derecha.
Dx: tuberculosis pulmonar bacteriologicamente confirmada sensible (A15.0). Sin diabetes, sin hepatopatia.
Se inicia esquema fase intensiva (2 meses, lunes a sabado, supervisado):
Isoniazida 300 mg VO diario; Rifampicina 600 mg VO diario; Pirazinamida 1600 mg VO diario; Etambutol 1200 mg VO diario.
Piridoxina 50 mg VO diario.
Solicitamos seguimiento por programa de TB, estudio de convivientes (esposa e hijos), baciloscopia de control al 2o mes.
Neumologo: [[N|Hernan Dario Riveros]]
""",
     [("Isoniazida", "300 mg", "VO", "diario"), ("Rifampicina", "600 mg", "VO", "diario"),
      ("Pirazinamida", "1600 mg", "VO", "diario"), ("Etambutol", "1200 mg", "VO", "diario"),
      ("Piridoxina", "50 mg", "VO", "diario")],
     [("tuberculosis pulmonar bacteriologicamente confirmada sensible", "A15.0")],
     negated=["resistencia a rifampicina", "diabetes", "hepatopatia"])

# ======================================= Argentina =================================================================
note("discharge / epicrisis", "h12-es-ar-01", "AR", "es", f"""HOSPITAL BRITANICO DE BUENOS AIRES - Servicio de Clinica Medica
EPICRISIS / RESUMEN DE INTERNACION
Apellido y nombre: [[N|GIMENEZ, Horacio Ruben]]          DNI [[DNI*|11.408.337]]
CUIL: [[DNI*|{typo(cuit12("2011408337", bad=True))}]]      HC N° [[R*|388102]]
Fecha de nacimiento: [[B*|02/02/1954]]     Obra social: PAMI - afiliado [[R*|150884321907/00]]
Domicilio: [[A|Av. Caseros 2841 6° B, Parque Patricios, CABA]]   Tel.: [[T|11 4942-7730]]
Contacto: [[N|Silvia Gimenez]] (hermana) [[T|11 5563-0912]]
Ingreso: 21/11/2026 - Egreso: 01/12/2026 (10 dias)

Motivo de internacion: disnea CF IV y edemas.
Antecedentes: HTA. DBT tipo 2 en tratamiento con metformina. FA permanente. Cardiopatia isquemica-necrotica con FEy 30 %
(IAM anterior 2019, ATC a DA). EPOC leve. Ex TBQ. Hipotiroidismo subclinico.
Evolucion: ingresa con ICC descompensada perfil B (humedo-caliente), congestion pulmonar y derrame pleural bilateral.
Recibio furosemida EV en bolos y luego en infusion con buena respuesta diuretica (balance -7,8 litros). Se constato
hipopotasemia (K 3,1) que se corrigio por via EV y oral. Se ajusto anticoagulacion: se suspende acenocumarol (RIN
labil) y se rota a apixaban. Se inicio sacubitrilo/valsartan previa suspension de enalapril 36 h antes. Intercurrio
con infeccion urinaria baja por E. coli que completo 5 dias de cefalexina. Ecocardiograma: FEy 28 %, IM moderada.
Sin angor durante la internacion. Sin arritmias ventriculares en la telemetria.

Diagnosticos de egreso:
1) Insuficiencia cardiaca descompensada con FEy reducida
2) Fibrilacion auricular permanente
3) Hipopotasemia, resuelta
4) Infeccion urinaria baja, tratada
5) DBT 2

Indicaciones al alta:
- Furosemida 40 mg VO cada 12 hs
- Espironolactona 25 mg VO por dia
- Sacubitrilo/valsartan 49/51 mg VO cada 12 hs
- Bisoprolol 2,5 mg VO por dia
- Apixaban 5 mg VO cada 12 hs
- Dapagliflozina 10 mg VO por dia
- Metformina 850 mg VO con almuerzo y cena
- Rosuvastatina 20 mg VO por noche
- Budesonida/formoterol 160/4,5 mcg 2 inhalaciones cada 12 hs
- Control con cardiologia en 7 dias, pesarse todos los dias, dieta hiposodica, restriccion hidrica 1,5 L
Dr. [[N|Federico Lanusse]] - Medico de planta   MN [[CED*|118.402]]
""",
     [("Furosemida", "40 mg", "VO", "cada 12 hs"), ("Espironolactona", "25 mg", "VO", "por dia"),
      ("Sacubitrilo/valsartan", "49/51 mg", "VO", "cada 12 hs"), ("Bisoprolol", "2,5 mg", "VO", "por dia"),
      ("Apixaban", "5 mg", "VO", "cada 12 hs"), ("Dapagliflozina", "10 mg", "VO", "por dia"),
      ("Metformina", "850 mg", "VO", "con almuerzo y cena"), ("Rosuvastatina", "20 mg", "VO", "por noche"),
      ("Budesonida/formoterol", "2 inhalaciones", None, "cada 12 hs")],
     [("HTA", "I10"), ("DBT tipo 2", "E11.9"), ("FA permanente", "I48.21"),
      ("Cardiopatia isquemica-necrotica con FEy 30 %", "I25.5"), ("EPOC leve", "J44.9"),
      ("Hipotiroidismo subclinico", "E02"), ("Insuficiencia cardiaca descompensada con FEy reducida", "I50.23"),
      ("Hipopotasemia, resuelta", "E87.6"), ("Infeccion urinaria baja, tratada", "N39.0")],
     negated=["angor", "arritmias ventriculares"], stopped=["acenocumarol", "enalapril"])

note("emergency / guardia", "h12-es-ar-02", "AR", "es", """guardia externa - hospital interzonal gral de agudos "Eva Peron", San Martin   01/12 03:30
pcte [[N|Matias Ezequiel Sosa]] 27 a, DNI [[DNI*|38.992.016]], traido por amigos. Refiere dolor abd. en FID de 18 hs de evol,
que comenzo periumbilical, + nauseas, 2 vomitos, anorexia. Niega diarrea, niega sintomas urinarios. Sin antec. de relevancia,
no qx previas. No alergias.
EF: T 38,2 FC 104 TA 125/80. Abd: blando, depresible, doloroso en FID, Mc Burney +, Blumberg +, Rovsing +.
Lab: GB 16.800 con 85 % neutrofilos, PCR 9,4. Eco: apendice no compresible de 9 mm con liquido libre escaso.
IDx: apendicitis aguda
Conducta: NPO, PHP SF 0,9 % 2000 ml EV en 24 hs, ketorolac 30 mg EV c/8 hs, ampicilina-sulbactam 3 g EV c/6 hs,
se avisa a cirugia de guardia (Dr. [[N|Benitez]]). Se explica a pcte.
Dra. [[N|Carolina Paz Iturraspe]]  MP [[CED*|225.118]]
""",
     [("SF 0,9 %", "2000 ml", "EV", "en 24 hs"), ("ketorolac", "30 mg", "EV", "c/8 hs"),
      ("ampicilina-sulbactam", "3 g", "EV", "c/6 hs")],
     [("apendicitis aguda", "K35.80")],
     negated=["diarrea", "sintomas urinarios", "alergias"])

note("outpatient / clinica medica", "h12-es-ar-03", "AR", "es", f"""Consultorio de Clinica Medica - Sanatorio Allende, Cordoba
02/12/2026  paciente: [[N|Mirta Beatriz Oviedo]]  [[DNI|{bare(cuit12("2717554093"))}]]  64 años, jubilada docente
Control. Trae laboratorio. Refiere mas cansancio, caida de pelo, piel seca, constipacion. Niega palpitaciones ni temblor.
Sigue con artrosis de manos y rodillas, le calma el paracetamol.
Antecedentes: osteoporosis posmenopausica (DMO T -2,8 columna) con alendronato desde 2022; HTA; dislipemia.
Lab: TSH 11,2 (0,4-4,5) T4L 0,7 anti-TPO +++ ; colesterol LDL 158; vit D 18.
Impresion: hipotiroidismo primario por tiroiditis de Hashimoto; deficit de vitamina D; HTA controlada; dislipemia
Plan:
  a) levotiroxina 50 mcg VO en ayunas todos los dias, control de TSH en 6 semanas
  b) colecalciferol 100.000 UI VO una vez por mes
  c) atorvastatina 20 mg VO por noche (estaba con simvastatina 20, se cambia)
  d) sigue alendronato 70 mg VO semanal los domingos y amlodipina 5 mg VO por dia
  e) paracetamol 1 g VO hasta c/8 hs si dolor
Dr. [[N|Gustavo Heredia]]
""",
     [("levotiroxina", "50 mcg", "VO", "en ayunas todos los dias"), ("colecalciferol", "100.000 UI", "VO", "una vez por mes"),
      ("atorvastatina", "20 mg", "VO", "por noche"), ("alendronato", "70 mg", "VO", "semanal los domingos"),
      ("amlodipina", "5 mg", "VO", "por dia"), ("paracetamol", "1 g", "VO", "hasta c/8 hs si dolor")],
     [("artrosis de manos y rodillas", "M19.90"), ("osteoporosis posmenopausica", "M81.0"), ("HTA", "I10"),
      ("dislipemia", "E78.5"), ("hipotiroidismo primario por tiroiditis de Hashimoto", "E06.3"),
      ("deficit de vitamina D", "E55.9"), ("HTA controlada", "I10")],
     negated=["palpitaciones", "temblor"], stopped=["simvastatina"])

note("prescription / receta", "h12-es-ar-04", "AR", "es", """RECETA ELECTRONICA - OSDE 310
Afiliado: [[N|PEREYRA, LUCIANA]]  N° [[R*|61 223489 3 02]]   DNI [[DNI*|32.117.904]]
Fecha 30/11/2026
Rp/
Amoxicilina + acido clavulanico 875/125 mg comp x 14
1 comp c/12 hs VO por 7 dias
Rp/
Ibuprofeno 600 mg comp x 10 - 1 comp VO c/8 hs si dolor
Dx: sinusitis aguda maxilar
Indicaciones: lavados nasales con solucion fisiologica 3 veces por dia. Control en 10 dias si no mejora.
Dra. [[N|Valeria Mendez]]  MN [[CED*|140.229]]  Otorrinolaringologia
""",
     [("Amoxicilina + acido clavulanico", "875/125 mg", "VO", "c/12 hs"),
      ("Ibuprofeno", "600 mg", "VO", "c/8 hs si dolor")],
     [("sinusitis aguda maxilar", "J01.00")])

note("ICU handover", "h12-es-ar-05", "AR", "es", """PASE DE GUARDIA UTI - Hospital Privado de Comunidad, Mar del Plata - 02/12 08:00
Entrega: [[N|Tomas Aguirre]] / Recibe: [[N|Florencia Ledesma]]

CAMA 3 - [[N|Ramon Ignacio Quiroga]], 71 a, HC [[R*|552-018]]
Dx: neumonia grave de la comunidad por neumococo; SDRA moderado; DBT 2; HTA
ARM dia 3, PaFi 180, prono ayer 16 hs. Ceftriaxona 2 g EV c/24 hs + claritromicina 500 mg EV c/12 hs (dia 3).
Noradrenalina suspendida a las 04 hs. Insulina corriente SC segun HGT. Pendiente: Rx control, hemocultivos.
CAMA 4 - [[N|Norma Elsa Villalba]], 58 a, HC [[R*|601-774]]
Dx: HSA Fisher IV por aneurisma de ACoA embolizado; hidrocefalia con DVE
Nimodipina 60 mg SNG c/4 hs. Levetiracetam 500 mg EV c/12 hs. Sin signos de vasoespasmo en DTC de hoy. Niega cefalea
intensa al despertar sedacion. Se suspendio fenitoina (rash). DVE abierta a 15 cmH2O, debito 180 ml/24 h.
CAMA 6 - [[N|Lautaro Benitez]], 19 a, HC [[R*|603-002]]
Dx: politraumatismo por accidente de moto, contusion pulmonar bilateral, fractura de femur derecho (osteosintesis ayer)
Morfina 2 mg EV c/4 hs si dolor; cefazolina 1 g EV c/8 hs (24 h postop); enoxaparina 40 mg SC c/24 hs desde hoy.
Sin fiebre. Familia informada (madre, [[N|Graciela Benitez]], tel [[T|223 512-8840]]).
""",
     [("Ceftriaxona", "2 g", "EV", "c/24 hs"), ("claritromicina", "500 mg", "EV", "c/12 hs"),
      ("Insulina corriente", None, "SC", "segun HGT"), ("Nimodipina", "60 mg", "SNG", "c/4 hs"),
      ("Levetiracetam", "500 mg", "EV", "c/12 hs"), ("Morfina", "2 mg", "EV", "c/4 hs si dolor"),
      ("cefazolina", "1 g", "EV", "c/8 hs"), ("enoxaparina", "40 mg", "SC", "c/24 hs")],
     [("neumonia grave de la comunidad por neumococo", "J13"), ("SDRA moderado", "J80"), ("DBT 2", "E11.9"),
      ("HTA", "I10"), ("HSA Fisher IV por aneurisma de ACoA embolizado", "I60.2"), ("hidrocefalia con DVE", "G91.9"),
      ("politraumatismo por accidente de moto", "T07"), ("contusion pulmonar bilateral", "S27.321A"),
      ("fractura de femur derecho", "S72.91XA")],
     negated=["signos de vasoespasmo", "cefalea", "fiebre"], stopped=["Noradrenalina", "fenitoina"])

# ======================================= Chile =====================================================================
note("referral / interconsulta", "h12-es-cl-01", "CL", "es", f"""SOLICITUD DE INTERCONSULTA - CESFAM Dr. Salvador Allende G., Huechuraba
Establecimiento de destino: Hospital San Jose - Policlinico de Reumatologia
Nombre: [[N|Carolina Andrea Fuentealba Muñoz]]   RUT: [[RUT*|{typo(bad_rut(15884203))}]]   Edad: 41
Prevision: FONASA B   Domicilio: [[A|Pasaje Los Aromos 1187, Villa El Bosque]]   Fono [[T|+56 9 8812 3407]]

Hipotesis diagnostica: artritis reumatoide seropositiva (GES)
Fundamentos: poliartritis simetrica de manos (MCF 2-3 y IFP bilateral) y muñecas de 4 meses, rigidez matinal > 1 h.
FR 88 UI/ml, anti-CCP > 200, VHS 46, PCR 2,1 mg/dl. Rx manos: osteopenia yuxtaarticular, sin erosiones.
No fiebre, no baja de peso, no lesiones cutaneas, sin sintomas secos.
Antecedentes: hipotiroidismo en tto; obesidad. Tabaquismo negado.
Tratamiento actual: prednisona 10 mg VO al dia (iniciada hace 3 semanas), paracetamol 1 g VO c/8 hrs SOS,
levotiroxina 88 mcg VO en ayunas. Se suspendio diclofenaco por dispepsia.
Examenes que adjunta: hemograma, perfil bioquimico, VHS, PCR, FR, anti-CCP, Rx manos.
Medico solicitante: [[N|Ignacio Parra Contreras]]   RUT [[RUT*|{rut(16992451)}]]
""",
     [("prednisona", "10 mg", "VO", "al dia"), ("paracetamol", "1 g", "VO", "c/8 hrs SOS"),
      ("levotiroxina", "88 mcg", "VO", "en ayunas")],
     [("artritis reumatoide seropositiva", "M05.9"), ("hipotiroidismo", "E03.9"), ("obesidad", "E66.9")],
     negated=["fiebre", "baja de peso", "lesiones cutaneas", "sintomas secos", "Tabaquismo", "erosiones"],
     stopped=["diclofenaco"])

note("discharge / epicrisis", "h12-es-cl-02", "CL", "es", f"""EPICRISIS
Complejo Asistencial Dr. Victor Rios Ruiz - Los Angeles - Servicio de Cirugia
Paciente: [[N|Hector Manuel Sepulveda Jara]]    R.U.T.: [[RUT*|{rut(7334809)}]]    Ficha: [[R*|1108834]]
F. Nac.: [[B*|19-07-1950]]    Ingreso 24/11/2026   Alta 30/11/2026

Diagnostico de ingreso: colangitis aguda grado II
Diagnosticos de egreso: colangitis aguda resuelta, coledocolitiasis, colelitiasis, diabetes mellitus tipo 2 no insulinorrequirente, hipertension arterial
Procedimientos: CPRE con papilotomia y extraccion de calculos (25/11). Colecistectomia diferida.
Anamnesis: paciente de 76 años, diabetico e hipertenso, consulta en urgencia por 3 dias de dolor en hipocondrio derecho,
fiebre con calofrios e ictericia de piel y escleras, coluria y acolia. Ingresa con PA 100/60, FC 110, T 38,9.
Laboratorio de ingreso: leucocitos 18.200, PCR 28, bilirrubina total 6,4 (directa 5,1), FA 480, GGT 610, lipasa normal.
Ecotomografia: coledoco de 11 mm con imagen de calculo distal, vesicula con multiples calculos, pared de 3 mm.
Evolucion: buena respuesta a antibioticos EV y CPRE, afebril desde el dia 2, bilirrubina de 6,4 a 1,1.
Realimentado sin dolor. Glicemias controladas con esquema de insulina durante la hospitalizacion.
Alergias: no conocidas.
Indicaciones al alta:
Ciprofloxacino 500 mg c/12 hrs VO por 4 dias mas
Metformina 850 mg c/12 hrs
Losartan 50 mg c/12 hrs
Paracetamol 500 mg 2 comprimidos c/8 hrs si dolor
Control en policlinico de cirugia en 4 semanas con examenes, para colecistectomia electiva. Consultar si fiebre, ictericia o dolor.
Medico: Dra. [[N|Pamela Riquelme]]
""",
     [("Ciprofloxacino", "500 mg", "VO", "c/12 hrs"), ("Metformina", "850 mg", None, "c/12 hrs"),
      ("Losartan", "50 mg", None, "c/12 hrs"), ("Paracetamol", "2 comprimidos", None, "c/8 hrs si dolor")],
     [("colangitis aguda grado II", "K83.09"), ("colangitis aguda resuelta", "K83.09"), ("coledocolitiasis", "K80.50"),
      ("colelitiasis", "K80.20"), ("diabetes mellitus tipo 2 no insulinorrequirente", "E11.9"),
      ("hipertension arterial", "I10")],
     negated=["Alergias"])

note("progress / PSCV", "h12-es-cl-03", "CL", "es", f"""CESFAM Cordillera Andina - Los Andes   Programa de Salud Cardiovascular
control 01-12-2026, enfermera + medico
[[N|Jorge Alberto Vergara Silva]] [[RUT|{bare(rut(9118006, dots=False))}]] 70a
riesgo CV alto. diabetico e hipertenso, IRC etapa 3b (VFG 38). fumador? NO. Vive con su señora [[N|Elena]].
PA 142/86 - 138/84. Peso 88 IMC 31. HbA1c 8.9 (previa 8.1). RAC 96. Fondo de ojo sin retinopatia.
Pie: sin lesiones, monofilamento (+). No refiere hipoglicemias. No dolor precordial ni claudicacion.
DM2 no compensada, HTA no compensada, ERC 3b con albuminuria, obesidad.
Ajuste: se suspende metformina por VFG < 45?? -> NO, se reduce metformina a 500 mg c/12 hrs VO; se agrega linagliptina
5 mg 1 vez al dia VO. enalapril 20 mg c/12 hrs VO sigue, amlodipino 10 mg al dia VO nuevo. AAS 100 mg al almuerzo.
atorvastatina 40 mg en la noche. educacion: dieta hiposodica, caminar 30 min.
control 3 meses. Dr. [[N|Cristobal Henriquez]]
""",
     [("metformina", "500 mg", "VO", "c/12 hrs"), ("linagliptina", "5 mg", "VO", "1 vez al dia"),
      ("enalapril", "20 mg", "VO", "c/12 hrs"), ("amlodipino", "10 mg", "VO", "al dia"),
      ("AAS", "100 mg", None, "al almuerzo"), ("atorvastatina", "40 mg", None, "en la noche")],
     [("DM2 no compensada", "E11.65"), ("HTA no compensada", "I10"), ("ERC 3b con albuminuria", "N18.32"),
      ("obesidad", "E66.9"), ("IRC etapa 3b", "N18.32")],
     negated=["retinopatia", "lesiones", "hipoglicemias", "dolor precordial", "claudicacion"])

note("lab report", "h12-es-cl-04", "CL", "es", f"""LABORATORIO CLINICO - Clinica Alemana de Temuco
Av. Alemania 0199 - Fono 45 220 1000
Nombre     : [[N|ÑANCUPIL HUENCHUL, MARIA JOSE]]
RUT        : [[RUT*|{rut(18440271)}]]
Edad       : 32 años
Procedencia: Ginecologia - Dr. [[N|Andres Kramer]]
N° muestra : [[R*|TM-26-558104]]
Fecha      : 30/11/2026

PERFIL TIROIDEO
  TSH ...................... 0,03   uUI/mL   (0,35 - 4,94)   BAJO
  T4 libre ................. 3,1    ng/dL    (0,70 - 1,48)   ALTO
  T3 total ................. 2,9    ng/mL    (0,58 - 1,59)   ALTO
  Anticuerpos anti-receptor de TSH (TRAb) .. 8,4 UI/L (< 1,75)  POSITIVO
BETA HCG CUANTITATIVA ...... < 2 mUI/mL (negativo)
HEMOGRAMA: sin alteraciones.

Interpretacion: hipertiroidismo primario con TRAb positivos, sugerente de enfermedad de Graves. Test de embarazo negativo.
TM [[N|Rodrigo Painemal]] - Responsable tecnico
""",
     [],
     [("hipertiroidismo primario", "E05.90"), ("enfermedad de Graves", "E05.00")],
     negated=["embarazo"])

# ======================================= Peru ======================================================================
note("outpatient consult", "h12-es-pe-01", "PE", "es", """ESSALUD - HOSPITAL NACIONAL EDGARDO REBAGLIATI MARTINS - CONSULTORIO EXTERNO DE NEUROLOGIA
Acto medico: 02/12/2026 10:20      Autogenerado: [[R*|5512089PVRLA003]]
Paciente: [[N|PAREDES VILLANUEVA, ROSA LUZMILA]]   DNI: [[DNI*|09841277]]   H.C.: [[R*|1987332]]   Edad: 59

ANAMNESIS: Paciente con antecedente de epilepsia focal sintomatica (secuela de neurocisticercosis) desde 2010, en
tratamiento con carbamazepina 200 mg c/8h, acude por 2 crisis focales con alteracion de conciencia en el ultimo mes,
la ultima hace 5 dias. Refiere mareo y vision doble 1-2 h despues de cada toma. Niega traumatismo, niega fiebre,
no cefalea nueva. Tambien HTA en tto con amlodipino 5 mg diario.
EXAMEN: LOTEP, PA 130/80, nistagmo horizontal leve, marcha con base levemente ampliada, resto no focal.
Niveles sericos de carbamazepina 13,8 ug/ml (toxico). Na 129.
DX:
  1. G40.209 Epilepsia focal sintomatica no controlada
  2. T42.1X5A Efecto adverso de carbamazepina
  3. E87.1 Hiponatremia
  4. B69.0 Neurocisticercosis calcificada (secuela)
  5. I10 HTA
PLAN: Se rota carbamazepina por levetiracetam: levetiracetam 500 mg VO cada 12 horas por 1 semana y luego 1000 mg c/12h;
reducir carbamazepina a 200 mg VO c/12h x 1 semana y luego suspender. Amlodipino 5 mg VO c/24h continua.
Control de Na en 1 semana. Cita en 1 mes. Diario de crisis.
Medico: [[N|Victor Hugo Salazar Quispe]]   CMP [[CED*|33184]]  RNE [[CED*|18227]]
""",
     [("levetiracetam", "500 mg", "VO", "cada 12 horas por 1 semana y luego 1000 mg c/12h"),
      ("Amlodipino", "5 mg", "VO", "c/24h")],
     [("epilepsia focal sintomatica", "G40.209"), ("Epilepsia focal sintomatica no controlada", "G40.209"),
      ("Efecto adverso de carbamazepina", "T42.1X5A"), ("Hiponatremia", "E87.1"),
      ("Neurocisticercosis calcificada (secuela)", "B69.0"), ("HTA", "I10")],
     negated=["traumatismo", "fiebre", "cefalea nueva"], stopped=["carbamazepina"])

note("obstetric discharge / epicrisis", "h12-es-pe-02", "PE", "es", """MINSA - HOSPITAL REGIONAL DE CAJAMARCA - DPTO. DE GINECO-OBSTETRICIA
EPICRISIS
NOMBRES Y APELLIDOS: [[N|YOLANDA CHUQUIMANGO TERRONES]]        DNI [[DNI*|47082119]]       HCL [[R*|00-284417]]
EDAD: 26 AÑOS      PROCEDENCIA: [[A|Caserio Chamis, distrito Cajamarca]]     SIS: [[R*|2-47082119]]
ESPOSO: [[N|Segundo Huaman Ayay]]  CEL [[T|976 330 418]]
FECHA DE INGRESO: 27/11/2026     FECHA DE ALTA: 30/11/2026

DIAGNOSTICO DE INGRESO: SEGUNDIGESTA DE 39 SS X ECO DEL I TRIM, EN TRABAJO DE PARTO FASE ACTIVA; ANEMIA MODERADA
RESUMEN: Parto vaginal eutocico 27/11 a las 14:50, RN varon 3.320 g, APGAR 8-9. Alumbramiento dirigido con oxitocina.
Desgarro perineal grado I suturado. Puerperio con Hb 8,6 g/dl, se transfunde 1 PG. Sin fiebre, loquios normales,
sin signos de infeccion de herida, mamas sin congestion. Lactancia materna exclusiva.
DIAGNOSTICO DE ALTA:
 - PUERPERA DE PARTO VAGINAL EUTOCICO
 - ANEMIA MODERADA POSTPARTO
 - DESGARRO PERINEAL GRADO I
TRATAMIENTO AL ALTA:
 - SULFATO FERROSO 300 MG VO C/12H X 3 MESES
 - ACIDO FOLICO 0,5 MG VO C/24H
 - PARACETAMOL 500 MG VO C/8H CONDICIONAL A DOLOR
 - Planificacion familiar: acepta implante subdermico, colocado antes del alta.
CONTROL: Puesto de Salud Chamis en 7 dias. Obst. [[N|Milagros Rojas]] / Dr. [[N|Alfredo Cabanillas Mendoza]] CMP [[CED*|40127]]
""",
     [("SULFATO FERROSO", "300 MG", "VO", "C/12H X 3 MESES"), ("ACIDO FOLICO", "0,5 MG", "VO", "C/24H"),
      ("PARACETAMOL", "500 MG", "VO", "C/8H CONDICIONAL A DOLOR")],
     [("SEGUNDIGESTA DE 39 SS X ECO DEL I TRIM, EN TRABAJO DE PARTO FASE ACTIVA", "O80"),
      ("ANEMIA MODERADA", "O99.02"), ("PUERPERA DE PARTO VAGINAL EUTOCICO", "Z39.2"),
      ("ANEMIA MODERADA POSTPARTO", "O90.81"), ("DESGARRO PERINEAL GRADO I", "O70.0")],
     negated=["fiebre", "signos de infeccion de herida", "congestion"])

note("prescription / receta", "h12-es-pe-03", "PE", "es", """CLINICA SAN PABLO - SURCO                 RECETA MEDICA
Paciente: [[N|Renzo Alonso Tapia]]   DNI [[DNI*|72904518]]   Fecha: 01/12/26
Dx: J02.9 Faringitis aguda; R50.9 Fiebre
Rp.
1) Azitromicina 500 mg tab   #3   1 tab VO cada 24 h x 3 dias
2) Ibuprofeno 400 mg tab   #9   1 tab VO cada 8 h por 3 dias, con alimentos
3) Clorfenamina 4 mg   1 tab VO en la noche
Indicaciones: liquidos abundantes, reposo relativo. Regresar si dificultad para tragar o respirar.
Dr. [[N|Paul Manrique]]  CMP [[CED*|55019]]   Av. El Polo 789 - Telf 610-3333
""",
     [("Azitromicina", "500 mg", "VO", "cada 24 h x 3 dias"), ("Ibuprofeno", "400 mg", "VO", "cada 8 h por 3 dias, con alimentos"),
      ("Clorfenamina", "4 mg", "VO", "en la noche")],
     [("Faringitis aguda", "J02.9"), ("Fiebre", "R50.9")])

note("pediatric emergency", "h12-es-pe-04", "PE", "es", """Hospital de Emergencias Pediatricas - Lima   TOPICO DE MEDICINA   01/12/2026 19:05
Niña [[N|Kiara Mamani Condori]], 1 a 8 m, peso 10,2 kg. Trae la madre [[N|Rosmery Condori]] (DNI [[DNI*|45661093]]).
Madre refiere deposiciones liquidas 8 veces/dia desde hace 2 dias, sin moco ni sangre, vomitos 3 veces hoy, fiebre 38 C.
Toma menos liquidos. Diuresis disminuida (2 pañales hoy). No convulsiones. Sin tos.
Ex: irritable, llanto con lagrimas escasas, mucosa oral seca, ojos hundidos, signo del pliegue regresa lento (< 2 s).
FC 148, FR 32, T 37,9, llenado capilar 2 s.
Dx: Enfermedad diarreica aguda acuosa con deshidratacion moderada (Plan B)
Indicaciones:
- SRO 750 ml VO en 4 horas (75 ml/kg), en cucharaditas o jeringa
- Ondansetron 2 mg VO dosis unica ahora
- Zinc 20 mg VO c/24h x 10 dias
- Paracetamol 150 mg VO c/6h condicional a T > 38,5
- Reevaluacion en 4 h. Alarmas explicadas a la madre.
MR [[N|Jhonatan Vilca]] (Residente) / Dra. [[N|Silvana Oré]]
""",
     [("SRO", "750 ml", "VO", "en 4 horas"), ("Ondansetron", "2 mg", "VO", "dosis unica ahora"),
      ("Zinc", "20 mg", "VO", "c/24h x 10 dias"), ("Paracetamol", "150 mg", "VO", "c/6h condicional a T > 38,5")],
     [("Enfermedad diarreica aguda acuosa con deshidratacion moderada", "A09")],
     negated=["moco", "sangre", "convulsiones", "tos"])

# ======================================= Brazil ====================================================================
note("ward progress", "h12-pt-br-01", "BR", "pt", f"""HOSPITAL DAS CLINICAS DA FMUSP - INSTITUTO CENTRAL - ENFERMARIA DE CLINICA MEDICA 8o ANDAR
EVOLUCAO MEDICA - 02/12/2026
Paciente: [[N|Antonio Carlos Figueiredo]]   Registro HC: [[R*|3948221F]]   CPF: [[CPF*|{typo(bad_cpf("284117093"))}]]
67 anos, leito 812-2, DIH 6

#HD:
1. Pneumonia adquirida na comunidade (CURB-65 2) em melhora
2. DPOC GOLD 2 exacerbado
3. Diabetes mellitus tipo 2 insulinizado
4. Hipertensao arterial sistemica
5. Insuficiencia renal aguda pre-renal - resolvida

S: refere melhora da falta de ar, tosse com menos catarro, aceitando dieta. Nega dor toracica, nega febre ha 48 h.
O: BEG, corado, hidratado, eupneico em ar ambiente. SpO2 93%. PA 128x78 FC 84 Tax 36,5. Dextros 140-210.
AR: MV+ com estertores em base D, menos sibilos. ACV: RCR 2T BNF sem sopros. Abd: flacido, indolor. MMII sem edema.
Lab: leuco 9.800 (era 17.000), PCR 4,2 (era 21), Cr 1,1 (era 2,0).
CD:
- Ceftriaxona 1 g EV 12/12h (D6/7) - amanha suspender; suspensa azitromicina ontem (D5 completos)
- Prednisona 40 mg VO 1x/dia (D5/5), ultimo dia hoje
- Brometo de tiotropio 2,5 mcg 2 jatos inalatorio 1x/dia
- Salbutamol spray 100 mcg 4 jatos inalatorio se dispneia
- Insulina NPH 18 UI SC antes do cafe e 10 UI SC as 22h
- Insulina regular SC conforme dextro
- Losartana 50 mg VO 12/12h (reintroduzida hoje apos melhora da funcao renal)
- Enoxaparina 40 mg SC 1x/dia
Provavel alta amanha. Familia ciente (filha [[N|Cristiane]], [[T|(11) 98114-2730]]).
R2 [[N|Beatriz Nakamura]] / Assistente Dr. [[N|Paulo Roberto Saldanha]] CRM-SP [[CED*|104882]]
""",
     [("Ceftriaxona", "1 g", "EV", "12/12h"), ("Prednisona", "40 mg", "VO", "1x/dia"),
      ("Brometo de tiotropio", "2 jatos", "inalatorio", "1x/dia"), ("Salbutamol", "4 jatos", "inalatorio", "se dispneia"),
      ("Insulina NPH", "18 UI", "SC", "antes do cafe e 10 UI SC as 22h"), ("Insulina regular", None, "SC", "conforme dextro"),
      ("Losartana", "50 mg", "VO", "12/12h"), ("Enoxaparina", "40 mg", "SC", "1x/dia")],
     [("Pneumonia adquirida na comunidade (CURB-65 2) em melhora", "J18.9"), ("DPOC GOLD 2 exacerbado", "J44.1"),
      ("Diabetes mellitus tipo 2 insulinizado", "E11.9"), ("Hipertensao arterial sistemica", "I10"),
      ("Insuficiencia renal aguda pre-renal - resolvida", "N17.9")],
     negated=["dor toracica", "febre", "sopros", "edema"], stopped=["azitromicina"])

note("primary care consult", "h12-pt-br-02", "BR", "pt", f"""UBS Vila Nova Cachoeirinha - Estrategia Saude da Familia, equipe Azul
Consulta medica 01/12/2026
Usuaria: [[N|Josefa Aparecida dos Santos]], 58a, [[CPF|{bare(cpf("051338624"))}]]
CNS [[R*|704 2018 5540 3312]]
Endereco: [[A|Rua Padre Agostinho Mendicute, 411 - casa 2]]   Agente comunitaria: [[N|Marlene]]

Queixa: "dor queimando nos pes a noite" ha 4 meses e formigamento. DM ha 12 anos, HAS, hipotireoidismo.
Nega lesoes nos pes, nega dor no peito. Nao fuma. Usa metformina 850 mg 3x ao dia, glibenclamida 5 mg 2x ao dia,
losartana 50 mg 2x ao dia, levotiroxina 50 mcg.
Exame: PA 150x90, IMC 32. Pes: monofilamento alterado bilateral, pulsos presentes, sem ulceras. HbA1c 9,4%.
Avaliacao: Neuropatia diabetica periferica dolorosa; DM2 descompensado; HAS nao controlada.
Conduta:
1. Amitriptilina 25 mg VO a noite
2. Trocar glibenclamida por gliclazida MR 60 mg VO 1x ao dia no cafe
3. Manter metformina 850 mg VO 3x ao dia, levotiroxina 50 mcg VO em jejum
4. Losartana 50 mg VO 12/12h + anlodipino 5 mg VO 1x ao dia
5. Encaminho para podologia e grupo de educacao em diabetes; retorno 30 dias.
Dra. [[N|Luana Ferraz]] - CRM-SP [[CED*|188904]]
""",
     [("Amitriptilina", "25 mg", "VO", "a noite"), ("gliclazida MR", "60 mg", "VO", "1x ao dia no cafe"),
      ("metformina", "850 mg", "VO", "3x ao dia"), ("levotiroxina", "50 mcg", "VO", "em jejum"),
      ("Losartana", "50 mg", "VO", "12/12h"), ("anlodipino", "5 mg", "VO", "1x ao dia")],
     [("DM", "E11.9"), ("HAS", "I10"), ("hipotireoidismo", "E03.9"),
      ("Neuropatia diabetica periferica dolorosa", "E11.42"), ("DM2 descompensado", "E11.65"),
      ("HAS nao controlada", "I10")],
     negated=["lesoes nos pes", "dor no peito", "ulceras"], stopped=["glibenclamida"])

note("emergency (portuñol)", "h12-es-br-03", "BR", "es", """Pronto Atendimiento - Hospital de Caridade de Corumba (MS) - frontera con Puerto Quijarro
Atencion a paciente extranjero (boliviano), nota en español a pedido de la familia   01/12/2026 16:40
Paciente: [[N|Wilmer Choque Apaza]], 44 años, documento boliviano CI [[DNI*|6821905]] LP
Acompañante: su esposa [[N|Reina Mamani]], celular [[T|+591 721 88 430]]

Queja principal: dolor de cabeza fuerte y fiebre alta hace 4 dias, dolor atras de los ojos, dolores en el cuerpo todo,
manchas rojas en el pecho desde ayer. Niega sangrado de encias, niega vomitos, no tiene dolor abdominal. Niega viaje
a area rural. Sin comorbidades, no toma remedios continuos. Alergia a dipirona (refiere "hinchazon").
Examen: REG, hidratado, febril 38,9. PA 110x70 en pie y acostado, FC 98. Prueba del lazo positiva. Exantema
maculopapular en torax. Abdomen flacido, higado no palpable.
Hemograma: Hto 44 %, plaquetas 98.000, leucocitos 2.900. NS1 reagente.
Hipotesis: dengue con signos de alarma? NO - dengue sin signos de alarma, grupo B (prueba del lazo +)
Conducta:
- Hidratacion oral 60 ml/kg/dia, SRO
- Paracetamol 750 mg VO de 6/6h si fiebre o dolor
- NO usar AINES ni AAS. No dipirona (alergia).
- Retorno en 24 h para nuevo hemograma, o antes si alarma.
Notificacion compulsoria hecha. Dr. [[N|Fabio Rezende]] CRM-MS [[CED*|7731]]
""",
     [("SRO", "60 ml/kg/dia", None, None), ("Paracetamol", "750 mg", "VO", "de 6/6h si fiebre o dolor")],
     [("dengue sin signos de alarma, grupo B", "A90")],
     negated=["sangrado de encias", "vomitos", "dolor abdominal", "comorbidades", "signos de alarma"])

note("consult (portuñol)", "h12-es-br-04", "BR", "es", """Clinica Costa Oeste - Foz do Iguaçu/PR                          Consulta de ginecologia
Fecha: 30/11/2026
Paciente: [[N|Liz Mariela Benitez Ortiz]] (paraguaya, vive en Ciudad del Este)   30 años   Cedula PY [[DNI*|4.562.118]]
Telefono: [[T|+595 983 114 720]]   e-mail: [[E|lizmabenitez@gmail.com]]

Motivo: sangrado menstrual abundante hace 6 meses, con coagulos, y colicas fuertes. Cansancio.
Antecedentes: cesarea 2020, hipotireoidismo en uso de levotiroxina 75 mcg. Nega tabagismo. Nega uso de anticonceptivo.
Examen: mucosas descoradas +/4+. Especular sin lesion. Tacto: utero aumentado para 10 semanas, irregular.
Ecografia transvaginal: utero con 3 nodulos miomatosos, el mayor intramural de 4,2 cm, endometrio 8 mm.
Laboratorio: Hb 9,1 ferritina 6. Beta-hCG negativo.
Impresion diagnostica: miomatosis uterina; sangrado uterino anormal (PALM-COEIN L); anemia ferropenica
Plan:
- Sulfato ferroso 40 mg Fe elemental 1 comprimido VO 2 veces al dia lejos de las comidas
- Acido tranexamico 500 mg 2 comprimidos VO cada 8 horas durante la menstruacion (maximo 5 dias)
- Levotiroxina 75 mcg VO en ayunas: mantener
- Retorno con resonancia de pelvis para discutir miomectomia.
Dra. [[N|Simone Kowalski]] CRM-PR [[CED*|40215]]
""",
     [("Sulfato ferroso", "1 comprimido", "VO", "2 veces al dia lejos de las comidas"),
      ("Acido tranexamico", "2 comprimidos", "VO", "cada 8 horas durante la menstruacion"),
      ("Levotiroxina", "75 mcg", "VO", "en ayunas")],
     [("hipotireoidismo", "E03.9"), ("miomatosis uterina", "D25.9"),
      ("sangrado uterino anormal (PALM-COEIN L)", "N93.9"), ("anemia ferropenica", "D50.0")],
     negated=["tabagismo", "uso de anticonceptivo", "lesion"])

# ======================================= Ecuador ===================================================================
note("progress / SOAP", "h12-es-ec-01", "EC", "es", f"""IESS - HOSPITAL DE ESPECIALIDADES CARLOS ANDRADE MARIN - CONSULTA EXTERNA NEUMOLOGIA
Fecha: 01/12/2026   Paciente: [[N|TOAPANTA CHILUISA LUIS GERMAN]]   C.I.: [[DNI*|{typo(cedula_ec("050218774", bad=True))}]]
HC: [[R*|381904]]   Edad: 73 a   Telf: [[T|03 281 4402]]

S: Paciente con EPOC GOLD 3 grupo E, ex fumador, y cor pulmonale. Acude a control. Refiere disnea mMRC 2, tos matinal
con esputo blanco. Niega hemoptisis. No exacerbaciones que requirieran hospitalizacion desde junio. Usa O2 domiciliario
nocturno 2 L. Dejo de usar el salmeterol/fluticasona porque "no le llega" el inhalador en farmacia del IESS.
O: SatO2 89% AA, FC 88, FR 20. MV disminuido globalmente, espiracion prolongada, no sibilancias, no crepitantes.
Edema maleolar +/+++.
A: 1. EPOC GOLD 3 grupo E estable  2. Cor pulmonale cronico  3. Insuficiencia respiratoria cronica hipoxemica
P: - Indacaterol/glicopirronio 110/50 mcg 1 capsula inhalada cada dia
   - Salbutamol 100 mcg 2 puff inhalado c/6h PRN disnea
   - Furosemida 20 mg VO cada dia en la mañana
   - O2 continuar. Vacuna influenza aplicada hoy: 0.5 ml IM
   - Rehabilitacion pulmonar. Control 3 meses con espirometria.
Md. [[N|Patricio Guevara]], Neumologo   cod. MSP [[CED*|1703-2011-2198455]]
""",
     [("Indacaterol/glicopirronio", "1 capsula", "inhalada", "cada dia"), ("Salbutamol", "2 puff", "inhalado", "c/6h PRN disnea"),
      ("Furosemida", "20 mg", "VO", "cada dia en la mañana"), ("Vacuna influenza", "0.5 ml", "IM", None)],
     [("EPOC GOLD 3 grupo E", "J44.9"), ("cor pulmonale", "I27.81"), ("EPOC GOLD 3 grupo E estable", "J44.9"),
      ("Cor pulmonale cronico", "I27.81"), ("Insuficiencia respiratoria cronica hipoxemica", "J96.11")],
     negated=["hemoptisis", "sibilancias", "crepitantes"], stopped=["salmeterol/fluticasona"])

note("referral", "h12-es-ec-02", "EC", "es", f"""MINISTERIO DE SALUD PUBLICA - FORMULARIO 053 - REFERENCIA
Unidad: Centro de Salud Tipo C Chone   ->   Hospital General Dr. Napoleon Davila Cordova - Cirugia General
Usuario: [[N|Maria Auxiliadora Zambrano Vera]]   [[DNI|{bare(cedula_ec("130988211"))}]]   Edad 45
Direccion: [[A|Recinto San Andres, via a Flavio Alfaro km 8]]   Telf. familiar ([[N|Jose Vera]]): [[T|099 410 2287]]

Resumen del cuadro clinico: dolor en hipocondrio derecho postprandial recurrente desde hace 8 meses, con episodio de
ictericia leve hace 3 semanas que cedio espontaneamente. Niega fiebre, no coluria actualmente.
Hallazgos relevantes: Murphy +, eco con vesicula de paredes engrosadas y litiasis multiple, colédoco 6 mm.
Diagnostico: K80.2 Colelitiasis sintomatica   /   E66.9 Obesidad
Tratamiento: hioscina 10 mg VO c/8h si dolor. Dieta hipograsa.
Motivo de referencia: resolucion quirurgica (colecistectomia) y descartar coledocolitiasis.
Profesional: Md. [[N|Kevin Alcivar]]   Cod. [[CED*|1315-2019-2090117]]
""",
     [("hioscina", "10 mg", "VO", "c/8h si dolor")],
     [("Colelitiasis sintomatica", "K80.20"), ("Obesidad", "E66.9")],
     negated=["fiebre", "coluria"])

note("post-operative", "h12-es-ec-03", "EC", "es", """HOSPITAL METROPOLITANO QUITO - TRAUMATOLOGIA - NOTA POSTOPERATORIA
02/12/2026 11:30  Paciente [[N|Daniela Estefania Paez]] 24 a, HC [[R*|MET-771204]]
Dg pre y post: ruptura completa de ligamento cruzado anterior rodilla izquierda
Procedimiento: reconstruccion artroscopica de LCA con injerto autologo de isquiotibiales
Cirujano: Dr. [[N|Esteban Jaramillo]]  Ayudante: [[N|Andrea Vinueza]]  Anestesia: raquidea + bloqueo de aductores
Sin complicaciones. Sangrado minimo. Torniquete 72 min.
Indicaciones:
1. Ketorolaco 30 mg IV cada 8 horas por 48 h
2. Tramadol 50 mg IV cada 8 horas si EVA > 5
3. Paracetamol 1 g IV cada 6 horas
4. Cefazolina 1 g IV cada 8 horas, 2 dosis mas
5. Enoxaparina 40 mg SC cada dia desde mañana
6. Crioterapia, rodillera en extension, apoyo parcial con muletas
Alergias: niega. Antecedentes: ninguno.
""",
     [("Ketorolaco", "30 mg", "IV", "cada 8 horas por 48 h"), ("Tramadol", "50 mg", "IV", "cada 8 horas si EVA > 5"),
      ("Paracetamol", "1 g", "IV", "cada 6 horas"), ("Cefazolina", "1 g", "IV", "cada 8 horas, 2 dosis mas"),
      ("Enoxaparina", "40 mg", "SC", "cada dia desde mañana")],
     [("ruptura completa de ligamento cruzado anterior rodilla izquierda", "S83.512A")],
     negated=["complicaciones", "Alergias"])

# ======================================= Uruguay ===================================================================
note("outpatient consult", "h12-es-uy-01", "UY", "es", f"""CASMU - Policlinica de Medicina Familiar, Sede 8 de Octubre
Consulta 01/12/2026   Usuario: [[N|Washington Daniel Techera]]   CI [[DNI*|{typo(ci_uy("3412087", bad=True))}]]   68 a
Afiliado N° [[R*|588120]]   Cel [[T|099 731 420]]

MC: control de HTA y resultados. Refiere episodios de palpitaciones irregulares de minutos, sin sincope, sin dolor
toracico. ECG hoy: FA con respuesta ventricular 96 cpm. CHA2DS2-VASc 3 (edad, HTA, DM). HAS-BLED 1.
AP: HTA, DM2 con dieta y metformina, gota. Niega sangrados previos.
EF: PA 146/90, pulso irregular, resto sp.
Dx: FA paroxistica de reciente diagnostico; HTA mal controlada; DM2; gota sin crisis actual
Tto:
- apixaban 5 mg VO cada 12 h
- bisoprolol 5 mg VO dia
- enalapril 10 mg VO cada 12 h (sube de 5 mg)
- metformina 850 mg VO cada 12 h
- alopurinol 300 mg VO dia
Se suspende AAS 100 (ahora anticoagulado). Ecocardiograma y TSH. Control 1 mes con Dra. [[N|Soledad Pereyra]] (cardiologia).
Dr. [[N|Nicolas Bentancor]]  CJPPU [[CED*|52114]]
""",
     [("apixaban", "5 mg", "VO", "cada 12 h"), ("bisoprolol", "5 mg", "VO", "dia"), ("enalapril", "10 mg", "VO", "cada 12 h"),
      ("metformina", "850 mg", "VO", "cada 12 h"), ("alopurinol", "300 mg", "VO", "dia")],
     [("HTA", "I10"), ("DM2", "E11.9"), ("gota", "M10.9"), ("FA paroxistica de reciente diagnostico", "I48.0"),
      ("HTA mal controlada", "I10"), ("gota sin crisis actual", "M10.9")],
     negated=["sincope", "sangrados previos"], stopped=["AAS"])

note("discharge / alta", "h12-es-uy-02", "UY", "es", f"""Hospital Pasteur - ASSE - Sala 3 Medicina
RESUMEN DE ALTA
Nombre: [[N|Beatriz del Carmen Olivera Sosa]]   C.I. [[DNI*|{ci_uy("1977340")}]]   Registro: [[R*|H-229871]]
F. de nacimiento: [[B*|08/12/1945]]   Domicilio: [[A|Jose Serrato 2981 ap 2, Montevideo]]
Referente familiar: [[N|Andres Olivera]] (hijo) tel. [[T|092 448 102]]
Ingreso 25/11 - alta 02/12/2026

Motivo de ingreso: traida por su hijo por 2 dias de desorientacion, agitacion nocturna, rechazo del alimento y
fiebre de 38,6. En domicilio vive con su hijo y una cuidadora diurna; basalmente reconoce a la familia, se viste con
ayuda, camina con baston, incontinencia urinaria ocasional.
Evolucion: al ingreso desorientada en tiempo y espacio, inatenta, con fluctuacion del nivel de conciencia (CAM +).
Examen de orina con leucocituria y nitritos positivos; urocultivo: E. coli multisensible; hemocultivos sin desarrollo.
Completo 7 dias de ceftriaxona con buena evolucion, afebril desde el dia 3. Se constato hiponatremia leve (Na 130)
que se corrigio con restriccion hidrica. No focalidad neurologica. TC craneo sin lesiones agudas, atrofia corticosubcortical
y leucoaraiosis. Durante la internacion se retiro la quetiapina y el clonazepam por somnolencia; se manejo la agitacion
con medidas no farmacologicas (acompañante, luz natural, reorientacion). Al alta orientada en persona, colabora,
deambula con baston y ayuda. Se coordina visita de medico de familia a domicilio y se explican pautas de prevencion
de delirium al hijo y a la cuidadora.
Diagnosticos: · Pielonefritis aguda por E. coli, tratada · Sindrome confusional agudo (delirium) resuelto
· Demencia mixta moderada · Hipotiroidismo · Hiponatremia leve corregida
Plan al alta: levotiroxina 100 mcg VO en ayunas; donepecilo 5 mg VO de noche; melatonina 3 mg VO a las 21 h;
paracetamol 1 g VO cada 8 h si dolor. Control en policlinica en 10 dias.
Dra. [[N|Cecilia Fagundez]] (residente)   Prof. Adj. Dr. [[N|Martin Rocha]]
""",
     [("levotiroxina", "100 mcg", "VO", "en ayunas"), ("donepecilo", "5 mg", "VO", "de noche"),
      ("melatonina", "3 mg", "VO", "a las 21 h"), ("paracetamol", "1 g", "VO", "cada 8 h si dolor")],
     [("Pielonefritis aguda por E. coli, tratada", "N10"), ("Sindrome confusional agudo (delirium) resuelto", "F05"),
      ("Demencia mixta moderada", "F01.B0"), ("Hipotiroidismo", "E03.9"), ("Hiponatremia leve corregida", "E87.1")],
     negated=["focalidad neurologica", "lesiones agudas"], stopped=["quetiapina", "clonazepam"])

# ======================================= Venezuela =================================================================
note("informe medico + recipe", "h12-es-ve-01", "VE", "es", """Centro Medico Docente La Trinidad - Caracas
INFORME MEDICO                                              Caracas, 30 de noviembre de 2026
Quien suscribe, Dra. [[N|Mariela Carrasquel]], Medico Internista, MPPS [[CED*|68.114]], C.M. [[CED*|22.931]], hace constar que
el(la) paciente [[N|GUSTAVO ADOLFO RIVAS PERDOMO]], titular de la C.I. [[DNI*|V-10.884.211]], de 59 años de edad, con
telefono [[T|0414-322.18.07]], es portador de Hipertension Arterial Sistemica estadio 2, Diabetes Mellitus tipo 2 y
Enfermedad Renal Cronica estadio 3a, en control regular en esta consulta. Niega complicaciones agudas recientes.
Amerita tratamiento continuo con los farmacos indicados en el recipe anexo, los cuales no debe suspender.
Informe que se expide a peticion de parte interesada para tramites ante el IVSS.

RECIPE
1. Valsartan 160 mg  #30
2. Amlodipina 10 mg  #30
3. Metformina 500 mg  #60
4. Dapagliflozina 10 mg  #30
INDICACIONES
1. Valsartan: 1 tableta VO OD en la mañana
2. Amlodipina: 1 tableta VO OD en la noche
3. Metformina: 1 tableta VO BID con desayuno y cena
4. Dapagliflozina: 1 tableta VO OD
Omitir glimepirida.
""",
     [("Valsartan", "160 mg", "VO", "OD en la mañana"), ("Amlodipina", "10 mg", "VO", "OD en la noche"),
      ("Metformina", "500 mg", "VO", "BID con desayuno y cena"), ("Dapagliflozina", "10 mg", "VO", "OD")],
     [("Hipertension Arterial Sistemica estadio 2", "I10"), ("Diabetes Mellitus tipo 2", "E11.9"),
      ("Enfermedad Renal Cronica estadio 3a", "N18.31")],
     negated=["complicaciones agudas recientes"], stopped=["glimepirida"])

note("emergency", "h12-es-ve-02", "VE", "es", """HOSPITAL UNIVERSITARIO DE MARACAIBO - EMERGENCIA DE ADULTOS
02-12-2026 / 01:20 am
NOMBRE: [[N|YORMAN JOSE URDANETA]]   CI: [[DNI*|V-24.551.903]]   EDAD: 31   PROCEDENCIA: [[A|Sector La Pomona, calle 100 casa 14-22]]
FAMILIAR: [[N|Yelitza Urdaneta]] (madre) [[T|0424-6118834]]

MC: "me falta el aire"
EA: pcte masculino con antec de asma bronquial desde la niñez, sin control (no usa inhalador hace 1 año por costo),
quien inicia hace 12 h disnea progresiva, sibilancias audibles, tos seca, posterior a exposicion a humo de quema.
Niega fiebre. Niega dolor toracico. No tolera decubito.
EF: FR 30, FC 122, SatO2 88% AA, habla entrecortada, uso de musculatura accesoria, sibilancias espiratorias difusas.
PEF 140 L/min (35% del predicho).
IDX: CRISIS ASMATICA SEVERA
TTO:
- O2 por mascarilla para SatO2 93-95%
- SALBUTAMOL 2.5 MG + BROMURO DE IPRATROPIO 0.5 MG NEBULIZADO C/20 MIN X 3 DOSIS
- METILPREDNISOLONA 40 MG EV STAT Y LUEGO C/8H
- SULFATO DE MAGNESIO 2 G EV EN 20 MIN DOSIS UNICA
- Rx torax, gasometria
Reevaluar en 1 h. Si no mejora avisar a UCI.
Dr. [[N|Rafael Chourio]] (R1)
""",
     [("SALBUTAMOL", "2.5 MG", "NEBULIZADO", "C/20 MIN X 3 DOSIS"), ("BROMURO DE IPRATROPIO", "0.5 MG", "NEBULIZADO", "C/20 MIN X 3 DOSIS"),
      ("METILPREDNISOLONA", "40 MG", "EV", "STAT Y LUEGO C/8H"), ("SULFATO DE MAGNESIO", "2 G", "EV", "EN 20 MIN DOSIS UNICA")],
     [("asma bronquial", "J45.909"), ("CRISIS ASMATICA SEVERA", "J45.51")],
     negated=["fiebre", "dolor toracico"])

# ======================================= Bolivia ===================================================================
note("outpatient consult", "h12-es-bo-01", "BO", "es", """CAJA NACIONAL DE SALUD - POLICLINICO 9 DE ABRIL, LA PAZ   Consulta de Medicina Interna
Fecha 01/12/2026   Asegurado: [[N|Teodoro Quispe Mamani]]   Matricula: [[R*|52-0714-QMT]]   C.I. [[DNI*|2381904]] LP
Edad 71   Tel [[T|2 2451198]]

Paciente con poliglobulia de altura conocida, HTA y HPB. Refiere cefalea matinal, somnolencia, acufenos.
Niega dolor toracico, niega claudicacion. Nicturia 3 veces.
Hto 66 %, Hb 22,1 g/dl, SatO2 84% (a 3.650 msnm). PA 150/95.
IDX: 1) Mal de montaña cronico (enfermedad de Monge) 2) HTA no controlada 3) Hiperplasia prostatica benigna
TTO: flebotomia de 400 ml hoy (procedimiento), luego control Hto.
     enalapril 10 mg VO c/12h
     acetazolamida 250 mg VO c/24h en la noche
     tamsulosina 0,4 mg VO c/24h
     suspender nifedipino (edema)
Dr. [[N|Ruben Condori Calle]]  Mat. Prof. [[CED*|Q-1187]]
""",
     [("enalapril", "10 mg", "VO", "c/12h"), ("acetazolamida", "250 mg", "VO", "c/24h en la noche"),
      ("tamsulosina", "0,4 mg", "VO", "c/24h")],
     [("poliglobulia de altura", "D75.1"), ("HTA", "I10"), ("HPB", "N40.0"),
      ("Mal de montaña cronico (enfermedad de Monge)", "T70.29"), ("HTA no controlada", "I10"),
      ("Hiperplasia prostatica benigna", "N40.0")],
     negated=["dolor toracico", "claudicacion"], stopped=["nifedipino"])

note("pediatric / nutrition", "h12-es-bo-02", "BO", "es", """Hospital del Niño "Dr. Ovidio Aliaga Uria" - Unidad de Nutricion
NOTA DE INGRESO   30/11/2026
Nombre: [[N|Jhamil Flores Tola]]   Edad: 2 años 1 mes   Sexo M   HC [[R*|284556]]
Madre: [[N|Marisol Tola Huanca]], 22 a, CI [[DNI*|9102773]]   Padre: [[N|Edwin Flores]]
Procedencia: [[A|comunidad Achica Arriba, municipio de Viacha]]

Madre refiere que el niño no sube de peso hace 6 meses, come poco, diarreas intermitentes, se hincho de piernas
hace 1 semana. Lactancia hasta el año, luego sopas. Vacunas incompletas (falta SRP). Niega tos cronica en la familia.
Peso 8,9 kg, talla 80 cm, P/T < -3 DE, edema ++ en pies y piernas, cabello ralo y despigmentado, dermatosis en
muslos. Hb 8,2. Albumina 2,1. Glicemia 68.
DX: desnutricion aguda severa edematosa (kwashiorkor); anemia; parasitosis intestinal probable
TTO (fase de estabilizacion):
- F-75 100 ml VO/SNG c/3h (8 tomas)
- Amoxicilina 200 mg VO c/8h x 7 dias
- Acido folico 5 mg VO dosis inicial y luego 1 mg VO c/24h
- Vitamina A 100.000 UI VO dia 1
- NO hierro en fase de estabilizacion
- Vacuna SRP 0,5 ml SC al alta
Dra. [[N|Gabriela Mendoza]] / Lic. Nutr. [[N|Carla Siles]]
""",
     [("F-75", "100 ml", "VO/SNG", "c/3h (8 tomas)"), ("Amoxicilina", "200 mg", "VO", "c/8h x 7 dias"),
      ("Acido folico", "1 mg", "VO", "c/24h"), ("Vitamina A", "100.000 UI", "VO", "dia 1"), ("Vacuna SRP", "0,5 ml", "SC", "al alta")],
     [("desnutricion aguda severa edematosa (kwashiorkor)", "E40"), ("anemia", "D64.9"),
      ("parasitosis intestinal probable", "B82.9")],
     negated=["tos cronica"])

# ======================================= Paraguay ==================================================================
note("emergency", "h12-es-py-01", "PY", "es", """IPS - HOSPITAL CENTRAL - URGENCIAS ADULTOS                         01/12/2026 14:10
Asegurado: [[N|Cristhian Ramon Gonzalez Aquino]], 39 años, C.I. N° [[DNI*|3.884.120]], N° asegurado [[R*|0388412000]]
Acompañante: [[N|Mirian Aquino]] (hermana) - [[T|0981 442 310]]

Consulta por dolor lumbar izquierdo colico de inicio brusco hace 5 hs, irradiado a ingle, con nauseas y hematuria.
Sin fiebre, sin disuria. Antec: litiasis renal (2022), HTA en tto con losartan 50 mg/dia. No alergias.
EF: inquieto, PA 150/90, FC 96, afebril. Puño percusion + izquierda.
Orina: hematies incontables, leucos 4-6/campo, nitritos neg. Eco: litiasis ureteral izq 6 mm con hidronefrosis leve.
ID: colico renal izquierdo por litiasis ureteral; hidronefrosis leve izquierda; HTA
Tto en urgencias: diclofenac 75 mg IM aplicado, SF 500 ml EV a chorro. Buena respuesta, dolor 2/10.
Alta con: tamsulosina 0,4 mg VO 1 vez al dia x 3 semanas; ketorolac 10 mg VO c/8h si dolor (max 5 dias);
losartan 50 mg VO por dia (sigue). Filtrar la orina. Volver si fiebre o dolor que no cede.
Dr. [[N|Derlis Benitez]]  Reg. Prof. [[CED*|12.804]]
""",
     [("tamsulosina", "0,4 mg", "VO", "1 vez al dia x 3 semanas"), ("ketorolac", "10 mg", "VO", "c/8h si dolor (max 5 dias)"),
      ("losartan", "50 mg", "VO", "por dia")],
     [("litiasis renal", "N20.0"), ("HTA", "I10"), ("colico renal izquierdo por litiasis ureteral", "N20.1"),
      ("hidronefrosis leve izquierda", "N13.30")],
     negated=["fiebre", "disuria", "alergias"])

note("obstetric / prenatal", "h12-es-py-02", "PY", "es", """USF Ñemby 3 - Ministerio de Salud Publica y Bienestar Social
CONTROL PRENATAL   28/11/2026
Embarazada: [[N|Fatima Noemi Ortiz Gimenez]]  CI [[DNI*|5.120.774]]  17 años   pareja [[N|Alcides Rolon]]
Domicilio: [[A|Barrio San Miguel, calle Tte. Rojas c/ Mcal. Lopez]]   Cel. [[T|0972 118 905]]
G1P0  EG 32 sem x FUM.  Refiere cefalea frontal hace 2 dias y vision "con puntitos". Niega dolor en epigastrio.
No sangrado, no perdida de liquido. MF +.
PA 148/96 y 150/98 (2 tomas c/15 min). Edema ++. Proteinuria en tira ++. AU 30 cm, FCF 140.
Impresion: preeclampsia con signos de severidad? (cefalea, fosfenos) - adolescente primigesta
Conducta: se administra nifedipino 10 mg VO (dosis unica) y se refiere URGENTE al Hospital Materno Infantil San Pablo
en ambulancia con sulfato de magnesio 4 g EV en 20 min (dosis de carga) y luego 1 g EV por hora. Se avisa al hospital.
Lic. Obst. [[N|Norma Benitez]] / Dr. [[N|Carlos Villalba]]
""",
     [("sulfato de magnesio", "1 g", "EV", "por hora")],
     [("preeclampsia con signos de severidad", "O14.13")],
     negated=["dolor en epigastrio", "sangrado", "perdida de liquido"])

# ======================================= Central America ===========================================================
note("outpatient consult", "h12-es-gt-01", "GT", "es", """IGSS - Consultorio Zona 11, Guatemala - Clinica de Enfermedades Cronicas
01/12/2026  Afiliado: [[N|Edgar Rolando Chavez Lopez]]  No. afiliacion [[R*|1-84-33921-7]]  DPI [[DNI*|2417 55808 0101]]
56 años. Tel. [[T|5521-8840]]
Sub: viene a control. dice que orina mucho y con mucha sed, bajo 5 libras. se le acabo la insulina hace 2 semanas.
Nega dolor de pecho. Nega vision borrosa. Toma metformina 1 g c/12h.
Obj: PA 132/82, glicemia 318 mg/dl, HbA1c 11.2, Cr 0.9, EGO: glucosuria +++, cetonas neg.
Imp: DM tipo 2 descompensada; dislipidemia; sobrepeso
Plan:
 1. Insulina NPH 20 U SC antes del desayuno y 10 U SC antes de la cena
 2. Metformina 1 g VO c/12h
 3. Atorvastatina 40 mg VO HS
 4. Glucometro y tiras, automonitoreo, educador en diabetes. Cita 1 mes.
Dr. [[N|Julio Cesar Ajanel]] Col. [[CED*|13920]]
""",
     [("Insulina NPH", "20 U", "SC", "antes del desayuno y 10 U SC antes de la cena"),
      ("Metformina", "1 g", "VO", "c/12h"), ("Atorvastatina", "40 mg", "VO", "HS")],
     [("DM tipo 2 descompensada", "E11.65"), ("dislipidemia", "E78.5"), ("sobrepeso", "E66.3")],
     negated=["dolor de pecho", "vision borrosa"])

note("emergency", "h12-es-sv-01", "SV", "es", f"""HOSPITAL NACIONAL ROSALES - SAN SALVADOR - UNIDAD DE EMERGENCIA
Hoja de emergencia  02/12/2026 04:45
Nombre: [[N|Jose Mauricio Hernandez Portillo]]  DUI: [[DNI*|{typo(dui12("04218836", bad=True))}]]  Edad: 47
Exp. [[R*|118204-26]]   Responsable: [[N|Ana Gladis Portillo]] (esposa)  Tel [[T|7718-2203]]

Consulta por vomitos con sangre (3 episodios) y heces negras desde ayer. Alcohol diario desde hace 20 años. Cirrosis
diagnosticada en 2024 en este hospital. No toma sus medicinas. Niega dolor abdominal intenso. Sin fiebre.
EF: palido, diaforetico, PA 88/54, FC 122, ictericia conjuntival, ascitis moderada, asterixis +.
Hb 6.9, plaq 61 mil, TP 19 s.
Dx: Hemorragia digestiva superior variceal; cirrosis hepatica alcoholica descompensada; encefalopatia hepatica grado II;
trastorno por consumo de alcohol
Tx: 2 vias perifericas 16G. Cristaloides 500 ml IV en bolo (ya pasado). Transfusion 2 U GRE.
Octreotide 50 mcg/h IV en infusion continua. Ceftriaxona 1 g IV c/24h. Omeprazol 80 mg IV STAT y luego 40 mg IV c/12h.
Lactulosa 30 ml VO/SNG c/8h. Tiamina 100 mg IV c/24h. Se omite propranolol mientras este hipotenso.
Endoscopia urgente (avisado Dr. [[N|Melara]], gastroenterologia). Dra. [[N|Karla Yanira Flores]] JVPM [[CED*|14882]]
""",
     [("Octreotide", "50 mcg/h", "IV", "en infusion continua"), ("Ceftriaxona", "1 g", "IV", "c/24h"),
      ("Omeprazol", "40 mg", "IV", "c/12h"), ("Lactulosa", "30 ml", "VO/SNG", "c/8h"), ("Tiamina", "100 mg", "IV", "c/24h")],
     [("Cirrosis", "K70.30"), ("Hemorragia digestiva superior variceal", "I85.11"),
      ("cirrosis hepatica alcoholica descompensada", "K70.31"), ("encefalopatia hepatica grado II", "K72.90"),
      ("trastorno por consumo de alcohol", "F10.20")],
     negated=["dolor abdominal intenso", "fiebre"], stopped=["propranolol"])

note("well-child / vaccination", "h12-es-hn-01", "HN", "es", """Secretaria de Salud - CIS Alonso Suazo, Tegucigalpa - Atencion Integral a la Niñez
Fecha: 29/11/2026    Niño: [[N|Dylan Josue Matute Cruz]]   F. nacimiento: [[B*|29/05/2026]]   6 meses
Madre: [[N|Keila Cruz]]   Identidad de la madre: [[DNI*|0801-1999-14523]]
Peso 7,4 kg (P25)  Longitud 66 cm (P40)  PC 43 cm. Lactancia materna exclusiva hasta hoy, inicia ablactacion.
Desarrollo: se sienta con apoyo, balbucea, sostiene objetos. Sin fiebre ni diarrea en el ultimo mes.
Dx: niño sano con crecimiento y desarrollo adecuados
Vacunas aplicadas hoy:
 - Pentavalente 3a dosis 0,5 ml IM muslo izquierdo
 - Polio (IPV) 3a dosis 0,5 ml IM muslo derecho
 - Neumococo conjugada 3a dosis 0,5 ml IM
 - Rotavirus: no se aplica (fuera de edad)
Sulfato ferroso gotas 15 mg 1 ml VO diario; vitamina A 100.000 UI VO dosis unica hoy.
Enf. [[N|Maria Jose Zelaya]] / Dr. [[N|Oscar Paz]]
""",
     [("Pentavalente", "0,5 ml", "IM", None), ("Polio (IPV)", "0,5 ml", "IM", None),
      ("Neumococo conjugada", "0,5 ml", "IM", None), ("Sulfato ferroso", "1 ml", "VO", "diario"),
      ("vitamina A", "100.000 UI", "VO", "dosis unica hoy")],
     [("niño sano con crecimiento y desarrollo adecuados", "Z00.121")],
     negated=["fiebre", "diarrea"])

note("telemedicine", "h12-es-ni-01", "NI", "es", """MINSA Nicaragua - Telemedicina Hospital Escuela Oscar Danilo Rosales (HEODRA) <-> Centro de Salud de Achuapa
Teleconsulta de Dermatologia   02/12/2026 09:00
Presenta el caso: Dr. [[N|Bayardo Lopez]] (medico en servicio social), con el paciente presente.
Paciente: [[N|Francisco Javier Rugama]], 38 a, agricultor, expediente [[R*|ACH-2290]]
Lesion ulcerada indolora en antebrazo derecho de 6 semanas, bordes elevados, fondo granulomatoso, 2,5 cm, tras trabajar
en montaña. Sin adenopatias, sin lesiones mucosas. Niega fiebre. Frotis: amastigotes positivos.
Impresion: leishmaniasis cutanea localizada (B55.1)
Recomendacion: antimoniato de meglumina 20 mg Sb/kg/dia IM c/24h por 20 dias (peso 68 kg), EKG basal y semanal,
transaminasas y creatinina. Alternativa si contraindicacion: termoterapia. No usar antibiotico topico.
Especialista: Dra. [[N|Ivania Mendoza]] - Dermatologia HEODRA
""",
     [("antimoniato de meglumina", "20 mg Sb/kg/dia", "IM", "c/24h por 20 dias")],
     [("leishmaniasis cutanea localizada", "B55.1")],
     negated=["adenopatias", "lesiones mucosas", "fiebre"])

note("discharge", "h12-es-cr-01", "CR", "es", """CAJA COSTARRICENSE DE SEGURO SOCIAL - HOSPITAL MEXICO - SERVICIO DE NEUROLOGIA
EPICRISIS (EDUS)
Paciente: [[N|Rodolfo Alvarado Solano]]   Cedula: [[DNI*|2-0488-0716]]   Edad: 63   Sexo: M
Fecha nac.: [[B*|11/06/1963]]   Tel: [[T|8845-1290]]   Contacto: [[N|Ligia Alvarado]] (esposa) [[T|8312-4470]]
Ingreso 26/11/2026   Egreso 02/12/2026

Diagnostico principal: infarto cerebral isquemico de la arteria cerebral media izquierda (cardioembolico)
Diagnosticos secundarios: fibrilacion auricular no valvular de novo; hipertension arterial; dislipidemia; afasia motora leve
Resumen: ingreso a las 3 h del inicio de hemiparesia derecha y afasia; NIHSS 9. Recibio trombolisis con alteplasa
(ya administrada). TAC control sin transformacion hemorragica. Holter: FA paroxistica. Eco TT sin trombos.
NIHSS al egreso 3. Deglucion normal. No crisis convulsivas.
Medicamentos al egreso:
  Apixaban 5 mg VO cada 12 horas (inicio dia 6)
  Atorvastatina 80 mg VO cada noche
  Losartan 50 mg VO cada 12 horas
  Omeprazol 20 mg VO en ayunas
Se suspende aspirina al iniciar anticoagulacion.
Referencia a rehabilitacion (terapia de lenguaje y fisica). Cita neurologia 4 semanas.
Medico: Dr. [[N|Esteban Mora Quesada]]  Cod. [[CED*|9921]]
""",
     [("Apixaban", "5 mg", "VO", "cada 12 horas"), ("Atorvastatina", "80 mg", "VO", "cada noche"),
      ("Losartan", "50 mg", "VO", "cada 12 horas"), ("Omeprazol", "20 mg", "VO", "en ayunas")],
     [("infarto cerebral isquemico de la arteria cerebral media izquierda (cardioembolico)", "I63.412"),
      ("fibrilacion auricular no valvular de novo", "I48.91"), ("hipertension arterial", "I10"),
      ("dislipidemia", "E78.5"), ("afasia motora leve", "R47.01")],
     negated=["transformacion hemorragica", "trombos", "crisis convulsivas"], stopped=["aspirina"])

note("pediatric admission", "h12-es-pa-01", "PA", "es", """CAJA DE SEGURO SOCIAL - HOSPITAL DE ESPECIALIDADES PEDIATRICAS OMAR TORRIJOS HERRERA
NOTA DE ADMISION - SALA DE LACTANTES
Paciente: [[N|Aitana Sofia Rios Batista]]   Ced.: [[DNI*|8-1134-2290]]   Edad: 9 meses   Peso: 8,1 kg
F.N.: [[B*|04/03/2026]]   Madre: [[N|Yariela Batista]], cel. [[T|6677-1834]]
Dx de admision:
a) Bronconeumonia derecha
b) Deshidratacion leve
c) Anemia leve en estudio
HEA: 4 dias de fiebre 39, tos humeda, rechazo parcial de la via oral, 2 evacuaciones liquidas/dia. No cianosis, no apneas.
Vacunas al dia. Sin hospitalizaciones previas.
Ex: FR 48, FC 150, T 38,6, SatO2 91% AA. Tiraje subcostal leve, crepitos en base derecha.
Indicaciones:
1. O2 por canula nasal 1 L/min para SatO2 > 92%
2. Sol. Dextrosa 5% en SSN 0.33% 35 ml/h IV
3. Ampicilina 400 mg IV c/6h
4. Acetaminofen 120 mg VO c/6h PRN fiebre > 38,5
5. Nebulizacion con SSN 3 ml c/6h - NO salbutamol (no sibilancias)
Dra. [[N|Maribel Castillo]] (residente) / Dr. [[N|Ricardo Him]] (pediatra de turno)
""",
     [("Sol. Dextrosa 5% en SSN 0.33%", "35 ml/h", "IV", None), ("Ampicilina", "400 mg", "IV", "c/6h"),
      ("Acetaminofen", "120 mg", "VO", "c/6h PRN fiebre > 38,5"), ("SSN", "3 ml", None, "c/6h")],
     [("Bronconeumonia derecha", "J18.0"), ("Deshidratacion leve", "E86.0"), ("Anemia leve en estudio", "D64.9")],
     negated=["cianosis", "apneas", "sibilancias"])

# ======================================= Caribbean =================================================================
note("polyclinic consult", "h12-es-cu-01", "CU", "es", """Policlinico Docente "Plaza de la Revolucion" - Consultorio Medico de Familia No. 14
Historia clinica individual - Evolucion   30/11/2026
Paciente: [[N|Mercedes Caridad Vald\u00e9s Rodr\u00edguez]]   CI [[DNI*|54021708371]]   72 a   HC familiar [[R*|14-0318]]
Direccion: [[A|Calle 23 No. 1054 e/ 12 y 14, Vedado]]
Dispensarizada grupo III: HTA, cardiopatia isquemica, asma bronquial persistente leve.
Acude por dolor precordial opresivo al caminar 2 cuadras que alivia con el reposo en 3-4 min, hace 3 semanas. No en
reposo. No disnea paroxistica nocturna. Sin sincope.
TA 150/90  FC 76  Peso 71 kg  ECG: ritmo sinusal, T negativa en V4-V6 (igual que ECG de 2025).
Dx: Angina de pecho estable CCS II; HTA grado 1 no controlada; asma bronquial persistente leve compensada
Conducta:
- Atenolol NO (asmatica). Se mantiene diltiazem 60 mg VO c/8h
- Nitroglicerina 0,5 mg SL si dolor, repetir a los 5 min hasta 3 veces
- ASA 125 mg VO diario
- Clortalidona 25 mg VO diario en la mañana
- Salbutamol spray 2 inhalaciones si falta de aire
- Interconsulta con cardiologia del hospital Calixto Garcia
Dra. [[N|Yamile Fonseca Perez]]  MFG   Reg. [[CED*|41882]]
""",
     [("diltiazem", "60 mg", "VO", "c/8h"), ("Nitroglicerina", "0,5 mg", "SL", "si dolor, repetir a los 5 min hasta 3 veces"),
      ("ASA", "125 mg", "VO", "diario"), ("Clortalidona", "25 mg", "VO", "diario en la mañana"),
      ("Salbutamol", "2 inhalaciones", None, "si falta de aire")],
     [("HTA", "I10"), ("cardiopatia isquemica", "I25.9"), ("asma bronquial persistente leve", "J45.30"),
      ("Angina de pecho estable CCS II", "I20.8"), ("HTA grado 1 no controlada", "I10"),
      ("asma bronquial persistente leve compensada", "J45.30")],
     negated=["disnea paroxistica nocturna", "sincope"])

note("emergency", "h12-es-do-01", "DO", "es", f"""HOSPITAL DOCENTE PADRE BILLINI - EMERGENCIA - Santo Domingo
Fecha 01/12/2026  Hora 22:35
Nombre: [[N|Ramona Altagracia De la Cruz]]   Cedula: [[DNI*|{typo(cedula_do("0010873342", bad=True))}]]   Edad: 52
Telefono: [[T|809-689-4412]]   Familiar: [[N|Luis Manuel De la Cruz]] (hijo) [[T|829-301-5589]]

Motivo: debilidad del lado izquierdo y boca torcida hace 1 hora, dice el hijo que "se le enredaba la lengua".
Antecedentes: HTA hace 10 años, no cumple tratamiento (dejo el amlodipino). Diabetica, usa metformina. Niega ACV previo.
Ex: TA 210/120, FC 88, glicemia 164. Hemiparesia izquierda 3/5, desviacion de la comisura labial, disartria. NIHSS 8.
TAC simple: hemorragia intraparenquimatosa talamica derecha de 12 ml, sin volcado ventricular.
Dx: Hemorragia intracerebral hipertensiva talamica derecha
    Emergencia hipertensiva
    DM tipo 2
Plan: cabecera a 30 grados, NPO, labetalol 20 mg IV en bolo y luego 2 mg/min IV en infusion hasta TAS 140-160,
manitol NO por ahora, SSN 0.9% 80 ml/h IV, omeprazol 40 mg IV OD. Se suspende metformina. Interconsulta neurocirugia.
Dr. [[N|Wander Peña Almonte]]  Exequatur [[CED*|331-08]]
""",
     [("labetalol", "2 mg/min", "IV", "en infusion hasta TAS 140-160"), ("SSN 0.9%", "80 ml/h", "IV", None),
      ("omeprazol", "40 mg", "IV", "OD")],
     [("HTA", "I10"), ("Hemorragia intracerebral hipertensiva talamica derecha", "I61.0"),
      ("Emergencia hipertensiva", "I16.1"), ("DM tipo 2", "E11.9")],
     negated=["ACV previo", "volcado ventricular"], stopped=["amlodipino", "metformina"])

note("cardiology consult", "h12-es-do-02", "DO", "es", f"""CEDIMAT - Centro de Diagnostico, Medicina Avanzada y Telemedicina - Consulta de Cardiologia
Santiago de los Caballeros, 29/11/2026
Sra. [[N|Yokasta Mercedes Taveras]], 49 años, [[DNI|{bare(cedula_do("0310224718"))}]], ARS Humano afiliado [[R*|H-00917734]]
Refiere la Dra. [[N|Arelis Tejada]] (medicina interna) por soplo y disnea de esfuerzo progresiva en 6 meses, NYHA II-III.
Fiebre reumatica en la infancia. Niega ortopnea. Sin episodios de sincope. No palpitaciones.
Ex: TA 118/76, FC 84 irregular, chasquido de apertura y retumbo diastolico en foco mitral.
ECO TT: estenosis mitral reumatica severa (AVM 0,9 cm2, gradiente medio 12 mmHg), AI 52 mm, PSAP 55 mmHg, FEVI 60 %.
ECG: fibrilacion auricular con RV 90.
Impresion: 1- Estenosis mitral reumatica severa  2- FA de duracion desconocida  3- Hipertension pulmonar secundaria
Plan: warfarina 5 mg VO diario con meta INR 2-3 (control INR en 5 dias), bisoprolol 2.5 mg VO OD, furosemida 20 mg VO
OD; profilaxis secundaria con penicilina benzatinica 1.200.000 UI IM cada 21 dias. Se presenta a heart team para
valvuloplastia mitral percutanea con balon. ETE previo.
Dr. [[N|Hector Rafael Almanzar]] - Cardiologo   Exequatur [[CED*|118-97]]
""",
     [("warfarina", "5 mg", "VO", "diario"), ("bisoprolol", "2.5 mg", "VO", "OD"), ("furosemida", "20 mg", "VO", "OD"),
      ("penicilina benzatinica", "1.200.000 UI", "IM", "cada 21 dias")],
     [("Fiebre reumatica", "I00"), ("Estenosis mitral reumatica severa", "I05.0"),
      ("FA de duracion desconocida", "I48.91"), ("Hipertension pulmonar secundaria", "I27.29")],
     negated=["ortopnea", "episodios de sincope", "palpitaciones"])

note("discharge (bilingual EHR)", "h12-es-pr-01", "PR", "es", """HOSPITAL AUXILIO MUTUO - SAN JUAN, PR
DISCHARGE SUMMARY / RESUMEN DE ALTA
Patient: [[N|RIVERA COLON, CARMEN IRIS]]     MRN: [[R*|00483319]]     DOB: [[B*|03/27/1957]]
Admit: 11/26/2026   Discharge: 12/01/2026   Attending: [[N|Luis A. Marrero Ortiz]], MD
PCP: Dra. [[N|Wanda Figueroa]]   Plan medico: Triple-S Advantage  Member ID [[R*|TSA8841209]]

Diagnosticos al alta:
1. Celulitis de pierna izquierda, mejorando
2. Diabetes mellitus tipo 2 con hiperglucemia
3. Linfedema cronico de extremidades inferiores
4. Obesidad morbida (IMC 42)
Curso: admitida con celulitis de pierna izq., fiebre y leucocitosis. Recibio vancomicina IV x 3 dias y luego cefazolina
IV, con mejoria del eritema. Glucosas 250-300 al ingreso, se ajusto insulina. No abscess on US. Doppler negativo para TVP.
Discharge Medications:
- Cephalexin 500 mg PO QID x 7 days
- Insulin glargine 30 units SC at bedtime (increased from 22)
- Metformin 1000 mg PO BID
- Lisinopril 10 mg PO daily
- Acetaminophen 650 mg PO q6h PRN pain
- DISCONTINUE glipizide
Follow up con PCP en 1 semana. Elevar la pierna. Avisar si fiebre o aumento del enrojecimiento.
""",
     [("Cephalexin", "500 mg", "PO", "QID x 7 days"), ("Insulin glargine", "30 units", "SC", "at bedtime"),
      ("Metformin", "1000 mg", "PO", "BID"), ("Lisinopril", "10 mg", "PO", "daily"),
      ("Acetaminophen", "650 mg", "PO", "q6h PRN pain")],
     [("Celulitis de pierna izquierda, mejorando", "L03.116"), ("Diabetes mellitus tipo 2 con hiperglucemia", "E11.65"),
      ("Linfedema cronico de extremidades inferiores", "I89.0"), ("Obesidad morbida (IMC 42)", "E66.01")],
     negated=["abscess", "TVP"], stopped=["glipizide"])

# ======================================= United States =============================================================
note("admission H&P", "h12-en-us-01", "US", "en", """MERCY REGIONAL MEDICAL CENTER - HOSPITAL MEDICINE
HISTORY AND PHYSICAL
Patient: [[N|Delgado, Raymond T.]]        MRN: [[R*|MR-20488713]]        DOB: [[B*|09/14/1949]]
Admit date: 12/01/2026   Room 5W-22   Code status: Full code
Attending: [[N|Priya Raman]], MD      Referring physician: [[N|Thomas Whitfield]] (PCP)
Emergency contact: wife, [[N|Gloria Delgado]], [[T|(915) 204-7731]]

CHIEF COMPLAINT: "My legs are swollen and I can't breathe lying down."

HPI: Mr. [[N|Delgado]] is a 77 y/o man with HFrEF (EF 25% on TTE 3/2026), CAD s/p CABG x3 (2015), persistent AF on
warfarin, CKD stage 3b, T2DM and gout who presents with 10 days of progressive dyspnea on exertion, 3-pillow orthopnea,
PND and ~12 lb weight gain. He ran out of torsemide about 2 weeks ago and "didn't want to bother" his doctor. He also
started eating canned soups daily after his wife's knee surgery. Denies chest pain. Denies fever, cough or sputum.
No syncope. No melena or hematochezia. Reports mild dizziness on standing.

PAST MEDICAL HISTORY:
1. HFrEF, ischemic cardiomyopathy
2. CAD s/p CABG x3
3. Persistent atrial fibrillation
4. CKD stage 3b (baseline Cr 1.7)
5. Type 2 diabetes mellitus with diabetic nephropathy
6. Gout
7. BPH
PAST SURGICAL HISTORY: CABG 2015; right TKA 2019.
ALLERGIES: lisinopril (angioedema).
SOCIAL: retired welder, lives with wife in El Paso, quit smoking 1998, no alcohol.
FAMILY HISTORY: father with MI at 60; mother with diabetes.

HOME MEDICATIONS (reconciled with pharmacy fill history):
- Torsemide 40 mg PO daily (not taking x 2 weeks)
- Carvedilol 12.5 mg PO BID
- Warfarin 5 mg PO daily except 2.5 mg Mon/Fri
- Atorvastatin 40 mg PO nightly
- Insulin glargine 18 units SC nightly
- Allopurinol 100 mg PO daily
- Tamsulosin 0.4 mg PO qHS
- Ibuprofen OTC 400 mg "a few times a week" for knee pain

EXAM: T 36.8 HR 104 irregularly irregular BP 148/92 RR 24 SpO2 89% RA -> 95% on 3 L NC. Wt 98.4 kg (dry ~93 kg).
JVP to the angle of the jaw. Bibasilar crackles to mid-lung fields. S3 present. 3+ pitting edema to the knees.
LABS: BNP 2,840; Cr 2.3 (baseline 1.7); K 5.2; Na 133; troponin 0.04 -> 0.04 (flat); INR 2.6; A1c 7.9.
CXR: cardiomegaly, bilateral pleural effusions, interstitial edema. ECG: AF with RVR 108, no acute ST changes.

ASSESSMENT AND PLAN:
# Acute on chronic HFrEF exacerbation - precipitated by diuretic non-adherence and dietary sodium; NSAID use contributing.
  - Furosemide 80 mg IV BID, strict I/O, daily weights, 2 g Na diet, 1.5 L fluid restriction
  - Continue carvedilol 12.5 mg PO BID (hold if SBP < 90 or HR < 55)
  - Torsemide on hold while on IV diuretic
  - STOP ibuprofen
# Acute kidney injury on CKD 3b - likely cardiorenal; recheck BMP in AM.
# Persistent AF with RVR - rate should improve with decongestion; continue warfarin 5 mg PO daily except 2.5 mg Mon/Fri, INR goal 2-3.
# Type 2 diabetes mellitus - glargine reduced to 14 units SC nightly plus insulin lispro SC sliding scale AC/HS.
# Gout - continue allopurinol 100 mg PO daily (renally dosed).
# BPH - tamsulosin 0.4 mg PO qHS.
# CAD - atorvastatin 40 mg PO nightly; no aspirin given warfarin per cardiology.
DVT prophylaxis: therapeutic on warfarin.
[[N|Priya Raman]], MD - Hospital Medicine, NPI [[CED*|1487293056]]
""",
     [("Furosemide", "80 mg", "IV", "BID"), ("carvedilol", "12.5 mg", "PO", "BID (hold if SBP < 90 or HR < 55)"),
      ("warfarin", "5 mg", "PO", "daily except 2.5 mg Mon/Fri"), ("glargine", "14 units", "SC", "nightly"),
      ("insulin lispro", None, "SC", "sliding scale AC/HS"), ("allopurinol", "100 mg", "PO", "daily"),
      ("tamsulosin", "0.4 mg", "PO", "qHS"), ("atorvastatin", "40 mg", "PO", "nightly")],
     [("HFrEF, ischemic cardiomyopathy", "I50.22"), ("CAD s/p CABG x3", "I25.810"),
      ("Persistent atrial fibrillation", "I48.19"), ("CKD stage 3b", "N18.32"),
      ("Type 2 diabetes mellitus with diabetic nephropathy", "E11.21"), ("Gout", "M10.9"), ("BPH", "N40.0"),
      ("Acute on chronic HFrEF exacerbation", "I50.23"), ("Acute kidney injury on CKD 3b", "N17.9"),
      ("Persistent AF with RVR", "I48.19")],
     negated=["chest pain", "fever", "cough", "sputum", "syncope", "melena", "hematochezia", "acute ST changes"],
     stopped=["Torsemide", "ibuprofen"])

note("telehealth", "h12-en-us-02", "US", "en", """Virtual Urgent Care - video visit (patient at home in Columbus, OH; provider in Cincinnati)
Date of service: 12/02/2026 07:50   Pt verified by name and DOB ([[B*|1994-06-02]]).
Pt: [[N|Megan O'Rourke]], 32F.  Pharmacy: CVS on N High St.  Callback [[T|614-555-0187]]
Consent for telehealth obtained verbally.

S: 2 days of dysuria, urgency, frequency, suprapubic pressure. Denies fever/chills, denies flank pain,
no vaginal discharge, no hematuria. LMP 11/20, not pregnant (neg home test this AM). Last UTI 2024. Allergic to sulfa (hives).
O: Well-appearing on video, afebrile per home thermometer (98.9 F). No CVA tenderness on self-percussion.
A: Acute uncomplicated cystitis (N30.00)
P: Nitrofurantoin monohydrate/macrocrystals 100 mg PO BID x 5 days. Phenazopyridine 200 mg PO TID PRN dysuria x 2 days.
Push fluids. Return/ED precautions reviewed: fever, flank pain, vomiting.
[[N|Daniel Kim]], PA-C
""",
     [("Nitrofurantoin monohydrate/macrocrystals", "100 mg", "PO", "BID x 5 days"),
      ("Phenazopyridine", "200 mg", "PO", "TID PRN dysuria x 2 days")],
     [("Acute uncomplicated cystitis", "N30.00")],
     negated=["fever/chills", "flank pain", "vaginal discharge", "hematuria", "pregnant", "CVA tenderness"])

note("nursing facility transfer", "h12-en-us-03", "US", "en", """SUNRISE GARDENS SKILLED NURSING & REHAB - INTERFACILITY TRANSFER FORM
Facility phone (nurses' station): 770-555-0142
Resident name: [[N|Harold Jennings]]    SSN: [[SSN*|431-58-2097]]    Medicare #: [[R*|1EG4-TE5-MK73]]
DOB: [[B*|02/11/1938]]   Age 88   Sex M   Room 114-B
Responsible party / POA: [[N|Susan Jennings-Park]] (daughter)  cell [[T|678-555-0119]]  email [[E|sjpark.family@outlook.com]]
Sending physician: [[N|Alan Goldberg]], MD   Transfer to: Northside Hospital ED
Reason for transfer: fall with inability to bear weight on R leg, R hip pain, shortening and external rotation noted.
Diagnoses: Alzheimer's dementia, moderate; hypertension; hypothyroidism; osteoporosis; chronic kidney disease stage 3a
Code status: DNR / DNI (form attached). Allergies: penicillin, codeine.
Current meds: donepezil 10 mg PO qHS; amlodipine 5 mg PO daily; levothyroxine 50 mcg PO daily before breakfast;
alendronate 70 mg PO weekly (Sun); acetaminophen 500 mg PO q6h PRN pain; melatonin 3 mg PO qHS.
Risperidone was discontinued 11/15 (gradual dose reduction). Last dose of acetaminophen 06:00.
Baseline: oriented to self only, walks with walker, no recent weight loss. No head strike witnessed, no LOC.
Nurse: [[N|Tamika Brooks]], RN
""",
     [("donepezil", "10 mg", "PO", "qHS"), ("amlodipine", "5 mg", "PO", "daily"),
      ("levothyroxine", "50 mcg", "PO", "daily before breakfast"), ("alendronate", "70 mg", "PO", "weekly (Sun)"),
      ("acetaminophen", "500 mg", "PO", "q6h PRN pain"), ("melatonin", "3 mg", "PO", "qHS")],
     [("Alzheimer's dementia, moderate", "G30.9"), ("hypertension", "I10"), ("hypothyroidism", "E03.9"),
      ("osteoporosis", "M81.0"), ("chronic kidney disease stage 3a", "N18.31")],
     negated=["recent weight loss", "head strike", "LOC"], stopped=["Risperidone"])

note("FQHC progress (Spanish, US)", "h12-es-us-04", "US", "es", """Centro de Salud Familiar La Fe - El Paso, TX      Nota de progreso (visita en español)
Fecha: 12/01/2026   Paciente: [[N|Maria Guadalupe Ontiveros]]   DOB [[B*|07/22/1971]]   MRN [[R*|LF-0093321]]
Idioma preferido: español. Interprete: no necesario (provider bilingue).

S: Viene por seguimiento de diabetes y presion. Dice que se siente bien, que camina en las mañanas. Se le olvida la
pastilla de la noche. Niega mareos, niega hormigueo en pies. No ha tenido bajones de azucar. Trajo su glucometro:
ayunas 130-160.
O: BP 134/86, wt 176 lb, BMI 31.8, A1c 7.6 (antes 8.3), urine microalbumin 45, eGFR 72.
Foot exam: normal, monofilament intacto.
A/P:
1. Type 2 diabetes mellitus without complications - improving. Metformina 1000 mg VO dos veces al dia; agregar
   semaglutida 0.25 mg SC semanal x 4 semanas luego 0.5 mg semanal.
2. Essential hypertension - lisinopril 20 mg VO diario.
3. Hyperlipidemia - atorvastatina 20 mg VO cada noche.
4. Microalbuminuria - ya en lisinopril, recheck en 6 meses.
Flu shot today: influenza vaccine 0.5 mL IM given L deltoid.
Provider: [[N|Veronica Saenz]], NP   Supervising: [[N|Mark Ellison]], MD
""",
     [("Metformina", "1000 mg", "VO", "dos veces al dia"), ("semaglutida", "0.25 mg", "SC", "semanal x 4 semanas luego 0.5 mg semanal"),
      ("lisinopril", "20 mg", "VO", "diario"), ("atorvastatina", "20 mg", "VO", "cada noche"),
      ("influenza vaccine", "0.5 mL", "IM", None)],
     [("Type 2 diabetes mellitus without complications", "E11.9"), ("Essential hypertension", "I10"),
      ("Hyperlipidemia", "E78.5"), ("Microalbuminuria", "R80.9")],
     negated=["mareos", "hormigueo en pies", "bajones de azucar"])

note("emergency (Spanish, US)", "h12-es-us-05", "US", "es", """JACKSON MEMORIAL HOSPITAL - MIAMI, FL - EMERGENCY DEPARTMENT
Nota del medico (paciente hispanohablante)   12/02/2026 02:10
Pt: [[N|Yusleidy Cabrera]], 29 a, MRN [[R*|JMH-7720418]], llego de Cuba hace 3 meses, sin seguro.
Acompañada por su pareja, [[N|Yoandri Perez]] ([[T|305-555-0163]]).

HPI: dolor abdominal bajo intenso de 6 h, mas a la derecha, con sangrado vaginal escaso. FUM hace 7 semanas. No sabia
que estaba embarazada. Niega fiebre, niega vomitos. Sin cirugias previas. G2P1.
Exam: PA 96/58, FC 118. Abdomen con defensa y rebote en FID. Especulo: sangrado escaso por OCE.
bHCG 4.850. US transvaginal: utero vacio, masa anexial derecha de 3,4 cm con liquido libre moderado en Douglas.
Hb 9.8.
Impresion: embarazo ectopico roto derecho (O00.101) con hemoperitoneo; anemia aguda por perdida sanguinea
Plan: 2 IV gruesas, LR 1000 mL IV bolus, type & cross 2 U, Ob/Gyn (Dr. [[N|Alvarez]]) a bedside -> quirofano para
laparoscopia. Morphine 4 mg IV q4h PRN pain. Ondansetron 4 mg IV q6h PRN nausea. Rh(D) negativa: RhoGAM 300 mcg IM
antes del alta. Methotrexate NO (inestable).
Attending: [[N|Kevin Oduya]], MD
""",
     [("LR", "1000 mL", "IV", "bolus"), ("Morphine", "4 mg", "IV", "q4h PRN pain"), ("Ondansetron", "4 mg", "IV", "q6h PRN nausea"),
      ("RhoGAM", "300 mcg", "IM", "antes del alta")],
     [("embarazo ectopico roto derecho", "O00.101"), ("hemoperitoneo", "K66.1"),
      ("anemia aguda por perdida sanguinea", "D62")],
     negated=["fiebre", "vomitos", "cirugias previas"])

corpuslib.report_counts()
_labelled = {p["text"] for n in corpuslib.NOTES for p in n["phi"] if p.get("labelled")}
assert BAD <= _labelled, ("a typo'd id without its label", BAD - _labelled)
assert not (BARE & _labelled), ("a bare id after a label", BARE & _labelled)
write(HERE)
