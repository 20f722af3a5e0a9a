#!/usr/bin/env python3
"""Seventh held-out set (issue 17), written blind on 2026-12-01: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring and first notes of Tests/ClinicalHeldOut6/generate.py (file format and labelling conventions) and
Tests/ClinicalHeldOut6/README.md. Run: python3 generate.py (rewrites every h7-*.json beside it, checks every note).
Conventions (the same as HeldOut6's, so labels are comparable across sets): a medication's dose, route and frequency
are verbatim spans of the note (None when absent), the frequency keeps its as-needed clause (PRN, SOS, si dolor, as
needed); comorbidities under history headers are diagnoses, labelled once even when named again; denied findings go
to `negated`, stopped/suspended drugs to `stopped`. A title (Dr., Dra., Lic.) stays outside a name; national ids are
DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the Mexican NSS is SSN), clinicians' registrations are CEDULA,
record/affiliate/order/admission numbers are EXPEDIENTE; visit dates are not PHI, only dates of birth. No randomness:
the output is the same on every run."""
import os, sys
from collections import Counter
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import checked_note, write, curp, rfc, cpf, rut, nss, cuit, dui
from functools import partial
# This set's own typos in a wrong check digit.
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=7), partial(corpuslib.uy_ci, shift=8),
                               partial(corpuslib.do_cedula, shift=3))

from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared with the later sets
note = corpuslib.kind_note

# ======================================= Mexico ====================================================================
note("discharge", "h7-es-mx-01", "MX", "es", f"""INSTITUTO DE SEGURIDAD Y SERVICIOS SOCIALES DE LOS TRABAJADORES DEL ESTADO
HOSPITAL REGIONAL "1o DE OCTUBRE" - SERVICIO DE MEDICINA INTERNA
RESUMEN CLINICO DE EGRESO

Nombre: [[N|CASTAÑEDA OROZCO, Juan Ramon]]          Expediente: [[R*|0481-22-775190]]
RFC: [[RFC*|{typo(rfc("CAOJ5903184T", bad=True))}]]        Fecha de nacimiento: [[B|18 de marzo de 1959]]
Domicilio: [[A|Av. Cuitlahuac 3320 int. 4, Col. Clavería, Azcapotzalco, CDMX]]
Responsable: [[N|Ma. Elena Castañeda Ruiz]] (hija)  Tel. [[T|55 5396 0127]]
Fecha de ingreso: 19/11/2026   Fecha de egreso: 28/11/2026   Dias de estancia: 9

RESUMEN DEL PADECIMIENTO
Masculino de 67 años con antecedentes de diabetes mellitus tipo 2 de 18 años de evolucion en tratamiento con insulina,
hipertension arterial sistemica, enfermedad renal cronica KDIGO G3b y cardiopatia isquemica (IAM inferior 2019, ACTP con
stent a CD). Ingresa por cuadro de 4 dias con disnea de medianos a pequeños esfuerzos, ortopnea de 3 almohadas,
edema de miembros inferiores y aumento de peso de 5 kg. Niega dolor toracico, sin sincope, no refiere fiebre.
A su ingreso TA 170/95, FC 112 irregular, SatO2 86% al aire ambiente, estertores crepitantes bibasales, ingurgitacion
yugular grado II, edema godet +++. ECG con fibrilacion auricular de respuesta ventricular rapida, sin cambios agudos del ST.
NT-proBNP 9,840 pg/ml, creatinina 2.1 mg/dl (basal 1.7), K 5.3, Hb 10.8, troponina I negativa en dos tomas.
Ecocardiograma: FEVI 32%, hipocinesia inferior y lateral, IM moderada, PSAP 52 mmHg.

EVOLUCION
Se manejo con furosemida en infusion, con balance negativo de 6.8 L en 5 dias y mejoria de la clase funcional. Se logro
control de frecuencia con metoprolol y digoxina; se inicio anticoagulacion (CHA2DS2-VASc 5, HAS-BLED 2). Por la funcion
renal se suspende metformina y se ajusta esquema de insulina. Se suspende tambien la glibenclamida que tomaba por su cuenta.
Presento hipokalemia leve (3.3) que se corrigio por via oral. Egresa asintomatico, TA 128/74, FC 78, SatO2 94%.

DIAGNOSTICOS DE EGRESO
1. Insuficiencia cardiaca con FEVI reducida descompensada, NYHA III al ingreso (I50.2)
2. Fibrilacion auricular de reciente diagnostico (I48.9)
3. Cardiopatia isquemica cronica (I25.9)
4. Diabetes mellitus tipo 2 con nefropatia (E11.21)
5. Enfermedad renal cronica G3b agudizada, en resolucion (N18.3)
6. Anemia normocitica normocromica leve (D64.9)

TRATAMIENTO AL EGRESO
- Furosemida tab 40 mg VO cada 12 hrs
- Espironolactona 25 mg VO cada 24 hrs
- Metoprolol succinato 47.5 mg VO cada 12 hrs
- Apixaban 2.5 mg VO cada 12 hrs
- Insulina glargina 18 UI SC a las 22:00 hrs
- Insulina lispro 4 UI SC antes de cada comida
- Atorvastatina 40 mg VO por la noche
- Digoxina 0.125 mg VO cada 24 hrs lunes a viernes
Cita a consulta externa de Cardiologia en 2 semanas y de Nefrologia en 1 mes. Datos de alarma explicados al paciente y a su hija.

Elaboro: Dr. [[N|Fernando Ugalde Mejia]], R3 MI        Ced. Prof. [[CED*|10884517]]
Vo. Bo.: Dra. [[N|Silvia Patricia Arreola]], Medico Adscrito   Cedula profesional [[CED*|6203391]]
""", [("Furosemida", "40 mg", "VO", "cada 12 hrs"), ("Espironolactona", "25 mg", "VO", "cada 24 hrs"),
      ("Metoprolol succinato", "47.5 mg", "VO", "cada 12 hrs"), ("Apixaban", "2.5 mg", "VO", "cada 12 hrs"),
      ("Insulina glargina", "18 UI", "SC", "a las 22:00 hrs"), ("Insulina lispro", "4 UI", "SC", "antes de cada comida"),
      ("Atorvastatina", "40 mg", "VO", "por la noche"), ("Digoxina", "0.125 mg", "VO", "cada 24 hrs lunes a viernes")],
     [("diabetes mellitus tipo 2", "E11.9"), ("hipertension arterial sistemica", "I10"),
      ("enfermedad renal cronica KDIGO G3b", "N18.3"), ("cardiopatia isquemica", "I25.9"),
      ("Insuficiencia cardiaca con FEVI reducida descompensada, NYHA III al ingreso", "I50.2"),
      ("Fibrilacion auricular de reciente diagnostico", "I48.9"), ("Cardiopatia isquemica cronica", "I25.9"), ("Diabetes mellitus tipo 2 con nefropatia", "E11.21"),
      ("Enfermedad renal cronica G3b agudizada, en resolucion", "N18.3"),
      ("Anemia normocitica normocromica leve", "D64.9")],
     negated=["dolor toracico", "sincope", "fiebre"], stopped=["metformina", "glibenclamida"])

note("prescription", "h7-es-mx-02", "MX", "es", f"""Dr. [[N|Alfonso Gil Betancourt]]
CARDIOLOGIA CLINICA - ECOCARDIOGRAFIA
Ced. Prof. [[CED*|3390125]]   Ced. de Especialidad [[CED*|5561093]]   Consejo Mexicano de Cardiologia
Consultorio 512, Torre Medica San Jose. [[A|Av. Morones Prieto 3000 Pte, Col. Los Doctores, Monterrey, N.L.]]
Citas: [[T|(81) 8347-1110]]   [[E|consultorio.gilbetancourt@gmail.com]]

Nombre: Sra. [[N|Rebeca Lozano de Garza]]         Edad: 72 años      Fecha: 30-nov-2026
Peso 64 kg  TA 138/80

Dx: HAS controlada, FA permanente, dislipidemia

Rp.
1) Rivaroxaban 15 mg (Xarelto) tomar 1 tableta con la cena diario
2) Telmisartan/amlodipino 80/5 mg 1 tab VO c/24 hrs en la mañana
3) Bisoprolol 5 mg  1/2 tab cada 12 horas
4) Rosuvastatina 10 mg 1 tab en la noche
5) Nitroglicerina 0.4 mg sublingual en caso de dolor de pecho, repetir c/5 min max 3 dosis
** Suspender acido acetilsalicilico **
Proxima cita: 3 meses con perfil de lipidos y creatinina.
""", [("Rivaroxaban", "15 mg", None, "con la cena diario"), ("Telmisartan/amlodipino", "80/5 mg", "VO", "c/24 hrs en la mañana"),
      ("Bisoprolol", "1/2 tab", None, "cada 12 horas"), ("Rosuvastatina", "10 mg", None, "en la noche"),
      ("Nitroglicerina", "0.4 mg", "sublingual", "en caso de dolor de pecho, repetir c/5 min max 3 dosis")],
     [("HAS controlada", "I10"), ("FA permanente", "I48.21"), ("dislipidemia", "E78.5")],
     stopped=["acido acetilsalicilico"])

note("post-operative", "h7-es-mx-03", "MX", "es", f"""IMSS HGZ No. 46 VILLAHERMOSA, TAB.
NOTA POSTQUIRURGICA
[[N|HERNANDEZ DE LA CRUZ MARIBEL]]  [[CURP|{bare(curp("HECM870226MTCRRR0"))}]]
Afiliacion: [[SSN*|{nss("8287610554")}]]    Cama: 317-B
Fecha: 29/11/2026
Dx preoperatorio: colecistitis cronica litiasica agudizada
Dx postoperatorio: colecistitis aguda litiasica, piocolecisto
Operacion realizada: colecistectomia laparoscopica
Cirujano: Dr. [[N|Eduardo Pech Chable]]   Ayudante: Dra. [[N|Lucia Ovando]]   Anestesiologo: [[N|Martin Sosa Hidalgo]]
Tipo de anestesia: general balanceada
Hallazgos: vesicula de 10x5 cm, pared engrosada, contenido purulento, multiples litos, conducto cistico de 3 mm
Sangrado: 50 ml   Complicaciones: ninguna   Cuenta de gasas y compresas: completa
Patologia: se envia pieza quirurgica
Estado postquirurgico inmediato: estable, pasa a recuperacion
PLAN: ayuno por 6 hrs, luego liquidos claros
Solucion Hartmann 1000 cc IV para 8 hrs
Ceftriaxona 1 gr IV cada 12 horas
Ketorolaco 30 mg IV c/8 hrs
Metoclopramida 10 mg IV c/8h en caso de nausea o vomito
Enoxaparina 40 mg SC cada 24 hrs
""", [("Solucion Hartmann", "1000 cc", "IV", "para 8 hrs"), ("Ceftriaxona", "1 gr", "IV", "cada 12 horas"),
      ("Ketorolaco", "30 mg", "IV", "c/8 hrs"), ("Metoclopramida", "10 mg", "IV", "c/8h en caso de nausea o vomito"),
      ("Enoxaparina", "40 mg", "SC", "cada 24 hrs")],
     [("colecistitis cronica litiasica agudizada", "K80.10"), ("colecistitis aguda litiasica, piocolecisto", "K80.00")])

note("pediatric consult", "h7-es-mx-04", "MX", "es", """CONSULTA PEDIATRIA - Hospital Infantil de Tlaxcala
Paciente: [[N|Santiago Xicohtencatl Perez]], 3 años 2 meses, nacido el [[B|2 de septiembre de 2023]]
Expediente [[R*|HIT-23-0915]]
Acude con su madre [[N|Rosa Isela Perez Munive]], tel [[T|246 118 5530]]
Motivo: tos y fiebre de 3 dias.
Padecimiento: inicia con rinorrea hialina, tos productiva, fiebre hasta 39.2 que cede con paracetamol. Hoy con
respiracion rapida. No vomito, sin diarrea, tolera VO. Esquema de vacunacion completo para la edad segun cartilla.
APP: bronquiolitis a los 8 meses. Alergias: niega.
EF: peso 14.1 kg, FR 42, FC 128, T 38.6, SatO2 92%. Estertores subcrepitantes en base derecha, sin tiraje.
Rx torax: consolidacion basal derecha.
IDx: Neumonia adquirida en la comunidad (J18.9) sin datos de gravedad
Plan:
- Amoxicilina suspension 250mg/5ml: dar 7 ml VO cada 8 horas por 7 dias
- Paracetamol gotas 100 mg/ml: 2 ml VO cada 6 hrs si fiebre mayor de 38
- Salbutamol aerosol 100 mcg 2 disparos con aerocamara cada 6 horas por 5 dias
Cita en 48 hrs o antes si dificultad respiratoria.
Pediatra: Dra. [[N|Abigail Cuapio Flores]]
""", [("Amoxicilina", "7 ml", "VO", "cada 8 horas"), ("Paracetamol", "2 ml", "VO", "cada 6 hrs si fiebre mayor de 38"),
      ("Salbutamol", "2 disparos", None, "cada 6 horas")],
     [("bronquiolitis", "J21.9"), ("Neumonia adquirida en la comunidad", "J18.9")],
     negated=["vomito", "diarrea", "Alergias", "tiraje"])

note("occupational health", "h7-es-mx-05", "MX", "es", f"""SERVICIO MEDICO DE EMPRESA - PLANTA ENSAMBLE SALTILLO
EXAMEN MEDICO PERIODICO / APTITUD LABORAL
Trabajador: [[N|Oscar Ivan Rdz. Valdes]]   No. empleado 44817
NSS [[SSN*|{typo(nss("3209912870", bad=True, shift=4))}]]    CURP: [[CURP*|{curp("RIVO920605HCLDLS0")}]]
Puesto: soldador linea 3, turno mixto. Antigüedad 6 años.
Antec. heredofamiliares: padre con DM2. Antec. personales patologicos: hipoacusia neurosensorial bilateral leve (2024),
lumbalgia mecanica cronica. Tabaquismo negado. Niega alergias.
Exploracion: TA 124/78, IMC 27.4, agudeza visual 20/20 AO con lentes de seguridad. Columna sin limitacion.
Audiometria: caida en 4000 Hz bilateral, sin cambio significativo respecto a 2025.
Espirometria normal.
Vacunacion aplicada hoy: Td refuerzo 0.5 ml IM deltoides izq; Influenza estacional 0.5 ml IM dosis unica.
Conclusion: APTO con restriccion (uso obligatorio de protector auditivo doble).
Tx: naproxeno 250 mg VO cada 12 horas por 5 dias si dolor lumbar.
Medico del trabajo: [[N|Alma Delia Saucedo]]  Ced. [[CED*|7450921]]
""", [("Td", "0.5 ml", "IM", "refuerzo"), ("Influenza estacional", "0.5 ml", "IM", "dosis unica"),
      ("naproxeno", "250 mg", "VO", "cada 12 horas por 5 dias si dolor lumbar")],
     [("hipoacusia neurosensorial bilateral leve", "H90.3"), ("lumbalgia mecanica cronica", "M54.5")],
     negated=["Tabaquismo", "alergias"])

