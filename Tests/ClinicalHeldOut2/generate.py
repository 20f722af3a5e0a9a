#!/usr/bin/env python3
"""Second held-out set (issue 17): written before any rule change of that issue, measured once before the
fixes (BASELINE.txt) and once after (AFTER.txt, the record of that one measurement). NO LONGER UNSEEN: since
then a development set — its failures were studied to write general rules (Tests/ClinicalTests/
DevelopmentSetRulesTests.swift); the next blind set is Tests/ClinicalHeldOut3. Notes and labels unchanged.
Run: python3 generate.py (rewrites *.json)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpuslib import note, write, curp, rfc, cpf, rut

# --- Mexico --------------------------------------------------------------------------------------------
r1 = rfc("HEMR7803152K", bad=True)
note("h2-es-mx-01", "MX", "es", f"""CONSULTORIO MEDICO FAMILIAR "SAN ANGEL"
RECETA MEDICA
Nombre del paciente: [[N|Rosalba Hernández Mejía]]        Edad: 46 años
F. Nac.: [[B|15/03/1978]]     RFC: [[RFC*|{r1}]]     Expediente: [[R*|CMF-10482]]

Dx: HTA descontrolada; DM2; dislipidemia mixta

1. Losartan 50 mg tab, tomar 1 VO c/12h
2. Metformina 850 mg tab, 1 VO con desayuno y cena (BID)
3. Atorvastatina 20 mg, 1 tableta VO cada noche
4. Paracetamol 500 mg, 1 tab VO c/8h si dolor

Se suspende glibenclamida por hipoglucemias.
Cita en 1 mes con QS y perfil de lipidos.
Dr. [[N|Joaquín Salazar Ortiz]] — Céd. Prof. [[CED*|4587120]]""",
     [("losartan", "50 mg", "VO", "c/12h"), ("metformina", "850 mg", "VO", "BID"),
      ("atorvastatina", "20 mg", "VO", "cada noche"), ("paracetamol", "500 mg", "VO", "c/8h si dolor")],
     [("HTA descontrolada", None), ("DM2", None), ("dislipidemia mixta", None)],
     stopped=["glibenclamida"])

c2 = curp("ROAJ910724HDFDRN0")
note("h2-es-mx-02", "MX", "es", f"""HOSPITAL GENERAL DE ZONA No. 8 - URGENCIAS ADULTOS
NOTA INICIAL DE URGENCIAS
Paciente: [[N|Juan Carlos Rodríguez Arenas]]  CURP: [[CURP*|{c2}]]  NSS: [[R*|1289 91 4471-3]]
Acompañante: [[N|Verónica Lara]] (esposa)  Tel. [[T|55 4127 8890]]

MOTIVO DE CONSULTA: dolor abdominal en fosa iliaca derecha de 18 horas, nausea, hiporexia.
Niega fiebre, niega diarrea. Sin antecedentes quirurgicos.
EXPLORACION FISICA: TA 124/78, FC 98, FR 20, Temp 37.8. McBurney positivo, rebote presente.
LABS: leucocitos 14,800, neutrofilos 86%.
IDX: Apendicitis aguda (K35.8)
PLAN: ayuno, solucion Hartmann 1000 ml IV para 8 horas, ceftriaxona 1 g IV c/12h, metronidazol 500 mg IV c/8h, ketorolaco 30 mg IV c/8h PRN dolor.
Valoracion por Cirugia General. Medico tratante: [[N|Luis Fernando Ochoa]]""",
     [("solucion Hartmann", "1000 ml", "IV", "para 8 horas"), ("ceftriaxona", "1 g", "IV", "c/12h"),
      ("metronidazol", "500 mg", "IV", "c/8h"), ("ketorolaco", "30 mg", "IV", "c/8h PRN dolor")],
     [("Apendicitis aguda", "K35.8")],
     negated=["fiebre", "diarrea"])

note("h2-es-mx-03", "MX", "es", """Laboratorio Clínico Biomédica del Bajío
REPORTE DE RESULTADOS
Paciente: [[N|GUTIERREZ PONCE, MARIA ELENA]]       Folio: [[R*|LB-2024-118273]]
Fecha de nac.: [[B|02/11/1959]]   Sexo: F   Edad: 64 a
Médico solicitante: [[N|Arturo Benítez Lozano]]
Diagnóstico presuntivo: Diabetes mellitus tipo 2; enfermedad renal crónica

QUÍMICA SANGUÍNEA
Glucosa 186 mg/dL (70-100)
Creatinina 1.9 mg/dL (0.6-1.1)
Urea 64 mg/dL
Hemoglobina glucosilada 8.9 %
EXAMEN GENERAL DE ORINA: proteínas 100 mg/dL, glucosa ++.
Valido: QFB [[N|Sandra Ivonne Rocha]]""",
     [],
     [("Diabetes mellitus tipo 2", None), ("enfermedad renal crónica", None)])

note("h2-es-mx-04", "MX", "es", """Nota de evolucion - Medicina Interna, cama 214
Pte [[N|Ramiro Esquivel Cano]], 71 a, Exp. [[R*|00-457812]], hija de contacto: [[N|Lorena Esquivel]] tel [[T|442 318 7765]]

