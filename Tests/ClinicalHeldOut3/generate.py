#!/usr/bin/env python3
"""Third held-out set (issue 17), written blind: its author read no extraction or redaction rule, no test and no
note of the other corpora, only the label format (CorpusNote.swift) and corpuslib.py. Measured once by the lead.
Run: python3 generate.py (rewrites *.json). The marks are those of corpuslib.py: [[KIND|text]], [[KIND*|text]]."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))  # the one corpuslib
import corpuslib
from corpuslib import checked_note as note, write, curp, rfc, cpf, rut, fold
from corpuslib import nss, ec_cedula, uy_ci, cuit  # the one set of check-digit generators












# === Mexico ======================================================================================================
nss1 = nss("4298781203")
c1 = curp("TOAG780914MJCRVD0")
note("h3-es-mx-01", "MX", "es", f"""INSTITUTO MEXICANO DEL SEGURO SOCIAL
UMF No. 28 - Consulta Externa de Medicina Familiar, consultorio 7 T/M
RECETA INDIVIDUAL

Paciente: [[N|María Guadalupe Torres Ávila]]
NSS: [[R*|{nss1}]]
CURP: [[CURP*|{c1}]]
Fecha: 14/10/2026      Peso 79 kg   TA 142/88

Dx: DM2 en descontrol, HTA sistemica, neuropatia diabetica periferica

- METFORMINA tab 850 mg  1 c/12 hrs VO  (60 tabs)
- INSULINA NPH 100 UI/ml  aplicar 20 UI SC antes del desayuno
- ENALAPRIL tab 10 mg  1 VO cada 12 hrs
- PREGABALINA cap 75 mg  1 VO cada noche
- ACIDO ACETILSALICILICO tab 100 mg  1 VO al dia

Suspender glibenclamida (hipoglucemias nocturnas referidas por la pte).
Dieta 1500 kcal, caminata 30 min diario. Revision de pies en cada consulta.
Cita en 4 semanas con HbA1c.
Médico: Dra. [[N|Alejandra Ruiz Cabrera]]   Céd. Prof. [[CED*|7812345]]""",
     [("metformina", "850 mg", "VO", "c/12 hrs"), ("insulina NPH", "20 UI", "SC", "antes del desayuno"),
      ("enalapril", "10 mg", "VO", "cada 12 hrs"), ("pregabalina", "75 mg", "VO", "cada noche"),
      ("acido acetilsalicilico", "100 mg", "VO", "al dia")],
     [("DM2 en descontrol", None), ("HTA sistemica", None), ("neuropatia diabetica periferica", None)],
     stopped=["glibenclamida"])

note("h3-es-mx-02", "MX", "es", """NOTA DE EVOLUCION - CONSULTA EXTERNA MEDICINA INTERNA
Consultorio 512, Torre Medica
Pac: [[N|Jorge Luis Mendoza Paredes]]   Exp. [[R*|TM-2026-004417]]   Edad 63a
Tel. [[T|55 4187 2290]]   correo: [[E|jlmendoza.p@outlook.com]]

S: Acude a control. Refiere disnea de medianos esfuerzos desde hace 3 semanas, ortopnea de 2 almohadas. Niega dolor toracico, niega sincope. Sin fiebre. Apego parcial al tx: dejo de tomar la espironolactona por "ir mucho al baño".
APP: HTA de 15 años, IAM en 2019 (ACTP a DA), DM2 desde 2012, ERC KDIGO G3a. Alergias: niega.
O: TA 148/92 FC 96 FR 20 SatO2 92% aa. Peso 88 kg. Estertores crepitantes basales bilaterales, edema de MsPs ++, ingurgitacion yugular grado II.
Labs 10/10: Cr 1.6, K 4.9, BNP 890, HbA1c 8.1%
A:
1. ICC descompensada NYHA III, FEVI 35%
2. Cardiopatia isquemica
3. HTA descontrolada
4. DM2 descontrolada
5. ERC G3a
P: furosemida 40 mg VO c/12h por 5 dias; carvedilol 12.5 mg VO BID; sacubitrilo/valsartan 49/51 mg VO c/12h (se suspende losartan); dapagliflozina 10 mg VO QD; atorvastatina 40 mg VO HS; ASA 100 mg VO c/24h.
Se reinicia espironolactona 25 mg VO diario, vigilar K.
Cita 2 sem. Si aumenta la disnea acudir a urgencias.
Dr. [[N|Fernando Ibarra Lugo]] - Medicina Interna""",
     [("furosemida", "40 mg", "VO", "c/12h"), ("carvedilol", "12.5 mg", "VO", "BID"),
      ("sacubitrilo/valsartan", "49/51 mg", "VO", "c/12h"), ("dapagliflozina", "10 mg", "VO", "QD"),
      ("atorvastatina", "40 mg", "VO", "HS"), ("ASA", "100 mg", "VO", "c/24h"),
      ("espironolactona", "25 mg", "VO", "diario")],
     [("ICC descompensada NYHA III", None), ("Cardiopatia isquemica", None), ("HTA descontrolada", None),
      ("DM2 descontrolada", None), ("ERC G3a", None), ("IAM", None)],
     negated=["dolor toracico", "sincope", "fiebre"], stopped=["losartan"])

r3 = rfc("CANA591102HT", bad=True)
c3 = curp("CANA591102HGTSXR0")
note("h3-es-mx-03", "MX", "es", f"""LABORATORIO CLINICO DEL BAJIO
Sucursal Centro - León, Gto.

PACIENTE                      F. NAC.       EXPEDIENTE    CURP
[[N|CASTRO NUÑEZ ARMANDO]]          [[B|02/11/1959]]    [[R|LB-331907]]     [[CURP|{c3}]]
Sexo: M      Edad: 66 años      Folio: 26-118842
RFC: [[RFC*|{r3}]]
Médico solicitante: [[N|Rebeca Solís Fuentes]]
Fecha de toma: 21/10/2026 07:42

QUIMICA SANGUINEA            RESULTADO        UNIDADES     REFERENCIA
Glucosa                      182  *           mg/dL        70 - 100
Urea                         58   *           mg/dL        15 - 45
Creatinina                   1.9  *           mg/dL        0.7 - 1.3
Acido urico                  7.8  *           mg/dL        3.5 - 7.2
Colesterol total             231  *           mg/dL        < 200
Trigliceridos                266  *           mg/dL        < 150
HEMOGLOBINA GLUCOSILADA      8.9  *           %            4.0 - 5.6
TFG estimada (CKD-EPI)       37               mL/min/1.73m2

Diagnóstico presuntivo: DM2; ERC estadio 3b; hiperuricemia
Observaciones: paciente en ayuno de 10 h, refiere tomar metformina 500 mg c/12h.
Validó: QFB [[N|Laura E. Medina Rocha]]   Céd. Prof. [[CED*|5523871]]""",
     [("metformina", "500 mg", None, "c/12h")],
     [("DM2", None), ("ERC estadio 3b", None), ("hiperuricemia", None)])

c4 = curp("RASO710430MCSMNF0", bad=True)
note("h3-es-mx-04", "MX", "es", f"""HOSPITAL GENERAL DE ZONA No. 1 - TAPACHULA
RESUMEN CLINICO DE EGRESO

NOMBRE: [[N|OFELIA RAMIREZ SANTIAGO]]     CURP [[CURP*|{c4}]]
FECHA DE NAC.: [[B|30-ABR-1971]]    EXPEDIENTE: [[R*|0071-884-22]]
DOMICILIO: [[A|AV. CENTRAL PONIENTE 14, COL. CENTRO, TAPACHULA, CHIS.]]
RESPONSABLE: [[N|ERNESTO GOMEZ RAMIREZ]] (HIJO)   TEL [[T|962 118 4470]]

FECHA DE INGRESO: 03/11/2026    FECHA DE EGRESO: 08/11/2026
MOTIVO DE INGRESO: DOLOR EN HIPOCONDRIO DERECHO, FIEBRE E ICTERICIA DE 2 DIAS.

DIAGNOSTICOS DE EGRESO:
1.- COLANGITIS AGUDA GRADO II (TOKYO), RESUELTA
2.- COLEDOCOLITIASIS
3.- HTA
4.- HIPOTIROIDISMO

PROCEDIMIENTOS: CPRE CON ESFINTEROTOMIA Y EXTRACCION DE LITOS (05/11/2026).
EVOLUCION: MANEJADA CON DOBLE ESQUEMA ANTIBIOTICO IV, AYUNO Y SOLUCIONES. SIN DATOS DE PANCREATITIS POST-CPRE. BILIRRUBINAS EN DESCENSO, TOLERA DIETA.

TRATAMIENTO AL EGRESO:
- CIPROFLOXACINO 500 MG VO C/12 HRS POR 5 DIAS
- METRONIDAZOL 500 MG VO C/8 HRS POR 5 DIAS
- LEVOTIROXINA 100 MCG VO EN AYUNAS
- AMLODIPINO 5 MG VO C/24 HRS
- PARACETAMOL 1 G VO C/8 HRS EN CASO DE DOLOR
SE SUSPENDE BUTILHIOSCINA.
CITA A CIRUGIA GENERAL EN 3 SEMANAS PARA COLECISTECTOMIA PROGRAMADA.

ELABORO: DR. [[N|HUGO ALBERTO PINEDA CRUZ]] (R3 CG)     AUTORIZO: DRA. [[N|S. VELAZQUEZ]]""",
     [("ciprofloxacino", "500 MG", "VO", "C/12 HRS"), ("metronidazol", "500 MG", "VO", "C/8 HRS"),
      ("levotiroxina", "100 MCG", "VO", "EN AYUNAS"), ("amlodipino", "5 MG", "VO", "C/24 HRS"),
      ("paracetamol", "1 G", "VO", "C/8 HRS EN CASO DE DOLOR")],
     [("COLANGITIS AGUDA GRADO II", None), ("COLEDOCOLITIASIS", None), ("HTA", None), ("HIPOTIROIDISMO", None)],
     negated=["PANCREATITIS POST-CPRE"], stopped=["BUTILHIOSCINA"])

# === Colombia ====================================================================================================
note("h3-es-co-05", "CO", "es", """CLINICA SAN JUAN DE DIOS - MEDELLIN
HISTORIA CLINICA DE INGRESO - HOSPITALIZACION MEDICINA INTERNA

