#!/usr/bin/env python3
"""Fourth held-out set (issue 17), written blind on 2026-12-01: its author read no extraction or redaction rule,
no test, no note of the other corpora and no history of them; only corpuslib.py (the label format) and the import
lines of Tests/ClinicalHeldOut3/generate.py. Measured once (BASELINE.txt).
Run: python3 generate.py (rewrites *.json). Marks as in corpuslib.py: [[KIND|text]], [[KIND*|text]] (after its label).
Conventions of these labels: a medication's dose, route and frequency are verbatim spans of the note (None when the
note gives none), the frequency keeps its as-needed clause (`c/8h si dolor`); comorbidities under history headers
are diagnoses; family history, allergies and symptoms the note denies are not (`negated` holds the denied findings);
`stopped` holds drugs the note stops or suspends. Clinicians' names and registrations are PHI like the patient's."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))  # the one corpuslib
import corpuslib
from corpuslib import checked_note as note, write, curp, rfc, cpf, rut, fold
from functools import partial
from corpuslib import dui, do_cedula  # the one set of check-digit generators
# This set's own typos in a wrong check digit.
nss, ec_cedula, uy_ci, cuit = (partial(corpuslib.nss, shift=4), corpuslib.ec_cedula, partial(corpuslib.uy_ci, shift=5),
                               partial(corpuslib.cuit, shift=3))


















# === Mexico =======================================================================================================
mx1_curp = curp("HEMR690722HPLRRB0")
mx1_nss = nss("3196690412")
note("h4-es-mx-01", "MX", "es", f"""UMF No. 57 IMSS - CONSULTA EXTERNA MEDICINA FAMILIAR
Nombre: [[N|Rubén Hernández Morales]]   NSS: [[SSN*|{mx1_nss}]]   CURP: [[CURP*|{mx1_curp}]]
Edad: 56 años  Consultorio 8 T/M

S: Acude a control mensual de cronicos. Refiere cefalea ocasional matutina, sin vision borrosa. Niega dolor toracico. Trae glucometrias en ayuno de 150-180.
APP: HTA de 9 años, DM2 de 6 años, dislipidemia. Quirurgicos: colecistectomia 2015. Alergias: niega.
O: TA 148/92 mmHg, FC 78, peso 91 kg, talla 1.68, IMC 32.2. Pies sin lesiones, pulsos presentes.
A: 1. DM2 descontrolada  2. HTA en descontrol  3. Obesidad grado I
P: - Se suspende glibenclamida por hipoglucemias referidas
- Metformina 850 mg VO c/12h con alimentos
- Losartan 50 mg VO c/12 hrs
- Atorvastatina 20 mg VO cada 24 horas por la noche
- Dieta, caminata 30 min diario. Cita en 1 mes con HbA1c.
Dra. [[N|Lucía Ramírez Ochoa]]  Céd. Prof. [[CED*|8741236]]
""",
     [("Metformina", "850 mg", "VO", "c/12h"), ("Losartan", "50 mg", "VO", "c/12 hrs"),
      ("Atorvastatina", "20 mg", "VO", "cada 24 horas")],
     [("DM2 descontrolada", "E11"), ("HTA en descontrol", "I10"), ("Obesidad grado I", "E66"),
      ("dislipidemia", "E78.5")],
     negated=["vision borrosa", "dolor toracico"], stopped=["glibenclamida"])

mx2_rfc = rfc("CAVS8811049K", bad=True)
note("h4-es-mx-02", "MX", "es", f"""CONSULTORIO MEDICO "SAN JUDAS"
Dr. [[N|Alfredo Castañeda Ruiz]] - Médico Cirujano - Ced. Prof. [[CED*|5129874]]
[[A|Av. Juárez 118, Col. Centro, Puebla, Pue.]]  Tel. [[T|222 245 1190]]

RECETA MEDICA                                   Fecha: 14/10/2026
Paciente: [[N|Sofía Cárdenas Villa]]     Edad: 37 a     RFC: [[RFC*|{mx2_rfc}]]
Dx: Faringoamigdalitis aguda bacteriana

1.- Amoxicilina 500 mg capsulas. Tomar 1 capsula via oral cada 8 horas por 10 dias
2.- Paracetamol 500 mg tabletas, 1 tableta VO c/6 hrs en caso de fiebre o dolor
3.- Clorhexidina enjuague bucal, hacer gargaras c/12h por 7 dias

Indicaciones: liquidos abundantes, no automedicarse. Regresar si persiste fiebre >48 h.
""",
     [("Amoxicilina", "500 mg", "via oral", "cada 8 horas"),
      ("Paracetamol", "500 mg", "VO", "c/6 hrs en caso de fiebre o dolor"),
      ("Clorhexidina", None, None, "c/12h")],
     [("Faringoamigdalitis aguda bacteriana", "J03.9")])

mx3_curp = curp("VIPA020514HMCLRN0")
note("h4-es-mx-03", "MX", "es", f"""HOSPITAL GENERAL DE ZONA 2 - URGENCIAS ADULTOS
NOTA DE INGRESO A URGENCIAS
Expediente: [[R*|HGZ-2026-044718]]
Paciente: [[N|José Antonio Villalobos Pérez]] ([[CURP|{mx3_curp}]]), masc 24 a.   Acompañante: [[N|Karla Méndez Soto]] (esposa) tel [[T|55 3412 7789]]

MC: dolor abdominal
PA: inicia hace 18 hrs con dolor periumbilical que migra a fosa iliaca derecha, nausea y 2 vomitos. Sin fiebre en casa. Niega diarrea.
Antecedentes: negados. Niega alergias.
EF: TA 122/76 FC 104 FR 20 T 37.9 SatO2 97%. Abdomen con rebote positivo, McBurney (+), Rovsing (+).
Labs: leucos 15 800, neutrofilos 86%.
IDX: APENDICITIS AGUDA
Plan:
 -Ayuno
 -Solucion Hartmann 1000 ml IV para 8 hrs
 -Ketorolaco 30 mg IV c/8h
 -Ceftriaxona 1 g IV c/24h
 -Metronidazol 500 mg IV c/8h
 -Valoracion por cirugia general, se solicita USG abdominal
Elaboró: Dr. [[N|Ernesto Galindo]], R2 Urgencias
""",
     [("Solucion Hartmann", "1000 ml", "IV", "para 8 hrs"), ("Ketorolaco", "30 mg", "IV", "c/8h"),
      ("Ceftriaxona", "1 g", "IV", "c/24h"), ("Metronidazol", "500 mg", "IV", "c/8h")],
     [("APENDICITIS AGUDA", "K35")],
     negated=["fiebre", "diarrea", "alergias"])

mx4_curp = curp("OEPG520103MDFRRD0")
note("h4-es-mx-04", "MX", "es", f"""LABORATORIO CLINICO BIOMEDIC
Sucursal Coyoacán                                       Folio: [[R*|LB-0938812]]
Paciente .......... [[N|ORTEGA PARDO GUADALUPE]]
F. Nac. ........... [[B|03/01/1952]]        Sexo: F
CURP .............. [[CURP*|{mx4_curp}]]
Médico solicitante: [[N|Héctor Lozano Ibarra]]
Fecha de toma: 21/11/2026 07:40

QUIMICA SANGUINEA               RESULTADO    UNIDADES   REFERENCIA
Glucosa en ayuno                  187         mg/dL      70 - 100   *
Urea                              58          mg/dL      15 - 45    *
Creatinina                        1.9         mg/dL      0.5 - 1.1  *
TFG estimada (CKD-EPI)            27          mL/min
HEMOGLOBINA GLUCOSILADA
HbA1c                             8.9         %          4.0 - 5.6  *

Datos clínicos: DM2, ERC estadio 4. Tratamiento actual con insulina glargina 18 UI SC cada 24 horas.
Validó: QFB [[N|Miriam Espinoza Lara]]
""",
     [("insulina glargina", "18 UI", "SC", "cada 24 horas")],
     [("DM2", "E11"), ("ERC estadio 4", "N18.4")])

# === Colombia =====================================================================================================
note("h4-es-co-05", "CO", "es", """E.S.E. HOSPITAL SAN RAFAEL - TUNJA
HISTORIA CLINICA DE INGRESO - MEDICINA INTERNA
Paciente: [[N|Luis Eduardo Sandoval Rincón]]      CC [[CED*|7.178.204]]      Edad: 71 años
EPS: Nueva EPS      Dirección: [[A|Carrera 11 # 18-42, barrio Los Muiscas]]      Tel: [[T|311 458 2290]]
Acudiente: [[N|Martha Sandoval]] (hija) - cel [[T|320 771 0456]]

MOTIVO DE CONSULTA: "me ahogo"
ENFERMEDAD ACTUAL: cuadro de 4 dias de aumento de la disnea, tos con expectoracion amarillenta y fiebre no cuantificada. Usa salbutamol hasta 8 veces al dia sin mejoria.
ANTECEDENTES PERSONALES PATOLOGICOS: EPOC GOLD 3, hipertension arterial, ICC con FEVI 40%. Tabaquismo 40 paquetes/año, suspendido hace 5 años. Alergicos: niega.
REVISION POR SISTEMAS: niega dolor toracico, no hemoptisis, no edemas.
EXAMEN FISICO: TA 138/84, FC 112, FR 28, T 38.4, SatO2 84% al aire ambiente. Roncus y sibilancias difusas, crepitos en base derecha.
RX DE TORAX: consolidacion basal derecha.
IMPRESION DIAGNOSTICA:
1. EPOC exacerbado
2. Neumonia adquirida en la comunidad CURB-65 2
3. Insuficiencia respiratoria aguda hipoxemica
PLAN:
- Oxigeno por canula nasal para SatO2 88-92%
- Bromuro de ipratropio 4 puff inhalado c/6h
- Salbutamol 4 puff inhalado c/4h y PRN disnea
- Metilprednisolona 40 mg IV c/24h
- Ampicilina/sulbactam 3 g IV c/6h
- Claritromicina 500 mg VO c/12h
- Enoxaparina 40 mg SC cada 24 horas
- Continua losartan 50 mg VO c/12h
Médico tratante: [[N|Andrés Felipe Quintero Rojas]] - Medicina Interna - RM [[CED*|15-3398]]
""",
     [("Bromuro de ipratropio", "4 puff", "inhalado", "c/6h"), ("Salbutamol", "4 puff", "inhalado", "c/4h y PRN disnea"),
      ("Metilprednisolona", "40 mg", "IV", "c/24h"), ("Ampicilina/sulbactam", "3 g", "IV", "c/6h"),
      ("Claritromicina", "500 mg", "VO", "c/12h"), ("Enoxaparina", "40 mg", "SC", "cada 24 horas"),
      ("losartan", "50 mg", "VO", "c/12h")],
     [("EPOC exacerbado", "J44.1"), ("Neumonia adquirida en la comunidad", "J18.9"),
      ("Insuficiencia respiratoria aguda hipoxemica", "J96.0"), ("EPOC", "J44"), ("hipertension arterial", "I10"),
      ("ICC", "I50")],
     negated=["dolor toracico", "hemoptisis", "edemas"])

note("h4-es-co-06", "CO", "es", """CLINICA DEL CARIBE S.A. - BARRANQUILLA
EPICRISIS
Nombre del paciente: [[N|Yolanda Patricia Mercado Orozco]]
Identificación: CC [[CED*|32.745.118]]      Historia clínica: [[R*|32745118]]
Fecha de nacimiento: [[B|17/06/1958]]      Fecha de ingreso: 02/11/2026   Fecha de egreso: 08/11/2026
Servicio: Medicina interna    Correo: [[E|ymercado58@hotmail.com]]

Motivo de ingreso: dolor en hemitorax izquierdo y palpitaciones.
Resumen: paciente con antecedentes de HTA, DM tipo 2 insulinorrequiriente y enfermedad renal cronica estadio 3b quien ingresa con FA de respuesta ventricular rapida (FC 148). Troponinas negativas x2, se descarta sindrome coronario agudo. Ecocardiograma FEVI 55%. Se logra control de frecuencia con metoprolol. CHA2DS2-VASc 5, se inicia anticoagulacion.
Diagnosticos de egreso: Fibrilacion auricular paroxistica, controlada; HTA; DM2 insulinorrequiriente; ERC estadio 3b
Medicamentos al egreso:
  1) Metoprolol succinato 50 mg VO cada 12 horas
  2) Apixaban 2,5 mg VO c/12 h
  3) Insulina NPH 20 UI SC antes del desayuno
  4) Amlodipino 5 mg VO cada 24 horas