S: Refiere mejoria de la disnea, tolera decubito. Niega dolor toracico.
O: TA 130/80 FC 84 irregular, SatO2 93% con puntas nasales 2 L. Estertores basales disminuidos.
A: ICC descompensada en mejoria; FA permanente; ERC estadio 3
P: Furosemida 40 mg IV c/12 h, espironolactona 25 mg VO c/24 h, apixaban 5 mg VO c/12h. Suspender enalapril por hiperkalemia.
Se ajustara diuretico segun balance. Valorar egreso en 48 h.""",
     [("furosemida", "40 mg", "IV", "c/12 h"), ("espironolactona", "25 mg", "VO", "c/24 h"),
      ("apixaban", "5 mg", "VO", "c/12h")],
     [("ICC descompensada en mejoria", None), ("FA permanente", None), ("ERC estadio 3", None)],
     negated=["dolor toracico"], stopped=["enalapril"])

# --- Colombia ------------------------------------------------------------------------------------------
note("h2-es-co-05", "CO", "es", """E.S.E. HOSPITAL SAN RAFAEL - EPICRISIS
Nombre: [[N|Yamile Andrea Castaño Restrepo]]   Identificación: CC [[CED*|1.036.652.418]]
Historia clínica: [[R*|1036652418]]   Fecha de ingreso: 03/05/2024   Fecha de egreso: 08/05/2024
Responsable: [[N|Gustavo Castaño]] (padre) - Cel [[T|314 287 6610]]

