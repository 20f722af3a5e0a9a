#!/usr/bin/env python3
"""Eleventh held-out set (issue 17), written blind on 2026-12-02: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring and first three notes of Tests/ClinicalHeldOut10/generate.py (file format and labelling
conventions) and Tests/ClinicalHeldOut10/README.md. Run: python3 generate.py (rewrites every h11-*.json beside it,
checks every note, prints the counts to stderr).
Conventions (the same as HeldOut10's, HeldOut9's and HeldOut8's, so labels are comparable across sets): a medication's
dose, route and frequency are verbatim spans of the note (None when absent), the frequency keeps its as-needed clause
(PRN, SOS, si dolor, as needed); comorbidities under history headers are diagnoses, labelled once even when named again;
denied findings go to `negated`, stopped/suspended drugs to `stopped`. A title (Dr., Dra., Lic.) stays outside a name;
national ids are DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the Mexican NSS is SSN), clinicians' registrations
are CEDULA, record/affiliate/order/admission numbers are EXPEDIENTE; visit dates are not PHI, only dates of birth.
No randomness: the output is the same on every run."""
import os, sys
from functools import partial
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import write, curp, rfc, cpf, rut
from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared registries (wrong check digit / valid without label)
# This set's own typos in a wrong check digit (shifts differ from HeldOut8's, HeldOut9's and HeldOut10's).
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=7), partial(corpuslib.uy_ci, shift=5),
                               partial(corpuslib.do_cedula, shift=6))
nss11, cuit11, dui11 = partial(corpuslib.nss, shift=8), partial(corpuslib.cuit, shift=6), partial(corpuslib.dui, shift=7)

TITLES = {"Dr.", "Dra.", "Sr.", "Sra.", "Srta.", "Lic.", "Enf.", "Don", "Doña", "Ing.", "Dr", "Dra", "Ña", "Aux.",
          "Mr.", "Mrs.", "Ms.", "Prof.", "Lcda.", "Lcdo.", "dr", "dra", "Psic.", "Q.F.B."}


def note(kind, id, *args, **kw):
    corpuslib.kind_note(kind, id, *args, single_line=True, titles=TITLES, **kw)


# ======================================= Mexico ====================================================================
note("progress / SOAP", "h11-es-mx-01", "MX", "es", f"""CLINICA DE MEDICINA FAMILIAR ISSSTE "PUEBLA" - Consultorio 7, turno vespertino
NOTA MEDICA (SOAP)   01/12/2026 17:20
Derechohabiente: [[N|Hernández Solís, Rosa Isela]]   RFC [[RFC*|{typo(rfc("HESR690823K4", bad=True))}]]   Exp. [[R*|HESR690823/10]]
Edad 57 a.  F.N. [[B*|23-08-1969]]   Tel cel [[T|222 318 7745]]

S: Acude a control de DM2 y HTA. Refiere poliuria y nicturia 2-3 veces por noche desde hace 1 mes, niega polifagia, niega
vision borrosa. No ha tomado la glibenclamida desde octubre porque "le bajaba mucho el azucar", la suspendio por su cuenta.
Dolor en ambas rodillas de predominio matutino, toma naproxeno que le venden en la farmacia de la esquina casi diario.
O: TA 148/92  FC 78  Peso 81.4 kg  Talla 1.56  IMC 33.4  Glucosa capilar 212 mg/dl (postprandial 2 h).
Pies: sensibilidad conservada con monofilamento, pulsos pedios presentes, sin ulceras. Crepitacion en ambas rodillas.
A: DM2 descontrolada / HTA no controlada / obesidad grado I / gonartrosis bilateral
P: Metformina 850 mg VO c/12h con alimentos (continua), se agrega sitagliptina 100 mg VO cada 24 hrs, losartan 50 mg
1 tab c/12 hrs, atorvastatina 20 mg VO en la noche. Se suspende naproxeno por riesgo renal, en su lugar paracetamol
500 mg VO c/8h PRN dolor. Solicito HbA1c, QS, EGO, microalbuminuria. Platica de nutricion. Cita en 4 sem.

Dr. [[N|Josué Pineda Arellano]]   Ced. Prof. [[CED*|8841207]]   Medico Familiar
""",
     [("Metformina", "850 mg", "VO", "c/12h con alimentos"), ("sitagliptina", "100 mg", "VO", "cada 24 hrs"),
      ("losartan", "50 mg", None, "c/12 hrs"), ("atorvastatina", "20 mg", "VO", "en la noche"),
      ("paracetamol", "500 mg", "VO", "c/8h PRN dolor")],
     [("DM2 descontrolada", "E11.65"), ("HTA no controlada", "I10"), ("obesidad grado I", "E66.9"),
      ("gonartrosis bilateral", "M17.0")],
     negated=["polifagia", "vision borrosa", "ulceras"], stopped=["glibenclamida", "naproxeno"])

note("psychiatry consult", "h11-es-mx-02", "MX", "es", f"""Consultorio de Psiquiatria - Dra. [[N|Fernanda Ibarra Quiroz]]
Torre Medica Country, Guadalajara, Jal.   Céd. Prof. [[CED*|7730156]]   Céd. Esp. [[CED*|10927734]]

Consulta subsecuente 02/12/2026
[[N|OCHOA BARRAGAN XIMENA]]  [[CURP|{bare(curp("OOBX920611MJCCRM0"))}]]  34 años, contadora

La paciente [[N|Ximena]] acude acompañada por su esposo [[N|Rodrigo Lares]]. Refiere que desde que se subio la sertralina a 100 mg
duerme mejor, aunque persiste ansiedad anticipatoria en el trabajo (cierre de mes) y "nudos en el estomago" los domingos
en la noche. Niega ideación suicida, niega ideas de muerte, no autolesiones. No consume alcohol ni otras sustancias.
Dejó el clonazepam hace 10 dias como acordamos, sin síntomas de rebote. Apetito conservado.
EM: alerta, orientada en las 3 esferas, arreglo adecuado, afecto ansioso, eutimica por momentos, pensamiento logico y
coherente, sin alteraciones sensoperceptivas, juicio conservado. PHQ-9: 8 (previo 17). GAD-7: 12.

IDx: Trastorno depresivo mayor, episodio único, en remisión parcial (F32.4) y trastorno de ansiedad generalizada (F41.1).
Plan: continuar sertralina 100 mg VO cada mañana; se agrega hidroxicina 25 mg VO por la noche si no puede dormir, maximo
2 semanas. Psicoterapia TCC semanal con el Psic. [[N|Mauricio Anaya]]. Cita en 6 semanas, antes si empeora.
Contacto de emergencia: [[N|Rodrigo Lares]] [[T|33 1452 0987]]
""",
     [("sertralina", "100 mg", "VO", "cada mañana"), ("hidroxicina", "25 mg", "VO", "por la noche si no puede dormir")],
     [("Trastorno depresivo mayor, episodio único, en remisión parcial", "F32.4"),
      ("trastorno de ansiedad generalizada", "F41.1")],
     negated=["ideación suicida", "ideas de muerte", "autolesiones", "síntomas de rebote", "alteraciones sensoperceptivas"],
     stopped=["clonazepam"])

note("post-operative", "h11-es-mx-03", "MX", "es", f"""HOSPITAL REGIONAL DE ALTA ESPECIALIDAD DE LA PENINSULA DE YUCATAN - CIRUGIA GENERAL
NOTA POSTQUIRURGICA                                   Fecha: 01/12/2026  14:05
Paciente: [[N|CANUL PECH MARIA ESTHER]]   Exp. [[R*|0098-23417]]   CURP: [[CURP*|{curp("CAPE780312MYNNCS0")}]]
Edad: 48 a   Cama: 412   Afiliacion: IMSS-Bienestar

Dx preoperatorio: colecistitis crónica litiásica
Dx postoperatorio: el mismo; coledocolitiasis descartada por colangiografia transoperatoria
Operacion realizada: colecistectomia laparoscopica + colangiografia transoperatoria
Cirujano: Dr. [[N|Gaspar Uc Chalé]]   Ayudante: Dra. [[N|Lizbeth Couoh]]   Anestesiologo: [[N|Raúl Medina Pat]]
Anestesia: general balanceada
Hallazgos: vesicula de 9 x 4 cm, pared engrosada de 5 mm, multiples litos de 0.5-1 cm, conducto cistico de 3 mm,
coledoco de 5 mm sin defectos de llenado, paso libre del medio de contraste al duodeno.
Sangrado: 30 ml   Complicaciones: ninguna   Cuenta de gasas y compresas completa   Drenaje: no
Estado postqx inmediato: estable, pasa a recuperacion.
Antecedentes: hipotiroidismo en tratamiento con levotiroxina, DM2 dx hace 3 años en control con dieta. Niega alergias.

INDICACIONES
Ayuno 6 hrs, despues dieta liquida
Sol. Hartmann 1000 ml IV p/8 hrs
Ketorolaco 30 mg IV c/8h
Omeprazol 40 mg IV c/24h
Ondansetrón 8 mg IV c/8h PRN náusea o vómito
Levotiroxina 75 mcg VO en ayuno (continuar)
Glucemia capilar c/6h, deambulacion temprana
""",
     [("Sol. Hartmann", "1000 ml", "IV", "p/8 hrs"), ("Ketorolaco", "30 mg", "IV", "c/8h"), ("Omeprazol", "40 mg", "IV", "c/24h"),
      ("Ondansetrón", "8 mg", "IV", "c/8h PRN náusea o vómito"), ("Levotiroxina", "75 mcg", "VO", "en ayuno")],
     [("colecistitis crónica litiásica", "K80.10"), ("hipotiroidismo", "E03.9"), ("DM2", "E11.9")],
     negated=["coledocolitiasis", "alergias"])

note("occupational health", "h11-es-mx-04", "MX", "es", f"""SERVICIO MEDICO DE EMPRESA - Planta Electrocomponentes del Norte, Cd. Juarez, Chih.
EXAMEN MEDICO PERIODICO 2026
No. empleado: [[R*|EN-40718]]   Nombre: [[N|Yadira Guadalupe Chavira Loya]]   NSS [[SSN*|{typo(nss11("3208871422", bad=True))}]]
Fecha de nacimiento: [[B*|9 de mayo de 1988]]   Domicilio: [[A|Calle Ejido Zaragoza 2231, Col. Praderas del Sur]]
Puesto: operadora de soldadura de tarjetas (linea SMT), turno nocturno, 6 años de antiguedad

Antec. patologicos: asma leve intermitente desde la infancia, usa salbutamol inhalado 2 disparos SOS (ultima vez hace
2 meses), Rinitis alérgica perenne. No HTA, no DM. Quirurgicos: cesarea 2015. G2 C1 P1.
Exposicion laboral: humos de soldadura estaño-plata, alcohol isopropilico; usa mascarilla N95 y extractor local.
EF: TA 112/70  FC 72  IMC 24.1  Agudeza visual 20/20 AO con lentes. Torax sin sibilancias.
Espirometria: FEV1/FVC 0.76, FEV1 88% del predicho, sin respuesta significativa a broncodilatador.
Audiometria tonal: normal bilateral.
Vacunas aplicadas hoy: Td (refuerzo) 0.5 ml IM deltoides izquierdo; influenza estacional 0.5 ml IM deltoides derecho.

Conclusion: APTA para el puesto. Asma intermitente controlada. Se sugiere valorar rotacion a turno diurno y revisar
el extractor de la estacion 14.
Medico de empresa: [[N|Oscar Iván Terrazas]], Céd. [[CED*|6620198]]
""",
     [("salbutamol", "2 disparos", "inhalado", "SOS"), ("Td", "0.5 ml", "IM", None), ("influenza estacional", "0.5 ml", "IM", None)],
     [("asma leve intermitente", "J45.20"), ("Rinitis alérgica perenne", "J30.89"), ("Asma intermitente controlada", "J45.20")],
     negated=["HTA", "DM", "sibilancias"])

note("emergency", "h11-es-mx-05", "MX", "es", """hospital general dr aurelio valdivieso, oaxaca - urgencias adultos   02/12/26 06:10
fem de 74 años (pcte [[N|E.L.M.]]) traida por su hija [[N|Adelaida Martínez]] por encontrarla somnolienta y sudorosa en su cama a las 5 am,
glucometria en casa "LO". paciente [[N|Eufemia López Martínez]] con dm2 de 25 años tx con insulina glargina 20 ui sc en la
noche y glibenclamida 5 mg c/12 hrs, irc no en dialisis, hta con enalapril 10 mg c/12h, cardiopatia isquemica con stent
2019. cena escasa ayer por "no tener hambre". niega convulsiones, sin relajacion de esfinteres, no trauma.
a su llegada glasgow 11, glucosa capilar 31 mg/dl, ta 160/90, fc 102, sat 94% aa. se le pasaron 50 ml de sol glucosada
al 50% iv en bolo con recuperacion del estado de alerta a los 10 min, glasgow 15. se deja sol glucosada 10% 1000 ml iv
para 8 hrs. labs: cr 2.8, bun 51, k 5.1, hb 10.9. ekg ritmo sinusal sin cambios agudos del st.
idx: hipoglucemia severa secundaria a sulfonilurea en paciente con erc, dm2, hta, cardiopatia isquemica
plan: se suspende glibenclamida definitivamente. la glargina se reduce a 12 ui sc por la noche. glucometrias c/1h por
6 h y luego c/2h. vigilancia 24 h en observacion. valoracion por medicina interna. se explica a la hija.
hc [[R*|0227814]]     dr [[N|saul ramirez cruz]] urgenciologo  ced [[CED*|9017342]]
""",
     [("insulina glargina", "12 ui", "sc", "por la noche"), ("enalapril", "10 mg", None, "c/12h"),
      ("sol glucosada 10%", "1000 ml", "iv", "para 8 hrs")],
     [("hipoglucemia severa secundaria a sulfonilurea", "E16.0"), ("erc", "N18.9"), ("dm2", "E11.9"), ("hta", "I10"),
      ("cardiopatia isquemica", "I25.9")],
     negated=["convulsiones", "relajacion de esfinteres", "trauma", "cambios agudos del st"], stopped=["glibenclamida"])

note("telemedicine endocrinology", "h11-es-mx-06", "MX", "es", f"""Teleconsulta (videollamada) - Endocrinologia, Clinica de Tiroides, Hospital Christus Muguerza Alta Especialidad, Monterrey
Paciente: [[N|Regina Garza Treviño]]   Expediente electronico [[R*|CMA-2231907]]   F. nac. [[B*|1991-02-17]]
correo [[E|regina.garzat91@gmail.com]]
Consentimiento verbal para atencion a distancia obtenido; paciente en su domicilio, la llamada se corta dos veces.

Motivo: revision de laboratorios post tiroidectomia total (carcinoma papilar de tiroides pT1bN0, junio 2026) y ablacion
con I-131 en agosto. Refiere cansancio leve, palpitaciones ocasionales al subir escaleras. Sin parestesias peribucales
ni calambres. Ciclos menstruales regulares.
Labs 25/11: TSH 0.08, T4L 1.7, Tg <0.2 con anticuerpos anti-Tg negativos, Ca 9.1, PTH 38.
A: Ca papilar de tiroides sin evidencia bioquímica de enfermedad; hipotiroidismo postquirúrgico en tx supresor;
hipoparatiroidismo transitorio resuelto.
P: levotiroxina 125 mcg VO diario en ayunas (se baja de 137 mcg por las palpitaciones). Se retira el calcitriol.
Carbonato de calcio 600 mg VO c/12h por 1 mes mas y suspender. US de cuello en marzo. Proxima teleconsulta en 8 semanas.
Dr. [[N|Alejandro Cantú Villarreal]], Endocrinologo   Céd. Prof. [[CED*|5591034]]
""",
     [("levotiroxina", "125 mcg", "VO", "diario en ayunas"), ("Carbonato de calcio", "600 mg", "VO", "c/12h por 1 mes mas y suspender")],
     [("Ca papilar de tiroides sin evidencia bioquímica de enfermedad", "C73"),
      ("hipotiroidismo postquirúrgico en tx supresor", "E89.0"), ("hipoparatiroidismo transitorio resuelto", "E89.2")],
     negated=["parestesias peribucales", "calambres"], stopped=["calcitriol"])

