#!/usr/bin/env python3
"""Ninth held-out set (issue 17), written blind on 2026-12-01: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring and first three notes of Tests/ClinicalHeldOut8/generate.py (file format and labelling
conventions) and Tests/ClinicalHeldOut8/README.md. Run: python3 generate.py (rewrites every h9-*.json beside it, checks
every note, prints the counts to stderr).
Conventions (the same as HeldOut8's, so labels are comparable across sets): a medication's dose, route and frequency
are verbatim spans of the note (None when absent), the frequency keeps its as-needed clause (PRN, SOS, si dolor, as
needed); comorbidities under history headers are diagnoses, labelled once even when named again; denied findings go
to `negated`, stopped/suspended drugs to `stopped`. A title (Dr., Dra., Lic.) stays outside a name; national ids are
DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the Mexican NSS is SSN), clinicians' registrations are CEDULA,
record/affiliate/order/admission numbers are EXPEDIENTE; visit dates are not PHI, only dates of birth. No randomness:
the output is the same on every run."""
import os, sys
from collections import Counter
from functools import partial
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import checked_note, write, curp, rfc, cpf, rut
# This set's own typos in a wrong check digit (shifts differ from HeldOut8's).
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=7), partial(corpuslib.uy_ci, shift=5),
                               partial(corpuslib.do_cedula, shift=8))
nss9, cuit9, dui9 = partial(corpuslib.nss, shift=7), partial(corpuslib.cuit, shift=6), partial(corpuslib.dui, shift=7)

from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared with HeldOut7 and HeldOut8


def note(kind, id, *args, **kw):
    corpuslib.kind_note(kind, id, *args, single_line=True, titles=TITLES, **kw)


TITLES = {"Dr.", "Dra.", "Sr.", "Sra.", "Lic.", "Enf.", "Don", "Doña", "Ing.", "Dr", "Dra", "Ña", "Aux."}


# ======================================= Mexico ====================================================================
note("ICU handover", "h9-es-mx-01", "MX", "es", f"""UCI ADULTOS - HOSPITAL CIVIL FRAY ANTONIO ALCALDE, GUADALAJARA
Entrega de turno nocturno -> matutino   01/12/2026 07:00

Cama 4. [[N|Q. R. A.]] ([[N|Quintero Rubalcava Agustin]]), 58a, exp [[R*|HC-0448213]], dia 3 de estancia.
Ingresa por choque septico de foco urinario (pielonefritis obstructiva der, ya con nefrostomia por uro el 29/11).
APP: DM2 de larga evolucion mal apegado, ERC KDIGO G3b, cardiopatia isquemica con IAM antiguo 2019 (stent en DA).
Noche: se logro bajar norepinefrina de 0.3 a 0.08 mcg/kg/min, TAM 68-72, lactato 4.1 -> 1.9. Diuresis 0.6 ml/kg/h.
Sigue en VMI, modo AC, FiO2 35%, PEEP 8, PaO2/FiO2 240. Sedoanalgesia: fentanilo 1 mcg/kg/h IV en infusion continua
y propofol 20 mcg/kg/min IV en infusion; RASS -2. No ha presentado fiebre desde las 22 h. Sin datos de sangrado.
Meropenem 1 g IV c/8h (dia 3, ajustado a TFG), hemocultivo con E. coli BLEE sensible a carbapenemicos.
Insulina glargina 10 UI SC c/24h + correccion con insulina lispro SC segun glucometria c/6h.
Enoxaparina 40 mg SC c/24h. Omeprazol 40 mg IV c/24h.
Se suspendio la hidrocortisona al bajar vasopresor. Vancomicina se retiro ayer (cultivos sin gram +).
Pendiente: USG renal control, valorar extubacion manana si tolera PVE. Esposa [[N|Leticia Ornelas]] informada a las
06:30 por tel [[T|33 1987 4420]], viene a las 12.
Entrega: Dr. [[N|Ivan Cardenas Plascencia]] (R3 MI)  Recibe: Dra. [[N|Paulina Vazquez Lomeli]]
""", [("fentanilo", "1 mcg/kg/h", "IV", "en infusion continua"), ("propofol", "20 mcg/kg/min", "IV", "en infusion"),
      ("norepinefrina", "0.08 mcg/kg/min", None, None), ("Meropenem", "1 g", "IV", "c/8h"),
      ("Insulina glargina", "10 UI", "SC", "c/24h"), ("insulina lispro", "segun glucometria", "SC", "c/6h"),
      ("Enoxaparina", "40 mg", "SC", "c/24h"), ("Omeprazol", "40 mg", "IV", "c/24h")],
     [("choque septico de foco urinario", "A41.51"), ("pielonefritis obstructiva der", "N13.6"),
      ("DM2 de larga evolucion mal apegado", "E11.65"), ("ERC KDIGO G3b", "N18.32"),
      ("cardiopatia isquemica con IAM antiguo 2019", "I25.2")],
     negated=["fiebre", "sangrado"], stopped=["hidrocortisona", "Vancomicina"])

note("prescription", "h9-es-mx-02", "MX", "es", f"""Dr. [[N|Rogelio Ibarra Sepulveda]]
MEDICINA INTERNA - UNIVERSIDAD AUTONOMA DE NUEVO LEON
Ced. Prof. [[CED*|4419087]]   Cédula de especialidad [[CED*|6602311]]
Consultorio 512, Torre Medica Christus Muguerza, [[A|Av. Hidalgo 2525 Pte, Col. Obispado, Monterrey, N.L.]]
Citas [[T|(81) 8348 1190]] / WhatsApp [[T|+52 1 81 1552 0467]]

Nombre: Sra. [[N|Consuelo Garza de la Fuente]]            Fecha 30-XI-2026
RFC: [[RFC*|{typo(rfc("GAFC5703184T", bad=True))}]]   Edad 69 a.   Peso 71 kg
Dx: HTA sistemica, dislipidemia mixta, gonartrosis bilateral

- Telmisartan/amlodipino 80/5 mg, 1 tableta cada mañana
- Atorvastatina 40 mg VO una por la noche
- Celecoxib 100 mg 1 cap c/12 h por 10 dias, con alimentos
- Paracetamol 500 mg 2 tabs c/8h solo si dolor
Suspender naproxeno. Próxima cita en 8 semanas con perfil de lipidos.
""", [("Telmisartan/amlodipino", "80/5 mg", None, "cada mañana"), ("Atorvastatina", "40 mg", "VO", "por la noche"),
      ("Celecoxib", "100 mg", None, "c/12 h por 10 dias, con alimentos"),
      ("Paracetamol", "500 mg", None, "c/8h solo si dolor")],
     [("HTA sistemica", "I10"), ("dislipidemia mixta", "E78.2"), ("gonartrosis bilateral", "M17.0")],
     stopped=["naproxeno"])

note("telemedicine psychiatry", "h9-es-mx-03", "MX", "es", """Teleconsulta de Psiquiatria (videollamada) - Instituto Jalisciense de Salud Mental
01.12.2026, 17:10-17:45
la paciente [[N|Mariana Ochoa]] ... perdon, corrijo: paciente [[N|Mariana Elizabeth Ochoa Cuevas]], 27 años, conecta desde
su domicilio en [[A|Calle Pino Suarez 88, Barrio de Analco, Guadalajara]]; la acompaña su mama Doña [[N|Rosario Cuevas]].
Seguimiento de trastorno depresivo mayor recurrente, episodio actual moderado, y trastorno de ansiedad generalizada.
Refiere mejoria parcial del animo desde que subimos sertralina, duerme 6 h, todavia con rumiacion.
Niega ideacion suicida actual, niega autolesiones, no refiere sintomas psicoticos. Sin consumo de alcohol ni otras sustancias.
Tuvo nauseas las primeras 2 semanas que ya cedieron.
Al examen por video: alineada, lenguaje normal, afecto ansioso, sin alteraciones del pensamiento.
PHQ-9 14 (previo 19). GAD-7 12.
Plan: continuar sertralina 100 mg VO cada mañana, se agrega clonazepam 0.25 mg VO por la noche por 3 semanas y luego
retirar. Psicoterapia TCC semanal. Se explica plan de seguridad; linea de crisis. Cita por videollamada en 4 semanas.
Psiq. [[N|Tomas Aceves Robles]]  ced. prof. [[CED*|9011842]]
""", [("sertralina", "100 mg", "VO", "cada mañana"), ("clonazepam", "0.25 mg", "VO", "por la noche por 3 semanas")],
     [("trastorno depresivo mayor recurrente, episodio actual moderado", "F33.1"),
      ("trastorno de ansiedad generalizada", "F41.1")],
     negated=["ideacion suicida", "autolesiones", "sintomas psicoticos", "consumo de alcohol", "alteraciones del pensamiento"])

note("lab report", "h9-es-mx-04", "MX", "es", f"""LABORATORIOS CLINICOS AZTECA - SUC. COYOACAN
---------------------------------------------------------------------------------
No. de orden: [[R*|OR-26120117]]      Fecha de toma: 01/dic/2026 07:42
Paciente: [[N|MORALES PINEDA JUAN CARLOS]]                       Sexo: M
Fecha de nacimiento: [[B|14 de marzo de 1979]]         Edad: 47 años
CURP: [[CURP*|{curp("MOPJ790314HDFRNN0")}]]
Medico solicitante: [[N|Alejandra Ruelas]]
---------------------------------------------------------------------------------
ESTUDIO                    RESULTADO     UNIDADES      VALORES DE REFERENCIA
QUIMICA SANGUINEA
Glucosa                    131  *        mg/dL         70 - 99
Creatinina                 0.94          mg/dL         0.7 - 1.3
Acido urico                8.9  *        mg/dL         3.4 - 7.0
Colesterol total           246  *        mg/dL         < 200
Trigliceridos              389  *        mg/dL         < 150
HDL                        33   *        mg/dL         > 40
HEMOGLOBINA GLUCOSILADA
HbA1c                      6.3  *        %             4.0 - 5.6
PERFIL HEPATICO
ALT                        71   *        U/L           < 41
AST                        48   *        U/L           < 40
---------------------------------------------------------------------------------
Interpretacion: Hallazgos compatibles con prediabetes, hiperuricemia e hipertrigliceridemia; elevacion
de transaminasas sugestiva de higado graso (correlacionar con USG). Negativo para VHB y VHC.
Responsable sanitario: Q.F.B. [[N|Irma Delgado Nava]]  Ced. [[CED*|2389015]]
""", [],
     [("prediabetes", "R73.03"), ("hiperuricemia", "E79.0"), ("hipertrigliceridemia", "E78.1"),
      ("higado graso", "K76.0")],
     negated=["VHB", "VHC"])

note("post-operative", "h9-es-mx-05", "MX", "es", f"""IMSS UMAE Hospital de Especialidades CMN Siglo XXI - Cirugia General
NOTA POSTQUIRURGICA
Nombre: [[N|Hernandez Xolalpa, Guadalupe]]    NSS [[SSN*|{typo(nss9("0287650934", bad=True))}]]   Cama 318-B
Fecha de cirugia: 01/12/2026
Dx preoperatorio: colecistitis cronica litiasica agudizada
Dx postoperatorio: Colecistitis aguda litiasica con piocolecisto (K80.00); sindrome adherencial
Operacion realizada: colecistectomia laparoscopica + adherenciolisis
Cirujano: Dr. [[N|Benjamin Aguirre Lozada]]  1er ayudante: Dr. [[N|Raul Bustos]]  Anestesiologo: Dra. [[N|Karla Ponce]]
Anestesia: general balanceada. Sangrado: 80 ml. Tiempo qx: 1 h 50 min.
Hallazgos: vesicula de 12x5 cm, pared de 6 mm, con pus, multiples litos; colédoco de calibre normal, sin litos.
Incidentes/accidentes: ninguno. Sin complicaciones anestesicas. Drenaje Penrose a lecho.
Antecedentes: obesidad grado II, HTA controlada con enalapril. Niega alergias.
Indicaciones: ayuno 6 h y luego liquidos claros. Solucion Hartmann 1000 cc IV p/ 8 h.
Ceftriaxona 1 g IV cada 12 hrs
Metronidazol 500 mg IV c/8 hrs
Ketorolaco 30 mg IV c/8 hrs x 48 h
Buprenorfina 150 mcg IV c/8h en caso de dolor severo
Enalapril 10 mg VO c/12 hrs al iniciar via oral
Deambulacion temprana. Vigilar gasto de drenaje.
""", [("Solucion Hartmann", "1000 cc", "IV", "p/ 8 h"), ("Ceftriaxona", "1 g", "IV", "cada 12 hrs"),
      ("Metronidazol", "500 mg", "IV", "c/8 hrs"), ("Ketorolaco", "30 mg", "IV", "c/8 hrs x 48 h"),
      ("Buprenorfina", "150 mcg", "IV", "c/8h en caso de dolor severo"),
      ("Enalapril", "10 mg", "VO", "c/12 hrs al iniciar via oral")],
     [("Colecistitis aguda litiasica con piocolecisto", "K80.00"), ("sindrome adherencial", "K66.0"),
      ("obesidad grado II", "E66.9"), ("HTA controlada", "I10")],
     negated=["alergias", "complicaciones anestesicas"])

note("occupational health", "h9-es-mx-06", "MX", "es", f"""examen medico periodico - servicio medico de planta, Maquiladora Electronica del Norte, Cd. Juarez
trabajador: [[N|Efrain Sotelo Ibarra]], no. de empleado [[R*|E-20931]], puesto: operador de montacargas, turno nocturno
nss [[SSN*|{nss9("2209840571")}]]  fn [[B|1988-07-22]]
refiere lumbalgia mecanica intermitente desde hace 4 meses, sin irradiacion, sin perdida de fuerza. no refiere
alteraciones visuales. niega consumo de drogas. fuma 5 cig/dia. Audiometria: hipoacusia neurosensorial leve bilateral
en 4 kHz (expuesto a ruido en area de prensas hasta 2024).
TA 138/86, IMC 31.2, agudeza visual 20/20 ambos ojos con correccion. Antidoping negativo.
idx: lumbalgia mecanica cronica, hipoacusia inducida por ruido, obesidad grado I, tabaquismo activo
plan: apto con restriccion (no cargar >15 kg), naproxeno 250 mg VO c/12h por 5 dias si dolor, higiene de columna,
referencia a UMF para control de TA y consejeria antitabaco. uso obligatorio de protector auditivo.
medico de empresa Dra. [[N|Nayeli Robledo]]  ced. prof. [[CED*|10977324]]
""", [("naproxeno", "250 mg", "VO", "c/12h por 5 dias si dolor")],
     [("lumbalgia mecanica cronica", "M54.5"), ("hipoacusia inducida por ruido", "H83.3"),
      ("obesidad grado I", "E66.9"), ("tabaquismo activo", "F17.210")],
     negated=["irradiacion", "perdida de fuerza", "alteraciones visuales", "consumo de drogas"])