Motivo de ingreso: fiebre y dolor en flanco izquierdo.
Resumen: paciente de 34 años que ingresa con pielonefritis, recibe manejo antibiótico endovenoso con buena evolución.
Diagnósticos de egreso:
1. Pielonefritis aguda izquierda (N10)
2. Infección de vías urinarias por E. coli BLEE
3. Hipotiroidismo primario
Medicamentos al egreso: ertapenem 1 g IV cada 24 horas por 3 días más (por hospitalización en casa), levotiroxina 75 mcg VO en ayunas.
Control con urocultivo al terminar antibiótico. Signos de alarma explicados.""",
     [("ertapenem", "1 g", "IV", "cada 24 horas"), ("levotiroxina", "75 mcg", "VO", "en ayunas")],
     [("Pielonefritis aguda izquierda", "N10"), ("Infección de vías urinarias por E. coli BLEE", None),
      ("Hipotiroidismo primario", None)])

note("h2-es-co-06", "CO", "es", """IPS SALUD TOTAL - CONSULTA EXTERNA
Paciente: [[N|Hernán Darío Múnera]], CC [[CED*|71.645.220]], 58 años
Dirección: [[A|Calle 44 # 79-32, Medellín]]

Motivo de consulta: "control de la presion y el azucar"
Enfermedad actual: asintomatico, refiere adherencia irregular a medicamentos.
Antecedentes personales patológicos: HTA hace 10 años, DM2 hace 6 años, gota.
Revision por sistemas: niega poliuria, niega vision borrosa.
Examen fisico: PA 148/92, FC 76, peso 91 kg, IMC 31.
Analisis: HTA no controlada, DM2 con HbA1c 7,9 %, obesidad grado I
Plan: aumentar losartan a 100 mg VO dia, continuar metformina 1000 mg VO cada 12 horas, alopurinol 300 mg VO diario. Dieta y ejercicio. Control en 3 meses.""",
     [("losartan", "100 mg", "VO", "dia"), ("metformina", "1000 mg", "VO", "cada 12 horas"),
      ("alopurinol", "300 mg", "VO", "diario")],
     [("HTA", None), ("DM2", None), ("gota", None), ("obesidad grado I", None)],
     negated=["poliuria", "vision borrosa"])

note("h2-es-co-07", "CO", "es", """Referencia / contrarreferencia
Señores Servicio de Neurología, Hospital Universitario del Valle
Remito a la paciente [[N|Luz Marina Valencia Orozco]], T.I. / C.C. [[CED*|31.298.774]], de 52 años, para valoración.
Cuadro de 6 meses de cefalea hemicraneana pulsátil con fotofobia, sin déficit focal.
Antecedentes: migraña desde la juventud; trastorno depresivo; no HTA, no diabetes.
Ha recibido acetaminofén y naproxeno sin mejoría. Actualmente con amitriptilina 25 mg VO en la noche y sumatriptán 50 mg VO al inicio del dolor.
Impresión diagnóstica: Migraña crónica sin aura (G43.7); cefalea por abuso de analgésicos
Agradezco su atención. Dra. [[N|Paola Andrea Giraldo]], Medicina General. Tel consultorio [[T|(602) 883 4410]]""",
     [("amitriptilina", "25 mg", "VO", "en la noche"), ("sumatriptán", "50 mg", "VO", "al inicio del dolor")],
     [("Migraña crónica sin aura", "G43.7"), ("cefalea por abuso de analgésicos", None), ("migraña", None),
      ("trastorno depresivo", None)],
     negated=["HTA", "diabetes"])

# --- Argentina -----------------------------------------------------------------------------------------
note("h2-es-ar-08", "AR", "es", """Sanatorio Güemes - Guardia Externa
Pac: [[N|Marcelo Gabriel Ferreyra]]  DNI: [[DNI*|23.118.904]]  Edad: 51
Obra social: OSDE  N° afiliado: [[R*|61 223344 5 01]]

MC: dolor precordial opresivo de 40 min, irradiado a brazo izq, con sudoracion.
AP: tabaquista 20 p/a, HTA, dislipemia. Niega DBT.
EF: TA 150/95, FC 104, SatO2 96%. R1 R2 normofoneticos, sin soplos.
ECG: infradesnivel ST V4-V6. Troponina positiva.
Dx: Sindrome coronario agudo sin elevacion del ST (I21.4)
Tto: AAS 300 mg VO carga, clopidogrel 300 mg VO carga, enoxaparina 1 mg/kg SC c/12 hs, atorvastatina 80 mg VO por noche. Nitroglicerina SL si dolor.
Se interna en Unidad Coronaria. Avisado el Dr. [[N|Pablo Sosa]], cardiologo de guardia.""",
     [("AAS", "300 mg", "VO", "carga"), ("clopidogrel", "300 mg", "VO", "carga"),
      ("enoxaparina", "1 mg/kg", "SC", "c/12 hs"), ("atorvastatina", "80 mg", "VO", "por noche"),
      ("nitroglicerina", None, "SL", "si dolor")],
     [("Sindrome coronario agudo sin elevacion del ST", "I21.4"), ("HTA", None), ("dislipemia", None)],
     negated=["DBT"])

note("h2-es-ar-09", "AR", "es", """HOSPITAL DE CLÍNICAS — RESUMEN DE ALTA
Apellido y nombre: [[N|Benítez, Norma Susana]]     HC N° [[R*|774.120]]
Fecha de nacimiento: [[B|8 de julio de 1948]]
Familiar a cargo: [[N|Claudia Benítez]] (hija), tel. [[T|011 15-4432-9087]]

Diagnósticos al alta: neumonía aguda de la comunidad, en resolución; EPOC reagudizado, resuelto; insuficiencia cardíaca crónica
Evolución: buena respuesta a ampicilina-sulbactam EV, rotado a VO a las 72 hs. Sin fiebre desde el día 3.
Indicaciones al alta:
- amoxicilina/ácido clavulánico 875/125 mg VO c/12 hs por 5 días
- budesonide/formoterol 160/4,5 mcg 2 inhalaciones c/12 hs
- furosemida 20 mg VO por día
- salbutamol 2 puff a demanda
Control por consultorio en 7 días.""",
     [("amoxicilina/ácido clavulánico", "875/125 mg", "VO", "c/12 hs"), ("budesonide/formoterol", "160/4,5 mcg", None, "c/12 hs"),
      ("furosemida", "20 mg", "VO", "por día"), ("salbutamol", "2 puff", None, "a demanda")],
     [("neumonía aguda de la comunidad, en resolución", None), ("EPOC reagudizado, resuelto", None),
      ("insuficiencia cardíaca crónica", None)],
     negated=["fiebre"])

note("h2-es-ar-10", "AR", "es", """Consultorio de Reumatología
Sra. [[N|Alicia Noemí Gauna]], 39 años, DNI [[DNI*|28.455.019]]. Vino acompañada por su esposo, [[N|Rubén Acosta]].
Consulta por dolor e hinchazón de manos de 3 meses, rigidez matinal de 1 hora.
Laboratorio: FR positivo, anti-CCP 180 U/ml, ERS 42 mm/h.
Impresión: Artritis reumatoidea seropositiva (M05.9) y anemia de trastornos crónicos.
Inicio metotrexato 15 mg VO una vez por semana, ácido fólico 5 mg VO semanal, prednisona 10 mg VO por día por 4 semanas.
Sin antecedentes de tuberculosis. Se solicitan serologías virales. Control en 6 semanas.""",
     [("metotrexato", "15 mg", "VO", "una vez por semana"), ("ácido fólico", "5 mg", "VO", "semanal"),
      ("prednisona", "10 mg", "VO", "por día")],
     [("Artritis reumatoidea seropositiva", "M05.9"), ("anemia de trastornos crónicos", None)],
     negated=["tuberculosis"])

# --- Chile ---------------------------------------------------------------------------------------------
r11 = rut(9874563, bad=True)
note("h2-es-cl-11", "CL", "es", f"""Hospital Clínico Regional de Concepción — Epicrisis
Nombre: [[N|Héctor Manuel Sepúlveda Riquelme]]   RUT: [[RUT*|{r11}]]   Ficha: [[R*|558102]]
Fecha nac.: [[B|21-01-1955]]   Contacto: [[N|Ximena Riquelme]] (esposa) [[T|+56 9 7612 3390]]

Diagnósticos de egreso:
- Accidente cerebrovascular isquémico de arteria cerebral media izquierda (I63.5)
- Fibrilación auricular de reciente diagnóstico
- Hipertensión arterial
Tratamiento al alta: apixabán 5 mg c/12 hrs VO, atorvastatina 40 mg/noche VO, enalapril 10 mg c/12 hrs VO.
Se suspende AAS al iniciar anticoagulación.
Control en policlínico de neurología en 1 mes; kinesioterapia motora.""",
     [("apixabán", "5 mg", "VO", "c/12 hrs"), ("atorvastatina", "40 mg", "VO", "/noche"),
      ("enalapril", "10 mg", "VO", "c/12 hrs")],
     [("Accidente cerebrovascular isquémico de arteria cerebral media izquierda", "I63.5"),
      ("Fibrilación auricular de reciente diagnóstico", None), ("Hipertensión arterial", None)],
     stopped=["AAS"])

r12 = rut(20456781)
note("h2-es-cl-12", "CL", "es", f"""SAPU Cordillera - Atención de urgencia
Paciente: [[N|Tomás Ignacio Fuentes]], 7 años, RUN [[RUT*|{r12}]]. Madre: [[N|Camila Fuentes Araya]], fono [[T|9 8823 4410]].
Consulta por tos y fiebre hasta 39 °C de 2 días, dolor de oído derecho.
Al examen: T° 38,6 °C, FC 112, FR 24, Sat 97%. Otoscopia: tímpano derecho abombado. Pulmones limpios.
Diagnóstico: Otitis media aguda derecha (H66.9). Resfrío común.
Indicaciones: amoxicilina 250 mg/5 ml, 8 ml VO cada 8 horas por 10 días; paracetamol 250 mg VO cada 6 horas si fiebre; ibuprofeno 200 mg VO cada 8 hrs si dolor.
No presenta signos de dificultad respiratoria. Control en 48 horas si persiste fiebre.""",
     [("amoxicilina", "250 mg/5 ml", "VO", "cada 8 horas"), ("paracetamol", "250 mg", "VO", "cada 6 horas si fiebre"),
      ("ibuprofeno", "200 mg", "VO", "cada 8 hrs si dolor")],
     [("Otitis media aguda derecha", "H66.9"), ("Resfrío común", None)],
     negated=["dificultad respiratoria"])

note("h2-es-cl-13", "CL", "es", """INFORME DE LABORATORIO - CLINICA DAVILA
Paciente       : [[N|ORELLANA VIDAL JAVIERA]]
RUT            : [[RUT*|15.339.208-4]]
F. Nac.        : [[B|30/06/1983]]
N° Orden       : [[R*|0093348721]]
Procedencia    : Ambulatorio     Médico: [[N|Rodrigo Pizarro Lagos]]

HEMOGRAMA
Hemoglobina 10,9 g/dL   Hematocrito 33 %   VCM 74 fL
Ferritina 8 ng/mL
Perfil tiroideo: TSH 6,8 uUI/mL, T4 libre 0,9 ng/dL
Comentario: anemia microcítica; TSH elevada.""",
     [],
     [])

# --- Peru ----------------------------------------------------------------------------------------------
note("h2-es-pe-14", "PE", "es", """HOSPITAL NACIONAL DOS DE MAYO - HOJA DE REFERENCIA
Paciente: [[N|Flor de María Huamán Ccori]]   DNI: [[DNI*|41278563]]   N° HC: [[R*|2023-045871]]
Edad: 33 años. Procedencia: [[A|Av. Los Incas 1203, San Juan de Lurigancho]]

Se refiere a ginecología por sangrado uterino anormal de 4 meses.
Antecedentes: G3P3003, anemia ferropenica en tratamiento, sin alergias.
Ecografia: utero aumentado de tamaño con mioma intramural de 5 cm.
Dx: 1) Miomatosis uterina (D25.1) 2) Anemia ferropenica moderada 3) Sangrado uterino anormal
Tratamiento actual: sulfato ferroso 300 mg VO c/24h, acido tranexamico 500 mg VO c/8h durante el sangrado.
Medico que refiere: [[N|Wilfredo Paredes Chávez]]""",
     [("sulfato ferroso", "300 mg", "VO", "c/24h"), ("acido tranexamico", "500 mg", "VO", "c/8h")],
     [("Miomatosis uterina", "D25.1"), ("Anemia ferropenica moderada", None), ("Sangrado uterino anormal", None)],
     negated=["alergias"])

note("h2-es-pe-15", "PE", "es", """CENTRO DE SALUD MATERNO INFANTIL - CONSULTA
Nombre: [[N|Ángel Gabriel Condori Ticona]] (2 años 3 meses)   HCL: [[R*|00087415]]
Padre: [[N|Edwin Condori]], DNI [[DNI*|46602231]], celular [[T|951 223 874]]