# ======================================= Colombia ==================================================================
note("discharge", "h7-es-co-06", "CO", "es", f"""CLINICA DE OCCIDENTE S.A. - CALI
EPICRISIS
Paciente: [[N|Yamileth Caicedo Riascos]]     Identificacion: CC [[DNI*|31.947.226]]
Historia: [[R*|31947226]]       Nacido el [[B|07/06/1968]]      EPS: Sanitas  Afiliado N° [[R*|SAN-7730015-01]]
Direccion: [[A|Calle 72 # 28E-15, barrio Alfonso Lopez, Cali]]      Celular: [[T|+57 315 622 9018]]
Servicio: Medicina Interna      Ingreso: 21/11/2026   Egreso: 26/11/2026
Motivo de ingreso: disuria, fiebre y dolor lumbar derecho.
Antecedentes personales: HTA, hipotiroidismo, litiasis renal derecha.
Hallazgos: PPL derecha positiva, T 39.1, leucocitos 18.900, PCR 21 mg/dl. Urocultivo: E. coli BLEE sensible a ertapenem.
Eco renal: hidronefrosis grado I derecha, calculo de 6 mm en ureter proximal.
Evolucion: buena respuesta al antibiotico, afebril desde el dia 3. Urologia no considera manejo quirurgico urgente.
Diagnosticos de egreso: Pielonefritis aguda derecha por E. coli BLEE, resuelta; urolitiasis derecha; HTA controlada; hipotiroidismo
Plan de egreso:
ertapenem 1 g IV cada 24 horas hasta completar 10 dias (programa de hospitalizacion en casa)
tamsulosina 0.4 mg VO cada noche
levotiroxina 75 mcg VO en ayunas
losartan 50 mg VO cada 12 horas
acetaminofen 1 g VO cada 8 horas si dolor
Control por urologia ambulatoria. Medico: [[N|Harold Mina Angulo]]   R.M. [[CED*|76-2281]]
""", [("ertapenem", "1 g", "IV", "cada 24 horas"), ("tamsulosina", "0.4 mg", "VO", "cada noche"),
      ("levotiroxina", "75 mcg", "VO", "en ayunas"), ("losartan", "50 mg", "VO", "cada 12 horas"),
      ("acetaminofen", "1 g", "VO", "cada 8 horas si dolor")],
     [("HTA", "I10"), ("hipotiroidismo", "E03.9"), ("litiasis renal derecha", "N20.0"),
      ("Pielonefritis aguda derecha por E. coli BLEE, resuelta", "N10"), ("urolitiasis derecha", "N20.9"),
      ("HTA controlada", "I10")])

note("lab report", "h7-es-co-07", "CO", "es", """LABORATORIO CLINICO COLCAN - SEDE CHAPINERO
-------------------------------------------------------------------------
PACIENTE:      [[N|RODRIGUEZ MORA, ANDRES FELIPE]]
DOCUMENTO:     CC [[DNI*|1020774318]]          EDAD: 34 A     SEXO: M
ORDEN N°:      [[R*|2611-448190]]              FECHA TOMA: 27/11/2026
MEDICO:        [[N|CAROLINA PINZON]]
ENTIDAD:       COMPENSAR EPS
-------------------------------------------------------------------------
EXAMEN                     RESULTADO    UNIDADES      VALOR REFERENCIA
HEMOGRAMA IV
 Hemoglobina                 15.2       g/dL          13.5 - 17.5
 Leucocitos                  6.8        x10^3/uL      4.5 - 11.0
 Plaquetas                   251        x10^3/uL      150 - 450
PERFIL HEPATICO
 ALT (TGP)                   148        U/L           < 41
 AST (TGO)                   96         U/L           < 40
 GGT                         210        U/L           8 - 61
 Bilirrubina total           0.9        mg/dL         0.2 - 1.2
SEROLOGIA
 HBsAg                       NO REACTIVO
 Anti-VHC                    NO REACTIVO
 VIH 1/2 Ag/Ac               NO REACTIVO
-------------------------------------------------------------------------
Comentario: elevacion de transaminasas patron hepatocelular; negativo para hepatitis B y C.
Bacteriologa: [[N|Diana M. Suarez]]  T.P. [[CED*|52-1190]]
""", [], [("elevacion de transaminasas patron hepatocelular", "R74.01")],
     negated=["hepatitis B y C"])

note("emergency", "h7-es-co-08", "CO", "es", """HOSPITAL UNIVERSITARIO SAN IGNACIO - URGENCIAS   TRIAGE II
Hora de ingreso 22:15
Paciente [[N|Gloria Amparo Castro de Leon]] de 79 años, CC [[DNI*|20.455.873]], traida por su hijo [[N|Mauricio Leon Castro]] ([[T|310 2874410]])
MC: "se le torcio la boca"
EA: familiar refiere que a las 20:30 presenta desviacion de la comisura labial y debilidad en brazo derecho, dificultad
para hablar. Ultima vez vista normal 20:00. No convulsiones, no trauma.
Antec: FA no anticoagulada (suspendio warfarina hace 1 año por sangrado digestivo), HTA, ACV isquemico previo sin secuelas 2021.
Meds: metoprolol tartrato 50 mg c/12h VO, enalapril 20 mg VO c/12h
EF: TA 188/102, FC 96 irregular, glucometria 132. NIHSS 9: afasia motora, paresia facial central derecha, hemiparesia derecha 3/5.
TAC simple de craneo: sin hemorragia, ASPECTS 9.
IDx:
 - ACV isquemico agudo territorio ACM izquierda en ventana
 - FA de respuesta ventricular controlada
 - HTA
Conducta: se activa codigo ACV, alteplasa 0.9 mg/kg IV (dosis total 58 mg, 10% en bolo y resto en 60 min), labetalol 10 mg IV si TAS >185.
Neurologia de turno: Dr. [[N|Esteban Rincon]]. Medico de urgencias: [[N|Laura Vanegas Ortiz]]  RM [[CED*|1015-33920]]
""", [("metoprolol tartrato", "50 mg", "VO", "c/12h"), ("enalapril", "20 mg", "VO", "c/12h"),
      ("alteplasa", "0.9 mg/kg", "IV", "10% en bolo y resto en 60 min"), ("labetalol", "10 mg", "IV", "si TAS >185")],
     [("FA no anticoagulada", "I48.91"), ("HTA", "I10"), ("ACV isquemico previo sin secuelas", "Z86.73"),
      ("ACV isquemico agudo territorio ACM izquierda en ventana", "I63.512"),
      ("FA de respuesta ventricular controlada", "I48.91")],
     negated=["convulsiones", "trauma", "hemorragia"], stopped=["warfarina"])

note("specialist consult", "h7-es-co-09", "CO", "es", """CONTRARREFERENCIA - ENDOCRINOLOGIA
IPS Especializada Bucaramanga                      Fecha: 25 nov 2026
Señores Medicina General, respondo interconsulta de la paciente [[N|Martha Lucia Ardila Niño]] (CC [[DNI*|63.512.448]]), 45 años.
Cordial saludo. La señora [[N|Ardila]] consulta por nodulo tiroideo y aumento de peso.
Paraclinicos: TSH 7.8, T4L 0.9, anti-TPO 540. Eco tiroides: nodulo TI-RADS 3 de 11 mm lobulo derecho. HbA1c 6.1%.
Antecedentes: SOP; obesidad grado II (IMC 36); HTA en tratamiento.
No tiene antecedente familiar de cancer de tiroides. Niega sintomas compresivos.
Analisis: Tiroiditis de Hashimoto con hipotiroidismo subclinico / Nodulo tiroideo TI-RADS 3 / Prediabetes / Obesidad grado II
Recomendaciones:
* Iniciar levotiroxina 50 mcg VO diario en ayunas, control de TSH en 8 semanas
* Metformina XR 500 mg VO con la cena, titular a 1000 mg en 2 semanas
* Continuar losartan/hidroclorotiazida 50/12.5 mg VO cada dia
* Control ecografico del nodulo en 12 meses, no requiere BACAF por ahora
Dra. [[N|Paola Andrea Quintero]]  Endocrinologa   R.M. [[CED*|68-1022]]
""", [("levotiroxina", "50 mcg", "VO", "diario en ayunas"), ("Metformina XR", "500 mg", "VO", "con la cena"),
      ("losartan/hidroclorotiazida", "50/12.5 mg", "VO", "cada dia")],
     [("SOP", "E28.2"), ("obesidad grado II", "E66.9"), ("HTA en tratamiento", "I10"),
      ("Tiroiditis de Hashimoto con hipotiroidismo subclinico", "E06.3"), ("Nodulo tiroideo TI-RADS 3", "E04.1"),
      ("Prediabetes", "R73.03")],
     negated=["antecedente familiar de cancer de tiroides", "sintomas compresivos"])

# ======================================= Argentina =================================================================
note("ICU handover", "h7-es-ar-10", "AR", "es", """HOSPITAL BRITANICO DE BUENOS AIRES - UTI ADULTOS
PASE DE GUARDIA  -  Cama 7   (guardia saliente Dr. [[N|Matias Ferreyra]] / entrante Dra. [[N|Carla Bianchi]])

[[N|GIMENEZ, Hector Osvaldo]], 71 a, DNI [[DNI*|8.271.904]], HC [[R*|554.219]]. OS: PAMI  N° beneficiario [[R*|15-0432877612-00]]
Esposa: [[N|Nelida Ruiz]] - [[T|11 4922-3187]] (avisar cualquier cambio, vive en [[A|Av. Rivadavia 6120 3° B, Caballito]])

Día 4 de UTI. Ingresó por shock séptico a foco abdominal, POP de hemicolectomía derecha por perforación de ciego.
AP: EPOC moderado, HTA, DBT no insulinorrequirente, ex TBQ 40 p/y.

Neuro: sedado con propofol 20 ml/h IV + fentanilo 100 mcg/h IV, RASS -2, pupilas isocóricas. Sin foco motor.
Hemodinamia: noradrenalina en descenso, ahora 0.08 mcg/kg/min IV, TAM 70. Lactato 1.9 (venía de 4.2). Se suspendió la vasopresina ayer.
Resp: ARM en VCV, VT 420, PEEP 8, FiO2 35%, PaFi 260. Rx sin nuevos infiltrados. Se plantea PVE mañana.
Renal: diuresis 0.7 ml/kg/h, creatinina 1.6 (pico 2.4), IRA KDIGO 2 en mejoría. Sin requerimiento de TRR.
Infecto: meropenem 1 g IV c/8h (día 4) + vancomicina 1 g IV c/12h ajustada por niveles. HC x2 negativos hasta ahora. Afebril 48 h.
Abdomen: drenaje con 120 ml serohemático, herida limpia. NPT por vía central.
Hemato: Hb 8.6 estable, plaquetas 98.000. Profilaxis con heparina sódica 5000 UI SC c/8h.
Metabólico: insulina corriente según esquema (HGT c/6h), K 3.6 repuesto.
Otros: omeprazol 40 mg IV c/24h. Suspendido el enalapril de su casa.

Problemas activos:
- Shock séptico de foco abdominal, en resolución
- Peritonitis fecal post perforación de ciego
- IRA KDIGO 2 en mejoría
- Trombocitopenia
Pendientes: cultivo de líquido peritoneal, ecografía abdominal, hablar con la familia a las 18 h.
Firma: Dr. [[N|Matias Ferreyra]]  M.N. [[CED*|142.887]]
""", [("propofol", "20 ml/h", "IV", None), ("fentanilo", "100 mcg/h", "IV", None), ("noradrenalina", "0.08 mcg/kg/min", "IV", None),
      ("meropenem", "1 g", "IV", "c/8h"), ("vancomicina", "1 g", "IV", "c/12h"), ("heparina sódica", "5000 UI", "SC", "c/8h"),
      ("insulina corriente", None, None, "según esquema"), ("omeprazol", "40 mg", "IV", "c/24h")],
     [("EPOC moderado", "J44.9"), ("HTA", "I10"), ("DBT no insulinorrequirente", "E11.9"),
      ("Shock séptico de foco abdominal, en resolución", "R65.21"), ("Peritonitis fecal post perforación de ciego", "K65.0"),
      ("IRA KDIGO 2 en mejoría", "N17.9"), ("Trombocitopenia", "D69.6")],
     negated=["foco motor", "nuevos infiltrados"], stopped=["vasopresina", "enalapril"])

note("prescription", "h7-es-ar-11", "AR", "es", f"""RECETA ELECTRONICA  -  Ley 27.553
Prescriptor: Dra. [[N|Valeria Sosa Rinaldi]]   Especialidad: Nefrologia   M.P. [[CED*|33.418]]   M.N. [[CED*|118.920]]
Centro Medico Oroño - Bv. Oroño 1515, Rosario, Santa Fe

Paciente: [[N|ACOSTA MIRTA BEATRIZ]]   DNI: [[DNI*|13.904.661]]   CUIL [[DNI*|{typo(cuit("2713904661", bad=True, shift=6))}]]
Fecha de nacimiento: [[B|22/08/1959]]   Obra social: OSDE 310   N° de afiliado: [[R*|61 455201 8 02]]

Diagnostico: Enfermedad renal cronica estadio 3a (N18.31) - Nefropatia diabetica - Hiperparatiroidismo secundario

Rp/ Dapagliflozina 10 mg (Forxiga) - 1 comp por dia  x 30 comp
Rp/ Calcitriol 0,25 mcg (Rocaltrol) - 1 caps dia por medio
Rp/ Bicarbonato de sodio 500 mg - 2 comp VO cada 8 hs
Rp/ Eritropoyetina 4000 UI SC una vez por semana
Indicaciones: dieta hiposodica, hipoproteica. Dejar de tomar ibuprofeno y diclofenac.
""", [("Dapagliflozina", "10 mg", None, "por dia"), ("Calcitriol", "0,25 mcg", None, "dia por medio"),
      ("Bicarbonato de sodio", "2 comp", "VO", "cada 8 hs"), ("Eritropoyetina", "4000 UI", "SC", "una vez por semana")],
     [("Enfermedad renal cronica estadio 3a", "N18.31"), ("Nefropatia diabetica", "E11.21"),
      ("Hiperparatiroidismo secundario", "N25.81")], stopped=["ibuprofeno", "diclofenac"])

note("emergency", "h7-es-ar-12", "AR", "es", """GUARDIA EXTERNA - Hospital Nacional de Clinicas, Cordoba
Pcte [[N|Lautaro Nahuel Quiroga]], 19 años, DNI [[DNI*|44.812.309]]. Acompañante: [[N|Silvina Quiroga]] (madre), cel [[T|351 15 678 2214]]
Consulta por disnea y tos seca de 12 hs, posterior a exposicion a humo en incendio de pastizales.
Asmatico desde la infancia, usa salbutamol a demanda, abandonó el budesonide hace 6 meses. No internaciones previas en UTI.
Niega fiebre, niega dolor toracico. No alergias medicamentosas conocidas.
Al examen: FR 30, SatO2 90% aa, sibilancias espiratorias bilaterales, habla en frases cortas, PEF 45% del teorico.
Dx: crisis asmatica moderada a severa.
Tto en guardia:
- salbutamol + ipratropio 4 disparos con aerocamara cada 20 min x 3
- hidrocortisona 200 mg EV stat
- sulfato de magnesio 2 g EV en 20 min
- O2 por canula nasal 3 l/min
Revaloración 1 h: SatO2 95%, PEF 70%. Alta con meprednisona 40 mg VO dia por 5 dias y budesonide/formoterol 160/4,5 2 inhalaciones cada 12 hs.
Medico de guardia: [[N|Florencia Ledesma]], M.P. [[CED*|38112]]
""", [("salbutamol", None, None, "a demanda"), ("salbutamol + ipratropio", "4 disparos", None, "cada 20 min x 3"), ("hidrocortisona", "200 mg", "EV", "stat"),
      ("sulfato de magnesio", "2 g", "EV", "en 20 min"), ("meprednisona", "40 mg", "VO", "dia por 5 dias"),
      ("budesonide/formoterol", "2 inhalaciones", None, "cada 12 hs")],
     [("Asmatico desde la infancia", "J45.909"), ("crisis asmatica moderada a severa", "J45.41")],
     negated=["fiebre", "dolor toracico", "alergias medicamentosas"])