note("progress", "h9-es-mx-07", "MX", "es", f"""C.S. Rural San Miguel Tlaixpan, Texcoco - nota de evolucion 1-dic-26
[[N|Aurelia Hdz. Rosas]] [[CURP|{bare(curp("HERA550919MMCRSR0"))}]] 71a exp [[R*|0412]]
S- viene por sus medicinas, dice q se siente bien, a veces mareo al pararse. no dolor de pecho, niega falta de aire
O- TA 104/60 de pie 92/58 FC 70 glu 162 peso 58
A- DM2 HAS ERC G4 anemia de la ERC hipotension ortostatica x medicamentos
P- baja amlodipino a 5mg c/24h, sigue insulina nph 16u sc am, eritropoyetina 2000 ui sc semanal,
fumarato ferroso 200mg vo c/24h, ya no tomar la metformina (riñon). cita 1 mes c/ labs. hija [[N|Rocio]] [[T|595 100 4432]] para avisar
MPSS [[N|Hector Galindo]]
""", [("amlodipino", "5mg", None, "c/24h"), ("insulina nph", "16u", "sc", "am"), ("eritropoyetina", "2000 ui", "sc", "semanal"),
      ("fumarato ferroso", "200mg", "vo", "c/24h")],
     [("DM2", "E11.9"), ("HAS", "I10"), ("ERC G4", "N18.4"), ("anemia de la ERC", "D63.1"),
      ("hipotension ortostatica x medicamentos", "I95.2")],
     negated=["dolor de pecho", "falta de aire"], stopped=["metformina"])

# ======================================= Colombia ==================================================================
note("discharge", "h9-es-co-01", "CO", "es", """HOSPITAL PABLO TOBON URIBE - MEDELLIN
EPICRISIS
Paciente: [[N|CASTAÑO RESTREPO LUZ MARINA]]          Documento: CC [[DNI*|43.512.876]]
Historia clinica: [[R*|43512876]]   EPS: SURA  No. afiliacion [[R*|5001-2287-4410]]
Fecha de nacimiento: [[B|03/02/1956]]   Edad: 70 años
Direccion: [[A|Cra 65 # 48-37 apto 402, barrio Suramericana, Medellin]]   Telefono: [[T|604 444 1937]]
Acompañante: [[N|Diana Patricia Gil Castaño]] (hija)   Cel: [[T|311 742 0095]]
Fecha de ingreso: 22/11/2026   Fecha de egreso: 01/12/2026   Servicio: Medicina Interna

MOTIVO DE CONSULTA: "me ahogo y se me hincharon las piernas"
ENFERMEDAD ACTUAL: Paciente con antecedente de insuficiencia cardiaca con FEVI reducida (35% en eco de 2025),
FA permanente anticoagulada y EPOC GOLD 2 exfumadora (IPA 30), consulta por 5 dias de disnea progresiva hasta minimos esfuerzos, ortopnea de 3 almohadas y edemas de miembros inferiores; habia dejado la furosemida por "orinar
mucho". Niega dolor toracico, no ha tenido sincope, sin fiebre.
ANTECEDENTES: Patologicos: ICC FEVIr, FA permanente, EPOC, hipotiroidismo, osteoporosis. Quirurgicos: colecistectomia.
Toxicos: exfumadora desde 2015. Alergicos: niega.
EVOLUCION: Ingresa con TA 102/64, FC 118 irregular, SatO2 86% al aire, crepitos bibasales hasta campos medios,
ingurgitacion yugular y edema grado III. BNP 2.340. Rx de torax con cardiomegalia, redistribucion de flujo y
derrame pleural derecho pequeño. Se considera falla cardiaca aguda descompensada perfil B (humedo y caliente),
desencadenada por abandono del diuretico y FA con respuesta ventricular rapida. Recibio furosemida IV en bolos con
buena diuresis (balance negativo acumulado de 7.8 L), bajo a 58 kg. Se controlo la frecuencia con metoprolol y
digoxina, esta ultima se suspendio al alta por creatinina en ascenso (1.1 -> 1.5) que se interpreto como lesion
renal aguda prerrenal por depleccion, ya en resolucion (Cr 1.2 al egreso). Troponina negativa x2, se descarta
sindrome coronario agudo. Ecocardiograma: FEVI 30%, IM moderada funcional. TSH 6.1, T4L normal:
hipotiroidismo subclinico en reemplazo, se ajusta dosis. Sin exacerbacion de EPOC durante la estancia.
DIAGNOSTICOS DE EGRESO:
1. Falla cardiaca aguda descompensada con FEVI reducida (I50.21)
2. Fibrilacion auricular permanente con RVR, controlada (I48.21)
3. Lesion renal aguda prerrenal, en resolucion (N17.9)
4. EPOC GOLD 2 estable (J44.9)
5. Hipotiroidismo (E03.9)
6. Osteoporosis (M81.0)
MEDICAMENTOS AL EGRESO:
- Furosemida tab 40 mg VO cada 12 horas (8 am y 2 pm)
- Espironolactona 25 mg VO diario
- Sacubitril/valsartan 24/26 mg VO c/12h
- Metoprolol succinato 50 mg VO cada dia
- Apixaban 2.5 mg VO c/12h
- Levotiroxina 75 mcg VO en ayunas
- Tiotropio 18 mcg inhalado 1 capsula cada 24 horas
- Salbutamol inhalador 100 mcg 2 puffs c/6h si ahogo
Se suspende digoxina. Se suspende losartan (cambio a sacubitril/valsartan).
RECOMENDACIONES: restriccion hidrica 1.2 L/dia, sal < 2 g, peso diario, consultar si aumenta > 2 kg en 3 dias.
Control por clinica de falla cardiaca en 7 dias con creatinina y potasio.
Medico que elabora: [[N|Santiago Ospina Vélez]]  RM [[CED*|05-2419-08]]  Internista
""", [("Furosemida", "40 mg", "VO", "cada 12 horas (8 am y 2 pm)"), ("Espironolactona", "25 mg", "VO", "diario"),
      ("Sacubitril/valsartan", "24/26 mg", "VO", "c/12h"), ("Metoprolol succinato", "50 mg", "VO", "cada dia"),
      ("Apixaban", "2.5 mg", "VO", "c/12h"), ("Levotiroxina", "75 mcg", "VO", "en ayunas"),
      ("Tiotropio", "18 mcg", "inhalado", "cada 24 horas"), ("Salbutamol", "100 mcg", None, "c/6h si ahogo")],
     [("insuficiencia cardiaca con FEVI reducida", "I50.22"), ("FA permanente anticoagulada", "I48.21"),
      ("EPOC GOLD 2 exfumadora", "J44.9"), ("hipotiroidismo", "E03.9"), ("osteoporosis", "M81.0"),
      ("Falla cardiaca aguda descompensada con FEVI reducida", "I50.21"),
      ("Fibrilacion auricular permanente con RVR, controlada", "I48.21"),
      ("Lesion renal aguda prerrenal, en resolucion", "N17.9"), ("EPOC GOLD 2 estable", "J44.9"),
      ("IM moderada funcional", "I34.0"), ("hipotiroidismo subclinico en reemplazo", "E03.9")],
     negated=["dolor toracico", "sincope", "fiebre", "sindrome coronario agudo", "exacerbacion de EPOC"],
     stopped=["digoxina", "losartan"])

note("referral nephrology", "h9-es-co-02", "CO", "es", """IPS Salud Total Virrey Solis - Bogota
SOLICITUD DE INTERCONSULTA A NEFROLOGIA
Usuario: [[N|Wilson Arley Bermudez]]  C.C. [[DNI*|79.884.210]]  Edad: 61
Para: Nefrologia - Dr. [[N|Camilo Andres Rueda Pardo]]
Motivo: paciente con DM2 insulinorrequiriente y HTA de dificil control, con TFG por CKD-EPI en descenso
(52 -> 38 ml/min en 9 meses), albuminuria 640 mg/g. Ya esta con losartan 100 mg/dia, amlodipino 10 mg dia y
clortalidona 25 mg dia, insulina glargina 28 U noche. Sin edemas, no hematuria macroscopica. Ecografia renal:
riñones de tamaño normal, ecogenicidad aumentada, sin hidronefrosis.
Se inicio empagliflozina 10 mg VO cada mañana el 15/11. Se retiro la metformina por la TFG.
Impresion diagnostica: Enfermedad renal cronica estadio 3b A3 por nefropatia diabetica (N18.32) / HTA resistente (I1A.0) / DM2 (E11.22)
Se solicita valoracion y manejo conjunto. Agradezco atencion.
Medico solicitante: [[N|Marcela Quintero]], medicina familiar, RM [[CED*|25741-03]]
Tel. consultorio [[T|601 7427010]] ext 2214
""", [("losartan", "100 mg", None, "/dia"), ("amlodipino", "10 mg", None, "dia"), ("clortalidona", "25 mg", None, "dia"),
      ("insulina glargina", "28 U", None, "noche"), ("empagliflozina", "10 mg", "VO", "cada mañana")],
     [("DM2 insulinorrequiriente", "E11.9"), ("HTA de dificil control", "I10"),
      ("Enfermedad renal cronica estadio 3b A3 por nefropatia diabetica", "N18.32"), ("HTA resistente", "I1A.0"),
      ("DM2", "E11.22")],
     negated=["edemas", "hematuria macroscopica", "hidronefrosis"], stopped=["metformina"])

note("prescription", "h9-es-co-03", "CO", "es", """FORMULA MEDICA   Nueva EPS - IPS Comfenalco Cartagena
Fecha: 2026-12-01
Paciente [[N|Yulieth Paola Arrieta Julio]]   TI [[DNI*|1043998771]]  edad 16 a
Dx: J45.0 asma predominantemente alergica; rinitis alergica persistente (J30.4)
1) Budesonida/formoterol 160/4.5 mcg inhalador, 1 inhalacion cada 12 horas. Cant: 1
2) Montelukast 10 mg tableta via oral cada noche #30
3) Mometasona nasal 50 mcg 2 atomizaciones en cada fosa nasal cada dia #1
4) Loratadina 10 mg tab VO 1 diaria si hay sintomas #30
Dr. [[N|Jairo Mendoza Pacheco]] - Pediatra - RM [[CED*|13-0877]]
""", [("Budesonida/formoterol", "160/4.5 mcg", None, "cada 12 horas"), ("Montelukast", "10 mg", "via oral", "cada noche"),
      ("Mometasona", "50 mcg", "nasal", "cada dia"), ("Loratadina", "10 mg", "VO", "diaria si hay sintomas")],
     [("asma predominantemente alergica", "J45.0"), ("rinitis alergica persistente", "J30.4")])

note("emergency", "h9-es-co-04", "CO", "es", """Urgencias Hospital Universitario del Valle, Cali. 01/12/26 02:20
Se trata de [[N|Jhon Fredy Mosquera]], 34 años, natural de Buenaventura, traido por la policia, con herida por arma
cortopunzante en hemitorax izquierdo hace 40 minutos. Niega otras lesiones. Ingresa taquicardico 126, TA 96/60,
SatO2 89%, murmullo vesicular abolido en base izquierda. ECO FAST: sin liquido pericardico. Rx portatil: hemoneumotorax
izq. Se coloca tubo de torax 32 Fr con salida de 600 cc hematico. Hb 9.8. No hay sangrado activo por el tubo en la
primera hora. Alcoholemia positiva.
IDX: Herida por arma cortopunzante en torax; hemoneumotorax izquierdo traumatico (S27.2) - intoxicacion alcoholica aguda
PLAN: Cirugia de torax avisada. LEV SSN 0.9% 1000 cc IV bolo. Cefazolina 2 g IV ya. Tramadol 50 mg IV c/8h.
Toxoide tetanico 0.5 ml IM. Contacto: su compañera [[N|Leidy Johana Rentería]] [[T|315 600 2281]].
MD [[N|Alvaro Guzman]] / R2 cirugia [[N|Natalia Cuero]]
""", [("SSN 0.9%", "1000 cc", "IV", "bolo"), ("Cefazolina", "2 g", "IV", "ya"), ("Tramadol", "50 mg", "IV", "c/8h"),
      ("Toxoide tetanico", "0.5 ml", "IM", None)],
     [("Herida por arma cortopunzante en torax", "S21.92XA"), ("hemoneumotorax izquierdo traumatico", "S27.2"),
      ("intoxicacion alcoholica aguda", "F10.129")],
     negated=["otras lesiones", "liquido pericardico", "sangrado activo"])

note("pediatric consult", "h9-es-co-05", "CO", "es", """Consulta de crecimiento y desarrollo - ESE Hospital San Rafael de Tunja
Niño [[N|Samuel David Nino Avella]], RC [[DNI*|1052408116]], FN: [[B|12/06/2025]] (17 meses)
Madre: [[N|Yenny Avella Sanabria]], 22 años, cel [[T|3124457781]]. Vive en [[A|vereda Runta, km 4 via a Soraca]].
Viene por control; la mama refiere que "no quiere comer" y diarrea ocasional. Sin fiebre, sin vomitos, no tos.
Peso 8.9 kg (P/E < -2 DE), talla 76 cm (T/E -1.8 DE). Hb 9.6 g/dl.
Vacunas: se aplica hoy triple viral (SRP) 0.5 ml SC y fiebre amarilla 0.5 ml SC, dosis de los 18 m adelantadas.
Impresion: desnutricion aguda moderada; anemia ferropenica; riesgo de talla baja.
Sulfato ferroso gotas 25 mg/ml, 1 ml VO cada dia por 3 meses. Albendazol 400 mg VO dosis unica.
Zinc 10 mg VO diario x 14 dias. Remision a programa de recuperacion nutricional del ICBF.
Enf. [[N|Ana Lucia Camargo]] / Dra. [[N|Paola Fonseca]]
""", [("triple viral (SRP)", "0.5 ml", "SC", None), ("fiebre amarilla", "0.5 ml", "SC", None),
      ("Sulfato ferroso", "1 ml", "VO", "cada dia por 3 meses"), ("Albendazol", "400 mg", "VO", "dosis unica"),
      ("Zinc", "10 mg", "VO", "diario x 14 dias")],
     [("desnutricion aguda moderada", "E44.0"), ("anemia ferropenica", "D50.9"), ("riesgo de talla baja", "R62.52")],
     negated=["fiebre", "vomitos", "tos"])

# ======================================= Argentina =================================================================
note("progress", "h9-es-ar-01", "AR", "es", """Hospital Italiano de Buenos Aires - Clinica Medica, Piso 7 Central
EVOLUCION  01/12/2026  08:30
[[N|Fernandez Iturralde, Graciela Beatriz]] - DNI [[DNI*|14.339.502]] - HC [[R*|1.884.307]] - OSDE [[R*|61 123498 7 01]]
S: Refiere que durmio mejor, menos disnea. Tolera dieta. Deposiciones normales. Niega dolor toracico. No refiere
palpitaciones.
O: TA 128/74 FC 82 FR 18 T 36.6 Sat 94% (0.21). Lucida, hemodinamicamente estable. Rales crepitantes en base
derecha, en disminucion. Sin edemas. Lab: GB 11.200 (ayer 16.900), PCR 6.4 (ayer 18), Cr 0.9, Na 138.
A: Neumonia adquirida en la comunidad de LID (CURB-65: 1) con buena respuesta. Antec: HTA, hipotiroidismo,
sindrome ansioso. Nada de DBT.
P: - Rotar a VO: amoxicilina-clavulanico 875/125 mg VO c/12 hs, completar 7 dias
   - suspender ceftriaxona EV
   - enalapril 10 mg/dia, levotiroxina 88 mcg/dia, alprazolam 0.5 mg a la noche si no concilia el sueño (sin cambios)
   - KTR respiratoria
   - probable alta mañana si sigue afebril
Dra. [[N|Mariela Sosa]] (residente) / Dr. [[N|Pablo Lanari]] M.N. [[CED*|103.887]]
""", [("amoxicilina-clavulanico", "875/125 mg", "VO", "c/12 hs, completar 7 dias"), ("enalapril", "10 mg", None, "/dia"),
      ("levotiroxina", "88 mcg", None, "/dia"), ("alprazolam", "0.5 mg", None, "a la noche si no concilia el sueño")],
     [("Neumonia adquirida en la comunidad de LID", "J18.1"), ("HTA", "I10"), ("hipotiroidismo", "E03.9"),
      ("sindrome ansioso", "F41.9")],
     negated=["dolor toracico", "palpitaciones", "edemas", "DBT"], stopped=["ceftriaxona"])