Paciente: [[N|Luz Marina Restrepo Gaviria]]     CC [[CED*|43.512.887]]
Fecha nacimiento: [[B|12/06/1954]]   Edad: 72 años   EPS: Sura
Direccion: [[A|Cra 76 # 32B-41, Belén, Medellín]]   Cel: [[T|314 782 0051]]
Acompañante: [[N|Jhon Fredy Restrepo]] (hijo)

Motivo de consulta: "me falta el aire"
Enfermedad actual: Pcte con cuadro de 4 dias de tos con expectoracion purulenta, disnea progresiva y fiebre no cuantificada. Niega dolor toracico. No hemoptisis.
Antecedentes:
 - Patologicos: EPOC GOLD 3 con oxigeno domiciliario 2 L, HTA, FA permanente, osteoporosis
 - Farmacologicos: tiotropio 18 mcg inhalado c/24h, salbutamol 100 mcg 2 puff c/6h si disnea, warfarina 5 mg VO dia, losartan 50 mg VO c/12h, alendronato 70 mg VO semanal
 - Quirurgicos: histerectomia 1998
 - Alergicos: sulfas (urticaria)
 - Toxicos: exfumadora 40 paq/año
Examen fisico: TA 98/60 FC 112 irregular FR 28 T 38.4 SatO2 84% con O2 2L. Roncus y sibilancias difusas, crepitos en base derecha.
Paraclinicos: leucocitos 16.800, PCR 18 mg/dL, INR 2.4. Rx torax con consolidacion basal derecha.
Impresion diagnostica:
1. EPOC exacerbado por neumonia adquirida en la comunidad CURB-65 2
2. Insuficiencia respiratoria aguda hipoxemica
3. FA con respuesta ventricular rapida
4. HTA
Plan: hospitalizar en piso; ampicilina/sulbactam 3 g IV c/6h; claritromicina 500 mg IV c/12h; metilprednisolona 40 mg IV c/24h; micronebulizaciones con bromuro de ipratropio 0.5 mg c/6h; continua warfarina con INR diario; suspender losartan por hipotension.
Medico tratante: [[N|Andrés Felipe Zuluaga]]   RM [[CED*|05-1187-2009]]""",
     [("tiotropio", "18 mcg", "inhalado", "c/24h"), ("salbutamol", "100 mcg", None, "c/6h si disnea"),
      ("warfarina", "5 mg", "VO", "dia"), ("alendronato", "70 mg", "VO", "semanal"),
      ("ampicilina/sulbactam", "3 g", "IV", "c/6h"), ("claritromicina", "500 mg", "IV", "c/12h"),
      ("metilprednisolona", "40 mg", "IV", "c/24h"), ("bromuro de ipratropio", "0.5 mg", None, "c/6h")],
     [("EPOC exacerbado por neumonia adquirida en la comunidad", None),
      ("Insuficiencia respiratoria aguda hipoxemica", None), ("FA con respuesta ventricular rapida", None),
      ("HTA", None), ("EPOC GOLD 3", None), ("FA permanente", None), ("osteoporosis", None)],
     negated=["dolor toracico", "hemoptisis"], stopped=["losartan"])

note("h3-es-co-06", "CO", "es", """Bogotá D.C., 22 de septiembre de 2026

Señores
SERVICIO DE NEFROLOGIA
Hospital Universitario San Ignacio

Ref: Remision de paciente [[N|Carlos Arturo Beltrán Pinzón]], CC [[CED*|79.845.213]], 58 años, afiliado Compensar (No. afiliacion [[R*|CMP-0098812345]])

Respetados colegas:
Remito al paciente para valoracion y manejo por su servicio. Se trata de un paciente con DM2 de 18 años de evolucion, HTA y ERC estadio 4 (TFG 24 ml/min), con proteinuria de 2.8 g/24h. Ademas dislipidemia y retinopatia diabetica no proliferativa. No tiene antecedente de ACV ni IAM.
Medicacion actual: insulina glargina 26 UI SC noche, insulina glulisina 6 UI SC con cada comida, amlodipino 10 mg VO cada dia, carvedilol 6.25 mg VO cada 12 horas, atorvastatina 20 mg VO noche, calcitriol 0.25 mcg VO interdiario. La metformina se retiro en julio por la TFG.
Ultimos paraclinicos (15/09): creatinina 2.9, BUN 48, K 5.3, Hb 10.1, PTH 188.
Agradezco su atencion. El paciente puede ser contactado al [[T|301 556 2874]] o por su esposa [[N|Gloria Inés Mora]] al [[T|(601) 742 1190]].

Atentamente,

[[N|Diana Marcela Quintero R.]]
Medica Internista - RM [[CED*|52334]]
IPS Salud Total Chapinero""",
     [("insulina glargina", "26 UI", "SC", "noche"), ("insulina glulisina", "6 UI", "SC", "con cada comida"),
      ("amlodipino", "10 mg", "VO", "cada dia"), ("carvedilol", "6.25 mg", "VO", "cada 12 horas"),
      ("atorvastatina", "20 mg", "VO", "noche"), ("calcitriol", "0.25 mcg", "VO", "interdiario")],
     [("DM2", None), ("HTA", None), ("ERC estadio 4", None), ("dislipidemia", None),
      ("retinopatia diabetica no proliferativa", None)],
     negated=["ACV", "IAM"], stopped=["metformina"])

note("h3-es-co-07", "CO", "es", """URGENCIAS - HOSPITAL PABLO TOBON URIBE
NOTA DE INGRESO A URGENCIAS   Triage II   Hora: 02:15

Nombre: [[N|Yeison Andrés Cardona Ospina]]   TI/CC: [[CED*|1.036.998.412]]   Edad: 19 años
Tel contacto: [[T|3127746610]]   Madre: [[N|Marleny Ospina]]

MC: "dolor de barriga"
EA: Paciente con dolor abdominal de 14 horas de evolucion, inicio periumbilical que migra a FID, asociado a nauseas, 2 emesis y anorexia. Sin diarrea. Niega sintomas urinarios. Fiebre de 38 en casa.
Antecedentes: niega patologicos. Qx: ninguno. Alergias: dipirona. Farmacologicos: ninguno.
EF: FC 104 TA 118/72 T 38.1 SatO2 97%. Abdomen: dolor a la palpacion en FID, Mc Burney +, Blumberg +, Rovsing +.
Lab: leucos 15.200 N 86%, PCR 9.4. Parcial de orina normal.
IDx:
- Apendicitis aguda (Alvarado 8)
Plan: NVO, LEV lactato de Ringer 100 cc/h, dipirona NO (alergia), tramadol 50 mg IV c/8h, metoclopramida 10 mg IV c/8h si nauseas, cefazolina 2 g IV dosis unica prequirurgica. Se comenta con cirugia general.
Dr. [[N|Mateo Álvarez]] - Medico general urgencias""",
     [("lactato de Ringer", "100 cc/h", None, None), ("tramadol", "50 mg", "IV", "c/8h"),
      ("metoclopramida", "10 mg", "IV", "c/8h si nauseas"), ("cefazolina", "2 g", "IV", "dosis unica")],
     [("Apendicitis aguda", None)],
     negated=["diarrea", "sintomas urinarios"])

# === Argentina ===================================================================================================
note("h3-es-ar-08", "AR", "es", """Consultorios Externos Clinica Medica - Hospital Italiano de La Plata
Evolucion ambulatoria 03/11/2026

Paciente: [[N|Graciela Beatriz Fernández]]   DNI [[DNI*|14.887.230]]   HC [[R*|552190]]
OS: IOMA afiliado [[R*|1-14887230-00]]
Tel: [[T|(0221) 15-487-2213]]

S// Pac de 69 años con antec de HTA, hipotiroidismo, artrosis de rodillas y DBT tipo 2 no insulinorrequiriente. Consulta por mareos y palpitaciones de 1 semana. No refiere dolor precordial ni disnea. Niega perdida de conocimiento.
Medicacion habitual: enalapril 10 mg c/12 hs, levotiroxina 75 mcg en ayunas, metformina 1 g c/12 hs, ibuprofeno 400 mg si dolor (toma casi todos los dias).
O// TA 152/94 FC 118 irregular. ECG: FA de alta respuesta, sin signos de isquemia aguda. Glucemia capilar 164.
A// 
- FA de reciente comienzo, CHA2DS2-VASc 4
- HTA no controlada
- DBT 2
- Uso cronico de AINEs
P// 
1) bisoprolol 2.5 mg VO por dia
2) apixaban 5 mg VO cada 12 hs
3) suspender ibuprofeno; paracetamol 1 g VO hasta c/8 hs si dolor
4) continua enalapril, levotiroxina y metformina igual dosis
5) ecocardiograma, TSH, ionograma. Control en 10 dias con resultados
Dra. [[N|M. Laura Giménez]] - MP [[CED*|118.442]]""",
     [("enalapril", "10 mg", None, "c/12 hs"), ("levotiroxina", "75 mcg", None, "en ayunas"),
      ("metformina", "1 g", None, "c/12 hs"), ("bisoprolol", "2.5 mg", "VO", "por dia"),
      ("apixaban", "5 mg", "VO", "cada 12 hs"), ("paracetamol", "1 g", "VO", "hasta c/8 hs si dolor")],
     [("FA de reciente comienzo", None), ("HTA no controlada", None), ("DBT 2", None),
      ("hipotiroidismo", None), ("artrosis de rodillas", None)],
     negated=["dolor precordial", "disnea", "perdida de conocimiento"], stopped=["ibuprofeno"])

cuit9 = cuit("2731447952")
note("h3-es-ar-09", "AR", "es", f"""SANATORIO DE LA TRINIDAD PALERMO
EPICRISIS

Apellido y nombre: [[N|SOSA, Valeria Natalia]]      DNI: [[DNI*|31.447.952]]   CUIL [[DNI*|{cuit9}]]
Fecha de nacimiento: [[B|19/02/1985]]       N° de internacion: [[R*|INT-2026-18834]]
Domicilio: [[A|Av. Santa Fe 3217 6° B, CABA]]
Contacto: [[N|Martín Aguirre]] (esposo) [[T|+54 9 11 6021-3348]]