# ======================================= Colombia ==================================================================
note("discharge", "h11-es-co-01", "CO", "es", """HOSPITAL PABLO TOBON URIBE - MEDELLIN
EPICRISIS
Nombre del paciente: [[N|JARAMILLO RESTREPO LUIS ALFONSO]]
Identificación: CC [[DNI*|70.118.452]]      Historia clínica: [[R*|70118452]]
Fecha de nacimiento: [[B*|04/11/1949]]   Edad: 77 años   Sexo: M
EPS: Nueva EPS   N° de afiliación [[R*|NEPS-0701184520]]   Régimen: contributivo
Dirección: [[A|Calle 50 # 38-14, barrio Boston, Medellín]]   Teléfono: [[T|604 239 8841]]
Acudiente: [[N|Gloria Inés Jaramillo]] (hija)   Celular acudiente: [[T|+57 311 602 4417]]
Fecha de ingreso: 18/11/2026   Fecha de egreso: 01/12/2026   Servicio: Medicina Interna
Médico tratante: [[N|Camilo Andrés Vélez Ossa]]   RM [[CED*|05-2214-09]]

MOTIVO DE CONSULTA: "me estoy ahogando"
ENFERMEDAD ACTUAL: paciente con EPOC GOLD 3 oxigenorrequiriente (O2 domiciliario 2 L/min), ICC con FEVI 35% y FA
permanente anticoagulada, quien consulta por 5 dias de aumento de la disnea hasta mMRC 4, tos con expectoracion
purulenta, fiebre no cuantificada y edema de miembros inferiores. Ingresa con SatO2 78% con O2 a 2 L, FR 32, TA 98/60,
FC 118 irregular, T 38.4.

ANTECEDENTES
Patológicos: EPOC, ICC FEVI reducida, FA permanente, DM2 no insulinorrequiriente, hiperuricemia con gota.
Quirúrgicos: herniorrafia inguinal derecha 1998.
Tóxicos: exfumador 40 paquetes/año, suspendió en 2015.
Alérgicos: penicilina (rash).
Farmacológicos: tiotropio/olodaterol, furosemida, carvedilol, apixabán, metformina, alopurinol.

EVOLUCIÓN
18/11: Rx de tórax con consolidación basal derecha y cardiomegalia. Gases arteriales: pH 7.29, pCO2 62, pO2 51, HCO3 29.
Se inicia VMNI (BiPAP), ceftriaxona + claritromicina, metilprednisolona IV y furosemida en infusión.
19/11 - 21/11: mejoría gasimétrica, se retira VMNI el 21/11. Hemocultivos negativos. Antígeno urinario para Legionella
negativo.
22/11: episodio de FA con respuesta ventricular rápida (FC 150), se controla con digoxina IV dosis única.
24/11: completa 7 días de antibiótico. Se pasa esteroide a prednisolona oral.
26/11: hiperglucemias hasta 310 mg/dl asociadas al esteroide, se inicia insulina NPH 10 UI SC en la mañana; se suspende
el 29/11 al bajar la dosis de prednisolona, glucometrías en meta. Metformina suspendida desde el ingreso por TFG 38.
25/11: ecocardiograma TT: FEVI 33%, hipocinesia global, sin trombos intracavitarios, PSAP 48.
28/11 - 01/12: estable, SatO2 90% con O2 a 2 L, deambula por el pasillo, euvolémico. Sin signos de TVP.

DIAGNÓSTICOS DE EGRESO
- Neumonía adquirida en la comunidad basal derecha, resuelta (J18.1)
- EPOC exacerbado, en mejoría (J44.1)
- Insuficiencia respiratoria aguda sobre crónica hipercápnica, resuelta (J96.22)
- Insuficiencia cardíaca crónica con FEVI reducida descompensada (I50.23)
- Fibrilación auricular permanente (I48.21)
- Enfermedad renal crónica estadio 3b (N18.32)
- Diabetes mellitus tipo 2 con hiperglucemia inducida por esteroides (E11.65)

PLAN DE EGRESO - FÓRMULA MÉDICA
1. Tiotropio/olodaterol 2.5/2.5 mcg (Respimat) 2 inhalaciones cada 24 horas
2. Prednisolona 20 mg VO cada mañana por 3 días y luego suspender
3. Furosemida 40 mg VO cada 12 horas
4. Carvedilol 6.25 mg VO cada 12 horas
5. Apixabán 5 mg VO cada 12 horas
6. Alopurinol 100 mg VO una vez al día
7. Espironolactona 25 mg VO una vez al día (nuevo)
8. Oxígeno por cánula nasal a 2 L/min 24 horas
Metformina: NO reiniciar hasta control de función renal por nefrología.
Signos de alarma explicados al paciente y a la hija. Control por neumología y cardiología en 2 semanas, laboratorios
(creatinina, potasio) en 1 semana en su IPS.
Firma: [[N|Camilo Andrés Vélez Ossa]] - Medicina Interna
""",
     [("Tiotropio/olodaterol", "2 inhalaciones", None, "cada 24 horas"),
      ("Prednisolona", "20 mg", "VO", "cada mañana por 3 días y luego suspender"), ("Furosemida", "40 mg", "VO", "cada 12 horas"),
      ("Carvedilol", "6.25 mg", "VO", "cada 12 horas"), ("Apixabán", "5 mg", "VO", "cada 12 horas"),
      ("Alopurinol", "100 mg", "VO", "una vez al día"), ("Espironolactona", "25 mg", "VO", "una vez al día")],
     [("Neumonía adquirida en la comunidad basal derecha, resuelta", "J18.1"), ("EPOC exacerbado, en mejoría", "J44.1"),
      ("Insuficiencia respiratoria aguda sobre crónica hipercápnica, resuelta", "J96.22"),
      ("Insuficiencia cardíaca crónica con FEVI reducida descompensada", "I50.23"),
      ("Fibrilación auricular permanente", "I48.21"), ("Enfermedad renal crónica estadio 3b", "N18.32"),
      ("Diabetes mellitus tipo 2 con hiperglucemia inducida por esteroides", "E11.65"), ("EPOC", "J44.9"),
      ("ICC FEVI reducida", "I50.22"), ("FA permanente", "I48.21"), ("DM2 no insulinorrequiriente", "E11.9"),
      ("hiperuricemia con gota", "M10.9")],
     negated=["trombos intracavitarios", "signos de TVP", "Legionella"], stopped=["insulina NPH", "Metformina"])

note("cardiology consult", "h11-es-co-02", "CO", "es", """Fundación Cardioinfantil - LaCardio, Bogotá D.C.
RESPUESTA A INTERCONSULTA - CARDIOLOGÍA CLÍNICA                       30/11/2026 11:20
Solicitado por: [[N|Diana Marcela Rincón]] (Medicina Interna, piso 5)
Paciente [[N|Ospina Cárdenas, Héctor Julio]] - CC [[DNI*|19.334.870]] - 68 años - cama 512

Motivo de la interconsulta: FA de reciente diagnóstico en pte hospitalizado por pielonefritis aguda, en su 3er día de
ceftriaxona 1 g IV c/24h, afebril desde ayer.
Antecedentes: HTA hace 12 años en manejo con losartán y verapamilo, DM2 en manejo con dieta, exfumador.
No enfermedad coronaria conocida. Niega síncope, niega dolor torácico, refiere palpitaciones desde el ingreso.
Examen: TA 132/84, FC 112 irregular, sin soplos, sin ingurgitación yugular, pulmones limpios.
EKG: fibrilación auricular con RVR 110-120, QRS estrecho, sin cambios isquémicos. Ecocardiograma TT: AI 44 mm, FEVI 55%,
sin valvulopatía significativa. TSH 1.9.
Análisis: CHA2DS2-VASc 3 (edad, HTA, DM), HAS-BLED 1, TFG 72 ml/min.

Concepto:
1) Fibrilación auricular paroxística de novo, probablemente desencadenada por sepsis de origen urinario.
2) HTA.
3) DM2.
Recomendaciones: iniciar rivaroxabán 20 mg VO con la cena, una vez al día. Metoprolol succinato 50 mg VO c/24h, titular
según FC. Suspender verapamilo (no combinar con betabloqueador). Continuar losartán 50 mg VO c/12h. Holter de 24 h
ambulatorio y control por consulta externa de arritmias en 1 mes. Con gusto lo seguiremos viendo.
Cardiólogo: Dr. [[N|Andrés Felipe Quintero Lozano]]   RM [[CED*|80.224.117]]
""",
     [("ceftriaxona", "1 g", "IV", "c/24h"), ("rivaroxabán", "20 mg", "VO", "con la cena, una vez al día"),
      ("Metoprolol succinato", "50 mg", "VO", "c/24h"), ("losartán", "50 mg", "VO", "c/12h")],
     [("pielonefritis aguda", "N10"), ("Fibrilación auricular paroxística de novo", "I48.0"), ("HTA", "I10"), ("DM2", "E11.9")],
     negated=["enfermedad coronaria", "síncope", "dolor torácico", "soplos", "ingurgitación yugular", "cambios isquémicos",
              "valvulopatía significativa"],
     stopped=["verapamilo"])

note("prescription", "h11-es-co-03", "CO", "es", """IPS COMFANDI - SEDE TEQUENDAMA - CALI
FÓRMULA MÉDICA   N° [[R*|FM-7718220]]          Fecha: 2026-12-01
Usuario: [[N|Yuliana Andrea Mosquera Rentería]]   CC [[DNI*|1.144.087.552]]   Edad: 29 años   Correo: [[E|yuli.mosquera93@hotmail.com]]
EPS: SOS - Régimen contributivo   Afiliado N° [[R*|SOS-1144087]]
Diagnósticos:  J45.9 Asma, no especificada  /  J30.4 Rinitis alérgica
------------------------------------------------------------------------------------
Medicamento                         Posología                                        Cant.
Beclometasona 250 mcg inhalador     2 puff cada 12 horas, enjuagar la boca           2
Salbutamol 100 mcg inhalador        2 puff cada 6 horas si hay tos o ahogo           1
Montelukast 10 mg tableta           1 tab VO en la noche                             30
Mometasona 50 mcg spray nasal       2 aplicaciones en cada fosa nasal al día         1
------------------------------------------------------------------------------------
Vigencia 30 días. No fumar en casa.
Médico: [[N|Harold Caicedo Valencia]]   Registro médico [[CED*|76.332.190]]   Medicina general
""",
     [("Beclometasona", "2 puff", None, "cada 12 horas"), ("Salbutamol", "2 puff", None, "cada 6 horas si hay tos o ahogo"),
      ("Montelukast", "10 mg", "VO", "en la noche"), ("Mometasona", "2 aplicaciones", "en cada fosa nasal", "al día")],
     [("Asma, no especificada", "J45.9"), ("Rinitis alérgica", "J30.4")])

note("emergency", "h11-es-co-04", "CO", "es", """Clinica General del Norte - URGENCIAS PEDIATRIA      02/12/2026 02:15
Pcte: [[N|Santiago José Pérez Barrios]], lactante de 5 meses, RC [[DNI*|1.043.998.215]]
Madre: [[N|Keila Barrios Mendoza]]   Cel [[T|300 528 1193]]   Direccion: barrio [[A|Rebolo, Cra 21 # 15-40]]
MC: "no puede respirar bien"
EA: cuadro de 3 dias de rinorrea hialina, tos, luego dificultad respiratoria y rechazo parcial de la via oral. Hermano
mayor con gripa. Sin fiebre, no vomito, no diarrea. Esquema de vacunas completo para la edad segun carne.
EF: FC 162  FR 64  SatO2 88% aire ambiente  T 37.6  Peso 6.9 kg. Tirajes subcostales e intercostales, aleteo nasal,
sibilancias espiratorias difusas y crepitos finos bibasales. Bien hidratado, fontanela normotensa.
Dx: Bronquiolitis aguda (J21.9), Wood-Downes 6, con hipoxemia
Conducta: O2 por canula nasal 1 L/min para SatO2 >92%, SSN 0.9% 1 ml via nasal cada 3 horas + succion suave,
acetaminofen 100 mg VO c/6h si fiebre (15 mg/kg). Lactancia materna fraccionada. No se indica salbutamol ni esteroide
por ahora. Hospitalizar en pediatria, aislamiento de contacto, panel viral.
Pediatra de turno: [[N|Ana Milena Charris]]   RM [[CED*|1.129.566.780]]
""",
     [("SSN 0.9%", "1 ml", "via nasal", "cada 3 horas"), ("acetaminofen", "100 mg", "VO", "c/6h si fiebre")],
     [("Bronquiolitis aguda", "J21.9"), ("hipoxemia", "R09.02")],
     negated=["fiebre", "vomito", "diarrea"])

note("ward handover", "h11-es-co-05", "CO", "es", """ENTREGA DE TURNO MEDICINA INTERNA - HUS piso 6 - noche 01-02/12/2026
Entrega: R1 [[N|Paula Serrano]]    Recibe: R1 [[N|Jhon Fredy Ardila]]

Cama 604 - [[N|Carmen Rosa Mantilla]], 81a, HC [[R*|63290117]]. IVU complicada + delirium hipoactivo
sobre demencia vascular. Dia 4/7 de ertapenem 1 g IV c/24h (BLEE en urocultivo). Quetiapina 25 mg VO en la noche, rivastigmina parche 4.6 mg/24h cambiar c/24h. Pendiente urocultivo
de control. haloperidol 0.5 mg IV dosis unica si agitacion, y avisar. Sin sonda vesical.
Cama 607 - [[N|Wilson Arenas Duarte]], 59a, HC [[R*|91237745]]. Cirrosis alcoholica Child B
con HVDA por varices esofagicas, ligadura ayer. omeprazol 40 mg IV c/12h, terlipresina suspendida hoy 14:00, ceftriaxona 1 g IV c/24h
profilaxis (dia 3/7), lactulosa 20 ml VO c/8h para 2-3 deposiciones. Hb 8.1 estable, no ha vuelto a sangrar, niega
melenas hoy. OJO no betabloqueador hasta que suba la TA.
Cama 611 - [[N|Luz Dary Gómez]], 45a, HC [[R*|37844209]]. LES con nefritis lupica clase IV en pulsos de
metilprednisolona 500 mg IV c/24h (dosis 2 de 3), hidroxicloroquina 200 mg VO dia, TA 150/95 -> se dejo amlodipino
5 mg VO c/12h. Niega disnea. K 5.4 en control, repetir a las 6 am. Si >5.5 avisar.
""",
     [("ertapenem", "1 g", "IV", "c/24h"), ("Quetiapina", "25 mg", "VO", "en la noche"), ("rivastigmina parche", "4.6 mg/24h", None, "cambiar c/24h"),
      ("haloperidol", "0.5 mg", "IV", "dosis unica si agitacion"), ("omeprazol", "40 mg", "IV", "c/12h"),
      ("ceftriaxona", "1 g", "IV", "c/24h"), ("lactulosa", "20 ml", "VO", "c/8h"),
      ("metilprednisolona", "500 mg", "IV", "c/24h"), ("hidroxicloroquina", "200 mg", "VO", "dia"),
      ("amlodipino", "5 mg", "VO", "c/12h")],
     [("IVU complicada", "N39.0"), ("delirium hipoactivo", "F05"), ("demencia vascular", "F01.50"),
      ("Cirrosis alcoholica Child B", "K70.30"), ("HVDA por varices esofagicas", "I85.11"),
      ("LES con nefritis lupica clase IV", "M32.14")],
     negated=["melenas", "disnea"], stopped=["terlipresina"])

# ======================================= Argentina =================================================================
note("admission", "h11-es-ar-01", "AR", "es", f"""HOSPITAL GENERAL DE AGUDOS "JUAN A. FERNANDEZ" - CLINICA MEDICA, SALA 6
HISTORIA CLINICA DE INGRESO                                              01/12/2026
Apellido y nombre: [[N|Benítez, Marta Susana]]   DNI [[DNI*|14.882.306]]   CUIL [[DNI*|{typo(cuit11("2714882306", bad=True))}]]
F. de nac.: [[B*|22/06/1961]]   Obra social: PAMI   N° de beneficiario [[R*|15-0274419368-00]]
Domicilio: [[A|Av. Córdoba 3320 3° "B", CABA]]   Tel.: [[T|11 4962-3317]]
Familiar a cargo: [[N|Julián Benítez]] (hijo)   [[T|11 5523-8810]]

MC: dolor y edema en pierna izquierda de 4 dias de evolucion.
EA: paciente de 65 años, tabaquista activa (30 p/y), que consulta por dolor en pantorrilla izquierda y aumento del diametro
del miembro luego de un viaje en micro a Salta. Niega disnea, niega dolor toracico, no hemoptisis. No traumatismo.
APP: HTA, hipotiroidismo, Ca de mama izquierda operado en 2019 (cuadrantectomia + RT) en hormonoterapia, osteoporosis.
Medicacion habitual: enalapril 10 mg c/12 hs, levotiroxina 88 mcg por dia, anastrozol 1 mg por dia, calcio + vit D.
EF: TA 135/80, FC 92, FR 16, SatO2 97% AA, T 36.9. MII con edema ++ hasta rodilla, Homans +, diferencia de diametro
de pantorrilla 3 cm. Resto s/p.
Eco doppler venoso MII: TVP femoropoplitea izquierda. AngioTC de torax: sin evidencia de TEP.
Impresion diagnostica: TVP femoropoplitea izq (I82.412); HTA; hipotiroidismo; Ca de mama izq en remision.
Plan: enoxaparina 60 mg SC c/12 hs (peso 62 kg), definir anticoagulante oral al alta.
Paracetamol 1 g VO c/8 hs si dolor. Interconsulta con oncologia por el anastrozol (no suspender por ahora).
Deambulacion con media elastica.

Dra. [[N|Lucía Ferraro]] - Residente de 2° año   M.N. [[CED*|158.442]]
Jefe de sala: [[N|Horacio D. Kaplan]]
""",
     [("enoxaparina", "60 mg", "SC", "c/12 hs"), ("Paracetamol", "1 g", "VO", "c/8 hs si dolor"),
      ("enalapril", "10 mg", None, "c/12 hs"), ("levotiroxina", "88 mcg", None, "por dia"),
      ("anastrozol", "1 mg", None, "por dia"), ("calcio + vit D", None, None, None)],
     [("TVP femoropoplitea izq", "I82.412"), ("HTA", "I10"), ("hipotiroidismo", "E03.9"),
      ("Ca de mama izq en remision", "Z85.3"), ("osteoporosis", "M81.0")],
     negated=["disnea", "dolor toracico", "hemoptisis", "traumatismo", "TEP"])

note("prescription", "h11-es-ar-02", "AR", "es", """RECETA ELECTRONICA - PAMI                    Fecha: 02/12/2026
Afiliado: [[N|GODOY, RAMON ERNESTO]]   N° afiliado [[R*|15-0339182044-00]]   DNI [[DNI*|6.512.873]]
Diagnostico: Hiperplasia prostatica benigna - Hipertension arterial
Rp/
1) Tamsulosina 0,4 mg caps. x 30 - 1 capsula por dia despues de la cena
2) Amlodipina 5 mg comp. x 60 - 1 comp. cada 12 hs
Prescriptor: [[N|Gustavo Peralta]]   M.P. [[CED*|31.227]]   Clinica medica - Cordoba
Firma y sello
""",
     [("Tamsulosina", "0,4 mg", None, "por dia despues de la cena"), ("Amlodipina", "5 mg", None, "cada 12 hs")],
     [("Hiperplasia prostatica benigna", "N40.0"), ("Hipertension arterial", "I10")])