note("telemedicine", "h7-es-ar-13", "AR", "es", """TELECONSULTA - Psiquiatria  (videollamada, plataforma institucional)  Hospital Italiano de La Plata
Paciente: [[N|Brenda Soledad Paz]]  HC [[R*|3302117]]  Fecha de nac. [[B|1991-04-30]]  Mail: [[E|brenpaz91@hotmail.com]]
Refiere que desde la ultima consulta duerme mejor, retomo el trabajo part-time. Animo "6/10".
Persisten rumiaciones nocturnas. Niega ideas de muerte, no autolesiones. Sin consumo de alcohol ni otras sustancias.
Dx: Trastorno depresivo recurrente, episodio actual leve, en remision parcial. TAG.
Plan: sigue con escitalopram 15 mg por la mañana; quetiapina 25 mg a la noche se suspende por somnolencia diurna.
Se agrega mirtazapina 7,5 mg VO antes de dormir. Psicoterapia semanal con Lic. [[N|Gonzalo Arce]].
Proximo control en 4 semanas. Dr. [[N|Ignacio Pereyra Luna]] M.P. [[CED*|117.240]]
""", [("escitalopram", "15 mg", None, "por la mañana"), ("mirtazapina", "7,5 mg", "VO", "antes de dormir")],
     [("Trastorno depresivo recurrente, episodio actual leve, en remision parcial", "F33.41"), ("TAG", "F41.1")],
     negated=["ideas de muerte", "autolesiones", "consumo de alcohol"], stopped=["quetiapina"])

# ======================================= Chile =====================================================================
note("discharge", "h7-es-cl-14", "CL", "es", f"""HOSPITAL CLINICO UNIVERSIDAD DE CHILE
EPICRISIS MEDICA                                                Servicio: Medicina - Sala 4

NOMBRE       : [[N|MUÑOZ SEPULVEDA, ROSA ELIANA]]
RUT          : [[RUT*|{rut(6412907)}]]         FICHA: [[R*|1188204]]
F. NAC.      : [[B|04.01.1950]]       PREVISION: FONASA B
DOMICILIO    : [[A|Pasaje Los Aromos 1432, Villa Esperanza, comuna de Recoleta]]
TELEFONO     : [[T|+56 9 8812 3047]]
CONTACTO     : [[N|Jorge Tapia Muñoz]] (hijo) [[T|+56 9 6201 5590]]

FECHA INGRESO: 18-11-2026   FECHA EGRESO: 27-11-2026

ANTECEDENTES MORBIDOS: DM2 IR, HTA, ERC etapa 3b, hipotiroidismo, artrosis de rodillas.
ALERGIAS: PENICILINA (rash).
MEDICAMENTOS HABITUALES: insulina NPH 20-0-10, losartan 50 mg c/12 h, levotiroxina 100 mcg, paracetamol SOS.

HISTORIA: Paciente de 76 años, autovalente, consulta en SU por 3 dias de compromiso del estado general, tos con
expectoracion verdosa, fiebre hasta 38,7 y confusion. Al ingreso: PA 92/58, FC 118, FR 26, Sat 88% FiO2 amb, T 38,9.
Crepitos en base izquierda. Lab: GB 19.600, PCR 287, crea 2,3 (basal 1,5), lactato 3,1, glicemia 412, sin cetonemia.
Rx torax: condensacion LII. Hemocultivos: S. pneumoniae sensible.
Se maneja como neumonia grave con criterios de sepsis, volumen y ceftriaxona + azitromicina (tolero ceftriaxona en
2023 sin reaccion). Requirio O2 por naricera hasta el dia 5.
Evoluciona con delirium hipoactivo que se resuelve al dia 4. Descompensacion hiperglicemica manejada con esquema
basal-bolo. Funcion renal vuelve a basal. Se suspende losartan durante la hospitalizacion y se reinicia al alta a
dosis menor.

DIAGNOSTICOS DE EGRESO:
  - Neumonia adquirida en la comunidad grave por neumococo, resuelta
  - Sepsis de foco pulmonar
  - Delirium hipoactivo, resuelto
  - Injuria renal aguda sobre ERC 3b, recuperada
  - DM2 descompensada
  - Hipotiroidismo en tratamiento

INDICACIONES AL ALTA:
  1. Amoxicilina/acido clavulanico: NO (alergia). Completar cefuroximo 500 mg VO c/12 h por 3 dias mas
  2. Insulina NPH 22 UI SC antes del desayuno y 12 UI SC a las 22 h
  3. Losartan 25 mg VO cada 12 h
  4. Levotiroxina 100 mcg VO en ayunas
  5. Paracetamol 1 g VO cada 8 h SOS dolor o fiebre
  6. Control en CESFAM en 7 dias con glicemias capilares, control con diabetologia en 1 mes

Medico tratante: Dra. [[N|Francisca Irarrazaval]]   RUT [[RUT*|{rut(15620118)}]]
""", [("ceftriaxona", None, None, None), ("azitromicina", None, None, None), ("cefuroximo", "500 mg", "VO", "c/12 h"), ("Insulina NPH", "22 UI", "SC", "antes del desayuno"),
      ("Losartan", "25 mg", "VO", "cada 12 h"), ("Levotiroxina", "100 mcg", "VO", "en ayunas"),
      ("Paracetamol", "1 g", "VO", "cada 8 h SOS dolor o fiebre")],
     [("DM2 IR", "E11.9"), ("HTA", "I10"), ("ERC etapa 3b", "N18.32"), ("hipotiroidismo", "E03.9"),
      ("artrosis de rodillas", "M17.0"), ("Neumonia adquirida en la comunidad grave por neumococo, resuelta", "J13"),
      ("Sepsis de foco pulmonar", "A40.3"), ("Delirium hipoactivo, resuelto", "F05"),
      ("Injuria renal aguda sobre ERC 3b, recuperada", "N17.9"), ("DM2 descompensada", "E11.65"),
      ("Hipotiroidismo en tratamiento", "E03.9")],
     negated=["cetonemia"], stopped=["Amoxicilina/acido clavulanico"])

note("referral", "h7-es-cl-15", "CL", "es", f"""SOLICITUD DE INTERCONSULTA (SIC)
Establecimiento de origen: CESFAM Dr. Alberto Reyes - Servicio de Salud Metropolitano Sur Oriente
Especialidad a la que deriva: CARDIOLOGIA           Prioridad: ALTA - GES si

Nombre del paciente: [[N|Luis Alberto Carrasco Vidal]]
Run: [[RUT*|{typo(rut(9871240, bad=True, dots=False))}]]     Edad: 63     Sexo: M     Fono: [[T|22 2841 7710]]
Direccion: [[A|Av. Concha y Toro 2210 depto 44, Puente Alto]]

Hipotesis diagnostica: Insuficiencia cardiaca de reciente diagnostico? / Bloqueo completo de rama izquierda
Fundamento: disnea CF II-III de 2 meses, edema de EEII, ECG con BCRI nuevo. ProBNP 2100.
Antecedentes: HTA (PSCV), dislipidemia, tabaquismo suspendido 2020. Sin DM.
Examenes realizados: ECG, perfil lipidico, creatinina 1,0, Rx torax con cardiomegalia.
Tratamiento actual: enalapril 10 mg c/12 hrs, atorvastatina 20 mg noche, furosemida 20 mg en la mañana (inicio hoy).
Se solicita: ecocardiograma y evaluacion por especialista.
Profesional: [[N|Camila Orellana Pizarro]], medico EDF   RUT [[RUT*|{rut(17334906)}]]
""", [("enalapril", "10 mg", None, "c/12 hrs"), ("atorvastatina", "20 mg", None, "noche"),
      ("furosemida", "20 mg", None, "en la mañana")],
     [("Insuficiencia cardiaca de reciente diagnostico", "I50.9"), ("Bloqueo completo de rama izquierda", "I44.7"),
      ("HTA", "I10"), ("dislipidemia", "E78.5")],
     negated=["DM"])

note("transfer summary", "h7-es-cl-16", "CL", "es", f"""SAR LA FLORIDA - HOJA DE DERIVACION / TRASLADO A HOSPITAL
Hora 04:12   Movil SAMU 214
Paciente [[N|Benjamin Ignacio Soto Araya]], 8 años, [[RUT|{bare(rut(24318077))}]], acompañado por su padre [[N|Cristian Soto]]
Motivo de traslado: sospecha de apendicitis aguda, requiere evaluacion por cirugia infantil (no disponible en SAR).
Historia: dolor periumbilical desde ayer que migra a FID, 2 vomitos, anorexia. Sin diarrea. Sin sintomas urinarios.
Ex fisico: T 38,2, FC 120, Blumberg (+), Rovsing (+). Alvarado 8.
Lab: leucocitos 16.400, PCR 88.
Tratamiento administrado: SF 0,9% 400 ml EV en bolo, metamizol 500 mg EV por una vez, ondansetron 4 mg EV.
Regimen cero. Diagnostico de traslado: Abdomen agudo, probable apendicitis aguda.
Se comunica con residente de cirugia infantil Hospital Sotero del Rio, Dr. [[N|Rodrigo Fuenzalida]], quien acepta.
Medico SAR: [[N|Javiera Pino]]  COLMED [[CED*|31.224]]
""", [("SF 0,9%", "400 ml", "EV", "en bolo"), ("metamizol", "500 mg", "EV", "por una vez"), ("ondansetron", "4 mg", "EV", None)],
     [("Abdomen agudo, probable apendicitis aguda", "K35.80")],
     negated=["diarrea", "sintomas urinarios"])

note("obstetric consult", "h7-es-cl-17", "CL", "es", f"""CONTROL PRENATAL - CESFAM Pedro de Valdivia, Temuco
Gestante: [[N|Ayelen Catrileo Huenchullan]]  RUT: [[RUT*|{rut(19552803)}]]  FUR 14/05/2026  EG: 28+3 sem
Pareja: [[N|Felipe Millan]]   Fono contacto [[T|9 7781 2260]]
G2P1A0. Antecedente de preeclampsia en embarazo anterior (2022) y obesidad pregestacional (IMC 33).
Hoy: PA 134/86, AU 27 cm, LCF 144 lpm, movimientos fetales (+). Sin edema. No cefalea, sin fotopsias, niega epigastralgia.
PTGO 75 g: basal 98, 2 h 164 -> alterada.
Diagnosticos: Embarazo de 28+3 semanas; Diabetes gestacional; Obesidad; Riesgo de preeclampsia
Indicaciones:
  - aspirina 100 mg VO cada noche hasta las 36 semanas
  - carbonato de calcio 1 g VO al dia
  - sulfato ferroso 200 mg VO con jugo de naranja diario
  - derivacion a ARO y nutricionista, pauta de autocontrol glicemico
Matrona: [[N|Marcela Neculman]]
""", [("aspirina", "100 mg", "VO", "cada noche"), ("carbonato de calcio", "1 g", "VO", "al dia"),
      ("sulfato ferroso", "200 mg", "VO", "diario")],
     [("preeclampsia en embarazo anterior", "O09.29"), ("obesidad pregestacional", "E66.9"),
      ("Embarazo de 28+3 semanas", "Z3A.28"), ("Diabetes gestacional", "O24.419"), ("Obesidad", "E66.9"), ("Riesgo de preeclampsia", "O09.899")],
     negated=["edema", "cefalea", "fotopsias", "epigastralgia"])

# ======================================= Peru ======================================================================
note("emergency", "h7-es-pe-18", "PE", "es", """ESSALUD - HOSPITAL NACIONAL EDGARDO REBAGLIATI MARTINS
SERVICIO DE EMERGENCIA - TOPICO DE MEDICINA
Apellidos y nombres: [[N|QUISPE MAMANI, Teodoro]]     DNI: [[DNI*|09473318]]    Autogenerado: [[R*|4603121QPMMT004]]
Edad: 60 a   Procedencia: [[A|Jr. Los Incas 455, San Juan de Lurigancho]]   Telf: [[T|987 654 120]]
Hora: 14:50
Relato: paciente con antecedente de cirrosis hepatica por alcohol Child B, acude por vomitos con sangre rojo rutilante
en 3 oportunidades y deposiciones negras desde ayer. Refiere mareos. Niega dolor abdominal. No ha tomado AINES.
Funciones vitales: PA 88/50, FC 124, FR 22, T 36.4, SatO2 95%.
Examen: palidez marcada, ictericia leve, ascitis moderada, asterixis ausente. Tacto rectal: melena.
Hb 6.9 g/dl, plaquetas 62 000, INR 1.8.
DIAGNOSTICOS:
1) Hemorragia digestiva alta variceal probable  2) Shock hipovolemico grado II  3) Cirrosis hepatica Child-Pugh B
PLAN:
- NPO, 2 vias perifericas 18G
- ClNa 9%o 1000 cc EV a chorro luego 500 cc
- Paquete globular 2 unidades
- Octreotide 50 mcg EV en bolo, luego 50 mcg/h en infusion
- Omeprazol 80 mg EV stat
- Ceftriaxona 1 g EV c/24h (profilaxis)
- Interconsulta a gastroenterologia para EDA de urgencia
Dr. [[N|Renzo Valdivia Chavez]]   CMP [[CED*|047721]]
""", [("ClNa 9%o", "1000 cc", "EV", "a chorro luego 500 cc"), ("Paquete globular", "2 unidades", None, None),
      ("Octreotide", "50 mcg", "EV", "en bolo, luego 50 mcg/h en infusion"), ("Omeprazol", "80 mg", "EV", "stat"),
      ("Ceftriaxona", "1 g", "EV", "c/24h")],
     [("cirrosis hepatica por alcohol Child B", "K70.30"), ("Hemorragia digestiva alta variceal probable", "I85.11"),
      ("Shock hipovolemico grado II", "R57.1"), ("Cirrosis hepatica Child-Pugh B", "K74.60")],
     negated=["dolor abdominal", "asterixis"])