Motivo: tos con flema y silbido de pecho hace 3 dias, sin fiebre.
Examen: FR 40, sibilantes espiratorios difusos, tirajes leves, Sat 94%.
Diagnostico: Sindrome obstructivo bronquial agudo (J21.9)
Tto: salbutamol 100 mcg 2 puff con aerocamara c/4h por 48 h luego c/6h; prednisolona 1 mg/kg VO c/24h por 3 dias.
Se explican signos de alarma a la madre. Control en 24 horas.""",
     [("salbutamol", "100 mcg", None, "c/4h"), ("prednisolona", "1 mg/kg", "VO", "c/24h")],
     [("Sindrome obstructivo bronquial agudo", "J21.9")],
     negated=["fiebre"])

note("h2-es-pe-16", "PE", "es", """Receta — Policlínico Santa Rosa, Arequipa
Paciente: [[N|Julio César Apaza]]          DNI [[DNI*|29647710]]
Diagnóstico: gastritis erosiva; helicobacter pylori positivo.
Rp.
- Omeprazol 20 mg cap: 1 cap VO c/12h antes de desayuno y cena x 14 días
- Claritromicina 500 mg tab: 1 tab VO c/12h x 14 días
- Amoxicilina 1 g: 1 tab VO c/12h x 14 días
Evitar AINES. Suspender diclofenaco.
Firma y sello: Dr. [[N|Alberto Cornejo]] CMP [[CED*|034512]]""",
     [("omeprazol", "20 mg", "VO", "c/12h"), ("claritromicina", "500 mg", "VO", "c/12h"), ("amoxicilina", "1 g", "VO", "c/12h")],
     [("gastritis erosiva", None), ("helicobacter pylori positivo", None)],
     stopped=["diclofenaco"])

# --- Brazil (Portuguese-flavoured Spanish) ---------------------------------------------------------------
p17 = cpf("381925406", bad=True)
note("h2-es-br-17", "BR", "es", f"""Hospital Santa Casa — atendimento de paciente brasileña en Foz do Iguaçu / Ciudad del Este
Paciente: [[N|Ana Paula Gonçalves Ribeiro]]   CPF: [[CPF*|{p17}]]   Prontuário: [[R*|PR-448120]]
Data de nascimento: [[B|14/09/1990]]