note("nephrology consult", "h11-es-ar-03", "AR", "es", f"""Consultorio de Nefrologia - Sanatorio Parque, Rosario                       01/12/26
Pac. [[N|Carina Beatriz Lombardi]] ([[DNI|{bare(cuit11("2725117903"))}]]), 51 años, derivada por su clinico, Dr. [[N|Pablo Ruggeri]],
por caida del filtrado.
Antecedentes: DBT tipo 2 hace 14 años, HTA, obesidad, dislipemia, retinopatia diabetica no proliferativa (laser OI 2024).
Sin antecedentes de litiasis ni infecciones urinarias a repeticion.
Medicacion: metformina 1000 mg c/12 hs, glimepirida 4 mg/dia, enalapril 20 mg/dia, atorvastatina 20 mg, ibuprofeno a
demanda por lumbalgia (casi todos los dias ultimamente).
Lab 20/11: creatinina 1,62 mg/dl, FGe (CKD-EPI) 38 ml/min/1,73 m2, urea 58, K 5,0, RAC 420 mg/g, HbA1c 8,1 %.
Ecografia renal: riñones de tamaño conservado, buena diferenciacion corticomedular, sin dilatacion.
TA 148/94.
Evaluacion: ERC estadio G3b A3 por nefropatia diabetica, HTA no controlada, DBT 2 mal controlada.
Indicaciones: suspender ibuprofeno y todo AINE (paracetamol si dolor). Metformina bajar a 500 mg c/12 hs. Rotar
glimepirida por linagliptina 5 mg una vez al dia. Enalapril 20 mg por dia, sin cambios. Agrego dapagliflozina 10 mg
por la mañana. Dieta hiposodica, control de K y creatinina en 2 semanas, luego control conmigo en 6 semanas.
Dra. [[N|Verónica Aimar]] - Nefrologa   M.P. [[CED*|13.905]]
""",
     [("Metformina", "500 mg", None, "c/12 hs"), ("linagliptina", "5 mg", None, "una vez al dia"),
      ("Enalapril", "20 mg", None, "por dia"), ("dapagliflozina", "10 mg", None, "por la mañana"),
      ("atorvastatina", "20 mg", None, None)],
     [("DBT tipo 2", "E11.9"), ("HTA", "I10"), ("obesidad", "E66.9"), ("dislipemia", "E78.5"),
      ("retinopatia diabetica no proliferativa", "E11.329"), ("lumbalgia", "M54.50"),
      ("ERC estadio G3b A3 por nefropatia diabetica", "E11.22"), ("HTA no controlada", "I10"),
      ("DBT 2 mal controlada", "E11.65")],
     negated=["litiasis", "infecciones urinarias a repeticion", "dilatacion"], stopped=["ibuprofeno", "glimepirida"])

note("death summary", "h11-es-ar-04", "AR", "es", """HOSPITAL ANGEL C. PADILLA - SAN MIGUEL DE TUCUMAN - UNIDAD CORONARIA
RESUMEN DE HISTORIA CLINICA POR OBITO
Paciente: [[N|Ledesma, Nicolás Humberto]]   DNI [[DNI*|11.437.902]]   H.C. N° [[R*|482.117]]
Ingreso: 27/11/2026 22:40     Obito: 01/12/2026 04:15

Paciente de 72 años con antecedentes de IAM anterior extenso en 2021 con miocardiopatía isquémica (FEy 25%), FA crónica
anticoagulada con acenocumarol, ERC estadio 4 y EPOC. Ingresa a UCO por shock cardiogénico, requiriendo noradrenalina y
dobutamina en dosis altas y ARM. Se suspende el acenocumarol al ingreso (RIN 4,8) y se revierte con vitamina K.
Evoluciona con falla multiorgánica: IRA oligúrica sobre ERC, acidosis láctica refractaria y hepatitis isquémica.
Familia informada en forma diaria (esposa [[N|Elba Nieva]] e hijos); el 30/11 se acuerda adecuacion del esfuerzo
terapeutico: no RCP, no dialisis; se suspenden noradrenalina y dobutamina y se indica sedacion paliativa con morfina
y midazolam en infusion. Fallece el 01/12 a las 04:15, constatado por el Dr. [[N|Fabricio Juárez]] M.P. [[CED*|7741]].

Causa de muerte:
a) Causa inmediata: Shock cardiogénico refractario
b) Causa intermedia: Miocardiopatía isquémica dilatada
c) Causa básica: Cardiopatía isquémica crónica
Otros estados patologicos significativos: ERC estadio 4, EPOC, FA crónica.
Medico: [[N|Fabricio Juárez]] - Cardiologia
""",
     [],
     [("IAM anterior extenso en 2021", "I25.2"), ("miocardiopatía isquémica", "I25.5"), ("FA crónica", "I48.20"),
      ("ERC estadio 4", "N18.4"), ("EPOC", "J44.9"), ("shock cardiogénico", "R57.0"), ("falla multiorgánica", "R68.8"),
      ("IRA oligúrica sobre ERC", "N17.9"), ("acidosis láctica refractaria", "E87.2"), ("hepatitis isquémica", "K72.00"),
      ("Shock cardiogénico refractario", "R57.0"), ("Miocardiopatía isquémica dilatada", "I25.5"),
      ("Cardiopatía isquémica crónica", "I25.9")],
     stopped=["acenocumarol", "noradrenalina", "dobutamina"])

# ======================================= Chile =====================================================================
note("referral", "h11-es-cl-01", "CL", "es", f"""SOLICITUD DE INTERCONSULTA (SIC)                         Fecha: 01-12-2026
Establecimiento de origen: CESFAM Bernardo Leighton, Puente Alto
Especialidad: Endocrinologia adultos - Complejo Asistencial Dr. Sotero del Rio
Nombre: [[N|Francisca Javiera Muñoz Contreras]]   RUT: [[RUT*|{rut(17884301)}]]
Fecha nac.: [[B*|30-03-1991]]   Prevision: FONASA B   N° de ficha: [[R*|112.984]]
Direccion: [[A|Pasaje Los Aromos 0482, Villa Las Araucarias, Puente Alto]]   Fono: [[T|+56 9 8812 4590]]
Hipotesis diagnostica: Hipertiroidismo, probable enfermedad de Graves
¿Es GES?: No
Fundamentos: mujer de 35 años, sin antecedentes morbidos, consulta por baja de peso de 6 kg en 3 meses, palpitaciones,
temblor fino e intolerancia al calor. Niega diarrea. Al examen FC 112 x', bocio difuso grado II, exoftalmo leve
bilateral, piel caliente y humeda. TSH <0,01 uUI/ml, T4L 3,8 ng/dl. Test de embarazo (-).
Se inicia propranolol 20 mg VO c/8 hrs y tiamazol 10 mg VO c/12 hrs; hemograma y perfil hepatico basales normales.
Examenes adjuntos: TSH, T4L, hemograma, perfil hepatico.
Medico solicitante: [[N|Tomás Aravena Soto]]   RUT [[RUT*|{rut(16223914)}]]
""",
     [("propranolol", "20 mg", "VO", "c/8 hrs"), ("tiamazol", "10 mg", "VO", "c/12 hrs")],
     [("Hipertiroidismo", "E05.90"), ("probable enfermedad de Graves", "E05.00")],
     negated=["diarrea"])

note("discharge", "h11-es-cl-02", "CL", "es", f"""HOSPITAL BARROS LUCO TRUDEAU - SERVICIO DE MEDICINA INTERNA
EPICRISIS
Nombre: [[N|Sergio Patricio Valdés Riquelme]]   RUT [[RUT*|{typo(rut(8455012, bad=True))}]]   Edad: 69 años
Ficha clinica: [[R*|1.088.347]]   Fecha ingreso: 22/11/2026   Fecha egreso: 01/12/2026

Diagnosticos de egreso: ACV isquemico de arteria cerebral media izquierda, HTA cronica descompensada, DM tipo 2 insulinorrequiriente, dislipidemia

Resumen: paciente ingresa por hemiparesia braquiocrural derecha y afasia de expresion de 3 horas de evolucion, fuera de
ventana para trombolisis por hora de inicio incierta. TAC y angioTAC: infarto en territorio de ACM izquierda sin
transformacion hemorragica, sin oclusion de gran vaso. Evoluciona con mejoria parcial de la fuerza (M4 en EESS derecha),
persiste disartria leve. Sin disfagia al alta (evaluada por fonoaudiologia). Sin crisis convulsivas. Holter sin FA.
Se cambia enalapril por losartan por tos seca.

Indicaciones al alta: AAS 100 mg vo al almuerzo, atorvastatina 80 mg vo en la noche, losartan 50 mg vo c/12 hrs,
insulina NPH 20 UI sc AM - 10 UI PM, metformina 850 mg vo c/12 hrs. Suspender enalapril.
Kinesiologia motora y fonoaudiologia en su CESFAM. Control en policlinico de neurologia vascular en 1 mes.
Medico tratante: Dr. [[N|Ignacio Farías]]   COLMED [[CED*|31.442]]
Tutor: hija, [[N|Paola Valdés]], fono [[T|9 7734 2216]]
""",
     [("AAS", "100 mg", "vo", "al almuerzo"), ("atorvastatina", "80 mg", "vo", "en la noche"),
      ("losartan", "50 mg", "vo", "c/12 hrs"), ("insulina NPH", "20 UI", "sc", "AM - 10 UI PM"),
      ("metformina", "850 mg", "vo", "c/12 hrs")],
     [("ACV isquemico de arteria cerebral media izquierda", "I63.512"), ("HTA cronica descompensada", "I10"),
      ("DM tipo 2 insulinorrequiriente", "E11.9"), ("dislipidemia", "E78.5"), ("disartria leve", "R47.1")],
     negated=["transformacion hemorragica", "oclusion de gran vaso", "disfagia", "crisis convulsivas", "FA"],
     stopped=["enalapril"])

note("ICU handover", "h11-es-cl-03", "CL", "es", f"""UPC HGGB (Hospital Guillermo Grant Benavente) - Entrega de turno medico 08:00   02-12-2026
Sale: Dra. [[N|Constanza Poblete]]   Entra: Dr. [[N|Matías Sandoval]]

Box 3. [[N|Hernán Alarcón Fuentes]] {"[[RUT|" + bare(rut(6980441)) + "]]"}, 78 años, dia 5 UCI.
#1 Shock septico foco abdominal (peritonitis fecaloidea por perforacion de sigmoides, op. de Hartmann el 27/11), en
mejoria: noradrenalina bajo a 0,05 mcg/kg/min, meta suspender hoy.
#2 Falla respiratoria aguda en VMI: PaFi 210, PEEP 8, FiO2 40%. Si NA < 0,05 -> prueba de ventilacion espontanea.
#3 AKI KDIGO 2: diuresis 0,6 ml/kg/h, crea 2,1 (basal 1,0). Sin criterios de dialisis por ahora.
#4 HTA y FA paroxistica: amiodarona suspendida ayer por QT 510 ms, en ritmo sinusal.
ATB: meropenem 1 g EV c/8h (dia 5), cultivos de liquido peritoneal con E. coli BLEE.
Sedoanalgesia: fentanilo 50 mcg/h EV en BIC; propofol suspendido a las 06:00 (RASS -1).
Profilaxis: heparina 5000 UI SC c/12h, omeprazol 40 mg EV cada 24 h. Insulina cristalina segun esquema (HGT c/6h).
Familia: hija [[N|Marcela Alarcón]] viene a las 15 h, informar evolucion. Fono [[T|+56 9 9021 3378]]
""",
     [("noradrenalina", "0,05 mcg/kg/min", None, None), ("meropenem", "1 g", "EV", "c/8h"),
      ("fentanilo", "50 mcg/h", "EV", "en BIC"), ("heparina", "5000 UI", "SC", "c/12h"),
      ("omeprazol", "40 mg", "EV", "cada 24 h"), ("Insulina cristalina", None, None, "segun esquema")],
     [("Shock septico foco abdominal", "R65.21"), ("peritonitis fecaloidea por perforacion de sigmoides", "K65.0"),
      ("Falla respiratoria aguda", "J96.00"), ("AKI KDIGO 2", "N17.9"), ("HTA", "I10"), ("FA paroxistica", "I48.0")],
     negated=["criterios de dialisis"], stopped=["amiodarona", "propofol"])

note("progress / SOAP", "h11-es-cl-04", "CL", "es", f"""CESFAM Pedro de Valdivia, Temuco - Control Programa de Salud Cardiovascular (PSCV)
01/12/26  Sra. [[N|Rosa Huenchullán Painemal]], 63 a, RUT [[RUT*|{rut(9337264, dots=False)}]], PSCV riesgo cardiovascular alto.
Vive en [[A|comuna de Padre Las Casas, sector Truf Truf, km 4 camino a Huichahue]], viaja en bus rural.
Trae registro de presiones en domicilio 130-145/80-90. Adherente, retira farmacos mensualmente. Niega dolor toracico,
niega edema de EEII, camina 30 min diarios a la feria.
PA 138/84  peso 74 kg  IMC 30,8  HbA1c 7,2 %  RAC 45 mg/g  VFG 52  LDL 96
Diag: HTA controlada; DM2 en meta; ERC etapa 3a; obesidad
Indicaciones: Losartan 50 mg c/12 h. Hidroclorotiazida 25 mg media tableta AM. Metformina 850 mg con almuerzo y cena.
AAS 100 mg al dia. Atorvastatina 20 mg en la noche. Examen de fondo de ojo pendiente (UAPO). Control en 3 meses con
enfermera, 6 meses con medico.
Enf. [[N|Daniela Catrileo]] / Dr. [[N|Felipe Ortúzar]]
""",
     [("Losartan", "50 mg", None, "c/12 h"), ("Hidroclorotiazida", "media tableta", None, "AM"),
      ("Metformina", "850 mg", None, "con almuerzo y cena"), ("AAS", "100 mg", None, "al dia"),
      ("Atorvastatina", "20 mg", None, "en la noche")],
     [("HTA controlada", "I10"), ("DM2 en meta", "E11.9"), ("ERC etapa 3a", "N18.31"), ("obesidad", "E66.9")],
     negated=["dolor toracico", "edema de EEII"])

# ======================================= Peru ======================================================================
note("emergency", "h11-es-pe-01", "PE", "es", """HOSPITAL CAYETANO HEREDIA - SERVICIO DE EMERGENCIA - Topico de Medicina
Fecha/hora: 02/12/2026 00:50
Paciente: [[N|QUISPE HUAMÁN, Teodoro]]   DNI [[DNI*|40918273]]   HCl [[R*|1188204]]   Seguro: SIS
Edad: 48 a.   Procedencia: [[A|AA.HH. Los Olivos de Pro, Mz. K Lt. 14, Los Olivos]]
Acompañante: [[N|Nélida Chávez]] (esposa)  cel [[T|987 331 204]]

Relato: pcte refiere dolor abdominal en epigastrio que luego migra a FID desde hace 20 h, nauseas, 1 vomito alimentario,
hiporexia. Niega diarrea, niega disuria. Sin fiebre en casa, no tomo analgesicos.
Antec: DM2 hace 5 años con metformina 850 mg c/12h (toma irregular), no HTA, no cirugias previas. NAMC.
Ex: PA 130/80  FC 98  FR 18  T 37.9  SatO2 97%. Abdomen: RHA disminuidos, dolor a la palpacion en FID, Mc Burney (+),
Blumberg (+), Rovsing (+).
Lab: leucocitos 15 800, abastonados 6 %, glucosa 248, PCR 9,4. Ecografia: apendice de 9 mm no compresible, liquido libre
escaso en FID.
Dx: 1. Apendicitis aguda  2. DM2 no controlada
Plan: NPO. ClNa 9‰ 1000 cc EV a 40 gotas x'. Metamizol 1 g EV c/8h PRN dolor. Omeprazol 40 mg EV c/24h.
Ceftriaxona 2 g EV c/24h + metronidazol 500 mg EV c/8h. Insulina R segun HGT c/6h. Metformina suspendida mientras
este en NPO. IC a Cirugia General - sala de operaciones.
Medico de guardia: [[N|Giancarlo Salas Ríos]]   CMP [[CED*|58216]]
""",
     [("ClNa 9‰", "1000 cc", "EV", "a 40 gotas x'"), ("Metamizol", "1 g", "EV", "c/8h PRN dolor"),
      ("Omeprazol", "40 mg", "EV", "c/24h"), ("Ceftriaxona", "2 g", "EV", "c/24h"), ("metronidazol", "500 mg", "EV", "c/8h"),
      ("Insulina R", None, None, "segun HGT c/6h")],
     [("DM2", "E11.9"), ("Apendicitis aguda", "K35.80"), ("DM2 no controlada", "E11.65")],
     negated=["diarrea", "disuria", "fiebre", "HTA"], stopped=["Metformina"])