Se suspende enalapril por hiperkalemia (K 5,9). No reiniciar AINES.
Control por consulta externa de cardiologia en 2 semanas.
Médico que elabora: [[N|Camilo Ernesto Barrios De la Hoz]]
""",
     [("Metoprolol succinato", "50 mg", "VO", "cada 12 horas"), ("Apixaban", "2,5 mg", "VO", "c/12 h"),
      ("Insulina NPH", "20 UI", "SC", "antes del desayuno"),
      ("Amlodipino", "5 mg", "VO", "cada 24 horas")],
     [("Fibrilacion auricular paroxistica", "I48.0"), ("HTA", "I10"), ("DM2 insulinorrequiriente", "E11"),
      ("ERC estadio 3b", "N18.3")],
     negated=["sindrome coronario agudo"], stopped=["enalapril"])

note("h4-es-co-07", "CO", "es", """TELECONSULTA - CONTROL ENDOCRINOLOGIA
Plataforma: videollamada. Paciente en su domicilio en Pereira, acompañada por su esposo [[N|Germán Ocampo]].
Paciente: [[N|Diana Marcela Ospina Giraldo]], 44 años, CC [[CED*|1.088.245.671]]
Correo para envio de formulas: [[E|dianaospina.g@gmail.com]]

Subjetivo: refiere mejoria del cansancio, ya no tiene estreñimiento. Niega palpitaciones, no temblor. Peso estable.
Antecedentes: hipotiroidismo primario post tiroiditis de Hashimoto (dx 2019), migraña sin aura.
Paraclinicos (trae foto): TSH 3.1 mUI/L (previa 9.8), T4L 1.2.
Analisis: hipotiroidismo primario en control con la dosis actual. Migraña controlada, 1 episodio al mes.
Plan: continuar levotiroxina 100 mcg VO en ayunas diario. Naproxeno 550 mg VO al inicio del dolor, maximo 2 al dia.
TSH control en 6 meses. Se envia formula al correo.
Endocrinologa: [[N|Natalia Restrepo Vélez]]
""",
     [("levotiroxina", "100 mcg", "VO", "en ayunas diario"), ("Naproxeno", "550 mg", "VO", "al inicio del dolor")],
     [("hipotiroidismo primario", "E03.9"), ("migraña sin aura", "G43.0")],
     negated=["palpitaciones", "temblor"])

# === Argentina ====================================================================================================
note("h4-es-ar-08", "AR", "es", f"""CONSULTORIOS EXTERNOS - CLINICA MEDICA - HOSPITAL FERNANDEZ
PACIENTE: [[N|BUSTOS, OSVALDO RAMON]]     DNI: [[DNI*|10.584.332]]     EDAD: 78
OBRA SOCIAL: PAMI  N° afiliado [[R*|150584332201]]
MOTIVO: CONTROL POST INTERNACION
ANTECEDENTES: FA PERMANENTE, ICC CF II, HTA, HIPOTIROIDISMO, EX TABAQUISTA
MEDICACION HABITUAL: apixaban 5 mg c/12 hs, furosemida 40 mg/dia, bisoprolol 2,5 mg por dia, levotiroxina 75 mcg en ayunas, digoxina 0,25 mg/dia
EXAMEN: TA 118/70 FC 64 irregular. Edemas 1/6 en MMII. Sin ingurgitacion yugular. Sin crepitantes.
LAB: K 3,4 Cr 1,3 digoxinemia 2,4 (elevada)
IMPRESION: FA con respuesta ventricular controlada. ICC compensada. Intoxicacion digitalica leve.
CONDUCTA: SUSPENDER DIGOXINA. Sigue apixaban, bisoprolol y levotiroxina igual. Furosemida 40 mg VO por la mañana. Cloruro de potasio 600 mg VO c/12 hs x 10 dias.
Control con cardiologia y laboratorio en 15 dias.
Dra. [[N|Silvina Ferraro]] - M.N. [[CED*|98.412]]
""",
     [("apixaban", "5 mg", None, "c/12 hs"), ("furosemida", "40 mg", "VO", "por la mañana"),
      ("bisoprolol", "2,5 mg", None, "por dia"), ("levotiroxina", "75 mcg", None, "en ayunas"),
      ("Cloruro de potasio", "600 mg", "VO", "c/12 hs")],
     [("FA PERMANENTE", "I48.2"), ("ICC CF II", "I50"), ("HTA", "I10"), ("HIPOTIROIDISMO", "E03.9"),
      ("Intoxicacion digitalica leve", "T46.0")],
     negated=["ingurgitacion yugular", "crepitantes"], stopped=["digoxina"])

note("h4-es-ar-09", "AR", "es", """GUARDIA DE PEDIATRIA - HOSPITAL DE NIÑOS SOR MARIA LUDOVICA
Paciente: [[N|Thiago Benjamín Acosta]], 14 meses, hijo de [[N|Romina Acosta]] y [[N|Leandro Giménez]]
DNI [[DNI*|56.228.914]]   HC [[R*|884512]]
Madre: [[N|Romina Acosta]], tel [[T|221 15 456 8832]]

Consulta por tos y dificultad respiratoria de 2 dias, rinorrea y catarro previo. Fiebre 38,2 ayer. Come menos pero toma bien la teta, diuresis conservada. Sin vomitos. Vacunas completas para la edad.
Al examen: FR 48, tiraje subcostal leve, sibilancias espiratorias bilaterales, SatO2 93%. Otoscopia normal. Hidratado.
Dx: Bronquiolitis (2do episodio), sindrome bronquial obstructivo leve.
Indicaciones:
* salbutamol aerosol 2 puff c/ 20 min x 3 (con aerocamara) y luego c/4 hs
* Ibuprofeno 4 mg/kg/dosis VO c/8 hs si fiebre
* lavados nasales con solucion fisiologica
* pautas de alarma, control en 24 hs en el CAPS
Pediatra de guardia: [[N|Verónica Ledesma]]
""",
     [("salbutamol", "2 puff", None, "c/4 hs"), ("Ibuprofeno", "4 mg/kg/dosis", "VO", "c/8 hs si fiebre")],
     [("Bronquiolitis", "J21.9"), ("sindrome bronquial obstructivo leve", None)],
     negated=["vomitos"])

ar10_cuil = cuit("2731457809")
note("h4-es-ar-10", "AR", "es", f"""RECETA ELECTRONICA
Prescriptor: Dr. [[N|Martín Sebastián Roldán]] - Medico especialista en Clinica Medica - MN [[CED*|132.544]] - MP [[CED*|44.871]]
Paciente: [[N|Carolina Inés Paz]]    DNI [[DNI*|31.457.809]]    CUIL [[R*|{ar10_cuil}]]
Fecha de nacimiento: [[B|22-03-1985]]
Cobertura: OSDE 310  Credencial [[R*|61 284551 3 02]]

Rp/
1) Amoxicilina + acido clavulanico 875/125 mg comp. x 14 -- 1 comp VO c/12 hs por 7 dias
2) Desloratadina 5 mg comp. x 30 -- 1 por dia
Diagnostico: sinusitis aguda bacteriana. Rinitis alergica.
""",
     [("Amoxicilina + acido clavulanico", "875/125 mg", "VO", "c/12 hs"), ("Desloratadina", "5 mg", None, "1 por dia")],
     [("sinusitis aguda bacteriana", "J01.9"), ("Rinitis alergica", "J30.4")])

# === Chile ========================================================================================================
cl11_rut = rut(9874512)
note("h4-es-cl-11", "CL", "es", f"""CESFAM DR. ALBERTO REYES - PROGRAMA CARDIOVASCULAR
INTERCONSULTA A CARDIOLOGIA (HOSPITAL DEL SALVADOR)
Nombre: [[N|Jorge Patricio Muñoz Fuentealba]]   RUT: [[RUT*|{cl11_rut}]]   Edad: 63 años
Fono: [[T|+56 9 8841 2276]]    Domicilio: [[A|Pasaje Los Aromos 1442, Peñalolén]]

Motivo de la interconsulta: angina de esfuerzo progresiva en paciente con antecedente de IAM.
Antecedentes: IAM de pared inferior 2019 (angioplastia + stent a CD), HTA, dislipidemia, DM2 no insulinorequirente. No ERC.
Refiere dolor opresivo retroesternal con esfuerzos moderados (subir 2 pisos) desde hace 2 meses, cede con reposo. Niega sincope. Sin disnea de reposo.
ECG: ritmo sinusal 68 lpm, Q en DII, DIII, aVF, sin cambios agudos.
Tratamiento actual:
 - AAS 100 mg vo al almuerzo
 - Atorvastatina 80 mg vo en la noche
 - Bisoprolol 5 mg vo cada 24 hrs
 - Enalapril 10 mg vo cada 12 hrs
 - Metformina 850 mg vo con desayuno y cena
 - Isosorbide dinitrato 5 mg SL en caso de dolor