note("prescription", "h9-es-ar-02", "AR", "es", f"""Dr. [[N|Horacio E. Belmonte]]
Médico Cardiólogo - M.N. [[CED*|78.442]] - M.P. [[CED*|33.109]]
[[A|Bv. Oroño 1290, 1° piso, Rosario]] - [[T|0341 421-8890]] - turnos: [[E|consultoriobelmonte@gmail.com]]

Rp/
Paciente: [[N|Mirta Susana Ledesma]]      CUIL [[DNI*|{typo(cuit9("2710645319", bad=True))}]]
Obra social: PAMI  N° afiliado [[R*|150432998807]]
Diagnóstico: fibrilación auricular paroxística - insuficiencia mitral leve

Rivaroxabán 20 mg comp. x 28
   1 comp. con la cena
Bisoprolol 2,5 mg comp. x 30
   1/2 comp. cada 12 hs
Firma y sello - Rosario, 1 de diciembre de 2026
""", [("Rivaroxabán", "20 mg", None, "con la cena"), ("Bisoprolol", "2,5 mg", None, "cada 12 hs")],
     [("fibrilación auricular paroxística", "I48.0"), ("insuficiencia mitral leve", "I34.0")])

note("ward handover", "h9-es-ar-03", "AR", "es", """PASE DE GUARDIA - Clinica Medica HIGA San Martin, La Plata - 1/12 20 hs
Cama 12 - [[N|Ramirez Oscar]] (72) HC [[R*|220417]]: ingreso x ACV isquemico de ACM izq (dia 2), hemiparesia der
fascio-braquio-crural, afasia mixta. FA no conocida en el monitor -> anticoagular dia 4-5 segun neuro. AAS 300 mg VO/SNG
c/24 hs, atorvastatina 80 mg/dia. Deglucion no evaluada: NVO. Nada para la noche salvo control de TA (no bajar si
< 220/120). Hijo [[N|Martin Ramirez]] [[T|221 15 487-3301]].
Cama 14 - [[N|Benitez, Norma]] (81) HC [[R*|220502]]: ITU complicada por Proteus, afebril 48 hs, rota a cefalexina
500 mg VO c/6 hs. Delirium hipoactivo que mejora. Sin sonda. Antec: DBT 2 con metformina, demencia leve.
Cama 15 - [[N|Acosta Juan Ignacio]] (45) HC [[R*|219988]]: cirrosis OH Child B, HDA variceal ligada el 28/11; octreotide
se suspendio hoy, sigue propranolol 20 mg VO c/12 hs y lactulosa 15 ml VO c/8 hs para 2-3 deposiciones.
Hb estable 8.9, sin melena. Si vuelve a sangrar: llamar a endoscopia de guardia.
Entrega: Dr. [[N|Facundo Ayala]]  Recibe: Dra. [[N|Romina Paz]]
""", [("AAS", "300 mg", "VO/SNG", "c/24 hs"), ("atorvastatina", "80 mg", None, "/dia"),
      ("cefalexina", "500 mg", "VO", "c/6 hs"), ("metformina", None, None, None),
      ("propranolol", "20 mg", "VO", "c/12 hs"), ("lactulosa", "15 ml", "VO", "c/8 hs para 2-3 deposiciones")],
     [("ACV isquemico de ACM izq", "I63.512"), ("FA no conocida", "I48.91"), ("ITU complicada por Proteus", "N39.0"),
      ("Delirium hipoactivo", "F05"), ("DBT 2", "E11.9"), ("demencia leve", "F03.A0"), ("cirrosis OH Child B", "K70.30"),
      ("HDA variceal", "I85.11")],
     negated=["melena"], stopped=["octreotide"])

note("death summary", "h9-es-ar-04", "AR", "es", """Sanatorio Allende - Córdoba. RESUMEN DE HISTORIA CLÍNICA POR ÓBITO
Paciente: Sra. [[N|Elba Nélida Quiroga de Peralta]], 88 años, D.N.I. [[DNI*|2.987.114]], fecha nac. [[B|05-ago-1938]]
Nro. de internación [[R*|INT-26-04471]]
Ingresó el 26/11/2026 derivada de geriátrico por deterioro del sensorio y fiebre. Antecedentes de
enfermedad de Alzheimer avanzada (GDS 7), postración, IRC estadio 4, HTA, escara sacra grado IV. Se diagnosticó sepsis a punto de
partida de escara sacra infectada y neumonía aspirativa, con falla renal aguda sobre crónica. Se indicó
piperacilina-tazobactam EV. Dado el pronóstico y de acuerdo con la familia (hija y apoderada [[N|Silvia Peralta]], tel.
[[T|+54 9 351 622-0841]]), se adecuó el esfuerzo terapéutico el 29/11: se suspendió el antibiótico y la hidratación
parenteral, se priorizó el confort con morfina 2,5 mg SC c/4 hs y midazolam 1 mg SC si disnea o agitación.
Fallece el 01/12/2026 a las 03:40. Causa básica: enfermedad de Alzheimer. Causa inmediata: sepsis de origen cutáneo
(A41.9). Otras: neumonía aspirativa (J69.0); insuficiencia renal crónica reagudizada.
No se solicita autopsia. Certifica: Dr. [[N|Gustavo Nieto]], M.P. [[CED*|27.705]]
""", [("morfina", "2,5 mg", "SC", "c/4 hs"), ("midazolam", "1 mg", "SC", "si disnea o agitación")],
     [("enfermedad de Alzheimer avanzada", "G30.1"), ("IRC estadio 4", "N18.4"), ("HTA", "I10"),
      ("escara sacra grado IV", "L89.154"), ("neumonía aspirativa", "J69.0"), ("falla renal aguda sobre crónica", "N17.9"),
      ("sepsis de origen cutáneo", "A41.9"), ("insuficiencia renal crónica reagudizada", "N18.4")],
     stopped=["piperacilina-tazobactam"])

# ======================================= Chile =====================================================================
note("discharge", "h9-es-cl-01", "CL", "es", f"""HOSPITAL CLINICO UNIVERSIDAD DE CHILE - EPICRISIS
Nombre: [[N|Patricio Andrés Valenzuela Soto]]   RUT: [[RUT*|{rut(9874512)}]]   Ficha: [[R*|1147392]]
Fecha nacimiento: [[B|17.10.1963]]   Previsión: FONASA B
Domicilio: [[A|Pasaje Los Aromos 2241, Villa El Sol, comuna de Conchalí]]   Fono: [[T|+56 9 7731 4408]]
Correo: [[E|p.valenzuela.soto63@hotmail.com]]
Ingreso: 24/11/2026 - Alta: 01/12/2026 - Servicio: Medicina / UTI

Diagnósticos de egreso:
 - Cetoacidosis diabética moderada, resuelta
 - Diabetes mellitus tipo 2 insulinorrequirente, descompensada
 - Infección urinaria alta (pielonefritis aguda), en tratamiento
 - Hipertensión arterial crónica
 - Dislipidemia
Antecedentes mórbidos: DM2 dg 2011, HTA, dislipidemia, hígado graso. Alergias: sulfas.
Resumen: Paciente consulta en SU por compromiso del estado general, poliuria y vómitos. Glicemia 486, pH 7.14,
HCO3 9, cetonemia positiva. Manejo en UTI con protocolo de CAD (insulina cristalina en infusión, hidratación, potasio),
con cierre de brecha aniónica a las 20 h. Urocultivo: E. coli multisensible; completó 3 días de ceftriaxona EV y se
rota a oral. Sin complicaciones neurológicas. Se educa en insulinoterapia basal-bolo con enfermera educadora.
Tratamiento al alta:
  Insulina NPH 20 U sc antes del desayuno y 10 U sc a las 22 h
  Insulina cristalina 4 U sc antes de almuerzo y cena si HGT > 200
  Metformina 850 mg vo c/12 h con comidas
  Losartán 50 mg vo c/12 h
  Atorvastatina 20 mg vo noche
  Cefuroxima 500 mg vo c/12 h por 7 días más
Se suspende glibenclamida.
Control: policlínico de diabetes CESFAM en 1 semana, HbA1c en 3 meses.
Médico tratante: Dra. [[N|Francisca Morales Ibáñez]]   Interno: [[N|Benjamín Rojas]]
""", [("Insulina NPH", "20 U", "sc", "antes del desayuno y 10 U sc a las 22 h"),
      ("Insulina cristalina", "4 U", "sc", "antes de almuerzo y cena si HGT > 200"),
      ("Metformina", "850 mg", "vo", "c/12 h con comidas"), ("Losartán", "50 mg", "vo", "c/12 h"),
      ("Atorvastatina", "20 mg", "vo", "noche"), ("Cefuroxima", "500 mg", "vo", "c/12 h por 7 días más")],
     [("Cetoacidosis diabética moderada, resuelta", "E11.10"),
      ("Diabetes mellitus tipo 2 insulinorrequirente, descompensada", "E11.65"),
      ("Infección urinaria alta (pielonefritis aguda), en tratamiento", "N10"), ("Hipertensión arterial crónica", "I10"),
      ("Dislipidemia", "E78.5"), ("hígado graso", "K76.0")],
     negated=["complicaciones neurológicas"], stopped=["glibenclamida"])

note("counter-referral", "h9-es-cl-02", "CL", "es", f"""CONTRARREFERENCIA  -  Policlínico de Endocrinología, Hospital Sótero del Río -> CESFAM Padre Manuel Villaseca
Paciente [[N|Rosa Elena Cárcamo Paredes]]  RUN [[RUT*|{typo(rut(11203667, bad=True))}]]  (52 años)
Estimado colega:
Se evaluó a la Sra. [[N|Cárcamo]] por nódulo tiroideo. Eco: nódulo de 1,8 cm en LTD TI-RADS 4, PAAF Bethesda II
(benigno). TSH 1,9. Por lo tanto se descarta malignidad; no requiere cirugía. También presenta hipotiroidismo
subclínico previo que hoy está eutiroideo sin tratamiento, y obesidad (IMC 33).
Dg: Nódulo tiroideo benigno (E04.1), obesidad.
Indicaciones: control ecográfico en 12-18 meses en APS. No iniciar levotiroxina. Mantener metformina 500 mg
vo c/12 h indicada por resistencia a la insulina.
Saluda atte., Dr. [[N|Cristóbal Henríquez L.]], endocrinólogo. N° COLMED [[CED*|28114]]
""", [("metformina", "500 mg", "vo", "c/12 h")],
     [("Nódulo tiroideo benigno", "E04.1"), ("obesidad", "E66.9"), ("resistencia a la insulina", "E88.81")],
     negated=["malignidad"])

note("emergency", "h9-es-cl-03", "CL", "es", f"""SAPU Dr. Salvador Allende, Valparaíso   01-12-2026  23:55
pcte [[N|Nicolás Ignacio Araya]], 19 a, rut [[RUT*|{rut(20884315)}]], consulta acompañado por su polola [[N|Camila Tapia]]
por dolor abdominal de 14 h, inicio periumbilical, luego migra a FID, anorexia, 1 vómito. afebril en domicilio.
no diarrea. no síntomas urinarios.
ex: T° 37,9, FC 104, abdomen blando, dolor en FID, Blumberg (+), Rovsing (+). Alvarado 8.
HD: Apendicitis aguda.
indico: suero fisiológico 500 cc ev, ketoprofeno 100 mg ev, metoclopramida 10 mg ev por una vez. Régimen cero.
Se deriva en SAMU a Hospital Carlos van Buren, cirugía avisada.
Dr. [[N|Ignacio Fuenzalida]]
""", [("suero fisiológico", "500 cc", "ev", None), ("ketoprofeno", "100 mg", "ev", None),
      ("metoclopramida", "10 mg", "ev", "por una vez")],
     [("Apendicitis aguda", "K35.80")],
     negated=["diarrea", "síntomas urinarios"])

note("cardiology consult", "h9-es-cl-04", "CL", "es", f"""Clínica Alemana de Temuco - Cardiología ambulatoria
control 1/12/26.  [[N|Gerardo Millalén Huenchul]], 66 años, [[RUT|{bare(rut(7519803))}]], agricultor de Padre Las Casas.
Motivo: control post SCA. Antecedentes: IAM con SDST de pared inferior en agosto 2026, angioplastía con stent
farmacoactivo a CD; HTA; tabaquismo suspendido en agosto; ERC etapa 3a. Sin DM.
Refiere caminar 30 min diarios sin angina, sin disnea de esfuerzo, sin palpitaciones. Ortopnea (-).
PA 124/76, FC 58, sin soplos, sin edema. ECG: RS, ondas Q inferiores, sin cambios agudos.
Eco: FEVI 48%, hipoquinesia inferior.
Impresión: Cardiopatía coronaria con IAM inferior reciente revascularizado, estable, con disfunción VI leve;
HTA controlada; ERC 3a.
Indicaciones (sin cambios salvo lo anotado): AAS 100 mg al almuerzo, ticagrelor 90 mg c/12 h hasta agosto 2027,
rosuvastatina 40 mg noche, bisoprolol 5 mg en la mañana, enalapril 10 mg c/12 h. Se suspende isosorbide (no ha tenido
angina). Nitroglicerina 0,6 mg sublingual SOS dolor precordial.
Dr. [[N|Esteban Vergara]] - cardiólogo
""", [("AAS", "100 mg", None, "al almuerzo"), ("ticagrelor", "90 mg", None, "c/12 h hasta agosto 2027"),
      ("rosuvastatina", "40 mg", None, "noche"), ("bisoprolol", "5 mg", None, "en la mañana"),
      ("enalapril", "10 mg", None, "c/12 h"), ("Nitroglicerina", "0,6 mg", "sublingual", "SOS dolor precordial")],
     [("IAM con SDST de pared inferior", "I21.19"), ("HTA", "I10"), ("ERC etapa 3a", "N18.31"),
      ("Cardiopatía coronaria con IAM inferior reciente revascularizado, estable", "I25.10"),
      ("disfunción VI leve", "I50.9"), ("HTA controlada", "I10")],
     negated=["DM", "angina", "disnea de esfuerzo", "palpitaciones", "Ortopnea", "soplos", "edema"],
     stopped=["isosorbide"])