note("lab report", "h11-es-pe-02", "PE", "es", """LABORATORIO CLINICO "VIRGEN DE CHAPI" - Calle Misti 204, Yanahuara, Arequipa - Tel. (054) 25-4410
==============================================================================
PACIENTE : [[N|CCALLO MAMANI YESENIA]]                  ORDEN N° : [[R*|0026-118732]]
DNI      : [[DNI*|72044815]]                          EDAD     : 27 A    SEXO: F
F. NAC.  : [[B*|11-ENE-1999]]                       PROCEDENCIA: C.S. Mariano Melgar
MEDICO   : [[N|ZEBALLOS PINTO, R.]]                   FECHA    : 01/12/2026
==============================================================================
HEMATOLOGIA                     RESULTADO    UNIDAD     VALORES REFERENCIALES
 Hemoglobina .................. 9.4          g/dL       12.0 - 16.0
 Hematocrito .................. 29           %          36 - 46
 VCM .......................... 71           fL         80 - 100
 HCM .......................... 22           pg         27 - 33
 Leucocitos ................... 7 200        /mm3       4 500 - 11 000
 Plaquetas .................... 412 000      /mm3       150 000 - 450 000
BIOQUIMICA
 Ferritina .................... 6            ng/mL      15 - 150
 Glucosa basal ................ 82           mg/dL      70 - 110
ORINA - EXAMEN COMPLETO
 Leucocitos 25-30 x campo, hematies 2-4 x campo, nitritos POSITIVO, bacterias +++
 B-HCG cualitativa en orina ... NEGATIVO
==============================================================================
Conclusion: anemia microcitica hipocromica ferropenica. Sedimento urinario compatible con infeccion urinaria.
Tecnologo Medico: [[N|Ruth Apaza Condori]]   CTMP [[CED*|6219]]
""",
     [], [("anemia microcitica hipocromica ferropenica", "D50.9"), ("infeccion urinaria", "N39.0")])

note("counter-referral", "h11-es-pe-03", "PE", "es", """HOJA DE CONTRARREFERENCIA - MINSA / GERESA CUSCO
Establecimiento que contrarrefiere: Hospital Regional del Cusco - Servicio de Neumologia
Establecimiento de destino: C.S. Santiago - Estrategia Sanitaria de Prevencion y Control de TB
Paciente: [[N|Wilber Huillca Ccorimanya]]   DNI [[DNI*|45127738]]   HC: [[R*|277081]]
Fecha de nac.: [[B*|3 de agosto de 1987]]   Domicilio: [[A|Jr. Tupac Amaru 318, APV Los Nogales, Santiago]]
Familiar: [[N|Rosalía Ccorimanya]] (madre), cel [[T|984 220 713]]

Resumen: hospitalizado del 20/11 al 01/12 por tos productiva de 6 semanas, hemoptoicos, baja de peso de 8 kg y sudoracion
nocturna. BK en esputo ++ (2 muestras), Xpert MTB/RIF: MTB detectado, sensible a rifampicina. Rx: cavitacion apical
derecha. Prueba rapida negativa para VIH. Glucosa en ayunas 186 y 201, HbA1c 8,9 %.
Diagnostico final:
- Tuberculosis pulmonar frotis positivo, sensible (A15.0)
- Diabetes mellitus tipo 2 de reciente diagnostico (E11.9)
- Desnutricion proteico calorica leve (E44.1)
Tratamiento indicado - Esquema para TB sensible, 1ra fase (2 meses, 50 dosis), supervisado (DOT) lunes a sabado:
 Isoniazida 300 mg VO diario
 Rifampicina 600 mg VO diario
 Pirazinamida 1500 mg VO diario
 Etambutol 1200 mg VO diario
 Piridoxina 50 mg VO diario
 Metformina 850 mg VO con el almuerzo
Recomendaciones: estudio de contactos censados (4 en domicilio), control de BK mensual, glucosa en 2 semanas,
evaluacion por nutricion.
Contrarreferido por: Dr. [[N|Edwin Quispe Tupayachi]]   CMP [[CED*|44612]]   RNE [[CED*|21988]]
""",
     [("Isoniazida", "300 mg", "VO", "diario"), ("Rifampicina", "600 mg", "VO", "diario"),
      ("Pirazinamida", "1500 mg", "VO", "diario"), ("Etambutol", "1200 mg", "VO", "diario"),
      ("Piridoxina", "50 mg", "VO", "diario"), ("Metformina", "850 mg", "VO", "con el almuerzo")],
     [("Tuberculosis pulmonar frotis positivo, sensible", "A15.0"),
      ("Diabetes mellitus tipo 2 de reciente diagnostico", "E11.9"), ("Desnutricion proteico calorica leve", "E44.1")],
     negated=["VIH"])

# ======================================= Brazil ====================================================================
note("discharge", "h11-pt-br-01", "BR", "pt", f"""IRMANDADE SANTA CASA DE MISERICÓRDIA DE PORTO ALEGRE - Hospital Dom Vicente Scherer
SUMÁRIO DE ALTA
Paciente: [[N|Ana Cláudia Becker Schmitt]]   Prontuário: [[R*|2.845.117]]
CPF: [[CPF*|{typo(cpf("023556781", bad=True))}]]   Cartão SUS: [[R*|702 4018 3355 8271]]
Data de nascimento: [[B*|17/09/1958]]   Convênio: SUS
Internação: 20/11/2026   Alta: 01/12/2026   Equipe: Cirurgia Torácica
Médico responsável: Dr. [[N|Rafael Zanini Brum]] - CRM-RS [[CED*|28.417]]

Diagnóstico principal: adenocarcinoma de pulmão lobo superior direito, estádio IB (C34.1)
Diagnósticos secundários: DPOC leve (J44.9); hipertensão arterial sistêmica (I10); hipotireoidismo (E03.9)
Procedimento: lobectomia superior direita por videotoracoscopia (VATS) em 21/11/2026.
Evolução: pós-operatório com fuga aérea prolongada até o 6º dia, dreno retirado em 28/11.
Sem febre, sem sinais de infecção da ferida operatória. Apresentou fibrilação atrial aguda no 2º PO, revertida com amiodarona IV, mantida VO
por 30 dias. Hiponatremia leve no 4º PO (Na 129), atribuída à hidroclorotiazida.
Prescrição de alta:
- Amiodarona 200 mg VO 1x/dia por 30 dias
- Tramadol 50 mg VO de 8/8 h se dor
- Dipirona 1 g VO de 6/6 h se dor ou febre
- Levotiroxina 50 mcg VO em jejum
- Losartana 50 mg VO de 12/12 h
- Formoterol + budesonida 12/400 mcg, 1 inalação de 12/12 h
Suspenso: hidroclorotiazida.
Retorno: ambulatório de cirurgia torácica em 10 dias com RX de tórax; oncologia com anatomopatológico.
Contato: filha [[N|Juliana Becker]] - [[T|(51) 99874-3021]]
""",
     [("Amiodarona", "200 mg", "VO", "1x/dia por 30 dias"), ("Tramadol", "50 mg", "VO", "de 8/8 h se dor"),
      ("Dipirona", "1 g", "VO", "de 6/6 h se dor ou febre"), ("Levotiroxina", "50 mcg", "VO", "em jejum"),
      ("Losartana", "50 mg", "VO", "de 12/12 h"), ("Formoterol + budesonida", "1 inalação", None, "de 12/12 h")],
     [("adenocarcinoma de pulmão lobo superior direito, estádio IB", "C34.11"), ("DPOC leve", "J44.9"),
      ("hipertensão arterial sistêmica", "I10"), ("hipotireoidismo", "E03.9"), ("fibrilação atrial aguda", "I48.91"),
      ("Hiponatremia leve", "E87.1")],
     negated=["febre", "sinais de infecção da ferida operatória"], stopped=["hidroclorotiazida"])

note("telemedicine cardiology", "h11-pt-br-02", "BR", "pt", f"""TELECONSULTA - CARDIOLOGIA | Hospital Municipal de Salvador - Núcleo de Telessaúde     01/12/2026 14:00
Paciente [[N|José Raimundo Santos Oliveira]], [[CPF|{bare(cpf("418220937"))}]], 66 anos, em casa em [[A|Rua Direta de Cajazeiras, 112, Cajazeiras X]],
acompanhado da esposa [[N|Maria das Graças Oliveira]], que segura o celular. Consentimento verbal registrado.
Queixa: falta de ar aos médios esforços e inchaço nos tornozelos há 3 semanas, dorme com 2 travesseiros.
HPP: HAS há 20 anos, DM2, IAM em 2022 com angioplastia + stent na DA. Nega tabagismo. Nega etilismo.
Em uso: AAS 100 mg 1x/dia, atorvastatina 40 mg à noite, metformina 850 mg 2x/dia, enalapril 10 mg 2x/dia, carvedilol
12,5 mg 2x/dia. Clopidogrel 75 mg por 12 meses após o stent (terminou em 2023).
Exames (enviados por WhatsApp): ecocardiograma 20/11 FEVE 38% com acinesia anterior, BNP 640, creatinina 1,1, K 4,6.
Impressão: insuficiência cardíaca com fração de ejeção reduzida, NYHA II-III, provavelmente isquêmica; HAS; DM2;
doença arterial coronariana com stent prévio.
Conduta: trocar enalapril por sacubitril/valsartana 24/26 mg VO 12/12 h (iniciar 36 h após a última dose do enalapril);
furosemida 40 mg VO pela manhã; espironolactona 25 mg VO 1x/dia; dapagliflozina 10 mg VO 1x/dia; manter carvedilol,
AAS, atorvastatina e metformina. Exames em 2 semanas (K, creatinina). Retorno presencial em 1 mês.
Dra. [[N|Luana Menezes Barreto]] - CRM-BA [[CED*|21.094]]
""",
     [("AAS", "100 mg", None, "1x/dia"), ("atorvastatina", "40 mg", None, "à noite"), ("metformina", "850 mg", None, "2x/dia"),
      ("carvedilol", "12,5 mg", None, "2x/dia"), ("sacubitril/valsartana", "24/26 mg", "VO", "12/12 h"),
      ("furosemida", "40 mg", "VO", "pela manhã"), ("espironolactona", "25 mg", "VO", "1x/dia"),
      ("dapagliflozina", "10 mg", "VO", "1x/dia")],
     [("HAS", "I10"), ("DM2", "E11.9"), ("IAM em 2022", "I25.2"),
      ("insuficiência cardíaca com fração de ejeção reduzida", "I50.22"),
      ("doença arterial coronariana com stent prévio", "I25.10")],
     negated=["tabagismo", "etilismo"], stopped=["enalapril"])

note("emergency", "h11-es-br-03", "BR", "es", f"""Santa Casa de Misericórdia de Sant'Ana do Livramento - Pronto Atendimento      01/12/2026 21:30
Paciente: [[N|Adriana Rodrigues da Rosa]]   CPF [[CPF*|{cpf("772903154")}]]   prontuário [[R*|PA-88120]]
Nascida em [[B*|02/02/1979]], mora en [[A|Rua Sarandí 1540, Bairro Prado]] (del lado brasileño), fone [[T|(55) 98114-2290]]
Motivo: "dor de cabeça muito forte" y vómitos desde la tarde.
Cuadro de 6 hs de cefalea hemicraneana izquierda pulsátil, igual a las crisis de siempre pero más larga, con fotofobia,
náuseas y 2 vómitos. Antecedentes: enxaqueca sin aura hace 15 años, hipotireoidismo en uso de levotiroxina 100 mcg.
Toma paracetamol con cafeína casi todos los días "para poder trabajar" hace 3 meses. Nega febre, nega trauma.
Examen: PA 128/82, afebril, sin rigidez de nuca, sin déficit focal, fondo de ojo sin papiledema.
Se administraron dipirona 1 g EV, metoclopramida 10 mg EV y SF 0,9% 500 ml EV, con alivio a los 40 min.
HD: Crisis de migraña sin aura prolongada; cefalea por uso excesivo de analgésicos.
Alta con: naratriptana 2,5 mg VO al inicio de la crisis, puede repetir en 4 h; naproxeno 550 mg VO de 12/12 h por 3 dias.
Suspender el paracetamol con cafeína diario. Encaminhada al ambulatorio de neurología (UBS) para profilaxis.
Dr. [[N|Martín Olivera]]   CRM-RS [[CED*|41.902]]
""",
     [("levotiroxina", "100 mcg", None, None), ("naratriptana", "2,5 mg", "VO", "al inicio de la crisis, puede repetir en 4 h"),
      ("naproxeno", "550 mg", "VO", "de 12/12 h por 3 dias")],
     [("enxaqueca sin aura", "G43.009"), ("hipotireoidismo", "E03.9"), ("Crisis de migraña sin aura prolongada", "G43.009"),
      ("cefalea por uso excesivo de analgésicos", "G44.41")],
     negated=["febre", "trauma", "rigidez de nuca", "déficit focal", "papiledema"], stopped=["paracetamol con cafeína"])

# ======================================= Ecuador ===================================================================
note("progress / SOAP", "h11-es-ec-01", "EC", "es", f"""HOSPITAL DE ESPECIALIDADES CARLOS ANDRADE MARIN - IESS - QUITO
Servicio: Gastroenterologia - Hospitalizacion, cama 7-14
EVOLUCION MATUTINA   02/12/2026 07:30
Paciente: [[N|Patricio Xavier Guerrero Andrade]]   C.I. [[DNI*|{typo(cedula_ec("170934562", bad=True))}]]   HCl [[R*|458812]]   Dia de hospitalizacion: 4
S: Paciente refiere menor dolor abdominal (EVA 3/10), tolera dieta liquida, niega nausea. Deposicion 1 vez, formada,
sin sangre.
O: TA 118/72, FC 84, FR 18, T 36.8, SatO2 93% (2800 msnm). Abdomen blando, depresible, leve dolor en epigastrio, sin
signos peritoneales. Lipasa 412 U/L (ingreso 3 850). TAC 30/11: pancreas edematoso sin necrosis; vesicula con litos.
A: 1. Pancreatitis aguda biliar leve, en resolucion (K85.10)  2. Colelitiasis (K80.20)  3. HTA en tratamiento
P: progresar a dieta blanda hipograsa, suspender tramadol, paracetamol 1 g IV c/8h si dolor, enalapril 10 mg VO QD,
enoxaparina 40 mg SC QD. Valoracion por cirugia general para colecistectomia en esta misma hospitalizacion.
R3 Gastroenterologia: [[N|Daniela Vaca]]  /  Tratante: Dr. [[N|Fausto Proaño]]   cod. MSP [[CED*|17-04822]]
""",
     [("paracetamol", "1 g", "IV", "c/8h si dolor"), ("enalapril", "10 mg", "VO", "QD"), ("enoxaparina", "40 mg", "SC", "QD")],
     [("Pancreatitis aguda biliar leve, en resolucion", "K85.10"), ("Colelitiasis", "K80.20"), ("HTA en tratamiento", "I10")],
     negated=["nausea", "sangre", "signos peritoneales", "necrosis"], stopped=["tramadol"])

note("vaccination / well-child", "h11-es-ec-02", "EC", "es", f"""MINISTERIO DE SALUD PUBLICA - Centro de Salud Bastion Popular tipo C, Guayaquil
REGISTRO DE VACUNACION Y CONTROL DEL NIÑO SANO                      01/12/2026
Niña [[N|Dayanna Nicole Cedeño Vera]], 12 meses, {"[[DNI|" + bare(cedula_ec("095873214")) + "]]"}
Madre: [[N|Jessenia Vera Bustamante]]   cel [[T|099 412 7765]]
Direccion: [[A|Bloque 3, Mz 1120 Sl 8, frente a la cancha de indor]]
Peso 9,1 kg (P50), talla 74 cm (P50), PC 45 cm. Desarrollo psicomotor adecuado: camina con apoyo, dice "mama" y "papa".
Lactancia materna + alimentacion complementaria. Niega fiebre en los ultimos dias, sin alergias conocidas.
Hb capilar 10,6 g/dl.
Vacunas aplicadas hoy:
- SRP (sarampion, rubeola, parotiditis) 0,5 ml SC brazo izquierdo, 1ra dosis
- Neumococo conjugada (refuerzo) 0,5 ml IM muslo derecho
- Fiebre amarilla 0,5 ml SC brazo derecho
Observacion 30 minutos sin reaccion inmediata.
Dx: Control de salud de rutina del niño (Z00.12); anemia leve por probable deficit de hierro (D50.9)
Indicaciones: sulfato ferroso gotas 25 mg/ml, 1,5 ml VO cada dia por 3 meses, lejos de la leche. Paracetamol gotas
1,4 ml VO c/6h si fiebre despues de la vacuna. Proximo control en 3 meses (varicela, DPT refuerzo a los 18 meses).
Vacunadora: Lcda. [[N|Mariuxi Pincay]]   Medico: [[N|Bryan Zambrano Loor]]   cod. MSP [[CED*|0918-2211]]
""",
     [("SRP", "0,5 ml", "SC", None), ("Neumococo conjugada", "0,5 ml", "IM", None), ("Fiebre amarilla", "0,5 ml", "SC", None),
      ("sulfato ferroso", "1,5 ml", "VO", "cada dia por 3 meses"), ("Paracetamol", "1,4 ml", "VO", "c/6h si fiebre")],
     [("Control de salud de rutina del niño", "Z00.12"), ("anemia leve por probable deficit de hierro", "D50.9")],
     negated=["fiebre", "alergias conocidas", "reaccion inmediata"])

