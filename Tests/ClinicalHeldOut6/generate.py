#!/usr/bin/env python3
"""Sixth held-out set (issue 17), written blind on 2026-12-01: its author read no extraction or redaction rule, no
source, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits) and
Tests/ClinicalHeldOut5/generate.py (file format and labelling conventions). Run: python3 generate.py (rewrites *.json).
Conventions (as HeldOut5): a medication's dose, route and frequency are verbatim spans of the note (None when absent),
the frequency keeps its as-needed clause (PRN, SOS, si dolor, as needed); comorbidities under history headers are
diagnoses, labelled once even when named again; denied findings go to `negated`, stopped/suspended drugs to `stopped`.
A title (Dr., Dra., Lic.) stays outside a name; national ids are DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the
Mexican NSS is SSN), clinicians' registrations are CEDULA, record/affiliate/order/admission numbers are EXPEDIENTE;
visit dates are not PHI, only dates of birth. No randomness: the output is the same on every run."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import checked_note as note, write, curp, rfc, cpf, rut, nss, cuit, dui
from functools import partial
# This set's own typos in a wrong check digit.
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=4), partial(corpuslib.uy_ci, shift=3),
                               partial(corpuslib.do_cedula, shift=5))

# ======================================= Mexico ====================================================================
note("h6-es-mx-01", "MX", "es", f"""UNIDAD DE MEDICINA FAMILIAR No. 28 IMSS
NOTA MEDICA (SOAP)
Nombre: [[N|Rogelio Benitez Carranza]]   NSS: [[SSN*|{nss("3178650422", bad=True)}]]   F. Nac.: [[B|14/02/1961]]
S: Masc 65 a, conocido con DM2 e HTA de 10 años, acude a control. Refiere parestecias en pies, niega dolor toracico, sin disnea.
O: TA 146/92 FC 78 Peso 91 kg IMC 32. Glucosa central 188 mg/dl, HbA1c 8.9%.
A: DM2 descompensada; HTA no controlada; obesidad grado I; polineuropatia diabetica
P:
- metformina 850mg VO c/12h
- glibenclamida 5 mg VO cada 24 hrs antes del desayuno -> SE SUSPENDE por hipoglucemias
- se inicia insulina NPH 10 UI SC por la mañana
- losartan 100 mg VO cada 24 h
- paracetamol 500 mg VO c/8h SOS dolor
Medico familiar: [[N|Ximena Olvera Duarte]]  Ced. Prof. [[CED*|8841207]]
""", [("metformina", "850mg", "VO", "c/12h"), ("insulina NPH", "10 UI", "SC", "por la mañana"),
      ("losartan", "100 mg", "VO", "cada 24 h"), ("paracetamol", "500 mg", "VO", "c/8h SOS dolor")],
     [("DM2 descompensada", "E11.65"), ("HTA no controlada", "I10"), ("obesidad grado I", "E66.9"),
      ("polineuropatia diabetica", "E11.42")],
     negated=["dolor toracico", "disnea"], stopped=["glibenclamida"])

note("h6-es-mx-02", "MX", "es", f"""LABORATORIOS CLINICOS DEL BAJIO
================================================
Paciente ....: [[N|ESPINOZA RUELAS MARIA GUADALUPE]]
Folio .......: [[R*|LB-0928817]]        Fecha nac.: [[B|03-11-1984]]
CURP ........: [[CURP*|{curp("EIRG841103MGTSLD0")}]]
Solicitado por: [[N|Hector Manuel Zavala]]
Tel. contacto: [[T|477 214 9035]]
================================================
QUIMICA SANGUINEA
Glucosa            102   mg/dL   70-99
Creatinina         0.8   mg/dL   0.5-1.1
Colesterol total   262   mg/dL   <200
Trigliceridos      318   mg/dL   <150
HDL                 34   mg/dL   >40
Interpretacion: dislipidemia mixta; glucosa alterada en ayuno.
QFB responsable: [[N|Alondra Pineda]]  Ced. [[CED*|5529013]]
""", [], [("dislipidemia mixta", "E78.2"), ("glucosa alterada en ayuno", "R73.01")])

note("h6-es-mx-03", "MX", "es", f"""RECETA MEDICA
Dra. [[N|Itzel Camacho Robles]] - Ginecologia y Obstetricia
Ced. Prof. [[CED*|9017735]]  Ced. Esp. [[CED*|12200841]]  UNAM
[[A|Calle Hidalgo 87, Col. Centro, Oaxaca de Juarez, Oax.]]   Tel [[T|951 516 2208]]