# ======================================= Peru ======================================================================
note("admission", "h9-es-pe-01", "PE", "es", """ESSALUD - HOSPITAL NACIONAL EDGARDO REBAGLIATI MARTINS
HOJA DE INGRESO - SERVICIO DE NEUMOLOGIA
Apellidos y nombres: [[N|HUAMAN QUISPE, TEODORO]]      DNI: [[DNI*|08236419]]     Autogenerado: [[R*|4807091HMQPT003]]
Fecha de nacimiento: [[B|09/09/1948]]   Procedencia: [[A|Jr. Huallaga 1134, Cercado de Lima]]
Contacto de emergencia: [[N|Rocio Huaman Torres]] (hija) - celular [[T|987 554 120]]

Anamnesis: Paciente varon de 78 años, ex minero en Cerro de Pasco por 25 años, con diagnostico previo de silicosis y
EPOC, usuario de oxigeno domiciliario 2 L/min, con tiempo de enfermedad de 6 dias caracterizado por tos con esputo
purulento, aumento de disnea (mMRC 4) y fiebre de 38.5. Niega hemoptisis. No dolor toracico. Niega contacto TBC.
Antecedentes: HTA hace 10 años; hiperplasia benigna de prostata; TBC pulmonar tratada en 1990 (curado).
Medicacion habitual: bromuro de ipratropio inhalado, enalapril 10 mg c/12h, tamsulosina 0.4 mg noche.
Examen: PA 140/85, FC 110, FR 28, SatO2 84% con O2 2 L, tiraje subcostal, sibilantes y roncantes difusos.
AGA: pH 7.31, PCO2 58, PO2 52. BK en esputo: negativo (1 muestra).
Diagnosticos:
1. EPOC exacerbado / insuficiencia respiratoria aguda sobre cronica hipercapnica
2. Silicosis
3. HTA
4. HBP
Plan: VMNI BiPAP, nebulizacion con salbutamol 5 mg + bromuro de ipratropio 0.5 mg c/6h, metilprednisolona 40 mg EV c/24h,
ceftriaxona 2 g EV c/24h, enoxaparina 40 mg SC diario. Continua tamsulosina. Enalapril en suspenso hasta estabilizar.
Dr. [[N|Cesar Augusto Salinas Poma]] - Medico residente - CMP [[CED*|061487]]
""", [("salbutamol", "5 mg", None, "c/6h"), ("bromuro de ipratropio", "0.5 mg", None, "c/6h"),
      ("metilprednisolona", "40 mg", "EV", "c/24h"), ("ceftriaxona", "2 g", "EV", "c/24h"),
      ("enoxaparina", "40 mg", "SC", "diario"), ("tamsulosina", "0.4 mg", None, "noche")],
     [("silicosis", "J62.8"), ("EPOC", "J44.9"), ("HTA hace 10 años", "I10"), ("hiperplasia benigna de prostata", "N40.0"),
      ("TBC pulmonar tratada en 1990", "Z86.11"), ("EPOC exacerbado", "J44.1"),
      ("insuficiencia respiratoria aguda sobre cronica hipercapnica", "J96.22"), ("HBP", "N40.0")],
     negated=["hemoptisis", "dolor toracico", "contacto TBC"], stopped=["Enalapril"])

note("prescription", "h9-es-pe-02", "PE", "es", """CLINICA SAN PABLO - SURCO               RECETA MEDICA
Paciente: [[N|Kiara Alessandra Chumpitaz Rojas]]   H.C. [[R*|0558721]]   Edad: 4 años  F. Nac.: [[B|03/07/2022]]  Peso: 16 kg
Dx: Otitis media aguda derecha (H66.91); faringoamigdalitis
Rp.
1. Amoxicilina 250 mg/5 ml susp. - tomar 8 ml via oral cada 8 horas por 10 dias
2. Ibuprofeno 100 mg/5 ml susp. - 8 ml VO cada 8 h si fiebre o dolor
3. Cloruro de sodio 0.9% gotas nasales 2 gotas c/ fosa nasal c/4h
Firma: Dra. [[N|Veronica Lozano]] - Pediatra - CMP [[CED*|45519]] RNE [[CED*|22740]]
""", [("Amoxicilina", "8 ml", "via oral", "cada 8 horas por 10 dias"), ("Ibuprofeno", "8 ml", "VO", "cada 8 h si fiebre o dolor"),
      ("Cloruro de sodio 0.9%", "2 gotas", "nasales", "c/4h")],
     [("Otitis media aguda derecha", "H66.91"), ("faringoamigdalitis", "J03.90")])

note("telemedicine TB follow-up", "h9-es-pe-03", "PE", "es", """MINSA - Centro de Salud San Cosme, La Victoria - Estrategia TB
Teleorientacion / seguimiento por llamada telefonica 01/12/2026 10:20
Paciente [[N|Luis Alberto Ccahuana Mamani]], 31 a., DNI [[DNI*|46728193]], N° de ficha TB [[R*|LV-2026-0187]]
Tel [[T|+51 961 302 774]]. Contesta el paciente; luego su esposa [[N|Maribel]] confirma la toma.
Paciente en 2da fase de tratamiento de TB pulmonar frotis positivo (sensible), mes 4. Refiere buena adherencia, toma
isoniazida 300 mg + rifampicina 600 mg VO tres veces por semana (lun-mie-vie) en el establecimiento; no refiere ictericia,
sin nauseas, niega dolor articular. Gana 3 kg. Tambien coinfeccion VIH descartada (prueba rapida no reactiva en agosto).
DM2 recien diagnosticada en julio, con metformina 850 mg VO c/12h.
Plan: BK de control mes 4 pendiente, recordar cita presencial el 05/12. Piridoxina 50 mg VO diario.
Lic. Enf. [[N|Gladys Poma Tello]] - CEP [[CED*|038812]]
""", [("isoniazida", "300 mg", None, "tres veces por semana (lun-mie-vie)"),
      ("rifampicina", "600 mg", "VO", "tres veces por semana (lun-mie-vie)"),
      ("metformina", "850 mg", "VO", "c/12h"), ("Piridoxina", "50 mg", "VO", "diario")],
     [("TB pulmonar frotis positivo (sensible)", "A15.0"), ("DM2 recien diagnosticada", "E11.9")],
     negated=["ictericia", "nauseas", "dolor articular", "coinfeccion VIH"])

# ======================================= Brazil ====================================================================
note("discharge", "h9-pt-br-01", "BR", "pt", f"""HOSPITAL DAS CLÍNICAS DA FMUSP - INSTITUTO CENTRAL
SUMÁRIO DE ALTA HOSPITALAR
Paciente: [[N|Antônio Carlos Ferreira dos Santos]]   Prontuário: [[R*|HC-3318904-J]]   Leito 8A-12
[[CPF|{bare(cpf("318775402"))}]] / Cartão SUS [[R*|706 4021 8835 1190]]
Data de nascimento: [[B|21/01/1959]]   Mãe: [[N|Maria José Ferreira]]
Endereço: [[A|Rua Teodoro Sampaio, 744, ap. 31, Pinheiros, São Paulo - SP]]   Tel.: [[T|(11) 98422-7106]]
Internação: 20/11/2026   Alta: 01/12/2026   Clínica: Gastroenterologia

História: homem de 67 anos, etilista (1 L de cachaça/dia por 30 anos, abstinente há 2 meses),
com cirrose hepática alcoólica Child-Pugh C, internado por ascite volumosa e confusão mental. Nega febre, nega hematêmese ou melena.
Na internação: encefalopatia hepática grau II, precipitada por constipação; peritonite bacteriana espontânea
(PMN 480 no líquido ascítico), tratada com ceftriaxona por 5 dias e albumina. Paracentese de alívio de 6 L em 22/11.
Função renal preservada, sem síndrome hepatorrenal. EDA: varizes esofágicas de fino calibre sem sinais vermelhos.
Comorbidades: diabetes mellitus tipo 2, hipertensão arterial (não usa mais anti-hipertensivo desde a cirrose).
Diagnósticos na alta: cirrose alcoólica descompensada (K70.31); encefalopatia hepática, revertida; PBE tratada;
DM2 em uso de insulina.
Prescrição de alta:
 1. Espironolactona 100 mg VO 1x/dia pela manhã
 2. Furosemida 40 mg VO 1x/dia pela manhã
 3. Lactulose 667 mg/ml - 20 ml VO de 8/8h (ajustar para 2 a 3 evacuações/dia)
 4. Norfloxacino 400 mg VO 1x/dia (profilaxia secundária de PBE, uso contínuo)
 5. Insulina NPH 12 UI SC antes do café e 6 UI SC às 22h
 6. Tiamina 300 mg VO 1x/dia
Suspenso: propranolol (hipotensão na internação). Não usar AINEs.
Exame na alta: lúcido, orientado, sem flapping. Ictérico +/4+. Abdome globoso, ascite moderada, indolor.
Edema de MMII +/4+. PA 104/62, FC 78. Peso de alta 71 kg (admissão 79 kg).
Exames na alta: Na 133, K 4.2, Cr 0.9, INR 1.7, albumina 2.6, bilirrubina total 3.1, plaquetas 68 mil.
Orientações: dieta com 2 g de sal, sem restrição hídrica; pesar diariamente; retornar se febre, sangramento, confusão ou
diminuição da urina. Manter abstinência alcoólica - encaminhado ao CAPS AD da região. Vacinação para hepatite B pendente.
Retorno no ambulatório de hepatologia em 15 dias.
Médico responsável: Dr. [[N|Renato Yamashita]] - CRM-SP [[CED*|148.227]]
""", [("Espironolactona", "100 mg", "VO", "1x/dia pela manhã"), ("Furosemida", "40 mg", "VO", "1x/dia pela manhã"),
      ("Lactulose", "20 ml", "VO", "de 8/8h (ajustar para 2 a 3 evacuações/dia)"),
      ("Norfloxacino", "400 mg", "VO", "1x/dia (profilaxia secundária de PBE, uso contínuo)"),
      ("Insulina NPH", "12 UI", "SC", "antes do café e 6 UI SC às 22h"), ("Tiamina", "300 mg", "VO", "1x/dia")],
     [("cirrose hepática alcoólica Child-Pugh C", "K70.30"), ("cirrose alcoólica descompensada", "K70.31"), ("encefalopatia hepática grau II", "K76.82"),
      ("peritonite bacteriana espontânea", "K65.2"), ("varizes esofágicas de fino calibre", "I85.00"),
      ("diabetes mellitus tipo 2", "E11.9"), ("hipertensão arterial", "I10"), ("encefalopatia hepática, revertida", "K76.82"),
      ("PBE tratada", "K65.2"), ("DM2 em uso de insulina", "E11.9")],
     negated=["febre", "hematêmese", "melena", "síndrome hepatorrenal", "flapping"], stopped=["propranolol"])

note("endocrinology consult", "h9-es-br-02", "BR", "es", """Clínica Endocrinológica Foz do Iguaçu - consulta (paciente paraguaya que vive en Foz, prefiere español)
Paciente: [[N|Liz Araceli Benítez Cáceres]], 34 anos, prontuário [[R*|FZ-22091]], convênio Unimed carteirinha [[R*|0 882 004417029 3]]
Queixa: ganho de peso, queda de cabelo, menstruação irregular faz 1 año.
Antecedentes: síndrome de ovario poliquístico desde os 20; hipotiroidismo de Hashimoto em uso de levotiroxina 75 mcg.
Nega HAS, nega tabagismo. Não tem diabetes pela curva (glicemia 2h 131).
Exame: PA 120/80, IMC 36,4, acantose nigricans cervical, hirsutismo Ferriman 14.
Laboratório: TSH 7,8 (anti-TPO +), insulina basal 28, HOMA-IR 6,1, testosterona total 78.
HD: hipotiroidismo mal controlado; SOP com resistência insulínica; obesidade grau II
Conduta: aumentar levotiroxina para 100 mcg VO em jejum; metformina XR 500 mg VO no jantar, subir para 1 g em
2 semanas; anticoncepcional drospirenona/etinilestradiol 3/0,02 mg 1 comp VO ao dia (pausa de 4 dias).
Nutricionista. Retorno 8 semanas com TSH.
Dra. [[N|Juliana Portela]] - CRM-PR [[CED*|31.904]] - RQE [[CED*|22.117]]
""", [("levotiroxina", "100 mcg", "VO", "em jejum"), ("metformina XR", "500 mg", "VO", "no jantar"),
      ("drospirenona/etinilestradiol", "3/0,02 mg", "VO", "ao dia (pausa de 4 dias)")],
     [("síndrome de ovario poliquístico", "E28.2"), ("hipotiroidismo de Hashimoto", "E06.3"),
      ("hipotiroidismo mal controlado", "E03.9"), ("SOP com resistência insulínica", "E28.2"),
      ("obesidade grau II", "E66.9")],
     negated=["HAS", "tabagismo", "diabetes"])

note("emergency", "h9-pt-br-03", "BR", "pt", f"""UPA 24h Campo Grande - Rio de Janeiro     FICHA DE ATENDIMENTO  01/12/2026 14:05
Nome: [[N|Thiago Henrique Lopes]]  CPF: [[CPF*|{cpf("407198365")}]]  DN: [[B|30/06/1995]]  Nº atendimento [[R*|UPA-778102]]
Acompanhante: [[N|Fernanda Lopes]] (irmã), tel. [[T|21 99703-1182]]
QP: "febre e dor no corpo há 4 dias". Cefaleia retro-orbitária, mialgia, exantema hoje. Nega sangramentos,
sem dor abdominal, sem vômitos persistentes. Prova do laço negativa. Ht 44%, plaquetas 98.000. NS1 reagente.
HD: dengue sem sinais de alarme (grupo B) - A90
Conduta: hidratação oral 60 ml/kg/dia; soro fisiológico 0,9% 1000 ml EV em 2h na unidade;
dipirona 1 g VO de 6/6h se febre ou dor. Não usar AAS nem anti-inflamatórios. Retorno em 24h para hemograma. Notificação compulsória feita.
Dr. [[N|Caio Nascimento]] CRM-RJ [[CED*|52-118403]]
""", [("soro fisiológico 0,9%", "1000 ml", "EV", "em 2h na unidade"), ("dipirona", "1 g", "VO", "de 6/6h se febre ou dor")],
     [("dengue sem sinais de alarme (grupo B)", "A90")],
     negated=["sangramentos", "dor abdominal", "vômitos persistentes"])