note("SOAP", "h7-es-pe-19", "PE", "es", """HOSPITAL REGIONAL DE CUSCO - MEDICINA INTERNA  Cama 22
NOTA DE EVOLUCION   29/11/26  07:30
Pac. [[N|Yupanqui Ccahuana, Justina]]   HCl: [[R*|00821937]]   SIS: [[R*|7-08112345]]
S: Refiere menos tos, ya no tiene fiebre desde anoche. Apetito disminuido. Hija [[N|Nilda]] la acompaña.
O: PA 110/70  FC 88  FR 20  T 36.8  Sat 89% (a 3400 msnm, basal 88-90)
   MV pasa disminuido en ACP derecho, crepitantes escasos. Abd blando. No edemas.
   BK en esputo x2 positivo (++). VIH no reactivo. Glucosa 96.
A:
  # Tuberculosis pulmonar frotis positivo, caso nuevo
  # Desnutricion proteico calorica moderada
  # Anemia leve
P: Esquema sensible (1ra fase): Isoniacida 300 mg VO c/24h, Rifampicina 600 mg VO c/24h, Pirazinamida 1500 mg VO c/24h,
   Etambutol 1200 mg VO c/24h, en ayunas y en presencia del personal (DOT).
   Piridoxina 50 mg VO c/24h. Notificacion a ESN-PCT. Estudio de contactos (hija y 2 nietos).
Dr. [[N|Wilber Huaman]] CMP [[CED*|66310]]    Vo Bo: Dra. [[N|Carmen Rosa Farfan]] CMP [[CED*|39820]] RNE [[CED*|21044]]
""", [("Isoniacida", "300 mg", "VO", "c/24h"), ("Rifampicina", "600 mg", "VO", "c/24h"), ("Pirazinamida", "1500 mg", "VO", "c/24h"),
      ("Etambutol", "1200 mg", "VO", "c/24h"), ("Piridoxina", "50 mg", "VO", "c/24h")],
     [("Tuberculosis pulmonar frotis positivo, caso nuevo", "A15.0"), ("Desnutricion proteico calorica moderada", "E44.0"),
      ("Anemia leve", "D64.9")],
     negated=["fiebre", "edemas", "VIH"])

note("death summary", "h7-es-pe-20", "PE", "es", """CLINICA SAN PABLO - SURCO
EPICRISIS DE FALLECIMIENTO
Paciente: Sr. [[N|Augusto Cesar Benavides Llosa]]   DNI [[DNI*|07218845]]   H.C. [[R*|SP-220871]]
Fecha de nacimiento: [[B|12 de diciembre de 1938]]     Seguro: Pacifico EPS, poliza [[R*|PAC-0098812]]
Familiar responsable: [[N|Gabriela Benavides Rey]] (hija), [[T|+51 1 448 2310]], [[E|gbenavides@pucp.edu.pe]]
Ingreso: 24/11/2026 por UCI. Fallece: 30/11/2026 03:25 h.
Resumen: varon de 87 años con antecedentes de Parkinson avanzado, demencia mixta, HTA y FA cronica anticoagulada con
warfarina (suspendida al ingreso por INR 6.2). Ingresa por neumonia aspirativa con insuficiencia respiratoria. Recibio
meropenem y vancomicina, soporte con vasopresores. Por voluntad anticipada y acuerdo con la familia no se intuba (LET).
Evoluciona con falla multiorganica y fallece acompañado por sus hijos.
Causa basica de muerte: Enfermedad de Parkinson (G20)
Causa intermedia: Neumonia aspirativa (J69.0)
Causa final: Shock septico (R65.21)
Otros estados patologicos: demencia mixta; HTA; FA cronica
Certifica: Dr. [[N|Diego Salazar Miro Quesada]]  CMP [[CED*|28011]]  RNE [[CED*|14552]]
""", [("meropenem", None, None, None), ("vancomicina", None, None, None)],
     [("Parkinson avanzado", "G20"), ("demencia mixta", "F01.50"), ("HTA", "I10"), ("FA cronica anticoagulada", "I48.20"),
      ("neumonia aspirativa con insuficiencia respiratoria", "J69.0"), ("Enfermedad de Parkinson", "G20"),
      ("Neumonia aspirativa", "J69.0"), ("Shock septico", "R65.21"), ("falla multiorganica", "R68.89"), ("FA cronica", "I48.20")],
     stopped=["warfarina"])

# ======================================= Brazil (Portuguese-flavoured Spanish) =====================================
note("SOAP", "h7-es-br-21", "BR", "es", f"""HOSPITAL SANTA CASA DE MISERICORDIA DE PORTO ALEGRE - AMBULATORIO DE CLINICA MEDICA
Evolucao medica / nota de consulta
Paciente: [[N|Joao Batista Fagundes]]    Prontuario: [[R*|2.311.078]]    CPF: [[CPF*|{cpf("412087335")}]]
Cartao SUS: [[R*|708 2034 1176 5521]]    Data de nascimento: [[B|09/09/1957]]
Endereco: [[A|Rua Voluntarios da Patria 1820, ap 302, bairro Floresta, Porto Alegre - RS]]  Fone: [[T|(51) 99812-4471]]
S: Vem para revisao. Refere dispneia aos grandes esforcos, nega dor toracica, nega sincope. Parou de fumar ha 2 anos.
Relata tosse cronica matinal. Nega hemoptise.
O: PA 142/88 FC 72 SpO2 94% AA. Ausculta: MV diminuido difusamente, sibilos esparsos. Sem edema de MMII.
Espirometria: VEF1/CVF 0,58, VEF1 54% pos-BD.
A: 1. DPOC GOLD 2 grupo B  2. HAS estagio 1 nao controlada  3. Dislipidemia
P: - tiotropio 2,5 mcg 2 jatos inalatorio 1x/dia
   - formoterol + budesonida 12/400 mcg 1 capsula inalatoria de 12/12h
   - anlodipino 5 mg VO 1x ao dia (novo)
   - sinvastatina 40 mg VO a noite
   - suspendo captopril (tosse?)
   Vacina influenza e pneumococica 23 atualizadas. Retorno 3 meses.
Dr. [[N|Rafael Zanella Bortolini]]  CRM-RS [[CED*|28.447]]
""", [("tiotropio", "2 jatos", "inalatorio", "1x/dia"), ("formoterol + budesonida", "1 capsula", "inalatoria", "de 12/12h"),
      ("anlodipino", "5 mg", "VO", "1x ao dia"), ("sinvastatina", "40 mg", "VO", "a noite")],
     [("DPOC GOLD 2 grupo B", "J44.9"), ("HAS estagio 1 nao controlada", "I10"), ("Dislipidemia", "E78.5")],
     negated=["dor toracica", "sincope", "hemoptise", "edema de MMII"], stopped=["captopril"])

note("discharge", "h7-es-br-22", "BR", "es", f"""HOSPITAL DAS CLINICAS - FMUSP   INSTITUTO CENTRAL
SUMARIO DE ALTA HOSPITALAR
Nome: [[N|Maria das Gracas Nogueira Lima]]   RGHC: [[R*|3041772H]]
CPF [[CPF*|{typo(cpf("027559184", bad=True))}]]   Nasc.: [[B|15/jul/1972]]
Acompanhante: [[N|Antonio Carlos Lima]] (marido) tel [[T|+55 11 97431-0082]]
Internacao: 20/11/2026 - Alta: 29/11/2026   Clinica: Gastroenterologia
Motivo da internacao: dor abdominal em barra, vomitos, lipase 2400.
Diagnosticos:
 - Pancreatite aguda biliar, forma moderada (K85.10)
 - Colelitiase
 - Diabetes mellitus tipo 2
 - Esteatose hepatica
Procedimentos: CPRE com papilotomia em 23/11. Colecistectomia programada para 6 semanas.
Nao apresentou necrose pancreatica na TC. Sem sinais de colangite.
Prescricao de alta:
 1. Dipirona 1 g VO de 6/6h se dor
 2. Omeprazol 20 mg VO em jejum
 3. Metformina 850 mg VO apos almoco e jantar
 4. Ondansetrona 8 mg VO se nausea
Suspensa a glicazida durante a internacao; nao retomar ate o retorno.
Medica responsavel: Dra. [[N|Patricia Yamamoto]]  CRM-SP [[CED*|142.335]]
""", [("Dipirona", "1 g", "VO", "de 6/6h se dor"), ("Omeprazol", "20 mg", "VO", "em jejum"),
      ("Metformina", "850 mg", "VO", "apos almoco e jantar"), ("Ondansetrona", "8 mg", "VO", "se nausea")],
     [("Pancreatite aguda biliar, forma moderada", "K85.10"), ("Colelitiase", "K80.20"), ("Diabetes mellitus tipo 2", "E11.9"),
      ("Esteatose hepatica", "K76.0")],
     negated=["necrose pancreatica", "colangite"], stopped=["glicazida"])

note("prescription", "h7-es-br-23", "BR", "es", f"""RECEITUARIO DE CONTROLE ESPECIAL - 1a via farmacia / 2a via paciente
Emitente: Dr. [[N|Marcelo Tavares Leite]] - Psiquiatria - CRM [[CED*|52.87331-4]] RJ
[[A|Rua Visconde de Piraja 351 sala 1104, Ipanema, Rio de Janeiro]]  [[T|(21) 2522-8019]]
Paciente: [[N|Fernanda Cristina Moura]]   [[CPF|{bare(cpf("133604228"))}]]
Endereco: [[A|Rua Barao de Mesquita 880 bl 2 ap 504, Tijuca]]
Prescricao:
 Clonazepam 2 mg ---------- 30 comprimidos
   Tomar 1/2 comprimido por via oral a noite
 Sertralina 50 mg --------- 60 comprimidos
   Tomar 1 comprimido pela manha por 15 dias, depois 2 comprimidos pela manha
Cid: F41.0 transtorno de panico
""", [("Clonazepam", "1/2 comprimido", "por via oral", "a noite"), ("Sertralina", "1 comprimido", None, "pela manha")],
     [("transtorno de panico", "F41.0")])

# ======================================= Ecuador ===================================================================
note("emergency", "h7-es-ec-24", "EC", "es", f"""MINISTERIO DE SALUD PUBLICA - HOSPITAL GENERAL GUASMO SUR, GUAYAQUIL
FORMULARIO 008 - EMERGENCIA
1. REGISTRO DE ADMISION
Apellido paterno: [[N|VERA]]  Apellido materno: [[N|ALCIVAR]]  Nombres: [[N|JOSE LUIS]]
N° cedula de ciudadania: [[DNI*|{typo(cedula_ec("092277145", bad=True))}]]   N° Historia clinica: [[R*|488102]]
Fecha de nacimiento: [[B|1986-02-11]]   Direccion: [[A|Coop. Union de Bananeros Bloque 3, Mz 12 Solar 7]]   Telef: [[T|0991 224 873]]
En caso necesario avisar a: [[N|Karina Mite]] (conviviente)  [[T|0987 113 050]]
2. INICIO DE ATENCION  hora 01:20   Causa: trauma   Via: accidente de transito (motociclista sin casco)
3. ENFERMEDAD ACTUAL: paciente traido por ECU 911, con perdida de conciencia transitoria, herida en cuero cabelludo,
dolor y deformidad en pierna izquierda. Aliento etilico. Niega dolor cervical. No vomitos.
4. SIGNOS VITALES: TA 130/80 FC 102 FR 20 T 36.5 SatO2 97% Glasgow 14/15
5. EXAMEN FISICO: herida contusa de 6 cm en region parietal, pierna izq con deformidad y crepitacion 1/3 medio, pulsos distales presentes.
6. DIAGNOSTICO   CIE   PRE/DEF
   TEC leve               S06.0   PRE
   Fractura de tibia y perone izquierdo cerrada   S82.20  PRE
   Herida contusa de cuero cabelludo   S01.0   DEF
   Intoxicacion alcoholica aguda   F10.129   PRE
7. PLAN DE TRATAMIENTO
   Cloruro de sodio 0.9% 1000 ml IV a 120 ml/h
   Tramadol 100 mg IV diluido STAT
   Toxoide tetanico 0.5 ml IM STAT
   Cefazolina 2 g IV c/8h
   Sutura de herida, ferula posterior, TAC de craneo simple, Rx de pierna izq, IC traumatologia
Profesional: Md. [[N|Jennifer Zambrano Cedeño]]   Codigo MSP [[CED*|0920417783]]
""", [("Cloruro de sodio 0.9%", "1000 ml", "IV", "a 120 ml/h"), ("Tramadol", "100 mg", "IV", "STAT"),
      ("Toxoide tetanico", "0.5 ml", "IM", "STAT"), ("Cefazolina", "2 g", "IV", "c/8h")],
     [("TEC leve", "S06.0"), ("Fractura de tibia y perone izquierdo cerrada", "S82.20"),
      ("Herida contusa de cuero cabelludo", "S01.0"), ("Intoxicacion alcoholica aguda", "F10.129")],
     negated=["dolor cervical", "vomitos"])

note("referral", "h7-es-ec-25", "EC", "es", f"""FORMULARIO 053 - CONTRARREFERENCIA
Unidad que contrarrefiere: Hospital de Especialidades Eugenio Espejo - Servicio de Reumatologia
Unidad receptora: Centro de Salud Chimbacalle (Quito)
La paciente [[N|Sisa Pilar Guamán Lema]], portadora de la cedula [[DNI|{bare(cedula_ec("171928334"))}]], de 38 años, fue valorada el 27/11/2026.
HALLAZGOS: artralgias inflamatorias de manos de 8 meses, rigidez matinal de 2 horas, sinovitis en MCF 2-3 bilateral.
FR 88 UI/ml, anti-CCP > 200, VSG 42. Rx manos: osteopenia yuxtaarticular sin erosiones.
DIAGNOSTICOS: Artritis reumatoide seropositiva de reciente inicio (M05.79), actividad moderada (DAS28 4.6); deficit de vitamina D
TRATAMIENTO INSTAURADO:
 - Metotrexato 15 mg VO una vez por semana (los lunes)
 - Acido folico 5 mg VO una vez por semana (los martes)
 - Prednisona 5 mg VO cada dia por 3 meses y luego retirar
 - Colecalciferol 50000 UI VO cada semana x 8 semanas
Se descarta lupus (ANA negativo). No se encontro infeccion por tuberculosis latente (QuantiFERON negativo).
Control en 3 meses con biometria, TGO, TGP y creatinina.
Medico: Dr. [[N|Patricio Andrade Villacis]], reumatologo.  Reg. ACESS [[CED*|1703-2011-1190231]]
""", [("Metotrexato", "15 mg", "VO", "una vez por semana (los lunes)"), ("Acido folico", "5 mg", "VO", "una vez por semana (los martes)"),
      ("Prednisona", "5 mg", "VO", "cada dia por 3 meses"), ("Colecalciferol", "50000 UI", "VO", "cada semana x 8 semanas")],
     [("Artritis reumatoide seropositiva de reciente inicio", "M05.79"), ("deficit de vitamina D", "E55.9")],
     negated=["lupus", "tuberculosis latente"])