Hipotesis diagnostica: Angina cronica estable CCS II. Cardiopatia coronaria con IAM antiguo.
Se solicita evaluacion, test de esfuerzo y eventual coronariografia.
Medico: [[N|Francisca Valdés Urrutia]], medicina familiar.
""",
     [("AAS", "100 mg", "vo", "al almuerzo"), ("Atorvastatina", "80 mg", "vo", "en la noche"),
      ("Bisoprolol", "5 mg", "vo", "cada 24 hrs"), ("Enalapril", "10 mg", "vo", "cada 12 hrs"),
      ("Metformina", "850 mg", "vo", "con desayuno y cena"), ("Isosorbide dinitrato", "5 mg", "SL", "en caso de dolor")],
     [("Angina cronica estable", "I20.8"), ("Cardiopatia coronaria con IAM antiguo", "I25.2"), ("HTA", "I10"),
      ("dislipidemia", "E78.5"), ("DM2 no insulinorequirente", "E11")],
     negated=["ERC", "sincope", "disnea de reposo"])

cl12_rut = rut(5213877, bad=True)
note("h4-es-cl-12", "CL", "es", f"""HOSPITAL CLINICO REGIONAL DE CONCEPCION - SERVICIO DE NEUROLOGIA
EPICRISIS
Paciente: [[N|Rosa Elena Catrileo Painemal]]    R.U.T.: [[RUT*|{cl12_rut}]]    F. Nac.: [[B|11-08-1941]]
Ficha clinica: [[R*|1043376]]
Contacto de emergencia: [[N|Héctor Catrileo]] (hijo), [[T|+56 41 224 8761]]

Ingreso: 10/11/2026   Alta: 19/11/2026
Diagnosticos de egreso:
- ACV isquemico de arteria cerebral media izquierda, cardioembolico
- Fibrilacion auricular de reciente diagnostico
- Hipertension arterial
- Disfagia orofaringea en recuperacion
Evolucion: ingresa con afasia y hemiparesia derecha NIHSS 9, fuera de ventana para trombolisis. TAC sin transformacion hemorragica. Se descarta diseccion carotidea. Evoluciona con mejoria parcial, NIHSS 4 al alta. Fonoaudiologia: deglucion con consistencias papilla.
Indicaciones al alta:
 1. Apixaban 5 mg cada 12 horas vo
 2. Atorvastatina 40 mg vo noche
 3. Losartan 50 mg vo c/12 hrs
 4. Paracetamol 1 g vo cada 8 horas si dolor
 5. Se suspende amlodipino
Control en policlinico de neurologia en 1 mes, kinesiologia motora.
Medico tratante: [[N|Rodrigo Sepúlveda Arancibia]]
""",
     [("Apixaban", "5 mg", "vo", "cada 12 horas"), ("Atorvastatina", "40 mg", "vo", "noche"),
      ("Losartan", "50 mg", "vo", "c/12 hrs"), ("Paracetamol", "1 g", "vo", "cada 8 horas si dolor")],
     [("ACV isquemico de arteria cerebral media izquierda", "I63.4"), ("Fibrilacion auricular", "I48"),
      ("Hipertension arterial", "I10"), ("Disfagia orofaringea", "R13.1")],
     negated=["transformacion hemorragica", "diseccion carotidea"], stopped=["amlodipino"])

cl13_rut = rut(13558204, dots=False)
note("h4-es-cl-13", "CL", "es", f"""POLICLINICO DE NEFROLOGIA - CONTROL
Pcte: [[N|Manuel Alejandro Rivas Toro]]  [[RUT|{cl13_rut}]]  58 años
Control de enfermedad renal cronica. Sin edema, sin nicturia, niega disuria.
Antecedentes: ERC etapa 4 secundaria a nefropatia diabetica, DM2 (en insulina), HTA, anemia de la enfermedad renal cronica, hiperparatiroidismo secundario.
Exs: crea 3,4 BUN 52 K 5,1 Hb 9,8 PTH 310 fosforo 5,2 TFG 18.
Plan: mantener insulina glargina 16 U SC en la noche. Carbonato de calcio 500 mg vo con cada comida. Eritropoyetina 4000 UI SC semanal. Furosemida 40 mg vo c/12 hrs. Ingreso a programa de preparacion para dialisis, evaluacion de FAV.
Dr. [[N|Ignacio Larraín]]
""",
     [("insulina glargina", "16 U", "SC", "en la noche"), ("Carbonato de calcio", "500 mg", "vo", "con cada comida"),
      ("Eritropoyetina", "4000 UI", "SC", "semanal"), ("Furosemida", "40 mg", "vo", "c/12 hrs")],
     [("ERC etapa 4 secundaria a nefropatia diabetica", "N18.4"), ("DM2", "E11"), ("HTA", "I10"),
      ("anemia de la enfermedad renal cronica", "D63.1"), ("hiperparatiroidismo secundario", "N25.8")],
     negated=["edema", "nicturia", "disuria"])

# === Peru =========================================================================================================
note("h4-es-pe-14", "PE", "es", """HOSPITAL REGIONAL DE LORETO - SERVICIO DE EMERGENCIA
Paciente: [[N|Wilder Huaman Tapullima]]   DNI: [[DNI*|41287734]]   N° HC: [[R*|00236518]]
Edad: 32 a.  Procedencia: Iquitos (San Juan Bautista)
Tiempo de enfermedad: 3 dias. Fiebre alta 39-40, cefalea retroocular, mialgias y artralgias. Niega sangrado de encias, niega dolor abdominal, no vomitos persistentes. Diuresis conservada.
Funciones vitales: PA 110/70 FC 96 FR 18 T 38,6 Sat 98%. Prueba del lazo negativa.
Lab: Hto 42%, plaq 132 000, leucos 3 200. NS1 positivo.
Dx: 1. Dengue sin signos de alarma (grupo A)  2. Leucopenia
Tto:
 - Paracetamol 1 g VO c/6h si T mayor de 38
 - Sales de rehidratacion oral 1 sobre en 1 litro, tomar a libre demanda
 - NO AINES, no aspirina
Alta con pautas de alarma, control de hemograma en 48 h en su centro de salud.
Medico de guardia: [[N|Kelly Ríos Panaifo]]  CMP [[CED*|61284]]
""",
     [("Paracetamol", "1 g", "VO", "c/6h si T mayor de 38"), ("Sales de rehidratacion oral", "1 sobre", None, "a libre demanda")],
     [("Dengue sin signos de alarma", "A97.0"), ("Leucopenia", "D72.8")],
     negated=["sangrado de encias", "dolor abdominal", "vomitos persistentes"])

note("h4-es-pe-15", "PE", "es", """CENTRO DE SALUD SAN SEBASTIAN - CUSCO
CONTROL PRENATAL N° 5
Gestante: [[N|Yesenia Quispe Mamani]]   DNI [[DNI*|70451236]]   HCl: [[R*|2024-1187]]
Edad: 27 años  FUR: 02/05/2026  EG: 26 ss x FUR   G2 P1001
Esposo: [[N|Edwin Condori Huallpa]] - cel. [[T|984 332 117]]
Refiere movimientos fetales presentes. Niega perdida de liquido, no sangrado vaginal, no cefalea ni escotomas.
Antecedentes: anemia en gestacion anterior. No HTA. No diabetes.
Ex: PA 100/60, peso 61 kg (ganancia 7 kg), AU 25 cm, LCF 142 x', edemas (-).
Lab: Hb 10,1 g/dL (ajustada por altura 3400 msnm), glucosa 82, VIH y sifilis no reactivos.
Dx: Gestacion de 26 semanas. Anemia leve del embarazo.
Plan:
 - Sulfato ferroso 300 mg VO 2 veces al dia, alejado de comidas
 - Acido folico 0,5 mg VO c/24h
 - Calcio 1 g VO diario a partir de hoy
 - Control en 4 semanas, ecografia obstetrica
Obstetra: [[N|Ruth Farfán Ccahuana]]  COP [[CED*|18452]]
""",
     [("Sulfato ferroso", "300 mg", "VO", "2 veces al dia"), ("Acido folico", "0,5 mg", "VO", "c/24h"),
      ("Calcio", "1 g", "VO", "diario")],
     [("Gestacion de 26 semanas", "Z34"), ("Anemia leve del embarazo", "O99.0")],
     negated=["perdida de liquido", "sangrado vaginal", "cefalea", "escotomas", "HTA", "diabetes"])

note("h4-es-pe-16", "PE", "es", """LABORATORIO CLINICO ROE - SEDE MIRAFLORES
------------------------------------------------------------------------------
Apellidos y nombres : [[N|PAREDES CHÁVEZ, LUIS ALBERTO]]
DNI                 : [[DNI*|09876123]]          Sexo : M     Edad : 66 a
Fecha de nac.       : [[B|05/09/1960]]
Historia            : [[R*|551208]]
Medico              : [[N|ZAVALA MEDINA, CARMEN]]
Orden               : [[R*|7731-2209]]           Fecha: 24/11/2026
------------------------------------------------------------------------------
HEMOGRAMA COMPLETO
Hemoglobina ............ 11.2 g/dL       (13.0 - 17.0)
Leucocitos ............. 7 850 /mm3      (4 500 - 11 000)
Plaquetas .............. 201 000 /mm3
PERFIL LIPIDICO
Colesterol total ....... 246 mg/dL       (< 200)
LDL .................... 168 mg/dL       (< 100)
Trigliceridos .......... 210 mg/dL       (< 150)
PSA total .............. 6,8 ng/mL       (< 4,0)
Informacion clinica: hiperplasia prostatica benigna, dislipidemia. Recibe tamsulosina 0,4 mg VO cada noche.
Tecnologo medico: [[N|Jhon Alarcón Vega]]
""",
     [("tamsulosina", "0,4 mg", "VO", "cada noche")],
     [("hiperplasia prostatica benigna", "N40"), ("dislipidemia", "E78.5")])

# === Brazil (portuñol, Portuguese headings) ======================================================================
br17_cpf = cpf("418337926")
note("h4-es-br-17", "BR", "es", f"""UBS JARDIM PAULISTA - ATENDIMENTO / CONSULTA MEDICA
Prontuário: [[R*|0048213]]     CPF: [[CPF*|{br17_cpf}]]
Paciente: [[N|Maria Aparecida dos Santos Lima]]   Idade: 61 anos
Nascimento: [[B|14/02/1965]]   Telefone: [[T|(11) 98734-5521]]