# ======================================= Ecuador ===================================================================
note("discharge", "h9-es-ec-01", "EC", "es", f"""INSTITUTO ECUATORIANO DE SEGURIDAD SOCIAL - HOSPITAL CARLOS ANDRADE MARIN, QUITO
FORMULARIO 006 - EPICRISIS
Paciente: [[N|Tandazo Jaramillo Segundo Vicente]]   Cedula de ciudadania: [[DNI*|{typo(cedula_ec("110298745", bad=True))}]]
Historia clinica: [[R*|HCAM-0921766]]   Edad: 59   Fecha nac.: [[B|1967-04-02]]
Resumen del cuadro clinico: cuadro de 3 semanas de evolucion de astenia, ictericia y coluria, con perdida de peso de 8 kg.
Antecedentes: DM2 en tratamiento con metformina; HTA en tto con losartan; colecistectomia hace 5 años. Alergias: no.
Hallazgos relevantes: bilirrubina total 14.2, FA 890, CA 19-9 1240. TAC: masa en cabeza de pancreas de 3.4 cm sin
invasion vascular evidente, dilatacion de via biliar; sin metastasis hepaticas. CPRE con colocacion de stent biliar
plastico el 26/11 y cepillado: adenocarcinoma.
Diagnosticos definitivos: adenocarcinoma de cabeza de pancreas (C25.0), ictericia obstructiva resuelta con stent,
DM2 descompensada, HTA.
Condicion al egreso: estable, bilirrubina 4.1.
Indicaciones: insulina glargina 14 UI SC HS, metformina 850 mg VO BID, losartan 50 mg VO QD,
tramadol 50 mg VO c/8h PRN dolor, omeprazol 20 mg VO QD. Cita con oncologia clinica y cirugia hepatobiliar (valorar Whipple).
Profesional: Dr. [[N|Andres Paredes Villacis]]   Cod. MSP [[CED*|1710-2291-3]]
""", [("insulina glargina", "14 UI", "SC", "HS"), ("metformina", "850 mg", "VO", "BID"), ("losartan", "50 mg", "VO", "QD"),
      ("tramadol", "50 mg", "VO", "c/8h PRN dolor"), ("omeprazol", "20 mg", "VO", "QD")],
     [("DM2", "E11.9"), ("HTA", "I10"), ("adenocarcinoma de cabeza de pancreas", "C25.0"),
      ("ictericia obstructiva resuelta con stent", "K83.1"), ("DM2 descompensada", "E11.65")],
     negated=["invasion vascular evidente", "metastasis hepaticas"])

note("obstetric consult", "h9-es-ec-02", "EC", "es", f"""Centro de Salud Tipo C Nueva Prosperina, Guayaquil - CONTROL PRENATAL
[[N|Jazmin Elizabeth Quiñonez Cortez]], 19 años, [[DNI|{bare(cedula_ec("092874563"))}]], G2 P1, FUM 12/05/2026
EG por eco precoz 28.5 semanas. Vive en [[A|Coop. Sergio Toral, Mz 14 Solar 7, atras de la cancha]].
Pareja: [[N|Jhonny Alcivar]] cel [[T|099 412 6651]].
Refiere movimientos fetales presentes. No cefalea, no escotomas, niega sangrado vaginal, no perdida de liquido.
PA 110/70, AU 28 cm, FCF 144 lpm, presentacion cefalica. Edema (-). Hb 10.1 g/dl, VDRL no reactivo, VIH no reactivo,
urocultivo negativo. Curva de tolerancia oral a glucosa: 92 / 186 / 160 -> diabetes gestacional.
Dx: Embarazo de 28.5 SG; diabetes gestacional (O24.410); anemia leve del embarazo
Plan: dieta y ejercicio, automonitoreo glucemico; hierro 60 mg + acido folico 400 mcg VO una vez al dia; vacuna dTpa
0.5 ml IM aplicada hoy. Control en 2 semanas con glucometrias.
Obst. [[N|Dayana Cedeño]] / Dr. [[N|Luis Mora]]
""", [("hierro", "60 mg", "VO", "una vez al dia"), ("acido folico", "400 mcg", "VO", "una vez al dia"),
      ("vacuna dTpa", "0.5 ml", "IM", None)],
     [("Embarazo de 28.5 SG", "Z3A.28"), ("diabetes gestacional", "O24.410"), ("anemia leve del embarazo", "O99.011")],
     negated=["cefalea", "escotomas", "sangrado vaginal", "perdida de liquido", "Edema"])

# ======================================= Uruguay ===================================================================
note("primary care", "h9-es-uy-01", "UY", "es", f"""ASSE - Policlínica Casavalle, Montevideo.   1/12/2026
[[N|Walter Daniel Píriz]] [[DNI|{bare(ci_uy("3419086"))}]] 64 a.  Consulta por control de HTA y DM, trae controles de glicemia.
Refiere no estar tomando bien la glibenclamida porque le baja el azúcar de tarde ("me da temblores").
No dolor precordial, no claudicación. Fumador de 20 cig/día desde los 15.
AP: HTA hace 15 a, DM tipo 2 hace 8 a, EPOC leve (espirometría 2024), gota.
PA 152/94 - 148/90. FC 80. IMC 29. Pie sin lesiones, monofilamento normal.
HbA1c 7.9, creatinina 1.0, microalbuminuria 45.
Hipoglicemias por sulfonilurrea; HTA no controlada; DM2 con microalbuminuria; tabaquismo.
Plan: se suspende glibenclamida, inicio sitagliptina 100 mg v/o 1 por día. Sigue metformina 1 g v/o c/12 hs.
Subo enalapril a 20 mg v/o c/12 hs. Alopurinol 300 mg/día sin cambios. Salbutamol inh 2 puff c/6 hs si falta de aire.
Derivo a grupo de cesación tabáquica.
Dra. [[N|Lucía Rodríguez]]  (CJPPU [[CED*|71.442]])
""", [("sitagliptina", "100 mg", "v/o", "1 por día"), ("metformina", "1 g", "v/o", "c/12 hs"),
      ("enalapril", "20 mg", "v/o", "c/12 hs"), ("Alopurinol", "300 mg", None, "/día"),
      ("Salbutamol", "2 puff", "inh", "c/6 hs si falta de aire")],
     [("HTA hace 15 a", "I10"), ("DM tipo 2 hace 8 a", "E11.9"), ("EPOC leve", "J44.9"), ("gota", "M10.9"),
      ("Hipoglicemias por sulfonilurrea", "E16.0"), ("HTA no controlada", "I10"), ("DM2 con microalbuminuria", "E11.29"),
      ("tabaquismo", "F17.210")],
     negated=["dolor precordial", "claudicación"], stopped=["glibenclamida"])

note("ICU handover", "h9-es-uy-02", "UY", "es", f"""CTI Hospital de Clínicas - pase de sala 01/12 08 hs
Box 3: [[N|Sosa Cabrera, María del Carmen]], 47 a, CI [[DNI*|{typo(ci_uy("4127730", bad=True))}]], reg. [[R*|1.102.557]]
Día 6 de HSA Fisher IV / Hunt-Hess 3 por aneurisma de comunicante anterior embolizado el 26/11. Vasoespasmo
por doppler TC desde ayer (ACM der 180 cm/s), sin déficit nuevo. GCS 13. Sin fiebre. PA 160/90 con objetivo de
euvolemia. Nimodipina 60 mg SNG c/4 hs. Levetiracetam 500 mg i/v c/12 hs. Paracetamol 1 g i/v c/6 hs si T > 38.
Hiponatremia 129 por probable perdida cerebral de sal: suero salino 3% 20 ml/h i/v. Heparina 5000 UI s/c c/12 hs.
Se retiró la dexametasona. Esposo [[N|Gustavo Techera]] pide informe a las 14 hs ([[T|099 318 442]]).
""", [("Nimodipina", "60 mg", "SNG", "c/4 hs"), ("Levetiracetam", "500 mg", "i/v", "c/12 hs"),
      ("Paracetamol", "1 g", "i/v", "c/6 hs si T > 38"), ("suero salino 3%", "20 ml/h", "i/v", None),
      ("Heparina", "5000 UI", "s/c", "c/12 hs")],
     [("HSA Fisher IV / Hunt-Hess 3 por aneurisma de comunicante anterior", "I60.2"), ("Vasoespasmo", "I67.848"),
      ("Hiponatremia 129 por probable perdida cerebral de sal", "E87.1")],
     negated=["déficit nuevo", "fiebre"], stopped=["dexametasona"])

# ======================================= Venezuela =================================================================
note("prescription", "h9-es-ve-01", "VE", "es", """RÉCIPE                                   Dra. [[N|Yusmary del Valle Contreras]]
Medicina Interna - MPPS [[CED*|78.231]] - CMDC [[CED*|21.904]]
Centro Médico Docente La Trinidad, consultorio 2-14. Telf. [[T|0212-949.63.11]]
Pcte: [[N|Nelson José Brito Marcano]]    C.I.: [[DNI*|V-9.876.543]]   Fecha: 01/12/2026

Losartán potásico 50 mg - 1 tab. diaria
Hidroclorotiazida 12,5 mg - 1 tab. en la mañana
Omega 3 1 g - 1 cáps. c/12 h

INDICACIONES: losartán 1 tableta vía oral todos los días a las 8 am. HCTZ media hora después del desayuno. Omega 3
con almuerzo y cena. Dieta hiposódica. Control en 3 meses con urea, creatinina y electrolitos.
Dx: HTA estadio 2 de reciente diagnóstico. Hipertrigliseridemia.
""", [("Losartán potásico", "50 mg", "vía oral", "diaria"), ("Hidroclorotiazida", "12,5 mg", None, "en la mañana"),
      ("Omega 3", "1 g", None, "c/12 h")],
     [("HTA estadio 2 de reciente diagnóstico", "I10"), ("Hipertrigliseridemia", "E78.1")])

note("emergency", "h9-es-ve-02", "VE", "es", """hospital universitario de caracas - emergencia de adultos   01-12-26  19:30
paciente masculino de 52 años [[N|Rafael Ángel Guédez]], CI [[DNI*|11.204.887]], proc. de [[A|Petare, sector José Félix Ribas, zona 10, frente a la bodega El Gocho]]
refiere dolor toracico opresivo retroesternal de 2 h irradiado a brazo izq con diaforesis. APP: hta no controlada
(no toma tto x falta de medicamento), dm2, dislipidemia. tabaquismo 30 paq/año. niega consumo de cocaina.
ta 170/100 fc 96 sat 95%. ecg: supradesnivel st en v1-v4 de 3 mm. no hay hemodinamia disponible esta noche.
idx: sindrome coronario agudo con elevacion del st, iam anterior extenso killip I
conducta: aas 300 mg vo stat, clopidogrel 300 mg vo dosis de carga, estreptoquinasa 1.500.000 UI ev en 1 hora,
enoxaparina 30 mg ev bolo y luego 1 mg/kg sc c/12h, atorvastatina 80 mg vo oh,
nitroglicerina ev en infusion si persiste el dolor. morfina 2 mg ev si dolor. uci coronaria.
famil: hija [[N|Oriana Guédez]] [[T|0414-305.22.18]]
dr [[N|j. parra]] r2 mi
""", [("aas", "300 mg", "vo", "stat"), ("clopidogrel", "300 mg", "vo", "dosis de carga"),
      ("estreptoquinasa", "1.500.000 UI", "ev", "en 1 hora"), ("enoxaparina", "30 mg", "ev", "bolo y luego 1 mg/kg sc c/12h"),
      ("atorvastatina", "80 mg", "vo", "oh"), ("nitroglicerina", None, "ev", "en infusion si persiste el dolor"),
      ("morfina", "2 mg", "ev", "si dolor")],
     [("hta no controlada", "I10"), ("dm2", "E11.9"), ("dislipidemia", "E78.5"), ("tabaquismo 30 paq/año", "F17.210"),
      ("sindrome coronario agudo con elevacion del st", "I21.09"), ("iam anterior extenso killip I", "I21.09")],
     negated=["consumo de cocaina"])

# ======================================= Bolivia ===================================================================
note("transfer summary", "h9-es-bo-01", "BO", "es", """CAJA NACIONAL DE SALUD - Policlinico 9 de Abril, El Alto
HOJA DE REFERENCIA / TRANSFERENCIA a Hospital Obrero N° 1, La Paz
Nombre: [[N|Mamani Choque, Basilia]]   C.I. [[DNI*|4872219 LP]]   Matricula asegurado: [[R*|62-0817-MCB]]
Fecha de nacimiento [[B|11 nov 1960]]   Domicilio: [[A|Zona Villa Adela, Calle 3 N° 1120]]
Familiar: [[N|Fidel Quispe Mamani]] (hijo) [[T|71560293]]
Motivo de transferencia: requiere valoracion y manejo por Cardiologia / UTI, no contamos con ecocardiografia.
Resumen: mujer de 66 años, residente a 4000 msnm, con disnea progresiva, cianosis, edemas y hepatomegalia.
Poliglobulia (Hb 21.4, Hto 66%). SatO2 74% aire ambiente. ECG: sobrecarga de cavidades derechas.
Antecedentes: mal de montaña cronico (enfermedad de Monge) diagnosticado en 2019; HTA; artrosis de rodillas.
Niega tabaco. No refiere dolor toracico. Sin sincope.
Diagnosticos presuntivos: 1) Cor pulmonale cronico descompensado 2) Eritrocitosis excesiva de altura 3) HTA
Tratamiento instaurado: O2 por canula nasal 3 L/min, furosemida 20 mg IV stat, flebotomia de 300 ml.
Enalapril 5 mg VO c/12h (lo trae). Traslado en ambulancia con oxigeno y acompañada por Lic. Enf. [[N|R. Condori]].
Medico que refiere: Dr. [[N|Marcelo Ticona Laura]]  Mat. Prof. [[CED*|T-381]]
""", [("furosemida", "20 mg", "IV", "stat"), ("Enalapril", "5 mg", "VO", "c/12h")],
     [("mal de montaña cronico (enfermedad de Monge)", "T70.29"), ("HTA", "I10"), ("artrosis de rodillas", "M17.0"),
      ("Cor pulmonale cronico descompensado", "I27.81"), ("Eritrocitosis excesiva de altura", "D75.1"),
      ("Poliglobulia", "D75.1")],
     negated=["tabaco", "dolor toracico", "sincope"])

note("vaccination", "h9-es-bo-02", "BO", "es", """Programa Ampliado de Inmunizaciones - C.S. Integral Villa Fatima, Santa Cruz de la Sierra
REGISTRO DE VACUNACION 01/12/2026
Niña: [[N|Valentina Justiniano Roca]]   FN [[B|2026-05-29]]   C.I. en tramite   carnet de salud infantil [[R*|SC-VF-06612]]
Tutor: [[N|Karen Roca Suarez]] (madre), C.I. [[DNI*|9634127 SC]], cel. [[T|+591 760 22 874]]
Edad: 6 meses. Sin reacciones a dosis previas. Afebril hoy, sin enfermedad actual.
Vacunas aplicadas hoy:
  Pentavalente (DPT-HB-Hib) 3ra dosis 0.5 ml IM muslo izq
  Antipolio IPV 3ra dosis 0.5 ml IM muslo der
  Neumococo conjugada 13v 3ra dosis 0.5 ml IM muslo der
  Influenza pediatrica 1ra dosis 0.25 ml IM
Proxima: SRP a los 12 meses, influenza 2da dosis en 4 semanas. Paracetamol gotas 100 mg/ml 0.8 ml VO c/6h si fiebre.
Vacunador: Aux. Enf. [[N|Deysi Vaca]]
""", [("Pentavalente (DPT-HB-Hib)", "0.5 ml", "IM", None), ("Antipolio IPV", "0.5 ml", "IM", None),
      ("Neumococo conjugada 13v", "0.5 ml", "IM", None), ("Influenza pediatrica", "0.25 ml", "IM", None),
      ("Paracetamol", "0.8 ml", "VO", "c/6h si fiebre")],
     [], negated=["reacciones a dosis previas", "enfermedad actual"])