note("home visit", "h7-es-ec-26", "EC", "es", """VISITA DOMICILIARIA - EAIS Centro de Salud Tipo A San Pablo del Lago (Otavalo)
Usuario: [[N|Rosa Elena Cacuango]], 84 a, postrada en cama. Cuidadora: su nuera [[N|Mercedes Farinango]].
Ubicacion: [[A|comunidad de Araque, casa de bloque color verde a dos cuadras de la escuela, junto a la tienda de la Sra. Lucila]]
Contacto: [[T|06 291 8840]]
Motivo de visita: seguimiento de paciente con discapacidad y control de ulcera por presion.
Antecedentes: secuela de ECV hemorragico (2023) con hemiplejia izquierda, HTA, incontinencia urinaria.
Hallazgos: TA 150/90, FC 80, afebril, consciente, orientada parcialmente. Ulcera sacra grado II de 4x3 cm, lecho limpio,
sin signos de infeccion. No tiene dolor. Hidratacion adecuada. Sin disfagia referida.
Impresion: Ulcera por presion sacra grado II, HTA no controlada, sindrome de inmovilidad.
Acciones: curacion con solucion salina y apósito hidrocoloide cada 3 dias; cambios de posicion c/2h (se educa a la cuidadora).
Enalapril 10 mg VO cada 12 horas (aumenta desde c/24h). Paracetamol 500 mg VO cada 8 horas si tiene dolor.
Proxima visita en 7 dias. Lcda. enf. [[N|Maritza Quilumbaquin]] / Md. [[N|Andres Pozo]]
""", [("Enalapril", "10 mg", "VO", "cada 12 horas"),
      ("Paracetamol", "500 mg", "VO", "cada 8 horas si tiene dolor")],
     [("secuela de ECV hemorragico", "I69.159"), ("HTA", "I10"), ("incontinencia urinaria", "R32"),
      ("Ulcera por presion sacra grado II", "L89.152"), ("HTA no controlada", "I10"), ("sindrome de inmovilidad", "M62.3")],
     negated=["signos de infeccion", "dolor", "disfagia"])

# ======================================= Uruguay ===================================================================
note("emergency", "h7-es-uy-27", "UY", "es", f"""SEMM - EMERGENCIA MOVIL   Servicio a domicilio  Clave 1
Usuario: [[N|Pereira Rodriguez, Washington]]   C.I. [[DNI*|{ci_uy("1408772")}]]   Edad 74   Socio N° [[R*|338190-2]]
Domicilio: [[A|Bv. Artigas 2815 apto 602 esq. Av. Italia, Montevideo]]   Tel [[T|2487 5519]]
Llamado por: [[N|Graciela]] (esposa)
Hora de llegada 10:42. Paciente con dolor toracico opresivo de 40 min, irradiado a mandibula, con sudoracion y nauseas.
AP: HTA, dislipemia, DM tipo 2, ex-fumador. Revascularizacion miocardica 2018.
Medicacion habitual: atenolol 50 mg/dia, atorvastatina 40, metformina 850 c/12h. Alergico a la dipirona.
EF: PA 150/90, FC 92, Sat 95%, sin crepitantes, sin soplos.
ECG 12 derivaciones: supradesnivel del ST en DII, DIII, aVF 3 mm con imagen especular en DI-aVL.
Dx: SCA con elevacion del ST inferior (I21.1). Killip I.
Tratamiento en domicilio: AAS 300 mg VO masticado, clopidogrel 300 mg VO, nitroglicerina 0,5 mg SL, morfina 3 mg IV lento.
Se coordina traslado con CASMU hemodinamia (aviso a Dr. [[N|Fabian Rovira]]), puerta-balon estimado 60 min.
Medico: [[N|Lucia Bentancor]]  CJP [[CED*|84211]]
""", [("atenolol", "50 mg", None, "/dia"), ("atorvastatina", "40", None, None), ("metformina", "850", None, "c/12h"),
      ("AAS", "300 mg", "VO", "masticado"), ("clopidogrel", "300 mg", "VO", None), ("nitroglicerina", "0,5 mg", "SL", None),
      ("morfina", "3 mg", "IV", "lento")],
     [("HTA", "I10"), ("dislipemia", "E78.5"), ("DM tipo 2", "E11.9"), ("SCA con elevacion del ST inferior", "I21.1")],
     negated=["crepitantes", "soplos"])

note("specialist consult", "h7-es-uy-28", "UY", "es", f"""POLICLINICA DE CARDIOLOGIA - HOSPITAL DE CLINICAS DR. MANUEL QUINTELA
Paciente: [[N|Marisa Techera Olivera]]    Cedula de identidad: [[DNI*|{typo(ci_uy("3870124", bad=True))}]]    Registro: [[R*|HC-0774012]]
FN: [[B|21/10/1962]]   Prestador: ASSE
Consulta de control. Refiere palpitaciones ocasionales. Niega angor, no sincopes, no disnea.
Antecedentes personales: valvulopatia reumatica, estenosis mitral moderada; FA paroxistica; hipotiroidismo.
Ecocardiograma (10/2026): area valvular mitral 1,3 cm2, gradiente medio 7 mmHg, AI 48 mm, FEVI 60%.
Medicacion: warfarina segun INR (objetivo 2-3, ultimo 2.4), bisoprolol 2.5 mg/dia, levotiroxina 50 mcg en ayunas.
Se suspende la amiodarona (TSH 8.2).
Impresion: Estenosis mitral reumatica moderada, FA paroxistica en ritmo sinusal hoy, hipotiroidismo inducido por amiodarona
Plan: derivo a valoracion de valvuloplastia percutanea. Control INR mensual. Profilaxis de fiebre reumatica con penicilina benzatinica 1.200.000 UI IM cada 21 dias.
Dr. [[N|Nicolas Sienra]]  Cardiologo
""", [("warfarina", None, None, "segun INR"), ("bisoprolol", "2.5 mg", None, "/dia"), ("levotiroxina", "50 mcg", None, "en ayunas"),
      ("penicilina benzatinica", "1.200.000 UI", "IM", "cada 21 dias")],
     [("valvulopatia reumatica, estenosis mitral moderada", "I05.0"), ("FA paroxistica", "I48.0"), ("hipotiroidismo", "E03.9"),
      ("Estenosis mitral reumatica moderada", "I05.0"), ("FA paroxistica en ritmo sinusal hoy", "I48.0"),
      ("hipotiroidismo inducido por amiodarona", "E03.2")],
     negated=["angor", "sincopes", "disnea"], stopped=["amiodarona"])

note("vaccination", "h7-es-uy-29", "UY", "es", f"""VACUNATORIO CHLA-EP - Sede Salto
REGISTRO DE VACUNACION (SIV)
Niño/a: [[N|Thiago Benjamin Silveira Pintos]]   [[DNI|{bare(ci_uy("6021557"))}]]   F. de nacimiento: [[B|03 de junio de 2025]]
Responsable: [[N|Camila Pintos]] (madre)  cel [[T|099 432 118]]
Control de los 18 meses. Certificado Esquema de Vacunacion vigente.
Vacunas aplicadas hoy:
  - SRP (sarampion, rubeola, paperas) 2da dosis 0.5 ml SC brazo izquierdo
  - Pentavalente 4ta dosis (refuerzo) 0.5 ml IM muslo derecho
  - Hepatitis A 2da dosis 0.5 ml IM muslo izquierdo
Sin reacciones adversas en dosis previas. Sin fiebre en la ultima semana. No tiene alergia al huevo.
Antecedentes: bronquiolitis a los 4 meses (internado 3 dias), dermatitis atopica leve.
Observacion: 30 min, sin eventos. Paracetamol gotas 10 gotas VO cada 6 h si fiebre.
Vacunadora: Lic. enf. [[N|Stella Maris Godoy]]
""", [("SRP", "0.5 ml", "SC", "2da dosis"), ("Pentavalente", "0.5 ml", "IM", "4ta dosis (refuerzo)"),
      ("Hepatitis A", "0.5 ml", "IM", "2da dosis"), ("Paracetamol", "10 gotas", "VO", "cada 6 h si fiebre")],
     [("bronquiolitis", "J21.9"), ("dermatitis atopica leve", "L20.9")],
     negated=["reacciones adversas", "fiebre", "alergia al huevo"])

# ======================================= Venezuela =================================================================
note("admission", "h7-es-ve-30", "VE", "es", """HOSPITAL UNIVERSITARIO DE CARACAS - SERVICIO DE MEDICINA 3
HISTORIA CLINICA DE INGRESO
Nombre y apellido: [[N|Yusmary del Valle Gonzalez Rondon]]   C.I.: [[DNI*|V-18.342.907]]   Edad: 38 años
Lugar y fecha de nacimiento: Maturin, [[B|26/04/1988]]   Historia N°: [[R*|1.284.338]]
Direccion: [[A|Petare, barrio Jose Felix Ribas, zona 10, calle El Carmen casa 14]]   Tlf: [[T|0414-2281077]]
Familiar: [[N|Jose Gregorio Rondon]] (hermano) [[T|0424-9910331]]
MOTIVO DE CONSULTA: fiebre y dolor articular
ENFERMEDAD ACTUAL: 5 dias de fiebre de 39-40 C, cefalea retroocular, mialgias, artralgias intensas en manos y tobillos,
exantema maculopapular en tronco desde ayer. Refiere gingivorragia leve. Niega vomitos persistentes, no dolor abdominal,
no sangrado vaginal.
ANTECEDENTES PERSONALES: asma intermitente, anemia ferropenica. Quirurgicos: cesarea 2015. Alergias: niega.
EXAMEN FISICO: TA 100/60, FC 98, T 38.3, prueba del torniquete positiva. Hepatomegalia a 2 cm del reborde costal.
LABORATORIO: Hto 46%, plaquetas 38.000/mm3, leucocitos 2.900, TGO 210, TGP 180, albumina 3.1. NS1 positivo.
IMPRESION DIAGNOSTICA
1.- Dengue con signos de alarma (A97.1)
2.- Trombocitopenia severa
3.- Hepatitis reactiva
4.- Asma intermitente, estable
PLAN: hidratacion con solucion 0.9% 7 ml/kg/h EV por 2 horas y reevaluar; acetaminofen 1 g VO c/6h si T > 38.5;
omeprazol 40 mg EV OD. No AINES ni salicilatos. Hto y plaquetas c/6h. Salbutamol inhalado 2 puff PRN sibilancias.
Dr. [[N|Reinaldo Marcano]], residente de postgrado. MPPS [[CED*|97.310]]  CMDC [[CED*|31.882]]
""", [("solucion 0.9%", "7 ml/kg/h", "EV", "por 2 horas"), ("acetaminofen", "1 g", "VO", "c/6h si T > 38.5"),
      ("omeprazol", "40 mg", "EV", "OD"), ("Salbutamol", "2 puff", "inhalado", "PRN sibilancias")],
     [("asma intermitente", "J45.20"), ("anemia ferropenica", "D50.9"), ("Dengue con signos de alarma", "A97.1"),
      ("Trombocitopenia severa", "D69.6"), ("Hepatitis reactiva", "K75.9"), ("Asma intermitente, estable", "J45.20")],
     negated=["vomitos persistentes", "dolor abdominal", "sangrado vaginal", "Alergias"])

note("prescription", "h7-es-ve-31", "VE", "es", """RECIPE                                   INDICACIONES
Dra. [[N|Maria Alejandra Briceño]] - Medicina Interna / Diabetologia
C.I. [[DNI*|12.662.410]]  M.S.A.S. [[CED*|51.904]]  C.M. Edo. Zulia [[CED*|8.877]]
Centro Clinico Maracaibo, consultorio 2-14.  [[T|0261-7978810]]

Paciente: Sr. [[N|Nestor Urdaneta]]   CI [[DNI*|V-5.802.119]]    Maracaibo, 26/11/2026

1. Sitagliptina/Metformina 50/1000 mg: 1 tableta despues del desayuno y 1 despues de la cena
2. Insulina Glargina (Lantus) 100 UI/ml: aplicar 16 unidades subcutaneas a las 9 pm
3. Irbesartan 300 mg: 1 tab diaria
4. Acido acetilsalicilico 81 mg: 1 tab despues del almuerzo
5. Timolol 0.5% gotas oftalmicas: 1 gota en cada ojo cada 12 horas

Dx: Diabetes mellitus tipo 2 mal controlada. Hipertension arterial. Glaucoma cronico de angulo abierto.
Omitir la glimepirida.
""", [("Sitagliptina/Metformina", "50/1000 mg", None, "despues del desayuno y 1 despues de la cena"),
      ("Insulina Glargina", "16 unidades", "subcutaneas", "a las 9 pm"), ("Irbesartan", "300 mg", None, "diaria"),
      ("Acido acetilsalicilico", "81 mg", None, "despues del almuerzo"),
      ("Timolol 0.5%", "1 gota", "oftalmicas", "cada 12 horas")],
     [("Diabetes mellitus tipo 2 mal controlada", "E11.65"), ("Hipertension arterial", "I10"),
      ("Glaucoma cronico de angulo abierto", "H40.10")], stopped=["glimepirida"])

note("pediatric consult", "h7-es-ve-32", "VE", "es", """INFORME MEDICO - CONSULTA DE NEFROLOGIA PEDIATRICA
Hospital J.M. de los Rios, Caracas
Se trata de preescolar femenino de 4 años, [[N|Valentina Sofia Herrera Lugo]], hija de [[N|Yenny Lugo]] y [[N|Carlos Herrera]],
natural y procedente de Los Teques, nacida el [[B|14/03/2022]], con historia N° [[R*|22-40917]], quien consulta por
edema palpebral matutino de 10 dias que progresa a edema generalizado.
Examen de orina: proteinas +++, sin hematuria. Proteinuria en 24 h: 68 mg/m2/h. Albumina serica 1.6 g/dl. Colesterol 412.
C3 y C4 normales. No HTA. Funcion renal conservada.
Diagnostico: Sindrome nefrotico idiopatico, primer episodio, probable cambios minimos.
Tratamiento: prednisona 2 mg/kg/dia (30 mg) VO en una toma diaria matutina por 6 semanas; omeprazol 10 mg VO diario;
calcio + vitamina D 500 mg/200 UI VO diario. Dieta normoproteica e hiposodica.
Se descarta sindrome nefritico. Control en 1 semana con tira reactiva diaria en casa.
Dra. [[N|Nathaly Guevara]], Nefrologo Pediatra  MPPS [[CED*|108.552]]
""", [("prednisona", "30 mg", "VO", "en una toma diaria matutina por 6 semanas"), ("omeprazol", "10 mg", "VO", "diario"),
      ("calcio + vitamina D", "500 mg/200 UI", "VO", "diario")],
     [("Sindrome nefrotico idiopatico, primer episodio, probable cambios minimos", "N04.0")],
     negated=["hematuria", "HTA", "sindrome nefritico"])

# ======================================= Bolivia ===================================================================
note("post-operative", "h7-es-bo-33", "BO", "es", """CAJA NACIONAL DE SALUD - HOSPITAL OBRERO N°1, LA PAZ
GINECO-OBSTETRICIA - NOTA POST OPERATORIA
Asegurada: [[N|Mamani Choque Lidia]]   Matricula: [[R*|86-0412-MCL]]   CI: [[DNI*|4789213 LP]]
Esposo: [[N|Freddy Condori Apaza]], cel. [[T|71523488]]
Cirugia: cesarea segmentaria transperitoneal + salpingoclasia bilateral (Pomeroy)
Indicacion: cesarea anterior x2 + trabajo de parto fase latente. Embarazo de 39 semanas.
Hallazgos: RN vivo femenino, peso 3120 g, Apgar 8-9, liquido amniotico claro. Utero y anexos sin alteraciones. Adherencias laxas.
Anestesia: raquidea. Sangrado estimado 600 ml. Sin complicaciones.
DIAGNOSTICO POSTOPERATORIO: Puerperio quirurgico inmediato; cesarea iterativa; esterilizacion quirurgica voluntaria
INDICACIONES:
 - Oxitocina 20 UI en 1000 ml de Ringer lactato IV a 125 ml/h
 - Cefazolina 1 g IV c/8h por 24 horas
 - Ketoprofeno 100 mg IV c/8h
 - Tramadol 50 mg IV c/8h si EVA > 5
 - Deambulacion precoz, lactancia materna exclusiva
Cirujano: Dr. [[N|Gonzalo Quiroga Vargas]]   Mat. Prof. [[CED*|Q-211]]   Ayudante: Dra. [[N|Wara Ticona]]
""", [("Oxitocina", "20 UI", "IV", "a 125 ml/h"), ("Ringer lactato", "1000 ml", "IV", "a 125 ml/h"),
      ("Cefazolina", "1 g", "IV", "c/8h por 24 horas"), ("Ketoprofeno", "100 mg", "IV", "c/8h"),
      ("Tramadol", "50 mg", "IV", "c/8h si EVA > 5")],
     [("cesarea anterior x2", "O34.21"), ("Embarazo de 39 semanas", "Z3A.39"), ("Puerperio quirurgico inmediato", "O90.89"),
      ("cesarea iterativa", "O34.21"), ("esterilizacion quirurgica voluntaria", "Z30.2")])