Paciente: [[N|Fabiola Santiago Cruz]]    Fecha: 24/11/2026   Edad: 31
Dx: vaginosis bacteriana / anemia leve del embarazo (SDG 22)
1. Metronidazol ovulos 500 mg, 1 ovulo via vaginal cada noche por 7 noches
2. Fumarato ferroso 200 mg, 1 tab VO cada 24 hrs
3. Acido folico 0.4 mg VO diario
Suspender clotrimazol crema.
""", [("Metronidazol", "1 ovulo", "via vaginal", "cada noche"), ("Fumarato ferroso", "1 tab", "VO", "cada 24 hrs"),
      ("Acido folico", "0.4 mg", "VO", "diario")],
     [("vaginosis bacteriana", "N76.0"), ("anemia leve del embarazo", "O99.01")], stopped=["clotrimazol"])

note("h6-es-mx-04", "MX", "es", f"""HOSPITAL GENERAL DE ZONA 1 - URGENCIAS ADULTOS
Nota de ingreso a urgencias  hora 03:40
Pcte: [[N|Jesus Alberto Villaseñor Rios]] 58 a  Expediente: [[R*|HGZ1-778120]]
RFC [[RFC*|{rfc("VIRJ680517Q2")}]]
Esposa: [[N|Leticia Ramos Garza]] tel [[T|81 1642 3390]]
MC: dolor precordial opresivo 2 hrs de evolucion irradiado a brazo izq con diaforesis.
APP: tabaquismo activo 20 paq/año, HTA, dislipidemia. niega DM. Alergias negadas.
EF: TA 160/100 FC 104 SatO2 93%. Ruidos cardiacos ritmicos sin soplos.
ECG: supradesnivel ST V1-V4.
IDX: IAM CEST anterior extenso KILLIP I
Manejo: ASA 300 mg VO dosis unica, clopidogrel 600 mg VO carga, enoxaparina 30 mg IV bolo, nitroglicerina 5 mcg/min IV infusion continua, morfina 2 mg IV c/5 min PRN dolor.
Se activa codigo infarto. Hemodinamia: Dr. [[N|Raul Trevino]].
Medico de urgencias: [[N|Karen Lizeth Dominguez]]
""", [("ASA", "300 mg", "VO", "dosis unica"), ("clopidogrel", "600 mg", "VO", "carga"), ("enoxaparina", "30 mg", "IV", "bolo"),
      ("nitroglicerina", "5 mcg/min", "IV", "infusion continua"), ("morfina", "2 mg", "IV", "c/5 min PRN dolor")],
     [("HTA", "I10"), ("dislipidemia", "E78.5"), ("IAM CEST anterior extenso KILLIP I", "I21.0")],
     negated=["DM", "Alergias"])

note("h6-es-mx-05", "MX", "es", f"""TELECONSULTA SEGUIMIENTO - PSIQUIATRIA
Paciente: [[N|Andrea Lozano Mier]]  [[CURP|{curp("LOMA990721MJCZRN0")}]]  FN [[B|1999/07/21]]  correo [[E|andrealozano.mier@outlook.com]]
Contacto de emergencia: [[N|Patricia Mier Salgado]] (madre) [[T|33 3615 8820]]
Seguimiento a 4 semanas. Refiere mejoria del animo, duerme 6-7 h. Niega ideacion suicida. Sin efectos adversos.
Antecedentes: trastorno depresivo mayor, episodio unico, moderado; trastorno de ansiedad generalizada
Plan: continua sertralina 100 mg VO cada mañana; clonazepam 0.5 mg VO en la noche se suspende gradualmente (ya tomaba 1/4 tab).
hidroxizina 25 mg VO si ansiedad, maximo 2 veces al dia.
Proxima cita virtual en 6 semanas.
""", [("sertralina", "100 mg", "VO", "cada mañana"), ("hidroxizina", "25 mg", "VO", "si ansiedad, maximo 2 veces al dia")],
     [("trastorno depresivo mayor, episodio unico, moderado", "F32.1"), ("trastorno de ansiedad generalizada", "F41.1")],
     negated=["ideacion suicida", "efectos adversos"], stopped=["clonazepam"])

# ======================================= Colombia ==================================================================
note("h6-es-co-06", "CO", "es", """E.S.E. HOSPITAL SAN VICENTE - HISTORIA CLINICA DE INGRESO
Nombre: [[N|Wilmer Alexis Ortiz Zapata]]   Tipo doc: CC  No. [[DNI*|98765123]]
N° HC [[R*|98765123]]   EPS: Nueva EPS   Fecha nac.: [[B|11 de marzo de 1953]]
Acompañante: [[N|Dora Ines Zapata]] (hermana) cel [[T|312 440 8712]]
MOTIVO DE CONSULTA: "me falta el aire"
ENFERMEDAD ACTUAL: 5 dias de tos con expectoracion purulenta, disnea progresiva, fiebre 38.4.
ANTECEDENTES: EPOC GOLD 3 oxigenorequirente, cor pulmonale, HTA. Niega DM2. Exfumador.
EXAMEN FISICO: FR 28 SatO2 82% al aire, sibilancias difusas, tirajes.
IMPRESION DIAGNOSTICA: EPOC exacerbado; neumonia adquirida en la comunidad CURB-65 2; insuficiencia respiratoria aguda hipoxemica
PLAN: ipratropio + salbutamol 4 puff c/4h inhalado; metilprednisolona 40 mg IV cada 12 horas; ampicilina sulbactam 3 g IV c/6h; claritromicina 500 mg VO c/12h; oxigeno por venturi 35%.
Medico tratante: [[N|Camilo Andres Beltran]]  RM [[CED*|1098-554]]
""", [("ipratropio + salbutamol", "4 puff", "inhalado", "c/4h"), ("metilprednisolona", "40 mg", "IV", "cada 12 horas"),
      ("ampicilina sulbactam", "3 g", "IV", "c/6h"), ("claritromicina", "500 mg", "VO", "c/12h")],
     [("EPOC GOLD 3 oxigenorequirente", "J44.9"), ("cor pulmonale", "I27.81"), ("HTA", "I10"), ("EPOC exacerbado", "J44.1"),
      ("neumonia adquirida en la comunidad CURB-65 2", "J18.9"), ("insuficiencia respiratoria aguda hipoxemica", "J96.01")],
     negated=["DM2"])

note("h6-es-co-07", "CO", "es", """REMISION / CONTRARREFERENCIA
De: Medicina General IPS Comfama Bello    Para: Nefrologia
Paciente [[N|Luz Marina Gomez Arango]], CC [[DNI*|43.188.902]], 62 años, tel [[T|604 455 1290]]
Direccion: [[A|Cra 50 # 45-32 apto 301, Bello, Antioquia]]
Se remite por ERC estadio 4 (TFG 22 ml/min) de etiologia diabetica, progresion en ultimo año.
Antecedentes: DM2 insulinorrequiriente; HTA; retinopatia diabetica; hiperuricemia.
Medicacion actual: insulina glargina 22 UI SC noche, linagliptina 5 mg VO dia, amlodipino 10mg VO cada 24h, alopurinol 100 mg VO dia. Se suspendio losartan por hiperkalemia.
Solicita: valoracion para terapia de reemplazo renal.
Medico remitente: [[N|Juliana Henao Vasquez]]
""", [("insulina glargina", "22 UI", "SC", "noche"), ("linagliptina", "5 mg", "VO", "dia"), ("amlodipino", "10mg", "VO", "cada 24h"),
      ("alopurinol", "100 mg", "VO", "dia")],
     [("ERC estadio 4", "N18.4"), ("DM2 insulinorrequiriente", "E11.22"), ("HTA", "I10"), ("retinopatia diabetica", "E11.319"),
      ("hiperuricemia", "E79.0")], stopped=["losartan"])

note("h6-es-co-08", "CO", "es", """NOTA DE ENFERMERIA - Piso 4 Quirurgicas   Turno noche
Pte [[N|Sergio Luis Mendoza Pacheco]] cama 412  HC [[R*|7712093]]
Paciente en POP dia 1 de colecistectomia laparoscopia por colecistitis aguda litiasica.
Paciente tranquilo, afebril, sin nauseas, niega dolor en herida. Tolera via oral.
Se administra dipirona 1 g IV c/8h, omeprazol 20 mg IV c/24h, tramadol 50 mg IV si dolor severo (no requirio).
SV: TA 118/76 FC 72 T 36.7. Deambula con ayuda.
Familiar: esposa [[N|Nelly Pacheco]] acompaña.
Enf. [[N|Yuliana Restrepo]]
""", [("dipirona", "1 g", "IV", "c/8h"), ("omeprazol", "20 mg", "IV", "c/24h"), ("tramadol", "50 mg", "IV", "si dolor severo")],
     [("colecistitis aguda litiasica", "K80.00")], negated=["nauseas", "dolor en herida"])

note("h6-es-co-09", "CO", "es", """CONSULTA EXTERNA DERMATOLOGIA
Nombre: [[N|Valentina Ochoa Salcedo]]  Identificacion: TI [[DNI*|1001873345]]  Edad 16
Madre: [[N|Claudia Salcedo Ruiz]]   correo [[E|claudia.salcedo77@hotmail.com]]
Motivo: acne hace 2 años
EF: comedones, papulas y pustulas en cara y espalda, cicatrices atroficas.
Dx: Acne vulgar moderado a severo, dermatitis seborreica
Tto: doxiciclina 100 mg VO cada dia x 3 meses, adapaleno/peroxido de benzoilo gel 1 aplicacion topica en la noche, ketoconazol shampoo 3 veces por semana.
No historia de alergias. Control en 3 meses con perfil lipidico para isotretinoina.
Dermatologa: [[N|Natalia Giraldo Mejia]]
""", [("doxiciclina", "100 mg", "VO", "cada dia"), ("adapaleno/peroxido de benzoilo", "1 aplicacion", "topica", "en la noche"),
      ("ketoconazol", None, None, "3 veces por semana")],
     [("Acne vulgar moderado a severo", "L70.0"), ("dermatitis seborreica", "L21.9")], negated=["alergias"])

# ======================================= Argentina =================================================================
note("h6-es-ar-10", "AR", "es", f"""Hospital Italiano - Clinica Medica - Consultorio
Pac: [[N|Graciela Noemi Pereyra]], 69a, DNI [[DNI*|11.204.556]], CUIL [[DNI*|{cuit("2711204556")}]]
HC [[R*|3301772]]  Obra social: PAMI
MC: control, trae estudios.
AP: FA paroxistica, ICC con FEY conservada, hipotiroidismo, artrosis de rodillas. NO DBT, no TBQ.
EF: TA 128/76, FC 66 irregular, edemas leves MMII.
Eco: FEY 55%, AI dilatada.
Impresion: en ritmo sinusal hoy, clinicamente estable.
Plan: sigue apixaban 5 mg VO c/12 hs; bisoprolol 2,5 mg VO por la mañana; furosemida 20 mg VO dia por medio; levotiroxina 75 mcg VO en ayunas. Suspende diclofenac. Paracetamol 1 g VO c/8 hs si dolor articular.
Dr. [[N|Martin Iglesias]] MN [[CED*|98.441]]
""", [("apixaban", "5 mg", "VO", "c/12 hs"), ("bisoprolol", "2,5 mg", "VO", "por la mañana"), ("furosemida", "20 mg", "VO", "dia por medio"),
      ("levotiroxina", "75 mcg", "VO", "en ayunas"), ("Paracetamol", "1 g", "VO", "c/8 hs si dolor articular")],
     [("FA paroxistica", "I48.0"), ("ICC con FEY conservada", "I50.30"), ("hipotiroidismo", "E03.9"), ("artrosis de rodillas", "M17.0")],
     negated=["DBT", "TBQ"], stopped=["diclofenac"])

note("h6-es-ar-11", "AR", "es", """EPICRISIS - Sanatorio Otamendi
Paciente: [[N|Lautaro Joaquin Benitez]]   DNI: [[DNI*|40.118.327]]   Fecha de nac.: [[B|02/09/1997]]
Nro. internacion: [[R*|INT-55190]]
Ingreso 14/11/2026 - Egreso 18/11/2026
Motivo de internacion: dolor en FID, fiebre y vomitos.
Evolucion: se realiza apendicectomia laparoscopica, hallazgo de apendicitis aguda flegmonosa. Buena evolucion, afebril, tolera dieta.
Diagnosticos al egreso:
1. Apendicitis aguda flegmonosa, operada
2. Ileo postoperatorio leve, resuelto
Indicaciones al alta: ibuprofeno 600 mg VO c/8 hs por 5 dias; paracetamol 500 mg VO c/6 hs SOS; amoxicilina-clavulanico 875/125 mg VO c/12 hs por 5 dias.
Contacto: madre [[N|Silvina Ferreyra]] - [[T|+54 9 11 5832-4471]]
Firma: [[N|Agustina Roldan]], medica de planta
""", [("ibuprofeno", "600 mg", "VO", "c/8 hs"), ("paracetamol", "500 mg", "VO", "c/6 hs SOS"),
      ("amoxicilina-clavulanico", "875/125 mg", "VO", "c/12 hs")],
     [("Apendicitis aguda flegmonosa, operada", "K35.80"), ("Ileo postoperatorio leve, resuelto", "K91.89")])

note("h6-es-ar-12", "AR", "es", """GUARDIA PEDIATRICA - Hospital de Niños R. Gutierrez
Pac: [[N|Thiago Benjamin Acosta]] 3 años  DNI [[DNI*|55.390.118]]
Acompañado por su padre, [[N|Cristian Acosta]], tel [[T|11 3390-2217]].
MC: fiebre de 39 y tos hace 48 h. Sin vomitos, sin diarrea. Vacunas completas.
EF: FR 38, tiraje subcostal leve, sibilancias espiratorias bilaterales. SatO2 94%.
Dx: Bronquiolitis/ broncoespasmo leve
Ind.: salbutamol aerosol 2 disparos con aerocamara c/20 min x 3, luego c/4 hs; ibuprofeno 7 ml VO c/8 hs si fiebre; prednisolona 1 mg/kg VO dia x 3 dias.
Pautas de alarma. Control en 24 hs.
Dra. [[N|Florencia Quiroga]]
""", [("salbutamol", "2 disparos", None, "c/20 min x 3, luego c/4 hs"), ("ibuprofeno", "7 ml", "VO", "c/8 hs si fiebre"),
      ("prednisolona", "1 mg/kg", "VO", "dia")],
     [("Bronquiolitis", "J21.9"), ("broncoespasmo leve", "J98.01")], negated=["vomitos", "diarrea"])

note("h6-es-ar-13", "AR", "es", f"""PRE QUIRURGICO - Evaluacion cardiologica
Nombre y apellido: [[N|Hugo Alberto Marchetti]]   Edad: 74   DNI [[DNI*|5.992.341]]
CUIT [[DNI*|{cuit("2005992341", bad=True)}]]   Domicilio: [[A|Av. Pellegrini 1820, Rosario, Santa Fe]]
Cirugia programada: RTU de prostata por HPB.
Antecedentes patologicos: HTA, DBT tipo 2 no insulinorrequiriente, IAM inferior 2015 con ATC a CD, EPOC leve.
Niega angor, niega sincope. CF I.
ECG: RS, ondas Q en DIII y aVF.
Conclusion: riesgo cardiovascular intermedio, apto para cirugia.
Medicacion: aspirina 100 mg VO dia (NO suspender), atorvastatina 40 mg VO noche, enalapril 10 mg VO c/12 hs, metformina 1000 mg VO c/12 hs (suspender 24 hs antes).
Cardiologo: [[N|Gustavo Ferrari]]  MP [[CED*|12.884]]
""", [("aspirina", "100 mg", "VO", "dia"), ("atorvastatina", "40 mg", "VO", "noche"), ("enalapril", "10 mg", "VO", "c/12 hs")],
     [("HPB", "N40.0"), ("HTA", "I10"), ("DBT tipo 2 no insulinorrequiriente", "E11.9"), ("IAM inferior 2015", "I25.2"), ("EPOC leve", "J44.9")],
     negated=["angor", "sincope"], stopped=["metformina"])

# ======================================= Chile =====================================================================
note("h6-es-cl-14", "CL", "es", f"""CESFAM Dr. Salvador Allende - Control Cronico PSCV
Paciente: [[N|Ruth Elizabeth Cárcamo Soto]]   RUT: [[RUT*|{rut(8442913)}]]   Ficha: [[R*|F-22871]]
Fecha nac: [[B|30-06-1958]]   Fono [[T|+56 9 8812 4407]]
Controles: HTA + DM2 + dislipidemia, riesgo CV alto.
Refiere buena adherencia. Sin dolor toracico, no claudicacion.
Examen: PA 134/82, peso 74, CC 98.
Labs: HbA1c 7.1, LDL 96, RAC 45 mg/g.
Diagnosticos: HTA etapa 1 controlada, DM2 con nefropatia incipiente, dislipidemia en tratamiento
Indicaciones: enalapril 20 mg VO c/12 hrs, metformina 850 mg VO c/8 hrs, atorvastatina 20 mg VO noche, AAS 100 mg VO al almuerzo.
Enf. [[N|Pamela Vergara]] / Dr. [[N|Ignacio Fuentealba]]
""", [("enalapril", "20 mg", "VO", "c/12 hrs"), ("metformina", "850 mg", "VO", "c/8 hrs"), ("atorvastatina", "20 mg", "VO", "noche"),
      ("AAS", "100 mg", "VO", "al almuerzo")],
     [("HTA etapa 1 controlada", "I10"), ("DM2 con nefropatia incipiente", "E11.21"), ("dislipidemia en tratamiento", "E78.5")],
     negated=["dolor toracico", "claudicacion"])

note("h6-es-cl-15", "CL", "es", f"""SERVICIO DE URGENCIA - HOSPITAL BARROS LUCO
DAU N° [[R*|2026-339811]]
Nombre: [[N|Cristobal Andres Muñoz Leiva]]  RUN [[RUT*|{rut(19883402, bad=True)}]]  Edad: 27
Motivo: TEC + contusion de muñeca por caida de bicicleta, sin perdida de conciencia. Niega vomitos, niega cefalea.
Al examen: Glasgow 15, aumento de volumen y dolor en tabaquera anatomica derecha.
Rx muñeca: sin fractura evidente.
HD: TEC leve / Esguince de muñeca derecha / sospecha de fractura de escafoides
Tto: inmovilizacion con ferula; ketoprofeno 50 mg VO c/8 hrs por 5 dias; paracetamol 1 g VO c/8 hrs SOS.
Control traumatologia 10 dias con nueva Rx.
Medico: [[N|Josefa Retamal Araya]]
""", [("ketoprofeno", "50 mg", "VO", "c/8 hrs"), ("paracetamol", "1 g", "VO", "c/8 hrs SOS")],
     [("TEC leve", "S06.0"), ("Esguince de muñeca derecha", "S63.50"), ("sospecha de fractura de escafoides", "S62.00")],
     negated=["vomitos", "cefalea"])

note("h6-es-cl-16", "CL", "es", f"""INFORME DE LABORATORIO - Clinica Alemana
Paciente     : [[N|VALDES ORTUZAR, MACARENA]]
RUT          : [[RUT*|{rut(16220874, dots=False)}]]
Fecha Nac.   : [[B|17.01.1986]]
N° Orden     : [[R*|77120044]]
Medico       : [[N|SAAVEDRA P., RODRIGO]]
------------------------------------------------
TSH ............... 0.02   uUI/mL  (0.35-4.94)
T4 libre .......... 3.9    ng/dL   (0.7-1.48)
Anti-TRAb ......... 12.4   UI/L    (<1.75)
------------------------------------------------
Comentario: perfil compatible con hipertiroidismo primario, sugerente de enfermedad de Graves.
TM [[N|Carla Henriquez]]
""", [], [("hipertiroidismo primario", "E05.90"), ("enfermedad de Graves", "E05.00")])

note("h6-es-cl-17", "CL", "es", f"""INTERCONSULTA
A: Gastroenterologia    De: Medicina Interna, Hospital del Salvador
Paciente [[N|Ernesto Ulloa Bravo]], 55 años, RUT [[RUT*|{rut(9114087)}]]
Hija: [[N|Daniela Ulloa Paredes]] [[E|dani.ulloa.p@gmail.com]]
Motivo: sindrome anemico + melena intermitente
Antecedentes: DHC por OH Child B; varices esofagicas (EDA 2025); DM2; no HTA.
Usa: propranolol 20 mg VO c/12 hrs; espironolactona 100 mg VO dia; lactulosa 20 ml VO c/8 hrs; insulina NPH 16 UI SC AM.
Suspendido naproxeno desde ingreso.
Se solicita EDA para descartar sangrado variceal.
Solicitado por: [[N|Francisca Gonzalez Tapia]]
""", [("propranolol", "20 mg", "VO", "c/12 hrs"), ("espironolactona", "100 mg", "VO", "dia"), ("lactulosa", "20 ml", "VO", "c/8 hrs"),
      ("insulina NPH", "16 UI", "SC", "AM")],
     [("sindrome anemico", "D64.9"), ("melena intermitente", "K92.1"), ("DHC por OH Child B", "K70.30"), ("varices esofagicas", "I85.00"), ("DM2", "E11.9")],
     negated=["HTA"], stopped=["naproxeno"])

# ======================================= Peru ======================================================================
note("h6-es-pe-18", "PE", "es", """HOSPITAL NACIONAL ARZOBISPO LOAYZA - EMERGENCIA
Paciente: [[N|Yolanda Quispe Mamani]]  DNI [[DNI*|41228790]]  HC: [[R*|1120887]]
Edad 44a, procedente de [[A|Jr. Ayacucho 512, Cercado de Lima]]
Hijo: [[N|Kevin Huaman Quispe]] cel. [[T|987 554 210]]
Relato: dolor en hipocondrio derecho post ingesta de grasas, nauseas, ictericia hace 2 dias, fiebre.
APP: colelitiasis diagnosticada 2024 (no operada), obesidad. Niega HTA, niega DM.
Examen: T 38.8, ictericia de escleras, Murphy (+).
Dx: 1.- Colangitis aguda moderada  2.- Coledocolitiasis  3.- Obesidad
Tto: NPO, ClNa 0.9% 1000 cc EV c/8h, ceftriaxona 2 g EV c/24h, metronidazol 500 mg EV c/8h, metamizol 1 g EV c/8h PRN dolor.
Solicito CPRE.
Medico de guardia: [[N|Luis Alberto Chavez Rojas]]  CMP [[CED*|055812]]
""", [("ClNa 0.9%", "1000 cc", "EV", "c/8h"), ("ceftriaxona", "2 g", "EV", "c/24h"), ("metronidazol", "500 mg", "EV", "c/8h"),
      ("metamizol", "1 g", "EV", "c/8h PRN dolor")],
     [("colelitiasis", "K80.20"), ("Colangitis aguda moderada", "K83.09"), ("Coledocolitiasis", "K80.50"), ("Obesidad", "E66.9")],
     negated=["HTA", "DM"])

note("h6-es-pe-19", "PE", "es", """RECETA - EsSalud Policlinico Chincha
Paciente: [[N|Marcos Antonio Huerta Lévano]]   DNI: [[DNI*|21882047]]   Autogenerado: [[R*|6203121HTLVM004]]
Diagnostico (CIE-10): J03.9 Amigdalitis aguda; R50.9 Fiebre
Rp/
1) Amoxicilina 500 mg tab - 1 tab VO c/8h por 7 dias (21 tab)
2) Paracetamol 500 mg tab - 1 tab VO c/6h condicional a fiebre (10 tab)
3) Clorfenamina 4 mg - 1 tab VO c/12h (6 tab)
Medico: [[N|Rosa Elvira Tasayco]]  CMP [[CED*|61203]]
""", [("Amoxicilina", "1 tab", "VO", "c/8h"), ("Paracetamol", "1 tab", "VO", "c/6h condicional a fiebre"),
      ("Clorfenamina", "1 tab", "VO", "c/12h")],
     [("Amigdalitis aguda", "J03.90"), ("Fiebre", "R50.9")])

note("h6-es-pe-20", "PE", "es", """Clinica San Felipe - CONSULTA NEUROLOGIA (teleconsulta)
Pcte [[N|Diana Carolina Paredes Salas]], 38 a, F. de nacimiento [[B|09/12/1987]], correo [[E|dcparedes@yahoo.es]]
Seguimiento de migraña sin aura cronica. Refiere 10 dias de cefalea al mes, usa ergotamina con frecuencia.
No focalidad, sin fotopsias.
Antecedente: hipotiroidismo subclinico, sindrome de ovario poliquistico.
Impresion: Migraña cronica sin aura y cefalea por abuso de medicacion
Plan: se suspende ergotamina/cafeina. Inicia topiramato 25 mg VO noche (subir a 50 mg en 2 sem). Naproxeno 550 mg VO al inicio del dolor, max 2 por semana.
Magnesio 400 mg VO diario.
Neurologo: [[N|Renzo Cardenas Valdivia]]
""", [("topiramato", "25 mg", "VO", "noche"), ("Naproxeno", "550 mg", "VO", "al inicio del dolor, max 2 por semana"),
      ("Magnesio", "400 mg", "VO", "diario")],
     [("hipotiroidismo subclinico", "E02"), ("sindrome de ovario poliquistico", "E28.2"), ("Migraña cronica sin aura", "G43.709"),
      ("cefalea por abuso de medicacion", "G44.41")],
     negated=["focalidad", "fotopsias"], stopped=["ergotamina/cafeina"])

note("h6-es-pe-21", "PE", "es", """INFORME DE ALTA - Hospital Regional de Cusco - Medicina
Nombres y apellidos: [[N|Justino Ccori Huillca]]   H.C. [[R*|304551]]   DNI [[DNI*|23990418]]
Fecha de nac. [[B|1949-04-02]]   Esposa: [[N|Maria Apaza de Ccori]]
DIAGNOSTICOS DE ALTA
 - Insuficiencia cardiaca congestiva descompensada, compensada al alta
 - Fibrilacion auricular de respuesta ventricular alta
 - Poliglobulia secundaria de altura
 - ERC estadio 3a