# ======================================= Paraguay ==================================================================
note("nephrology consult", "h9-es-py-01", "PY", "es", """IPS - Hospital Central, Asuncion. Consultorio de Nefrologia   01/12/2026
Asegurado: [[N|Ortiz Gimenez, Cristhian Ramon]]   C.I.N° [[DNI*|3.412.905]]   N° de asegurado [[R*|0010-452871]]
Nacido el [[B|4 de febrero de 1977]], vive en [[A|barrio San Vicente, calle Tte. Rodi c/ Eusebio Ayala, Asuncion]]
Paciente en hemodialisis 3 veces por semana desde 2023 por ERC terminal de etiologia glomerular (GEFS por biopsia).
Otros: HTA secundaria, anemia de la ERC, hiperparatiroidismo secundario (PTH 812). Hepatitis B y C negativas.
Sin sobrecarga interdialitica importante (ganancia 1.8 kg).
Fistula AV braquiocefalica izq con thrill, sin signos de infeccion. Prurito intenso.
Lab: Hb 9.4, K 5.6, P 7.1, Ca 8.4, albumina 3.6.
Ajustes: eritropoyetina 4000 UI SC tres veces por semana post dialisis; hierro sacarosa 100 mg IV semanal x 5 dosis;
carbonato de calcio 500 mg VO con cada comida; calcitriol 0.25 mcg VO dia por medio; amlodipina 10 mg VO cada noche.
Dejar el sevelamer por intolerancia digestiva. Sin cambios en prescripcion de dialisis. Inscribir en lista de trasplante.
Dra. [[N|Nilda Cabañas]] - Reg. Prof. [[CED*|8.874]]
""", [("eritropoyetina", "4000 UI", "SC", "tres veces por semana post dialisis"), ("hierro sacarosa", "100 mg", "IV", "semanal x 5 dosis"),
      ("carbonato de calcio", "500 mg", "VO", "con cada comida"), ("calcitriol", "0.25 mcg", "VO", "dia por medio"),
      ("amlodipina", "10 mg", "VO", "cada noche")],
     [("ERC terminal de etiologia glomerular (GEFS por biopsia)", "N18.6"), ("HTA secundaria", "I15.0"),
      ("anemia de la ERC", "D63.1"), ("hiperparatiroidismo secundario", "N25.81"), ("Prurito intenso", "L29.8")],
     negated=["Hepatitis B y C", "sobrecarga interdialitica importante", "signos de infeccion"],
     stopped=["sevelamer"])

note("pediatric emergency", "h9-es-py-02", "PY", "es", """Hospital General Pediatrico Niños de Acosta Ñu - Urgencias   1/12/26  03:10
[[N|Tobías Aquino]] 3 años, acompañado por su abuela Ña [[N|Teodora Benítez]] (habla guarani, traduce el tio
[[N|Derlis Aquino]] [[T|0981 442 719]]). HC [[R*|AÑ-559031]].
Cuadro de 2 dias de tos, rinorrea y desde hoy dificultad para respirar. Fiebre 38.8. No vomitos, no diarrea.
FR 52, SatO2 90%, tirajes intercostales, sibilancias espiratorias bilaterales.
Dx: bronquiolitis? vs 1er episodio de broncoobstruccion - se interpreta como crisis obstructiva bronquial moderada
(J45.901) + rinofaringitis viral
Salbutamol en aerocamara 2 puff c/20 min x 3, luego c/4h. Prednisolona 1 mg/kg VO dia x 3 dias.
Paracetamol 15 mg/kg VO c/6h SOS fiebre. O2 para Sat > 92%.
Dr. [[N|Hugo Villalba]]
""", [("Salbutamol", "2 puff", None, "c/20 min x 3, luego c/4h"), ("Prednisolona", "1 mg/kg", "VO", "dia x 3 dias"),
      ("Paracetamol", "15 mg/kg", "VO", "c/6h SOS fiebre")],
     [("crisis obstructiva bronquial moderada", "J45.901"), ("rinofaringitis viral", "J00")],
     negated=["vomitos", "diarrea"])

# ======================================= Central America ===========================================================
note("home visit", "h9-es-gt-01", "GT", "es", """IGSS - Programa de Atencion Domiciliaria, zona 18, Ciudad de Guatemala
VISITA DOMICILIAR 01/12/2026
Afiliado: [[N|Crisanto Ajanel Tzoc]]  No. afiliacion [[R*|1-98-40221-3]]  DPI [[DNI*|2317 48902 0101]]
Direccion: [[A|Colonia El Limon, 3a calle 12-45 zona 18, a la par de la iglesia evangelica]]
Lo cuida su nuera Doña [[N|Marta Xoc]]; su hijo [[N|Esteban Ajanel]] trabaja en la capital ([[T|5521-8834]]).
Señor de 79 años, encamado desde su ACV en marzo, con secuelas de hemiplejia izquierda y disfagia, alimentacion por
sonda de gastrostomia. DM2 y HTA controladas. Hoy la familia refiere que tiene una "llaga" en el talon.
Encontramos ulcera por presion grado II en talon izq de 2 cm, limpia. Sacro integro. Sin fiebre, sin tos, no hay
signos de deshidratacion. TA 130/80, glucometria 148.
Medicamentos que tiene en casa y revisamos: metformina 850 mg por sonda c/12h, enalapril 10 mg por sonda c/12h,
aspirina 100 mg por sonda diario, atorvastatina 20 mg por sonda noche. La familia dejo de darle la glibenclamida desde
que lo operaron porque "se ponia frio"; se indica NO reiniciar.
Se realiza curacion y se deja taloneras. Plan: visita en 2 semanas, educacion sobre cambios de posicion c/2h.
Dx: secuelas de ACV isquemico; ulcera por presion talon izq grado 2; DM2 controlada; HTA controlada
Medico: Dr [[N|Josue Batz]] - Col. [[CED*|14.922]]   Enf. [[N|Ingrid Chen]]
""", [("metformina", "850 mg", "por sonda", "c/12h"), ("enalapril", "10 mg", "por sonda", "c/12h"),
      ("aspirina", "100 mg", "por sonda", "diario"), ("atorvastatina", "20 mg", "por sonda", "noche")],
     [("hemiplejia izquierda", "I69.354"), ("disfagia", "I69.391"),
      ("ulcera por presion grado II en talon izq", "L89.622"), ("secuelas de ACV isquemico", "I69.30"),
      ("ulcera por presion talon izq grado 2", "L89.622"), ("DM2 controlada", "E11.9"), ("HTA controlada", "I10")],
     negated=["fiebre", "tos", "signos de deshidratacion"], stopped=["glibenclamida"])

note("post-operative", "h9-es-sv-01", "SV", "es", f"""Hospital Nacional de la Mujer "Dra. Maria Isabel Rodriguez", San Salvador
NOTA POSOPERATORIA - Ginecologia y Obstetricia
Paciente: [[N|Karla Beatriz Hernandez de Alvarado]]   DUI: [[DNI*|{typo(dui9("04827713", bad=True))}]]   Exp. [[R*|HNM-26-18840]]
Fecha de nac.: [[B|13/08/1996]]   Esposo: [[N|Jose Mauricio Alvarado]]
Procedimiento: cesarea segmentaria transversa + pomeroy bilateral
Indicacion: embarazo de 39 semanas, cesarea anterior x2, preeclampsia sin datos de severidad.
Hallazgos: RN femenino vivo, 3200 g, Apgar 8/9. Liquido claro. Utero sin miomas. Anexos normales.
Sangrado: 650 ml. Complicaciones: ninguna.
Diagnostico posoperatorio: P3 cesarea iterativa; preeclampsia sin criterios de severidad (O14.03); esterilizacion quirurgica
Ordenes: Oxitocina 20 UI en 1000 ml SSN IV a 125 ml/h por 8 horas. Sulfato de magnesio no (no criterios de severidad).
Nifedipina 10 mg VO c/8h si PA >= 160/110. Metildopa 500 mg VO c/8h. Diclofenaco 75 mg IM c/12h.
Enoxaparina 40 mg SC c/24h desde mañana. Lactancia materna inmediata.
Cirujana: Dra. [[N|Roxana Melara]] JVPM [[CED*|9876]]  Residente: Dr. [[N|Kevin Amaya]]
""", [("Oxitocina", "20 UI", "IV", "a 125 ml/h por 8 horas"),
      ("Nifedipina", "10 mg", "VO", "c/8h si PA >= 160/110"), ("Metildopa", "500 mg", "VO", "c/8h"),
      ("Diclofenaco", "75 mg", "IM", "c/12h"), ("Enoxaparina", "40 mg", "SC", "c/24h desde mañana")],
     [("embarazo de 39 semanas", "Z3A.39"), ("cesarea anterior x2", "O34.219"),
      ("preeclampsia sin datos de severidad", "O14.03"), ("P3 cesarea iterativa", "O34.219"),
      ("preeclampsia sin criterios de severidad", "O14.03"), ("esterilizacion quirurgica", "Z30.2")],
     negated=["miomas", "criterios de severidad"])

note("psychiatry consult", "h9-es-hn-01", "HN", "es", """Hospital Psiquiatrico Dr. Mario Mendoza, Tegucigalpa - Consulta Externa
Paciente: [[N|Elvin Omar Zelaya Funes]]   Identidad: [[DNI*|0801-1990-14527]]   Expediente: [[R*|MM-44781]]
Viene con su hermana [[N|Suyapa Zelaya]], quien da la informacion. Tel. [[T|+504 9765-1201]]
Paciente de 36 años con esquizofrenia paranoide de 12 años de evolucion, ultimo internamiento en 2024. Dejo el
haloperidol decanoato hace 3 meses por temblor y rigidez, desde entonces duerme poco, habla solo, refiere que los
vecinos lo vigilan. No ha tenido conductas agresivas, niega ideas suicidas. Consumo de marihuana ocasional, no alcohol.
EM: suspicaz, afecto aplanado, ideas delirantes de persecucion, alucinaciones auditivas. Sin juicio de enfermedad.
Impresion: Esquizofrenia paranoide, recaida por abandono de tratamiento - F20.0 / Consumo perjudicial de cannabis (F12.10) /
parkinsonismo por neurolepticos, resuelto
Plan: Risperidona 2 mg VO cada noche x 1 semana, luego 2 mg VO BID. Biperideno 2 mg VO c/12h si temblor.
Se suspende definitivamente haloperidol decanoato. Cita en 2 semanas; si no mejora valorar paliperidona de deposito.
Dr. [[N|Marco Tulio Reyes]] - psiquiatra - CMH [[CED*|7741]]
""", [("Risperidona", "2 mg", "VO", "cada noche x 1 semana, luego 2 mg VO BID"), ("Biperideno", "2 mg", "VO", "c/12h si temblor")],
     [("esquizofrenia paranoide de 12 años de evolucion", "F20.0"),
      ("Esquizofrenia paranoide, recaida por abandono de tratamiento", "F20.0"),
      ("Consumo perjudicial de cannabis", "F12.10"), ("parkinsonismo por neurolepticos, resuelto", "G21.11")],
     negated=["conductas agresivas", "ideas suicidas", "alcohol"], stopped=["haloperidol decanoato"])

note("occupational health", "h9-es-ni-01", "NI", "es", """INSS - Clinica Medica Previsional, Chichigalpa. Salud ocupacional, ingenio azucarero
Trabajador: [[N|Santos Bayardo Rivas Obando]], 41 años, cortador de caña desde los 16. No. INSS [[R*|14523780]]
Cedula [[DNI*|081-150385-0004K]]  Direccion: [[A|Comarca Las Pilas, de la escuela 2 c. al lago]]
Evaluacion pre-zafra. Refiere calambres y cansancio al final de la jornada; toma poca agua en el campo. No edemas, niega
disuria, niega hematuria. No HTA conocida. No usa AINEs. Padre fallecio con "enfermedad de los riñones" (antecedente familiar).
PA 118/74, IMC 22. Creatinina 1.9 mg/dl (1.4 en 2025), TFG 43, EGO sin proteinuria, sin hematuria.
Idx: Enfermedad renal cronica de causa no tradicional (nefropatia mesoamericana) estadio 3b; deshidratacion laboral recurrente
Plan: NO APTO para corte de caña; reubicar en area sin exposicion a calor. Hidratacion con suero oral 1 sobre en 1 litro de
agua VO cada hora de trabajo. Referencia a nefrologia HEODRA.
Medico ocupacional: [[N|Fabiola Carcamo]], cod. MINSA [[CED*|35801]]
""", [("suero oral", "1 sobre", "VO", "cada hora de trabajo")],
     [("Enfermedad renal cronica de causa no tradicional (nefropatia mesoamericana) estadio 3b", "N18.32"),
      ("deshidratacion laboral recurrente", "E86.0")],
     negated=["edemas", "disuria", "hematuria", "HTA", "proteinuria"])

note("endocrinology consult", "h9-es-cr-01", "CR", "es", """CCSS - Hospital Mexico, San Jose. Consulta externa de Endocrinologia
[[N|Vargas Solano Ana Yancy]]   ced. [[DNI*|1-0987-0654]]   expediente [[R*|1098706540]]   nac. [[B|22-02-1976]]
Motivo: DM1 de 30 años de evolucion con hipoglicemias frecuentes. Usa insulina glargina 22 U SC noche e insulina
aspart 4-6 U SC antes de comidas. Hipoglicemias nocturnas 2-3 por semana, una severa con glucagon hace 1 mes.
Antec.: retinopatia diabetica proliferativa (laser OI 2023), neuropatia periferica, hipotiroidismo (Hashimoto),
enfermedad celiaca. Sin nefropatia (RAC 12).
HbA1c 6.4% (demasiado estricta para su riesgo). Monitoreo: 18% del tiempo < 70.
Impresion: 1. DM tipo 1 con hipoglicemias recurrentes e inadvertidas 2. retinopatia 3. neuropatia 4. hipotiroidismo
Plan: bajar glargina a 16 U SC noche; insulina aspart segun conteo de carbohidratos 1 U por 15 g SC antes de comidas;
glucagon 1 mg IM/SC si hipoglicemia severa (familia entrenada); levotiroxina 100 mcg VO ayunas. Meta HbA1c 7-7.5%.
Solicito sensor continuo. Dra. [[N|Priscilla Mora Chaves]] cod. [[CED*|MED8812]]
""", [("insulina glargina", "16 U", "SC", "noche"), ("insulina aspart", "1 U por 15 g", "SC", "antes de comidas"),
      ("glucagon", "1 mg", "IM/SC", "si hipoglicemia severa"), ("levotiroxina", "100 mcg", "VO", "ayunas")],
     [("DM1 de 30 años de evolucion", "E10.9"), ("retinopatia diabetica proliferativa", "E10.359"),
      ("neuropatia periferica", "E10.42"), ("hipotiroidismo (Hashimoto)", "E06.3"), ("enfermedad celiaca", "K90.0"),
      ("DM tipo 1 con hipoglicemias recurrentes e inadvertidas", "E10.649")],
     negated=["nefropatia"])