Queixa principal: tontura e dor de cabeça ha 1 semana
HDA: paciente refere tontura ao levantar, cefaleia occipital. Nega dor no peito, nega falta de ar. Sin fiebre.
Antecedentes: HAS ha 15 anos, DM2, hipotireoidismo. Nega alergias medicamentosas.
Exame: PA 168/100 mmHg (repetida 164/98), FC 82, glicemia capilar 212.
HD: HAS descompensada; DM2 descompensado
Conduta:
- Losartana 50 mg VO 12/12h (aumento da dose)
- Hidroclorotiazida 25 mg VO 1x ao dia pela manha
- Metformina 850 mg VO 2x ao dia, apos almoço e jantar
- Levotiroxina 50 mcg VO em jejum
- Retorno em 15 dias com MAPA e exames
Médica: [[N|Juliana Martins Carvalho]] CRM-SP [[CED*|148.223]]
""",
     [("Losartana", "50 mg", "VO", "12/12h"), ("Hidroclorotiazida", "25 mg", "VO", "1x ao dia pela manha"),
      ("Metformina", "850 mg", "VO", "2x ao dia"), ("Levotiroxina", "50 mcg", "VO", "em jejum")],
     [("HAS descompensada", "I10"), ("DM2 descompensado", "E11"), ("hipotireoidismo", "E03.9")],
     negated=["dor no peito", "falta de ar", "fiebre", "alergias medicamentosas"])

br18_cpf = cpf("652190448", bad=True)
note("h4-es-br-18", "BR", "es", f"""PRONTO ATENDIMENTO - HOSPITAL MUNICIPAL DE CAMPINAS
Ficha de atendimento [[R*|PA-556901]]
Nome: [[N|Fernanda Cristina Oliveira]]   CPF [[CPF*|{br18_cpf}]]   31 anos
Endereço: [[A|Rua Barão de Jaguara 1280, apto 42, Centro]]
Queixa principal: ardor para urinar y dolor lombar a direita
Historia: 3 dias de disuria, polaciuria, febre 38,5 ontem y hoje calafrios. Nega corrimento vaginal. DUM ha 2 semanas, teste de gravidez negativo.
Exame fisico: T 38,7 FC 102 PA 118/74. Giordano positivo a direita.
EAS: nitrito positivo, leucocitos incontaveis.
Diagnostico: Pielonefrite aguda nao complicada
Prescricao:
 1- Ceftriaxona 1 g IV agora, dose unica no PA
 2- Ciprofloxacino 500 mg VO de 12/12h por 7 dias
 3- Dipirona 1 g VO 6/6h se dor ou febre
 4- Ondansetrona 8 mg VO se nausea
Orientada a retornar se piora. Medico plantonista: [[N|Ricardo Tavares Nunes]]
""",
     [("Ceftriaxona", "1 g", "IV", "dose unica"), ("Ciprofloxacino", "500 mg", "VO", "12/12h"),
      ("Dipirona", "1 g", "VO", "6/6h se dor ou febre"), ("Ondansetrona", "8 mg", "VO", "se nausea")],
     [("Pielonefrite aguda nao complicada", "N10")],
     negated=["corrimento vaginal"])

br19_cpf = cpf("071553289")
note("h4-es-br-19", "BR", "es", f"""CONTRARREFERENCIA - AMBULATORIO DE PNEUMOLOGIA
Hospital das Clinicas - Porto Alegre
Paciente [[N|Antônio Carlos Becker]] ([[CPF|{br19_cpf}]]), 69 anos, encaminhado pela UBS Vila Nova.
Resumo: paciente tabagista 50 maços-ano, con diagnostico de DPOC GOLD 2 confirmado por espirometria (VEF1 62% pos-BD). Tambem portador de insuficiencia cardiaca con FE preservada y fibrilaçao atrial.
Nega hemoptise. Sem perda de peso.
Diagnosticos: 1) DPOC moderada  2) Tabagismo ativo  3) Insuficiencia cardiaca con FE preservada  4) Fibrilaçao atrial
Recomendaçoes para a UBS:
 - Tiotropio 2,5 mcg 2 jatos inalatorio 1x ao dia
 - Salbutamol 100 mcg 2 jatos inalatorio se falta de ar
 - Suspender prednisona (uso cronico sem indicaçao)
 - Manter rivaroxabana 20 mg VO 1x ao dia com o jantar
 - Vacina influenza e pneumococica, encaminhar a grupo de cessaçao do tabagismo
Atenciosamente, Dra. [[N|Letícia Schmitt]] - Pneumologia
""",
     [("Tiotropio", "2,5 mcg", "inalatorio", "1x ao dia"), ("Salbutamol", "100 mcg", "inalatorio", "se falta de ar"),
      ("rivaroxabana", "20 mg", "VO", "1x ao dia com o jantar")],
     [("DPOC moderada", "J44"), ("Tabagismo ativo", "F17"), ("Insuficiencia cardiaca con FE preservada", "I50"),
      ("Fibrilaçao atrial", "I48")],
     negated=["hemoptise", "perda de peso"], stopped=["prednisona"])

# === Ecuador ======================================================================================================
ec20_ced = ec_cedula("171843225")
note("h4-es-ec-20", "EC", "es", f"""HOSPITAL VOZANDES QUITO - CONSULTA EXTERNA GASTROENTEROLOGIA
Paciente: [[N|Carmen Alicia Guevara Paredes]]
Cédula: [[CED*|{ec20_ced}]]    HCU: [[R*|345812]]    Edad: 48
Email: [[E|carmen.guevara@yahoo.com]]   Cel: [[T|099 812 4470]]

Motivo de consulta: ardor epigastrico
Enfermedad actual: epigastralgia urente de 3 meses, empeora en ayunas, llenura precoz. Sin melenas, no hematemesis, no perdida de peso. Uso frecuente de ibuprofeno por lumbalgia.
APP: hipotiroidismo en tratamiento. Lumbalgia cronica.
Endoscopia: gastritis cronica antral eritematosa, test de ureasa positivo.
IDg: Gastritis cronica asociada a Helicobacter pylori, Dispepsia por AINES
Tratamiento (erradicacion 14 dias):
 Omeprazol 20 mg VO BID antes de desayuno y merienda
 Amoxicilina 1 g VO BID
 Claritromicina 500 mg VO BID
 Suspender ibuprofeno. Para el dolor lumbar paracetamol 500 mg VO c/8h PRN.
Continuar levotiroxina 88 mcg VO QD.
Test de aliento en 6 semanas.
Dr. [[N|Santiago Montalvo]]
""",
     [("Omeprazol", "20 mg", "VO", "BID"), ("Amoxicilina", "1 g", "VO", "BID"), ("Claritromicina", "500 mg", "VO", "BID"),
      ("paracetamol", "500 mg", "VO", "c/8h PRN"), ("levotiroxina", "88 mcg", "VO", "QD")],
     [("Gastritis cronica asociada a Helicobacter pylori", "K29.5"), ("Dispepsia por AINES", "K30"),
      ("hipotiroidismo", "E03.9"), ("Lumbalgia cronica", "M54.5")],
     negated=["melenas", "hematemesis", "perdida de peso"], stopped=["ibuprofeno"])

ec21_ced = ec_cedula("095512873")
note("h4-es-ec-21", "EC", "es", f"""EMERGENCIA PEDIATRICA - HOSPITAL DEL NIÑO FRANCISCO DE ICAZA BUSTAMANTE
Niña: [[N|Valentina Tomalá Reyes]], 3 años, hija de [[N|Jessica Reyes Villón]], peso 13 kg
Representante: [[N|Jessica Reyes Villón]] (madre), CI [[CED*|{ec21_ced}]], telf [[T|0987 661 209]]
Domicilio: [[A|Guasmo Sur, coop. Unión de Bananeros, bloque 4]]

MC: diarrea y vomitos
EA: 2 dias de deposiciones liquidas 6-8/dia sin moco ni sangre, vomitos x 4 hoy. Fiebre 38 ayer. Orina poco.
EF: FC 138, T 37,4. Mucosas secas, llenado capilar 2 seg, llanto con pocas lagrimas, alerta.
Dx: Gastroenteritis aguda infecciosa. Deshidratacion moderada (plan B).
Indicaciones:
 - SRO 75 ml/kg en 4 horas por via oral, en pequeños sorbos
 - Ondansetron 2 mg VO dosis unica
 - Zinc 20 mg VO diario por 10 dias
 - Reevaluar en 4 h. Si tolera, alta con plan A.
Residente: [[N|Paúl Andrade Mera]]
""",
     [("SRO", "75 ml/kg", "via oral", "en 4 horas"), ("Ondansetron", "2 mg", "VO", "dosis unica"),
      ("Zinc", "20 mg", "VO", "diario")],
     [("Gastroenteritis aguda infecciosa", "A09"), ("Deshidratacion moderada", "E86")])

# === Uruguay ======================================================================================================
uy22_ci = uy_ci("3921554")
note("h4-es-uy-22", "UY", "es", f"""POLICLINICA CASMU - MEDICINA GENERAL
Usuario: [[N|Florencia Techera Olivera]]   C.I. [[CED*|{uy22_ci}]]   29 años
Consulta por: control de asma, "me falta el aire de noche"
Hace 1 mes con sintomas nocturnos 2-3 veces por semana, usa salbutamol casi todos los dias. Sin fiebre. No tose con expectoracion. Niega reflujo.
AP: asma desde la infancia, rinitis alergica. Alergica a penicilina (urticaria).
EF: eupneica, SatO2 98%, algunas sibilancias espiratorias aisladas. PEF 320 (72% del teorico).
Impresion: Asma parcialmente controlada; rinitis alergica persistente
Plan:
 - Budesonida/formoterol 160/4,5 mcg 1 inhalacion c/12 hs y ademas si sintomas
 - Mometasona nasal 2 disparos en cada fosa una vez al dia
 - Se retira salbutamol (reemplazado por budesonida/formoterol a demanda)
 - Tecnica inhalatoria revisada. Control en 6 semanas.
Dra. [[N|Cecilia Pereyra]]
""",
     [("Budesonida/formoterol", "160/4,5 mcg", None, "c/12 hs y ademas si sintomas"),
      ("Mometasona", "2 disparos", "nasal", "una vez al dia")],
     [("Asma parcialmente controlada", "J45"), ("rinitis alergica persistente", "J30.4")],
     negated=["fiebre", "reflujo"], stopped=["salbutamol"])

uy23_ci = uy_ci("1874320", bad=True)
note("h4-es-uy-23", "UY", "es", f"""HOSPITAL MACIEL - CLINICA MEDICA 2 - RESUMEN DE ALTA
Nombre: [[N|Washington Rodríguez Silveira]]   CI: [[CED*|{uy23_ci}]]   Registro: [[R*|778312]]
Edad 82 años. Procedente de residencial. Contacto: sobrina [[N|Mónica Silveira]], tel [[T|099 245 318]]
Motivo de ingreso: fiebre y tos productiva.
Antecedentes personales: HTA, cardiopatia isquemica, deterioro cognitivo leve, EPOC leve.
Diagnostico al alta:
  1- Neumonia aguda comunitaria de lobulo inferior izquierdo, resuelta
  2- Insuficiencia renal aguda prerrenal, resuelta
  3- Delirium hipoactivo, en resolucion
Tratamiento recibido: ampicilina sulbactam IV 5 dias, luego pasaje a VO.
Indicaciones al alta:
  Amoxicilina/clavulanico 875 mg v/o c/12 hs por 2 dias mas
  Enalapril 5 mg v/o c/12 hs (se reinicia)
  AAS 100 mg v/o por dia
  Se suspende quetiapina