Queixa principal: dor de garganta y fiebre desde hace 3 dias.
Exame: amigdalas hiperemiadas con exudado, adenopatia cervical dolorosa. T 38,7.
Hipótese diagnóstica: Faringoamigdalitis estreptocócica (J03.0)
Conduta: penicilina benzatínica 1.200.000 UI IM dosis única; dipirona 1 g VO c/6h se dor o fiebre.
Niega alergia a penicilina. Retorno si no mejora en 72 h.""",
     [("penicilina benzatínica", "1.200.000 UI", "IM", "dosis única"), ("dipirona", "1 g", "VO", "c/6h se dor o fiebre")],
     [("Faringoamigdalitis estreptocócica", "J03.0")],
     negated=["alergia a penicilina"])

p18 = cpf("704318259")
note("h2-es-br-18", "BR", "es", f"""Clínica Bem Estar - consulta de cardiologia
Paciente Sr. [[N|Antônio Carlos Medeiros]], 66 anos, CPF [[CPF*|{p18}]], tel [[T|+55 21 99812-4477]], email [[E|acmedeiros@uol.com.br]]
Historia: HAS e diabetes tipo 2, ex-tabagista. Niega dor toracica. Refere cansaço aos esforços.
Exame: PA 150x90, FC 62, sopro sistólico aórtico 3/6.
Ecocardiograma: estenose aórtica moderada, FEVI 58%.
Diagnósticos: estenose aórtica moderada; hipertensão arterial sistêmica; diabetes tipo 2
Prescrição: anlodipino 5 mg VO 1x ao dia, metformina 850 mg VO 2x ao dia, AAS 100 mg VO no almoço.
Retorno em 6 meses con eco de controle.""",
     [("anlodipino", "5 mg", "VO", "1x ao dia"), ("metformina", "850 mg", "VO", "2x ao dia"), ("AAS", "100 mg", "VO", "no almoço")],
     [("estenose aórtica moderada", None), ("hipertensão arterial sistêmica", None), ("diabetes tipo 2", None)],
     negated=["dor toracica"])

# --- Ecuador -------------------------------------------------------------------------------------------
note("h2-es-ec-19", "EC", "es", """HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO - SERVICIO DE EMERGENCIA
Paciente: [[N|Segundo Manuel Chicaiza Toapanta]]   C.I.: [[CED*|1712345678]]   HC: [[R*|482210]]
Fecha de nacimiento: [[B|1968-04-02]]   Teléfono: [[T|099 812 3344]]

Motivo de la consulta: paciente acude por vomito con sangre en 2 ocasiones, deposiciones negras.
Antecedentes: alcoholismo cronico, cirrosis hepatica Child B. Niega uso de anticoagulantes.
Signos vitales: TA 92/60, FC 118, FR 22, SatO2 95%. Palidez marcada.
Diagnostico: Hemorragia digestiva alta variceal (I85.0); cirrosis hepatica alcoholica (K70.3)
Plan: omeprazol 80 mg IV en bolo y luego 8 mg/h IV en infusion continua, octreotide 50 mcg IV bolo, ceftriaxona 1 g IV c/24h. Endoscopia urgente.""",
     [("omeprazol", "80 mg", "IV", "en bolo"), ("octreotide", "50 mcg", "IV", "bolo"), ("ceftriaxona", "1 g", "IV", "c/24h")],
     [("Hemorragia digestiva alta variceal", "I85.0"), ("cirrosis hepatica alcoholica", "K70.3"), ("alcoholismo cronico", None)],
     negated=["uso de anticoagulantes"])

note("h2-es-ec-20", "EC", "es", """Centro de Salud Tipo C Chimbacalle — Control de niño sano / morbilidad
Niña: [[N|Dayana Alexandra Guamán]], 9 meses. Representante: [[N|Mercedes Guamán Pilco]] (madre), cédula [[CED*|0603124587]].
Consulta por deposiciones liquidas 5 al dia, sin sangre, sin vomitos, sin fiebre.
Peso 7,9 kg, activa, reactiva, mucosas humedas, fontanela normotensa.
Diagnostico: diarrea aguda sin deshidratacion (A09); desnutricion leve.
Indicaciones: sales de rehidratacion oral 50 ml despues de cada deposicion, zinc 10 mg VO una vez al dia por 14 dias, continuar lactancia.
Cita de control en 3 dias.""",
     [("sales de rehidratacion oral", "50 ml", None, "despues de cada deposicion"), ("zinc", "10 mg", "VO", "una vez al dia")],
     [("diarrea aguda sin deshidratacion", "A09"), ("desnutricion leve", None)],
     negated=["fiebre", "vomitos"])

# --- Uruguay -------------------------------------------------------------------------------------------
note("h2-es-uy-21", "UY", "es", """CASMU - Policlínica de Medicina Familiar
Usuario: [[N|Washington Daniel Olivera]], CI [[CED*|3.456.789-1]], 63 años, [[A|Av. 8 de Octubre 3421, Montevideo]]
Tel: [[T|2487 6512]] / cel [[T|099 456 712]]