note("specialist consult", "h7-es-bo-34", "BO", "es", """CONSULTA EXTERNA CARDIOLOGIA - Hospital Viedma, Cochabamba
Pcte: [[N|Eusebio Rojas Flores]], 58 a, agricultor de Aiquile. CI [[DNI*|3102276 CB]].  Nro. H.C. [[R*|2019-44830]]
Viene con su hijo [[N|Ruben Rojas]].
Motivo: palpitaciones y mareos, 1 episodio de perdida de conocimiento hace 2 semanas.
Antecedentes: serologia para Chagas positiva (2019), nunca tratado. HTA hace 5 años. No DM. No fuma.
ECG: BRD + HBAI, extrasistoles ventriculares frecuentes. Holter: TVNS (3 episodios).
Eco: FEVI 38%, aneurisma apical, trombo no visible.
Impresion diagnostica: miocardiopatia chagasica cronica con disfuncion sistolica, TVNS, sincope de probable origen arritmico, HTA
Conducta:
  - amiodarona 200 mg VO c/12h x 2 semanas luego c/24h
  - carvedilol 6.25 mg VO c/12h
  - enalapril 5 mg VO c/12h
  - espironolactona 25 mg VO dia
  - se deja de lado el benznidazol por estadio avanzado y edad
  - referencia a electrofisiologia para evaluar DAI
Dr. [[N|Marco Antonio Zurita]]  Cardiologo  M.P. [[CED*|Z-4478]]
""", [("amiodarona", "200 mg", "VO", "c/12h x 2 semanas luego c/24h"), ("carvedilol", "6.25 mg", "VO", "c/12h"),
      ("enalapril", "5 mg", "VO", "c/12h"), ("espironolactona", "25 mg", "VO", "dia")],
     [("serologia para Chagas positiva", "B57.20"), ("HTA", "I10"),
      ("miocardiopatia chagasica cronica con disfuncion sistolica", "B57.2"), ("TVNS", "I47.2"),
      ("sincope de probable origen arritmico", "R55")],
     negated=["DM", "trombo"], stopped=["benznidazol"])

# ======================================= Paraguay ==================================================================
note("emergency", "h7-es-py-35", "PY", "es", """INSTITUTO DE PREVISION SOCIAL - HOSPITAL CENTRAL - URGENCIAS ADULTOS
Asegurado/a: [[N|Benitez Ojeda, Nilda Concepcion]]   C.I. N° [[DNI*|2.340.118]]   N° asegurado [[R*|0001-2340118]]
FN [[B|8 de agosto de 1966]]   Barrio [[A|San Vicente, calle Tte. Ettienne c/ Mcal. Estigarribia]], Asuncion
Contacto de emergencia: [[N|Derlis Ojeda]] (hermano) [[T|(0981) 334-902]]
Hora 18:05.  Consulta por cefalea intensa, vision borrosa y TA elevada en farmacia (210/120).
Conocida portadora de HTA hace 15 años, mal adherente; abandono el losartan hace 2 meses. DM2 con metformina 850 mg c/12h.
Niega dolor toracico, no deficit motor, no convulsion. Fondo de ojo: sin papiledema.
EF: TA 204/118 (repetida 198/116), FC 88, Glasgow 15/15, sin foco neurologico. Creatinina 1.1, EGO sin proteinuria.
Dx: crisis hipertensiva tipo urgencia hipertensiva; HTA estadio 3 no controlada / DM2
Tto: captopril 25 mg SL, repetir en 1 hora si TAD > 110; amlodipina 10 mg VO cada 24 horas (nuevo); retoma losartan 50 mg VO c/12h.
Alta con control en USF en 48 h. Dr. [[N|Hugo Cabañas]] Reg. Prof. [[CED*|9.812]]
""", [("metformina", "850 mg", None, "c/12h"), ("captopril", "25 mg", "SL", "repetir en 1 hora si TAD > 110"),
      ("amlodipina", "10 mg", "VO", "cada 24 horas"), ("losartan", "50 mg", "VO", "c/12h")],
     [("HTA", "I10"), ("DM2", "E11.9"), ("crisis hipertensiva tipo urgencia hipertensiva", "I16.0"),
      ("HTA estadio 3 no controlada", "I10")],
     negated=["dolor toracico", "deficit motor", "convulsion", "papiledema", "proteinuria"])

note("lab report", "h7-es-py-36", "PY", "es", """LABORATORIO DIAZ GILL - MEDICINA LABORATORIAL
Paciente ...... [[N|Gimenez Rolon, Arami]]                 Protocolo N° [[R*|261130-0772]]
Documento ..... CI [[DNI*|5.117.904]]                   Fecha de Nac. [[B|17.11.2000]]
Solicitante ... Dra. [[N|Sonia Villalba]]
Procedencia ... Ambulatorio                    Fecha: 30/11/2026
---------------------------------------------------------------
DETERMINACION              RESULTADO    UNIDAD    REF.
Antigeno NS1 Dengue        POSITIVO               Negativo
IgM Dengue                 NEGATIVO               Negativo
IgG Dengue                 NEGATIVO               Negativo
Hemoglobina                12.9         g/dl      12-16
Hematocrito                39           %         36-46
Plaquetas                  112.000      /mm3      150.000-450.000
Leucocitos                 3.100        /mm3      4.500-10.000
Beta hCG cuantitativa      < 2          mUI/ml    
---------------------------------------------------------------
Conclusion: Dengue en fase febril (primoinfeccion probable); leucopenia y trombocitopenia leve. Prueba de embarazo negativa.
Bioq. [[N|Osvaldo Fleitas]]  Reg. [[CED*|1144]]
""", [], [("Dengue en fase febril", "A90"), ("leucopenia", "D72.819"), ("trombocitopenia leve", "D69.6")],
     negated=["embarazo"])

# ======================================= Central America ===========================================================
note("SOAP", "h7-es-gt-37", "GT", "es", """IGSS - CONSULTORIO ZONA 5, GUATEMALA
Nota de evolucion - Medicina Interna
Afiliado: [[N|Cux Ajanel, Pedro Felipe]]   No. de afiliacion: [[R*|1-71-30448-2]]   DPI: [[DNI*|2574 88130 0101]]
FN: [[B|02-ene-1970]]  Tel. [[T|+502 5521 8870]]
S/ paciente de 56 años, refiere poliuria, polidipsia y perdida de 4 kg en 2 meses. No ha tenido vision borrosa, sin lesiones en pies.
Tomaba glibenclamida pero la dejo por su cuenta porque "le bajaba mucho el azucar".
O/ peso 71 kg, TA 132/84. Glucosa en ayunas 268, HbA1c 10.4%, creatinina 0.9, microalbuminuria 45 mg/g.
   Monofilamento normal bilateral.
A/ 1) Diabetes mellitus tipo 2 descompensada con nefropatia incipiente  2) Hipertrigliceridemia  3) Sobrepeso
P/ Insulina NPH 14 unidades SC antes del desayuno
   Metformina 850 mg VO con desayuno y cena
   Gemfibrozilo 600 mg VO BID
   Enalapril 5 mg VO QD (nefroproteccion)
   Educacion en diabetes, cita en 1 mes con glucometrias
Dr. [[N|Luis Fernando Xocop]]   Colegiado activo No. [[CED*|14.902]]
""", [("Insulina NPH", "14 unidades", "SC", "antes del desayuno"), ("Metformina", "850 mg", "VO", "con desayuno y cena"),
      ("Gemfibrozilo", "600 mg", "VO", "BID"), ("Enalapril", "5 mg", "VO", "QD")],
     [("Diabetes mellitus tipo 2 descompensada con nefropatia incipiente", "E11.21"), ("Hipertrigliceridemia", "E78.1"),
      ("Sobrepeso", "E66.3")],
     negated=["vision borrosa", "lesiones en pies"], stopped=["glibenclamida"])

note("occupational health", "h7-es-sv-38", "SV", "es", f"""ISSS - CLINICA EMPRESARIAL / MEDICINA DEL TRABAJO  -  San Salvador
CONSTANCIA DE ATENCION Y SEGUIMIENTO DE ACCIDENTE DE TRABAJO
Trabajadora: [[N|Ana Gladis Hernandez de Portillo]]   DUI: [[DNI*|{dui("04433218")}]]   NUP/afiliacion: [[R*|118834470]]
Empresa: maquila textil Zona Franca San Bartolo, operaria de plancha.
El dia 24/11/2026 sufre quemadura con plancha industrial en antebrazo derecho.
Evolucion al dia 6: quemadura de 2do grado superficial, 3% SCT, tejido de granulacion, sin signos de infeccion, no secrecion.
Antecedentes: asma bronquial leve persistente, rinitis alergica. Vacuna Td vigente (2024).
Diagnostico: Quemadura de segundo grado superficial de antebrazo derecho (T22.211A) / asma bronquial leve persistente controlada
Tratamiento: sulfadiazina de plata 1% crema topica cada 24 horas con cambio de apósito; ibuprofeno 400 mg VO c/8h con alimentos por 3 dias;
beclometasona 250 mcg 1 inhalacion cada 12 hrs (continua).
Incapacidad temporal por 5 dias mas. Regresa a labores con restriccion de calor.
Dra. [[N|Karla Beatriz Menjivar]]   JVPM [[CED*|12881]]
""", [("sulfadiazina de plata 1%", None, "topica", "cada 24 horas"), ("ibuprofeno", "400 mg", "VO", "c/8h con alimentos por 3 dias"),
      ("beclometasona", "1 inhalacion", None, "cada 12 hrs")],
     [("asma bronquial leve persistente", "J45.30"), ("rinitis alergica", "J30.9"),
      ("Quemadura de segundo grado superficial de antebrazo derecho", "T22.211A"),
      ("asma bronquial leve persistente controlada", "J45.30")],
     negated=["signos de infeccion", "secrecion"])

note("ICU handover", "h7-es-hn-39", "HN", "es", """HOSPITAL ESCUELA - TEGUCIGALPA - UCI PEDIATRICA
ENTREGA DE TURNO 07:00
Cama 3: [[N|Kevin Josue Maradiaga]], 6 a, 19 kg. Identidad [[DNI*|0801-2020-03317]]. Exp. [[R*|20-118776]]. Madre [[N|Dunia Maradiaga]] en sala de espera.
Dx: Dengue grave con choque (recuperado), derrame pleural bilateral, hepatitis por dengue. Dia 5 de enfermedad.
Noche: estable. Se retiro la dopamina a las 02:00. Diuresis 2.1 ml/kg/h. Sin sangrado activo.
Liquidos: Hartmann a 3 ml/kg/h IV. Paracetamol 280 mg IV c/6h si fiebre. No se ha dado AINE.
Hto 38 (venia 48), plaquetas 41.000 en ascenso.
Pendiente: Rx torax control, hablar con la madre, valorar paso a sala.

Cama 5: [[N|Alison Nicole Bonilla Reyes]], 11 meses. Exp. [[R*|26-004512]].
Dx: Bronquiolitis severa por VSR, insuficiencia respiratoria aguda.
CNAF 2 L/kg/min FiO2 40%. Sin apneas. Alimentacion por SOG.
Salbutamol nebulizado se suspendio (sin respuesta). Solucion salina hipertonica 3% 4 ml nebulizada c/6h.
Entrega: Dr. [[N|Josue Zelaya]]   Recibe: Dra. [[N|Iris Lagos]]  CMH [[CED*|7789]]
""", [("Hartmann", "3 ml/kg/h", "IV", None), ("Paracetamol", "280 mg", "IV", "c/6h si fiebre"),
      ("Solucion salina hipertonica 3%", "4 ml", "nebulizada", "c/6h")],
     [("Dengue grave con choque (recuperado)", "A91"), ("derrame pleural bilateral", "J91.8"), ("hepatitis por dengue", "A91"),
      ("Bronquiolitis severa por VSR", "J21.0"), ("insuficiencia respiratoria aguda", "J96.00")],
     negated=["sangrado activo", "apneas"], stopped=["dopamina", "Salbutamol"])

note("referral", "h7-es-ni-40", "NI", "es", """MINSA - HOSPITAL ESCUELA OSCAR DANILO ROSALES ARGUELLO, LEON
HOJA DE REFERENCIA
De: Centro de Salud Perla Maria Norori   A: Consulta externa de Nefrologia
Paciente: [[N|Francisco Javier Medina Tercero]], 44 a, cedula [[DNI*|281-120382-0004R]]
Procedencia: [[A|comarca Goyena, del puente 2 c. al sur, 1/2 c. arriba]], municipio de Leon.
Ocupacion: cortero de caña por 20 años.
Motivo: creatinina elevada en control (2.8 mg/dl), TFG 27. Sin HTA, no diabetico. Antecedente de consumo frecuente de
diclofenac, ya se le indico no tomar mas.
EGO: densidad 1010, proteinas trazas, sin cilindros. USG renal: riñones de 8.5 cm, ecogenicidad aumentada.
Dx presuntivo: Enfermedad renal cronica de causas no tradicionales (nefropatia mesoamericana) estadio 4; hiperuricemia; anemia
Tx actual: alopurinol 100 mg VO diario, bicarbonato de sodio 650 mg VO TID, sulfato ferroso 300 mg VO diario.
Refiere: Dr. [[N|Ernesto Lopez Saravia]]   Cod. MINSA [[CED*|33108]]   Tel. C/S [[T|2311-4571]]
""", [("alopurinol", "100 mg", "VO", "diario"), ("bicarbonato de sodio", "650 mg", "VO", "TID"),
      ("sulfato ferroso", "300 mg", "VO", "diario")],
     [("Enfermedad renal cronica de causas no tradicionales (nefropatia mesoamericana) estadio 4", "N18.4"),
      ("hiperuricemia", "E79.0"), ("anemia", "D63.1")],
     negated=["HTA", "diabetico", "cilindros"], stopped=["diclofenac"])