Control en policlinica en 10 dias.
Firma: Dr. [[N|Gonzalo Ferreira]], Residente de Clinica Medica
""",
     [("Amoxicilina/clavulanico", "875 mg", "v/o", "c/12 hs"), ("Enalapril", "5 mg", "v/o", "c/12 hs"),
      ("AAS", "100 mg", "v/o", "por dia")],
     [("Neumonia aguda comunitaria de lobulo inferior izquierdo", "J18.9"), ("Insuficiencia renal aguda prerrenal", "N17"),
      ("Delirium hipoactivo", "F05"), ("HTA", "I10"), ("cardiopatia isquemica", "I25"),
      ("deterioro cognitivo leve", "F06.7"), ("EPOC leve", "J44")],
     stopped=["quetiapina"])

# === Venezuela ====================================================================================================
note("h4-es-ve-24", "VE", "es", """CONSULTORIO DE MEDICINA INTERNA - POLICLINICA METROPOLITANA, CARACAS
Paciente: [[N|Nelson José Briceño Marcano]]   C.I.: [[CED*|V-6.478.215]]   Edad: 67 años
Telf: [[T|0414-327-8816]]   Correo: [[E|nbriceno67@gmail.com]]
Esposa: [[N|Gladys Marcano de Briceño]]

MOTIVO DE CONSULTA: hinchazon de piernas y cansancio
ENFERMEDAD ACTUAL: desde hace 3 semanas edema de miembros inferiores, disnea a medianos esfuerzos, ortopnea de 2 almohadas. Toma ibuprofeno 400 mg diario por dolor de rodillas. Sin dolor precordial. No sincope.
ANTECEDENTES: HTA hace 20 años, cardiopatia hipertensiva, gonartrosis bilateral. Niega DM.
EXAMEN FISICO: TA 156/94 FC 88 FR 20. Ingurgitacion yugular grado II, crepitantes bibasales, edema ++ MMII.
Eco: FEVI 38%, hipertrofia concentrica.
IMPRESION DIAGNOSTICA: ICC descompensada, FEVI reducida; cardiopatia hipertensiva; HTA no controlada y gonartrosis bilateral
PLAN:
1. Suspender ibuprofeno
2. Furosemida 40 mg VO BID x 5 dias, luego OD
3. Enalapril 10 mg VO c/12 h
4. Carvedilol 6,25 mg VO c/12 h
5. Espironolactona 25 mg VO diaria
6. Acetaminofen 500 mg VO c/8 h si dolor articular
Dieta hiposodica, peso diario. Control en 2 semanas.
Dr. [[N|Rafael Arismendi]]  MPPS [[CED*|54.117]]  CMC [[CED*|12.908]]
""",
     [("Furosemida", "40 mg", "VO", "BID"), ("Enalapril", "10 mg", "VO", "c/12 h"), ("Carvedilol", "6,25 mg", "VO", "c/12 h"),
      ("Espironolactona", "25 mg", "VO", "diaria"), ("Acetaminofen", "500 mg", "VO", "c/8 h si dolor articular")],
     [("ICC descompensada, FEVI reducida", "I50"), ("cardiopatia hipertensiva", "I11"), ("HTA no controlada", "I10"),
      ("gonartrosis bilateral", "M17.0")],
     negated=["dolor precordial", "sincope", "DM"], stopped=["ibuprofeno"])

note("h4-es-ve-25", "VE", "es", """HOSPITAL UNIVERSITARIO DE MARACAIBO
Servicio de Cirugia General
INFORME MEDICO / REFERENCIA

Se refiere a la paciente [[N|Yusmary Carolina Fuenmayor]], de 54 años, C.I. [[CED*|11.284.903]], historia N° [[R*|0231476]], natural y procedente de Maracaibo, a la consulta de Angiologia.
Paciente con diabetes mellitus tipo 2 de 12 años de evolucion, mal controlada, e hipertension arterial, quien presenta ulcera en planta de pie derecho de 6 semanas, con celulitis perilesional. Niega fiebre. Sin dolor en reposo. Pulsos pedios disminuidos.
Rx de pie: sin signos de osteomielitis.
Diagnosticos:
- Pie diabetico Wagner 2 derecho
- Celulitis de pie derecho
- Diabetes mellitus tipo 2 descompensada
- Hipertension arterial
Tratamiento indicado: Clindamicina 300 mg VO c/6h por 10 dias, Ciprofloxacina 500 mg VO c/12h por 10 dias, insulina NPH 14 UI SC en la mañana y 8 UI SC en la noche, Losartan 50 mg VO diario. Curas diarias con solucion fisiologica.
Agradeciendo su valiosa colaboracion.
Atentamente, Dra. [[N|Mariela Urdaneta Paz]], Cirujano General. Contacto: [[T|0261-759 4421]]
""",
     [("Clindamicina", "300 mg", "VO", "c/6h"), ("Ciprofloxacina", "500 mg", "VO", "c/12h"),
      ("insulina NPH", "14 UI", "SC", "en la mañana y 8 UI SC en la noche"), ("Losartan", "50 mg", "VO", "diario")],
     [("Pie diabetico Wagner 2 derecho", "E11.5"), ("Celulitis de pie derecho", "L03.1"),
      ("Diabetes mellitus tipo 2 descompensada", "E11"), ("Hipertension arterial", "I10")],
     negated=["fiebre", "dolor en reposo", "osteomielitis"])

# === Bolivia ======================================================================================================
note("h4-es-bo-26", "BO", "es", """CAJA NACIONAL DE SALUD - REGIONAL COCHABAMBA
CONSULTA EXTERNA CARDIOLOGIA
Asegurado: [[N|Gregorio Mamani Choque]]     Matricula: [[R*|58-0714-MCG]]     CI: [[CED*|3215487 CB]]
Edad: 59 años.  Celular: [[T|71456288]]
Contacto: su hija [[N|Lidia Mamani Rojas]]

S/ Palpitaciones y disnea de esfuerzo, mareos ocasionales. Procedente de zona endemica (Valle Alto). Niega dolor toracico.
APP: enfermedad de Chagas cronica (serologia positiva 2015), IRC estadio 3a, HTA.
O/ TA 132/80, FC 52 irregular. Soplo sistolico II/VI foco mitral.
ECG: BCRD + HBAI, extrasistoles ventriculares frecuentes.
Holter: TV no sostenida x 2 episodios.
A/ Miocardiopatia chagasica cronica con trastorno de conduccion. Arritmia ventricular (TV no sostenida). IRC estadio 3a. HTA.
P/ Amiodarona 200 mg VO cada 24 horas. Enalapril 5 mg VO c/12 h. Se suspende atenolol por bradicardia. Solicitar ecocardiograma y evaluacion por electrofisiologia para DAI.
Dr. [[N|Marco Antonio Vargas Terrazas]] - Mat. Prof. [[CED*|V-451]]
""",
     [("Amiodarona", "200 mg", "VO", "cada 24 horas"), ("Enalapril", "5 mg", "VO", "c/12 h")],
     [("Miocardiopatia chagasica cronica con trastorno de conduccion", "B57.2"), ("Arritmia ventricular", "I47.2"),
      ("IRC estadio 3a", "N18.3"), ("HTA", "I10")],
     negated=["dolor toracico"], stopped=["atenolol"])

note("h4-es-bo-27", "BO", "es", """HOSPITAL DE LA MUJER - LA PAZ
EMERGENCIA GINECO-OBSTETRICA
Nombre: [[N|Roxana Ticona Apaza]]    CI [[CED*|8374512 LP]]    HC [[R*|26-11834]]
Edad 34 años.  G3 P2 A0  EG 35 semanas por eco del 1er trimestre
Esposo: [[N|Freddy Alanoca Quispe]], tel. [[T|76543219]]

Motivo: cefalea intensa y vision borrosa
Cefalea frontal desde hace 6 horas, fotopsias. Niega dolor en epigastrio. Movimientos fetales presentes. Niega perdida de liquido amniotico.
PA 162/108 (repetida 158/106), proteinuria en tira 2+, reflejos osteotendinosos vivos. LCF 146.
DIAGNOSTICOS:
1. Embarazo de 35 semanas
2. Preeclampsia con criterios de severidad
INDICACIONES:
- Sulfato de magnesio 4 g IV en 20 min (impregnacion), luego 1 g/hora IV en infusion continua
- Nifedipino 10 mg VO c/20 min si PA >= 160/110, maximo 3 dosis
- Betametasona 12 mg IM c/24 h x 2 dosis
- Sonda Foley, control de diuresis horaria, laboratorios de perfil de preeclampsia
- Se comunica a ginecologo de turno para interrupcion del embarazo
Medico residente: [[N|Carla Loayza Mendoza]]
""",
     [("Sulfato de magnesio", "4 g", "IV", "en infusion continua"),
      ("Nifedipino", "10 mg", "VO", "c/20 min si PA >= 160/110"), ("Betametasona", "12 mg", "IM", "c/24 h")],
     [("Embarazo de 35 semanas", "Z34"), ("Preeclampsia con criterios de severidad", "O14.1")],
     negated=["dolor en epigastrio", "perdida de liquido amniotico"])

# === Paraguay =====================================================================================================
note("h4-es-py-28", "PY", "es", """IPS - HOSPITAL CENTRAL - CONSULTORIO DE DIABETOLOGIA
Asegurado: [[N|Blanca Estela Benítez de Giménez]]   C.I. N° [[CED*|1.845.226]]   N° Asegurado: [[R*|0184522601]]
Edad: 64.  Tel: [[T|(0981) 442 715]]    Barrio San Vicente, Asuncion.

Control de DM tipo 2. Refiere ardor y hormigueo en ambos pies de predominio nocturno. Sin heridas. Niega hipoglucemias.
Antecedentes patologicos: DM2 (18 años), HTA, hipotiroidismo, retinopatia diabetica no proliferativa.
Examen: PA 134/82. Monofilamento alterado en ambos pies. Pulsos pedios presentes.
HbA1c 9,2%.
Diagnostico: DM2 con mal control metabolico. Polineuropatia diabetica dolorosa.
Tratamiento:
 . Insulina NPH 24 UI SC antes del desayuno y 12 UI SC antes de la cena
 . Insulina rapida 4 UI SC antes del almuerzo segun glucemia
 . Metformina 1000 mg VO c/12 hs
 . Pregabalina 75 mg VO de noche
 . Losartan 50 mg VO c/12 hs
 . Levotiroxina 50 mcg VO en ayunas