# ======================================= Uruguay ===================================================================
note("discharge", "h11-es-uy-01", "UY", "es", f"""HOSPITAL DE CLINICAS "DR. MANUEL QUINTELA" - CLINICA MEDICA "C" - Piso 8
RESUMEN DE ALTA
Nombre: [[N|Silvia Noemí Pereira Castro]]   C.I. [[DNI*|{typo(ci_uy("3218765", bad=True))}]]   Registro: [[R*|0721889]]
Edad: 58 años   Ingreso: 24/11/2026   Alta: 01/12/2026   Prestador: ASSE

Motivo de ingreso: melenas de 3 dias y astenia.
Antecedentes personales: HTA, gonartrosis bilateral con consumo cronico de diclofenac (casi diario), tabaquista de
20 cig/dia. Sin cirugias previas.
Evolucion: ingresa con Hb 6,2 g/dl, hemodinamicamente estable. Se transfunden 2 volumenes de GR. FGC: ulcera duodenal
Forrest IIb en cara anterior, se realiza terapia endoscopica combinada. Test de ureasa positivo para H. pylori.
Buena evolucion, no presento nuevas melenas, Hb al alta 9,0 g/dl.
Diagnosticos:
· Hemorragia digestiva alta por ulcera duodenal Forrest IIb (K26.4)
· Infeccion por Helicobacter pylori (B96.81)
· Anemia aguda posthemorragica (D62)
· HTA (I10)
· Gonartrosis bilateral (M17.0)
Tratamiento al alta:
· Omeprazol 40 mg v/o cada 12 h por 8 semanas
· Amoxicilina 1 g v/o cada 12 h por 14 dias
· Claritromicina 500 mg v/o cada 12 h por 14 dias
· Sulfato ferroso 300 mg v/o dia
· Amlodipina 5 mg v/o dia
· Paracetamol 1 g v/o hasta cada 8 h si dolor
· Parche de nicotina 21 mg/24 h transdermico, 1 parche cada mañana (rotar sitio)
Se suspende diclofenac y se contraindica cualquier AINE. Cesacion tabaquica: policlinica de tabaquismo.
Control en policlinica de gastroenterologia con FGC en 8 semanas.
Medico: [[N|Agustina Rodríguez]] (Residente) - Dr. [[N|Gonzalo Bentancor]] (Prof. Adj.)
Contacto: esposo [[N|Washington Silva]] [[T|099 183 442]]
""",
     [("Omeprazol", "40 mg", "v/o", "cada 12 h por 8 semanas"), ("Amoxicilina", "1 g", "v/o", "cada 12 h por 14 dias"),
      ("Claritromicina", "500 mg", "v/o", "cada 12 h por 14 dias"), ("Sulfato ferroso", "300 mg", "v/o", "dia"),
      ("Amlodipina", "5 mg", "v/o", "dia"), ("Paracetamol", "1 g", "v/o", "hasta cada 8 h si dolor"),
      ("Parche de nicotina", "21 mg/24 h", "transdermico", "1 parche cada mañana")],
     [("Hemorragia digestiva alta por ulcera duodenal Forrest IIb", "K26.4"), ("Infeccion por Helicobacter pylori", "B96.81"),
      ("Anemia aguda posthemorragica", "D62"), ("HTA", "I10"), ("Gonartrosis bilateral", "M17.0")],
     negated=["cirugias previas", "nuevas melenas"], stopped=["diclofenac"])

note("cardiology consult", "h11-es-uy-02", "UY", "es", f"""ASSE - Hospital Pasteur - Policlinica de Cardiologia                 Consulta 01/12/2026
Usuario: [[N|Rubén Darío Acosta Ferreira]]   Cédula de identidad [[DNI*|{ci_uy("1847293")}]]   FN [[B*|12.04.1951]]   Tel. [[T|2 480 3314]]
Derivado por su medica de familia, Dra. [[N|Lorena Techera]], por soplo y disnea de esfuerzo.
Hombre de 75 años, HTA, dislipemia, ex tabaquista. Disnea CF II-III de 4 meses y un episodio de sincope de esfuerzo hace
1 mes caminando por la rambla. Niega dolor toracico, niega palpitaciones.
EF: PA 128/76, FC 52 reg. Soplo sistolico eyectivo 4/6 en foco aortico irradiado a cuello, R2 disminuido. MV presente,
sin estertores. Sin edemas.
ETT: estenosis aortica severa (area 0,7 cm2, gradiente medio 48 mmHg), FEVI 60 %, HVI concentrica.
Impresion: Estenosis aortica severa sintomatica (I35.0), candidato a reemplazo valvular; HTA; dislipemia; bradicardia
sinusal por betabloqueante.
Plan: se presenta en ateneo medico-quirurgico (TAVI vs cirugia, EuroSCORE II 3,1 %). Evitar esfuerzos intensos.
Continua atorvastatina 40 mg en la noche y losartan 50 mg cada 12 h. Se suspende el atenolol. Se agrega furosemida
20 mg v/o en la mañana. Coronariografia coordinada para el 15/12.
Dr. [[N|Fabián Olivera Suárez]] - Cardiologo   CJPPU [[CED*|48.117]]
Contacto: hija [[N|Cecilia Acosta]] [[T|098 771 206]]
""",
     [("atorvastatina", "40 mg", None, "en la noche"), ("losartan", "50 mg", None, "cada 12 h"),
      ("furosemida", "20 mg", "v/o", "en la mañana")],
     [("HTA", "I10"), ("dislipemia", "E78.5"), ("sincope de esfuerzo", "R55"),
      ("Estenosis aortica severa sintomatica", "I35.0"), ("bradicardia", "R00.1")],
     negated=["dolor toracico", "palpitaciones", "estertores", "edemas"], stopped=["atenolol"])

# ======================================= Venezuela =================================================================
note("prescription", "h11-es-ve-01", "VE", "es", """Dr. [[N|Luis Enrique Castellanos M.]]
Medicina Interna - Clinica El Avila, Av. San Juan Bosco, Altamira, Caracas
MPPS [[CED*|54.219]]   C.M. [[CED*|21.338]]

INFORME MEDICO
Quien suscribe, medico internista, hace constar que la ciudadana [[N|María Alejandra Briceño Rangel]], titular de la
C.I. [[DNI*|V-16.884.203]], de 41 años de edad, es evaluada en esta consulta desde 2023 por presentar
Artritis reumatoide seropositiva y Síndrome de Sjögren secundario, en tratamiento con
metotrexato 15 mg VO semanal (los lunes), acido folico 5 mg VO semanal (los martes) e hidroxicloroquina 200 mg VO OD. Se suspendio la prednisona en septiembre.
Actualmente con actividad moderada (DAS28-VSG 4,1). Se expide a peticion de la interesada para tramite ante el IVSS
(medicamentos de alto costo), en Caracas al primer dia del mes de diciembre de 2026.

RECIPE
Paciente: [[N|María Alejandra Briceño Rangel]]   C.I. [[DNI*|V-16.884.203]]   Tlf. [[T|0414-322 1870]]
- Metotrexato 2,5 mg tab. #24
- Acido folico 5 mg tab. #4
- Hidroxicloroquina 200 mg tab. #30
- Lagrimas artificiales (hipromelosa 0,3 %) fco. #2
INDICACIONES
Metotrexato: 6 tabletas juntas VO cada lunes. Acido folico: 1 tableta los martes. Hidroxicloroquina: 1 tableta diaria
con el almuerzo. Lagrimas artificiales: 1 gota en cada ojo QID. Control de hematologia y transaminasas en 6 semanas.
""",
     [("metotrexato", "15 mg", "VO", "semanal (los lunes)"), ("acido folico", "5 mg", "VO", "semanal (los martes)"),
      ("hidroxicloroquina", "200 mg", "VO", "OD"), ("Lagrimas artificiales", "1 gota", "en cada ojo", "QID")],
     [("Artritis reumatoide seropositiva", "M05.9"), ("Síndrome de Sjögren secundario", "M35.00")],
     stopped=["prednisona"])

note("emergency", "h11-es-ve-02", "VE", "es", """Complejo Hospitalario Universitario Ruiz y Paez - Emergencia de Adultos - Ciudad Bolivar
02/12/2026 03:40
Se trata de paciente masculino de 29 años de edad, [[N|Yorman José Rengifo]], C.I. [[DNI*|V-24.507.118]], minero,
natural y procedente de [[A|sector Las Claritas, km 88, municipio Sifontes]], quien refiere inicio de enfermedad actual
hace 5 dias caracterizado por fiebre de 40 °C precedida de escalofrios, cada 48 horas, cefalea, mialgias y orina oscura;
niega sangrado, niega convulsiones. Refiere malaria por vivax en 2024, "tratada con primaquina".
Examen fisico: TA 110/70, FC 104, FR 20, T 38,9. Palidez cutaneomucosa, ictericia leve, hepatoesplenomegalia.
Consciente, orientado, sin dificultad respiratoria.
Paraclinicos: gota gruesa P. falciparum, 12 000 parasitos/ul. Hb 10,1, plaquetas 88 000, glicemia 96, creatinina 1,0,
bilirrubina total 2,4. Sin criterios de malaria grave.
IDx: Malaria por P. falciparum no complicada. Anemia leve. Trombocitopenia.
Plan: arteméter/lumefantrina 20/120 mg 4 tabletas VO c/12h por 3 dias (6 dosis) con comida grasa, primaquina 45 mg VO
dosis unica el dia 3, acetaminofen 1 g VO c/6h si fiebre. Hidratacion oral abundante. Notificacion obligatoria a
Epidemiologia. Gota gruesa control al dia 3.
Med. residente: [[N|Oriana Guevara]]   Adjunto: [[N|Carlos Lezama]]   MPPS [[CED*|98.402]]
Familiar: hermana [[N|Yusmary Rengifo]] [[T|0426-890 3344]]
""",
     [("arteméter/lumefantrina", "4 tabletas", "VO", "c/12h por 3 dias (6 dosis) con comida grasa"),
      ("primaquina", "45 mg", "VO", "dosis unica el dia 3"), ("acetaminofen", "1 g", "VO", "c/6h si fiebre")],
     [("malaria por vivax en 2024", "B51.9"), ("Malaria por P. falciparum no complicada", "B50.9"), ("Anemia leve", "D64.9"),
      ("Trombocitopenia", "D69.6")],
     negated=["sangrado", "convulsiones", "dificultad respiratoria", "criterios de malaria grave"])

# ======================================= Bolivia ===================================================================
note("referral (obstetric)", "h11-es-bo-01", "BO", "es", """SISTEMA UNICO DE SALUD (SUS) - FORMULARIO DE REFERENCIA                 Fecha: 02/12/2026   Hora: 10:40
Establecimiento que refiere: Centro de Salud Integral Senkata, El Alto (1er nivel)
Establecimiento receptor: Hospital Municipal Boliviano Holandes (2do nivel) - Gineco-obstetricia
Nombre: [[N|Justina Mamani Quispe]]   C.I. [[DNI*|6048213 LP]]   Edad: 24 años   N° de historia: [[R*|SEN-3310]]
Domicilio: [[A|Zona Senkata 79, calle 3, detras de la Unidad Educativa Ignacio Calderon]]
Esposo: [[N|Feliciano Choque]]   Telf. [[T|71288340]]
Datos clinicos: G2 P1, embarazo de 35,4 semanas por FUM, 4 controles prenatales. Acude por cefalea frontal intensa y
"lucecitas" desde la mañana. PA 158/104 y 160/106 con 15 min de diferencia, proteinuria en tira ++, edema de MMII ++,
reflejos vivos. Niega epigastralgia, niega sangrado vaginal. Movimientos fetales presentes, FCF 142 lpm.
Dx presuntivo: preeclampsia con criterios de severidad / embarazo de 35 semanas
Tratamiento realizado antes de referir: se administro nifedipino 10 mg VO a las 10:05; sulfato de magnesio impregnacion
4 g IV en 20 min, continua mantenimiento 1 g/h IV durante el traslado; via periferica con Ringer lactato; sonda Foley.
Personal que acompaña: Lic. Enf. [[N|Rosmery Tarqui]]
Responsable de la referencia: Dr. [[N|Iván Limachi Condori]]   Mat. Prof. [[CED*|M-4521]]
""",
     [("sulfato de magnesio", "1 g/h", "IV", "durante el traslado")],
     [("preeclampsia con criterios de severidad", "O14.13"), ("embarazo de 35 semanas", "Z3A.35")],
     negated=["epigastralgia", "sangrado vaginal"])

note("cardiology consult", "h11-es-bo-02", "BO", "es", """Plataforma de Atencion Integral al Paciente con Enfermedad de Chagas - Cochabamba
Consulta de seguimiento (cardiologia)   01/12/2026
pcte [[N|Eusebio Rocha Vargas]], 56a, CI [[DNI*|3106742 CB]], agricultor de [[A|comunidad Chimboco, Sacaba]]
Antecedentes: Chagas cronico (serologia + por 2 tecnicas, 2019), no recibio tratamiento etiologico. BAV completo con
marcapaso definitivo en 2022. Constipacion cronica de años.
S: disnea de medianos esfuerzos, palpitaciones esporadicas, niega sincope, niega disfagia; a veces 4-5 dias sin deposicion.
O: PA 104/68, FC 60 (ritmo de MP), crepitantes bibasales escasos, edema maleolar +. Ecocardiograma 11/2026: FEVI 42 %,
aneurisma apical del VI. Holter: extrasistoles ventriculares frecuentes y 2 episodios de TVNS.
A: Cardiopatía chagásica crónica estadio C con disfunción ventricular moderada; arritmia ventricular (TVNS); portador de MP.
P: carvedilol 6,25 mg c/12h, enalapril 5 mg c/12h, amiodarona 200 mg VO dia (5 dias por semana),
espironolactona 25 mg dia. Para la constipacion lactulosa 15 ml VO en la noche. Control de MP en enero, ECO de control en 6 meses.
Dr. [[N|Mauricio Terceros]]   Cardiologo   Mat. [[CED*|T-1873]]
""",
     [("carvedilol", "6,25 mg", None, "c/12h"), ("enalapril", "5 mg", None, "c/12h"),
      ("amiodarona", "200 mg", "VO", "dia (5 dias por semana)"), ("espironolactona", "25 mg", None, "dia"),
      ("lactulosa", "15 ml", "VO", "en la noche")],
     [("Chagas cronico", "B57.2"), ("BAV completo", "I44.2"), ("Constipacion cronica", "K59.09"),
      ("Cardiopatía chagásica crónica estadio C con disfunción ventricular moderada", "B57.2"),
      ("arritmia ventricular (TVNS)", "I47.29")],
     negated=["sincope", "disfagia"])

# ======================================= Paraguay ==================================================================
note("progress / SOAP", "h11-es-py-01", "PY", "es", """INSTITUTO DE PREVISION SOCIAL - HOSPITAL CENTRAL - Clinica Medica, consultorio 12     01/12/2026
Asegurada: [[N|Ramona Beatriz Giménez de Benítez]]   C.I. N° [[DNI*|2.318.774]]   Nro. de asegurado [[R*|IPS-771802]]
Fecha de nac. [[B*|8 de diciembre de 1962]]   Tel. [[T|0981 442 315]]
Motivo: control de presion y "che akã rasy" (dolor de cabeza) hace una semana.
Paciente de 63 años con HTA hace 8 años, en tratamiento con propranolol 40 mg c/12h y enalapril 10 mg/dia. Refiere que
el propranolol "le cansa" y que el enalapril se le acabo hace 15 dias porque no habia en la farmacia. Toma terere con
yuyos. Niega dolor de pecho, niega disnea, no vision borrosa.
PA 168/102 (brazo der.) 164/100 (izq.), FC 62, peso 92 kg, talla 1,58 m.
Eco abdominal: esteatosis hepatica grado II. Lab: glucosa 108, HbA1c 6,1 %, TGO 48, TGP 61, colesterol 238, TG 266.
Diag.: HTA estadio 2 mal controlada; Obesidad grado II; Esteatosis hepatica (higado graso); Prediabetes; Dislipidemia mixta.
Indicaciones: se suspende el propranolol. Amlodipino 10 mg VO 1 vez al dia. Losartan potasico 100 mg VO dia en lugar
del enalapril. Rosuvastatina 10 mg VO a la noche. Paracetamol 500 mg VO c/8 h si dolor de cabeza. Dieta hiposodica,
caminar 30 min. Control en 4 semanas con MAPA.
Dr. [[N|Hugo Ramón Villalba]]   Reg. Prof. [[CED*|8.117]]
""",
     [("Amlodipino", "10 mg", "VO", "1 vez al dia"), ("Losartan potasico", "100 mg", "VO", "dia"),
      ("Rosuvastatina", "10 mg", "VO", "a la noche"), ("Paracetamol", "500 mg", "VO", "c/8 h si dolor de cabeza")],
     [("HTA estadio 2 mal controlada", "I10"), ("Obesidad grado II", "E66.9"), ("Esteatosis hepatica", "K76.0"),
      ("Prediabetes", "R73.03"), ("Dislipidemia mixta", "E78.2")],
     negated=["dolor de pecho", "disnea", "vision borrosa"], stopped=["propranolol", "enalapril"])