Ingreso: 27/10/2026 - Egreso: 31/10/2026
Motivo de internacion: pielonefritis aguda, cursando embarazo de 24 semanas.
Evolucion: ingresa febril, con puño percusion + derecha. Urocultivo: E. coli multisensible. Recibio ceftriaxona 1 g/dia EV por 4 dias con buena respuesta; afebril desde el 2do dia. Ecografia renal sin dilatacion. Control obstetrico normal, sin contracciones, sin perdidas.

Diagnosticos al egreso:
Pielonefritis aguda derecha, resuelta; Embarazo de 24 semanas; Anemia leve

Indicaciones al alta:
* cefalexina 500 mg VO cada 6 hs hasta completar 14 dias
* sulfato ferroso 1 comp VO por dia
* acido folico 1 mg VO por dia
* paracetamol 500 mg VO c/6 hs si fiebre o dolor
Urocultivo de control a la semana de terminar el antibiotico. Pautas de alarma.

Medico de cabecera: [[N|Julián Ferrari]]
Residente: [[N|Sofía Benítez]]""",
     [("ceftriaxona", "1 g/dia", "EV", None), ("cefalexina", "500 mg", "VO", "cada 6 hs"),
      ("sulfato ferroso", "1 comp", "VO", "por dia"), ("acido folico", "1 mg", "VO", "por dia"),
      ("paracetamol", "500 mg", "VO", "c/6 hs si fiebre o dolor")],
     [("Pielonefritis aguda derecha", None), ("Embarazo de 24 semanas", None), ("Anemia leve", None)],
     negated=["dilatacion", "contracciones"])

note("h3-es-ar-10", "AR", "es", """Dr. [[N|Ricardo O. Pellegrini]]
Medico Cardiologo - M.N. [[CED*|87.345]]
Bv. Oroño 1450 - Rosario

Rp/
Paciente: [[N|Norma Susana Bianchi]]      Obra social: PAMI   N° beneficio [[R*|15-0442781-9-00]]

1) Atorvastatina 40 mg  - 1 comp por la noche
2) Clopidogrel 75 mg  - 1 comp diario
3) Nitroglicerina sublingual 0,5 mg - 1 comp SL si dolor de pecho, repetir a los 5 min (maximo 3)
4) Losartan 50 mg - 1 comp c/12 hs

Diagnostico: Cardiopatia isquemica cronica. Angina estable. HTA. Dislipemia.

Suspende amlodipina (edemas).

Firma y sello
Rosario, 18/10/2026""",
     [("atorvastatina", "40 mg", None, "por la noche"), ("clopidogrel", "75 mg", None, "diario"),
      ("nitroglicerina", "0,5 mg", "SL", "si dolor de pecho"), ("losartan", "50 mg", None, "c/12 hs")],
     [("Cardiopatia isquemica cronica", None), ("Angina estable", None), ("HTA", None), ("Dislipemia", None)],
     stopped=["amlodipina"])

# === Chile =======================================================================================================
rut11 = rut(9874221, bad=True)
note("h3-es-cl-11", "CL", "es", f"""LABORATORIO CLINICO - CESFAM DR. ALEJANDRO DEL RIO, PUENTE ALTO
INFORME DE RESULTADOS

Paciente: [[N|Héctor Manuel Contreras Vidal]]
RUT: [[RUT*|{rut11}]]             F. Nac.: [[B|07/08/1948]]   (78 a)
N° Ficha: [[R*|44712]]            Programa: PSCV
Solicitado por: [[N|Camila Rojas Urrutia]]
Fecha recepcion: 12-10-2026

PERFIL BIOQUIMICO
  Glicemia ............ 141 mg/dL   (74-106)  H
  Creatinina .......... 1,41 mg/dL  (0,7-1,2) H
  VFG (CKD-EPI) ....... 49 mL/min
  Potasio ............. 5,4 mEq/L   (3,5-5,1) H
  Colesterol LDL ...... 88 mg/dL
HEMOGLOBINA A1c ....... 7,6 %
MICROALBUMINURIA/CREAT  112 mg/g          H

Dg. de ingreso al programa: DM2, HTA, ERC etapa 3a
Nota: muestra levemente hemolizada, potasio interpretar con precaucion.
TM [[N|Javiera Soto]] - Tecnologo Medico""",
     [],
     [("DM2", None), ("HTA", None), ("ERC etapa 3a", None)])

rut12 = rut(16332840)
note("h3-es-cl-12", "CL", "es", f"""HOSPITAL DEL SALVADOR - SERVICIO DE URGENCIA ADULTO
DAU N° 2026-0091877

Nombre: [[N|Francisca Andrea Muñoz Tapia]]  RUT [[RUT*|{rut12}]]   Edad 34
Prevision: FONASA B    Fono: [[T|+56 9 8412 3307]]
Acompañante: [[N|Ignacio Muñoz]] (hermano)

Anamnesis: Consulta por cefalea holocraneana intensa de 6 h, pulsatil, con fotofobia y nauseas, similar a crisis previas. Sin fiebre, sin rigidez de nuca, sin deficit motor. Niega trauma. Antec: migraña con aura, hipotiroidismo en tto con levotiroxina 50 mcg/dia. Usa ACO (etinilestradiol/levonorgestrel).
Ex fisico: PA 128/80, FC 88, afebril. Neurologico sin focalidad, fondo de ojo sin edema de papila.
Hipotesis diagnostica:
 1. Crisis de migraña con aura
 2. Hipotiroidismo
Tratamiento en SU: ketoprofeno 100 mg EV + metoclopramida 10 mg EV, SF 500 cc. EVA 8 -> 2.
Indicaciones: naproxeno 550 mg VO c/12 h por 3 dias; sumatriptan 50 mg VO al inicio del dolor, puede repetir en 2 h. Se sugiere suspender el anticonceptivo combinado (migraña con aura) y consultar con matrona/ginecologia.
Dr. [[N|Tomás Fuenzalida]]""",
     [("levotiroxina", "50 mcg/dia", None, None), ("ketoprofeno", "100 mg", "EV", None),
      ("metoclopramida", "10 mg", "EV", None), ("naproxeno", "550 mg", "VO", "c/12 h"),
      ("sumatriptan", "50 mg", "VO", "al inicio del dolor")],
     [("migraña con aura", None), ("hipotiroidismo", None)],
     negated=["fiebre", "rigidez de nuca", "deficit motor", "trauma", "edema de papila"],
     stopped=["etinilestradiol/levonorgestrel"])

rut13 = rut(7235118, dots=False)
note("h3-es-cl-13", "CL", "es", f"""SOLICITUD DE INTERCONSULTA
Establecimiento de origen: CESFAM Los Volcanes, Chillán
Especialidad a la que se deriva: REUMATOLOGIA

Datos del paciente
Nombre: [[N|Rosa Elena Sepúlveda Lagos]]    [[RUT|{rut13}]]
Fecha nacimiento: [[B|23/01/1957]]
Domicilio: [[A|Pasaje Los Aromos 1142, Villa Los Volcanes, Chillán]]
Telefono: [[T|42 221 7754]]

Hipotesis diagnostica: Artritis reumatoide seropositiva
Fundamentos: Mujer de 69 años con poliartritis simetrica de manos y muñecas de 5 meses, rigidez matinal > 1 hora. FR 96 UI/ml, anti-CCP positivo, VHS 54. Rx manos con erosiones incipientes. Sin lesiones cutaneas, sin sintomas de sequedad.
Comorbilidades: HTA, obesidad, DM2 (no insulino requirente)
Tratamiento actual: prednisona 10 mg VO diario; metotrexato 10 mg VO semanal (inicio hace 3 semanas); acido folico 5 mg VO semanal al dia siguiente del MTX; losartan 50 mg VO c/12 hrs; metformina 850 mg VO c/12 hrs.
Se solicita evaluacion para ajuste de FARME.
Profesional: Dr. [[N|Esteban Parra Henríquez]]   RUT [[RUT*|{rut(13556902)}]]""",
     [("prednisona", "10 mg", "VO", "diario"), ("metotrexato", "10 mg", "VO", "semanal"),
      ("acido folico", "5 mg", "VO", "semanal"), ("losartan", "50 mg", "VO", "c/12 hrs"),
      ("metformina", "850 mg", "VO", "c/12 hrs")],
     [("Artritis reumatoide seropositiva", None), ("HTA", None), ("obesidad", None), ("DM2", None)],
     negated=["lesiones cutaneas", "sintomas de sequedad"])

# === Peru ========================================================================================================
note("h3-es-pe-14", "PE", "es", """HOSPITAL NACIONAL ARZOBISPO LOAYZA - CONSULTORIO EXTERNO DE ENDOCRINOLOGIA
Atencion: 05/11/2026

Paciente: [[N|Juana Rosa Quispe Mamani]]   DNI: [[DNI*|41825536]]   HC: [[R*|1188420]]
Celular: [[T|987 441 209]]   SIS

S: Paciente mujer de 52 años, natural de Puno, procedente de SJL. Acude para control de diabetes. Refiere poliuria y polidipsia hace 1 mes, vision borrosa. No dolor en pies. Niega hipoglicemias. Dejo la glibenclamida hace 2 meses porque "le bajaba el azucar".
Antecedentes: DM2 hace 8 años; HTA; TBC pulmonar tratada en 2015 (curada); hipotiroidismo subclinico
O: PA 138/86  FC 78  IMC 31.2. Sensibilidad con monofilamento conservada. Pulsos pedios presentes.
Glucosa en ayunas 246, HbA1c 10.2 %, creatinina 0.8, microalbuminuria 45.
A: 1) DM2 no controlada con hiperglucemia sintomatica  2) HTA  3) Obesidad grado I  4) Nefropatia diabetica incipiente
P: - Metformina 850mg VO c/12h con los alimentos
   - Insulina NPH 14 UI SC antes del desayuno (educacion en tecnica de aplicacion)
   - Enalapril 10mg VO c/12h
   - Control en 1 mes con glucometrias
Medico: Dr. [[N|Wilfredo Huamán Ccori]]  CMP [[CED*|45872]]""",
     [("metformina", "850mg", "VO", "c/12h"), ("insulina NPH", "14 UI", "SC", "antes del desayuno"),
      ("enalapril", "10mg", "VO", "c/12h")],
     [("DM2 no controlada con hiperglucemia sintomatica", None), ("HTA", None), ("Obesidad grado I", None),
      ("Nefropatia diabetica incipiente", None), ("hipotiroidismo subclinico", None)],
     negated=["dolor en pies", "hipoglicemias"], stopped=["glibenclamida"])

note("h3-es-pe-15", "PE", "es", """CLINICA SAN PABLO - SURCO
RECETA MEDICA