Derivacion a oftalmologia y podologia.
Dra. [[N|Liz Rocío Duarte Ayala]]   Reg. Prof. [[CED*|8.812]]
""",
     [("Insulina NPH", "24 UI", "SC", "antes del desayuno y 12 UI SC antes de la cena"),
      ("Insulina rapida", "4 UI", "SC", "antes del almuerzo segun glucemia"), ("Metformina", "1000 mg", "VO", "c/12 hs"),
      ("Pregabalina", "75 mg", "VO", "de noche"), ("Losartan", "50 mg", "VO", "c/12 hs"),
      ("Levotiroxina", "50 mcg", "VO", "en ayunas")],
     [("DM2 con mal control metabolico", "E11"), ("Polineuropatia diabetica dolorosa", "E11.4"), ("HTA", "I10"),
      ("hipotiroidismo", "E03.9"), ("retinopatia diabetica no proliferativa", "E11.3")],
     negated=["heridas", "hipoglucemias"])

note("h4-es-py-29", "PY", "es", """TELECONSULTA PEDIATRICA - SANATORIO LA COSTA
Modalidad: llamada de video por WhatsApp al [[T|0972 118 304]]
Paciente: [[N|Mateo Ramírez Vera]], 4 años, 17 kg. CI [[CED*|7.342.118]]
Madre: [[N|Andrea Vera Cáceres]]
Madre refiere dolor de oido derecho desde anoche, fiebre 38,8, irritable. Sin secrecion por el oido. No vomitos. Vacunas al dia. Sin alergias conocidas.
Por video: niño activo, se toca el oido derecho, sin dificultad respiratoria.
Impresion: otitis media aguda derecha probable
Indicaciones:
 - amoxicilina 250 mg/5 ml, dar 7,5 ml via oral cada 8 horas por 7 dias
 - ibuprofeno 100 mg/5 ml, 8 ml VO cada 8 horas en caso de dolor o fiebre
 - consulta presencial si no mejora en 48-72 h o si aparece secrecion
Pediatra: [[N|Gustavo Insfrán]]
""",
     [("amoxicilina", "7,5 ml", "via oral", "cada 8 horas"), ("ibuprofeno", "8 ml", "VO", "cada 8 horas en caso de dolor o fiebre")],
     [("otitis media aguda derecha", "H66.9")],
     negated=["secrecion por el oido", "vomitos", "alergias", "dificultad respiratoria"])

# === Central America ==============================================================================================
note("h4-es-gt-30", "GT", "es", """CENTRO DE SALUD DE MIXCO - CONSULTA GENERAL
Paciente: [[N|Marvin Estuardo Cifuentes López]]     DPI: [[CED*|2847 51033 0108]]     Edad: 38 años
Dirección: [[A|Colonia El Milagro, 4a. calle 3-55 zona 6 de Mixco]]
Tel: [[T|5512-7748]]

Motivo: dolor de estomago y diarrea
Historia: 5 dias con evacuaciones liquidas con moco, 5 a 6 al dia, colico abdominal, pujo. Sin sangre. Niega fiebre. Come en la calle frecuentemente.
Antecedentes: gastritis cronica, no HTA, no DM.
Examen: abdomen blando, depresible, peristalsis aumentada, dolor leve en marco colico. Hidratado.
Heces: quistes de Entamoeba histolytica, leucocitos 10-15 xc.
Impresion clinica: amebiasis intestinal, sindrome diarreico agudo; gastritis cronica
Plan:
 1. Metronidazol 500 mg via oral cada 8 horas por 7 dias
 2. Suero oral, 1 sobre despues de cada evacuacion
 3. Butilhioscina 10 mg VO c/8h si colico
 4. Evitar alcohol con el metronidazol
Medico: [[N|Astrid Morales Chávez]], colegiado [[CED*|14522]]
""",
     [("Metronidazol", "500 mg", "via oral", "cada 8 horas"), ("Suero oral", "1 sobre", None, "despues de cada evacuacion"),
      ("Butilhioscina", "10 mg", "VO", "c/8h si colico")],
     [("amebiasis intestinal", "A06.0"), ("sindrome diarreico agudo", "A09"), ("gastritis cronica", "K29.5")],
     negated=["fiebre", "HTA", "DM"])

note("h4-es-hn-31", "HN", "es", """HOSPITAL ESCUELA - TEGUCIGALPA - SALA DE EMERGENCIA DE ADULTOS
Nombre: [[N|Kevin Alexander Zelaya Murillo]]   Identidad: [[CED*|0801-1998-14572]]   Exp. [[R*|1452398]]
Edad: 28 a.   Acompañante: [[N|Dilcia Murillo]] (mama), cel [[T|9876-2214]]
MC: "no puedo respirar"
HEA: asmatico conocido, inicia hace 12 h con tos, silbido de pecho y dificultad para respirar tras limpiar una bodega con polvo. Uso su inhalador 10 veces sin mejoria. No fiebre. Niega dolor toracico.
APP: ASMA BRONQUIAL desde niño, RINITIS ALERGICA. No usa corticoide inhalado de base.
EF: FR 30, FC 118, SatO2 89%, habla en frases cortas, sibilancias difusas espiratorias e inspiratorias, uso de musculos accesorios.
DX: CRISIS ASMATICA SEVERA
TX:
 - O2 por mascarilla para SatO2 > 92%
 - Salbutamol + bromuro de ipratropio nebulizado c/20 min x 3 dosis
 - Hidrocortisona 200 mg IV STAT y luego 100 mg IV c/6h
 - Sulfato de magnesio 2 g IV en 20 minutos, dosis unica
 - Reevaluar en 1 hora, gases arteriales
Dr. [[N|Óscar Mejía Banegas]]
""",
     [("Salbutamol", None, "nebulizado", "c/20 min x 3 dosis"), ("bromuro de ipratropio", None, "nebulizado", "c/20 min x 3 dosis"),
      ("Hidrocortisona", "200 mg", "IV", "c/6h"), ("Sulfato de magnesio", "2 g", "IV", "dosis unica")],
     [("CRISIS ASMATICA SEVERA", "J46"), ("ASMA BRONQUIAL", "J45"), ("RINITIS ALERGICA", "J30.4")],
     negated=["fiebre", "dolor toracico"])

sv32_dui = dui("03518274", bad=True)
note("h4-es-sv-32", "SV", "es", f"""HOSPITAL NACIONAL ROSALES - UNIDAD DE NEFROLOGIA
HOJA DE CONTROL DE HEMODIALISIS
Paciente: [[N|José Roberto Argueta Portillo]]   DUI: [[CED*|{sv32_dui}]]   Expediente: [[R*|158-22-004]]
Edad: 52.  Procedencia: Guayapa Abajo, Jiquilisco, Usulután. Agricultor (caña de azucar).
Antecedentes: ERC estadio 5 en hemodialisis (nefropatia mesoamericana), HTA secundaria, anemia renal. No diabetes.
Sesion de hoy: peso predialisis 68,4 kg, peso seco 65 kg. PA 162/94 pre. Sin disnea. Sin dolor toracico.
Acceso: FAV braquiocefalica izquierda funcionando, thrill presente.
Labs: Hb 8,7 K 5,8 fosforo 6,4.
Evaluacion: ERC estadio 5 en hemodialisis; hiperkalemia leve; anemia renal no controlada; HTA secundaria
Indicaciones:
 - Eritropoyetina 4000 UI SC 3 veces por semana post dialisis
 - Hierro sacarosa 100 mg IV semanal x 5 dosis
 - Sevelamer 800 mg VO con cada comida
 - Amlodipino 10 mg VO cada 24 horas
 - Dieta baja en potasio, restriccion hidrica 750 ml/dia
Medico nefrologo: Dra. [[N|Evelyn Rivas de Henríquez]]   JVPM [[CED*|9847]]
""",
     [("Eritropoyetina", "4000 UI", "SC", "3 veces por semana post dialisis"), ("Hierro sacarosa", "100 mg", "IV", "semanal"),
      ("Sevelamer", "800 mg", "VO", "con cada comida"), ("Amlodipino", "10 mg", "VO", "cada 24 horas")],
     [("ERC estadio 5 en hemodialisis", "N18.5"), ("HTA secundaria", "I15"), ("anemia renal no controlada", "D63.1"),
      ("hiperkalemia leve", "E87.5")],
     negated=["diabetes", "disnea", "dolor toracico"])

note("h4-es-ni-33", "NI", "es", """MINSA - CENTRO DE SALUD SOCRATES FLORES, MANAGUA
PROGRAMA DE DISPENSARIZADOS (CRONICOS)
Nombre: [[N|Aura Lila Treminio Gutiérrez]]   Cédula: [[CED*|001-220359-0016H]]   Expediente: [[R*|44871]]
Edad: 67 años.  Direccion: [[A|del Colegio Teresiano 2 c. al lago, 1/2 c. abajo, casa 14]]
Hijo: [[N|Denis Treminio]], telefono [[T|8842 3167]]

Subjetivo: viene a su control y a retirar medicamentos. Dice que se le olvida tomar la pastilla de la noche. Dolor de rodillas. Niega dolor de pecho, no falta de aire.
Antecedentes personales patologicos: HTA cronica, DM tipo 2, osteoartrosis de rodillas.
Objetivo: PA 150/90, FC 76, glucemia 168 mg/dl, peso 72 kg.
Analisis: HTA cronica no compensada, DM2 no compensada, osteoartrosis de rodillas
Plan: enalapril 20 mg VO BID, hidroclorotiazida 25 mg VO cada dia, metformina 500 mg VO TID con las comidas, glibenclamida 5 mg VO c/dia antes del desayuno, diclofenaco 50 mg VO c/12h por 5 dias si dolor. Consejeria sobre adherencia. Cita en 1 mes.
Medico: [[N|Francisco Javier Obando]]  Cod. MINSA [[CED*|18823]]
""",
     [("enalapril", "20 mg", "VO", "BID"), ("hidroclorotiazida", "25 mg", "VO", "cada dia"), ("metformina", "500 mg", "VO", "TID"),
      ("glibenclamida", "5 mg", "VO", "c/dia antes del desayuno"), ("diclofenaco", "50 mg", "VO", "c/12h por 5 dias si dolor")],
     [("HTA cronica no compensada", "I10"), ("DM2 no compensada", "E11"), ("osteoartrosis de rodillas", "M17")],
     negated=["dolor de pecho", "falta de aire"])

note("h4-es-cr-34", "CR", "es", """CCSS - EBAIS SAN RAFAEL ABAJO DE DESAMPARADOS
Nota de consulta
Pcte: [[N|María José Solano Araya]]   Cédula: [[CED*|1-1054-0732]]   F. Nac.: [[B|09/04/1979]]
Tel: [[T|8834-5129]]

