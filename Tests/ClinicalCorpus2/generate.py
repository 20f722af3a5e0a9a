#!/usr/bin/env python3
"""Tuning notes added for issue 17 (with Tests/ClinicalTests/Corpus: the corpus the rules are tuned on).
Same markup and JSON as Tests/ClinicalHeldOut2 (see corpuslib.py there). Run: python3 generate.py (rewrites *.json)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
from corpuslib import note, write, curp, rfc, cpf, rut

# --- Mexico --------------------------------------------------------------------------------------------
r = rfc("MOPA650921QW")
note("t2-es-mx-01", "MX", "es", f"""CLINICA DE MEDICINA FAMILIAR ISSSTE - NOTA MEDICA
Nombre: [[N|Alfredo Morales Pineda]]   RFC: [[RFC*|{r}]]   Edad: 58
Antecedentes personales patologicos: DM2 de 12 años, HTA, retinopatia diabetica.
Padecimiento actual: acude a control, refiere glucosas en ayuno de 180. Niega hipoglucemias.
EF: TA 142/88, FC 78, peso 84 kg. Pulsos pedios presentes.
Dx: DM2 descontrolada; HTA en control; retinopatia diabetica no proliferativa
Tx: Metformina 850 mg VO c/12h, insulina glargina 18 UI SC cada noche, enalapril 10 mg VO c/12h.
Cita en 4 semanas con HbA1c.""",
     [("metformina", "850 mg", "VO", "c/12h"), ("insulina glargina", "18 UI", "SC", "cada noche"), ("enalapril", "10 mg", "VO", "c/12h")],
     [("DM2 descontrolada", None), ("HTA en control", None), ("retinopatia diabetica no proliferativa", None)],
     negated=["hipoglucemias"])

c = curp("LOHS020415MNLPRF0", bad=True)
note("t2-es-mx-02", "MX", "es", f"""HOSPITAL UNIVERSITARIO - URGENCIAS GINECOOBSTETRICAS
Paciente: [[N|Sofía López Hernández]]   CURP: [[CURP*|{c}]]   Expediente: [[R*|HU-558213]]
Madre: [[N|Guadalupe Hernández]]   Tel: [[T|81 8345 2201]]
Motivo de consulta: sangrado transvaginal y dolor tipo colico, embarazo de 9 semanas.
USG: saco gestacional irregular sin embrion. Niega fiebre.
Impresion diagnostica: Aborto incompleto (O03.4); anemia leve
Plan: misoprostol 400 mcg sublingual dosis unica, ibuprofeno 400 mg VO c/8h si dolor, sulfato ferroso 200 mg VO c/24h.""",
     [("misoprostol", "400 mcg", "sublingual", "dosis unica"), ("ibuprofeno", "400 mg", "VO", "c/8h si dolor"),
      ("sulfato ferroso", "200 mg", "VO", "c/24h")],
     [("Aborto incompleto", "O03.4"), ("anemia leve", None)],
     negated=["fiebre"])

note("t2-es-mx-03", "MX", "es", """Receta medica - Consultorio adyacente a farmacia
Paciente: [[N|Brenda Itzel Ramos]]    Fecha: 12/06/2024    Edad: 27 años
Diagnostico: faringitis aguda, rinitis alergica
- Amoxicilina 500 mg capsulas: 1 cada 8 horas por 7 dias VO
- Loratadina 10 mg tab: 1 VO diaria por 10 dias
- Paracetamol 500 mg: 1 tableta cada 6 horas en caso de fiebre
Abundantes liquidos. Acudir si dificultad para respirar.
Dr. [[N|Esteban Navarro Cruz]]   Ced. Prof. [[CED*|7823145]]""",
     [("amoxicilina", "500 mg", "VO", "cada 8 horas"), ("loratadina", "10 mg", "VO", "diaria"),
      ("paracetamol", "500 mg", None, "cada 6 horas en caso de fiebre")],
     [("faringitis aguda", None), ("rinitis alergica", None)])

note("t2-es-mx-04", "MX", "es", """NOTA DE EGRESO - HOSPITAL REGIONAL DE ALTA ESPECIALIDAD
Nombre: [[N|Ernesto Villalobos Durán]]   NSS: [[R*|4309 72 1188-2]]   Fecha de nacimiento: [[B|03 de marzo de 1952]]
Familiar responsable: [[N|Patricia Villalobos]] (hija), Tel. [[T|999 214 5578]]
DIAGNOSTICOS DE EGRESO:
1. Neumonia adquirida en la comunidad CURB-65 2, resuelta
2. EPOC exacerbado
3. Insuficiencia cardiaca con FEVI preservada
TRATAMIENTO AL EGRESO:
1. Levofloxacino 750 mg VO c/24h por 3 dias mas
2. Budesonida/formoterol 160/4.5 mcg 2 disparos c/12h
3. Furosemida 20 mg VO c/24h
4. Salbutamol 2 disparos c/6h PRN
Se suspende teofilina. Cita con neumologia en 2 semanas.""",
     [("levofloxacino", "750 mg", "VO", "c/24h"), ("budesonida/formoterol", "160/4.5 mcg", None, "c/12h"),
      ("furosemida", "20 mg", "VO", "c/24h"), ("salbutamol", "2 disparos", None, "c/6h PRN")],
     [("Neumonia adquirida en la comunidad CURB-65 2, resuelta", None), ("EPOC exacerbado", None),
      ("Insuficiencia cardiaca con FEVI preservada", None)],
     stopped=["teofilina"])

note("t2-es-mx-05", "MX", "es", """Centro de Salud Urbano - Consulta de pediatria
Nombre del menor: [[N|Kevin Alexis Torres]], 5 años. Tutor: [[N|Mariana Torres Gil]], tel [[T|33 1244 8970]]
MC: tos seca de predominio nocturno por 3 semanas.
Antecedentes: dermatitis atopica, madre con asma. Sin fiebre. Niega contacto con TB.
EF: FR 24, Sat 97%, sibilancias aisladas espiratorias.
IDx: asma intermitente; dermatitis atopica
Plan: salbutamol 100 mcg 2 disparos con espaciador c/6h por razon necesaria, fluticasona 50 mcg 2 disparos c/12h, hidratante cutaneo diario.""",
     [("salbutamol", "100 mcg", None, "c/6h por razon necesaria"), ("fluticasona", "50 mcg", None, "c/12h")],
     [("asma intermitente", None), ("dermatitis atopica", None)],
     negated=["fiebre", "contacto con TB"])

note("t2-es-mx-06", "MX", "es", """LABORATORIO DE ANALISIS CLINICOS "DEL VALLE"
Nombre: [[N|CASTRO REYES, JORGE LUIS]]      No. de orden: [[R*|DV-99812]]
F. Nac.: [[B|22/07/1970]]      Medico: [[N|Fabiola Lugo]]
Diagnostico de envio: hipertrigliceridemia; higado graso
Trigliceridos 612 mg/dL
Colesterol total 245 mg/dL
ALT 88 U/L   AST 61 U/L
Glucosa 104 mg/dL""",
     [],
     [("hipertrigliceridemia", None), ("higado graso", None)])

note("t2-es-mx-07", "MX", "es", """Nota de interconsulta a Cardiologia
Pte. [[N|Reyna Isabel Ortega]], 64 años, exp [[R*|556102]].
Motivo de la interconsulta: paciente postoperada de colecistectomia que presenta palpitaciones.
ECG: fibrilacion auricular con respuesta ventricular rapida 138 lpm.
Antecedentes: hipotiroidismo, HTA. No cardiopatia isquemica previa.
Impresion: FA de reciente inicio con RVR; hipotiroidismo; HTA
Sugerencias: metoprolol 25 mg VO c/12h, enoxaparina 60 mg SC c/12h, continuar levotiroxina 100 mcg VO en ayunas.
Atte. Dr. [[N|Saúl Beltrán]], Cardiologia""",
     [("metoprolol", "25 mg", "VO", "c/12h"), ("enoxaparina", "60 mg", "SC", "c/12h"), ("levotiroxina", "100 mcg", "VO", "en ayunas")],
     [("FA de reciente inicio con RVR", None), ("hipotiroidismo", None), ("HTA", None)],
     negated=["cardiopatia isquemica previa"])

note("t2-es-mx-08", "MX", "es", """SOAP - Medicina general, consultorio 3
S: [[N|Martín Aguilar]], 33 años, acude por dolor lumbar mecanico de 5 dias tras cargar cajas. No irradiado. Niega perdida de fuerza, niega alteraciones de esfinteres.
O: TA 120/80, FC 70. Contractura paravertebral lumbar, Lasegue negativo.
A: Lumbalgia mecanica aguda (M54.5)
P: naproxeno 550 mg VO c/12h por 5 dias, metocarbamol 750 mg VO c/8h por 5 dias, calor local. Incapacidad 3 dias.""",
     [("naproxeno", "550 mg", "VO", "c/12h"), ("metocarbamol", "750 mg", "VO", "c/8h")],
     [("Lumbalgia mecanica aguda", "M54.5")],
     negated=["perdida de fuerza", "alteraciones de esfinteres"])

# --- Colombia ------------------------------------------------------------------------------------------
note("t2-es-co-09", "CO", "es", """HOSPITAL PABLO TOBON URIBE - NOTA DE INGRESO
Paciente: [[N|Jhon Jairo Zapata]]   CC: [[CED*|98.765.432]]   HC: [[R*|98765432]]
Acompañante: [[N|Dora Zapata]] (madre)  Cel: [[T|300 678 1122]]
Motivo de consulta: "me falta el aire"
Enfermedad actual: disnea progresiva de 1 semana, ortopnea, edema de miembros inferiores.
Antecedentes: cardiopatia dilatada, FA, ERC estadio 3b.
Examen: PA 100/60, FC 110 irregular, ingurgitacion yugular, crepitos hasta campos medios.
Impresion diagnostica: ICC descompensada perfil B; FA con respuesta ventricular rapida; ERC estadio 3b
Plan: furosemida 40 mg IV cada 8 horas, digoxina 0,25 mg IV dosis unica, restriccion hidrica.""",
     [("furosemida", "40 mg", "IV", "cada 8 horas"), ("digoxina", "0,25 mg", "IV", "dosis unica")],
     [("ICC descompensada perfil B", None), ("FA con respuesta ventricular rapida", None), ("ERC estadio 3b", None),
      ("cardiopatia dilatada", None)])

note("t2-es-co-10", "CO", "es", """CONSULTA DE CONTROL - PROGRAMA DE RIESGO CARDIOVASCULAR
Nombre: [[N|Gloria Inés Betancur]]   Documento: CC [[CED*|42.118.765]]   Edad: 67 años
Celular: [[T|312 908 4455]]   Dirección: [[A|Carrera 50A # 12 Sur-34, Itagüí]]
Subjetivo: se siente bien, camina 30 minutos al dia. No dolor toracico, no disnea.
Objetivo: PA 128/78, FC 68, IMC 26,4. Creatinina 0,9. LDL 96.
Diagnosticos: 1. Hipertension arterial controlada 2. Dislipidemia 3. Osteoporosis
Formula: amlodipino 5 mg VO cada dia, atorvastatina 40 mg VO en la noche, alendronato 70 mg VO semanal en ayunas, calcio + vitamina D 600 mg VO cada 12 horas.""",
     [("amlodipino", "5 mg", "VO", "cada dia"), ("atorvastatina", "40 mg", "VO", "en la noche"),
      ("alendronato", "70 mg", "VO", "semanal"), ("calcio", "600 mg", "VO", "cada 12 horas"), ("vitamina D", "600 mg", "VO", "cada 12 horas")],
     [("Hipertension arterial controlada", None), ("Dislipidemia", None), ("Osteoporosis", None)],
     negated=["dolor toracico", "disnea"])

note("t2-es-co-11", "CO", "es", """URGENCIAS PEDIATRICAS - CLINICA INFANTIL COLSUBSIDIO
Paciente: [[N|Salomé Rincón Pardo]], 3 años. T.I. [[CED*|1.022.998.341]]
Padre: [[N|Andrés Rincón]], tel [[T|316 221 7890]]
MC: fiebre de 39 grados y lesiones en boca, manos y pies.
EF: T 38,9, FC 130, vesiculas en paladar blando, palmas y plantas. Hidratada.
Dx: enfermedad mano-pie-boca (B08.4)
Plan: acetaminofen 15 mg/kg VO cada 6 horas si fiebre, ibuprofeno 10 mg/kg VO cada 8 horas si dolor. Liquidos frios. Aislamiento en casa.""",
     [("acetaminofen", "15 mg/kg", "VO", "cada 6 horas si fiebre"), ("ibuprofeno", "10 mg/kg", "VO", "cada 8 horas si dolor")],
     [("enfermedad mano-pie-boca", "B08.4")])

note("t2-es-co-12", "CO", "es", """RESULTADOS DE LABORATORIO CLINICO
Paciente ............ [[N|Ruiz Mejía, Oscar Iván]]
Identificacion ...... CC [[CED*|80.234.117]]
Historia ............ [[R*|80234117]]
Fecha de nacimiento . [[B|1981-11-30]]
Medico solicitante .. [[N|Natalia Cárdenas]]
Dx: hipotiroidismo en estudio
TSH 9,8 uUI/mL (0,4-4,0)
T4 libre 0,7 ng/dL
Anticuerpos antiperoxidasa 340 UI/mL""",
     [],
     [("hipotiroidismo en estudio", None)])

note("t2-es-co-13", "CO", "es", """Nota de evolucion UCI adultos - dia 3
Paciente [[N|Edilberto Mosquera]], 71 años, HC [[R*|11556902]].
Diagnosticos:
- Choque septico de origen pulmonar
- Neumonia por broncoaspiracion
- Diabetes mellitus tipo 2 insulinorequiriente
- Lesion renal aguda KDIGO 2
Evolucion: sin vasopresor desde anoche, afebril, diuresis 0,8 ml/kg/h.
Plan: continuar piperacilina/tazobactam 4,5 g IV cada 6 horas, insulina cristalina segun glucometria, suspender norepinefrina. Retiro de ventilacion mecanica hoy.""",
     [("piperacilina/tazobactam", "4,5 g", "IV", "cada 6 horas"), ("insulina cristalina", None, None, "segun glucometria")],
     [("Choque septico de origen pulmonar", None), ("Neumonia por broncoaspiracion", None),
      ("Diabetes mellitus tipo 2 insulinorequiriente", None), ("Lesion renal aguda KDIGO 2", None)],
     stopped=["norepinefrina"])

note("t2-es-co-14", "CO", "es", """Remision a Psiquiatria
Paciente: [[N|Valentina Ocampo Ríos]], 22 años, CC [[CED*|1.152.447.009]], celular [[T|321 554 0098]].
Consulta por animo triste de 3 meses, anhedonia, insomnio de conciliacion y llanto facil. Niega ideacion suicida. No consumo de sustancias.
Antecedentes: ninguno de importancia.
Impresion diagnostica: episodio depresivo moderado (F32.1); insomnio
Se inicia sertralina 50 mg VO cada mañana y trazodona 50 mg VO en la noche.
Se remite para valoracion y psicoterapia. Medico: [[N|Camilo Ernesto Díaz]]""",
     [("sertralina", "50 mg", "VO", "cada mañana"), ("trazodona", "50 mg", "VO", "en la noche")],
     [("episodio depresivo moderado", "F32.1"), ("insomnio", None)],
     negated=["ideacion suicida", "consumo de sustancias"])

# --- Argentina -----------------------------------------------------------------------------------------
note("t2-es-ar-15", "AR", "es", """Hospital Fernández - Guardia de Clínica Médica
Paciente: [[N|Roberto Carlos Paz]], 62 años, DNI [[DNI*|14.889.302]]
MC: cefalea intensa y visión borrosa.
AP: HTA mal controlada, DBT 2, tabaquista. Niega dolor precordial.
EF: TA 210/120, FC 88, fondo de ojo sin edema de papila. Sin foco neurológico.
Dx: crisis hipertensiva - urgencia hipertensiva; HTA; DBT 2
Tto: captopril 25 mg VO ahora, repetir en 1 hora si TA > 180/110; amlodipina 10 mg VO por día; metformina 850 mg VO c/12 hs.
Control de TA por consultorio en 72 hs.""",
     [("captopril", "25 mg", "VO", "ahora"), ("amlodipina", "10 mg", "VO", "por día"), ("metformina", "850 mg", "VO", "c/12 hs")],
     [("crisis hipertensiva - urgencia hipertensiva", None), ("HTA", None), ("DBT 2", None)],
     negated=["dolor precordial"])

note("t2-es-ar-16", "AR", "es", """EPICRISIS — Servicio de Cirugía General, Hospital El Cruce
Paciente: [[N|Gómez, Silvia Raquel]]   HC: [[R*|334.512]]   DNI: [[DNI*|26.774.118]]
Fecha de nacimiento: [[B|17/05/1977]]
Diagnóstico de egreso: colecistitis aguda litiásica operada (colecistectomía laparoscópica); obesidad grado II.
Evolución favorable, tolera dieta, sin fiebre.
Indicaciones: ketorolac 10 mg VO c/8 hs si dolor, omeprazol 20 mg VO en ayunas por 10 días, curaciones diarias.
Retiro de puntos en 7 días. Pautas de alarma.""",
     [("ketorolac", "10 mg", "VO", "c/8 hs si dolor"), ("omeprazol", "20 mg", "VO", "en ayunas")],
     [("colecistitis aguda litiásica operada", None), ("obesidad grado II", None)],
     negated=["fiebre"])

note("t2-es-ar-17", "AR", "es", """Consultorio de Pediatría - CAPS N° 12
Paciente: [[N|Thiago Benjamín Ruiz]], 18 meses. Mamá: [[N|Florencia Ruiz]], cel [[T|+54 9 351 622-1180]]
Consulta por fiebre de 38,5 y rinorrea de 2 días. Come bien, sin vómitos.
Al examen: otoscopía normal, fauces eritematosas, pulmones limpios.
Dx: IVAS (infección de vías aéreas superiores).
Indicaciones: ibuprofeno 100 mg/5 ml, 4 ml VO c/8 hs si fiebre; lavados nasales con solución fisiológica.
Control en 48 hs o antes si dificultad respiratoria.""",
     [("ibuprofeno", "100 mg/5 ml", "VO", "c/8 hs si fiebre"), ("solución fisiológica", None, None, None)],
     [("IVAS (infección de vías aéreas superiores)", None)],
     negated=["vómitos"])

note("t2-es-ar-18", "AR", "es", """Informe de alta - Unidad Coronaria, Sanatorio Finochietto
Apellido y nombre: [[N|Lombardi, Horacio José]]     Historia clínica N° [[R*|1.245.770]]
Edad: 69 años. Contacto: [[N|Mirta Lombardi]] (esposa) [[T|11 4455-2319]]
Diagnósticos al alta: IAM con elevación del ST cara anterior, angioplastia con stent a DA; dislipemia; ex tabaquista
Medicación al alta: AAS 100 mg VO día; ticagrelor 90 mg VO c/12 hs; atorvastatina 80 mg VO noche; bisoprolol 2,5 mg VO día; nitroglicerina 0,5 mg SL si dolor precordial.
Rehabilitación cardiovascular. Control con cardiología en 15 días.""",
     [("AAS", "100 mg", "VO", "día"), ("ticagrelor", "90 mg", "VO", "c/12 hs"), ("atorvastatina", "80 mg", "VO", "noche"),
      ("bisoprolol", "2,5 mg", "VO", "día"), ("nitroglicerina", "0,5 mg", "SL", "si dolor")],
     [("IAM con elevación del ST cara anterior, angioplastia con stent a DA", None), ("dislipemia", None), ("ex tabaquista", None)])

note("t2-es-ar-19", "AR", "es", """Receta - Dra. [[N|Lucía Benvenuto]], Médica de Familia, MN [[CED*|112.455]]
Paciente: [[N|Esteban Gil]]   DNI [[DNI*|31.442.909]]   Obra social: PAMI  N° [[R*|150442909-00]]
Rp/
1) Losartán 50 mg - 1 comprimido cada 12 horas
2) Hidroclorotiazida 25 mg - 1 comprimido por la mañana
3) Levotiroxina 50 mcg - 1 comprimido en ayunas
Diagnóstico: HTA, hipotiroidismo""",
     [("losartán", "50 mg", None, "cada 12 horas"), ("hidroclorotiazida", "25 mg", None, "por la mañana"),
      ("levotiroxina", "50 mcg", None, "en ayunas")],
     [("HTA", None), ("hipotiroidismo", None)])

note("t2-es-ar-20", "AR", "es", """Evolución de internación - Clínica Médica, cama 8
[[N|Rosa Herminia Acuña]], 81 años. Hija: [[N|Graciela Acuña]].
S: paciente más despierta, come poco. Sin fiebre en las últimas 24 hs.
O: TA 110/70, FC 84, T 36,6. Sin signos de deshidratación.
A: ITU complicada en tratamiento; deterioro cognitivo; hiponatremia leve
P: ceftriaxona 1 g EV c/24 hs (día 4 de 7); suspender haloperidol; quetiapina 25 mg VO por la noche.""",
     [("ceftriaxona", "1 g", "EV", "c/24 hs"), ("quetiapina", "25 mg", "VO", "por la noche")],
     [("ITU complicada en tratamiento", None), ("deterioro cognitivo", None), ("hiponatremia leve", None)],
     negated=["fiebre", "signos de deshidratación"], stopped=["haloperidol"])

# --- Chile ---------------------------------------------------------------------------------------------
note("t2-es-cl-21", "CL", "es", f"""CESFAM Dr. Salvador Allende — Control cardiovascular
Nombre: [[N|Marta Eliana Contreras]]   RUN: [[RUT*|{rut(7654321)}]]   Edad: 72 años
Fono: [[T|+56 2 2345 6789]]   Domicilio: [[A|Villa Los Héroes, calle Prat 455, Maipú]]
Motivo de consulta: control de HTA, DM2 y ERC.
Refiere nicturia. Niega edema, niega dolor torácico.
Examen: PA 150/85, peso 70 kg, IMC 29.
Diagnósticos: HTA no controlada; DM2 con HbA1c 7,4%; ERC etapa 3a
Indicaciones: losartán 50 mg c/12 hrs VO, amlodipino 5 mg c/día VO, linagliptina 5 mg c/día VO. Suspender metformina por VFG 38.
Control con nutricionista y en 3 meses con exámenes.""",
     [("losartán", "50 mg", "VO", "c/12 hrs"), ("amlodipino", "5 mg", "VO", "c/día"), ("linagliptina", "5 mg", "VO", "c/día")],
     [("HTA no controlada", None), ("DM2 con HbA1c 7,4%", None), ("ERC etapa 3a", None)],
     negated=["edema", "dolor torácico"], stopped=["metformina"])

note("t2-es-cl-22", "CL", "es", f"""SERVICIO DE URGENCIA - HOSPITAL BARROS LUCO
Paciente: [[N|Cristián Alejandro Vera]]    RUT: [[RUT*|{rut(17223104, bad=True)}]]    N° DAU: [[R*|2024-0087714]]
Edad: 29 años. Acompañado por su pareja [[N|Daniela Soto]].
Motivo de consulta: dolor abdominal en epigastrio que migra a FID, vómitos x2.
Examen: T° 38,1, abdomen con Blumberg (+) en FID.
Hipótesis diagnóstica: apendicitis aguda (K35.8)
Conducta: régimen cero, SF 0,9% 1000 ml EV a 125 ml/h, metamizol 1 g EV c/8 hrs, cefazolina 2 g EV preoperatorio. Evaluación por cirujano de turno.""",
     [("SF 0,9%", "1000 ml", "EV", None), ("metamizol", "1 g", "EV", "c/8 hrs"), ("cefazolina", "2 g", "EV", "preoperatorio")],
     [("apendicitis aguda", "K35.8")])

note("t2-es-cl-23", "CL", "es", """Epicrisis - Servicio de Pediatría, Hospital Luis Calvo Mackenna
Nombre: [[N|Agustina Paz Muñoz]]   Ficha clínica: [[R*|884120]]   F. Nac.: [[B|12-08-2021]]
Madre: [[N|Javiera Muñoz Rojas]], fono [[T|9 6612 0087]]
Diagnósticos de egreso: neumonía por VRS, resuelta; síndrome bronquial obstructivo; desnutrición leve
Sin requerimientos de oxígeno desde hace 48 horas.
Indicaciones al alta: salbutamol 2 puff c/6 hrs por 5 días luego SOS; kinesiterapia respiratoria; paracetamol 160 mg VO c/6 hrs si fiebre.
Control en policlínico en 5 días.""",
     [("salbutamol", "2 puff", None, "c/6 hrs"), ("paracetamol", "160 mg", "VO", "c/6 hrs si fiebre")],
     [("neumonía por VRS, resuelta", None), ("síndrome bronquial obstructivo", None), ("desnutrición leve", None)])

note("t2-es-cl-24", "CL", "es", """INFORME DE EXAMENES - LABORATORIO INTEGRAMEDICA
PACIENTE       : [[N|BRAVO TAPIA, SEBASTIAN]]
R.U.T.         : [[RUT*|18.223.904-1]]
FECHA NAC.     : [[B|04/02/1993]]
N° ATENCION    : [[R*|IM-7741203]]
MEDICO         : [[N|Paula Henríquez]]
Creatinina 1,02 mg/dL
Ácido úrico 8,9 mg/dL
Perfil lipídico: colesterol total 221, LDL 148
Observación: hiperuricemia.""",
     [],
     [])

note("t2-es-cl-25", "CL", "es", """Interconsulta a Dermatología — CESFAM Pudahuel
Paciente [[N|Luis Osvaldo Carrasco]], 45 años, RUT [[RUT*|13.456.221-9]].
Motivo: placas eritematodescamativas en codos y rodillas de 2 años, prurito moderado.
Antecedentes: HTA en tratamiento, sin DM. Niega artralgias.
Diagnóstico: psoriasis en placas (L40.0); HTA
Tratamiento actual: clobetasol 0,05% crema tópica c/12 hrs, enalapril 10 mg VO c/12 hrs.
Se solicita evaluación para fototerapia. Dra. [[N|Francisca Moya]]""",
     [("clobetasol", "0,05%", "tópica", "c/12 hrs"), ("enalapril", "10 mg", "VO", "c/12 hrs")],
     [("psoriasis en placas", "L40.0"), ("HTA", None)],
     negated=["DM", "artralgias"])

note("t2-es-cl-26", "CL", "es", """SAPU - Atención adulto
[[N|Jorge Andrés Salinas]], 51 años, run [[RUT*|11.987.345-6]].
Consulta por disuria y polaquiuria de 3 días, sin fiebre, sin dolor lumbar.
Orina completa: nitritos (+), leucocitos abundantes.
Dg: ITU baja (N39.0)
Tto: nitrofurantoína 100 mg c/6 hrs VO x 7 días, fenazopiridina 100 mg c/8 hrs VO x 2 días.
Urocultivo de control. Consultar si fiebre.""",
     [("nitrofurantoína", "100 mg", "VO", "c/6 hrs"), ("fenazopiridina", "100 mg", "VO", "c/8 hrs")],
     [("ITU baja", "N39.0")],
     negated=["fiebre", "dolor lumbar"])

# --- Peru ----------------------------------------------------------------------------------------------
note("t2-es-pe-27", "PE", "es", """HOSPITAL CAYETANO HEREDIA - EMERGENCIA
Paciente: [[N|Nilda Rosario Huanca]]   DNI: [[DNI*|40123987]]   HC: [[R*|1098234]]
Edad: 44 años   Teléfono: [[T|994 128 773]]
Motivo de consulta: dolor en hipocondrio derecho post ingesta de comidas grasas, nauseas.
Antecedentes: litiasis vesicular conocida, obesidad. Niega ictericia.
Examen: PA 130/80, FC 90, T 37,2, Murphy positivo.
Diagnóstico: colecistitis aguda calculosa (K80.0)
Plan: NPO, ClNa 9‰ 1000 cc EV, hioscina 20 mg EV c/8h, metamizol 1 g EV c/8h PRN dolor, ceftriaxona 2 g EV c/24h. Interconsulta a cirugía.""",
     [("ClNa 9‰", "1000 cc", "EV", None), ("hioscina", "20 mg", "EV", "c/8h"), ("metamizol", "1 g", "EV", "c/8h PRN dolor"),
      ("ceftriaxona", "2 g", "EV", "c/24h")],
     [("colecistitis aguda calculosa", "K80.0"), ("litiasis vesicular", None), ("obesidad", None)],
     negated=["ictericia"])

note("t2-es-pe-28", "PE", "es", """ESSALUD - POLICLÍNICO - CONSULTA EXTERNA DE ENDOCRINOLOGÍA
Asegurado: [[N|Teodoro Mamani Quispe]]   DNI [[DNI*|01234876]]   Autogenerado: [[R*|4508120TMQPE003]]
Antecedentes: DM2 hace 15 años, pie diabético operado, HTA.
Refiere hipoglucemias nocturnas con insulina.
Dx: 1. DM2 con hipoglucemias recurrentes 2. Neuropatía diabética 3. HTA
Tratamiento: insulina NPH 14 UI SC en la mañana y 6 UI en la noche (se reduce dosis), losartán 50 mg VO c/12 h, pregabalina 75 mg VO c/12 h.
Control en 1 mes con perfil glucémico.""",
     [("insulina NPH", "14 UI", "SC", "en la mañana"), ("losartán", "50 mg", "VO", "c/12 h"), ("pregabalina", "75 mg", "VO", "c/12 h")],
     [("DM2 con hipoglucemias recurrentes", None), ("Neuropatía diabética", None), ("HTA", None), ("pie diabético operado", None)])

note("t2-es-pe-29", "PE", "es", """Centro de Salud - Estrategia de Tuberculosis
Paciente: [[N|Rocío Del Pilar Vargas]], 26 años, DNI [[DNI*|72345610]], domicilio [[A|Mz. F Lt. 12, AA.HH. Santa Rosa, Villa El Salvador]]
Baciloscopía de esputo positiva (++). Tos de 4 semanas, baja de peso, sudoración nocturna. VIH no reactivo.
Diagnóstico: tuberculosis pulmonar frotis positivo (A15.0)
Esquema: rifampicina 600 mg VO diario, isoniazida 300 mg VO diario, pirazinamida 1500 mg VO diario, etambutol 1200 mg VO diario (fase intensiva, 2 meses).
Estudio de contactos. Control mensual con baciloscopía.""",
     [("rifampicina", "600 mg", "VO", "diario"), ("isoniazida", "300 mg", "VO", "diario"), ("pirazinamida", "1500 mg", "VO", "diario"),
      ("etambutol", "1200 mg", "VO", "diario")],
     [("tuberculosis pulmonar frotis positivo", "A15.0")])

note("t2-es-pe-30", "PE", "es", """Informe de laboratorio - Clínica San Pablo
Apellidos y nombres: [[N|ZEGARRA LUNA, MARÍA FERNANDA]]
DNI: [[DNI*|45897123]]        Historia: [[R*|SP-330871]]
F. de nacimiento: [[B|09/10/1988]]
Solicitado por: [[N|Gustavo Rojas Pinto]]
Prueba de embarazo en sangre (beta hCG): 1250 mUI/mL
Hemoglobina 11,2 g/dL
Grupo sanguíneo O Rh positivo""",
     [],
     [])

note("t2-es-pe-31", "PE", "es", """HOSPITAL REGIONAL DEL CUSCO - NOTA DE INGRESO A MEDICINA
Paciente: [[N|Fortunato Ccallo Huamán]], 67 años, DNI [[DNI*|23948571]].
Hijo: [[N|Wilber Ccallo]], cel. [[T|984 552 019]]
Motivo de ingreso: disnea y cianosis, natural de altura (3400 msnm).
Antecedentes: EPOC por exposición a biomasa, policitemia. No TBC.
Examen: SatO2 78% aire ambiente, FC 104, roncantes difusos.
Impresión diagnóstica: EPOC exacerbado; insuficiencia respiratoria crónica agudizada; policitemia secundaria
Indicaciones: oxígeno por cánula binasal 2 L/min, salbutamol + bromuro de ipratropio 4 puff c/6h, prednisona 40 mg VO c/24h, azitromicina 500 mg VO c/24h por 3 días.""",
     [("salbutamol", "4 puff", None, "c/6h"), ("bromuro de ipratropio", "4 puff", None, "c/6h"),
      ("prednisona", "40 mg", "VO", "c/24h"), ("azitromicina", "500 mg", "VO", "c/24h")],
     [("EPOC exacerbado", None), ("insuficiencia respiratoria crónica agudizada", None), ("policitemia secundaria", None)],
     negated=["TBC"])

# --- Brazil (Portuguese-flavoured Spanish) ---------------------------------------------------------------
note("t2-es-br-32", "BR", "es", f"""UPA 24h - Atención de paciente brasileño en Rivera
Paciente: [[N|Francisco das Chagas Souza]]   CPF: [[CPF*|{cpf("123456789")}]]   Cartão SUS: [[R*|898 0012 3456 7891]]
Data de nascimento: [[B|02/04/1975]]   Telefone: [[T|+55 55 99912-3344]]
Queixa principal: dor no peito ao esforço há 2 semanas.
Antecedentes: HAS, diabetes, tabagismo. Nega dispneia.
Exame: PA 160x100, FC 88.
Hipótese diagnóstica: angina estable; HAS; diabetes tipo 2
Conduta: AAS 100 mg VO 1x ao dia, atenolol 50 mg VO 1x ao dia, isossorbida 5 mg SL se dor. Encaminhado à cardiologia.""",
     [("AAS", "100 mg", "VO", "1x ao dia"), ("atenolol", "50 mg", "VO", "1x ao dia"), ("isossorbida", "5 mg", "SL", "se dor")],
     [("angina estable", None), ("HAS", None), ("diabetes tipo 2", None)],
     negated=["dispneia"])

note("t2-es-br-33", "BR", "es", f"""Consulta de ginecologia - Hospital Materno
Paciente: Sra. [[N|Juliana Carvalho Lima]], 31 anos, CPF [[CPF*|{cpf("987654321", bad=True)}]], prontuário [[R*|558770]].
Email: [[E|ju.carvalho@gmail.com]]
Queixa: corrimento vaginal com odor há 1 semana. Nega febre. Nega dor pélvica.
Exame especular: corrimento acinzentado, teste de aminas positivo.
Diagnóstico: vaginose bacteriana (N76.0)
Prescrição: metronidazol 500 mg VO 12/12h por 7 dias. Evitar álcool.""",
     [("metronidazol", "500 mg", "VO", "12/12h")],
     [("vaginose bacteriana", "N76.0")],
     negated=["febre", "dor pélvica"])

note("t2-es-br-34", "BR", "es", """Resumo de alta - Hospital das Clínicas (paciente en tránsito, Foz)
Paciente: [[N|Marcos Vinícius Rocha]]   Prontuário: [[R*|HC-2203918]]   Nascimento: [[B|15/01/1960]]
Esposa: [[N|Cláudia Rocha]], tel. [[T|+55 45 98833-1020]]
Diagnósticos de alta: pancreatite aguda biliar leve, resolvida; colelitíase; hipertensão arterial
Medicações na alta: dipirona 1 g VO 6/6h se dor; omeprazol 20 mg VO em jejum; losartana 50 mg VO 12/12h.
Colecistectomia eletiva programada.""",
     [("dipirona", "1 g", "VO", "6/6h se dor"), ("omeprazol", "20 mg", "VO", "em jejum"), ("losartana", "50 mg", "VO", "12/12h")],
     [("pancreatite aguda biliar leve, resolvida", None), ("colelitíase", None), ("hipertensão arterial", None)])

note("t2-es-br-35", "BR", "es", f"""Pronto atendimento pediátrico
Criança: [[N|Heloísa Santos Oliveira]], 4 anos. Mãe: [[N|Tatiane Santos]], CPF [[CPF*|{cpf("456123789")}]].
Queixa principal: febre e dor de ouvido há 2 dias.
Exame: membrana timpânica esquerda abaulada e hiperemiada. T 38,4.
Diagnóstico: otite média aguda (H66.9)
Conduta: amoxicilina 250 mg/5 ml, 7 ml VO 8/8h por 10 dias; paracetamol 200 mg/ml 15 gotas VO 6/6h se febre.
Retorno em 48h se não melhorar.""",
     [("amoxicilina", "250 mg/5 ml", "VO", "8/8h"), ("paracetamol", "200 mg/ml", "VO", "6/6h se febre")],
     [("otite média aguda", "H66.9")])

# --- Ecuador -------------------------------------------------------------------------------------------
note("t2-es-ec-36", "EC", "es", """HOSPITAL CARLOS ANDRADE MARIN - CONSULTA EXTERNA DE MEDICINA INTERNA
Paciente: [[N|Luis Alfonso Guerrero Vaca]]   C.I.: [[CED*|1709876543]]   HCU: [[R*|887234]]
Edad: 60 años   Teléfono: [[T|02 245 6789]]
Motivo de consulta: control de diabetes e hipertension.
Antecedentes patologicos personales: DM2, HTA, hipotiroidismo. Niega alergias.
Examen: TA 135/85, FC 76, peso 80 kg.
Diagnosticos: DM2 no insulinodependiente; HTA; hipotiroidismo
Plan: metformina 1 g VO BID, losartan 100 mg VO QD, levotiroxina 88 mcg VO QD en ayunas.""",
     [("metformina", "1 g", "VO", "BID"), ("losartan", "100 mg", "VO", "QD"), ("levotiroxina", "88 mcg", "VO", "QD")],
     [("DM2 no insulinodependiente", None), ("HTA", None), ("hipotiroidismo", None)],
     negated=["alergias"])

note("t2-es-ec-37", "EC", "es", """Centro de Salud Guayaquil N° 4 - Emergencia
Paciente: [[N|Jimmy Alexander Cedeño]], 19 años, cedula [[CED*|0923456781]]
Motivo: fiebre alta de 4 dias, dolor retroocular, mialgias, exantema.
Examen: T 38,8, TA 110/70, sin sangrado. Prueba de torniquete negativa.
Dx: dengue sin signos de alarma (A97.0)
Indicaciones: paracetamol 1 g VO c/8h si fiebre (no usar ibuprofeno), abundantes liquidos, reposo.
Control en 24 horas con hemograma.""",
     [("paracetamol", "1 g", "VO", "c/8h si fiebre")],
     [("dengue sin signos de alarma", "A97.0")],
     negated=["sangrado"])

note("t2-es-ec-38", "EC", "es", """EPICRISIS - HOSPITAL VICENTE CORRAL MOSCOSO, Cuenca
Nombre: [[N|Zoila Esperanza Pillco]]   Cédula: [[CED*|0102345679]]   Historia clínica: [[R*|330912]]
Fecha de nacimiento: [[B|1956-09-14]]   Familiar: [[N|Diego Pillco]] (hijo)
Diagnósticos de egreso: fractura de cadera derecha operada (artroplastia); osteoporosis; HTA
Medicación: enoxaparina 40 mg SC cada dia por 30 dias, tramadol 50 mg VO cada 8 horas si dolor, calcio 600 mg + vitamina D VO cada dia, enalapril 10 mg VO cada dia.
Rehabilitacion fisica. Control en traumatologia en 15 dias.""",
     [("enoxaparina", "40 mg", "SC", "cada dia"), ("tramadol", "50 mg", "VO", "cada 8 horas si dolor"),
      ("calcio", "600 mg", "VO", "cada dia"), ("vitamina D", None, "VO", "cada dia"), ("enalapril", "10 mg", "VO", "cada dia")],
     [("fractura de cadera derecha operada", None), ("osteoporosis", None), ("HTA", None)])

note("t2-es-ec-39", "EC", "es", """Consulta de pediatria - Dispensario IESS Ambato
Paciente: [[N|Mateo Sebastián Chango]], 6 años. Representante: [[N|Blanca Chango]], tel [[T|098 776 5432]]
S: prurito anal nocturno, bruxismo.
O: afebril, abdomen blando. Test de Graham positivo.
A: enterobiasis (B80)
P: albendazol 400 mg VO dosis unica, repetir en 2 semanas; tratar a toda la familia.""",
     [("albendazol", "400 mg", "VO", "dosis unica")],
     [("enterobiasis", "B80")])

note("t2-es-ec-40", "EC", "es", """HOSPITAL GENERAL DOCENTE DE CALDERON - NOTA DE EVOLUCION
Pcte [[N|Carmen Amelia Toapanta]], 78a, HC [[R*|1122903]]
S: menos disnea, tos productiva disminuida.
O: TA 120/70 FC 86 FR 20 Sat 92% con O2 1 L.
A: neumonia adquirida en la comunidad en mejoria, ICC, FA cronica anticoagulada
P: ampicilina/sulbactam 1,5 g IV c/6h (dia 5), furosemida 20 mg IV c/12h, warfarina 5 mg VO qd segun INR. Se suspende claritromicina.""",
     [("ampicilina/sulbactam", "1,5 g", "IV", "c/6h"), ("furosemida", "20 mg", "IV", "c/12h"), ("warfarina", "5 mg", "VO", "qd")],
     [("neumonia adquirida en la comunidad en mejoria", None), ("ICC", None), ("FA cronica anticoagulada", None)],
     stopped=["claritromicina"])

# --- Uruguay -------------------------------------------------------------------------------------------
note("t2-es-uy-41", "UY", "es", """ASSE - Hospital Maciel - Emergencia
Paciente: [[N|Néstor Fabián Rodríguez]]   CI: [[CED*|1.987.654-3]]   Edad: 74
MC: confusión y fiebre.
AP: ACV previo con secuela motora, HTA, DM tipo 2. Sin alergias conocidas.
EF: T 38,7, PA 100/60, FC 110, deshidratado, orina concentrada.
Dx: sepsis de probable origen urinario; injuria renal aguda; DM tipo 2 descompensada
Plan: suero fisiológico 500 ml IV en bolo, ceftriaxona 2 g IV día, insulina corriente según HGT.""",
     [("suero fisiológico", "500 ml", "IV", "en bolo"), ("ceftriaxona", "2 g", "IV", "día"), ("insulina corriente", None, None, "según HGT")],
     [("sepsis de probable origen urinario", None), ("injuria renal aguda", None), ("DM tipo 2 descompensada", None),
      ("ACV previo con secuela motora", None), ("HTA", None)],
     negated=["alergias conocidas"])

note("t2-es-uy-42", "UY", "es", """Médica Uruguaya - Policlínica de Cardiología
Usuaria: [[N|Beatriz Susana Pereira]], 68 años, CI [[CED*|2.334.556-7]], cel [[T|094 332 118]]
Motivo: control de fibrilación auricular.
Palpitaciones ocasionales, sin síncope, sin disnea.
ECG: FA con respuesta ventricular controlada 76 cpm.
Diagnóstico: FA permanente; HTA; insuficiencia mitral leve
Tratamiento: rivaroxabán 20 mg VO con la cena, bisoprolol 5 mg VO día, enalapril 5 mg VO c/12 hs.
Ecocardiograma anual.""",
     [("rivaroxabán", "20 mg", "VO", "con la cena"), ("bisoprolol", "5 mg", "VO", "día"), ("enalapril", "5 mg", "VO", "c/12 hs")],
     [("FA permanente", None), ("HTA", None), ("insuficiencia mitral leve", None)],
     negated=["síncope", "disnea"])

note("t2-es-uy-43", "UY", "es", """Laboratorio de Análisis Clínicos - Hospital Británico
Nombre: [[N|Sosa Martínez, Gonzalo]]   C.I.: [[CED*|4.112.908-2]]   Fecha nac.: [[B|11/11/1985]]
Nº de muestra: [[R*|HB-24-558120]]   Solicita: [[N|Andrea Cabrera]]
Hemograma: leucocitos 11.200, Hb 14,1 g/dL, plaquetas 250.000
PCR 48 mg/L
Serología VIH: no reactivo""",
     [],
     [])

note("t2-es-uy-44", "UY", "es", """Policlínica barrial - Medicina general
[[N|Mauro Silveira]], 36 años, usuario de FNR. Esposa: [[N|Carla Núñez]].
Consulta por ardor epigástrico postprandial de 2 meses, sin vómitos ni melenas.
Consume ibuprofeno frecuentemente por lumbalgia.
Dx: dispepsia asociada a AINE; lumbalgia crónica
Indicaciones: suspender ibuprofeno; omeprazol 20 mg VO en ayunas por 8 semanas; paracetamol 1 g VO c/8 hs si dolor.
Solicito test de aire espirado para H. pylori.""",
     [("omeprazol", "20 mg", "VO", "en ayunas"), ("paracetamol", "1 g", "VO", "c/8 hs si dolor")],
     [("dispepsia asociada a AINE", None), ("lumbalgia crónica", None)],
     negated=["vómitos", "melenas"], stopped=["ibuprofeno"])

# --- Venezuela -----------------------------------------------------------------------------------------
note("t2-es-ve-45", "VE", "es", """HOSPITAL MILITAR DR. CARLOS ARVELO - EMERGENCIA DE ADULTOS
Paciente: [[N|Yorman José Pérez]]   C.I.: [[CED*|V-20.345.678]]   Edad: 32 años
Telf: [[T|0412-5567890]]   Dirección: [[A|Urb. La Florida, Av. Los Jabillos, Caracas]]
Motivo de consulta: crisis de asma de 6 horas sin mejoría con inhalador.
Examen: FR 28, SatO2 90%, sibilancias difusas, uso de músculos accesorios.
Impresión diagnóstica: crisis asmática moderada (J45.901)
Tratamiento: nebulizaciones con salbutamol 5 mg c/20 min x 3, hidrocortisona 200 mg EV STAT, luego prednisona 40 mg VO OD x 5 días.""",
     [("salbutamol", "5 mg", None, "c/20 min"), ("hidrocortisona", "200 mg", "EV", "STAT"), ("prednisona", "40 mg", "VO", "OD")],
     [("crisis asmática moderada", "J45.901")])

note("t2-es-ve-46", "VE", "es", """Consulta privada - Medicina interna, Maracaibo
Sra. [[N|Maritza Coromoto Villalobos]], 59 años, CI [[CED*|7.654.321]]
APP: HTA desde hace 8 años, DM2 hace 3 años, obesidad. No cardiopatia conocida.
Refiere cefalea ocasional. TA 150/95.
IDx: 1) HTA estadio 2 2) DM2 3) Obesidad grado I
Tto: valsartan 160 mg VO OD, amlodipina 5 mg VO OD, metformina 500 mg VO BID con comidas.
Dieta hiposodica e hipocalorica.""",
     [("valsartan", "160 mg", "VO", "OD"), ("amlodipina", "5 mg", "VO", "OD"), ("metformina", "500 mg", "VO", "BID")],
     [("HTA estadio 2", None), ("DM2", None), ("Obesidad grado I", None)],
     negated=["cardiopatia conocida"])

note("t2-es-ve-47", "VE", "es", """INFORME MEDICO - HOSPITAL DE NIÑOS J.M. DE LOS RIOS
Paciente: [[N|Samuel David Contreras]], 8 años. Representante: [[N|Yelitza Contreras]], C.I. [[CED*|V-15.223.890]]
Historia N° [[R*|45-22-118]]
Diagnostico: sindrome nefrotico corticosensible en remision; hipertension arterial secundaria
Tratamiento: prednisona 20 mg VO interdiario, enalapril 2,5 mg VO c/12h.
Control con uroanalisis semanal.""",
     [("prednisona", "20 mg", "VO", "interdiario"), ("enalapril", "2,5 mg", "VO", "c/12h")],
     [("sindrome nefrotico corticosensible en remision", None), ("hipertension arterial secundaria", None)])

note("t2-es-ve-48", "VE", "es", """Nota de egreso - Servicio de Medicina I, Hospital Central de Valencia
Paciente [[N|Ramón Antonio Guzmán]], 66 años, cédula V [[CED*|5.443.210]].
Dx de egreso:
• Hemorragia digestiva superior por úlcera gástrica, resuelta
• Anemia aguda posthemorrágica
• Cardiopatía isquémica
Indicaciones: omeprazol 40 mg VO c/12h por 8 semanas, sulfato ferroso 300 mg VO c/24h. Se omite aspirina hasta control por gastroenterología.
Control en 2 semanas con hematología.""",
     [("omeprazol", "40 mg", "VO", "c/12h"), ("sulfato ferroso", "300 mg", "VO", "c/24h")],
     [("Hemorragia digestiva superior por úlcera gástrica, resuelta", None), ("Anemia aguda posthemorrágica", None),
      ("Cardiopatía isquémica", None)],
     stopped=["aspirina"])

# --- Central America -----------------------------------------------------------------------------------
note("t2-es-gt-49", "GT", "es", """IGSS - Consulta Externa, Hospital General de Enfermedades
Afiliado: [[N|Byron Estuardo Ajú Pérez]]   No. de afiliación: [[R*|1 92 34567 8]]   DPI: [[DNI*|2987 65432 0101]]
Edad: 47 años
MC: dolor en articulacion del dedo gordo del pie derecho, rojo e hinchado.
Ant: HTA, consumo de alcohol los fines de semana.
Dx: artritis gotosa aguda (M10.0); HTA
Tx: colchicina 0.5 mg VO c/8h por 3 dias, naproxeno 500 mg VO c/12h por 5 dias, losartan 50 mg VO c/dia.""",
     [("colchicina", "0.5 mg", "VO", "c/8h"), ("naproxeno", "500 mg", "VO", "c/12h"), ("losartan", "50 mg", "VO", "c/dia")],
     [("artritis gotosa aguda", "M10.0"), ("HTA", None)])

note("t2-es-sv-50", "SV", "es", """Hospital Nacional Rosales - San Salvador - Nefrología
Paciente: [[N|José Wilfredo Hernández]]   DUI: [[DNI*|04567890-1]]   Expediente: [[R*|55-2024-8812]]
Procedencia: [[A|Cantón El Jocotillo, Usulután]]
Paciente agricultor de 44 años con enfermedad renal crónica de causa no tradicional, estadio 4. No HTA, no DM.
Creatinina 3,8 mg/dL, potasio 5,4.
Dx: ERC estadio 4 de causa no tradicional; anemia renal; hiperpotasemia leve
Tx: furosemida 40 mg VO c/dia, bicarbonato de sodio 650 mg VO c/8h, eritropoyetina 2000 UI SC 2 veces por semana.""",
     [("furosemida", "40 mg", "VO", "c/dia"), ("bicarbonato de sodio", "650 mg", "VO", "c/8h"),
      ("eritropoyetina", "2000 UI", "SC", "2 veces por semana")],
     [("ERC estadio 4 de causa no tradicional", None), ("anemia renal", None), ("hiperpotasemia leve", None)],
     negated=["HTA", "DM"])

note("t2-es-ni-51", "NI", "es", """Hospital Alemán Nicaragüense - Emergencia
Paciente: [[N|Marling Yahoska Rivas]], 23 años, cédula [[CED*|001-230401-0023K]]
Motivo de consulta: dolor pélvico y flujo fétido.
Examen: T 38,2, dolor a la movilización cervical.
Diagnóstico: enfermedad inflamatoria pélvica (N73.9)
Tratamiento: ceftriaxona 250 mg IM dosis única, doxiciclina 100 mg VO c/12h por 14 días, metronidazol 500 mg VO c/12h por 14 días.
Tratar a la pareja. Control en 72 horas.""",
     [("ceftriaxona", "250 mg", "IM", "dosis única"), ("doxiciclina", "100 mg", "VO", "c/12h"), ("metronidazol", "500 mg", "VO", "c/12h")],
     [("enfermedad inflamatoria pélvica", "N73.9")])

note("t2-es-pa-52", "PA", "es", """CAJA DE SEGURO SOCIAL - POLICLÍNICA J.J. VALLARINO
Asegurado: [[N|Ricardo Alberto Chen]]   Cédula: [[CED*|8-765-4321]]   Tel: [[T|6612-3345]]
Paciente de 55 años con dolor torácico atípico. Antecedentes: ERGE, ansiedad. No HTA.
EKG normal. Troponina negativa.
Impresión diagnóstica: dolor torácico no cardiogénico; ERGE; trastorno de ansiedad
Plan: esomeprazol 40 mg VO cada mañana por 4 semanas, sucralfato 1 g VO antes de cada comida.
Referencia a salud mental. Médico tratante: [[N|Itzel Batista]]""",
     [("esomeprazol", "40 mg", "VO", "cada mañana"), ("sucralfato", "1 g", "VO", "antes de cada comida")],
     [("dolor torácico no cardiogénico", None), ("ERGE", None), ("trastorno de ansiedad", None)],
     negated=["HTA"])

note("t2-es-cr-53", "CR", "es", """Hospital San Juan de Dios - Servicio de Emergencias
Nombre: [[N|Mauricio Jiménez Vargas]]   Cédula: [[CED*|2-0567-0891]]   Expediente: [[R*|205670891]]
Contacto de emergencia: [[N|Laura Vargas]], [[T|8845-2210]]
Motivo de consulta: mordedura de perro en antebrazo izquierdo.
Herida superficial de 3 cm, sin compromiso vascular.
Diagnóstico: mordedura de perro (W54); herida en antebrazo
Manejo: lavado exhaustivo, amoxicilina/clavulanato 875 mg VO c/12h por 5 días, toxoide tetánico 0.5 ml IM. Vacuna antirrábica según protocolo.""",
     [("amoxicilina/clavulanato", "875 mg", "VO", "c/12h"), ("toxoide tetánico", "0.5 ml", "IM", None)],
     [("mordedura de perro", "W54"), ("herida en antebrazo", None)])

note("t2-es-hn-54", "HN", "es", """Centro de Salud Alonso Suazo, Tegucigalpa
Paciente: [[N|Keyla Marisol Zelaya]], 30 años, identidad [[DNI*|0801-1994-11223]]
Embarazo de 24 semanas. Control prenatal. Sin sangrado, sin pérdida de líquido.
PA 110/70, AFU 23 cm, FCF 144.
Hemoglobina 10,1.
Dx: embarazo de 24 semanas; anemia del embarazo
Plan: sulfato ferroso 300 mg VO c/día, ácido fólico 1 mg VO c/día. Próximo control en 4 semanas.""",
     [("sulfato ferroso", "300 mg", "VO", "c/día"), ("ácido fólico", "1 mg", "VO", "c/día")],
     [("embarazo de 24 semanas", None), ("anemia del embarazo", None)],
     negated=["sangrado", "pérdida de líquido"])

note("t2-es-gt-55", "GT", "es", """Hospital Regional de Quetzaltenango - Pediatría
Paciente: [[N|Ixchel Aracely Tzul]], 11 meses. Madre: [[N|Juana Tzul Coyoy]], DPI [[DNI*|1876 54321 0901]]
MC: evacuaciones líquidas y vómitos de 3 días.
Ex: mucosas secas, ojos hundidos, llanto sin lágrimas, peso 7 kg.
Dx: diarrea aguda con deshidratación severa; desnutrición aguda moderada
Tx: lactato de Ringer 20 ml/kg IV en bolo, zinc 10 mg VO c/día por 14 días, vitamina A 100,000 UI VO dosis única.""",
     [("lactato de Ringer", "20 ml/kg", "IV", "en bolo"), ("zinc", "10 mg", "VO", "c/día"), ("vitamina A", "100,000 UI", "VO", "dosis única")],
     [("diarrea aguda con deshidratación severa", None), ("desnutrición aguda moderada", None)])

# --- Caribbean -----------------------------------------------------------------------------------------
note("t2-es-do-56", "DO", "es", """CLÍNICA CORAZONES UNIDOS - Santo Domingo
Paciente: [[N|Juan Bautista Almonte]]   Cédula: [[CED*|031-0456789-2]]   Tel: [[T|829-555-7741]]
Esposa: [[N|Altagracia Almonte]]
Motivo de consulta: chequeo cardiovascular.
Antecedentes: HTA, diabetes mellitus tipo 2, enfermedad arterial coronaria con stent hace 2 años. Niega angina.
TA 130/80, FC 64.
Diagnósticos: enfermedad arterial coronaria estable; HTA controlada; diabetes mellitus tipo 2
Indicaciones: aspirina 81 mg VO OD, clopidogrel 75 mg VO OD, rosuvastatina 20 mg VO HS, metformina 850 mg VO BID, losartán 50 mg VO BID.""",
     [("aspirina", "81 mg", "VO", "OD"), ("clopidogrel", "75 mg", "VO", "OD"), ("rosuvastatina", "20 mg", "VO", "HS"),
      ("metformina", "850 mg", "VO", "BID"), ("losartán", "50 mg", "VO", "BID")],
     [("enfermedad arterial coronaria estable", None), ("HTA controlada", None), ("diabetes mellitus tipo 2", None)],
     negated=["angina"])

note("t2-es-do-57", "DO", "es", """Hospital Infantil Robert Reid Cabral - Emergencia
Paciente: [[N|Yandel Alexander Marte]], 2 años. Madre: [[N|Yokasta Marte]], cédula [[CED*|402-2345678-9]]
Fiebre de 3 días, irritabilidad, rechazo del alimento.
Examen: T 39,2 °C, faringe hiperémica con vesículas. Sin rigidez de nuca.
Diagnóstico: herpangina
Indicaciones: acetaminofén 160 mg/5 ml, 5 ml VO cada 6 horas si fiebre; líquidos fríos.""",
     [("acetaminofén", "160 mg/5 ml", "VO", "cada 6 horas si fiebre")],
     [("herpangina", None)],
     negated=["rigidez de nuca"])

note("t2-es-cu-58", "CU", "es", """Policlínico Docente Plaza de la Revolución - Consulta de Medicina Familiar
Paciente: [[N|Dayron Ernesto Fonseca]]   Carné de identidad: [[CED*|85031512345]]   HC: [[R*|4471]]
Dirección: [[A|Calle 23 e/ J y K, Vedado, La Habana]]
Paciente de 39 años con cefalea y TA elevada en 3 tomas. No antecedentes de diabetes.
TA 160/100.
Dx: hipertensión arterial esencial de reciente diagnóstico
Tto: enalapril 20 mg VO 1 tab diaria, hidroclorotiazida 25 mg VO en la mañana. Dieta hiposódica. Consulta en 15 días.""",
     [("enalapril", "20 mg", "VO", "diaria"), ("hidroclorotiazida", "25 mg", "VO", "en la mañana")],
     [("hipertensión arterial esencial de reciente diagnóstico", None)],
     negated=["diabetes"])

note("t2-es-pr-59", "PR", "es", """Hospital Auxilio Mutuo — Nota de admisión
Paciente: [[N|Carmen Iris Figueroa Colón]]   MRN: [[R*|00994412]]   DOB: [[B|07/14/1958]]
SSN: [[SSN*|584-22-1198]]   Tel: [[T|(787) 555-0199]]
Hija: [[N|Nilda Figueroa]]
Motivo de admisión: dolor abdominal difuso y vómitos, glucosa 520.
Historial: diabetes tipo 1, hipotiroidismo. No alergias a medicamentos.
Impresión: cetoacidosis diabética (E10.10); hipotiroidismo
Plan: insulina regular 0.1 U/kg/h IV en infusión, solución salina 0.9% 1 L IV en la primera hora, cloruro de potasio 20 mEq IV por litro.""",
     [("insulina regular", "0.1 U/kg/h", "IV", None), ("solución salina 0.9%", "1 L", "IV", None), ("cloruro de potasio", "20 mEq", "IV", None)],
     [("cetoacidosis diabética", "E10.10"), ("hipotiroidismo", None), ("diabetes tipo 1", None)],
     negated=["alergias a medicamentos"])

note("t2-es-do-60", "DO", "es", """Receta - Centro Médico Cibao
Paciente: [[N|Rosa Elena Tavárez]]   Récord: [[R*|CMC-33018]]   Fecha: 05/06/2024
Dx: infección de vías urinarias, vaginitis por cándida
1- Ciprofloxacina 500 mg: 1 tab VO cada 12 horas por 5 días
2- Fluconazol 150 mg: 1 cap VO dosis única
3- Fenazopiridina 100 mg: 1 tab VO cada 8 horas por 2 días
Dra. [[N|Miguelina Castillo]] - Exequátur [[CED*|123-45]]""",
     [("ciprofloxacina", "500 mg", "VO", "cada 12 horas"), ("fluconazol", "150 mg", "VO", "dosis única"),
      ("fenazopiridina", "100 mg", "VO", "cada 8 horas")],
     [("infección de vías urinarias", None), ("vaginitis por cándida", None)])

# --- United States -------------------------------------------------------------------------------------
note("t2-en-us-61", "US", "en", """ADMISSION H&P — Internal Medicine
Patient: [[N|Harold James Becker]]   MRN: [[R*|55219034]]   DOB: [[B|03/08/1946]]
Wife: [[N|Margaret Becker]], [[T|(614) 555-0127]]
Chief complaint: fever, productive cough x 4 days.
PMH: CHF (EF 35%), atrial fibrillation, CKD stage 3, hypothyroidism.
ROS: denies chest pain, no hemoptysis.
Vitals: T 101.8 F, BP 104/62, HR 112, RR 24, SpO2 89% RA.
CXR: right lower lobe consolidation.
Assessment/Plan:
1. Community-acquired pneumonia, RLL - ceftriaxone 1 g IV q24h, azithromycin 500 mg IV daily
2. Acute hypoxic respiratory failure - O2 via NC, wean as tolerated
3. CHF, chronic systolic - hold furosemide while hypotensive
4. Atrial fibrillation - continue apixaban 5 mg PO BID""",
     [("ceftriaxone", "1 g", "IV", "q24h"), ("azithromycin", "500 mg", "IV", "daily"), ("apixaban", "5 mg", "PO", "BID")],
     [("Community-acquired pneumonia, RLL", None), ("Acute hypoxic respiratory failure", None), ("CHF, chronic systolic", None),
      ("Atrial fibrillation", None), ("CKD stage 3", None), ("hypothyroidism", None)],
     negated=["chest pain", "hemoptysis"], stopped=["furosemide"])

note("t2-en-us-62", "US", "en", """Urgent Care Visit
Name: [[N|Tiffany Nguyen]]   DOB: [[B|June 3, 1990]]   Phone: [[T|(713) 555-0182]]
CC: sore throat and fever for 2 days.
No cough, tender anterior cervical nodes, tonsillar exudates. Rapid strep positive.
Temp 101.2 F, HR 98.
Dx: streptococcal pharyngitis (J02.0)
Rx: amoxicillin 500 mg PO BID x 10 days; ibuprofen 600 mg PO q6h PRN pain.
Return if unable to swallow.""",
     [("amoxicillin", "500 mg", "PO", "BID"), ("ibuprofen", "600 mg", "PO", "q6h PRN")],
     [("streptococcal pharyngitis", "J02.0")],
     negated=["cough"])

note("t2-en-us-63", "US", "en", """CARDIOLOGY CONSULT NOTE
Patient: [[N|Robert Earl Jackson]]   MRN [[R*|30017722]]   Age: 71
Requesting physician: [[N|Emily Chen]], MD (Hospital Medicine)
Reason for consultation: new atrial fibrillation with rapid ventricular response.
History: hypertension, type 2 diabetes, obstructive sleep apnea. No prior stroke.
ECG: AF at 142 bpm. Echo: LVEF 55%, LA moderately dilated.
Impression: new-onset atrial fibrillation with RVR, CHA2DS2-VASc 4; hypertension; type 2 diabetes; OSA
Recommendations: diltiazem 10 mg IV once then 120 mg PO daily; start apixaban 5 mg PO twice daily; continue metformin 1000 mg PO BID. TSH pending.
Thank you, [[N|Aaron Feldman]], MD""",
     [("diltiazem", "10 mg", "IV", "once"), ("apixaban", "5 mg", "PO", "twice daily"), ("metformin", "1000 mg", "PO", "BID")],
     [("new-onset atrial fibrillation with RVR", None), ("hypertension", None), ("type 2 diabetes", None), ("OSA", None)],
     negated=["prior stroke"])

note("t2-en-us-64", "US", "en", """COMPREHENSIVE METABOLIC PANEL — REPORT
Patient: [[N|Alvarez, Maria Teresa]]     MRN: [[R*|88012345]]     DOB: [[B|1964-12-01]]
Ordering provider: [[N|Kevin O'Brien]], NP
Indication: CKD; hypertension
Sodium 133 mmol/L (L)
Potassium 5.8 mmol/L (H)
Creatinine 2.4 mg/dL (H)
eGFR 27 mL/min/1.73m2
Glucose 98 mg/dL""",
     [],
     [("CKD", None), ("hypertension", None)])

note("t2-en-us-65", "US", "en", """Pediatric well visit / sick visit
Patient: [[N|Olivia Grace Martin]], 4 y/o. Accompanied by father, [[N|Daniel Martin]].
SSN on file [[SSN*|523-84-1190]].
Parents report ear pain and fever to 102 since yesterday. No vomiting, no rash.
Exam: right TM bulging, erythematous. Lungs clear.
Assessment: acute otitis media, right (H66.91)
Plan: amoxicillin 400 mg/5 mL, 7 mL PO BID x 10 days; acetaminophen 160 mg/5 mL, 7.5 mL PO q6h as needed for fever.""",
     [("amoxicillin", "400 mg/5 mL", "PO", "BID"), ("acetaminophen", "160 mg/5 mL", "PO", "q6h as needed")],
     [("acute otitis media, right", "H66.91")],
     negated=["vomiting", "rash"])

note("t2-en-us-66", "US", "en", """DISCHARGE INSTRUCTIONS / SUMMARY — Orthopedics
Patient: [[N|Linda Sue Carter]]   MRN: [[R*|AC-7782001]]   DOB: [[B|10/21/1955]]
Discharge diagnoses:
- Right total knee arthroplasty for osteoarthritis
- Postoperative anemia, mild
- Hypertension
Medications:
- Oxycodone 5 mg PO q4h as needed for severe pain
- Acetaminophen 1000 mg PO q8h
- Enoxaparin 40 mg SC daily x 14 days
- Lisinopril 10 mg PO daily
Stop meloxicam until seen in clinic. Physical therapy 3 times per week. Follow up with Dr. [[N|Henry Walsh]] in 2 weeks.""",
     [("oxycodone", "5 mg", "PO", "q4h as needed"), ("acetaminophen", "1000 mg", "PO", "q8h"), ("enoxaparin", "40 mg", "SC", "daily"),
      ("lisinopril", "10 mg", "PO", "daily")],
     [("Right total knee arthroplasty for osteoarthritis", None), ("Postoperative anemia, mild", None), ("Hypertension", None)],
     stopped=["meloxicam"])

note("t2-en-us-67", "US", "en", """Telehealth note — Behavioral Health
Client: [[N|Marcus Lee Thompson]], 41M. Emergency contact: [[N|Angela Thompson]] (sister) [[T|312-555-0164]]
Reports low mood for 2 months, poor sleep, no suicidal or homicidal ideation. Alcohol 2-3 drinks/week.
PHQ-9 17.
Diagnoses: major depressive disorder, single episode, moderate (F32.1); insomnia disorder
Plan: start escitalopram 10 mg PO daily; trazodone 50 mg PO at bedtime as needed for sleep. Therapy referral. Recheck in 4 weeks.""",
     [("escitalopram", "10 mg", "PO", "daily"), ("trazodone", "50 mg", "PO", "at bedtime as needed")],
     [("major depressive disorder, single episode, moderate", "F32.1"), ("insomnia disorder", None)],
     negated=["suicidal or homicidal ideation"])

note("t2-es-mx-68", "MX", "es", """HOSPITAL CIVIL DE GUADALAJARA - NOTA DE URGENCIAS PEDIATRIA
Nombre: [[N|Ximena Guadalupe Ibarra]]   Edad: 7 años   Expediente: [[R*|1245-789]]
Mamá: [[N|Rocío Ibarra Solís]], tel. [[T|33 3618 4491]]
MC: dolor abdominal y vomito 3 veces.
Niega diarrea. Sin fiebre.
EF: abdomen blando depresible, peristalsis presente, sin datos de irritacion peritoneal.
IDx: gastritis aguda; deshidratacion leve
Plan: ondansetron 4 mg VO dosis unica, vida suero oral 100 ml despues de cada vomito, ranitidina suspendida, omeprazol 10 mg VO c/24h por 7 dias.""",
     [("ondansetron", "4 mg", "VO", "dosis unica"), ("vida suero oral", "100 ml", None, "despues de cada vomito"),
      ("omeprazol", "10 mg", "VO", "c/24h")],
     [("gastritis aguda", None), ("deshidratacion leve", None)],
     negated=["diarrea", "fiebre", "datos de irritacion peritoneal"], stopped=["ranitidina"])

note("t2-es-co-69", "CO", "es", """CLINICA DE LA COSTA - BARRANQUILLA - CONSULTA DE GINECOLOGIA
Paciente: [[N|Keila Patricia De La Hoz]]   CC [[CED*|1.045.678.912]]   Cel [[T|301 445 9021]]
Motivo de la consulta: control posparto de 6 semanas.
Parto vaginal sin complicaciones. Lactancia exclusiva. Sin sangrado actual, sin fiebre.
Antecedentes: preeclampsia en este embarazo, resuelta.
Diagnosticos: puerperio normal; antecedente de preeclampsia
Plan: sulfato ferroso 300 mg VO cada dia por 3 meses, desogestrel 75 mcg VO cada dia (anticoncepcion). Control de PA en 1 mes.""",
     [("sulfato ferroso", "300 mg", "VO", "cada dia"), ("desogestrel", "75 mcg", "VO", "cada dia")],
     [("puerperio normal", None), ("antecedente de preeclampsia", None)],
     negated=["sangrado actual", "fiebre"])

note("t2-es-ar-70", "AR", "es", """PEDIDO DE INTERCONSULTA - HOSPITAL PRIVADO DE CÓRDOBA
Paciente: [[N|Villarreal, Ignacio Martín]]   DNI [[DNI*|35.998.120]]   HC [[R*|2.334.981]]
Solicitante: Dr. [[N|Federico Ahumada]] (Clínica Médica)
Al servicio de Gastroenterología: paciente de 38 años con diarrea crónica de 4 meses, pérdida de 6 kg, anemia ferropénica.
Anti-transglutaminasa IgA positiva. No sangrado rectal.
Diagnóstico presuntivo: enfermedad celíaca; anemia ferropénica
Recibe sulfato ferroso 325 mg VO día. Solicito VEDA con biopsias duodenales.""",
     [("sulfato ferroso", "325 mg", "VO", "día")],
     [("enfermedad celíaca", None), ("anemia ferropénica", None)],
     negated=["sangrado rectal"])

write(os.path.dirname(os.path.abspath(__file__)))