Paciente: [[N|Diego Alonso Vargas Llosa]], hijo de [[N|Carmen Llosa Ríos]]     Edad: 8 años   Peso: 26 kg
DNI: [[DNI*|79012334]]      Historia: [[R*|SP-0448712]]
Apoderado: madre   Telf. [[T|01 447 2390]]

Diagnostico: Faringoamigdalitis aguda bacteriana (J03.9) - Otitis media aguda derecha

Rp.
1. Amoxicilina 250 mg/5 ml susp. - Dar 10 ml VO cada 8 horas por 10 dias
2. Ibuprofeno 100 mg/5 ml susp. - Dar 7 ml VO cada 8 horas si fiebre o dolor
3. Paracetamol 120 mg/5 ml jarabe - 10 ml VO c/6h PRN fiebre mayor de 38.5

Indicaciones: abundantes liquidos, reposo escolar 3 dias. Regresar si dificultad para respirar o fiebre persistente > 72h.
No alergias conocidas.

Dra. [[N|Patricia Chávez Salazar]] - Pediatria - CMP [[CED*|33021]] RNE [[CED*|18774]]""",
     [("amoxicilina", "10 ml", "VO", "cada 8 horas"), ("ibuprofeno", "7 ml", "VO", "cada 8 horas si fiebre o dolor"),
      ("paracetamol", "10 ml", "VO", "c/6h PRN fiebre mayor de 38.5")],
     [("Faringoamigdalitis aguda bacteriana", "J03.9"), ("Otitis media aguda derecha", None)])

note("h3-es-pe-16", "PE", "es", """HOSPITAL REGIONAL DOCENTE DE TRUJILLO - DEPARTAMENTO DE MEDICINA
HISTORIA CLINICA DE HOSPITALIZACION

FILIACION: [[N|Teodoro Sánchez Gutiérrez]], varon, 74 años, DNI [[DNI*|17845902]], natural y procedente de Trujillo,
agricultor jubilado, domicilio en [[A|Jr. Bolognesi 455, La Esperanza, Trujillo]]. Informante: hija ([[N|Rocío Sánchez]], cel. [[T|949 331 872]]).
HC [[R*|00287745]]

ENFERMEDAD ACTUAL: TE 3 dias. Inicio insidioso. Curso progresivo. Hemiparesia derecha y dificultad para hablar desde hace 3 dias al despertar. No convulsiones. No cefalea. No vomitos.
ANTECEDENTES: HTA no tratada; FA (no anticoagulado); exfumador. Niega DM. Alergias: niega.
EXAMEN: PA 172/98 FC 94 arritmico. Glasgow 14. Afasia motora, hemiparesia derecha 3/5, Babinski derecho.
TAC cerebral: hipodensidad en territorio de ACM izquierda, sin hemorragia.
IMPRESION DIAGNOSTICA:
1. ACV isquemico en territorio de ACM izquierda, fuera de ventana
2. FA no valvular
3. HTA no controlada
PLAN: cabecera 30°, NPO hasta evaluacion de deglucion, ClNa 0.9% 1000 cc EV c/12h, AAS 300 mg VO/SNG STAT luego 100 mg c/24h, atorvastatina 80 mg VO c/24h, omeprazol 20 mg EV c/24h. Iniciar anticoagulacion a los 7 dias segun evolucion. Terapia fisica.
Medico tratante: Dr. [[N|Luis Alberto Rebaza]]   Residente: [[N|Kiara Mendoza]]""",
     [("ClNa 0.9%", "1000 cc", "EV", "c/12h"), ("AAS", "300 mg", "VO/SNG", "STAT"),
      ("atorvastatina", "80 mg", "VO", "c/24h"), ("omeprazol", "20 mg", "EV", "c/24h")],
     [("ACV isquemico en territorio de ACM izquierda", None), ("FA no valvular", None),
      ("HTA no controlada", None)],
     negated=["convulsiones", "cefalea", "vomitos", "DM", "hemorragia"])

# === Brazil (Portuguese-flavoured Spanish) =======================================================================
cpf17 = cpf("418772093")
cpf17b = cpf("231778904")
note("h3-es-br-17", "BR", "es", f"""PRONTO SOCORRO - HOSPITAL SANTA CASA DE CURITIBA
FICHA DE ATENDIMENTO / NOTA DE URGENCIA

Paciente: [[N|João Carlos Pereira da Silva]]     CPF: [[CPF*|{cpf17}]]
Data nasc.: [[B|14/07/1966]]   Prontuario: [[R*|SC-7781034]]
Cartao SUS: [[R*|898 0012 3456 7710]]
Fone: [[T|(41) 99712-4480]]   Acompanhante: [[N|Marcia Pereira]] (esposa, [[CPF|{cpf17b}]])

Queixa: dor no peito tipo aperto ha 2 horas, irradiando para braço esquerdo, com sudorese. Nega febre. Nao tem dispneia.
HPP: HAS, DM2, dislipidemia. Tabagista 30 maços-ano. Uso de losartana 50 mg 12/12h e metformina 850 mg 2x/dia.
Exame: PA 160/100 FC 98 SatO2 95%. Ausculta sem sopros. Sem edema.
ECG: supra de ST em DII, DIII e aVF.
Hipotese diagnostica: IAM com supra de ST de parede inferior; HAS; DM2
Conduta:
- AAS 300 mg VO mastigado agora
- clopidogrel 600 mg VO dose de ataque
- enoxaparina 1 mg/kg SC 12/12h
- morfina 2 mg EV se dor intensa
- atorvastatina 80 mg VO a noite
- suspender metformina (cateterismo)
Acionada hemodinamica. Transferido para sala de cateterismo as 15:40.
Medico plantonista: Dr. [[N|Rafael Nogueira]]  CRM-PR [[CED*|28.114]]""",
     [("losartana", "50 mg", None, "12/12h"), ("AAS", "300 mg", "VO", "agora"),
      ("clopidogrel", "600 mg", "VO", "dose de ataque"), ("enoxaparina", "1 mg/kg", "SC", "12/12h"),
      ("morfina", "2 mg", "EV", "se dor intensa"), ("atorvastatina", "80 mg", "VO", "a noite")],
     [("IAM com supra de ST de parede inferior", None), ("HAS", None), ("DM2", None), ("dislipidemia", None)],
     negated=["febre", "dispneia", "sopros", "edema"], stopped=["metformina"])

cpf18 = cpf("730291548", bad=True)
note("h3-es-br-18", "BR", "es", f"""UBS Vila Mariana - Evolucion medica (SOAP)
Paciente [[N|Ana Claudia Rodrigues Lima]], 47 anos, CPF [[CPF*|{cpf18}]], prontuario [[R*|00098127]]
Endereco: [[A|Rua Domingos de Morais 2187, apto 54, Vila Mariana, São Paulo - SP]]
E-mail: [[E|anaclaudia.rlima@gmail.com]]

S: retorno. Refiere cansancio, ganancia de peso y piel seca. Nega constipacao. Menstruacao regular. Sem queixas urinarias.
O: PA 124/80, FC 58, peso 74 kg. Tireoide aumentada difusamente, indolor.
Exames: TSH 18,4 ; T4L 0,6 ; anti-TPO positivo. Hb 11,2, ferritina 9.
A: Hipotireoidismo primario (tireoidite de Hashimoto); Anemia ferropriva; Sobrepeso
P: levotiroxina 50 mcg VO em jejum, 1x/dia; sulfato ferroso 40 mg Fe VO 2x/dia antes das refeicoes; dieta; repetir TSH em 6 semanas.
Dra. [[N|Beatriz Almeida Costa]] - Medicina de Familia - CRM [[CED*|145.882]]""",
     [("levotiroxina", "50 mcg", "VO", "1x/dia"), ("sulfato ferroso", "40 mg", "VO", "2x/dia antes das refeicoes")],
     [("Hipotireoidismo primario", None), ("tireoidite de Hashimoto", None), ("Anemia ferropriva", None),
      ("Sobrepeso", None)],
     negated=["constipacao", "queixas urinarias"])

cpf19 = cpf("052117364")
note("h3-es-br-19", "BR", "es", f"""LABORATORIO FLEURY-VIDA - UNIDADE BOTAFOGO
LAUDO DE EXAMES

Nome: [[N|Carlos Eduardo Monteiro Santos]]
Data de nascimento: [[B|03/03/1979]]   Sexo: Masculino
Prontuario: [[R*|FV-2026-556102]]   Pedido: 88712
CPF [[CPF*|{cpf19}]] -- Convenio: Bradesco Saude, carteirinha [[R*|882 441 0098712 002]]
Medico solicitante: [[N|Paulo Henrique Barros]]  CRM-RJ [[CED*|52.77431-0]]
Coleta: 28/10/2026

HEMOGRAMA COMPLETO
 Hemacias ........... 4,9 milhoes/mm3
 Hemoglobina ........ 14,8 g/dL
 Leucocitos ......... 7.200 /mm3
 Plaquetas .......... 210.000 /mm3
PERFIL HEPATICO
 TGO (AST) .......... 88 U/L   (ate 40)   ALTERADO
 TGP (ALT) .......... 124 U/L  (ate 41)   ALTERADO
 Gama-GT ............ 210 U/L  (ate 60)   ALTERADO
SOROLOGIAS
 HBsAg .............. NAO REAGENTE
 Anti-HCV ........... NAO REAGENTE
Indicacao clinica: esteatose hepatica; etilismo. Paciente em uso de sinvastatina 20 mg.
Liberado por: Biomedica [[N|Renata Figueiredo]]""",
     [("sinvastatina", "20 mg", None, None)],
     [("esteatose hepatica", None), ("etilismo", None)])

# === Ecuador =====================================================================================================
ec20 = ec_cedula("171884520")
note("h3-es-ec-20", "EC", "es", f"""HOSPITAL CARLOS ANDRADE MARIN - IESS QUITO
EPICRISIS / INFORME DE ALTA