note("lab report", "h9-es-pa-01", "PA", "es", """CAJA DE SEGURO SOCIAL - COMPLEJO HOSPITALARIO DR. ARNULFO ARIAS MADRID
LABORATORIO CLINICO - REPORTE DE RESULTADOS
+----------------------+---------------------------+------------------------+
| Paciente             | Cedula / Seguro Social    | Fecha nac.             |
| [[N|ESPINOSA, Ricardo A.]] | [[DNI*|8-765-4321]]              | [[B|1970-11-30]]             |
+----------------------+---------------------------+------------------------+
No. de muestra [[R*|M261201-0332]]   Sala: Medicina 4   Cama 22   Solicita: Dr. [[N|Ng]] (MI)
HEMATOLOGIA
  Hemoglobina .......... 7.9 g/dL   (13.5-17.5)   BAJO
  VCM .................. 68 fL      (80-100)      BAJO
  Plaquetas ............ 512 000    (150-400 mil) ALTO
  Ferritina ............ 4 ng/mL    (30-400)      BAJO
COPROLOGIA
  Sangre oculta en heces: POSITIVO
  Parasitos: no se observan
Comentario del patologo clinico: anemia microcitica hipocromica ferropenica severa con trombocitosis reactiva;
sangre oculta positiva, sugiere perdida gastrointestinal. Sin evidencia de hemolisis.
Validado por Lic. [[N|Yaritza Batista]], TM, reg. [[CED*|1205]]
""", [],
     [("anemia microcitica hipocromica ferropenica severa", "D50.0"), ("trombocitosis reactiva", "D75.838")],
     negated=["Parasitos", "hemolisis"])

note("prescription", "h9-es-pa-02", "PA", "es", """Policentro de Juan Diaz - CSS
[[N|Itzel Rodriguez]]  ced [[DNI*|8-902-1147]]
Rx: Amoxicilina 500mg VO c/8h x 7d
Ibuprofeno 400mg VO c/8h PRN dolor
Dx: sinusitis aguda bacteriana
Dr. [[N|E. Quintero]]  reg [[CED*|4410]]
""", [("Amoxicilina", "500mg", "VO", "c/8h x 7d"), ("Ibuprofeno", "400mg", "VO", "c/8h PRN dolor")],
     [("sinusitis aguda bacteriana", "J01.90")])

# ======================================= Caribbean =================================================================
note("progress", "h9-es-cu-01", "CU", "es", """Policlínico Docente "19 de Abril", Plaza de la Revolución, La Habana
Consultorio del Médico de la Familia No. 14 - Historia de salud familiar [[R*|HSF-14-0338]]
01/12/2026. Consulta de seguimiento. Pcte [[N|Odalys Fonseca Rizo]], 58 a, CI [[DNI*|68031409271]], vive en
[[A|calle 23 e/ C y D, edif. 512 apto 8, Vedado]]. Dispensarizada grupo III.
APP: HTA, asma bronquial persistente leve, cardiopatía isquémica (angina estable). APF: madre con DM.
S/ refiere falta de aire nocturna 2 veces por semana en el último mes, relacionada con el polvo de la obra vecina.
Sin dolor precordial en este período. No expectoración. Toma su enalapril 20 mg c/12h y nitrosorbide 10 mg c/8h.
O/ MV audible, sibilantes aislados. TA 130/80, FC 76.
A/ Asma bronquial persistente moderada (descompensada) - HTA compensada - CI estable
P/ Salbutamol spray 100 mcg 2 inhalaciones si falta de aire, hasta c/6h. Beclometasona spray 250 mcg 2 inh c/12h.
Mantener enalapril y nitrosorbide. Se suspende el propranolol por el asma. Interconsulta con Neumología en el
Hospital Calixto García. Próxima consulta en 1 mes.
Dra. [[N|Yanelis Pupo]], especialista en MGI. Reg. prof. [[CED*|31887]]
""", [("Salbutamol", "100 mcg", None, "si falta de aire, hasta c/6h"), ("Beclometasona", "250 mcg", None, "c/12h"),
      ("enalapril", "20 mg", None, "c/12h"), ("nitrosorbide", "10 mg", None, "c/8h")],
     [("HTA", "I10"), ("asma bronquial persistente leve", "J45.30"), ("cardiopatía isquémica (angina estable)", "I20.8"),
      ("Asma bronquial persistente moderada (descompensada)", "J45.41"), ("HTA compensada", "I10"),
      ("CI estable", "I25.10")],
     negated=["dolor precordial", "expectoración"], stopped=["propranolol"])

note("emergency", "h9-es-do-01", "DO", "es", f"""HOSPITAL DOCENTE PADRE BILLINI - SANTO DOMINGO - EMERGENCIA
Nombre: [[N|Altagracia Mercedes Peña]]  Cédula [[DNI*|{typo(cedula_do("0010873452", bad=True))}]]  Récord [[R*|PB-2026-58813]]
ARS SeNaSa afiliado [[R*|12-0554890-7]]
Edad 71. Vino con su sobrino [[N|Francis Peña]] ([[T|809-688-4102]]) que la encontró desorientada en la casa.
Hx: DM tipo 2 con insulina, ERC estadio 4 (no en diálisis), HTA, hipotiroidismo. Alérgica a IECA (angioedema).
Glucosa capilar 38 mg/dl a la llegada. Se le había aumentado la insulina NPH a 30 U el lunes. Comió poco por vómitos.
Sin focalización neurológica luego de la corrección. No convulsionó. No fiebre.
Dx: Hipoglucemia severa por insulina (E16.0) / ERC 4 / DM2 / HTA
Manejo: Dextrosa al 50% 50 ml IV stat, luego dextrosa al 10% 80 ml/h IV. Glucometría c/1h.
Se reduce insulina NPH a 12 U SC en la mañana al alta, se omite la dosis de la noche.
Amlodipino 10 mg VO c/día, levotiroxina 50 mcg VO c/día, seguir igual.
Dr. [[N|Rafael Encarnación]] exequátur [[CED*|449-09]]
""", [("Dextrosa al 50%", "50 ml", "IV", "stat"), ("dextrosa al 10%", "80 ml/h", "IV", None),
      ("insulina NPH", "12 U", "SC", "en la mañana al alta"), ("Amlodipino", "10 mg", "VO", "c/día"),
      ("levotiroxina", "50 mcg", "VO", "c/día")],
     [("DM tipo 2 con insulina", "E11.9"), ("ERC estadio 4 (no en diálisis)", "N18.4"), ("HTA", "I10"),
      ("hipotiroidismo", "E03.9"), ("Hipoglucemia severa por insulina", "E16.0")],
     negated=["focalización neurológica", "fiebre"])

note("admission", "h9-es-do-02", "DO", "es", f"""Centro Médico Cibao, Santiago de los Caballeros.  INGRESO A SALA - GASTROENTEROLOGÍA  1/dic/2026
El paciente Sr. [[N|Juan Ramón Almonte]] ([[DNI|{bare(cedula_do("0310642517"))}]]), 63 años, agricultor de Tamboril, es traído
por su hija [[N|Yokasta Almonte]], quien refiere que desde ayer evacua "negro como el café" y se desmayó en el baño.
Toma diclofenaco 50 mg 3 veces al día por dolor de rodillas hace 2 meses, por su cuenta. Niega alcohol. Niega
hematemesis. Conocido hipertenso en tratamiento irregular. No diabético.
PA 90/60 FC 118. Palidez marcada. Tacto rectal: melena. Hb 6.8, BUN 48.
Impresión: Hemorragia digestiva alta por probable úlcera péptica asociada a AINE, con inestabilidad hemodinámica;
anemia aguda; HTA.
Plan: 2 vías periféricas, lactato de Ringer 1000 ml IV a chorro, transfundir 2 UGRE,
omeprazol 80 mg IV en bolo y luego 8 mg/h IV en infusión continua. Endoscopia en < 24 h. Se suspende el diclofenaco y el losartán.
Dra. [[N|Mayra Jiménez]] - R3 Medicina Interna
""", [("lactato de Ringer", "1000 ml", "IV", "a chorro"), ("omeprazol", "80 mg", "IV", "en bolo y luego 8 mg/h IV en infusión continua")],
     [("Hemorragia digestiva alta por probable úlcera péptica asociada a AINE, con inestabilidad hemodinámica", "K27.4"),
      ("anemia aguda", "D62"), ("hipertenso", "I10"), ("HTA", "I10")],
     negated=["alcohol", "hematemesis", "diabético"], stopped=["diclofenaco", "losartán"])

note("discharge", "h9-es-pr-01", "PR", "es", """Hospital Auxilio Mutuo, San Juan PR - DISCHARGE SUMMARY / RESUMEN DE ALTA
Patient: [[N|Colón Rivera, Héctor L.]]   MRN [[R*|00-884-213]]   DOB [[B|07/19/1954]]   Plan: Triple-S Advantage ID [[R*|MEM400881273]]
Admit 11/27/2026 - Discharge 12/01/2026. Attending: [[N|Luis Ortiz Vélez]], MD
Paciente de 72 años con PMH de CHF HFpEF, DM2, CKD 3a, gout, admitido por celulitis de pierna izquierda.
Recibió cefazolina IV 3 días con mejoría del eritema; afebril > 48 h. Doppler negativo para DVT. No abscess.
Discharge diagnoses: Left lower extremity cellulitis, improving; DM2 with hyperglycemia; CKD stage 3a, stable.
Discharge meds:
  Cephalexin 500 mg PO QID x 7 days
  Furosemide 20 mg PO daily
  Metformin 500 mg PO BID
  Allopurinol 100 mg PO daily
  Acetaminophen 650 mg PO q6h PRN pain
STOP: ibuprofen. Hold glipizide until PCP follow-up.
Follow up con su PCP Dra. [[N|Nilda Santiago]] en 1 semana. Esposa [[N|Carmen Rosa]] ([[T|787-555-0142]]) recibió instrucciones.
""", [("Cephalexin", "500 mg", "PO", "QID x 7 days"), ("Furosemide", "20 mg", "PO", "daily"), ("Metformin", "500 mg", "PO", "BID"),
      ("Allopurinol", "100 mg", "PO", "daily"), ("Acetaminophen", "650 mg", "PO", "q6h PRN pain")],
     [("CHF HFpEF", "I50.32"), ("DM2", "E11.9"), ("CKD 3a", "N18.31"), ("gout", "M10.9"),
      ("celulitis de pierna izquierda", "L03.116"), ("Left lower extremity cellulitis, improving", "L03.116"),
      ("DM2 with hyperglycemia", "E11.65"), ("CKD stage 3a, stable", "N18.31")],
     negated=["DVT", "abscess"], stopped=["ibuprofen", "glipizide"])

# ======================================= United States =============================================================
note("admission", "h9-en-us-01", "US", "en", """Mercy Hospital St. Louis - Hospital Medicine
HISTORY AND PHYSICAL
Patient: [[N|Whitfield, Darnell J]]   MRN: [[R*|40221873]]   DOB: [[B|03/11/1967]]   SSN: [[SSN*|412-77-9034]]
Admit date: 12/01/2026   Attending: [[N|Priya Raman]], MD   PCP: Dr. [[N|Alan Kessler]]
Emergency contact: [[N|Tanya Whitfield]] (wife) [[T|(314) 555-0187]]
CC: chest tightness and leg swelling x 1 week
HPI: 59M with HFrEF (EF 25% 2025), ischemic CM s/p CABG 2020, T2DM, CKD 3b, OSA on CPAP, presenting with 1 week of
worsening DOE, 3-pillow orthopnea, PND and 12 lb weight gain after running out of his torsemide. Denies chest pain at rest,
no syncope, no fevers. Ate ham over Thanksgiving.
PMH: HFrEF, CAD s/p CABG x3, T2DM (A1c 8.4), CKD stage 3b, OSA, gout
Social hx: retired bus driver, lives with wife in [[A|4418 Lee Ave, St. Louis, MO 63115]]. Former smoker, quit 2015
(20 pk-yr). Occasional beer, no drug use.
Family hx: father died of MI at 61; mother with T2DM and ESRD on HD (not the patient's).
ROS: + fatigue, + abdominal bloating. Negative for hematochezia, melena, cough, fever. No dysuria.
(copied from 09/2026 cardiology note:) "EF 25-30%, NYHA II, euvolemic on torsemide 40, ICD discussed, pt declined."
Home meds: carvedilol 12.5 mg BID, sacubitril-valsartan 49/51 mg BID, torsemide 40 mg daily (ran out 10 days ago),
empagliflozin 10 mg daily, insulin glargine 30 units qHS, atorvastatin 80 mg daily, allopurinol 100 mg daily
Exam: BP 148/92, HR 96, RR 22, SpO2 91% RA. JVP 12 cm. Bibasilar crackles. 2+ pitting edema to knees.
Labs: BNP 3,120, Cr 2.1 (baseline 1.8), K 4.9, trop 0.04 flat x2.
A/P:
# Acute on chronic systolic heart failure (I50.23) - due to diuretic nonadherence and dietary sodium
  - furosemide 80 mg IV BID, strict I/O, daily weights, 2 g Na diet, fluid restriction 1.5 L
  - continue carvedilol 12.5 mg PO BID
  - hold sacubitril-valsartan while diuresing given AKI
# AKI on CKD 3b - likely cardiorenal; trend BMP BID
# T2DM, uncontrolled - glargine 20 units SC qHS (reduced while NPO-ish), lispro sliding scale SC AC/HS
# CAD s/p CABG - stable, no ischemic symptoms. Continue aspirin 81 mg PO daily, atorvastatin 80 mg PO qHS
# OSA - CPAP at night
# Gout - continue allopurinol 100 mg PO daily
Hold empagliflozin while AKI. DVT ppx: heparin 5,000 units SC q8h.
Code status: Full. Dispo: tele floor.
""", [("furosemide", "80 mg", "IV", "BID"), ("carvedilol", "12.5 mg", "PO", "BID"), ("glargine", "20 units", "SC", "qHS"),
      ("lispro", "sliding scale", "SC", "AC/HS"), ("aspirin", "81 mg", "PO", "daily"), ("atorvastatin", "80 mg", "PO", "qHS"),
      ("allopurinol", "100 mg", "PO", "daily"), ("heparin", "5,000 units", "SC", "q8h")],
     [("HFrEF", "I50.22"), ("ischemic CM s/p CABG 2020", "I25.5"), ("T2DM", "E11.9"), ("CKD 3b", "N18.32"), ("OSA", "G47.33"),
      ("gout", "M10.9"), ("CAD s/p CABG x3", "I25.10"), ("CKD stage 3b", "N18.32"),
      ("Acute on chronic systolic heart failure", "I50.23"), ("AKI on CKD 3b", "N17.9"), ("T2DM, uncontrolled", "E11.65")],
     negated=["chest pain at rest", "syncope", "fevers", "ischemic symptoms", "drug use", "hematochezia", "melena",
              "cough", "fever", "dysuria"],
     stopped=["sacubitril-valsartan", "empagliflozin", "torsemide"])