MC: control de EPOC y de HTA.
Refiere disnea de esfuerzo estable, no ha tenido exacerbaciones. No fiebre ni expectoracion purulenta.
PA 136/84, FC 80, Sat 92%. Murmullo alveolar disminuido globalmente.
Problemas: 1- EPOC GOLD 3 (J44.9). 2- HTA. 3- Tabaquismo activo.
Tratamiento: tiotropio 18 mcg inhalado cada 24 horas, salbutamol 2 puff si disnea, amlodipina 5 mg VO día, vareniclina 0,5 mg VO día por 3 días luego c/12 hs.
Consejería antitabaco. Control en 2 meses con espirometría.""",
     [("tiotropio", "18 mcg", "inhalado", "cada 24 horas"), ("salbutamol", "2 puff", None, "si disnea"),
      ("amlodipina", "5 mg", "VO", "día"), ("vareniclina", "0,5 mg", "VO", "día")],
     [("EPOC GOLD 3", "J44.9"), ("HTA", None), ("Tabaquismo activo", None)],
     negated=["fiebre", "expectoracion purulenta"])

note("h2-es-uy-22", "UY", "es", """Hospital Pereira Rossell — nota de ingreso Ginecotocología
Paciente: [[N|Micaela Fernández Silva]], 24 años, C.I. [[CED*|5.102.339-6]], FUM 10/02/2024, EG 38 semanas.
Pareja: [[N|Santiago Pereyra]].
Ingresa por contracciones regulares cada 4 minutos y pérdida de líquido claro de 2 horas.
Sin cefalea, sin fosfenos. PA 118/72, FCF 142 lpm. Tacto: 5 cm, bolsa rota.
Diagnóstico: Trabajo de parto fase activa; rotura prematura de membranas; estreptococo grupo B positivo.
Indicaciones: ampicilina 2 g IV dosis inicial y luego 1 g IV c/4 h hasta el parto. Oxitocina según protocolo.""",
     [("ampicilina", "2 g", "IV", "c/4 h"), ("oxitocina", None, None, "según protocolo")],
     [("Trabajo de parto fase activa", None), ("rotura prematura de membranas", None), ("estreptococo grupo B positivo", None)],
     negated=["cefalea", "fosfenos"])

# --- Venezuela -----------------------------------------------------------------------------------------
note("h2-es-ve-23", "VE", "es", """HOSPITAL UNIVERSITARIO DE CARACAS - CONSULTA DE ENDOCRINOLOGIA
Paciente: [[N|Yusmary del Valle Rondón]]  C.I.: [[CED*|V-14.882.301]]  Historia: [[R*|334-91-22]]
Fecha de nac: [[B|19/08/1979]]   Telf: [[T|0414-3328871]]

Motivo: aumento de volumen en cuello y palpitaciones.
Examen: FC 112, temblor fino, bocio difuso grado II, exoftalmos bilateral.
TSH < 0,01, T4L 3,8.
IDx: Enfermedad de Graves (E05.0)
Plan: metimazol 10 mg VO c/8h, propranolol 40 mg VO c/12h. Control con perfil tiroideo en 4 semanas.
Se suspende anticonceptivo oral hasta nueva evaluación.""",
     [("metimazol", "10 mg", "VO", "c/8h"), ("propranolol", "40 mg", "VO", "c/12h")],
     [("Enfermedad de Graves", "E05.0")])

note("h2-es-ve-24", "VE", "es", """Ambulatorio Urbano Tipo III - Nota de consulta
Sr. [[N|José Gregorio Mendoza]] 55 años, cedula [[CED*|V 9.876.543]], vive en [[A|Calle Sucre, casa N° 14, Barquisimeto]]
Acude por dolor en pierna izquierda, enrojecimiento y calor local de 4 dias. Fiebre 38.5.
APP: DM tipo 2 de larga data, insuficiencia venosa. Niega traumatismo.
Examen: eritema en cara anterior de pierna izq, bordes mal definidos, edema ++.
Dx: celulitis de miembro inferior izquierdo (L03.1), DM2 descompensada
Tto: cefadroxilo 500 mg VO c/12 hr x 10 dias; ibuprofeno 400 mg VO c/8 hr por dolor; insulina NPH 20 UI SC en la mañana y 10 UI en la noche.
Reposo con pierna elevada. Control en 72 hr.""",
     [("cefadroxilo", "500 mg", "VO", "c/12 hr"), ("ibuprofeno", "400 mg", "VO", "c/8 hr por dolor"),
      ("insulina NPH", "20 UI", "SC", "en la mañana")],
     [("celulitis de miembro inferior izquierdo", "L03.1"), ("DM2 descompensada", None), ("insuficiencia venosa", None)],
     negated=["traumatismo"])

# --- Central America -----------------------------------------------------------------------------------
note("h2-es-gt-25", "GT", "es", """HOSPITAL ROOSEVELT — EMERGENCIA DE ADULTOS, Guatemala
Nombre: [[N|Marvin Estuardo López Chávez]]   DPI: [[DNI*|2456 78901 0101]]   Registro: [[R*|2024-113582]]
Edad: 38 años   Contacto de emergencia: [[N|Sonia López]], tel. [[T|+502 5521 8890]]

Motivo de consulta: herida en mano derecha con machete hace 2 horas.
Examen: herida de 6 cm en palma, sin compromiso tendinoso. Vacuna antitetánica no recordada.
Diagnóstico: Herida cortante de mano derecha (S61.4)
Plan: lavado y sutura, toxoide tetánico 0,5 ml IM dosis única, cefalexina 500 mg VO c/6h por 7 días, acetaminofén 500 mg VO c/6h si dolor.""",
     [("toxoide tetánico", "0,5 ml", "IM", "dosis única"), ("cefalexina", "500 mg", "VO", "c/6h"),
      ("acetaminofén", "500 mg", "VO", "c/6h si dolor")],
     [("Herida cortante de mano derecha", "S61.4")])

note("h2-es-cr-26", "CR", "es", """CAJA COSTARRICENSE DE SEGURO SOCIAL - EBAIS Curridabat
Asegurado: [[N|Karla Vanessa Solano Mora]]   Cédula: [[CED*|1-1234-0567]]   Expediente: [[R*|11234 0567]]
Dirección: [[A|200 m sur de la iglesia de Tirrases, Curridabat]]