note("telemedicine", "h7-es-cr-41", "CR", "es", """CCSS - EBAIS Barrio Mexico - TELECONSULTA (EDUS)
Usuario: [[N|Mauricio Solano Jimenez]]  Cedula: [[DNI*|1-1123-0456]]  Fecha nacimiento: [[B|09/05/1981]]
Atencion por llamada telefonica al [[T|8844-2019]] por brote respiratorio en la comunidad.
Refiere 3 dias de odinofagia, congestion nasal y tos seca. Fiebre de 38 el primer dia. Prueba de antigeno COVID-19 en casa: negativa.
Niega disnea, no dolor de pecho. Sin perdida del olfato.
Conocido con HTA controlada con enalapril 20 mg BID y con hiperlipidemia.
Vacunado COVID (4 dosis), influenza 2026.
Impresion: Infeccion respiratoria alta viral. HTA controlada. Hiperlipidemia.
Indicaciones: acetaminofen 500 mg 2 tabletas VO cada 8 horas si fiebre o dolor; loratadina 10 mg VO cada noche por 5 dias;
lavados nasales con suero fisiologico. Signos de alarma explicados. Incapacidad de 3 dias (boleta digital).
Dra. [[N|Priscilla Vargas Mora]]  Cod. [[CED*|MED12044]]
""", [("enalapril", "20 mg", None, "BID"), ("acetaminofen", "2 tabletas", "VO", "cada 8 horas si fiebre o dolor"),
      ("loratadina", "10 mg", "VO", "cada noche por 5 dias"), ("suero fisiologico", None, None, None)],
     [("HTA controlada", "I10"), ("hiperlipidemia", "E78.5"), ("Infeccion respiratoria alta viral", "J06.9")],
     negated=["disnea", "dolor de pecho", "perdida del olfato", "COVID-19"])

note("discharge", "h7-es-pa-42", "PA", "es", """CAJA DE SEGURO SOCIAL - COMPLEJO HOSPITALARIO DR. ARNULFO ARIAS MADRID
RESUMEN DE EGRESO - SALA DE CIRUGIA GENERAL
Nombre: [[N|Rodriguez Batista, Omaira Itzel]]   Cedula: [[DNI*|8-742-1190]]   Seguro social: [[R*|8-742-1190]]
Edad 52   Fecha nac.: [[B|30/11/1974]]   Tel: [[T|6674-3321]]
Corregimiento de Juan Diaz, [[A|Urb. Don Bosco, calle 3ra, casa 41]]
Ingreso 22/11/26 - Egreso 28/11/26
Dx de ingreso: obstruccion intestinal
Dx de egreso: Oclusion intestinal por bridas, resuelta con adherenciolisis laparoscopica; Hernia umbilical incarcerada reducida; HTA
Antec: HTA (losartan), histerectomia 2010. Sin alergias.
Manejo: SNG, ayuno, liquidos, cirugia 24/11 sin reseccion intestinal. Evolucion sin complicaciones, tolera dieta blanda, canaliza gases y evacua.
Medicamentos de salida:
  acetaminofen 1 gr VO c/6h x 5 dias
  tramadol 50 mg VO c/12h en caso de dolor fuerte
  losartan 50 mg VO diario
  enoxaparina 40 mg SC diario x 7 dias
Cita: consulta externa de cirugia en 10 dias. Dr. [[N|Rogelio Castillero]]  Reg. [[CED*|6214]]
""", [("acetaminofen", "1 gr", "VO", "c/6h x 5 dias"), ("tramadol", "50 mg", "VO", "c/12h en caso de dolor fuerte"),
      ("losartan", "50 mg", "VO", "diario"), ("enoxaparina", "40 mg", "SC", "diario x 7 dias")],
     [("obstruccion intestinal", "K56.60"), ("Oclusion intestinal por bridas, resuelta con adherenciolisis laparoscopica", "K56.50"),
      ("Hernia umbilical incarcerada reducida", "K42.0"), ("HTA", "I10")],
     negated=["alergias", "complicaciones"])

# ======================================= Caribbean =================================================================
note("admission", "h7-es-cu-43", "CU", "es", """HOSPITAL CLINICO QUIRURGICO HERMANOS AMEIJEIRAS - LA HABANA
HISTORIA CLINICA - INGRESO EN SALA DE GASTROENTEROLOGIA
Nombre: [[N|Yoandri Perez Hechavarria]]    CI: [[DNI*|79031514286]]    HC: [[R*|447-891]]
Edad: 47 años   Raza: mestiza   Direccion: [[A|calle 23 e/ J e I, apto 8, Vedado, Plaza de la Revolucion]]
APP: ulcera peptica duodenal (2019), HTA controlada. APF: madre con neoplasia gastrica.
Habitos toxicos: cafe, tabaco 1 caja/dia. Alcohol ocasional.
Alergia a medicamentos: no refiere.
HEA: paciente que refiere desde hace 3 meses epigastralgia postprandial, saciedad precoz, perdida de peso de 8 kg
y en la ultima semana melena. No ha tenido disfagia. No fiebre.
Examen fisico: mucosas hipocoloreadas. Abdomen: dolor a la palpacion profunda de epigastrio, no masas palpables.
Hb 88 g/L, VCM 72. Endoscopia: lesion ulcerada de 3 cm en antro, bordes elevados, se toman biopsias.
Impresion diagnostica: Neoplasia gastrica a descartar. Anemia ferripriva secundaria a sangrado digestivo. Ulcera gastrica antral.
Conducta: omeprazol 20 mg 2 tab EV cada 12 h; sulfato ferroso 1 tab VO TID despues de las comidas; dieta blanda.
Se suspende el captopril por TA baja, continua con clortalidona 25 mg VO diaria.
Medico de asistencia: Dr. [[N|Yusniel Cabrera Lorenzo]]   RP [[CED*|45109]]
""", [("omeprazol", "2 tab", "EV", "cada 12 h"), ("sulfato ferroso", "1 tab", "VO", "TID despues de las comidas"),
      ("clortalidona", "25 mg", "VO", "diaria")],
     [("ulcera peptica duodenal", "K26.9"), ("HTA controlada", "I10"), ("Neoplasia gastrica a descartar", "R19.8"),
      ("Anemia ferripriva secundaria a sangrado digestivo", "D50.0"), ("Ulcera gastrica antral", "K25.9")],
     negated=["Alergia a medicamentos", "disfagia", "fiebre", "masas palpables"], stopped=["captopril"])

note("emergency", "h7-es-do-44", "DO", "es", f"""HOSPITAL DOCTOR DARIO CONTRERAS - EMERGENCIA
Paciente: [[N|Ramon Antonio Peña Almonte]]   Cedula: [[DNI*|{typo(cedula_do("0310987512", bad=True))}]]   ARS: SENASA  Afiliado [[R*|027733019]]
Edad: 29 a  Tel [[T|809-582-3310]]   Direccion: [[A|C/ Duarte #45, Los Mina, Santo Domingo Este]]
Hora: 23:40  Trae: su primo [[N|Jose Almonte]]
Historia: paciente masculino que llega por herida por arma blanca en hemitorax izquierdo hace 30 min. Refiere disnea.
No antecedentes morbidos conocidos. No alergias.
EF: TA 100/60 FC 118 FR 28 Sat 88%. Herida de 2 cm en 5to EIC linea axilar anterior izq, murmullo vesicular abolido izq.
FAST: sin liquido pericardico.
Dx: Trauma penetrante de torax izquierdo; Hemoneumotorax izquierdo
Plan: tubo de toracostomia 28 Fr, drenaje inicial 450 ml hematico. SSN 0.9% 1000 cc IV rapido,
cefazolina 1 g IV c/8h, morfina 4 mg IV c/4h PRN dolor, toxoide tetanico 0.5 cc IM.
Cirugia general en turno: Dr. [[N|Starlin Mateo]].  Medico de emergencia: [[N|Yohanna Castillo]]  Exeq. [[CED*|355-09]]
""", [("SSN 0.9%", "1000 cc", "IV", "rapido"), ("cefazolina", "1 g", "IV", "c/8h"), ("morfina", "4 mg", "IV", "c/4h PRN dolor"),
      ("toxoide tetanico", "0.5 cc", "IM", None)],
     [("Trauma penetrante de torax izquierdo", "S21.9"), ("Hemoneumotorax izquierdo", "S27.2")],
     negated=["antecedentes morbidos", "alergias", "liquido pericardico"])

note("specialist consult", "h7-es-do-45", "DO", "es", f"""CONSULTORIO DE ENDOCRINOLOGIA - Centro Medico Cibao, Santiago de los Caballeros
Paciente: [[N|Altagracia Rosario Vda. Tavarez]]   F. nac.: [[B|11 de noviembre de 1955]]   Exp. [[R*|CMC-108224]]
Documento: [[DNI|{bare(cedula_do("0310442219"))}]]    Cel: [[T|(829) 714-5528]]   Hija: [[N|Miguelina Tavarez]]
Seguimiento de DM2 de 20 años, con neuropatia periferica y retinopatia no proliferativa. Tambien osteoporosis postmenopausica
e hipotiroidismo primario. Niega hipoglucemias. No ulceras en pies. Sin dolor toracico.
Glicemia en ayunas 154, HbA1c 8.2%, TSH 2.1, creatinina 1.0, LDL 118. DXA: T-score -2.9 columna lumbar.
A/P:
 - DM2 no controlada con complicaciones microvasculares: agregar empagliflozina 10 mg VO qd; sigue insulina degludec 24 U SC qhs
 - Hipotiroidismo primario, controlado: levotiroxina 88 mcg VO diaria
 - Osteoporosis postmenopausica: acido zoledronico 5 mg IV una vez al año; calcio + vit D3 600 mg/400 UI VO bid
 - Dislipidemia: atorvastatina 40 mg VO hs
 - Neuropatia: pregabalina 75 mg VO cada noche
Se descontinua la glibenclamida. Dra. [[N|Yocasta Jimenez]]  Exequatur [[CED*|125-98]]
""", [("empagliflozina", "10 mg", "VO", "qd"), ("insulina degludec", "24 U", "SC", "qhs"), ("levotiroxina", "88 mcg", "VO", "diaria"),
      ("acido zoledronico", "5 mg", "IV", "una vez al año"), ("calcio + vit D3", "600 mg/400 UI", "VO", "bid"),
      ("atorvastatina", "40 mg", "VO", "hs"), ("pregabalina", "75 mg", "VO", "cada noche")],
     [("DM2 de 20 años, con neuropatia periferica y retinopatia no proliferativa", "E11.42"),
      ("osteoporosis postmenopausica", "M81.0"), ("hipotiroidismo primario", "E03.9"),
      ("DM2 no controlada con complicaciones microvasculares", "E11.65"), ("Hipotiroidismo primario, controlado", "E03.9"),
      ("Dislipidemia", "E78.5"), ("Neuropatia", "E11.40")],
     negated=["hipoglucemias", "ulceras en pies", "dolor toracico"], stopped=["glibenclamida"])

note("SOAP", "h7-es-pr-46", "PR", "es", f"""CENTRO DE SALUD FAMILIAR - CAGUAS, PR        Progress note
Paciente: [[N|Carmen Iris Rivera Ortiz]]    DOB: [[B|03/17/1964]]    MRN: [[R*|CSF-0093341]]
Plan medico: Triple-S Vital   ID contrato [[R*|VIT 880421337 01]]   SS#: [[SSN*|584-33-4471]]
Tel: [[T|(787) 745-2208]]   Direccion postal: [[A|HC 02 Box 14520, Bo. Borinquen, Caguas PR 00725]]
S: Paciente viene a follow up de sus condiciones. Se siente bien, pero con dolor en rodillas al subir escaleras.
No chest pain, niega SOB. Dejo de tomar el meloxicam porque le daba acidez.
PMH: HTN, DM tipo 2, hipotiroidismo, osteoartritis de rodillas, GERD
O: BP 138/84  HR 76  Wt 182 lb  BMI 31.5   Rodillas con crepitacion, sin efusion.
   A1c 7.1%, TSH 3.4, LDL 96
A/P:
 1. HTN - controlled, continue lisinopril 20 mg PO daily
 2. DM2 - A1c en meta; metformin 1000 mg PO BID
 3. Hipotiroidismo - levothyroxine 100 mcg PO qAM
 4. OA rodillas - diclofenac gel 1% topico QID prn dolor; referido a fisiatria
 5. GERD - pantoprazole 40 mg PO daily before breakfast
RTC 3 meses. Dr. [[N|Luis A. Colon Burgos]], MD   Lic. [[CED*|14882]]
""", [("lisinopril", "20 mg", "PO", "daily"), ("metformin", "1000 mg", "PO", "BID"), ("levothyroxine", "100 mcg", "PO", "qAM"),
      ("diclofenac gel 1%", None, "topico", "QID prn dolor"), ("pantoprazole", "40 mg", "PO", "daily before breakfast")],
     [("HTN", "I10"), ("DM tipo 2", "E11.9"), ("hipotiroidismo", "E03.9"), ("osteoartritis de rodillas", "M17.0"),
      ("GERD", "K21.9")],
     negated=["chest pain", "SOB", "efusion"], stopped=["meloxicam"])

# ======================================= United States (English) ===================================================
note("discharge", "h7-en-us-47", "US", "en", """MERCY GENERAL HOSPITAL - HOSPITAL MEDICINE
DISCHARGE SUMMARY

Patient: [[N|KOWALSKI, Dorothy A]]          MRN: [[R*|00481927]]        Acct#: [[R*|V10022871345]]
DOB: [[B|05/22/1946]]    Age: 80    Sex: F
SSN: [[SSN*|412-70-8836]]
Address: [[A|1418 W Addison St Apt 2F, Chicago, IL 60613]]    Phone: [[T|(773) 555-0192]]
Emergency contact: [[N|Mark Kowalski]] (son) [[T|312-555-0147]]
Admission date: 11/20/2026     Discharge date: 11/26/2026
Attending: [[N|Priya Raman]], MD          PCP: Dr. [[N|Steven Liu]]
Consults: Cardiology ([[N|Aaron Feldman]], MD), Nephrology

HISTORY OF PRESENT ILLNESS
80 y/o woman with PMH of HFpEF, paroxysmal AFib on apixaban, CKD stage 3a, type 2 diabetes, hypothyroidism and
osteoarthritis, who presented with 1 week of progressive dyspnea, orthopnea and 8 lb weight gain after running out of
her torsemide. Denies chest pain, no syncope, no fever or cough. In the ED BP 168/90, HR 104 irregular, SpO2 89% on RA,
bibasilar crackles, JVD to the angle of the jaw, 2+ pitting edema to the knees. BNP 1,840. Troponin flat x2 (12 -> 13).
Creatinine 1.6 (baseline 1.3). CXR with small bilateral effusions and vascular congestion, no evidence of pneumonia.

HOSPITAL COURSE
1. Acute on chronic diastolic heart failure: diuresed with furosemide 80 mg IV BID, net negative 6.2 L, weight down
   from 172 to 163 lb. Transitioned back to oral torsemide on day 5. TTE: EF 60%, grade II diastolic dysfunction,
   moderate TR, RVSP 48.
2. AFib with RVR: rate controlled with metoprolol; apixaban continued at 5 mg BID (does not meet dose-reduction criteria).
3. AKI on CKD 3a: creatinine peaked at 1.9 with diuresis, 1.5 at discharge. Lisinopril held and NOT restarted at
   discharge given AKI; nephrology agrees. Will revisit at follow-up.
4. Type 2 diabetes: A1c 7.6%. Glipizide discontinued (two hypoglycemic episodes, BG 58 and 61). Sliding-scale insulin
   inpatient. Metformin resumed at discharge with eGFR 38 at reduced dose.
5. Hypothyroidism: TSH 2.8, continue home levothyroxine.

DISCHARGE DIAGNOSES
Primary: Acute on chronic heart failure with preserved ejection fraction (I50.33)
Secondary: Atrial fibrillation with rapid ventricular response, resolved; AKI on CKD stage 3a, resolving;
type 2 diabetes mellitus with hypoglycemia; hypothyroidism, stable; osteoarthritis of both knees

DISCHARGE MEDICATIONS
- torsemide 40 mg PO once daily (INCREASED from 20 mg)
- metoprolol succinate 100 mg PO daily
- apixaban 5 mg PO BID
- metformin 500 mg PO twice daily with meals
- levothyroxine 75 mcg PO daily before breakfast
- acetaminophen 650 mg PO q6h PRN knee pain (max 3 g/day)
- potassium chloride ER 20 mEq PO daily
STOPPED: lisinopril 10 mg daily, glipizide 5 mg daily. Avoid ibuprofen/naproxen.

Follow-up: PCP in 1 week with BMP; HF clinic in 2 weeks. Condition at discharge: stable, ambulating with walker.
Electronically signed by [[N|Priya Raman]], MD, NPI [[CED*|1457390826]] on 11/26/2026 15:42
""", [("furosemide", "80 mg", "IV", "BID"), ("torsemide", "40 mg", "PO", "once daily"), ("metoprolol succinate", "100 mg", "PO", "daily"),
      ("apixaban", "5 mg", "PO", "BID"), ("metformin", "500 mg", "PO", "twice daily with meals"),
      ("levothyroxine", "75 mcg", "PO", "daily before breakfast"),
      ("acetaminophen", "650 mg", "PO", "q6h PRN knee pain (max 3 g/day)"), ("potassium chloride ER", "20 mEq", "PO", "daily")],
     [("HFpEF", "I50.32"), ("paroxysmal AFib", "I48.0"), ("CKD stage 3a", "N18.31"), ("type 2 diabetes", "E11.9"),
      ("hypothyroidism", "E03.9"), ("osteoarthritis", "M19.90"), ("Acute on chronic diastolic heart failure", "I50.33"),
      ("AFib with RVR", "I48.91"), ("AKI on CKD 3a", "N17.9"),
      ("Acute on chronic heart failure with preserved ejection fraction", "I50.33"),
      ("Atrial fibrillation with rapid ventricular response, resolved", "I48.91"), ("AKI on CKD stage 3a, resolving", "N17.9"),
      ("type 2 diabetes mellitus with hypoglycemia", "E11.649"), ("hypothyroidism, stable", "E03.9"),
      ("osteoarthritis of both knees", "M17.0")],
     negated=["chest pain", "syncope", "fever or cough", "pneumonia"], stopped=["lisinopril", "glipizide"])