note("discharge", "h9-en-us-02", "US", "en", """UCSF Medical Center - DISCHARGE SUMMARY
Name: [[N|Nguyen, Thi Lan]]      MRN [[R*|88-301-442]]      DOB [[B|1948-09-02]]      Acct # [[R*|A7712094]]
Admitted 11/25/2026   Discharged 12/01/2026   Discharging physician: [[N|Marcus Oyelaran]], MD
Interpreter used: Vietnamese. Daughter and healthcare proxy: [[N|Kim Nguyen]], [[T|+1 415-555-0163]], [[E|kim.nguyen.sf@gmail.com]]
Principal diagnosis: Community-acquired pneumonia, RLL, resolving
Secondary diagnoses: COPD with acute exacerbation; atrial fibrillation with RVR, rate controlled;
hyponatremia (SIADH), improved; type 2 diabetes mellitus; chronic kidney disease stage 3a
Past medical history: COPD (GOLD 3), paroxysmal AF on apixaban, T2DM, CKD 3a, osteoporosis, hypothyroidism
Hospital course: 78F admitted with fever, productive cough and hypoxia (SpO2 84%). CXR: RLL consolidation. Treated with
ceftriaxone + azithromycin, transitioned to cefpodoxime on 11/29. Bronchodilators and prednisone 40 mg for COPD. AF with
RVR to 140s on admission, controlled with IV then oral diltiazem. Na nadir 124, thought SIADH from pneumonia, improved
to 131 with fluid restriction. Blood cultures no growth. Legionella and pneumococcal urine antigens negative. No evidence
of PE on CTA. Glucose elevated on steroids, covered with insulin; returning to home regimen.
MEDICATION RECONCILIATION
| Medication              | Dose      | Route | Frequency              | Status   |
| Cefpodoxime             | 200 mg    | PO    | q12h x 3 more days     | NEW      |
| Prednisone              | 40 mg     | PO    | daily x 2 more days    | NEW      |
| Diltiazem ER            | 180 mg    | PO    | daily                  | NEW      |
| Apixaban                | 5 mg      | PO    | BID                    | CONTINUE |
| Tiotropium/olodaterol   | 2.5/2.5 mcg | inhaled | 2 puffs once daily | CONTINUE |
| Albuterol HFA           | 90 mcg    | inhaled | 2 puffs q4h PRN wheeze | CONTINUE |
| Metformin               | 500 mg    | PO    | BID with meals         | CONTINUE |
| Levothyroxine           | 50 mcg    | PO    | daily before breakfast | CONTINUE |
| Alendronate             | 70 mg     | PO    | weekly                 | CONTINUE |
| Metoprolol tartrate     | 25 mg     | PO    | BID                    | STOPPED (replaced by diltiazem) |
| Hydrochlorothiazide     | 12.5 mg   | PO    | daily                  | STOPPED (hyponatremia) |
Follow-up: PCP Dr. [[N|Susan Park]] in 1 week with BMP; pulmonology in 4 weeks.
""", [("Cefpodoxime", "200 mg", "PO", "q12h x 3 more days"), ("Prednisone", "40 mg", "PO", "daily x 2 more days"),
      ("Diltiazem ER", "180 mg", "PO", "daily"), ("Apixaban", "5 mg", "PO", "BID"),
      ("Tiotropium/olodaterol", "2.5/2.5 mcg", "inhaled", "2 puffs once daily"),
      ("Albuterol HFA", "90 mcg", "inhaled", "2 puffs q4h PRN wheeze"), ("Metformin", "500 mg", "PO", "BID with meals"),
      ("Levothyroxine", "50 mcg", "PO", "daily before breakfast"), ("Alendronate", "70 mg", "PO", "weekly")],
     [("Community-acquired pneumonia, RLL, resolving", "J18.9"), ("COPD with acute exacerbation", "J44.1"),
      ("atrial fibrillation with RVR, rate controlled", "I48.91"), ("hyponatremia (SIADH), improved", "E22.2"),
      ("type 2 diabetes mellitus", "E11.9"), ("chronic kidney disease stage 3a", "N18.31"), ("COPD (GOLD 3)", "J44.9"),
      ("paroxysmal AF on apixaban", "I48.0"), ("T2DM", "E11.9"), ("CKD 3a", "N18.31"), ("osteoporosis", "M81.0"),
      ("hypothyroidism", "E03.9")],
     negated=["Legionella and pneumococcal urine antigens", "PE"], stopped=["Metoprolol tartrate", "Hydrochlorothiazide"])

note("nephrology consult", "h9-en-us-03", "US", "en", """Houston Kidney Associates - Outpatient Nephrology Consultation      12/01/2026
Re: [[N|Maria Guadalupe Ibarra]]   DOB: [[B|May 4, 1971]]   MRN [[R*|HKA-0091275]]
Referring physician: [[N|Jonathan Wells]], DO (family medicine)  NPI [[CED*|1588843921]]
Dear Dr. [[N|Wells]],
Thank you for referring Ms. [[N|Ibarra]], a 55-year-old Spanish-speaking woman, for proteinuric CKD.
She has had type 2 diabetes for 14 years, hypertension for 10 and a history of preeclampsia with both pregnancies. She denies NSAID use,
no gross hematuria, no foamy urine she has noticed, no rash or joint pain. Her creatinine rose from 1.1 to 1.6 over 18
months; UACR 1,450 mg/g. She takes lisinopril 40 mg daily, amlodipine 10 mg daily, metformin 1000 mg twice daily and
semaglutide 1 mg subcutaneously weekly. BP today 146/88. Trace edema. A1c 7.6%. Renal ultrasound: normal size, no
hydronephrosis. Serologies (ANA, C3/C4, SPEP) negative.
Impression: CKD stage 3a with severely increased albuminuria (A3), most consistent with diabetic kidney disease;
hypertension, not at goal; type 2 diabetes with diabetic CKD; obesity (BMI 34).
Recommendations: start finerenone 10 mg by mouth once daily (K 4.6) and dapagliflozin 10 mg by mouth daily; reduce
metformin to 500 mg twice daily for eGFR 41; continue lisinopril and amlodipine; chlorthalidone 12.5 mg by mouth
every morning for BP. Recheck BMP in 4 weeks. Avoid NSAIDs. I will see her back in 3 months.
Sincerely,
[[N|Ana Sofia Delgado-Kim]], MD, Nephrology
""", [("finerenone", "10 mg", "by mouth", "once daily"), ("dapagliflozin", "10 mg", "by mouth", "daily"),
      ("metformin", "500 mg", None, "twice daily"), ("lisinopril", "40 mg", None, "daily"), ("amlodipine", "10 mg", None, "daily"),
      ("semaglutide", "1 mg", "subcutaneously", "weekly"), ("chlorthalidone", "12.5 mg", "by mouth", "every morning")],
     [("CKD stage 3a with severely increased albuminuria (A3)", "N18.31"), ("type 2 diabetes for 14 years", "E11.9"),
      ("diabetic kidney disease", "E11.22"), ("hypertension, not at goal", "I10"),
      ("type 2 diabetes with diabetic CKD", "E11.22"), ("obesity (BMI 34)", "E66.9"), ("proteinuric CKD", "N18.9"),
      ("hypertension", "I10"), ("history of preeclampsia", "Z87.59")],
     negated=["NSAID use", "gross hematuria", "foamy urine", "rash", "joint pain", "hydronephrosis"])

note("emergency", "h9-en-us-04", "US", "en", """ED PROVIDER NOTE - Parkland Memorial Hospital, Dallas TX     12/01/2026 01:47
[[N|Jose A. Rodriguez-Mejia]] | 24 y/o M | MRN [[R*|P-7740122]] | DOB [[B|10/02/2002]] | pt speaks Spanish, interpreter ID 4417
Brought in by EMS from a construction site ([[A|2100 N Stemmons Fwy]]) after a fall from ~10 ft scaffolding. GCS 15. c/o L wrist and
R flank pain. Denies LOC, denies neck pain, no numbness/tingling. No anticoagulants. NKDA.
PE: HR 104, BP 132/80. C-spine cleared by NEXUS. Obvious deformity L distal forearm, NV intact. R CVA/flank tenderness.
FAST neg. CT A/P: R renal contusion (grade II), no extravasation; no rib fx. XR L wrist: distal radius fx, dorsally angulated.
UA: microscopic hematuria.
MDM/Dx: 1) closed L distal radius fracture 2) R kidney contusion, grade II 3) fall from height
ED course: fentanyl 50 mcg IV x1, ondansetron 4 mg IV x1, hematoma block + closed reduction, sugar-tong splint. Tdap 0.5 mL IM given.
Admit to trauma for serial Hgb. Oxycodone 5 mg PO q4h PRN severe pain. Acetaminophen 1 g PO q8h scheduled. No NSAIDs (renal injury).
Boss [[N|Kevin Doyle]] called, ph [[T|214-555-0199]]. Scribe: [[N|A. Patel]]; attending [[N|Rebecca Stone]], MD.
""", [("fentanyl", "50 mcg", "IV", "x1"), ("ondansetron", "4 mg", "IV", "x1"), ("Tdap", "0.5 mL", "IM", None),
      ("Oxycodone", "5 mg", "PO", "q4h PRN severe pain"), ("Acetaminophen", "1 g", "PO", "q8h scheduled")],
     [("closed L distal radius fracture", "S52.502A"), ("R kidney contusion, grade II", "S37.011A"),
      ("fall from height", "W12.XXXA"), ("microscopic hematuria", "R31.29")],
     negated=["LOC", "neck pain", "numbness/tingling", "extravasation", "rib fx"])

note("post-operative", "h9-en-us-05", "US", "en", """BRIEF OP NOTE - Mayo Clinic Rochester, Orthopedic Surgery    12/01/2026
Pt: [[N|Olson, Margaret E.]]  MRN [[R*|5-518-207]]  DOB [[B|02/14/1950]]
Pre-op dx: displaced left femoral neck fracture (S72.002A). Post-op dx: same.
Procedure: L hip hemiarthroplasty, cemented, posterior approach. Surgeon: [[N|Erik Lindqvist]], MD. Assist: [[N|Hannah Brooks]], PA-C.
Anesthesia: spinal + MAC. EBL 250 mL. Fluids 1.5 L LR. UOP 300 mL. Drains: none. Specimens: femoral head to path.
Complications: none apparent. Pt to PACU in stable condition.
Hx: osteoporosis, HTN, mild dementia, hypothyroid. Lives with husband [[N|Robert]] who is her POA.
Post-op orders: cefazolin 2 g IV q8h x 2 doses; enoxaparin 40 mg subcut daily starting POD1 x 28 days;
oxycodone 2.5-5 mg PO q4h PRN pain; acetaminophen 975 mg PO q8h; senna 8.6 mg PO BID; resume levothyroxine 75 mcg PO daily.
Hold lisinopril today (spinal). WBAT, posterior hip precautions. PT/OT POD0.
""", [("cefazolin", "2 g", "IV", "q8h x 2 doses"), ("enoxaparin", "40 mg", "subcut", "daily starting POD1 x 28 days"),
      ("oxycodone", "2.5-5 mg", "PO", "q4h PRN pain"), ("acetaminophen", "975 mg", "PO", "q8h"), ("senna", "8.6 mg", "PO", "BID"),
      ("levothyroxine", "75 mcg", "PO", "daily")],
     [("displaced left femoral neck fracture", "S72.002A"), ("osteoporosis", "M81.0"), ("HTN", "I10"),
      ("mild dementia", "F03.A0"), ("hypothyroid", "E03.9")],
     stopped=["lisinopril"])

note("occupational health", "h9-en-us-06", "US", "en", """Employee Health Services - Jackson Memorial Hospital, Miami
ANNUAL HEALTH SCREENING / IMMUNIZATION RECORD       Date: 12/01/2026
Employee: [[N|Yamilet Cardenas]]   Employee ID [[R*|JM-0048821]]   Dept: 7 North (RN)   DOB [[B|1990-08-17]]
Last 4 SSN [[SSN*|xxx-xx-6613]]   Phone [[T|305.555.0124]]   email [[E|ycardenas@jhsmiami.org]]
TB screening: QuantiFERON-TB Gold negative. No cough, night sweats or weight loss. No known TB exposure this year.
Hx: asthma, mild intermittent (albuterol PRN, last used 3 mo ago); latex allergy (contact urticaria) - uses nitrile.
Denies pregnancy. No egg allergy. No prior reactions to vaccines.
Vaccines administered today:
  - Influenza (quadrivalent, inactivated) 0.5 mL IM left deltoid, lot UK4472
  - COVID-19 mRNA 2026-2027 formula 0.5 mL IM right deltoid
Hep B surface antibody: reactive (immune). MMR and varicella: immune by titer.
Assessment: fit for duty without restrictions; asthma, mild intermittent, well controlled; latex allergy.
Reviewed by: [[N|Gloria Benitez]], APRN
""", [("Influenza (quadrivalent, inactivated)", "0.5 mL", "IM", None), ("COVID-19 mRNA 2026-2027 formula", "0.5 mL", "IM", None),
      ("albuterol", None, None, "PRN")],
     [("asthma, mild intermittent", "J45.20"), ("latex allergy (contact urticaria)", "Z91.040"),
      ("asthma, mild intermittent, well controlled", "J45.20"), ("latex allergy", "Z91.040")],
     negated=["cough", "night sweats", "weight loss", "known TB exposure", "pregnancy", "egg allergy",
              "prior reactions to vaccines"])

# ======================================= checks and counts =========================================================
NOTES = corpuslib.NOTES
assert len({n["id"] for n in NOTES}) == len(NOTES), "duplicate note id"
for value in BAD | BARE:
    spans = [(n["id"], p) for n in NOTES for p in n["phi"] if p["text"] == value]
    assert spans, ("a typo'd or bare id not labelled as PHI", value)
    for id, p in spans:
        assert p.get("labelled", False) == (value in BAD), (id, "typo'd ids follow their label, bare ids do not", value)

write(os.path.dirname(os.path.abspath(__file__)))
phi = [p for n in NOTES for p in n["phi"]]
sizes = sorted((len(n["text"].encode()), n["id"]) for n in NOTES)
print("countries: " + ", ".join(f"{c} {k}" for c, k in sorted(Counter(n["country"] for n in NOTES).items())), file=sys.stderr)
print("kinds: " + ", ".join(f"{k} {v}" for k, v in Counter(KIND_OF.values()).most_common()), file=sys.stderr)
print(f"PHI spans {len(phi)}: " + ", ".join(f"{k} {v}" for k, v in Counter(p['kind'] for p in phi).most_common())
      + f"; labelled {sum(1 for p in phi if p.get('labelled'))}; wrong check digit {len(BAD)}; bare valid ids {len(BARE)}",
      file=sys.stderr)
print(f"medications {sum(len(n['medications']) for n in NOTES)}, diagnoses {sum(len(n['diagnoses']) for n in NOTES)}, "
      f"negated {sum(len(n['negated']) for n in NOTES)}, stopped {sum(len(n['stopped']) for n in NOTES)}", file=sys.stderr)
print(f"sizes: {sizes[0][0]}-{sizes[-1][0]} bytes; >= 2 KB: " + ", ".join(f"{i} {b}" for b, i in sizes if b >= 2048),
      file=sys.stderr)