Consulta por ardor al orinar y urgencia urinaria de 2 días. Niega fiebre, niega flujo vaginal.
PA 110/70, T 36,8. Puño percusión negativa.
Dx: Cistitis aguda no complicada (N30.0)
Rx: nitrofurantoína 100 mg VO c/12 h por 5 días; fenazopiridina 200 mg VO c/8 h por 2 días.
Abundantes líquidos. Consultar si fiebre o dolor lumbar.""",
     [("nitrofurantoína", "100 mg", "VO", "c/12 h"), ("fenazopiridina", "200 mg", "VO", "c/8 h")],
     [("Cistitis aguda no complicada", "N30.0")],
     negated=["fiebre", "flujo vaginal"])

note("h2-es-hn-27", "HN", "es", """Hospital Escuela, Tegucigalpa — Sala de Medicina Interna, nota de ingreso
Paciente: [[N|Olvin Josué Martínez]]   Identidad: [[DNI*|0801-1987-04512]]   Exp. [[R*|HE-778124]]
Esposa: [[N|Dilcia Fúnez]]

Ingresa por fiebre de 5 días, cefalea retroocular, mialgias y petequias en piernas.
Prueba de torniquete positiva. Plaquetas 38,000, hematocrito 48%.
IMPRESIÓN DIAGNÓSTICA:
- Dengue con signos de alarma (A91)
- Trombocitopenia
Manejo: lactato de Ringer 1000 ml IV a 10 ml/kg/h, acetaminofén 1 g VO c/6 h si fiebre. No administrar AINES ni aspirina.
Control de hematocrito c/6 h.""",
     [("lactato de Ringer", "1000 ml", "IV", None), ("acetaminofén", "1 g", "VO", "c/6 h si fiebre")],
     [("Dengue con signos de alarma", "A91"), ("Trombocitopenia", None)])

# --- Caribbean -----------------------------------------------------------------------------------------
note("h2-es-do-28", "DO", "es", """HOSPITAL DR. SALVADOR B. GAUTIER — CONSULTA DE NEFROLOGÍA
Paciente: [[N|Ramona Altagracia Peña]]   Cédula: [[CED*|001-1234567-8]]   Récord: [[R*|208877]]
Fecha de nacimiento: [[B|12/12/1961]]   Tel.: [[T|809-555-2231]]
Hijo: [[N|Franklin Peña]]

ANTECEDENTES PERSONALES PATOLÓGICOS: HTA, diabetes mellitus tipo 2, insuficiencia renal crónica en hemodiálisis.
Acude para ajuste de medicamentos. Niega disnea.
PA 160/95, edema leve.
Diagnósticos: IRC terminal en hemodiálisis; hipertensión arterial de difícil control; anemia renal
Indicaciones: amlodipina 10 mg VO OD, carvedilol 12.5 mg VO BID, eritropoyetina 4000 UI SC 3 veces por semana, sevelamer 800 mg VO con cada comida.""",
     [("amlodipina", "10 mg", "VO", "OD"), ("carvedilol", "12.5 mg", "VO", "BID"),
      ("eritropoyetina", "4000 UI", "SC", "3 veces por semana"), ("sevelamer", "800 mg", "VO", "con cada comida")],
     [("IRC terminal en hemodiálisis", None), ("hipertensión arterial de difícil control", None), ("anemia renal", None),
      ("diabetes mellitus tipo 2", None)],
     negated=["disnea"])

note("h2-es-pr-29", "PR", "es", """Centro Médico de Mayagüez — Sala de Emergencia
Paciente: [[N|Luis Ángel Rivera Torres]]   DOB: [[B|03/22/1949]]   MRN: [[R*|00684213]]   SSN: [[SSN*|581-44-7092]]
Acompañado por su hija [[N|Marisol Rivera]], tel [[T|(787) 555-0148]]

Motivo: debilidad en brazo y pierna derechos y dificultad para hablar desde hace 1 hora.
Historial: HTA, FA, no diabetes. Usa warfarina pero la suspendió hace 1 semana por sangrado de encías.
TA 188/104, FC 96 irregular, glucosa 132.
CT de cráneo sin hemorragia.
Impresión: ACV isquémico agudo (I63.9); fibrilación auricular sin anticoagulación
Plan: activar código ictus, labetalol 10 mg IV ahora, alteplasa según protocolo, admitir a unidad de ictus.""",
     [("labetalol", "10 mg", "IV", "ahora"), ("alteplasa", None, None, "según protocolo")],
     [("ACV isquémico agudo", "I63.9"), ("fibrilación auricular sin anticoagulación", None), ("HTA", None)],
     negated=["diabetes"], stopped=["warfarina"])

# --- United States -------------------------------------------------------------------------------------
note("h2-en-us-30", "US", "en", """MERCY GENERAL HOSPITAL — DISCHARGE SUMMARY
Patient: [[N|Gerald Thomas Whitfield]]    MRN: [[R*|40021877]]    DOB: [[B|11/02/1951]]
Attending: [[N|Priya Raman]], MD    Admit: 04/02/2024    Discharge: 04/07/2024
Emergency contact: [[N|Deborah Whitfield]] (wife) [[T|(916) 555-2874]]