S: Control de hipotiroidismo y dislipidemia. Refiere caida de pelo y cansancio, constipacion. Sin palpitaciones. No ha tomado la levotiroxina bien, se la toma con el cafe.
AP: hipotiroidismo (2016), dislipidemia mixta, sindrome de intestino irritable. AQx: cesarea x2. Alergias: niega.
O: PA 118/72, FC 64, peso 74 kg. Tiroides no palpable.
Labs: TSH 8,9 T4L 0,8 colesterol 236 TG 260 LDL 148.
A: 1) Hipotiroidismo primario subcompensado por mala tecnica de toma 2) Dislipidemia mixta 3) Sindrome de intestino irritable con constipacion
P: Levotiroxina 75 mcg VO en ayunas 30 min antes del desayuno (aumento desde 50 mcg). Atorvastatina 20 mg VO HS. Psyllium 1 sobre VO cada dia. Se suspende gemfibrozil. Control TSH en 8 semanas.
Dr. [[N|Esteban Quesada Mora]]  Cod. [[CED*|MED12840]]
""",
     [("Levotiroxina", "75 mcg", "VO", "en ayunas 30 min antes del desayuno"), ("Atorvastatina", "20 mg", "VO", "HS"),
      ("Psyllium", "1 sobre", "VO", "cada dia")],
     [("Hipotiroidismo primario subcompensado", "E03.9"), ("Dislipidemia mixta", "E78.2"),
      ("Sindrome de intestino irritable con constipacion", "K58.1")],
     negated=["palpitaciones", "Alergias"], stopped=["gemfibrozil"])

note("h4-es-pa-35", "PA", "es", """CAJA DE SEGURO SOCIAL - COMPLEJO HOSPITALARIO DR. ARNULFO ARIAS MADRID
SERVICIO DE CIRUGIA - RESUMEN DE EGRESO
Nombre: [[N|Itzel Yaneth Castillo de Broce]]     Cédula: [[CED*|8-812-1469]]     Seguro Social: [[R*|8-812-1469-00]]
F. de nacimiento: [[B|27/12/1983]]       Teléfono: [[T|6678-4402]]
Contacto: esposo [[N|Abdiel Broce]]

Fecha de ingreso: 15/11/2026      Fecha de egreso: 18/11/2026
Diagnostico de ingreso: colecistitis aguda litiasica
Diagnosticos de egreso: colecistitis aguda litiasica, resuelta quirurgicamente; obesidad grado II; hipotiroidismo
Procedimiento: colecistectomia laparoscopica 16/11/2026, sin complicaciones. No coledocolitiasis por colangiorresonancia.
Evolucion: afebril, tolera dieta, herida limpia.
Medicamentos de egreso:
  - Acetaminofen 1 g VO c/6h por 3 dias, luego si dolor
  - Tramadol 50 mg VO c/8h si dolor intenso
  - Omeprazol 20 mg VO diario por 14 dias
  - Levotiroxina 100 mcg VO diario (su dosis habitual)
Cita con cirugia en 10 dias para retiro de puntos.
Medico tratante: [[N|Ricardo Samaniego Pinzón]]
""",
     [("Acetaminofen", "1 g", "VO", "c/6h por 3 dias, luego si dolor"), ("Tramadol", "50 mg", "VO", "c/8h si dolor intenso"),
      ("Omeprazol", "20 mg", "VO", "diario"), ("Levotiroxina", "100 mcg", "VO", "diario")],
     [("colecistitis aguda litiasica", "K80.0"), ("obesidad grado II", "E66"), ("hipotiroidismo", "E03.9")],
     negated=["coledocolitiasis"])

# === Caribbean ====================================================================================================
note("h4-es-cu-36", "CU", "es", """POLICLINICO DOCENTE "PLAZA DE LA REVOLUCION" - CONSULTORIO 14
HOJA DE INTERCONSULTA A MEDICINA INTERNA
Paciente: [[N|Idalmis Hechavarría Fonseca]]     CI: [[CED*|58031207751]]     HC: [[R*|14-0387]]
Edad: 68 años.   Direccion: [[A|Calle 23 No. 1058 e/ 12 y 14, Vedado]]

Motivo: HTA de dificil control y dolor precordial atipico.
Datos: paciente con antecedentes de HTA, cardiopatia isquemica, DM2 y asma bronquial, que a pesar de tratamiento mantiene cifras de 160-170/100. Refiere dolor precordial punzante de segundos, no relacionado con esfuerzos. No disnea paroxistica nocturna.
Tratamiento actual: enalapril 20 mg c/12h, amlodipino 10 mg diario, clortalidona 25 mg al dia, ASA 125 mg diario, metformina 850 mg 2 veces al dia. Se le suspendio el atenolol por su asma.
Examen: TA 168/102, FC 80, RsCsRs, no soplos. Fondo de ojo: retinopatia hipertensiva grado II.
Impresion diagnostica: HTA grado 2 resistente; retinopatia hipertensiva grado II; dolor precordial atipico a estudiar
Solicito: valoracion, descartar causa secundaria (ecografia renal, ionograma).
Dr. [[N|Yoandry Pupo Leyva]]   Esp. 1er grado MGI   Registro [[CED*|58214]]
""",
     [("enalapril", "20 mg", None, "c/12h"), ("amlodipino", "10 mg", None, "diario"), ("clortalidona", "25 mg", None, "al dia"),
      ("ASA", "125 mg", None, "diario"), ("metformina", "850 mg", None, "2 veces al dia")],
     [("HTA grado 2 resistente", "I10"), ("retinopatia hipertensiva grado II", "H35.0"), ("dolor precordial atipico", "R07.4"), ("cardiopatia isquemica", "I25"),
      ("DM2", "E11"), ("asma bronquial", "J45")],
     negated=["disnea paroxistica nocturna"], stopped=["atenolol"])

do37_ced = do_cedula("0011874532")
note("h4-es-do-37", "DO", "es", f"""HOSPITAL DOCTOR SALVADOR B. GAUTIER - EMERGENCIA
Nombre: [[N|Ramón Antonio De los Santos Peña]]     Cédula: [[CED*|{do37_ced}]]     Récord: [[R*|2026-118470]]
Edad: 49 años   ARS: SENASA   Tel.: [[T|809-554-2317]]
Acompañante: [[N|Yokasta Peña]] (hermana)

MC: "azucar alta y vomitos"
Paciente masculino con DM tipo 2 e HTA, quien dejo de usar la insulina hace 5 dias por falta de dinero. Cuadro de poliuria, polidipsia, vomitos y dolor abdominal difuso. Sin fiebre. Niega dolor toracico.
Examen: TA 100/60, FC 122, FR 28 respiracion de Kussmaul, mucosas secas, aliento cetonico. Glasgow 15.
Labs: glucosa 486, pH 7,12, HCO3 9, cetonas positivas, K 4,9, Na 132.
Impresion: Cetoacidosis diabetica moderada, DM2 descompensada, HTA
Plan:
- SSN 0,9% 1000 ml IV en 1 hora, luego 500 ml/h
- Insulina regular 0,1 UI/kg/h IV en infusion continua
- Cloruro de potasio 20 mEq por litro de solucion IV
- Omeprazol 40 mg IV c/24h
- Se suspende losartan mientras hipotenso
- Glicemia capilar c/1h, gases c/2h
Dra. [[N|Wendy Mercedes Almonte]], residente de medicina interna. Exequatur [[CED*|441-19]]
""",
     [("SSN 0,9%", "1000 ml", "IV", "en 1 hora"), ("Insulina regular", "0,1 UI/kg/h", "IV", "en infusion continua"),
      ("Cloruro de potasio", "20 mEq", "IV", None), ("Omeprazol", "40 mg", "IV", "c/24h")],
     [("Cetoacidosis diabetica moderada", "E11.1"), ("DM2 descompensada", "E11"), ("HTA", "I10")],
     negated=["fiebre", "dolor toracico"], stopped=["losartan"])

note("h4-es-pr-38", "PR", "es", """CENTRO MEDICO EPISCOPAL SAN LUCAS - PONCE, PR
Consulta de seguimiento / Follow-up visit
Paciente: [[N|Carmen Iris Rodríguez Vélez]]    DOB: [[B|03/15/1957]]    MRN: [[R*|PR00458812]]
SS#: [[SSN*|584-62-3391]]    Tel: [[T|(787) 842-3361]]
Emergency contact: [[N|Luis Rodríguez]] (hijo) [[T|(939) 218-4470]]

S: Paciente de 69 años viene a seguimiento de FA y diabetes. Se siente mejor, menos palpitaciones. Niega sangrado. Denies chest pain. No ha tenido mareos.
PMH: atrial fibrillation, DM2, HTN, obesidad. Alergia a sulfa.
O: BP 128/78, HR 76 irregular, peso 88 kg. A1c 7,4.
A/P:
1. FA permanente, rate controlled - continuar apixaban 5 mg PO BID y metoprolol tartrate 50 mg PO BID
2. DM2, mejorando - metformin 1000 mg PO BID; discontinue glipizide (hipoglucemias leves)
3. HTN controlada - lisinopril 20 mg PO daily
Return in 3 months. Labs before the visit.
Attending: [[N|Miguel A. Torres Colón]], MD
""",
     [("apixaban", "5 mg", "PO", "BID"), ("metoprolol tartrate", "50 mg", "PO", "BID"), ("metformin", "1000 mg", "PO", "BID"),
      ("lisinopril", "20 mg", "PO", "daily")],
     [("FA permanente", "I48.2"), ("DM2", "E11"), ("HTN", "I10"), ("obesidad", "E66")],
     negated=["sangrado", "chest pain", "mareos"], stopped=["glipizide"])

# === United States ================================================================================================
note("h4-en-us-39", "US", "en", """RIVERSIDE FAMILY MEDICINE - PROGRESS NOTE
Patient: [[N|Gerald Wayne Hutchins]]   DOB: [[B|07/22/1954]]   MRN: [[R*|00872154]]
Visit: 11/23/2026, in person.  PCP: [[N|Amanda Kowalski]], DO