Paciente: [[N|Segundo Manuel Guamán Chicaiza]]
Cedula de ciudadania: [[CED*|{ec20}]]     H. Clinica: [[R*|2026-0448816]]
Fecha de nacimiento: [[B|11/09/1950]]
Direccion: [[A|Barrio La Ecuatoriana, calle S42 Oe5-118, Quito]]
Familiar responsable: [[N|Blanca Chicaiza]] (esposa) - [[T|099 512 6634]]

Fecha de ingreso: 20/10/2026       Fecha de alta: 29/10/2026
Servicio: Medicina Interna
RESUMEN: Paciente de 76 años con ICC, FA cronica y ERC que ingresa por anasarca y disnea de reposo. Se maneja con diuretico IV con balance negativo de 9 L. Presento hiperkalemia leve que se corrigio. No requirio UCI. Sin dolor toracico durante la hospitalizacion.
DIAGNOSTICOS DEFINITIVOS:
- Insuficiencia cardiaca descompensada, FEVI 30% (I50.0)
- Fibrilacion auricular permanente
- Enfermedad renal cronica estadio 3b
- Anemia de enfermedad cronica
MEDICACION AL ALTA:
 furosemida 40 mg VO BID
 espironolactona 25 mg VO QD
 bisoprolol 5 mg VO QD
 rivaroxaban 15 mg VO QD con la cena
 atorvastatina 20 mg VO HS
Se suspende digoxina por niveles toxicos (2.4 ng/ml) y se suspende tambien enalapril por hiperkalemia.
Control por consulta externa de cardiologia en 2 semanas. Dieta hiposodica, restriccion hidrica 1.5 L/dia.
Medico tratante: Dra. [[N|Verónica Paredes Jaramillo]]   Cod. MSP [[CED*|1705-2011-118]]""",
     [("furosemida", "40 mg", "VO", "BID"), ("espironolactona", "25 mg", "VO", "QD"),
      ("bisoprolol", "5 mg", "VO", "QD"), ("rivaroxaban", "15 mg", "VO", "QD con la cena"),
      ("atorvastatina", "20 mg", "VO", "HS")],
     [("Insuficiencia cardiaca descompensada", "I50.0"), ("Fibrilacion auricular permanente", None),
      ("Enfermedad renal cronica estadio 3b", None), ("Anemia de enfermedad cronica", None),
      ("hiperkalemia leve", None), ("ICC", None), ("FA cronica", None), ("ERC", None)],
     negated=["dolor toracico"], stopped=["digoxina", "enalapril"])

ec21 = ec_cedula("090766134", bad=True)
note("h3-es-ec-21", "EC", "es", f"""CONSULTORIO MEDICO "SANTA MARIANITA" - GUAYAQUIL, Urdesa Central
Dr. [[N|Kléber Andrade Macías]] - Medicina General - Reg. Senescyt [[CED*|1006-12-1148822]]

RECETA
Pcte: [[N|Mercedes Alvarado de León]]    CI: [[CED*|{ec21}]]     Edad: 61
Fecha: 02/11/2026

Dg: Infeccion de vias urinarias baja (cistitis aguda). Antecedente de DM tipo 2 y HTA.

1.- Nitrofurantoina 100 mg, tomar una capsula cada 6 horas x 7 dias
2.- Fenazopiridina 100 mg, 1 tab c/8 horas por 2 dias
3.- Continuar Metformina 1000 mg despues del almuerzo y merienda
4.- Continuar Losartan 100 mg 1 vez al dia
Tomar abundante agua. Si fiebre, dolor lumbar o vomitos acudir a emergencia.
Alergia: penicilina.

Firma ____________""",
     [("nitrofurantoina", "100 mg", None, "cada 6 horas"), ("fenazopiridina", "100 mg", None, "c/8 horas"),
      ("metformina", "1000 mg", None, "despues del almuerzo y merienda"), ("losartan", "100 mg", None, "1 vez al dia")],
     [("Infeccion de vias urinarias baja", None), ("cistitis aguda", None), ("DM tipo 2", None), ("HTA", None)])

# === Uruguay =====================================================================================================
uy22 = uy_ci("3884127")
note("h3-es-uy-22", "UY", "es", f"""CASMU - Policlinica Medicina General, Sede Centro
Consulta 30/10/2026

Usuario: [[N|Washington Daniel Pereyra Silva]]   CI [[CED*|{uy22}]]   HC [[R*|CASMU-771230]]
Cel. [[T|099 184 552]]

MC: control, resultados de paraclinica.
AP: EPOC leve, HTA, dislipemia, gota (ultimo episodio hace 6 meses). Extabaquista. No DM. No cardiopatia conocida.
Medicacion: amlodipina 10 mg/dia, atorvastatina 20 mg/dia, alopurinol 300 mg/dia, salbutamol inh 2 puff si falta de aire.
EA: asintomatico. Sin disnea, sin dolor articular, no edemas.
EF: PA 134/82, FC 72, SatO2 96%. MAV conservado sin estertores. Sin tofos.
Paraclinica: uricemia 6,1; LDL 94; creatinina 1,0; funcional respiratorio VEF1 72%.
Impresion: EPOC leve estable - HTA controlada - Gota sin crisis - Dislipemia en metas
Plan: mantiene tratamiento; vacuna antigripal y antineumococica; control en 6 meses.
Dr. [[N|Gonzalo Techera]]""",
     [("amlodipina", "10 mg/dia", None, None), ("atorvastatina", "20 mg/dia", None, None),
      ("alopurinol", "300 mg/dia", None, None), ("salbutamol", None, "inh", "si falta de aire")],
     [("EPOC leve", None), ("HTA", None), ("dislipemia", None), ("gota", None)],
     negated=["DM", "cardiopatia", "disnea", "dolor articular", "edemas", "estertores", "tofos"])

uy23 = uy_ci("1942336", bad=True)
note("h3-es-uy-23", "UY", "es", f"""Montevideo, 4 de noviembre de 2026

Sr. Medico Cirujano Vascular
Hospital de Clinicas - Dr. Manuel Quintela
Presente

De mi mayor consideracion:
Derivo a la Sra. [[N|Elsa Raquel Martínez Olivera]], de 77 años, C.I. [[CED*|{uy23}]], FNac [[B|08/05/1949]],
domiciliada en [[A|Bvar. Artigas 1623 apto 302, Montevideo]], tel. [[T|2408 3371]], por ulcera venosa en MII de 4 meses de evolucion, que no cicatriza pese a curaciones.
Antecedentes personales: insuficiencia venosa cronica CEAP C6, obesidad, HTA, hipotiroidismo. No diabetica. No arteriopatia periferica (ITB 1,0).
Tratamiento actual: enalapril 20 mg c/12 h v/o; levotiroxina 88 mcg v/o en ayunas; diosmina/hesperidina 500 mg v/o c/12h.
Recibio ciprofloxacina 500 mg c/12h por celulitis perilesional, finalizado el 28/10.
Solicito valoracion para tratamiento quirurgico de varices.
Queda a las ordenes su hija [[N|Andrea Martínez]] ([[E|andrea.martinez.o@adinet.com.uy]]) para coordinar.

Saluda atte.,
Dra. [[N|Cecilia Larrosa]]
Medicina Familiar y Comunitaria""",
     [("enalapril", "20 mg", "v/o", "c/12 h"), ("levotiroxina", "88 mcg", "v/o", "en ayunas"),
      ("diosmina/hesperidina", "500 mg", "v/o", "c/12h")],
     [("ulcera venosa en MII", None), ("insuficiencia venosa cronica CEAP C6", None), ("obesidad", None),
      ("HTA", None), ("hipotiroidismo", None), ("celulitis perilesional", None)],
     negated=["diabetica", "arteriopatia periferica"], stopped=["ciprofloxacina"])

# === Venezuela ===================================================================================================
note("h3-es-ve-24", "VE", "es", """HOSPITAL UNIVERSITARIO DE CARACAS - EMERGENCIA DE ADULTOS
HOJA DE EMERGENCIA

Nombre: [[N|José Gregorio Hernández Rivas]]   C.I.: [[CED*|V-14.552.908]]   Edad: 45a
Telf: [[T|0414-327.18.56]]   Dir: [[A|Urb. Los Chaguaramos, Av. Neverí, Res. El Saman piso 4, Caracas]]
Familiar: [[N|Yelitza Rivas]] (hermana)

MOTIVO: convulsion tonico-clonica generalizada en via publica, con relajacion de esfinteres, recuperacion parcial de conciencia.
APP: epilepsia desde los 20 años en tto con fenitoina 100 mg VO TID, con abandono del tratamiento hace 2 semanas por falta del medicamento. Alcohol ocasional. Niega HTA, DM. No trauma craneal referido.
EF: TA 140/90 FC 110 FR 20 T 37.2. Glasgow 13/15 postictal, sin signos de focalizacion. Mordedura lateral de lengua.
Glicemia capilar 98 mg/dl.
IDX: 1) Crisis epileptica generalizada por abandono de tratamiento  2) Epilepsia
TX: diazepam 10 mg EV lento si nueva crisis; fenitoina 15 mg/kg EV dosis de impregnacion y luego 100 mg EV c/8h; SS 0,9% 1000 cc para 8 horas; tiamina 100 mg IM OD.
Obs. en emergencia. TAC de craneo.
Md. de guardia: [[N|Oriana Bracho]], R1 Medicina Interna""",
     [("diazepam", "10 mg", "EV", "si nueva crisis"), ("fenitoina", "100 mg", "EV", "c/8h"),
      ("SS 0,9%", "1000 cc", None, "para 8 horas"), ("tiamina", "100 mg", "IM", "OD")],
     [("Crisis epileptica generalizada por abandono de tratamiento", None), ("Epilepsia", None)],
     negated=["HTA", "DM", "trauma craneal"])

note("h3-es-ve-25", "VE", "es", """CLINICA LUIS RAZETTI - MARACAIBO
HISTORIA DE INGRESO - GINECOLOGIA Y OBSTETRICIA

Paciente: [[N|Maria Alejandra Urdaneta Fuenmayor]]   CI [[CED*|V-22.118.740]]   HC [[R*|CLR-9981]]
FUR: 10/03/2026   FPP: 15/12/2026   G3 P1 C1
Esposo: [[N|Luis Enrique Fuenmayor]]   tlf [[T|0261-797.44.10]]