TRATAMIENTO AL ALTA: furosemida 40 mg VO c/24h en la mañana; digoxina 0.125 mg VO diario; warfarina 5 mg VO segun INR; losartan 25 mg VO c/12h.
Suspender hidroclorotiazida.
Control en consultorio de cardiologia 1 semana.
Medico tratante: [[N|Edgar Huaman Quispe]]
""", [("furosemida", "40 mg", "VO", "c/24h en la mañana"), ("digoxina", "0.125 mg", "VO", "diario"), ("warfarina", "5 mg", "VO", "segun INR"),
      ("losartan", "25 mg", "VO", "c/12h")],
     [("Insuficiencia cardiaca congestiva descompensada, compensada al alta", "I50.9"),
      ("Fibrilacion auricular de respuesta ventricular alta", "I48.91"), ("Poliglobulia secundaria de altura", "D75.1"), ("ERC estadio 3a", "N18.31")],
     stopped=["hidroclorotiazida"])

# ======================================= Brazil (Portuguese-flavoured Spanish) =====================================
note("h6-es-br-22", "BR", "es", f"""PRONTO ATENDIMENTO - Hospital Santa Casa de Porto Alegre
Paciente: [[N|João Victor Pereira da Silva]]   CPF: [[CPF*|{cpf("418220937")}]]   Prontuário: [[R*|PA-883021]]
Data de nasc.: [[B|05/05/1990]]   Mãe: [[N|Rosangela Pereira da Silva]]
Queixa: dor abdominal em fossa iliaca direita desde ontem, nauseas, sem diarreia. Nega febre.
Antecedentes: asma leve; nega cirurgias previas.
Exame: Blumberg positivo, dor a descompressão.
Hipotese diagnostica: apendicite aguda
Conduta: jejum, dipirona 1 g EV de 6/6h, ondansetrona 4 mg EV se nauseas, cefazolina 2 g EV profilaxia pre-op.
Avaliação cirurgica: Dr. [[N|Rafael Tavares Lima]] CRM [[CED*|RS 33981]]
""", [("dipirona", "1 g", "EV", "de 6/6h"), ("ondansetrona", "4 mg", "EV", "se nauseas"), ("cefazolina", "2 g", "EV", "profilaxia pre-op")],
     [("asma leve", "J45.909"), ("apendicite aguda", "K35.80")], negated=["diarreia", "febre"])

note("h6-es-br-23", "BR", "es", f"""UBS Vila Mariana - Consulta de retorno
Nome: [[N|Maria Aparecida Gonçalves]]  [[CPF|{cpf("226381004")}]]  Cartão SUS: [[R*|702 4091 3381 2215]]
Tel [[T|(11) 98844-1290]]  Endereço: [[A|Rua Domingos de Morais 1420, ap. 52, São Paulo]]
Paciente 66 anos, hipertensa e diabetica tipo 2, com hipotireoidismo. Refere tonturas. Sem dor no peito.
PA 100/60 em pe.
Avaliação: hipotensao postural por excesso de anti-hipertensivo; HAS; DM tipo 2 controlado
Conduta: suspendo anlodipino. Mantenho losartana 50 mg VO 12/12h, metformina 850 mg VO 2x ao dia, levotiroxina 50 mcg VO em jejum.
Retorno 30 dias.
Médica: [[N|Beatriz Nogueira Campos]]  CRM-SP [[CED*|145882]]
""", [("losartana", "50 mg", "VO", "12/12h"), ("metformina", "850 mg", "VO", "2x ao dia"), ("levotiroxina", "50 mcg", "VO", "em jejum")],
     [("hipotireoidismo", "E03.9"), ("hipotensao postural por excesso de anti-hipertensivo", "I95.2"), ("HAS", "I10"),
      ("DM tipo 2 controlado", "E11.9")],
     negated=["dor no peito"], stopped=["anlodipino"])

note("h6-es-br-24", "BR", "es", f"""SUMARIO DE ALTA - Hospital das Clinicas - Enfermaria de Clinica Medica
Paciente [[N|Antonio Carlos Ribeiro]], 71a, CPF [[CPF*|{cpf("107552893", bad=True)}]], RG-HC [[R*|3390128J]]
Esposa: [[N|Ivone Ribeiro]] - [[T|(31) 3274-5561]]
Diagnosticos:
1) Pneumonia aspirativa, tratada
2) Doença de Parkinson avançada
3) Disfagia neurogenica
4) DPOC
Medicações na alta: levodopa/benserazida 200/50 mg VO 8/8h; amoxicilina-clavulanato 875 mg VO 12/12h por mais 3 dias; tiotropio 2 jatos inalatorio 1x ao dia.
Suspenso haloperidol.
Dieta pastosa espessada. Fonoaudiologia.
Medico assistente: [[N|Paulo Henrique Moreira]]
""", [("levodopa/benserazida", "200/50 mg", "VO", "8/8h"), ("amoxicilina-clavulanato", "875 mg", "VO", "12/12h"),
      ("tiotropio", "2 jatos", "inalatorio", "1x ao dia")],
     [("Pneumonia aspirativa, tratada", "J69.0"), ("Doença de Parkinson avançada", "G20"), ("Disfagia neurogenica", "R13.19"), ("DPOC", "J44.9")],
     stopped=["haloperidol"])

# ======================================= Ecuador ===================================================================
note("h6-es-ec-25", "EC", "es", f"""HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO - CONSULTA EXTERNA ENDOCRINOLOGIA
Paciente: [[N|Mercedes Alexandra Guaman Tipan]]  C.I. [[DNI*|{cedula_ec("171882904")}]]  HCL [[R*|551203]]
Telefono [[T|099 812 3344]]
MOTIVO: control DM2 + obesidad
Antecedentes personales: DM2 hace 8 años, HTA, higado graso no alcoholico, hipotiroidismo.
No refiere hipoglicemias. sin poliuria.
IDG: DM2 no controlada con HbA1c 9.4 / obesidad grado II
Plan: empagliflozina 25 mg VO QD; metformina XR 1000 mg VO BID; semaglutida 0.25 mg SC semanal; enalapril 10 mg VO BID; levotiroxina 88 mcg VO QD en ayunas.
Se retira glimepirida.
Dra. [[N|Paola Cevallos]]  Reg. MSP [[CED*|1717-0299]]
""", [("empagliflozina", "25 mg", "VO", "QD"), ("metformina XR", "1000 mg", "VO", "BID"), ("semaglutida", "0.25 mg", "SC", "semanal"),
      ("enalapril", "10 mg", "VO", "BID"), ("levotiroxina", "88 mcg", "VO", "QD en ayunas")],
     [("HTA", "I10"), ("higado graso no alcoholico", "K76.0"), ("hipotiroidismo", "E03.9"), ("DM2 no controlada con HbA1c 9.4", "E11.65"),
      ("obesidad grado II", "E66.9")],
     negated=["hipoglicemias", "poliuria"], stopped=["glimepirida"])

note("h6-es-ec-26", "EC", "es", f"""EMERGENCIA - Hospital Luis Vernaza, Guayaquil
Pte: [[N|Byron Stalin Zambrano Macias]]  cedula [[DNI*|{cedula_ec("092271838", bad=True)}]]  edad 19
Acompañante: [[N|Jacinta Macias]] (madre)
MC: fiebre alta 4 dias, mialgias, dolor retroocular, petequias. Sin sangrado activo. niega dolor abdominal.
EF: T 39.1, prueba del lazo positiva.
Labs: plaquetas 68.000, Hto 46.
Dx: Dengue con signos de alarma
Ind: Lactato Ringer 10 ml/kg/h IV; paracetamol 1 g VO c/6h si fiebre; evitar AINES. Control de Hto c/6h.
MR: [[N|Jimmy Loor Vera]]
""", [("Lactato Ringer", "10 ml/kg/h", "IV", None), ("paracetamol", "1 g", "VO", "c/6h si fiebre")],
     [("Dengue con signos de alarma", "A97.1")], negated=["sangrado activo", "dolor abdominal"])

note("h6-es-ec-27", "EC", "es", f"""CERTIFICADO / NOTA DE REFERENCIA
Centro de Salud Tipo C Cotocollao -> Hospital Pablo Arturo Suarez (Ginecologia)
Paciente [[N|Evelyn Lisbeth Chicaiza Pilatasig]], 24 años, [[DNI|{cedula_ec("172563018")}]]
HC [[R*|0089371]]   Esposo: [[N|Kleber Toapanta]] [[T|098 551 0293]]
Embarazo de 34 semanas, TA 152/98 en dos tomas, proteinuria 2+, cefalea. Sin epigastralgia, no tinnitus.
Antecedentes: ninguno. G1P0.
Dx presuntivo: Preeclampsia sin signos de severidad / Embarazo de 34 semanas
Se administra nifedipino 10 mg VO dosis unica y sulfato de magnesio 4 g IV impregnacion.
Medico referente: [[N|Andres Sarzosa]]
""", [("nifedipino", "10 mg", "VO", "dosis unica"), ("sulfato de magnesio", "4 g", "IV", "impregnacion")],
     [("Preeclampsia sin signos de severidad", "O14.00"), ("Embarazo de 34 semanas", "Z3A.34")],
     negated=["epigastralgia", "tinnitus"])

# ======================================= Uruguay ===================================================================
note("h6-es-uy-28", "UY", "es", f"""CASMU - Policlinica de Medicina General
Usuario: [[N|Walter Dario Fernandez Olivera]]   CI [[DNI*|{ci_uy("3412908")}]]   Nro socio [[R*|448120]]
Edad 63.  Tel [[T|099 334 218]]
Consulta por: tos seca persistente desde que inicio enalapril.
AP: HTA, gota, ex fumador. No EPOC. No alergias conocidas.
EF: PA 138/84. Pulmones limpios.
Diagnostico: tos por IECA; HTA
Plan: suspendo enalapril, inicio losartan 50 mg VO 1 vez por dia. Sigue alopurinol 300 mg VO dia. Colchicina 0,5 mg VO c/12 hs si crisis de gota.
Dra. [[N|Lucia Cabrera]]
""", [("losartan", "50 mg", "VO", "1 vez por dia"), ("alopurinol", "300 mg", "VO", "dia"), ("Colchicina", "0,5 mg", "VO", "c/12 hs si crisis de gota")],
     [("HTA", "I10"), ("gota", "M10.9"), ("tos por IECA", "R05.8")],
     negated=["EPOC", "alergias conocidas"], stopped=["enalapril"])

note("h6-es-uy-29", "UY", "es", f"""HOSPITAL DE CLINICAS - CTI
RESUMEN DE EGRESO
Paciente: [[N|Sofia Belen Rodriguez Pintos]]   C.I.: [[DNI*|{ci_uy("5019274", bad=True)}]]   Registro: [[R*|HC-1029938]]
F. nac: [[B|22/08/2001]]   Padre: [[N|Gabriel Rodriguez]]
Ingreso por cetoacidosis diabetica severa como debut de diabetes mellitus tipo 1.
Diagnosticos de egreso: cetoacidosis diabetica severa, resuelta; diabetes mellitus tipo 1 de debut; infeccion urinaria baja
Tratamiento al alta: insulina glargina 18 UI SC en la noche; insulina aspart 4-6 UI SC antes de cada comida segun glicemia; cefuroxime 500 mg VO c/12 hs 5 dias.
Se suspende infusion de insulina regular.
Pase a sala de endocrinologia. Medico: [[N|Ana Laura Sosa]]
""", [("insulina glargina", "18 UI", "SC", "en la noche"), ("insulina aspart", "4-6 UI", "SC", "antes de cada comida segun glicemia"),
      ("cefuroxime", "500 mg", "VO", "c/12 hs")],
     [("cetoacidosis diabetica severa, resuelta", "E10.10"), ("diabetes mellitus tipo 1 de debut", "E10.9"), ("infeccion urinaria baja", "N39.0")],
     stopped=["insulina regular"])

note("h6-es-uy-30", "UY", "es", f"""Laboratorio de Analisis Clinicos - Montevideo
PACIENTE: [[N|Ines Margarita Silveira]]   DOC: [[DNI*|{ci_uy("1887320")}]]
F.NAC: [[B|11/11/1944]]   SOLICITA: [[N|Pablo Curbelo]]
MUESTRA: Orina   N° [[R*|U-558102]]
Urocultivo: > 100.000 UFC/ml Escherichia coli
Antibiograma: sensible a nitrofurantoina, fosfomicina; resistente a ciprofloxacina, TMP-SMX.
Conclusion: infeccion urinaria por E. coli multirresistente
""", [], [("infeccion urinaria por E. coli multirresistente", "N39.0")])

# ======================================= Venezuela =================================================================
note("h6-es-ve-31", "VE", "es", """HOSPITAL UNIVERSITARIO DE CARACAS - SERVICIO DE MEDICINA INTERNA
HISTORIA DE INGRESO
Nombre: [[N|Jose Gregorio Marquez Bolivar]]  C.I. V-[[DNI*|12.558.903]]  Historia N° [[R*|1993-44718]]
Fecha de nacimiento: [[B|19-03-1972]]   Hermano: [[N|Luis Marquez Bolivar]]  tlf [[T|0414-228-9071]]
Direccion: [[A|Urb. Los Palos Grandes, 3ra transversal, Qta. Mi Refugio, Caracas]]
MOTIVO DE CONSULTA: Edema generalizado.
ANTECEDENTES: HTA de 15 años, DM2 de 12 años, IRC en hemodialisis interdiaria. Niega asma.
EXAMEN: TA 180/110 FC 92. Anasarca. Crepitantes bibasales.
IMPRESION DIAGNOSTICA:
1. Sobrecarga hidrica por inasistencia a dialisis
2. Emergencia hipertensiva
3. Hiperkalemia moderada
PLAN: dialisis de urgencia, gluconato de calcio 10 ml IV STAT, insulina cristalina 10 UI IV con dextrosa, captopril 25 mg SL dosis unica, amlodipina 10 mg VO OD.
Residente: [[N|Yusbelis Carrillo]]  Adjunto: [[N|Oswaldo Perez Mendez]]
""", [("gluconato de calcio", "10 ml", "IV", "STAT"), ("insulina cristalina", "10 UI", "IV", None), ("captopril", "25 mg", "SL", "dosis unica"),
      ("amlodipina", "10 mg", "VO", "OD")],
     [("HTA de 15 años", "I10"), ("DM2 de 12 años", "E11.9"), ("IRC en hemodialisis interdiaria", "N18.6"),
      ("Sobrecarga hidrica por inasistencia a dialisis", "E87.70"), ("Emergencia hipertensiva", "I16.1"), ("Hiperkalemia moderada", "E87.5")],
     negated=["asma"])

note("h6-es-ve-32", "VE", "es", """Consultorio Pediatrico Dra. [[N|Mariela Urdaneta]] - Maracaibo
Paciente: [[N|Samuel David Nava Finol]]  Edad: 7 años  Peso 24 kg
Madre: [[N|Oriana Finol de Nava]]  C.I. [[DNI*|18.774.212]]  tlf [[T|0261-7532218]]
Consulta por diarrea liquida 6 evacuaciones/dia x 2 dias, sin sangre, vomitos ocasionales. Afebril.
EF: mucosas semisecas, llenado capilar < 2 seg.
Dx: Enfermedad diarreica aguda con deshidratacion leve
Tratamiento:
* Sales de rehidratacion oral 100 ml VO despues de cada evacuacion
* Zinc 20 mg VO OD x 10 dias
* Ondansetron 4 mg VO c/8h en caso de vomitos
* Probiotico 1 sobre VO OD
""", [("Sales de rehidratacion oral", "100 ml", "VO", "despues de cada evacuacion"), ("Zinc", "20 mg", "VO", "OD"),
      ("Ondansetron", "4 mg", "VO", "c/8h en caso de vomitos"), ("Probiotico", "1 sobre", "VO", "OD")],
     [("Enfermedad diarreica aguda con deshidratacion leve", "A09")], negated=["sangre"])

note("h6-es-ve-33", "VE", "es", """TELECONSULTA - Cardiologia (paciente en Valencia)
Pac. [[N|Carmen Teresa Oropeza]], 76a, C.I. [[DNI*|3.901.448]], correo [[E|c.oropeza1950@gmail.com]]
Nieta (cuidadora): [[N|Andreina Oropeza Gil]]
Refiere palpitaciones ocasionales; no sincope, no dolor precordial. Trae Holter: FA paroxistica con RVR.
APP: HTA, ICC FEVI 40%, ACV isquemico 2023 sin secuelas.
Plan: inicia rivaroxaban 15 mg VO OD con la cena; continua metoprolol succinato 50 mg VO OD, sacubitril/valsartan 49/51 mg VO BID. Suspender aspirina 81 mg.
Cardiologo: [[N|Rafael Angel Briceño]]
""", [("rivaroxaban", "15 mg", "VO", "OD con la cena"), ("metoprolol succinato", "50 mg", "VO", "OD"),
      ("sacubitril/valsartan", "49/51 mg", "VO", "BID")],
     [("FA paroxistica con RVR", "I48.0"), ("HTA", "I10"), ("ICC FEVI 40%", "I50.22"), ("ACV isquemico 2023 sin secuelas", "Z86.73")],
     negated=["sincope", "dolor precordial"], stopped=["aspirina"])

# ======================================= Central America ===========================================================
note("h6-es-gt-34", "GT", "es", """IGSS - Hospital General de Enfermedades, Zona 9 - CONSULTA EXTERNA
Afiliado: [[N|Edgar Rolando Xitumul Cux]]   No. afiliacion [[R*|2-58-01774-3]]   DPI [[DNI*|2544 81907 0101]]
Fecha nac [[B|7/6/1967]]   Cel [[T|5521-4098]]
Antecedentes medicos: DM tipo 2, HTA, hiperplasia prostatica. No alergias.
S/ refiere nicturia 3 veces, chorro debil. Niega hematuria.
O/ PA 130/80, tacto rectal: prostata grado II, lisa.
A/ HPB sintomatica; DM tipo 2 en control; HTA
P/ tamsulosina 0.4 mg VO cada noche; finasteride 5 mg VO diario; metformina 850 mg VO con desayuno y cena; losartan 50 mg VO c/dia.
Dr. [[N|Byron Estuardo Ajanel]]  Col. [[CED*|14.882]]
""", [("tamsulosina", "0.4 mg", "VO", "cada noche"), ("finasteride", "5 mg", "VO", "diario"), ("metformina", "850 mg", "VO", "con desayuno y cena"),
      ("losartan", "50 mg", "VO", "c/dia")],
     [("HTA", "I10"), ("HPB sintomatica", "N40.1"), ("DM tipo 2 en control", "E11.9")],
     negated=["alergias", "hematuria"])

note("h6-es-sv-35", "SV", "es", f"""HOSPITAL NACIONAL ROSALES - EMERGENCIA
Px: [[N|Wendy Marisol Hernandez de Flores]]  DUI [[DNI*|{dui("04561238")}]]  Exp. [[R*|889120-26]]
Esposo: [[N|Mauricio Flores]] tel [[T|7845-3310]]
Femenina 41a con crisis asmatica: disnea, sibilancias, no tolera decubito. Sin fiebre.
APP: asma bronquial persistente moderada, rinitis alergica. Suspendio budesonida por falta de medicamento.
SV: FR 30, SatO2 88%, FC 118.
Dx: Crisis asmatica severa
Tx: salbutamol 5 mg nebulizado c/20 min x 3; bromuro de ipratropio 0.5 mg nebulizado c/20 min x 3; hidrocortisona 200 mg IV STAT; O2 por bigotera 3 L/min.
Medico de turno: [[N|Rene Alexander Menjivar]]
""", [("salbutamol", "5 mg", "nebulizado", "c/20 min x 3"), ("bromuro de ipratropio", "0.5 mg", "nebulizado", "c/20 min x 3"),
      ("hidrocortisona", "200 mg", "IV", "STAT")],
     [("asma bronquial persistente moderada", "J45.40"), ("rinitis alergica", "J30.9"), ("Crisis asmatica severa", "J45.51")],
     negated=["fiebre"], stopped=["budesonida"])

note("h6-es-hn-36", "HN", "es", """Hospital Escuela - Tegucigalpa - SALA DE MEDICINA DE MUJERES
EVOLUCION
Paciente [[N|Dilcia Yaneth Mejia Cruz]]  Identidad [[DNI*|0801-1979-04412]]  Exp [[R*|19-004412]]
Dia 3 de hospitalizacion por pielonefritis aguda derecha. Afebril hace 24 h, sin vomitos. Persiste leve dolor lumbar.
Antecedentes: DM2, anemia cronica. niega HTA.
Dx: Pielonefritis aguda derecha en mejoria / DM2 descompensada / anemia cronica
Plan: ceftriaxona 1 g IV c/12h (dia 3/7), insulina regular segun esquema SC c/6h, acetaminofen 500 mg VO c/6h PRN.
Hija: [[N|Karla Mejia]] [[T|9874-1120]]
Dra. [[N|Gladys Zelaya]] - Medicina Interna
""", [("ceftriaxona", "1 g", "IV", "c/12h"), ("insulina regular", None, "SC", "c/6h"), ("acetaminofen", "500 mg", "VO", "c/6h PRN")],
     [("Pielonefritis aguda derecha en mejoria", "N10"), ("DM2 descompensada", "E11.65"), ("anemia cronica", "D64.9")],
     negated=["vomitos", "HTA"])

note("h6-es-ni-37", "NI", "es", """MINSA Nicaragua - Centro de Salud Silais Leon
Nota de consulta
Nombre: [[N|Francisco Javier Pastora Rivas]]  Cedula: [[DNI*|281-120386-0004K]]  Exp: [[R*|1102-22]]
hijo de [[N|Auxiliadora Rivas]]
Masc 40 a, cortero de caña, refiere edemas y orina espumosa. Niega fiebre. Sin disuria.
Antecedentes: ERC de causa no tradicional (Mesoamericana) estadio 3b; gota.
Dx: ERC estadio 3b; hiperuricemia; anemia normocitica
Tto: enalapril 5 mg VO BID, alopurinol 100 mg VO diario, sulfato ferroso 300 mg VO c/dia, acido folico 5 mg VO c/dia. Suspender ibuprofeno.
Med. [[N|Ruth Salgado]]
""", [("enalapril", "5 mg", "VO", "BID"), ("alopurinol", "100 mg", "VO", "diario"), ("sulfato ferroso", "300 mg", "VO", "c/dia"),
      ("acido folico", "5 mg", "VO", "c/dia")],
     [("ERC de causa no tradicional (Mesoamericana) estadio 3b", "N18.32"), ("gota", "M10.9"), ("hiperuricemia", "E79.0"),
      ("anemia normocitica", "D64.9")],
     negated=["fiebre", "disuria"], stopped=["ibuprofeno"])

note("h6-es-cr-38", "CR", "es", """CCSS - EBAIS Barrio San Jose, Alajuela
Nota SOAP
Asegurado: [[N|Marianela Solis Alfaro]]   Ced. [[DNI*|2-0658-0917]]   Fecha de Nac. [[B|12 feb 1985]]
Correo: [[E|mari.solis.alfaro@gmail.com]]
S: dolor lumbar mecanico 5 dias post cargar peso. Sin irradiacion, no alteraciones de esfinteres, no fiebre.
O: Lasegue negativo, contractura paravertebral.
A: Lumbalgia mecanica aguda. Antecedente de obesidad y trastorno de ansiedad.
P: ibuprofeno 400 mg VO TID con comidas x 5 dias, ciclobenzaprina 5 mg VO HS, fluoxetina 20 mg VO qAM (continua). Incapacidad 3 dias.
Dr. [[N|Esteban Mora Quesada]]  Cod. [[CED*|11987]]
""", [("ibuprofeno", "400 mg", "VO", "TID con comidas"), ("ciclobenzaprina", "5 mg", "VO", "HS"), ("fluoxetina", "20 mg", "VO", "qAM")],
     [("Lumbalgia mecanica aguda", "M54.50"), ("obesidad", "E66.9"), ("trastorno de ansiedad", "F41.9")],
     negated=["irradiacion", "alteraciones de esfinteres", "fiebre"])

note("h6-es-pa-39", "PA", "es", """HOSPITAL SANTO TOMAS - ORDEN DE LABORATORIO Y RESULTADO
| Paciente: [[N|Ricardo Enrique Batista Ortega]] | Ced.: [[DNI*|8-742-1190]] | Sexo: M |
| F. Nac.: [[B|25/10/1979]] | Expediente: [[R*|HST-0442981]] | Sala: Medicina |
| Solicitado por: [[N|Yaritza Castillo]] | Tel.: [[T|6670-2281]] |
PRUEBA              RESULTADO   REF
VIH (4a gen)        REACTIVO
Carga viral         185,000 copias/ml
CD4                 180 cel/ul   500-1500
Interpretacion: infeccion por VIH con inmunosupresion avanzada (CD4 < 200).
""", [], [("infeccion por VIH con inmunosupresion avanzada", "B20")])

# ======================================= Caribbean =================================================================
note("h6-es-cu-40", "CU", "es", """POLICLINICO DOCENTE "19 DE ABRIL" - PLAZA, LA HABANA
Consulta de Medicina Interna
Paciente: [[N|Yanelis Rodriguez Castellanos]]  CI [[DNI*|68092311458]]  HC [[R*|4471]]
Direccion: [[A|Calle 23 No. 1058 e/ 10 y 12, Vedado]]
Antecedentes patologicos personales: HTA, cardiopatia isquemica, asma bronquial. Niega DM.
Acude por cefalea occipital y mareos. No vomitos, no deficit motor.
TA 170/100.
ID: urgencia hipertensiva / cefalea tensional
Conducta: captopril 25 mg SL, luego clortalidona 25 mg VO diario, enalapril 20 mg VO 2 veces al dia, ASA 125 mg VO diario, dipirona 600 mg VO c/8h si cefalea.
Dr. [[N|Osmany Leyva Pupo]]  Especialista I grado MGI
""", [("captopril", "25 mg", "SL", None), ("clortalidona", "25 mg", "VO", "diario"), ("enalapril", "20 mg", "VO", "2 veces al dia"),
      ("ASA", "125 mg", "VO", "diario"), ("dipirona", "600 mg", "VO", "c/8h si cefalea")],
     [("HTA", "I10"), ("cardiopatia isquemica", "I25.9"), ("asma bronquial", "J45.909"), ("urgencia hipertensiva", "I16.0"),
      ("cefalea tensional", "G44.209")],
     negated=["DM", "vomitos", "deficit motor"])

note("h6-es-do-41", "DO", "es", f"""HOSPITAL DOCTOR SALVADOR B. GAUTIER - SANTO DOMINGO
NOTA DE EGRESO
Nombre: [[N|Ramon Antonio Peralta Tejada]]   Cedula: [[DNI*|{cedula_do("0310482915", bad=True)}]]   Record: [[R*|SG-220918]]
F/N: [[B|04/04/1956]]   Telefono: [[T|809-582-4410]]   Hija: [[N|Yokasta Peralta]]
DX DE EGRESO:
* Pie diabetico Wagner 3 izquierdo, post desbridamiento
* Osteomielitis del 1er ortejo izquierdo
* DM2 mal controlada
* Enfermedad arterial periferica
MEDICAMENTOS: ciprofloxacina 500 mg VO c/12h x 4 semanas; clindamicina 300 mg VO c/6h x 4 semanas; insulina NPH 20 UI SC c/12h; cilostazol 100 mg VO BID.
SE DESCONTINUA glibenclamida.
Cura diaria. Cita con cirugia vascular.
Medico: [[N|Rosanna Almonte]]  Exequatur [[CED*|338-09]]
""", [("ciprofloxacina", "500 mg", "VO", "c/12h"), ("clindamicina", "300 mg", "VO", "c/6h"), ("insulina NPH", "20 UI", "SC", "c/12h"),
      ("cilostazol", "100 mg", "VO", "BID")],
     [("Pie diabetico Wagner 3 izquierdo, post desbridamiento", "E11.621"), ("Osteomielitis del 1er ortejo izquierdo", "M86.172"),
      ("DM2 mal controlada", "E11.65"), ("Enfermedad arterial periferica", "I73.9")],
     stopped=["glibenclamida"])

note("h6-es-do-42", "DO", "es", f"""CENTRO MEDICO CIBAO - Consulta Pediatria
Pcte: [[N|Anyelo Manuel Santos Reyes]], 9 meses, peso 8.6 kg.  ARS: Senasa [[R*|98120043]]
Madre: [[N|Yudelka Reyes]], cedula [[DNI|{cedula_do("4020193847")}]], cel [[T|829-330-1182]]
Motivo: fiebre 2 dias + irritabilidad, se jala la oreja. Sin tos. Sin vomitos.
Otoscopia: membrana timpanica izq abombada, eritematosa.
Dx: OMA izquierda
Indicaciones: amoxicilina susp 250mg/5ml 7 ml VO c/12h x 10 dias; acetaminofen gotas 100mg/ml 1.2 ml VO c/6h PRN fiebre.
Dra. [[N|Milagros Guzman]]
""", [("amoxicilina", "7 ml", "VO", "c/12h"), ("acetaminofen", "1.2 ml", "VO", "c/6h PRN fiebre")],
     [("OMA izquierda", "H66.92")], negated=["tos", "vomitos"])

note("h6-es-pr-43", "PR", "es", """HOSPITAL AUXILIO MUTUO - SAN JUAN, PR
SALA DE EMERGENCIAS - Nota del medico
Paciente: [[N|Carmen Luz Rivera Santiago]]   DOB: [[B|03/15/1948]]   MRN: [[R*|AM-5518230]]
Plan medico: Triple-S  #[[R*|880412977]]
Contacto de emergencia: [[N|Jose Rivera]] (hijo) [[T|(787) 555-0148]]
CC: "me cai en el baño". Caida desde su altura, dolor en cadera derecha, no puede caminar. No perdio el conocimiento.
PMH: osteoporosis, HTN, hipotiroidismo, demencia leve. No anticoagulantes.
Exam: MID acortado y en rotacion externa.
X-ray: fractura intertrocanterica de cadera derecha.
Impression: fractura intertrocanterica cadera derecha; caida mecanica
Ordenes: morfina 2 mg IV q4h PRN dolor; acetaminofen 1 g IV q6h; enoxaparina 40 mg SC daily; consulta a ortopedia.
Continuar levotiroxina 50 mcg PO daily. Hold lisinopril.
Attending: [[N|Angel Luis Torres]], MD
""", [("morfina", "2 mg", "IV", "q4h PRN dolor"), ("acetaminofen", "1 g", "IV", "q6h"), ("enoxaparina", "40 mg", "SC", "daily"),
      ("levotiroxina", "50 mcg", "PO", "daily")],
     [("osteoporosis", "M81.0"), ("HTN", "I10"), ("hipotiroidismo", "E03.9"), ("demencia leve", "F03.A0"),
      ("fractura intertrocanterica cadera derecha", "S72.141A"), ("caida mecanica", "W19")],
     negated=["anticoagulantes"], stopped=["lisinopril"])

# ======================================= United States =============================================================
note("h6-en-us-44", "US", "en", """PROGRESS NOTE - Internal Medicine Clinic
Patient: [[N|Deborah Ann Kowalski]]   DOB: [[B|04/22/1963]]   MRN: [[R*|00488213]]
Phone: [[T|(614) 555-0192]]   Email: [[E|deb.kowalski63@gmail.com]]
SUBJECTIVE: 63 y/o F here for f/u of HTN and T2DM. Reports occasional headaches. Denies chest pain, denies SOB. No polyuria.
Past medical history: hypertension, type 2 diabetes mellitus, hyperlipidemia, hypothyroidism, GERD.
OBJECTIVE: BP 152/94, HR 76, BMI 34.
ASSESSMENT:
1. Essential hypertension, uncontrolled
2. Type 2 diabetes mellitus without complications, A1c 7.8%
3. Class I obesity
PLAN: increase lisinopril to 20 mg PO daily; continue metformin 1000 mg PO BID, atorvastatin 40 mg PO qHS, levothyroxine 100 mcg PO qAM, pantoprazole 40 mg PO daily before breakfast.
Stop hydrochlorothiazide (hyponatremia).
RTC 3 months.
Attending: [[N|Samuel Greenberg]], MD
""", [("lisinopril", "20 mg", "PO", "daily"), ("metformin", "1000 mg", "PO", "BID"), ("atorvastatin", "40 mg", "PO", "qHS"),
      ("levothyroxine", "100 mcg", "PO", "qAM"), ("pantoprazole", "40 mg", "PO", "daily before breakfast")],
     [("hyperlipidemia", "E78.5"), ("hypothyroidism", "E03.9"), ("GERD", "K21.9"), ("Essential hypertension, uncontrolled", "I10"),
      ("Type 2 diabetes mellitus without complications, A1c 7.8%", "E11.9"), ("Class I obesity", "E66.811")],
     negated=["chest pain", "SOB", "polyuria"], stopped=["hydrochlorothiazide"])

note("h6-en-us-45", "US", "en", f"""DISCHARGE SUMMARY
Mercy General Hospital, Sacramento CA
Patient Name: [[N|Tyrone Jamal Washington]]        MRN: [[R*|MG-3390124]]
DOB: [[B|Nov 3, 1971]]        SSN: [[SSN*|523-48-7710]]
Admit: 11/20/2026   Discharge: 11/25/2026
Emergency contact: [[N|Keisha Washington]] (wife) [[T|916-555-0133]]
Discharge diagnoses:
1. Community-acquired pneumonia, right lower lobe, improving
2. Acute kidney injury, resolved
3. COPD exacerbation
4. Tobacco use disorder
Hospital course: treated with IV antibiotics and steroids, transitioned to oral on day 3.
Discharge medications:
- amoxicillin-clavulanate 875 mg PO twice daily x 3 more days
- prednisone 40 mg PO daily x 2 days
- tiotropium 18 mcg inhaled once daily
- albuterol 2 puffs inhaled every 4 hours as needed for wheezing
- nicotine patch 21 mg transdermal daily
Discontinued: ibuprofen.
Referring physician: [[N|Priya Natarajan]]   Discharging physician: [[N|Michael O'Donnell]], MD
""", [("amoxicillin-clavulanate", "875 mg", "PO", "twice daily"), ("prednisone", "40 mg", "PO", "daily"), ("tiotropium", "18 mcg", "inhaled", "once daily"),
      ("albuterol", "2 puffs", "inhaled", "every 4 hours as needed for wheezing"), ("nicotine patch", "21 mg", "transdermal", "daily")],
     [("Community-acquired pneumonia, right lower lobe, improving", "J18.9"), ("Acute kidney injury, resolved", "N17.9"),
      ("COPD exacerbation", "J44.1"), ("Tobacco use disorder", "F17.210")],
     stopped=["ibuprofen"])

note("h6-en-us-46", "US", "en", """ED NOTE - St. Luke's Emergency Department
Pt: [[N|Megan Elizabeth O'Brien]], 34F   MRN [[R*|SL88120437]]   DOB [[B|1992-01-09]]
HPI: sudden onset pleuritic chest pain and dyspnea x 6 h, recent flight from Tokyo. On OCPs. Denies fever, no hemoptysis.
PMH: migraine without aura, no DVT history.
Vitals: HR 118, RR 24, SpO2 91% RA.
CTA chest: bilateral segmental pulmonary emboli, no RV strain.
ASSESSMENT/PLAN:
# Acute bilateral pulmonary embolism, submassive ruled out - heparin 80 units/kg IV bolus then 18 units/kg/h continuous infusion
# Provoked VTE (OCP, travel) - discontinue ethinyl estradiol/norgestimate
# Pain: acetaminophen 650 mg PO q6h PRN pain
Admit to medicine. Husband: [[N|Kevin O'Brien]].
ED attending: [[N|Rachel Kim]], MD
""", [("heparin", "80 units/kg", "IV", "bolus then 18 units/kg/h continuous infusion"), ("acetaminophen", "650 mg", "PO", "q6h PRN pain")],
     [("migraine without aura", "G43.009"), ("Acute bilateral pulmonary embolism", "I26.99"), ("Provoked VTE", "I82.90")],
     negated=["fever", "hemoptysis", "DVT history"], stopped=["ethinyl estradiol/norgestimate"])

note("h6-en-us-47", "US", "en", f"""LabCorp - PATIENT REPORT
Patient: [[N|GARCIA, LUIS ALBERTO]]          Specimen ID: [[R*|318-204-9917-0]]
DOB: [[B|07/30/1958]]   Age: 68   Sex: M      Account: [[R*|04418820]]
Ordering physician: [[N|HUANG, DAVID]]
Patient phone: [[T|(305) 555-0177]]   Address: [[A|1422 SW 8th St, Apt 3, Miami, FL 33135]]
TEST                 RESULT   FLAG   UNITS    REF INTERVAL
PSA, total           14.2     High   ng/mL    0.0-4.0
Creatinine           1.9      High   mg/dL    0.76-1.27
eGFR                 38       Low    mL/min   >59
Hemoglobin A1c       6.1      High   %        4.8-5.6
Comment: elevated PSA, recommend urology evaluation. Findings consistent with CKD stage 3b and prediabetes.
""", [], [("elevated PSA", "R97.20"), ("CKD stage 3b", "N18.32"), ("prediabetes", "R73.03")])

note("h6-en-us-48", "US", "en", """TELEHEALTH VISIT - Behavioral Health / Primary Care
Patient: [[N|Jordan Taylor Reyes]]   DOB [[B|5/17/2000]]   MRN [[R*|TH-771029]]
Video visit, patient at home. Consent obtained.
Follow-up for ADHD and generalized anxiety disorder. Reports improved focus; sleep ok. Denies suicidal ideation, denies substance use.
Meds: methylphenidate ER 36 mg PO every morning; escitalopram 10 mg PO daily; hydroxyzine 25 mg PO at bedtime as needed for anxiety.
Bupropion was stopped last visit (insomnia).
Assessment: ADHD, combined type, stable; GAD, improving
Plan: continue current regimen, refill sent to pharmacy. f/u 8 weeks.
Mother: [[N|Linda Reyes]] (emergency contact) [[T|702-555-0161]]
Provider: [[N|Aisha Bello]], NP
""", [("methylphenidate ER", "36 mg", "PO", "every morning"), ("escitalopram", "10 mg", "PO", "daily"),
      ("hydroxyzine", "25 mg", "PO", "at bedtime as needed for anxiety")],
     [("ADHD, combined type, stable", "F90.2"), ("GAD, improving", "F41.1")],
     negated=["suicidal ideation", "substance use"], stopped=["Bupropion"])

note("h6-en-us-49", "US", "en", """REFERRAL LETTER
To: Cardiology Associates of Houston
Re: [[N|Patricia Nguyen]], DOB [[B|12-02-1950]], MRN [[R*|HM2290014]], SSN [[SSN*|412-77-3095]]
Dear colleague,
I am referring this 75-year-old woman with new-onset atrial fibrillation with controlled ventricular rate and heart failure with reduced ejection fraction (EF 35% on echo).
Past medical history: hypertension; chronic kidney disease stage 3a; osteoarthritis; and prior TIA (2021). She has no history of diabetes.
Current medications: metoprolol tartrate 25 mg PO BID, apixaban 2.5 mg PO BID, furosemide 20 mg PO daily, losartan 25 mg PO daily. Naproxen was discontinued.
Please evaluate for rhythm control and GDMT optimization.
Daughter: [[N|Helen Nguyen]], [[T|(713) 555-0109]]
Sincerely,
[[N|Robert Alvarez]], MD - Internal Medicine
""", [("metoprolol tartrate", "25 mg", "PO", "BID"), ("apixaban", "2.5 mg", "PO", "BID"), ("furosemide", "20 mg", "PO", "daily"),
      ("losartan", "25 mg", "PO", "daily")],
     [("new-onset atrial fibrillation with controlled ventricular rate", "I48.91"), ("heart failure with reduced ejection fraction", "I50.20"),
      ("hypertension", "I10"), ("chronic kidney disease stage 3a", "N18.31"), ("osteoarthritis", "M19.90"), ("prior TIA (2021)", "Z86.73")],
     negated=["diabetes"], stopped=["Naproxen"])

write(os.path.dirname(os.path.abspath(__file__)))