note("admission (pediatric)", "h11-es-py-02", "PY", "es", """HOSPITAL DE CLINICAS - FCM-UNA - San Lorenzo - PEDIATRIA, Sala de internados
HISTORIA CLINICA DE INGRESO                                   01/12/2026 19:00
Nombre: [[N|Thiago Benjamín Ortiz Aquino]]   Edad: 3 años 2 meses   Sexo: M
Fecha de nacimiento: [[B*|2023-09-28]]   C.I. [[DNI*|7.112.905]]   Ficha: [[R*|HC-2026-118440]]
Padre: [[N|Derlis Ortiz]]   Madre: [[N|Lorena Aquino]]   Tel. [[T|+595 983 301 227]]
Procedencia: [[A|Barrio San Miguel, Capiata, calle Las Residentas casi Mcal. Lopez]]
MC: fiebre y tos.
HEA: cuadro de 4 dias de fiebre hasta 39,5 °C, tos productiva, decaimiento y rechazo alimentario. Recibio amoxicilina
250 mg c/8h VO por 2 dias indicada en la USF, sin mejoria. No vomitos, no diarrea.
APP: nacido a termino, 3,2 kg, sin internaciones previas. Vacunas al dia. Alergias: no conocidas.
EF: Peso 14 kg. FR 48, FC 138, SatO2 91% AA, T 38,7. Tiraje subcostal leve, hipoventilacion base derecha con soplo
tubario y crepitantes.
Rx de torax: condensacion en lobulo inferior derecho, sin derrame pleural.
Dx: Neumonia adquirida en la comunidad, lobar derecha, con hipoxemia (J18.1)
Plan: O2 por canula nasal 1 L/min, ampicilina 700 mg EV cada 6 horas, paracetamol 210 mg VO c/6h si T > 38 °C.
Se suspende la amoxicilina oral. Hemograma y PCR en 48 h. Dieta libre fraccionada.
Medico residente: [[N|Alicia Ferreira]]   Reg. Prof. [[CED*|12.448]]
""",
     [("ampicilina", "700 mg", "EV", "cada 6 horas"), ("paracetamol", "210 mg", "VO", "c/6h si T > 38 °C")],
     [("Neumonia adquirida en la comunidad, lobar derecha, con hipoxemia", "J18.1")],
     negated=["vomitos", "diarrea", "derrame pleural"], stopped=["amoxicilina"])

# ======================================= Central America ===========================================================
note("home visit", "h11-es-gt-01", "GT", "es", """MSPAS - Area de Salud Alta Verapaz - Distrito de Salud Coban - Equipo de salud comunitaria
NOTA DE VISITA DOMICILIARIA                                            01/12/2026
Visita a la familia [[N|Caal Choc]] en [[A|aldea Sesajal, caserio Las Pacayas, a 2 km de la Escuela Oficial Rural Mixta]].
Paciente: [[N|Marcelina Choc Xol]], 38 años, DPI [[DNI*|2417 58832 1601]]; habla q'eqchi', interpreta su hija
[[N|Rosa Caal Choc]] (15 años).
Puerperio de 7 dias, parto domiciliario atendido por la comadrona Doña [[N|Petrona Cuz]]; RN masculino de termino,
hijo de [[N|Marcelina Choc Xol]] y de [[N|Sebastián Caal]].
Madre: refiere sentirse bien, sangrado escaso. PA 110/70, T 36,6, utero involucionado por debajo del ombligo, loquios
serosos sin mal olor, mamas sin signos de mastitis, lactancia exclusiva. Hb 9,8 g/dl (hemoglobinometro portatil).
RN: peso 3 150 g, succion adecuada, ombligo limpio, sin ictericia. No habia recibido vacunas.
Vacunas aplicadas hoy al RN: hepatitis B pediatrica 0,5 ml IM en muslo izquierdo; BCG 0,05 ml ID en brazo derecho.
Dx: Puerperio fisiologico (Z39.2); Anemia leve en el puerperio (O90.81); RN sano
Tx a la madre: sulfato ferroso 300 mg VO cada dia por 3 meses, acido folico 5 mg VO diario. Se orienta sobre
planificacion familiar (desea inyectable trimestral en el puesto de salud) y signos de peligro.
Equipo: Dr. [[N|Edgar Ical]] Col. [[CED*|14.882]], Aux. Enf. [[N|Olga Tiul]]
""",
     [("hepatitis B pediatrica", "0,5 ml", "IM", None), ("BCG", "0,05 ml", "ID", None),
      ("sulfato ferroso", "300 mg", "VO", "cada dia por 3 meses"), ("acido folico", "5 mg", "VO", "diario")],
     [("Puerperio fisiologico", "Z39.2"), ("Anemia leve en el puerperio", "O90.81")],
     negated=["mal olor", "signos de mastitis", "ictericia"])

note("emergency", "h11-es-sv-01", "SV", "es", f"""HOSPITAL NACIONAL SAN JUAN DE DIOS DE SAN MIGUEL - UNIDAD DE EMERGENCIA
HOJA DE EMERGENCIA                                                  02/12/2026 13:05
Paciente: [[N|José Bernabé Argueta Romero]]   DUI: [[DNI*|{typo(dui11("04518873", bad=True))}]]   Exp. [[R*|18822-26]]
Edad: 34 años. Ocupacion: jornalero agricola (maiz y frijol).
Domicilio: [[A|canton El Jute, caserio Los Mangos, San Miguel]]
Lo trae su compañero de trabajo [[N|Nelson Ventura]] 2 horas despues de fumigar sin equipo de proteccion con un
organofosforado ("el veneno de la bomba"). Presenta sialorrea, sudoracion profusa, vomitos, diarrea, miosis puntiforme,
fasciculaciones en brazos. FC 48, TA 90/60, SatO2 89%, estertores bilaterales. Niega ingesta intencional, niega
ideacion suicida.
Dx: Intoxicacion aguda por organofosforado, moderada-severa; bradicardia sinusal; broncorrea.
Manejo: descontaminacion (retiro de ropa, baño con agua y jabon, personal con guantes). Atropina 2 mg IV cada 5 min
hasta atropinizacion (secrecion bronquial seca, FC > 80), luego infusion a 0,5 mg/h IV. No se cuenta con pralidoxima
en el hospital. O2 por mascarilla con reservorio. Diazepan 5 mg IV PRN convulsiones. Colinesterasa pendiente. Pasa a UCI.
Medico: [[N|Karla Beatriz Zelaya]]   JVPM [[CED*|14993]]
""",
     [("Atropina", "2 mg", "IV", "cada 5 min"), ("Diazepan", "5 mg", "IV", "PRN convulsiones")],
     [("Intoxicacion aguda por organofosforado, moderada-severa", "T60.0X1A"), ("bradicardia sinusal", "R00.1"),
      ("broncorrea", "R09.3")],
     negated=["ingesta intencional", "ideacion suicida"])

note("transfer summary", "h11-es-hn-01", "HN", "es", """SECRETARIA DE SALUD - HOSPITAL REGIONAL DE OCCIDENTE, SANTA ROSA DE COPAN
HOJA DE REFERENCIA / TRASLADO  ->  Hospital Escuela, Tegucigalpa - Neurocirugia
Fecha 01/12/2026   Hora de salida: 23:10   Ambulancia con medico y enfermera
Nombre: [[N|Kevin Josué Alvarado Mejía]]   Identidad: [[DNI*|0401-2001-00873]]   Exp. [[R*|26-04417]]   nacido el [[B*|14/02/2001]] (25 años)
Familiar que acompaña: madre, [[N|Gladys Mejía]], cel [[T|9744-1280]]
Resumen: accidente en motocicleta sin casco a las 19:30, perdida de conciencia breve. Ingresa con Glasgow 14 que
desciende a 10 a las 21:45, pupila derecha 4 mm hiporreactiva. TAC de craneo: hematoma epidural temporal derecho de
aprox. 30 ml con desviacion de linea media de 6 mm, fractura lineal temporal derecha. FAST negativo, Rx de columna
cervical sin lesion osea. Herida de 5 cm en cuero cabelludo suturada.
Diagnosticos: 1. TCE moderado  2. Hematoma epidural temporal derecho  3. Fractura de hueso temporal derecho
4. Herida cortante de cuero cabelludo
Tratamiento: se administro manitol 20% 350 ml IV en 20 min a las 22:40. Levetiracetam 1 g IV c/12h. SSN 0.9% 100 ml/h IV.
Omeprazol 40 mg IV c/24h. Cabecera a 30°, collarin cervical.
Motivo del traslado: no se cuenta con neurocirujano ni UCI.
Medico que refiere: Dr. [[N|Óscar René Paz]]   CMH [[CED*|10422]]
Acepta (por telefono): Dra. [[N|Wendy Cálix]], residente de neurocirugia
""",
     [("Levetiracetam", "1 g", "IV", "c/12h"), ("SSN 0.9%", "100 ml/h", "IV", None), ("Omeprazol", "40 mg", "IV", "c/24h")],
     [("TCE moderado", "S06.9X0A"), ("Hematoma epidural temporal derecho", "S06.4X0A"),
      ("Fractura de hueso temporal derecho", "S02.19XA"), ("Herida cortante de cuero cabelludo", "S01.01XA")],
     negated=["lesion osea"])

note("progress / SOAP", "h11-es-ni-01", "NI", "es", """MINSA - Centro de Salud Francisco Buitrago, Managua - Programa de Enfermedades Cronicas (dispensarizados)
Fecha: 01/12/2026
Paciente: [[N|Auxiliadora del Carmen López Téllez]]   cedula [[DNI*|001-150363-0027K]]   Expediente [[R*|58230]]
S: Paciente de 63 años con HTA, DM2 y gota, que viene por dolor intenso en el dedo gordo del pie derecho de 3 dias,
no puede ponerse el zapato. Refiere que se le acabo el alopurinol hace 2 meses. No refiere fiebre, niega trauma.
O: PA 150/90, FC 84, glicemia 132. 1er dedo pie derecho eritematoso, caliente, muy doloroso (podagra). Cr 1,3 (TFG 48).
A: Crisis aguda de gota (M10.071) / HTA descompensda / DM2 compensada / ERC estadio 3a
P: colchicina 0.5 mg VO c/8h por 3 dias, luego c/12h. No se indica AINE por la funcion renal. Continuar alopurinol
100 mg VO diario (no suspender durante la crisis), enalapril 20 mg VO BID, metformina 500 mg VO BID. Hielo local,
reposo. Cita en 1 mes con acido urico.
Dra. [[N|Martha Lorena Espinoza]]   Cod. MINSA [[CED*|27311]]
""",
     [("colchicina", "0.5 mg", "VO", "c/8h por 3 dias, luego c/12h"), ("alopurinol", "100 mg", "VO", "diario"),
      ("enalapril", "20 mg", "VO", "BID"), ("metformina", "500 mg", "VO", "BID")],
     [("HTA", "I10"), ("DM2", "E11.9"), ("gota", "M10.9"), ("Crisis aguda de gota", "M10.071"),
      ("HTA descompensda", "I10"), ("DM2 compensada", "E11.9"), ("ERC estadio 3a", "N18.31")],
     negated=["fiebre", "trauma"])

note("post-operative", "h11-es-cr-01", "CR", "es", """CCSS - Hospital de las Mujeres Dr. Adolfo Carit Eva - Servicio de Obstetricia
NOTA POSTOPERATORIA                                                01/12/2026 16:40
Paciente: [[N|Valeria Chaves Mora]]   Cedula: [[DNI*|1-1532-0884]]   Expediente: [[R*|115320884]]   Edad: 31 a   G2 P1 C1
Procedimiento: cesarea segmentaria transversa de emergencia + salpingectomia bilateral (paridad satisfecha, CI firmado)
Indicacion: sufrimiento fetal agudo (DIPS II repetidos) en trabajo de parto activo, cesarea anterior.
Cirujano: Dr. [[N|Esteban Quesada Vargas]]   Asistente: Dra. [[N|Natalia Jiménez]]   Anestesia raquidea: Dr. [[N|Pablo Segura]]
Hallazgos: RN masculino vivo, 3 240 g, Apgar 7-9; liquido amniotico meconial ++; placenta completa; utero y anexos sanos.
Sangrado aprox. 600 ml. Complicaciones: ninguna. Cefazolina 2 g IV profilactica aplicada antes de la incision.
Dx postop: Embarazo de 39 semanas resuelto por cesarea; sufrimiento fetal agudo; cesarea anterior; diabetes gestacional
controlada con dieta
Indicaciones:
- Oxitocina 20 UI en 1000 ml SF IV a 125 ml/h por 8 h
- Ketorolaco 30 mg IV c/8h x 24 h
- Acetaminofen 1 g VO c/6h
- Tramadol 50 mg IV c/8h PRN dolor intenso
- Enoxaparina 40 mg SC cada 24 h a partir de las 12 h postop
- Glicemia en ayunas mañana; lactancia materna a libre demanda; deambulacion a las 8 h
""",
     [("Oxitocina", "20 UI", "IV", "a 125 ml/h por 8 h"), ("Ketorolaco", "30 mg", "IV", "c/8h x 24 h"),
      ("Acetaminofen", "1 g", "VO", "c/6h"), ("Tramadol", "50 mg", "IV", "c/8h PRN dolor intenso"),
      ("Enoxaparina", "40 mg", "SC", "cada 24 h a partir de las 12 h postop")],
     [("Embarazo de 39 semanas resuelto por cesarea", "O34.21"), ("sufrimiento fetal agudo", "O77.9"),
      ("cesarea anterior", "O34.21"), ("diabetes gestacional", "O24.410")])

note("pediatric consult", "h11-es-pa-01", "PA", "es", """CAJA DE SEGURO SOCIAL - Complejo Hospitalario Dr. Arnulfo Arias Madrid - Consulta Externa de Neumologia Pediatrica
Fecha: 02/12/2026
Paciente: [[N|Sofía Isabel Batista Rodríguez]]   Ced. [[DNI*|8-1098-2245]]   N° de historia [[R*|NE-44102]]
F.N.: [[B*|14 mar 2018]]   8 años   Acudiente: madre, [[N|Yariela Rodríguez]], tel [[T|6672-3318]]
Motivo: control de asma. En los ultimos 3 meses 2 visitas a urgencias por crisis, despierta con tos 2-3 noches por
semana, usa el salbutamol casi a diario, falta a la escuela. Buena tecnica inhalatoria con espaciador (verificada).
Recibe budesonida nebulizada 0,5 mg c/12h que la mama no siempre logra dar.
Rinitis con estornudos matutinos, prurito nasal. Dermatitis atopica en pliegues en la primera infancia, hoy sin lesiones.
Niega reflujo, no ronquido. Padre fumador (fuera de la casa).
EF: peso 38 kg (P>97), SatO2 98%, MV conservado sin sibilancias hoy, cornetes palidos.
Espirometria: FEV1 78 %, reversibilidad 14 % post-BD.
IDx: Asma persistente moderada no controlada (J45.41); Rinitis alergica persistente (J30.9); Obesidad infantil (E66.9)
Plan: se suspende la budesonida nebulizada. Fluticasona/salmeterol 125/25 mcg 2 puff c/12h con espaciador, enjuagar
la boca. Salbutamol 100 mcg 2-4 puff c/4-6h PRN sibilancias o tos. Montelukast 5 mg masticable VO en la noche.
Loratadina 5 mg VO diario. Plan de accion escrito entregado. Nutricion. Control en 6 semanas.
Dra. [[N|Itzel Pinzón]], Neumologa pediatra   Reg. [[CED*|3391]]
""",
     [("Fluticasona/salmeterol", "2 puff", None, "c/12h"), ("Salbutamol", "2-4 puff", None, "c/4-6h PRN sibilancias o tos"),
      ("Montelukast", "5 mg", "VO", "en la noche"), ("Loratadina", "5 mg", "VO", "diario")],
     [("Asma persistente moderada no controlada", "J45.41"), ("Rinitis alergica persistente", "J30.9"),
      ("Obesidad infantil", "E66.9"), ("Dermatitis atopica", "L20.9")],
     negated=["reflujo", "ronquido", "sibilancias"], stopped=["budesonida"])

# ======================================= Caribbean =================================================================
note("referral", "h11-es-cu-01", "CU", "es", """MINSAP - Policlinico Docente "Plaza de la Revolucion", La Habana - Consultorio del Medico de la Familia No. 14
HOJA DE REMISION (INTERCONSULTA)   a: Servicio de Cardiologia, Hospital Clinico Quirurgico "Hermanos Ameijeiras"
Nombre y apellidos: [[N|Reinaldo Pérez Guerra]]   Edad: 58 años   CI: [[DNI*|68021409867]]
HC familiar No. [[R*|14-0387]]   Direccion: [[A|Calle 23 No. 1058 e/ 12 y 14, Vedado]]
Motivo de remision: dolor precordial opresivo de esfuerzo de 2 meses de evolucion, al subir 2 pisos, cede con el reposo
en menos de 5 minutos, no irradiado. Prueba ergometrica positiva en el 2do estadio (infradesnivel ST 2 mm en V4-V6).
APP: HTA DM tipo 2 dislipidemia   fumador de 1 cajetilla diaria (40 años). HTA hace 10 años.
Tratamiento actual: enalapril 20 mg 1 tab c/12 h, clortalidona 25 mg diaria, metformina 850 mg 1 tab c/12 h, aspirina
125 mg diaria, atenolol 50 mg diario, nitroglicerina 0,5 mg SL si dolor.
ECG basal: RS, FC 68, sin alteraciones del ST-T. Hb 13,8, glicemia 7,9 mmol/l, colesterol 6,8 mmol/l.
IDx: Angina de pecho estable de esfuerzo (I20.8).
Solicito valoracion y coronariografia. Se orienta abandono del habito de fumar.
Medico de familia: Dra. [[N|Yanelis Fonseca Ruiz]]   Registro profesional [[CED*|62844]]
""",
     [("enalapril", "20 mg", None, "c/12 h"), ("clortalidona", "25 mg", None, "diaria"), ("metformina", "850 mg", None, "c/12 h"),
      ("aspirina", "125 mg", None, "diaria"), ("atenolol", "50 mg", None, "diario"), ("nitroglicerina", "0,5 mg", "SL", "si dolor")],
     [("HTA", "I10"), ("DM tipo 2", "E11.9"), ("dislipidemia", "E78.5"), ("Angina de pecho estable de esfuerzo", "I20.8")],
     negated=["alteraciones del ST-T"])