Discharge diagnoses: community-acquired pneumonia, resolving; acute kidney injury, resolved; type 2 diabetes mellitus
Past medical history: COPD, hypertension, BPH.
Hospital course: treated with ceftriaxone and azithromycin, creatinine peaked at 2.1 and returned to 1.1. No fever for 72 hours.
Discharge medications:
1. Amoxicillin-clavulanate 875 mg PO BID x 3 days
2. Metformin 500 mg PO BID (resume)
3. Tamsulosin 0.4 mg PO at bedtime
4. Albuterol 90 mcg 2 puffs inhaled q4h as needed
Lisinopril held until renal follow-up. Follow up with PCP in 1 week with BMP.""",
     [("amoxicillin-clavulanate", "875 mg", "PO", "BID"), ("metformin", "500 mg", "PO", "BID"),
      ("tamsulosin", "0.4 mg", "PO", "at bedtime"), ("albuterol", "90 mcg", "inhaled", "q4h as needed")],
     [("community-acquired pneumonia, resolving", None), ("acute kidney injury, resolved", None),
      ("type 2 diabetes mellitus", None), ("COPD", None), ("hypertension", None), ("BPH", None)],
     negated=["fever"], stopped=["lisinopril"])

note("h2-en-us-31", "US", "en", """Progress Note — Family Medicine Clinic
Pt: [[N|Keisha Monroe]], 34 y/o F. SSN [[SSN*|512-68-2043]]. Phone [[T|404-555-0193]].
S: f/u anxiety and migraines. Sleeping better. Denies chest pain, denies SOB. No suicidal ideation.
O: BP 118/76, HR 72, BMI 27. Alert, normal affect.
A: 1. Generalized anxiety disorder, improving (F41.1)
2. Migraine without aura
3. Vitamin D deficiency
P: Continue sertraline 100 mg PO daily. Rizatriptan 10 mg PO at onset of headache, may repeat in 2 h. Vitamin D3 50,000 IU PO weekly x 8 weeks. Stop propranolol (fatigue).
RTC 3 months. Referring physician: [[N|Alan Brooks]] (neurology).""",
     [("sertraline", "100 mg", "PO", "daily"), ("rizatriptan", "10 mg", "PO", "at onset of headache"),
      ("vitamin D3", "50,000 IU", "PO", "weekly")],
     [("Generalized anxiety disorder, improving", "F41.1"), ("Migraine without aura", None), ("Vitamin D deficiency", None)],
     negated=["chest pain", "SOB", "suicidal ideation"], stopped=["propranolol"])

note("h2-en-us-32", "US", "en", """QUEST-STYLE LABORATORY REPORT
PATIENT NAME: [[N|OKAFOR, CHINEDU]]        DOB: [[B|1972-05-17]]     ACCOUNT #: [[R*|Q8841-22019]]
ORDERING PHYSICIAN: [[N|Melissa Grant]], MD        COLLECTED: 05/14/2024 07:40
Clinical information: hyperlipidemia; prediabetes

LIPID PANEL
Total cholesterol 262 mg/dL (H)
LDL cholesterol 181 mg/dL (H)
HDL cholesterol 38 mg/dL (L)
Triglycerides 215 mg/dL (H)
HEMOGLOBIN A1c 6.1 % (H)""",
     [],
     [("hyperlipidemia", None), ("prediabetes", None)])

note("h2-en-us-33", "US", "en", """ED PROVIDER NOTE — St. Luke's Emergency Department
Name: [[N|Brandon Kowalski]]   MRN [[R*|7719-0342]]   DOB [[B|08/30/1996]]
Chief complaint: shortness of breath and wheezing x 2 days.
HPI: 27M with asthma, ran out of his inhaler. No fever, no chest pain. Mother [[N|Linda Kowalski]] at bedside.
Vitals: BP 132/84, HR 108, RR 24, SpO2 91% RA, Temp 98.9 F.
Exam: diffuse expiratory wheezes, speaking in full sentences.
Assessment: acute asthma exacerbation, moderate (J45.41); medication nonadherence
Plan: albuterol/ipratropium nebulized x3, methylprednisolone 125 mg IV once, then prednisone 40 mg PO daily x 5 days. Discharge with albuterol 90 mcg 2 puffs q4-6h PRN and fluticasone/salmeterol 250/50 mcg 1 puff BID.""",
     [("albuterol/ipratropium", None, "nebulized", None), ("methylprednisolone", "125 mg", "IV", "once"),
      ("prednisone", "40 mg", "PO", "daily"), ("albuterol", "90 mcg", None, "q4-6h PRN"),
      ("fluticasone/salmeterol", "250/50 mcg", None, "BID")],
     [("acute asthma exacerbation, moderate", "J45.41"), ("medication nonadherence", None), ("asthma", None)],
     negated=["fever", "chest pain"])

note("h2-en-us-34", "US", "en", """Referral letter
To: Dr. [[N|Samuel Ortiz]], Gastroenterology
Re: [[N|Patricia Ann Delgado]], DOB [[B|February 9, 1967]], MRN [[R*|MC-5530912]]
Dear Dr. [[N|Ortiz]],
I am referring Ms. [[N|Delgado]] for evaluation of iron deficiency anemia and intermittent dark stools. She has a history of GERD and osteoarthritis and takes naproxen 500 mg PO BID, which I have asked her to discontinue. She has no history of liver disease.
Labs: Hgb 9.8 g/dL, ferritin 6 ng/mL.
Current medications: pantoprazole 40 mg PO daily before breakfast; ferrous sulfate 325 mg PO every other day.
Assessment: iron deficiency anemia, suspected GI blood loss; GERD; osteoarthritis of knees.
Sincerely, [[N|Rachel Kim]], MD — Internal Medicine, [[T|(555) 201-7788]]""",
     [("pantoprazole", "40 mg", "PO", "daily"), ("ferrous sulfate", "325 mg", "PO", "every other day")],
     [("iron deficiency anemia, suspected GI blood loss", None), ("GERD", None), ("osteoarthritis of knees", None)],
     negated=["liver disease"], stopped=["naproxen"])

write(os.path.dirname(os.path.abspath(__file__)))