MOTIVO DE INGRESO: cefalea, fosfenos y edema de miembros inferiores. Embarazo de 33 semanas.
ANTECEDENTES: HTA cronica desde hace 3 años (tomaba losartan, cambiado a metildopa al saber del embarazo), hipotiroidismo. Cesarea anterior 2021. Niega asma, niega alergias.
EXAMEN: TA 168/112, FC 92. AU 30 cm, FCF 144 lpm. Edema G II. ROT aumentados, sin clonus.
LABS: proteinuria 24h 1,8 g, plaquetas 138.000, TGO 48, LDH 520.
DX:
1. Preeclampsia con criterios de severidad sobreagregada a HTA cronica
2. Embarazo de 33 semanas por FUR
3. Cesarea anterior
4. Hipotiroidismo
PLAN: sulfato de magnesio 4 g EV impregnacion en 20 min, luego 1 g/h EV en infusion; nifedipino 10 mg VO c/20 min si TA >= 160/110 (max 3 dosis); metildopa 500 mg VO c/8h; betametasona 12 mg IM c/24h x 2 dosis; levotiroxina 50 mcg VO OD.
Medico tratante: Dr. [[N|Ramón Villalobos]]  MPPS [[CED*|78.241]]  CMZ 9.442""",
     [("sulfato de magnesio", "4 g", "EV", None), ("nifedipino", "10 mg", "VO", "c/20 min si TA >= 160/110"),
      ("metildopa", "500 mg", "VO", "c/8h"), ("betametasona", "12 mg", "IM", "c/24h"),
      ("levotiroxina", "50 mcg", "VO", "OD")],
     [("Preeclampsia con criterios de severidad sobreagregada a HTA cronica", None),
      ("Embarazo de 33 semanas", None), ("Cesarea anterior", None), ("Hipotiroidismo", None), ("HTA cronica", None)],
     negated=["asma", "alergias", "clonus"], stopped=["losartan"])

# === Central America =============================================================================================
note("h3-es-gt-26", "GT", "es", """LABORATORIO CLINICO HERRERA LLERANDI
Zona 10, Ciudad de Guatemala
REPORTE DE RESULTADOS

Paciente ......: [[N|Ixchel Marisol Cojtí Tzoc]]
DPI ...........: [[DNI*|2984 55172 0101]]
F. Nac. .......: [[B|17/12/1990]]           Edad: 35 años   Sexo: F
No. Orden .....: 26-009871        Expediente: [[R*|HL-118740]]
Medico ........: Dr. [[N|Otto René Castañeda]]
Muestra .......: sangre venosa / orina      Fecha: 09/11/2026

HEMATOLOGIA
  Hemoglobina        9.4 g/dL      (12.0-16.0)  BAJO
  Hematocrito        29 %          (36-46)      BAJO
  VCM                71 fL         (80-100)     BAJO
  Plaquetas          412,000 /uL
UROANALISIS
  Nitritos           POSITIVO
  Leucocitos         25-30 x campo
  Bacterias          abundantes
PRUEBA DE EMBARAZO (B-hCG cualitativa): NEGATIVA

Diagnostico clinico: anemia microcitica hipocromica, ITU
Nota: la paciente indica que toma sulfato ferroso 300 mg VO diario desde hace 1 semana.
Reviso: Lic. [[N|Mynor Ajanel]], Quimico Biologo, Col. [[CED*|2217]]""",
     [("sulfato ferroso", "300 mg", "VO", "diario")],
     [("anemia microcitica hipocromica", None), ("ITU", None)])

note("h3-es-cr-27", "CR", "es", """CAJA COSTARRICENSE DE SEGURO SOCIAL
EBAIS Barrio Amón - Area de Salud Catedral Noreste
RECETA MEDICA

Nombre: [[N|Luis Diego Solano Vargas]]     Cedula: [[CED*|1-1024-0387]]    Edad: 71
Expediente: [[R*|110240387]]     Tel: [[T|8845-2176]]

Dx: HTA + DM2 + hiperplasia prostatica benigna + dislipidemia

* Losartan potasico 50 mg: 1 tab VO BID  (#60)
* Hidroclorotiazida 25 mg: 1 tab VO cada mañana  (#30)
* Metformina 500 mg: 2 tab VO BID con comidas  (#120)
* Tamsulosina 0.4 mg: 1 cap VO HS  (#30)
* Lovastatina 20 mg: 1 tab VO HS  (#30)
* Acetaminofen 500 mg: 1-2 tab VO c/8h PRN dolor (#30)

Se omite glibenclamida (HbA1c 6.4, hipoglucemias).
Proxima cita 3 meses. Muestras: glicemia, HbA1c, perfil lipidico, creatinina, PSA.
Dr. [[N|Andrés Mora Jiménez]]  cod. [[CED*|MED-9912]]""",
     [("losartan potasico", "50 mg", "VO", "BID"), ("hidroclorotiazida", "25 mg", "VO", "cada mañana"),
      ("metformina", "500 mg", "VO", "BID con comidas"), ("tamsulosina", "0.4 mg", "VO", "HS"),
      ("lovastatina", "20 mg", "VO", "HS"), ("acetaminofen", "500 mg", "VO", "c/8h PRN dolor")],
     [("HTA", None), ("DM2", None), ("hiperplasia prostatica benigna", None), ("dislipidemia", None)],
     stopped=["glibenclamida"])

note("h3-es-hn-28", "HN", "es", """Hospital Escuela - Consulta Externa de Medicina Interna, Tegucigalpa
NOTA SOAP  07/11/2026

Paciente: [[N|Dilcia Yamileth Mejía Zelaya]]    Identidad: [[DNI*|0801-1979-04418]]   Exp. [[R*|HE-2019-55102]]
Cel: [[T|+504 9874-3310]]

S: Pcte fem 47 a con LES dx 2019 y nefritis lupica clase IV, acude a control. Refiere artralgias en manos y caida de cabello. Niega fiebre, no ulceras orales, no dolor pleuritico. Cumple tx. Suspendio por cuenta propia la azatioprina hace 1 mes por nauseas.
O: PA 142/90, FC 84, peso 61 kg. Alopecia difusa leve. Sinovitis en 2a y 3a MCF bilateral. Edema MsIs +.
Lab: C3 bajo, anti-DNA 1:320, proteinuria 1.9 g/24h, Cr 1.3, Hb 10.8
A:
1) Lupus eritematoso sistemico activo (SLEDAI 12)
2) Nefritis lupica clase IV
3) HTA secundaria
4) Anemia normocitica
P:
- prednisona 30 mg VO cada dia en la mañana
- micofenolato mofetil 1 g VO c/12h (inicia, sustituye azatioprina)
- hidroxicloroquina 200 mg VO c/dia
- enalapril 10 mg VO BID
- calcio + vit D 600 mg/400 UI VO c/dia
- omeprazol 20 mg VO en ayunas
Ref a nefrologia. Cita 4 semanas.
Dra. [[N|Karla Sierra]] / Residente: Dr. [[N|Josué Maradiaga]]""",
     [("prednisona", "30 mg", "VO", "cada dia en la mañana"), ("micofenolato mofetil", "1 g", "VO", "c/12h"),
      ("hidroxicloroquina", "200 mg", "VO", "c/dia"), ("enalapril", "10 mg", "VO", "BID"),
      ("calcio + vit D", "600 mg/400 UI", "VO", "c/dia"), ("omeprazol", "20 mg", "VO", "en ayunas")],
     [("Lupus eritematoso sistemico activo", None), ("Nefritis lupica clase IV", None),
      ("HTA secundaria", None), ("Anemia normocitica", None)],
     negated=["fiebre", "ulceras orales", "dolor pleuritico"], stopped=["azatioprina"])

note("h3-es-pa-29", "PA", "es", """COMPLEJO HOSPITALARIO DR. ARNULFO ARIAS MADRID - CSS PANAMA
NOTA DE EGRESO

Paciente: [[N|Rubén Darío Castillo Pinzón]]   Cedula: [[CED*|8-742-1563]]   No. Seguro Social: [[R*|8-742-1563-00]]
Fecha de nacimiento: [[B|25/05/1962]]
Direccion: [[A|Calle 3ra, casa 27, Brisas del Golf, San Miguelito]]
Contacto de emergencia: [[N|Itzel de Castillo]] - [[T|6612-8834]]

Ingreso: 01/11/2026    Egreso: 06/11/2026    Sala: Medicina 3

Motivo de hospitalizacion: celulitis de pierna izquierda en paciente diabetico.
Diagnosticos finales: 1. Celulitis de miembro inferior izquierdo, en mejoria 2. Diabetes mellitus tipo 2 descompensada 3. Enfermedad arterial periferica 4. Obesidad grado II
Evolucion: manejado con clindamicina IV y control glicemico con insulina. Sin abscesos en USG. Afebril 72 h. Doppler arterial con enfermedad infrapoplitea moderada; no amerita revascularizacion urgente.
Medicamentos de egreso:
  a) Clindamicina 300 mg VO c/6h por 7 dias mas
  b) Insulina glargina 22 unidades SC HS
  c) Metformina 850 mg VO BID
  d) Cilostazol 100 mg VO c/12h
  e) Aspirina 81 mg VO diario
  f) Acetaminofen 1 g VO c/6h si dolor
Cuidados de la herida, elevacion del miembro. Control en Consulta Externa de Medicina y Vascular.
Medico tratante: Dr. [[N|Eduardo Sanjur]]   Firma y sello""",
     [("clindamicina", "300 mg", "VO", "c/6h"), ("insulina glargina", "22 unidades", "SC", "HS"),
      ("metformina", "850 mg", "VO", "BID"), ("cilostazol", "100 mg", "VO", "c/12h"),
      ("aspirina", "81 mg", "VO", "diario"), ("acetaminofen", "1 g", "VO", "c/6h si dolor")],
     [("Celulitis de miembro inferior izquierdo", None), ("Diabetes mellitus tipo 2 descompensada", None),
      ("Enfermedad arterial periferica", None), ("Obesidad grado II", None)],
     negated=["abscesos"])

note("h3-es-sv-30", "SV", "es", """HOSPITAL NACIONAL ROSALES - UNIDAD DE EMERGENCIA
HOJA DE ATENCION DE EMERGENCIA      Hora de llegada 21:40