note("emergency", "h7-en-us-48", "US", "en", """ST. LUKE'S REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT PROVIDER NOTE
Pt: [[N|Tyler J. Brooks]]   DOB [[B|1998-08-14]]   MRN [[R*|SL2299180]]   Arrival 02:12 by private vehicle
Accompanied by girlfriend [[N|Kayla Nguyen]], who gave part of the history.
CC: abdominal pain
HPI: 28M with no significant PMH presents with 10 h of periumbilical pain now RLQ, nausea, one episode of emesis,
anorexia. Denies diarrhea, dysuria or hematuria. No prior abdominal surgeries. No sick contacts.
ROS: negative for fever, chest pain, shortness of breath. Otherwise negative x10.
Meds: none. Allergies: sulfa (hives).
Exam: T 99.9 F, HR 104, BP 128/78. RLQ tenderness with guarding, + McBurney's point, + psoas sign.
Labs: WBC 15.8 with left shift, lipase 22, UA clean. CT A/P with IV contrast: dilated appendix 11 mm with periappendiceal
fat stranding, no evidence of perforation or abscess.
MDM / ED course: Ondansetron 4 mg IV x1, morphine 4 mg IV x1, LR 1 L bolus IV. Piperacillin-tazobactam 4.5 g IV q6h
started. Surgery (Dr. [[N|Hannah Okafor]]) consulted, will take to OR this morning.
Impression: Acute uncomplicated appendicitis (K35.80). Dehydration, mild.
Disposition: admitted to General Surgery. [[N|Ryan Patel]], PA-C / attending [[N|Melissa Ortega]], DO
""", [("Ondansetron", "4 mg", "IV", "x1"), ("morphine", "4 mg", "IV", "x1"), ("LR", "1 L", "IV", "bolus"),
      ("Piperacillin-tazobactam", "4.5 g", "IV", "q6h")],
     [("Acute uncomplicated appendicitis", "K35.80"), ("Dehydration, mild", "E86.0")],
     negated=["diarrhea", "dysuria", "hematuria", "fever", "chest pain", "shortness of breath", "perforation or abscess"])

note("lab report", "h7-en-us-49", "US", "en", """PUGET SOUND REFERENCE LABORATORY  |  FINAL REPORT
+--------------------------------------------------------------------------+
| PATIENT: [[N|HERNANDEZ, LUIS M]]          | ACCESSION: [[R*|WA771203K]]          |
| DOB: [[B|02/09/1979]]  SEX: M            | COLLECTED: 11/28/2026 07:50          |
| PATIENT ID: [[R*|88120-4471]]             | RECEIVED:  11/28/2026 10:05          |
| ORDERING: [[N|ELAINE MARSH]], NP          | CLIENT: Eastside Family Practice      |
| PHONE: [[T|206-555-0133]]                                                    |
+--------------------------------------------------------------------------+
TEST                     RESULT     FLAG   UNITS        REFERENCE
COMPREHENSIVE METABOLIC PANEL
 Glucose                  212        H      mg/dL        65-99
 Creatinine               1.02              mg/dL        0.60-1.29
 eGFR                     91                mL/min/1.73  >=60
 Potassium                4.4               mmol/L       3.5-5.3
 ALT                      58         H      U/L          9-46
HEMOGLOBIN A1c            9.3        H      %            <5.7
LIPID PANEL
 Cholesterol, total       244        H      mg/dL        <200
 LDL-C (calc)             161        H      mg/dL        <100
 Triglycerides            290        H      mg/dL        <150
URINE ALBUMIN/CREATININE  38         H      mg/g         <30
Interpretation (auto): A1c >= 6.5% consistent with diabetes mellitus. Moderately increased albuminuria.
Performing lab medical director: [[N|Jonathan Reyes]], MD
""", [], [("diabetes mellitus", "E11.9"), ("Moderately increased albuminuria", "R80.9")])

note("telemedicine", "h7-en-us-50", "US", "en", """TELEHEALTH VISIT (video) - OUTPATIENT PSYCHIATRY, UNIVERSITY BEHAVIORAL HEALTH
Patient: [[N|Jordan Ellis]] (she/her), 24   DOB [[B|Jan 3, 2002]]   MRN [[R*|UBH-551902]]
Patient located at home ([[A|77 Crescent Ave, Apt 3, Somerville, MA 02143]]); provider at clinic. Consent for video obtained.
Email on file: [[E|jordan.ellis02@gmail.com]]   Cell [[T|+1 617 555 0178]]
Interval history: Since last visit 4 wks ago, mood improved, sleeping 7 h, back at grad school full time. Panic attacks
down from daily to ~1/week. Some GI upset with sertraline increase, resolving.
Denies SI/HI, no self-harm since 2022. No manic symptoms. Drinks 2-3 beers on weekends, denies other substances.
Current meds: sertraline 150 mg PO daily; hydroxyzine 25 mg PO q6h prn anxiety (using ~2x/week).
Propranolol was discontinued last visit (lightheadedness).
Assessment:
 - Major depressive disorder, recurrent, in partial remission (F33.41)
 - Panic disorder, improving (F41.0)
 - ADHD, combined type - by history, not currently treated
Plan: continue sertraline 150 mg daily and hydroxyzine as above. Start CBT for panic with [[N|Dana Whitfield]], LICSW.
Safety plan reviewed. RTC 6 weeks via video.
[[N|Samuel Achebe]], MD, Attending Psychiatrist
""", [("sertraline", "150 mg", "PO", "daily"), ("hydroxyzine", "25 mg", "PO", "q6h prn anxiety")],
     [("Major depressive disorder, recurrent, in partial remission", "F33.41"), ("Panic disorder, improving", "F41.0"),
      ("ADHD, combined type", "F90.2")],
     negated=["SI/HI", "self-harm", "manic symptoms"], stopped=["Propranolol"])

note("post-operative", "h7-en-us-51", "US", "en", """OPERATIVE / BRIEF POST-OP NOTE - Orthopaedic Surgery, Baylor-Fairview Surgical Center
Patient: [[N|Gonzales, Rosa Maria]]   MRN [[R*|BF-30071984]]   DOB [[B|07/30/1955]]
Date of surgery: 11/30/2026
Pre-op dx: Right hip osteoarthritis, end-stage
Post-op dx: Same
Procedure: Right total hip arthroplasty, direct anterior approach
Surgeon: [[N|Michael T. Brennan]], MD    Assistant: [[N|Olivia Park]], PA-C    Anesthesia: [[N|Raj Malhotra]], MD (spinal + MAC)
EBL: 300 mL   Fluids: 1.5 L LR   UOP: 250 mL   Drains: none   Specimens: femoral head to pathology
Complications: none apparent. Implants: cementless cup 52 mm, stem size 4.
Condition: stable to PACU, neurovascularly intact distally.
PMH: HTN, hyperlipidemia, obstructive sleep apnea on CPAP. NKDA.
Post-op orders:
 - cefazolin 2 g IV q8h x 2 doses
 - tranexamic acid 1 g IV once at closure (given)
 - enoxaparin 40 mg subcut daily x 14 days, first dose POD1
 - oxycodone 5 mg PO q4h PRN moderate-severe pain
 - acetaminophen 1000 mg PO q8h scheduled
 - hold home losartan until tolerating PO; resume atorvastatin 20 mg PO nightly
WBAT RLE, PT POD0. CPAP at night.
""", [("cefazolin", "2 g", "IV", "q8h x 2 doses"), ("tranexamic acid", "1 g", "IV", "once at closure"),
      ("enoxaparin", "40 mg", "subcut", "daily x 14 days"), ("oxycodone", "5 mg", "PO", "q4h PRN moderate-severe pain"),
      ("acetaminophen", "1000 mg", "PO", "q8h scheduled"), ("atorvastatin", "20 mg", "PO", "nightly")],
     [("Right hip osteoarthritis, end-stage", "M16.11"), ("HTN", "I10"), ("hyperlipidemia", "E78.5"),
      ("obstructive sleep apnea", "G47.33")],
     negated=["NKDA"], stopped=["losartan"])

note("vaccination", "h7-en-us-52", "US", "en", """WELL-CHILD VISIT - 4 YEAR   Lakeside Pediatrics, Austin TX
Name: [[N|Mateo Alvarez]]   DOB: [[B|November 18, 2022]]   MRN [[R*|LP-0047761]]
Mother: [[N|Daniela Alvarez]]   Phone [[T|512.555.0164]]   Insurance: Texas Medicaid (STAR), member ID [[R*|519884023]]
Here with mom for 4-year well check. Eating well, picky with vegetables. In pre-K, speech clear.
History: eczema (mild, intermittent), febrile seizure x1 at 18 mo. No hospitalizations since. No known drug allergies.
Exam: Ht 41 in (60th %ile), Wt 37 lb (55th %ile), BMI 50th %ile. BP 96/58. Normal exam, mild xerosis on flexural areas.
Vision and hearing screens passed. Dental home established.
Vaccines given today (VIS provided, parent consented):
 - DTaP-IPV (Kinrix) 0.5 mL IM left deltoid
 - MMRV (ProQuad) 0.5 mL subcut right arm
 - Influenza (Fluzone, quadrivalent) 0.5 mL IM right deltoid
Assessment: Well child, 4 y; Atopic dermatitis, mild - controlled
Plan: hydrocortisone 2.5% ointment topically BID PRN flares; emollient daily. Acetaminophen 240 mg PO q6h PRN fever after vaccines.
Next visit at 5 y. [[N|Grace Whitaker]], MD
""", [("DTaP-IPV", "0.5 mL", "IM", None), ("MMRV", "0.5 mL", "subcut", None), ("Influenza", "0.5 mL", "IM", None),
      ("hydrocortisone 2.5% ointment", None, "topically", "BID PRN flares"), ("emollient", None, None, "daily"),
      ("Acetaminophen", "240 mg", "PO", "q6h PRN fever after vaccines")],
     [("eczema (mild, intermittent)", "L30.9"), ("febrile seizure x1 at 18 mo", "Z87.728"),
      ("Atopic dermatitis, mild - controlled", "L20.9")],
     negated=["hospitalizations", "drug allergies"])



# ======================================= Short notes (as typed between patients) ====================================
note("SOAP", "h7-es-mx-53", "MX", "es", """nota breve consultorio farmacia similares
pte [[N|J.L.M.]] masc 34a, acude con su esposa. 2 dias con ardor al orinar y urgencia, sin fiebre, no dolor lumbar.
EGO tira: leucos ++ nitritos +.
dx IVU baja no complicada
tx nitrofurantoina 100mg c/12h x 5 dias, fenazopiridina 100 mg c/8h x 2 dias. abundantes liquidos.
""", [("nitrofurantoina", "100mg", None, "c/12h x 5 dias"), ("fenazopiridina", "100 mg", None, "c/8h x 2 dias")],
     [("IVU baja no complicada", "N39.0")], negated=["fiebre", "dolor lumbar"])

note("prescription", "h7-es-co-54", "CO", "es", """FORMULA MEDICA - Consultorio Dr. [[N|Jaime Ospina]] RM [[CED*|17402]]
El paciente, [[N|Jhon Fredy Muñetón]], de 51 años, CC [[DNI*|71.688.203]], con gota aguda de rodilla derecha.
Colchicina 0.5 mg tab: 1 cada 12 h x 7 dias. Naproxeno 500 mg VO c/12h con comida x 5 dias.
Suspender hidroclorotiazida. No alcohol.
""", [("Colchicina", "0.5 mg", None, "cada 12 h x 7 dias"), ("Naproxeno", "500 mg", "VO", "c/12h con comida x 5 dias")],
     [("gota aguda de rodilla derecha", "M10.061")], stopped=["hidroclorotiazida"])

note("emergency", "h7-es-ar-55", "AR", "es", """Guardia 03/12 hs 16. Pac. [[N|R.G.]], fem 45 a, acompañada por su esposo [[N|Raul Ibarra]].
Cefalea holocraneana tipo migrañosa, igual a las previas, con fotofobia. Sin fiebre, sin rigidez de nuca, examen neurologico normal.
AP: migraña sin aura, hipotiroidismo.
Dx: crisis migrañosa.
Se indica ketorolac 60 mg IM por unica vez + metoclopramida 10 mg IM. Mejora. Alta con sumatriptan 50 mg VO al inicio del dolor.
""", [("ketorolac", "60 mg", "IM", "por unica vez"), ("metoclopramida", "10 mg", "IM", None),
      ("sumatriptan", "50 mg", "VO", "al inicio del dolor")],
     [("migraña sin aura", "G43.009"), ("hipotiroidismo", "E03.9"), ("crisis migrañosa", "G43.909")],
     negated=["fiebre", "rigidez de nuca"])


write(os.path.dirname(os.path.abspath(__file__)))

corpuslib.report_counts()   # counts for the README (stderr only), and the ids checked