note("emergency", "h11-es-do-01", "DO", "es", f"""HOSPITAL GENERAL DOCENTE DR. VINICIO CALVENTI - EMERGENCIA                02/12/2026 04:25
Nombre: [[N|Yokasta Marte Almonte]]   Cedula: [[DNI*|{typo(cedula_do("4022318775", bad=True))}]]   Record [[R*|2026-0417732]]
19 años, estudiante, ARS SeNaSa subsidiado, afiliado [[R*|SNS-00882194]]
traida por su tia [[N|Altagracia Almonte]] (tel [[T|809-594-2210]]) por vomitos, dolor abdominal y "respira como
cansada" desde ayer. DM tipo 1 desde los 12 años; se le acabo la insulina hace 4 dias ("no habia en la farmacia del
pueblo"). Niega fiebre, niega disuria. FUM hace 2 semanas.
Ex: TA 100/60, FC 124, FR 32 con respiracion de Kussmaul, aliento cetonico, mucosas secas, somnolienta pero orientada.
Glucosa 486 mg/dl, pH 7.08, HCO3 7, cetonas +++ en orina, K 5.6, Na 131, BUN 28. Prueba de embarazo negativa.
Dx: Cetoacidosis diabetica severa. DM tipo 1 descompensada.
Plan: SSN 0.9% 1000 cc IV en la primera hora, luego 250 ml/h; insulina regular 7 UI/h IV en infusion (0.1 UI/kg/h);
KCl 20 mEq IV en cada litro cuando el K baje de 5.2; glucosa capilar c/h, gases y electrolitos c/2h. NPO.
Traslado a UCI. Educacion diabetologica y gestion de insulina con la ARS al egreso.
Medico: Dra. [[N|Carolina Méndez Peña]]   Exequatur [[CED*|318-09]]
""",
     [("SSN 0.9%", "1000 cc", "IV", "en la primera hora, luego 250 ml/h"), ("insulina regular", "7 UI/h", "IV", "en infusion"),
      ("KCl", "20 mEq", "IV", "en cada litro cuando el K baje de 5.2")],
     [("DM tipo 1", "E10.9"), ("Cetoacidosis diabetica severa", "E10.10"), ("DM tipo 1 descompensada", "E10.65")],
     negated=["fiebre", "disuria"])

note("lab report", "h11-es-do-02", "DO", "es", f"""LABORATORIO CLINICO UNION MEDICA DEL NORTE - Santiago de los Caballeros - Tel. 809-226-8686 ext. 2101
PACIENTE: [[N|ROSARIO TAVAREZ, FRANCISCO ANTONIO]]   {"[[DNI|" + bare(cedula_do("0310471825")) + "]]"}   EDAD: 61   SEXO: M
MEDICO: [[N|YSIDRO POLANCO]]      ORDEN: [[R*|UM-55120981]]      FECHA: 01/12/2026   ARS: Humano
-----------------------------------------------------------------------------------
PRUEBA                  RESULTADO   UNIDAD      REFERENCIA
GLUCOSA EN AYUNAS       198         mg/dl       70 - 100      *ALTO*
HEMOGLOBINA A1c         8.4         %           4.0 - 5.6     *ALTO*
CREATININA              1.4         mg/dl       0.7 - 1.3     *ALTO*
TFG (CKD-EPI)           57          ml/min
ACIDO URICO             7.9         mg/dl       3.5 - 7.2
COLESTEROL TOTAL        188         mg/dl       < 200
TRIGLICERIDOS           176         mg/dl       < 150
PSA TOTAL               14.8        ng/ml       0 - 4.0       *ALTO*
PSA LIBRE/TOTAL         9           %           > 25
VIH 1/2 (4ta gen)       NO REACTIVO
HBsAg                   NO REACTIVO
-----------------------------------------------------------------------------------
Comentario: hiperglucemia compatible con diabetes mellitus no controlada; PSA elevado con relacion libre/total baja,
sugiere valoracion urologica. Hiperuricemia leve.
Bioanalista: Lic. [[N|Mildred Cabrera]]   Exequatur [[CED*|225-97]]
""",
     [], [("diabetes mellitus no controlada", "E11.65"), ("PSA elevado", "R97.20"), ("Hiperuricemia leve", "E79.0")],
     negated=["VIH 1/2", "HBsAg"])

note("discharge", "h11-es-pr-01", "PR", "es", """HOSPITAL AUXILIO MUTUO - San Juan, PR
DISCHARGE SUMMARY / RESUMEN DE ALTA
Patient: [[N|Rivera Colón, Luis Manuel]]   MRN: [[R*|AM00381274]]   DOB: [[B*|03/15/1957]]
Plan medico: Triple-S Advantage   Member ID [[R*|TSA894410027]]
Admission 11/26/2026 - Discharge 12/01/2026   Attending: [[N|Ramón E. Ortiz Vélez]], MD   PCP: Dra. [[N|Ivette Santiago]]

Diagnosticos de alta:
1. Ulcera de pie diabetico izquierdo con osteomielitis del 1er metatarsiano, s/p amputacion del 1er dedo (11/28)
2. DM2 no controlada, A1c 10.2%
3. PAD - enfermedad arterial periferica infrapopliteo izquierda
4. CKD stage 3b
5. HTN

Hospital course: paciente de 69 años que llega con ulcera plantar de 6 semanas y secrecion fetida. MRI: osteomielitis
del 1er MTT. Podiatry realizo amputacion del 1er dedo con margenes limpios (patologia: hueso proximal sin osteomielitis).
Recibio vancomycin + piperacillin-tazobactam IV del 11/26 al 11/30. Vascular: ABI 0.62, angioplastia de tibial anterior
11/29. Glucosas 250-380 al ingreso, mejoraron con basal-bolus. No fiebre desde el dia 2. No chest pain.

Discharge medications:
- Amoxicillin-clavulanate 875/125 mg PO BID x 14 days
- Insulin glargine (Lantus) 24 units SC at bedtime
- Insulin lispro 6 units SC TID with meals + correction scale
- Atorvastatin 80 mg PO daily
- Aspirin 81 mg PO daily
- Clopidogrel 75 mg PO daily x 3 months
- Amlodipine 10 mg PO daily
STOP glipizide. HOLD metformin until renal function is reviewed (eGFR 38).
Follow-up: podiatria en 1 semana (wound check), vascular en 2 semanas, endocrinologia.
Contacto: esposa, [[N|Carmen Iris Rosado]], [[T|(787) 763-2291]]
""",
     [("Amoxicillin-clavulanate", "875/125 mg", "PO", "BID x 14 days"), ("Insulin glargine", "24 units", "SC", "at bedtime"),
      ("Insulin lispro", "6 units", "SC", "TID with meals + correction scale"), ("Atorvastatin", "80 mg", "PO", "daily"),
      ("Aspirin", "81 mg", "PO", "daily"), ("Clopidogrel", "75 mg", "PO", "daily x 3 months"),
      ("Amlodipine", "10 mg", "PO", "daily")],
     [("Ulcera de pie diabetico izquierdo con osteomielitis del 1er metatarsiano", "E11.621"),
      ("DM2 no controlada", "E11.65"), ("PAD - enfermedad arterial periferica infrapopliteo izquierda", "E11.51"),
      ("CKD stage 3b", "N18.32"), ("HTN", "I10")],
     negated=["fiebre", "chest pain"], stopped=["glipizide", "metformin"])

# ======================================= United States =============================================================
note("emergency", "h11-en-us-01", "US", "en", """Northwestern Memorial Hospital - Emergency Department - Provider Note
Patient: [[N|Tamika R. Johnson]]   MRN: [[R*|NM-04418273]]   DOB: [[B*|07/22/1981]]   45 y.o. female
Arrival: 12/01/2026 22:14 (private vehicle)   PCP: [[N|Samuel Ortiz]], MD
Attending: [[N|Rebecca Hollander]], MD   Resident: [[N|Kwame Mensah]], MD

CC: SOB, R-sided chest pain x 2 days
HPI: [[N|T.R.J.]] is a 45 y/o F w/ PMH of HTN, obesity (BMI 41), OSA on CPAP, on a combined OCP (Junel, norethindrone/ethinyl estradiol)
who presents with 2 days of pleuritic R chest pain and progressive DOE after a 14-hour drive back from Atlanta. Denies
hemoptysis, denies fever, no leg trauma. No prior VTE. Reports a mild R calf ache since Saturday.
ROS: otherwise negative.
PMH: HTN; obesity; OSA; migraine without aura
Home meds: lisinopril 20 mg daily, Junel 1 tab daily, sumatriptan 50 mg PRN migraine
Allergies: sulfa (hives)   Social: never smoker, occasional EtOH
Exam: T 37.4  HR 118  BP 142/88  RR 24  SpO2 91% RA -> 96% on 2 L NC. Tachycardic, regular. Lungs clear. R calf
tender, 2 cm larger than L.
ECG: sinus tachycardia, S1Q3T3, no ST elevation. hs-troponin 38 -> 41 ng/L. BNP 210. D-dimer 4.2.
CTA chest: bilateral segmental PE, RV/LV ratio 1.1, no pulmonary infarct. LE duplex: R popliteal DVT.
ED course: heparin 80 units/kg IV bolus then infusion. sPESI 1.

A/P:
# Acute bilateral PE, submassive (intermediate-low risk) - heparin infusion 18 units/kg/h IV per nomogram, TTE,
  admit to step-down, no indication for lytics at this time
# RLE DVT (popliteal) - as above
# Estrogen-containing OCP - discontinue Junel; gyn f/u for non-estrogen contraception
# HTN - continue lisinopril 20 mg PO daily
# OSA - CPAP qHS, pt to bring home machine
Dispo: admit, medicine step-down. Code status: Full code.
Emergency contact: sister [[N|Denise Johnson]] [[T|(312) 648-2290]]
""",
     [("heparin", "18 units/kg/h", "IV", "per nomogram"), ("lisinopril", "20 mg", "PO", "daily"),
      ("sumatriptan", "50 mg", None, "PRN migraine")],
     [("HTN", "I10"), ("obesity", "E66.01"), ("OSA", "G47.33"), ("migraine without aura", "G43.009"),
      ("Acute bilateral PE, submassive (intermediate-low risk)", "I26.99"), ("RLE DVT (popliteal)", "I82.431")],
     negated=["hemoptysis", "fever", "leg trauma", "prior VTE", "pulmonary infarct", "ST elevation"], stopped=["Junel"])

note("progress / SOAP", "h11-en-us-02", "US", "en", """Harris Health System - Casa de Amigos Health Center, Houston TX
OFFICE VISIT - Internal Medicine                                     12/01/2026
Patient: [[N|Maria Guadalupe Saenz]]   DOB [[B*|1958-10-04]]   MRN [[R*|HH7723104]]   SSN [[SSN*|452-77-3019]]
Language: Spanish (in-person interpreter #40217)   Coverage: Harris Health financial assistance
Address: [[A|7410 Bellfort Ave Apt 12, Houston, TX 77087]]   Phone: [[T|(713) 641-8852]]

S: 68 yo F here for f/u of DM2, HTN and knee pain. Checks sugars 2x/day, fasting 140s-180s. Ran out of glipizide 3 wks ago,
"no me senti diferente". Burning in both feet at night. Denies chest pain, SOB, polyuria. No hypoglycemia episodes.

Medication reconciliation
| Medication                          | Sig                                             | Status                    |
|-------------------------------------|-------------------------------------------------|---------------------------|
| metformin 500 mg tab                | 1 tab PO BID with meals                         | taking (dose reduced 11/20) |
| glipizide 5 mg tab                  | 1 tab PO daily                                  | not taking - discontinued  |
| lisinopril 40 mg tab                | 1 tab PO daily                                  | taking                    |
| atorvastatin 40 mg tab              | 1 tab PO nightly                                | taking                    |
| meloxicam 15 mg tab                 | 1 tab PO daily                                  | STOP (CKD)                |
| gabapentin 100 mg cap               | 1 cap PO at bedtime                             | NEW                       |
| semaglutide (Ozempic) pen           | 0.25 mg SC once weekly x 4 wks then 0.5 mg weekly | NEW                     |
| acetaminophen 325 mg tab            | 650 mg PO q6h PRN pain (max 3 g/day)            | NEW                       |

O: BP 146/84 (repeat 138/82), HR 76, Wt 88.2 kg, BMI 34.5. Monofilament: decreased sensation bilateral toes.
Knees: crepitus, no effusion. Labs 11/20: A1c 8.7%, Cr 1.3, eGFR 44, UACR 120 mg/g, LDL 82.
A/P:
1. Type 2 diabetes mellitus with hyperglycemia (E11.65) - start semaglutide, continue metformin at reduced dose
2. Diabetic peripheral neuropathy (E11.42) - gabapentin qHS, podiatry referral
3. CKD stage 3a with albuminuria (N18.31) - stop meloxicam, continue lisinopril, SGLT2i next visit
4. Essential hypertension (I10) - near goal, recheck
5. Primary osteoarthritis of both knees (M17.0) - acetaminophen as above
6. Hyperlipidemia (E78.5) - continue atorvastatin
Health maintenance: influenza vaccine given today, 0.5 mL IM L deltoid. Mammogram ordered. RTC 3 months.
Electronically signed: [[N|Priya Raman]], MD   NPI [[CED*|1740582296]]
""",
     [("metformin", "500 mg", "PO", "BID with meals"), ("lisinopril", "40 mg", "PO", "daily"),
      ("atorvastatin", "40 mg", "PO", "nightly"), ("gabapentin", "100 mg", "PO", "at bedtime"),
      ("semaglutide", "0.25 mg", "SC", "once weekly x 4 wks then 0.5 mg weekly"),
      ("acetaminophen", "650 mg", "PO", "q6h PRN pain"), ("influenza vaccine", "0.5 mL", "IM", None)],
     [("Type 2 diabetes mellitus with hyperglycemia", "E11.65"), ("Diabetic peripheral neuropathy", "E11.42"),
      ("CKD stage 3a with albuminuria", "N18.31"), ("Essential hypertension", "I10"),
      ("Primary osteoarthritis of both knees", "M17.0"), ("Hyperlipidemia", "E78.5")],
     negated=["chest pain", "SOB", "polyuria", "hypoglycemia episodes", "effusion"], stopped=["glipizide", "meloxicam"])

note("post-operative", "h11-en-us-03", "US", "en", """Intermountain Medical Center, Murray UT - Orthopaedic Surgery
BRIEF OPERATIVE / POST-OP NOTE                      Date of surgery: 12/01/2026
Patient: [[N|Harold Jensen]]   MRN [[R*|IMC-30098215]]   DOB [[B*|Jan 9, 1940]]   86 M
Pre-op diagnosis: Left intertrochanteric femur fracture
Post-op diagnosis: Same
Procedure: Cephalomedullary nail fixation, left femur (10 x 235 mm, 130 deg)
Surgeon: [[N|Aaron Whitfield]], MD   Assistant: [[N|Lauren Ames]], PA-C
Anesthesia: spinal + MAC (anesthesiologist [[N|Carlos Benavides]], MD)
EBL 150 mL | IVF 1.2 L LR | UOP 300 mL | Drains: none | Specimens: none | Complications: none apparent
Findings: unstable IT fracture, closed reduction under fluoroscopy, TAD 18 mm. Condition: stable to PACU.
PMH: CAD s/p CABG 2011, atrial fibrillation on apixaban (last dose 11/29 AM), CKD 3a, BPH, hypothyroidism

Plan:
- WBAT LLE, PT/OT starting POD 0-1, hip precautions not required
- Cefazolin 2 g IV q8h x 2 doses post-op
- DVT ppx: enoxaparin 30 mg SC daily starting POD 1 AM; apixaban on hold, restart decision at discharge
- Pain: acetaminophen 1 g PO TID scheduled; oxycodone 2.5 mg PO q4h PRN moderate-severe pain; no NSAIDs (CKD)
- Home meds: continue metoprolol tartrate 25 mg PO BID, levothyroxine 75 mcg PO daily, tamsulosin 0.4 mg PO qHS
- Delirium precautions, CBC/BMP in AM, transfuse if Hgb < 8
""",
     [("Cefazolin", "2 g", "IV", "q8h x 2 doses post-op"), ("enoxaparin", "30 mg", "SC", "daily starting POD 1 AM"),
      ("acetaminophen", "1 g", "PO", "TID scheduled"), ("oxycodone", "2.5 mg", "PO", "q4h PRN moderate-severe pain"),
      ("metoprolol tartrate", "25 mg", "PO", "BID"), ("levothyroxine", "75 mcg", "PO", "daily"),
      ("tamsulosin", "0.4 mg", "PO", "qHS")],
     [("Left intertrochanteric femur fracture", "S72.142A"), ("CAD s/p CABG 2011", "I25.10"),
      ("atrial fibrillation", "I48.91"), ("CKD 3a", "N18.31"), ("BPH", "N40.0"), ("hypothyroidism", "E03.9")],
     stopped=["apixaban"])