Nombre: [[N|Santos Ernesto Ayala Portillo]]   DUI: [[DNI*|04521877-3]]   Edad: 58 años
Registro: [[R*|HNR-26-118201]]   Telefono familiar: [[T|7745-2291]] (esposa, [[N|Ana Portillo]])

Consulta por: hematemesis en 3 ocasiones y melena desde ayer.
Antecedentes: cirrosis hepatica por alcohol (Child B), varices esofagicas, DM2. Usa propranolol 40 mg VO c/12h y espironolactona 100 mg VO c/dia. Niega uso de AINES. No anticoagulantes.
Examen: PA 88/52 FC 124 FR 22. Palidez marcada, ictericia leve, ascitis moderada. Sin asterixis.
Hb 6.9 g/dl, plaquetas 68 mil, TP 18 seg.
Diagnostico:
• Hemorragia digestiva alta variceal
• Choque hipovolemico grado III
• Cirrosis hepatica Child-Pugh B
• DM2
Manejo:
• 2 vias perifericas gruesas, Hartmann 1000 cc EV en bolo
• Transfundir 2 U de GRE
• Octreotide 50 mcg EV bolo y luego 50 mcg/h en infusion
• Ceftriaxona 1 g EV c/24h
• Omeprazol 80 mg EV STAT
• Se suspende propranolol y espironolactona por hipotension
• Endoscopia de urgencia
Medico de turno: Dra. [[N|Roxana Menjívar]]""",
     [("Hartmann", "1000 cc", "EV", "en bolo"), ("octreotide", "50 mcg", "EV", "bolo"),
      ("ceftriaxona", "1 g", "EV", "c/24h"), ("omeprazol", "80 mg", "EV", "STAT")],
     [("Hemorragia digestiva alta variceal", None), ("Choque hipovolemico grado III", None),
      ("Cirrosis hepatica Child-Pugh B", None), ("DM2", None), ("varices esofagicas", None)],
     negated=["AINES", "anticoagulantes", "asterixis"], stopped=["propranolol", "espironolactona"])

# === Caribbean ===================================================================================================
note("h3-es-do-31", "DO", "es", """HOSPITAL DOCENTE PADRE BILLINI - SANTO DOMINGO
HISTORIA CLINICA DE INGRESO