SUBJECTIVE: 72 yo M here for 3-month f/u of diabetes and kidney disease. Reports more fatigue, nocturia x2. Denies chest pain, denies SOB, no leg swelling. Checks sugars fasting 130s-150s. Had GI upset on metformin.
PMH: T2DM, HTN, CKD stage 3b, hyperlipidemia, gout. NKDA.
FAMILY HX: father with MI at 60.
OBJECTIVE: BP 142/86, HR 72, Wt 104 kg. No edema. eGFR 34 (was 41), K 5.0, A1c 7.9, UACR 320.
ASSESSMENT/PLAN:
1. Type 2 diabetes mellitus with diabetic CKD - discontinue metformin given eGFR < 35. Start empagliflozin 10 mg PO daily. Continue insulin glargine 22 units SC at bedtime.
2. HTN, not at goal - increase lisinopril to 40 mg PO daily.
3. CKD stage 3b - as above, nephrology referral.
4. Hyperlipidemia - atorvastatin 40 mg PO nightly.
5. Gout, no flares - allopurinol 100 mg PO daily.
RTC 6 weeks with BMP.
""",
     [("empagliflozin", "10 mg", "PO", "daily"), ("insulin glargine", "22 units", "SC", "at bedtime"),
      ("lisinopril", "40 mg", "PO", "daily"), ("atorvastatin", "40 mg", "PO", "nightly"), ("allopurinol", "100 mg", "PO", "daily")],
     [("Type 2 diabetes mellitus with diabetic CKD", "E11.22"), ("HTN, not at goal", "I10"), ("CKD stage 3b", "N18.3"),
      ("Hyperlipidemia", "E78.5"), ("Gout", "M10.9")],
     negated=["chest pain", "SOB", "leg swelling"], stopped=["metformin"])

note("h4-en-us-40", "US", "en", """MERCY GENERAL HOSPITAL - DISCHARGE SUMMARY
Patient name: [[N|Dolores Maria Sanchez]]        MRN: [[R*|MG-3318842]]        DOB: [[B|1949-02-11]]
Admitted: 11/14/2026   Discharged: 11/20/2026
Attending: [[N|Kevin O'Brien]]      Discharging resident: [[N|Priya Natarajan]], MD
Emergency contact: [[N|Anthony Sanchez]] (son) [[T|(916) 555-0182]]
Address: [[A|4417 Elm Grove Ct, Sacramento, CA 95823]]

Admission diagnosis: acute on chronic systolic heart failure
Discharge diagnoses: Acute on chronic systolic heart failure, improved; Community-acquired pneumonia, resolving; Acute kidney injury, resolved; Type 2 diabetes
Hospital course: Presented with dyspnea and 5 kg weight gain. Diuresed with IV furosemide, net -6 L. CXR with RLL infiltrate, treated with ceftriaxone and azithromycin, transitioned to oral. Cr peaked at 2.1, back to 1.2 at discharge. Troponin flat, MI ruled out. No evidence of PE.
Discharge medications:
- Furosemide 40 mg PO twice daily
- Carvedilol 12.5 mg PO BID
- Sacubitril-valsartan 24-26 mg PO BID
- Amoxicillin-clavulanate 875 mg PO q12h x 3 more days
- Insulin lispro sliding scale SC with meals
- STOP: lisinopril (replaced by sacubitril-valsartan), glyburide
Follow-up: heart failure clinic within 7 days; daily weights, 2 g sodium diet.
""",
     [("Furosemide", "40 mg", "PO", "twice daily"), ("Carvedilol", "12.5 mg", "PO", "BID"),
      ("Sacubitril-valsartan", "24-26 mg", "PO", "BID"), ("Amoxicillin-clavulanate", "875 mg", "PO", "q12h"),
      ("Insulin lispro", None, "SC", "with meals")],
     [("Acute on chronic systolic heart failure", "I50.23"), ("Community-acquired pneumonia", "J18.9"),
      ("Acute kidney injury", "N17.9"), ("Type 2 diabetes", "E11")],
     negated=["MI", "PE"], stopped=["lisinopril", "glyburide"])

note("h4-en-us-41", "US", "en", """EMERGENCY DEPARTMENT NOTE - ST. JOSEPH'S MEDICAL CENTER
Pt: [[N|Darnell Lamar Washington]]  58M  MRN [[R*|SJ-7742019]]  SSN [[SSN*|412-58-7093]]
Arrival 02:14 by EMS. Wife at bedside ([[N|Tanya Washington]], [[T|313-555-0147]]).

CC: chest pressure
HPI: 58M with HTN, HLD, active smoker, h/o prior MI (2021, stent to LAD) presents with substernal pressure radiating to L arm x 1 hr, diaphoresis. Took 1 SL nitro at home with partial relief. Denies fever, no cough. No recent travel, no leg swelling.
Home meds: aspirin 81 mg daily, atorvastatin 80 mg daily, metoprolol succinate 50 mg daily.
Exam: BP 164/98, HR 96, SpO2 96% RA. Diaphoretic. Lungs clear. No murmurs.
ECG: 2 mm ST elevation V2-V4. Troponin I 0.84.
ED Dx: Acute anterior STEMI
Orders:
- Aspirin 324 mg PO chewed once
- Ticagrelor 180 mg PO loading dose
- Heparin 4000 units IV bolus
- Nitroglycerin 0.4 mg SL q5min PRN chest pain, max 3
- Morphine 2 mg IV q10min as needed for pain
Cath lab activated 02:31. Cardiology (Dr. [[N|Helen Tran]]) at bedside.
ED attending: [[N|Marcus Bell]], MD
""",
     [("Aspirin", "324 mg", "PO", "once"), ("Ticagrelor", "180 mg", "PO", "loading dose"), ("Heparin", "4000 units", "IV", "bolus"),
      ("Nitroglycerin", "0.4 mg", "SL", "q5min PRN chest pain"), ("Morphine", "2 mg", "IV", "q10min as needed for pain"),
      ("atorvastatin", "80 mg", None, "daily"), ("metoprolol succinate", "50 mg", None, "daily")],
     [("Acute anterior STEMI", "I21.0"), ("HTN", "I10"), ("HLD", "E78.5"), ("prior MI", "I25.2")],
     negated=["fever", "cough", "leg swelling"])

note("h4-en-us-42", "US", "en", """TELEHEALTH VISIT - BEHAVIORAL HEALTH / PRIMARY CARE
Patient: [[N|Megan Elizabeth Carter]], 34 F   DOB [[B|04/02/1992]]   MRN [[R*|4410937]]
Visit by video (patient at home in Denver, CO; consent obtained). Phone backup [[T|720-555-0193]].
Email on file: [[E|megan.carter92@outlook.com]]

S: Follow-up of depression and anxiety after starting sertraline 8 weeks ago. Mood better, PHQ-9 from 18 to 9, GAD-7 from 15 to 8. Still poor sleep; trazodone makes her groggy in the morning. Denies suicidal ideation. No panic attacks in 3 weeks. Drinks 2 glasses of wine on weekends.
PMH: migraine without aura, hypothyroidism.
Meds: sertraline 100 mg daily, levothyroxine 75 mcg daily, trazodone 50 mg at bedtime, sumatriptan 50 mg at onset of migraine.
A/P:
1. Major depressive disorder, single episode, moderate - improving. Increase sertraline to 150 mg PO daily.
2. Generalized anxiety disorder - improving, continue plan, CBT referral placed.
3. Insomnia - stop trazodone. Start melatonin 3 mg PO at bedtime; sleep hygiene.
4. Migraine without aura - sumatriptan 50 mg PO at onset of headache, may repeat once in 2 hours.
5. Hypothyroidism - levothyroxine 75 mcg PO daily, TSH with next labs.
Next visit in 4 weeks by video.
[[N|Jordan Whitfield]], PMHNP-BC
""",
     [("sertraline", "150 mg", "PO", "daily"), ("melatonin", "3 mg", "PO", "at bedtime"),
      ("sumatriptan", "50 mg", "PO", "at onset of headache"), ("levothyroxine", "75 mcg", "PO", "daily")],
     [("Major depressive disorder, single episode, moderate", "F32.1"), ("Generalized anxiety disorder", "F41.1"),
      ("Insomnia", "G47.00"), ("Migraine without aura", "G43.009"), ("Hypothyroidism", "E03.9")],
     negated=["suicidal ideation", "panic attacks"], stopped=["trazodone"])

note("h4-en-us-43", "US", "en", """QUEST REGIONAL LABORATORY                                  REPORT STATUS: FINAL
------------------------------------------------------------------------------------------
PATIENT NAME:  [[N|NGUYEN, THANH V]]           DOB: [[B|10/30/1968]]          SEX: M
PATIENT ID:    [[R*|QR-5528190]]            ACCESSION: [[R*|A26-339-4471]]
ORDERING PHYSICIAN: [[N|ELENA MARKOVIC]], MD     NPI: [[R*|1730485521]]
COLLECTED: 11/24/2026 08:05                 RECEIVED: 11/24/2026 10:12
CLINICAL INFORMATION: chronic hepatitis B; hepatic steatosis; on tenofovir 300 mg PO daily
------------------------------------------------------------------------------------------
TEST                         RESULT      FLAG    UNITS        REFERENCE RANGE
ALT                          68          H       U/L          7-56
AST                          52          H       U/L          10-40
Total bilirubin              0.9                 mg/dL        0.2-1.2
Albumin                      4.1                 g/dL         3.5-5.0
Platelets                    188                 x10^3/uL     150-400
HBV DNA, quantitative        <20                 IU/mL        not detected
Alpha-fetoprotein            3.2                 ng/mL        <8.3
------------------------------------------------------------------------------------------
Performed by: [[N|Rachel Simmons]], MLS(ASCP)
""",
     [("tenofovir", "300 mg", "PO", "daily")],
     [("chronic hepatitis B", "B18.1"), ("hepatic steatosis", "K76.0")])

note("h4-en-us-44", "US", "en", """OB/GYN CLINIC - PRENATAL VISIT (28 WEEKS)
Name: [[N|Aaliyah Monroe]]   DOB: [[B|08/19/1999]]   MRN: [[R*|OB-229175]]   G2P1001
Partner: [[N|Jamal Monroe]], phone [[T|(404) 555-0168]]
Address: [[A|2210 Peachtree Rd NW, Apt 5B, Atlanta, GA 30309]]

Subjective: 27 yo at 28w2d by 8-week US. Good fetal movement. Denies vaginal bleeding, denies leakage of fluid, no contractions. No headache or visual changes. Mild heartburn.
Past medical history: mild intermittent asthma; gestational diabetes in prior pregnancy.
Objective: BP 118/72, weight gain 9 kg, fundal height 28 cm, FHR 144. 1-hr GCT 162 -> 3-hr GTT 2 of 4 abnormal.
Assessment:
1. Intrauterine pregnancy at 28 weeks
2. Gestational diabetes mellitus, diet-controlled (A1GDM)
3. Mild intermittent asthma, stable
4. Heartburn of pregnancy
Plan:
- Tdap 0.5 mL IM today
- Prenatal vitamin 1 tab PO daily
- Albuterol HFA 90 mcg 2 puffs inhaled q4-6h as needed for wheezing
- Famotidine 20 mg PO BID as needed for heartburn
- GDM nutrition consult, glucose log QID; RTC 2 weeks
Provider: [[N|Sarah Lindqvist]], CNM
""",
     [("Tdap", "0.5 mL", "IM", "today"), ("Prenatal vitamin", "1 tab", "PO", "daily"),
      ("Albuterol", "90 mcg", "inhaled", "q4-6h as needed for wheezing"),
      ("Famotidine", "20 mg", "PO", "BID as needed for heartburn")],
     [("Intrauterine pregnancy at 28 weeks", "Z34"), ("Gestational diabetes mellitus, diet-controlled", "O24.410"),
      ("Mild intermittent asthma", "J45.20"), ("Heartburn of pregnancy", None)],
     negated=["vaginal bleeding", "leakage of fluid", "contractions", "headache", "visual changes"])


if __name__ == "__main__":
    write(os.path.dirname(os.path.abspath(__file__)))