note("discharge", "h11-en-us-04", "US", "en", """Boston Medical Center - Hospital Medicine
DISCHARGE SUMMARY
Patient: [[N|Oyelaran, Folasade]]   MRN [[R*|BMC 7710-4432]]   DOB [[B*|1964-04-30]]
Admitted 11/24/2026   Discharged 12/01/2026
Attending: [[N|David Kessler]], MD   Discharging resident: [[N|Mei Lin Zhao]], MD

Discharge diagnoses: acute on chronic HFrEF exacerbation, resolving; AKI, resolved; hyperkalemia, resolved; type 2 diabetes; iron deficiency anemia

Brief hospital course: 62F with HFrEF (EF 25%, non-ischemic), T2DM and CKD 3b who presented with 10 lb weight gain,
orthopnea and LE edema after running out of torsemide. Diuresed with furosemide 80 mg IV BID, net -7.4 L. Course
complicated by AKI (Cr 1.6 -> 2.4) and K 6.1 on hospital day 3; spironolactone and lisinopril were held, K normalized
with Lokelma. Cr 1.5 at discharge. Received ferric carboxymaltose 750 mg IV x1 on 11/28 for ferritin 22, TSAT 9%.
Denies chest pain throughout; troponin flat, no evidence of ischemia. ARNI deferred to HF clinic given AKI.

Pertinent results: TTE 11/25 LVEF 20-25%, moderate functional MR, RVSP 52. Cr 1.6 -> 2.4 -> 1.5; K 6.1 -> 4.4.
A1c 7.9%. Ferritin 22, TSAT 9%. CXR 11/24: pulmonary vascular congestion, small bilateral effusions.
Discharge exam: BP 104/66, HR 72, SpO2 97% RA, weight 81.3 kg (admit 84.7 kg). JVP 7 cm, trace ankle edema, lungs clear.
Pending at discharge: none. Code status: Full code. Patient speaks Yoruba and English, declined interpreter.

Discharge medication reconciliation
| Medication        | Dose / route / frequency | Change                                    |
|-------------------|--------------------------|-------------------------------------------|
| Torsemide         | 40 mg PO daily           | RESUME (was out of it)                    |
| Carvedilol        | 12.5 mg PO BID           | continued                                 |
| Empagliflozin     | 10 mg PO daily           | continued                                 |
| Insulin glargine  | 18 units SC nightly      | dose decreased from 26 units              |
| Atorvastatin      | 40 mg PO daily           | continued                                 |
| Spironolactone    | -                        | STOPPED (hyperkalemia)                    |
| Lisinopril        | -                        | HELD until HF clinic / labs               |
Follow-up: HF clinic in 7 days; BMP in 3 days at the Shapiro Center lab. Daily weights, call if > 3 lb in a day.
""",
     [("Torsemide", "40 mg", "PO", "daily"), ("Carvedilol", "12.5 mg", "PO", "BID"), ("Empagliflozin", "10 mg", "PO", "daily"),
      ("Insulin glargine", "18 units", "SC", "nightly"), ("Atorvastatin", "40 mg", "PO", "daily")],
     [("acute on chronic HFrEF exacerbation, resolving", "I50.23"), ("AKI, resolved", "N17.9"),
      ("hyperkalemia, resolved", "E87.5"), ("type 2 diabetes", "E11.9"), ("iron deficiency anemia", "D50.9"),
      ("CKD 3b", "N18.32")],
     negated=["chest pain", "ischemia"], stopped=["Spironolactone", "Lisinopril"])

note("telemedicine psychiatry", "h11-en-us-05", "US", "en", """TELEHEALTH VISIT (video) - Psychiatry - Kaiser Permanente Fresno Medical Center
Patient location: home, Fresno CA. Provider location: clinic. Verbal consent for telehealth obtained; identity verified
with name and DOB.
Pt: [[N|Jonathan "Johnny" Alvarez]]   DOB [[B*|11/02/1996]]   MRN [[R*|KP-000118837402]]   Email on file: [[E|jalvarez.music96@yahoo.com]]

Interval hx: 30 y/o M with bipolar I disorder (last episode manic, inpatient 8/2026) and alcohol use disorder, mild,
in early remission. Since last visit mood stable, sleeping 7 h, back to full-time work at the warehouse. Denies SI/HI,
denies AH/VH. No drinking since August, attends AA twice a week. Bothered by a fine hand tremor at work.
Has not needed the quetiapine for a month.
Labs 11/25: lithium 0.8 mEq/L, TSH 3.1, Cr 0.9.
MSE: casually dressed, good eye contact, speech normal rate, mood "good", affect euthymic and reactive, thought process
linear, no delusions elicited, insight and judgment fair-good.
Assessment: Bipolar I disorder, most recent episode manic, in full remission (F31.74);
Alcohol use disorder, mild, in early remission (F10.11) and lithium-induced postural tremor (G25.1)
Plan:
- continue lithium carbonate ER 900 mg PO at bedtime
- discontinue quetiapine 50 mg qHS PRN insomnia
- start propranolol 10 mg PO BID PRN tremor
- lithium level, BMP, TSH in 3 months; safety plan reviewed, 988 crisis line
Emergency contact: mother, [[N|Rosa Alvarez]], [[T|559-312-4478]]
[[N|Elena Markovic]], MD - Psychiatry
""",
     [("lithium carbonate ER", "900 mg", "PO", "at bedtime"), ("propranolol", "10 mg", "PO", "BID PRN tremor")],
     [("Bipolar I disorder, most recent episode manic, in full remission", "F31.74"),
      ("Alcohol use disorder, mild, in early remission", "F10.11"), ("lithium-induced postural tremor", "G25.1")],
     negated=["SI/HI", "AH/VH", "delusions"], stopped=["quetiapine"])

note("vaccination / well-child", "h11-en-us-06", "US", "en", """Children's Mercy Pediatric Care Center - Kansas City, MO
WELL CHILD VISIT - 4 YEAR                                   12/02/2026
Patient: [[N|Ava Nguyen]]   DOB: [[B*|November 18, 2022]]   MRN [[R*|CM4490217]]
Accompanied by mother [[N|Linh Nguyen]]; father [[N|Thomas Nguyen]] joined by phone.
Concerns: picky eating, loud snoring most nights with pauses per mom. No wheezing since spring, no ER visits this year.
Growth: Wt 16.1 kg (50th %ile), Ht 103 cm (55th %ile), BMI 15.2. Vision 20/30 OU, hearing pass.
Development: hops on one foot, draws a person with 4 parts, speech 100% intelligible. Preschool 3 days/week.
Exam: tonsils 3+, no adenopathy, lungs clear, no murmur. Teeth: no caries.
Vaccines given today (VIS provided, no reaction during 15 min observation):
- DTaP-IPV (Quadracel) 0.5 mL IM R deltoid
- MMRV (ProQuad) 0.5 mL SC L arm
- Influenza, quadrivalent 0.5 mL IM L deltoid
Assessment / Plan:
- Well child check, 4 yo (Z00.129)
- Snoring, likely adenotonsillar hypertrophy - ENT referral, sleep study if ENT agrees
- Mild intermittent asthma, well controlled - albuterol HFA 90 mcg 2 puffs q4h PRN wheeze with spacer; school form done
- Picky eater, growth normal - handout given
RTC at 5 years or sooner PRN.
Emergency contact: [[N|Linh Nguyen]] (mother) [[T|816-442-7308]]
[[N|Grace Okafor]], MD, FAAP
""",
     [("DTaP-IPV", "0.5 mL", "IM", None), ("MMRV", "0.5 mL", "SC", None), ("Influenza, quadrivalent", "0.5 mL", "IM", None),
      ("albuterol HFA", "2 puffs", None, "q4h PRN wheeze with spacer")],
     [("Well child check, 4 yo", "Z00.129"), ("Snoring, likely adenotonsillar hypertrophy", "J35.3"),
      ("Mild intermittent asthma, well controlled", "J45.20"), ("Picky eater", "R63.39")],
     negated=["wheezing", "adenopathy", "murmur", "caries"])


# ======================================= three more notes written the messy way ====================================
note("admission", "h11-es-mx-07", "MX", "es", """HGR "Dr. Luis F. Nachon", Xalapa Ver.   MI piso 3   nota de ingreso a piso   01-dic-26  23:50
Pcte [[N|Anastasio Hdz. Landa]]  67a  exp [[R*|HGX-118273]]  cama 317, no trae CURP. Viene c/ su nuera [[N|Yesenia Carmona]] tel [[T|228 119 3054]]
vive en [[A|col. Revolucion, calle Ignacio Allende 41, atras de la iglesia de San Jose]]
APP: HAS DM2 ERC G4 IC (FEVI no la sabe)  tabaq + 30 a, suspendido 2010. alergias neg. Qx: RTU prostata 2019.
PA: inicia hace 4d c/ disnea progresiva de medianos a peq esfuerzos, ortopnea de 3 almohadas, DPN, edema de mmii hasta
rodillas y oliguria. Hace 2 sem en su UMF le cambiaron el losartan x "uno mas fuerte" (trae caja de telmisartan 80 mg).
Refiere q dejo la furosemida xq "lo hacia orinar mucho en el camion". Niega dolor precordial, niega fiebre, niega tos productiva.
EF: TA 170/100 FC 104 FR 26 T 36.5 SatO2 86% aa, 93% c/ puntas a 3 lt. consciente, orientado, palidez ++, IY grado II,
estertores crepitantes bibasales hasta tercio medio, RsCs ritmicos s/ soplos, abd globoso, hepatomegalia 3 cm bajo
reborde, edema godet +++ mmii.
Labs: Hb 8.9  leu 9.1  plq 210  glu 188  urea 198  cr 4.6 (previa 3.1 en junio)  K 5.8  Na 132  BNP 2 340.
GSA pH 7.31 HCO3 16. EKG RS 104 x', HVI, sin elevacion del ST. Rx: cardiomegalia gII, redistribucion de flujo, derrame
pleural bilat pequeño.
Dx: ICC descompensada perfil B (humedo-caliente) / LRA sobre ERC G4 vs progresion / crisis hipertensiva (urgencia) / hiperkalemia leve / anemia normocitica de la ERC / DM2 descontrolada
Plan: ayuno x ahora, O2 x puntas nasales 3 lt, cabecera a 45 grados.
furosemida 80 mg IV c/8 hrs
nitroglicerina en infusion 10 mcg/min IV titular por TA
gluconato de calcio 1 g IV dosis unica
metoprolol 25 mg VO c/12h (ya lo tomaba, continuar)
insulina glargina 10 UI SC HS + insulina rapida s/ glucometria preprandial
enoxaparina 30 mg SC c/24 hrs, omeprazol 20 mg VO QD
Se suspende telmisartan (LRA + K). Balance estricto, peso diario, diuresis horaria. Valoracion x nefro mañana, posible
HD si no responde a diuretico. Pronostico reservado, se informa a la nuera.
R2MI [[N|Itzel Hernández Ruiz]] / MB Dr. [[N|Rogelio Contreras]]
""",
     [("furosemida", "80 mg", "IV", "c/8 hrs"), ("nitroglicerina", "10 mcg/min", "IV", "titular por TA"),
      ("gluconato de calcio", "1 g", "IV", "dosis unica"), ("metoprolol", "25 mg", "VO", "c/12h"),
      ("insulina glargina", "10 UI", "SC", "HS"), ("insulina rapida", None, None, "s/ glucometria preprandial"),
      ("enoxaparina", "30 mg", "SC", "c/24 hrs"), ("omeprazol", "20 mg", "VO", "QD")],
     [("HAS", "I10"), ("DM2", "E11.9"), ("ERC G4", "N18.4"), ("IC", "I50.9"),
      ("ICC descompensada perfil B (humedo-caliente)", "I50.9"), ("LRA sobre ERC G4", "N17.9"),
      ("crisis hipertensiva (urgencia)", "I16.0"), ("hiperkalemia leve", "E87.5"), ("anemia normocitica de la ERC", "D63.1"),
      ("DM2 descontrolada", "E11.65")],
     negated=["alergias", "dolor precordial", "fiebre", "tos productiva", "soplos", "elevacion del ST"],
     stopped=["telmisartan"])

note("progress / SOAP", "h11-es-ar-05", "AR", "es", """Hospital Interzonal General de Agudos "Eva Peron" (San Martin, Pcia. de Bs. As.) - Guardia de Clinica Medica
EVOLUCION 02/12/2026 06:30 (pase de guardia)
[[N|ACUÑA, Zulma Graciela]] - 79 a. - HC [[R*|558.230]] - DNI [[DNI*|5.661.902]] - IOMA afil. [[R*|3-05661902-07]]

--- copiado de evolucion 01/12 ---
Pte de 79 a. con AP de HTA, DBT2 IR, FA anticoagulada con acenocumarol, ACV isquemico 2020 c/ secuela hemiparesia izq
leve, hipotiroidismo. Ingresa 29/11 por pielonefritis con deshidratacion y descompensacion glucemica. Urocultivo:
Klebsiella pneumoniae sensible a ceftriaxona. Hemocultivos (-). Med: ceftriaxona 1 g EV c/24 hs (dia 3), levotiroxina
50 mcg VO en ayunas, insulina NPH 10 UI AM - 6 UI PM, atorvastatina 20 mg VO noche, acenocumarol segun RIN (RIN 2,4),
metoclopramida 10 mg EV SOS nauseas.
--- fin copia ---

Intercurrencia 02/12 03:00: episodio de desorientacion y agitacion psicomotriz, se arranco la via. HGT 62 mg/dl, se
administro dextrosa 25% 40 ml EV, HGT posterior 148. Se indico haloperidol 1 mg IM por unica vez con buena respuesta.
Afebril desde ayer. Sin foco motor nuevo, pupilas isocoricas reactivas, sin rigidez de nuca. No refiere disuria.
EF 06 hs: TA 128/70, FC 88 irregular, FR 18, SatO2 95% AA, T 36,7. Vigil, desorientada en tiempo, CAM (+). Mucosas
humedas, diuresis 1 400 ml/12 hs por sonda vesical (se retira hoy). Puño percusion derecha dudosa. Escaras: no.
Labs 06 hs: Hb 10,8, GB 9 800 (ayer 15 200), Cr 1,2 (ingreso 1,9), Na 137, K 3,9, glucemia 131.
IDx actuales:
1) Pielonefritis aguda por K. pneumoniae, en mejoria
2) IRA prerrenal resuelta
3) Delirium hiperactivo en contexto infeccioso
4) Hipoglucemia por insulina
5) DBT 2 insulinorequiriente
6) FA anticoagulada
Plan: se reduce NPH a 6 UI AM - 4 UI PM. Continua ceftriaxona hasta el dia 5 y rotar a VO segun antibiograma.
Quetiapina 12,5 mg VO c/noche; evitar BZD, luz natural, anteojos y audifono, acompañante permanente.
Suspender metoclopramida (riesgo de delirium). Resto de medicacion sin cambios.
Se comunica con [[N|Mónica Ferreyra]], hija de la paciente y de [[N|Rubén Ferreyra]] (fallecido), quien se queda con ella; tel [[T|11 3361-0492]].
Dra. [[N|Belén Giménez]] (guardia de los martes)   M.P. [[CED*|114.203]]
""",
     [("ceftriaxona", "1 g", "EV", "c/24 hs"), ("levotiroxina", "50 mcg", "VO", "en ayunas"),
      ("insulina NPH", "6 UI", None, "AM - 4 UI PM"), ("atorvastatina", "20 mg", "VO", "noche"),
      ("acenocumarol", None, None, "segun RIN"), ("Quetiapina", "12,5 mg", "VO", "c/noche")],
     [("HTA", "I10"), ("DBT2 IR", "E11.9"), ("FA", "I48.91"), ("ACV isquemico 2020 c/ secuela hemiparesia izq", "I69.354"),
      ("hipotiroidismo", "E03.9"), ("deshidratacion", "E86.0"),
      ("Pielonefritis aguda por K. pneumoniae, en mejoria", "N10"), ("IRA prerrenal resuelta", "N17.9"),
      ("Delirium hiperactivo en contexto infeccioso", "F05"), ("Hipoglucemia por insulina", "E16.0"),
      ("DBT 2 insulinorequiriente", "E11.9"), ("FA anticoagulada", "I48.91")],
     negated=["foco motor nuevo", "rigidez de nuca", "disuria", "Escaras"], stopped=["metoclopramida"])

note("progress / SOAP", "h11-es-do-03", "DO", "es", f"""HRUJMCB  Medicina Interna  sala C cama 14   evol. 02/12/26 7am
Pte [[N|Ramona Altagracia Peralta]] 55a  ced [[DNI*|{cedula_do("0310298877")}]]  record [[R*|0012-88417]]  dia 6 de internamiento x dengue
S: refiere sentirse mejor, tolera VO, ya no vomita, niega sangrado de encias, niega melena, diuresis adecuada
O: TA 110/70 FC 80 T 36.8 afebril x 48h. plaq 38 000 -> 61 000 -> 95 000. Hto 41 (ingreso 47). USG sin derrame, sin ascitis
A: dengue con signos de alarma en fase de recuperacion HTA obesidad hipotiroidismo
P: se suspende SSN 0.9% (tolera VO). acetaminofen 500 mg VO c/6h PRN fiebre o dolor, NO AINES NO aspirina.
levotiroxina 100 mcg VO QD. amlodipino 5 mg VO QD se reinicia hoy (lo habiamos suspendido x hipotension al ingreso).
probable alta mañana si plaq > 100 mil. se explica a la hija [[N|Yudelka Peralta]] [[T|829-471-0036]]
Dr. [[N|Ángel Mercedes]] R2
""",
     [("acetaminofen", "500 mg", "VO", "c/6h PRN fiebre o dolor"), ("levotiroxina", "100 mcg", "VO", "QD"),
      ("amlodipino", "5 mg", "VO", "QD")],
     [("dengue con signos de alarma en fase de recuperacion", "A97.1"), ("HTA", "I10"), ("obesidad", "E66.9"),
      ("hipotiroidismo", "E03.9")],
     negated=["sangrado de encias", "melena", "derrame", "ascitis"], stopped=["SSN 0.9%"])


# ======================================= checks and output =========================================================
# Every typo'd id follows its label (it must be redacted whatever its check digit); every bare id has none.
for n in corpuslib.NOTES:
    for p in n["phi"]:
        if p["text"] in BAD:
            assert p.get("labelled"), (n["id"], "a wrong check digit without its label", p["text"])
        if p["text"] in BARE:
            assert not p.get("labelled"), (n["id"], "a bare id marked as labelled", p["text"])
assert all(n["id"].startswith("h11-") for n in corpuslib.NOTES)
write(os.path.dirname(os.path.abspath(__file__)))
corpuslib.report_counts()