Nombre: [[N|Ramona Altagracia Peña Guzmán]]      Cedula: [[CED*|001-1457893-2]]
Fecha de nac.: [[B|04/02/1958]]     Record: [[R*|PB-2026-33108]]     ARS: SENASA, afiliado [[R*|SEN-45781120]]
Direccion: [[A|C/ Duarte #112, Villa Francisca, Santo Domingo]]
Tel. [[T|809-688-4120]]   Cel. [[T|829-441-7836]]
Acompañante: [[N|Yudelka Peña]] (hija)

MOTIVO DE CONSULTA: "me duele la cabeza y me siento el lado flojo"
HEA: paciente con cefalea subita de 3 horas, debilidad de hemicuerpo izquierdo y disartria. No perdio el conocimiento. No convulsiono.
APP: HTA de larga data mal controlada, DM2, ERC en hemodialisis 3 veces/sem (fistula AV brazo derecho).
Medicamentos: amlodipino 10 mg VO OD, carvedilol 25 mg VO BID, insulina 70/30 20 UI SC AM y 10 UI SC PM, eritropoyetina 4000 UI SC post HD, carbonato de calcio 500 mg VO TID con comidas.
ALERGIAS: niega.
EF: TA 210/120, FC 88, FR 18. Glasgow 14. Hemiparesia izq 3/5, desviacion de comisura labial.
TAC de craneo: hematoma intraparenquimatoso talamico derecho ~15 cc, sin apertura a ventriculos.
IMPRESION DIAGNOSTICA:
1- ACV hemorragico talamico derecho
2- Emergencia hipertensiva
3- ERC estadio 5 en HD
4- DM2
PLAN: ingreso a UCI, labetalol 20 mg IV bolo, luego infusion titulada para TAS 140-160; cabecera a 30 grados; omeprazol 40 mg IV OD; se suspende amlodipino VO por NPO.
Dr. [[N|Félix Rosario]], Medicina Interna / Dra. [[N|Y. Encarnación]], Neurologia""",
     [("carvedilol", "25 mg", "VO", "BID"), ("insulina 70/30", "20 UI", "SC", "AM"),
      ("eritropoyetina", "4000 UI", "SC", "post HD"), ("carbonato de calcio", "500 mg", "VO", "TID con comidas"),
      ("labetalol", "20 mg", "IV", "bolo"), ("omeprazol", "40 mg", "IV", "OD")],
     [("ACV hemorragico talamico derecho", None), ("Emergencia hipertensiva", None), ("ERC estadio 5 en HD", None),
      ("DM2", None), ("HTA", None)],
     stopped=["amlodipino"])

note("h3-es-pr-32", "PR", "es", """HOSPITAL AUXILIO MUTUO - SAN JUAN, PR
RESUMEN DE ALTA / DISCHARGE SUMMARY

Paciente: [[N|Wilfredo Ortiz Colón]]      DOB: [[B|09/21/1955]]      MRN: [[R*|AM00442918]]
SSN: [[SSN*|583-22-7741]]     Plan: Triple-S Advantage  ID [[R*|TSA-88712340]]
Dirección: [[A|Calle Loíza 1822, Apt 3B, San Juan, PR 00911]]
Contacto de emergencia: [[N|Carmen Ortiz]] (esposa) [[T|(787) 555-0182]]

Fecha de admisión: 10/28/2026     Fecha de alta: 11/02/2026
Attending: [[N|Luis R. Quiñones]], MD

DIAGNOSTICOS DE ALTA:
 1. Exacerbación aguda de EPOC, resuelta
 2. Neumonía del lóbulo inferior derecho
 3. ICC con FEVI preservada
 4. Diabetes mellitus tipo 2
Curso hospitalario: admitido con disnea y tos productiva. Tratado con nebulizaciones, esteroides sistémicos y antibióticos IV. Destetado a O2 a 2 L. No requirió BiPAP. Sin eventos de arritmia en telemetría.
MEDICAMENTOS AL ALTA:
 - Prednisone 40 mg PO daily x 3 more days
 - Azithromycin 250 mg PO daily x 2 days
 - Budesonida/formoterol 160/4.5 mcg 2 inhalaciones BID
 - Albuterol HFA 90 mcg 2 puffs q4h PRN disnea
 - Furosemida 20 mg PO diario
 - Insulina glargina 18 unidades SC al acostarse
 DESCONTINUAR: glipizida.
Seguimiento con neumología en 1 semana.
Firmado electrónicamente por [[N|Gabriela Santiago Rivera]], MD""",
     [("prednisone", "40 mg", "PO", "daily"), ("azithromycin", "250 mg", "PO", "daily"),
      ("budesonida/formoterol", "160/4.5 mcg", None, "BID"), ("albuterol", "90 mcg", None, "q4h PRN disnea"),
      ("furosemida", "20 mg", "PO", "diario"), ("insulina glargina", "18 unidades", "SC", "al acostarse")],
     [("Exacerbación aguda de EPOC", None), ("Neumonía del lóbulo inferior derecho", None),
      ("ICC con FEVI preservada", None), ("Diabetes mellitus tipo 2", None)],
     negated=["arritmia"], stopped=["glipizida"])

note("h3-es-cu-33", "CU", "es", """POLICLINICO DOCENTE "PLAZA DE LA REVOLUCION" - LA HABANA
HOJA DE REMISION (interconsulta)

A: Servicio de Gastroenterologia, Hospital Hermanos Ameijeiras
Paciente: [[N|Yusimí Hernández Cabrera]]      CI: [[CED*|84031209876]]      HC: [[R*|PL-33871]]
Direccion: [[A|Calle 23 No. 1054 e/ 12 y 14, Vedado, Plaza]]
Telefono: [[T|7 831 4490]]

Motivo: Paciente femenina de 42 años con APP de asma bronquial intermitente y gastritis cronica, que presenta dolor epigastrico urente de 3 meses, pirosis y perdida de peso de 4 kg. No vomitos. No melena. No disfagia.
Prueba de H. pylori (antigeno en heces): positiva.
Tratamiento impuesto: omeprazol 20 mg VO c/12h, amoxicilina 1 g VO c/12h, claritromicina 500 mg VO c/12h por 14 dias; salbutamol spray 2 inhalaciones si falta de aire.
Impresion diagnostica: Infeccion por H. pylori. Sindrome dispeptico con signos de alarma (perdida de peso).
Se solicita endoscopia digestiva superior.

Dr. [[N|Orlando Fuentes Valdés]]   Especialista de 1er grado en MGI   Reg. [[CED*|44187]]""",
     [("omeprazol", "20 mg", "VO", "c/12h"), ("amoxicilina", "1 g", "VO", "c/12h"),
      ("claritromicina", "500 mg", "VO", "c/12h"), ("salbutamol", None, None, "si falta de aire")],
     [("Infeccion por H. pylori", None), ("Sindrome dispeptico con signos de alarma", None),
      ("asma bronquial intermitente", None), ("gastritis cronica", None)],
     negated=["vomitos", "melena", "disfagia"])

# === United States (English) =====================================================================================
note("h3-en-us-34", "US", "en", """Riverside Family Medicine - Progress Note
Date of service: 11/03/2026

Patient: [[N|Deborah A. Kowalski]]    DOB: [[B|04/17/1961]]    MRN: [[R*|RFM-0071834]]
Phone: [[T|(614) 555-0139]]    Email: [[E|deb.kowalski61@yahoo.com]]
PCP: [[N|Anil Mehta]], MD

SUBJECTIVE: 65 y/o F here for 3-month f/u of T2DM and HTN. Reports occasional tingling in both feet. Denies chest pain, denies SOB, no polyuria. Stopped taking her glipizide on her own 2 wks ago d/t "shaky spells". Taking other meds as prescribed.
PMH: T2DM, HTN, hyperlipidemia, obesity, OSA on CPAP, hx of breast cancer s/p lumpectomy 2015 (in remission)
Meds: metformin 1000 mg PO BID; lisinopril 20 mg PO daily; atorvastatin 40 mg PO qHS; anastrozole - completed 2020.
Allergies: sulfa (hives)
OBJECTIVE: BP 138/84, HR 76, BMI 34.8. Monofilament decreased bilateral great toes. A1c 8.4 (was 7.9).
ASSESSMENT/PLAN:
1. Type 2 diabetes mellitus with diabetic polyneuropathy, uncontrolled - start semaglutide 0.25 mg SC weekly x 4 wks then 0.5 mg; continue metformin; glipizide discontinued (hypoglycemia).
2. Essential hypertension - at goal for age, continue lisinopril.
3. Hyperlipidemia - continue atorvastatin.
4. Obesity, BMI 34 - nutrition referral.
5. Neuropathic pain - gabapentin 100 mg PO TID as needed for foot pain.
RTC 3 months.
Electronically signed: [[N|Anil Mehta]], MD""",
     [("metformin", "1000 mg", "PO", "BID"), ("lisinopril", "20 mg", "PO", "daily"),
      ("atorvastatin", "40 mg", "PO", "qHS"), ("semaglutide", "0.25 mg", "SC", "weekly"),
      ("gabapentin", "100 mg", "PO", "TID as needed for foot pain")],
     [("Type 2 diabetes mellitus with diabetic polyneuropathy", None), ("Essential hypertension", None),
      ("Hyperlipidemia", None), ("Obesity", None), ("OSA", None), ("Neuropathic pain", None),
      ("T2DM", None), ("HTN", None), ("breast cancer", None)],
     negated=["chest pain", "SOB", "polyuria"], stopped=["glipizide", "anastrozole"])

note("h3-en-us-35", "US", "en", """MERCY GENERAL HOSPITAL - DISCHARGE SUMMARY

Patient name: [[N|Marcus T. Whitfield]]        MRN: [[R*|004481926]]      Acct #: [[R*|A77120834]]
DOB: [[B|1949-08-02]]      SSN: [[SSN*|412-68-3390]]
Address: [[A|2281 Old Mill Rd, Apt 4, Roanoke, VA 24015]]
Emergency contact: [[N|Linda Whitfield]] (daughter) [[T|540-555-0176]]
Admit date: 10/30/2026      Discharge date: 11/04/2026
Attending: [[N|Priya Raman]], MD      Consults: Cardiology ([[N|J. Okafor]], MD)

DISCHARGE DIAGNOSES:
Acute on chronic systolic heart failure, improved; atrial fibrillation with RVR, rate controlled; acute kidney injury, resolved; CKD stage 3a; type 2 diabetes

HOSPITAL COURSE: 77M with HFrEF (EF 25%), paroxysmal AF, CKD and T2DM admitted with 10-lb weight gain and orthopnea. Diuresed with IV furosemide, net -6.2 L. AF with RVR on arrival, rate controlled with metoprolol. Creatinine peaked at 2.1 and returned to baseline 1.4. No chest pain, troponin flat x3. Not a candidate for ablation at this time.

DISCHARGE MEDICATIONS:
  START  apixaban 5 mg PO twice daily
  CHANGE metoprolol succinate 100 mg PO once daily (was 50 mg)
  CONTINUE furosemide 40 mg PO BID
  CONTINUE empagliflozin 10 mg PO daily
  CONTINUE insulin glargine 20 units subcut at bedtime
  STOP   aspirin 81 mg (now on apixaban)
  STOP   naproxen
Follow-up: HF clinic 7 days; BMP in 1 week. Daily weights; call if gain > 3 lb overnight.

Dictated by: [[N|Kevin Lu]], PA-C for [[N|Priya Raman]], MD""",
     [("apixaban", "5 mg", "PO", "twice daily"), ("metoprolol succinate", "100 mg", "PO", "once daily"),
      ("furosemide", "40 mg", "PO", "BID"), ("empagliflozin", "10 mg", "PO", "daily"),
      ("insulin glargine", "20 units", "subcut", "at bedtime")],
     [("Acute on chronic systolic heart failure", None), ("atrial fibrillation with RVR", None),
      ("acute kidney injury", None), ("CKD stage 3a", None), ("type 2 diabetes", None),
      ("HFrEF", None), ("paroxysmal AF", None), ("T2DM", None)],
     negated=["chest pain"], stopped=["aspirin", "naproxen"])

note("h3-en-us-36", "US", "en", """EMERGENCY DEPARTMENT NOTE - St. Luke's Medical Center, Houston TX
Arrival 03:12   Triage ESI 2

Pt: [[N|Guadalupe "Lupe" Rentería]]   DOB [[B|12/05/1988]]   MRN [[R*|SLM-22081447]]
Ph [[T|832-555-0114]]   Lang: Spanish (interpreter used)   Accompanied by husband [[N|Javier Rentería]]
Insurance: Medicaid ID [[R*|711448092]]

CC: abdominal pain, vaginal bleeding
HPI: 37 yo G2P1 with LMP ~7 wks ago, presenting with sudden RLQ pain x 4 hrs and spotting. + dizziness. Denies fever, denies dysuria. No prior ectopic. No trauma.
PMH: asthma (mild intermittent), hypothyroidism. PSH: C-section 2019. 
Home meds: levothyroxine 75 mcg PO daily, albuterol inhaler PRN wheezing. NKDA.
Exam: BP 92/58 HR 118 T 36.9 SpO2 99% RA. Pale, diaphoretic. Abd: RLQ tenderness w/ guarding, + rebound.
Labs/Imaging: qHCG 3,420. Hgb 9.8. TVUS: no IUP, R adnexal mass, moderate free fluid.
ED course: 2 large bore IVs, LR 1 L IV bolus x2, ondansetron 4 mg IV q6h prn nausea, morphine 4 mg IV once. Type & cross 2 units. Rh negative -> RhoGAM 300 mcg IM given.
IMPRESSION:
 - Ruptured right ectopic pregnancy
 - Hemorrhagic shock, class II
 - Hypothyroidism
 - Asthma
DISPO: OB/GYN (Dr. [[N|Hannah Brooks]]) at bedside, to OR emergently.
[[N|Samuel Ortega]], DO - Emergency Medicine""",
     [("levothyroxine", "75 mcg", "PO", "daily"), ("albuterol", None, None, "PRN wheezing"),
      ("LR", "1 L", "IV", None), ("ondansetron", "4 mg", "IV", "q6h prn nausea"),
      ("morphine", "4 mg", "IV", "once"), ("RhoGAM", "300 mcg", "IM", None)],
     [("Ruptured right ectopic pregnancy", None), ("Hemorrhagic shock, class II", None),
      ("Hypothyroidism", None), ("Asthma", None)],
     negated=["fever", "dysuria", "trauma"])

note("h3-en-us-37", "US", "en", """QUEST CLINICAL LABORATORIES - FINAL REPORT

PATIENT: [[N|NGUYEN, THANH V]]                 SEX: M     AGE: 54
DOB: [[B|03/29/1972]]                          SSN: XXX-XX-[[SSN*|8817]]
MRN: [[R*|MHS-55120938]]      ACCESSION: 26-301-44812
ORDERING PHYSICIAN: [[N|RACHEL GOLDBERG]], MD
CLIENT: Lakeview Internal Medicine
COLLECTED: 11/06/2026 08:05    REPORTED: 11/06/2026 14:22

TEST                         RESULT      FLAG   UNITS        REFERENCE
LIPID PANEL
  Cholesterol, Total         262         H      mg/dL        <200
  HDL Cholesterol            34          L      mg/dL        >39
  Triglycerides              410         H      mg/dL        <150
  LDL-C (calc)               NOT CALC                         TG>400
HEPATIC FUNCTION PANEL
  ALT                        61          H      U/L          9-46
  AST                        44          H      U/L          10-40
TSH                          2.10               mIU/L        0.40-4.50
HEMOGLOBIN A1c               6.1         H      %            <5.7

CLINICAL INFO: hypertriglyceridemia; prediabetes; fatty liver. On fenofibrate 145 mg daily.
Performing lab: 1901 Sulphur Spring Rd, Baltimore MD. Medical Director: [[N|Patrick Mahoney]], MD""",
     [("fenofibrate", "145 mg", None, "daily")],
     [("hypertriglyceridemia", None), ("prediabetes", None), ("fatty liver", None)])

note("h3-en-us-38", "US", "en", """Northside Pulmonary & Sleep Associates
1200 Peachtree St NE, Suite 410, Atlanta, GA

November 5, 2026

[[N|Elena Vasquez]], MD
Cardiology, Emory Heart & Vascular

RE: [[N|Harold J. Simmons]]   DOB [[B|06/11/1952]]   MRN [[R*|NPS-19920413]]

Dear Dr. [[N|Vasquez]],

Thank you for seeing Mr. [[N|Simmons]], a 74-year-old retired machinist whom I follow for COPD (GOLD 3, group E) and chronic hypoxemic respiratory failure on 2 L home oxygen. He also has pulmonary hypertension on his last echo (RVSP 58 mmHg), OSA on CPAP, and hypertension. He does not have diabetes or known CAD. He quit smoking in 2010 (50 pack-years).
I am referring him for evaluation of worsening exertional dyspnea out of proportion to his lung function and new bilateral ankle edema; BNP was 640 last week.
Current medications:
  1. Fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg, 1 inhalation daily
  2. Albuterol 90 mcg, 2 puffs every 4 hours as needed
  3. Amlodipine 5 mg by mouth daily
  4. Roflumilast 500 mcg by mouth daily
I discontinued his theophylline last month because of palpitations.
He can be reached at [[T|(404) 555-0167]]; his wife [[N|Margaret Simmons]] helps with scheduling ([[E|msimmons.home@comcast.net]]).

Sincerely,

[[N|Bradley Okonkwo]], MD, FCCP""",
     [("fluticasone furoate/umeclidinium/vilanterol", "100/62.5/25 mcg", None, "daily"),
      ("albuterol", "90 mcg", None, "every 4 hours as needed"), ("amlodipine", "5 mg", "by mouth", "daily"),
      ("roflumilast", "500 mcg", "by mouth", "daily")],
     [("COPD", None), ("chronic hypoxemic respiratory failure", None), ("pulmonary hypertension", None),
      ("OSA", None), ("hypertension", None)],
     negated=["diabetes", "CAD"], stopped=["theophylline"])


if __name__ == "__main__":
    write(os.path.dirname(os.path.abspath(__file__)))
