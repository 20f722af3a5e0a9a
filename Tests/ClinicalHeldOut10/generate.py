#!/usr/bin/env python3
"""Tenth held-out set (issue 17), written blind on 2026-12-02: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring and first three notes of Tests/ClinicalHeldOut9/generate.py (file format and labelling
conventions) and Tests/ClinicalHeldOut9/README.md. Run: python3 generate.py (rewrites every h10-*.json beside it,
checks every note, prints the counts to stderr).
Conventions (the same as HeldOut9's and HeldOut8's, so labels are comparable across sets): a medication's dose, route
and frequency are verbatim spans of the note (None when absent), the frequency keeps its as-needed clause (PRN, SOS,
si dolor, as needed); comorbidities under history headers are diagnoses, labelled once even when named again; denied
findings go to `negated`, stopped/suspended drugs to `stopped`. A title (Dr., Dra., Lic.) stays outside a name;
national ids are DNI (CURP/RFC/CPF/RUT/SSN keep their own kinds, the Mexican NSS is SSN), clinicians' registrations
are CEDULA, record/affiliate/order/admission numbers are EXPEDIENTE; visit dates are not PHI, only dates of birth.
No randomness: the output is the same on every run."""
import os, sys
from functools import partial
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import write, curp, rfc, cpf, rut
from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared registries (wrong check digit / valid without label)
# This set's own typos in a wrong check digit (shifts differ from HeldOut8's and HeldOut9's).
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=4), partial(corpuslib.uy_ci, shift=2),
                               partial(corpuslib.do_cedula, shift=3))
nss10, cuit10, dui10 = partial(corpuslib.nss, shift=3), partial(corpuslib.cuit, shift=4), partial(corpuslib.dui, shift=3)

TITLES = {"Dr.", "Dra.", "Sr.", "Sra.", "Srta.", "Lic.", "Enf.", "Don", "Doña", "Ing.", "Dr", "Dra", "Ña", "Aux.",
          "Mr.", "Mrs.", "Ms.", "Prof.", "Lcda.", "Lcdo."}


def note(kind, id, *args, **kw):
    corpuslib.kind_note(kind, id, *args, single_line=True, titles=TITLES, **kw)


# ======================================= Mexico ====================================================================
note("discharge", "h10-es-mx-01", "MX", "es", f"""INSTITUTO MEXICANO DEL SEGURO SOCIAL
HOSPITAL GENERAL DE ZONA No. 2 "LIC. ADOLFO LOPEZ MATEOS", HERMOSILLO, SONORA
NOTA DE EGRESO - MEDICINA INTERNA, CAMA 318-B

Nombre: [[N|MORENO VALENZUELA, JESUS ARMANDO]]     NSS: [[SSN*|{nss10("4189620315")}]]   Agregado [[R*|1M1955OR]]
CURP [[CURP*|{curp("MOVJ550714HSRRLS0")}]]     Fecha de nacimiento: [[B*|14 de julio de 1955]]
Domicilio: [[A|Calle Yaqui 1187, Col. Palo Verde, Hermosillo]]   Tel. [[T|662 218 4407]]
Fecha de ingreso: 24/11/2026   Fecha de egreso: 01/12/2026   Dias de estancia: 7
Medico tratante: [[N|Froylan Esquer Bojorquez]]   Mat. [[CED*|99261175]]

Motivo de egreso: mejoria.

Resumen: masculino de 71 años con antecedente de DM2 de 20 años de evolucion en tratamiento con insulina, HTA de 15
años, IRC estadio 4 sin terapia sustitutiva y amputacion transmetatarsiana izq 2023. Ingresa por celulitis de pierna
derecha con absceso en cara anterior, se drena en quirofano el dia 25 (cultivo S. aureus meticilino sensible). Recibio
cefalotina IV 5 dias y se pasa a via oral. Cursa ademas con descontrol glucemico (glucosas 320-410 al ingreso) que se
corrige con esquema basal-bolo, y con hiperkalemia leve (K 5.9) que respondio a ajuste de dieta y suspension del
losartan. Creatinina de ingreso 3.4, egreso 3.1. No presento fiebre en las ultimas 72 h. Sin datos de osteomielitis en
la radiografia. Herida con tejido de granulacion, sin secrecion.

Diagnosticos de egreso:
1. Celulitis de pierna derecha con absceso drenado (L03.115)
2. Diabetes mellitus tipo 2 descontrolada con hiperglucemia (E11.65)
3. Enfermedad renal cronica estadio 4 (N18.4)
4. Hipertension arterial sistemica (I10)
5. Hiperkalemia resuelta (E87.5)

Indicaciones al egreso:
- Dicloxacilina 500 mg VO cada 6 horas por 7 dias mas
- Insulina NPH 18 UI SC en la mañana y 8 UI en la noche
- Insulina rapida 4 UI SC antes de la comida si glucosa mayor a 200
- Amlodipino 10 mg VO cada 24 h
- Furosemida 40 mg VO cada 12 hrs
- Paracetamol 1 g VO cada 8 horas en caso de dolor
- NO reiniciar losartan hasta valoracion por nefrologia.
Curaciones diarias en su UMF. Cita a la consulta externa de nefrologia y a cirugia general en 2 semanas. Datos de
alarma: fiebre, enrojecimiento que avanza, secrecion fetida, dolor toracico, disnea.
Familiar responsable: [[N|Guadalupe Moreno Ruiz]] (hija), tel [[T|662 144 9023]].
Elaboro: Dr. [[N|Hector Ulises Lugo]] (R2 MI)   Vo.Bo. Dr [[N|Froylan Esquer B.]]
""",
     [("Dicloxacilina", "500 mg", "VO", "cada 6 horas por 7 dias mas"), ("Insulina NPH", "18 UI", "SC", "en la mañana y 8 UI en la noche"),
      ("Insulina rapida", "4 UI", "SC", "antes de la comida si glucosa mayor a 200"),
      ("Amlodipino", "10 mg", "VO", "cada 24 h"), ("Furosemida", "40 mg", "VO", "cada 12 hrs"),
      ("Paracetamol", "1 g", "VO", "cada 8 horas en caso de dolor")],
     [("Celulitis de pierna derecha con absceso drenado", "L03.115"),
      ("Diabetes mellitus tipo 2 descontrolada con hiperglucemia", "E11.65"),
      ("Enfermedad renal cronica estadio 4", "N18.4"), ("Hipertension arterial sistemica", "I10"),
      ("Hiperkalemia resuelta", "E87.5"), ("amputacion transmetatarsiana izq 2023", "Z89.432")],
     negated=["fiebre", "osteomielitis", "secrecion"], stopped=["losartan"])

note("lab report", "h10-es-mx-02", "MX", "es", f"""LABORATORIO DE ANALISIS CLINICOS "BIOQUIMIA DEL BAJIO"
Blvd. Adolfo Lopez Mateos 1902, Leon, Gto.   Tel. 477 716 2210
----------------------------------------------------------------
PACIENTE: [[N|RAMIREZ OLMOS MA. DE LOURDES]]       FOLIO: [[R*|LB-2611-08834]]
EDAD: 52 AÑOS   SEXO: F    F.NAC.: [[B*|03/02/1974]]
MEDICO: DR. [[N|ARTURO PEDROZA]]            FECHA TOMA: 30/11/2026 07:42
----------------------------------------------------------------
ESTUDIO               RESULTADO    UNIDADES     VALOR DE REFERENCIA
GLUCOSA AYUNO           146        mg/dL        70 - 99
HEMOGLOBINA GLUCOSILADA 7.9        %            4.0 - 5.6
COLESTEROL TOTAL        241        mg/dL        < 200
TRIGLICERIDOS           312        mg/dL        < 150
HDL                      38        mg/dL        > 45
LDL (calculado)         141        mg/dL        < 100
CREATININA              0.8        mg/dL        0.5 - 1.1
TSH                     6.8        uUI/mL       0.4 - 4.5
T4 LIBRE                0.9        ng/dL        0.8 - 1.8
EGO: sin leucocituria, nitritos negativos, glucosuria ++
----------------------------------------------------------------
Interpretacion: hiperglucemia en rango de diabetes descontrolada; dislipidemia mixta; hipotiroidismo subclinico.
Valido: Q.F.B. [[N|Silvia Candelas Nuñez]]  Ced. Prof. [[CED*|3350917]]
""",
     [], [("diabetes descontrolada", "E11.65"), ("dislipidemia mixta", "E78.2"), ("hipotiroidismo subclinico", "E02")],
     negated=["leucocituria"])

note("prescription", "h10-es-mx-03", "MX", "es", f"""Dra. [[N|Itzel Maldonado Ocampo]] - Pediatra
U.N.A.M. Cedula Profesional [[CED*|10284471]]  Ced. Esp. [[CED*|12099385]]
Consultorio 4, Clinica San Angel, [[A|Av. Revolucion 1420, Col. San Angel, Alvaro Obregon, CDMX]]  tel [[T|55 5616 0937]]

Paciente: [[N|Emiliano Ruiz Chavez]]   [[CURP|{bare(curp("RUCE210409HDFZHMA"))}]]   5 años, 18.6 kg   02/dic/2026
Dx: faringoamigdalitis estreptococica, rinitis alergica

1.- Amoxicilina susp. 250 mg/5 ml  tomar 7.5 ml cada 12 hrs por 10 dias
2.- Ibuprofeno susp. 100mg/5ml dar 9 ml cada 8 hrs si fiebre o dolor
3.- Loratadina jarabe 5 mg/5 ml, 5 ml cada 24 hrs x 14 dias
Abundantes liquidos. Si no mejora en 48 hrs regresar.
""", [("Amoxicilina", "7.5 ml", None, "cada 12 hrs por 10 dias"), ("Ibuprofeno", "9 ml", None, "cada 8 hrs si fiebre o dolor"),
      ("Loratadina", "5 ml", None, "cada 24 hrs x 14 dias")],
     [("faringoamigdalitis estreptococica", "J02.0"), ("rinitis alergica", "J30.4")])

note("emergency", "h10-es-mx-04", "MX", "es", """Hospital General "Dr. Manuel Gea Gonzalez" - URGENCIAS ADULTOS   nota inicial 01:35
se trata de masculino de 34a, [[N|Oscar Daniel Trejo]], traido por cruz roja tras caer de motocicleta aprox 23:50,
uso casco, refiere perdida del estado de alerta de segundos. lo acompaña su hermano [[N|Rafael Trejo Mena]]
([[T|55 3102 7788]]). sin antecedentes cronicos, niega alergias, toma ocasional de alcohol (hoy 4 cervezas).
EF: TA 128/80 FC 104 FR 20 SatO2 96% aa, Glasgow 15, pupilas isocoricas, herida en ceja izq de 3 cm, dolor y
deformidad en antebrazo derecho con pulsos presentes, abdomen blando sin datos de irritacion peritoneal, FAST negativo.
no hay deficit neurologico focal. Rx: fx diafisaria de radio y cubito der desplazada. TAC craneo simple sin lesiones.
IDx: TCE leve; fx diafisaria de radio y cubito derechos; herida de ceja izquierda; intoxicacion etilica leve
se sutura ceja con nylon 4-0, ferula braquipalmar, se pasa ketorolaco 30 mg IV dosis unica y se deja tramadol 50 mg IV
c/8h, cefalotina 1 g IV c/6h, toxoide tetanico 0.5 ml IM dosis unica. IC a traumatologia para RAFI. ayuno.
Dr. [[N|Saul Iturbide]] R1 urg / Dra. [[N|Karla Bustos Ayala]] adscrita
""", [("ketorolaco", "30 mg", "IV", "dosis unica"), ("tramadol", "50 mg", "IV", "c/8h"), ("cefalotina", "1 g", "IV", "c/6h"),
      ("toxoide tetanico", "0.5 ml", "IM", "dosis unica")],
     [("TCE leve", "S06.0X1A"), ("fx diafisaria de radio y cubito derechos", "S52.301A"),
      ("herida de ceja izquierda", "S01.112A"), ("intoxicacion etilica leve", "F10.120")],
     negated=["alergias", "datos de irritacion peritoneal", "deficit neurologico focal", "antecedentes cronicos"])

note("obstetric consult", "h10-es-mx-05", "MX", "es", """CONTROL PRENATAL - Centro de Salud Urbano T-III "Jose Castro Villagrana", Tlalpan
Fecha: 1-dic-2026    Exp. [[R*|CSU-77120]]
Nombre: [[N|Yesenia Galindo Perez]]  edad 23  G2 P1 C0 A0   FUM: 02/05/2026   SDG 30.3 x FUM, concordante con USG 1er trim
FN [[B*|19-08-2003]]    Pareja: [[N|Brandon Alexis Soto]]   cel [[T|55 4870 1163]]
Sin cefalea, sin fosfenos ni acufenos, niega perdidas transvaginales, percibe movimientos fetales.
TA 118/74, peso 68.4 (+9.1 kg), FU 29 cm, FCF 142 lpm, presentacion cefalica, edema -.
Labs 28 sem: Hb 10.2, CTOG 75 g: 92 / 188 / 163 -> alterada en 1 valor a la hora... (IADPSG: 1 valor basta)
VIH y VDRL no reactivos.
IDx: embarazo de 30.3 sdg normoevolutivo / anemia leve del embarazo / diabetes gestacional dx por CTOG
Plan: fumarato ferroso 200 mg VO c/24h, acido folico 0.4 mg VO diario, metformina 850 mg VO con la cena, dieta de
1800 kcal y envio a nutricion, automonitoreo de glucosa. Cita en 2 semanas. Datos de alarma explicados.
MPSS [[N|Ana Sofia Curiel]] / supervisa Dra. [[N|Leonor Zavala]] ced [[CED*|7731205]]
""", [("fumarato ferroso", "200 mg", "VO", "c/24h"), ("acido folico", "0.4 mg", "VO", "diario"),
      ("metformina", "850 mg", "VO", "con la cena")],
     [("embarazo de 30.3 sdg normoevolutivo", "Z34.83"), ("anemia leve del embarazo", "O99.013"),
      ("diabetes gestacional dx por CTOG", "O24.419")],
     negated=["cefalea", "fosfenos", "acufenos", "perdidas transvaginales", "VIH"])

note("occupational health", "h10-es-mx-06", "MX", "es", f"""SERVICIO MEDICO - MINERA PEÑASQUITO, MAZAPIL, ZAC.    Examen periodico anual
Trabajador: [[N|Zuñiga Cardona Isidro]]   No. empleado [[R*|PQ-018877]]   Puesto: operador de camion de acarreo
NSS [[SSN*|{typo(nss10("5301780244", bad=True))}]]    RFC [[RFC*|{rfc("ZUCI810322LK")}]]   Nac. [[B*|22/03/1981]]
Antecedentes: HTA dx 2022 en tratamiento, obesidad grado I. Tabaquismo negado. Sin lesiones previas en el trabajo.
Audiometria: hipoacusia neurosensorial bilateral leve en 4 kHz (trauma acustico). Espirometria normal.
TA 142/92, IMC 32.1. Agudeza visual 20/20 ambos ojos. Prueba de alcohol y drogas negativa.
Vacunas aplicadas hoy: Td refuerzo 0.5 ml IM deltoides dosis unica; influenza estacional 0.5 ml IM dosis anual.
Tx actual: enalapril 10 mg c/12 h VO.
Dictamen: APTO con restricciones (uso obligado de proteccion auditiva doble; control de TA en 1 mes)
Dx: Hipertension arterial no controlada; obesidad grado I; hipoacusia inducida por ruido bilateral
Medico del trabajo: Dr. [[N|Rigoberto Esparza Lamas]]  Ced. [[CED*|5518820]]
""", [("Td", "0.5 ml", "IM", "dosis unica"), ("influenza estacional", "0.5 ml", "IM", "dosis anual"),
      ("enalapril", "10 mg", "VO", "c/12 h")],
     [("HTA dx 2022", "I10"), ("obesidad grado I", "E66.811"), ("hipoacusia neurosensorial bilateral leve en 4 kHz", "H90.3"),
      ("Hipertension arterial no controlada", "I10"), ("hipoacusia inducida por ruido bilateral", "H83.3X3")],
     negated=["Tabaquismo", "lesiones previas en el trabajo"])

note("home visit", "h10-es-mx-07", "MX", "es", """visita domiciliaria  IMSS-Bienestar, Unidad Medica Rural San Juan Chamula, Chis.
02/12/26  acudo a domicilio de Don [[N|Mariano Gomez Lunez]] (70a) en [[A|paraje Yaalboc, a un lado de la iglesia de San Sebastian]],
me recibe su nuera [[N|Pascuala Lopez]] que traduce del tsotsil. Postrado en cama desde el ACV de marzo (hemiparesia der).
Hoy ulcera por presion sacra grado II de 4x3 cm limpia. Come poco, toma poca agua. no fiebre, no tos.
ta 150/90 fc 78. glucosa capilar 112.
sigue con losartan 50 mg 1 diaria y asa 100 mg 1 al dia, se le acabo la atorvastatina hace un mes, se le surte de nuevo 20 mg en la noche
se enseña a familia cambios de posicion c/2h y curacion con sol. salina. ya no darle el diclofenaco que le compraron en la farmacia
Dx secuelas de ACV isquemico con hemiparesia derecha, HTA, UPP sacra grado II, riesgo de desnutricion
regreso en 1 semana. MPSS [[N|Alejandro Vazquez]]
""", [("losartan", "50 mg", None, "1 diaria"), ("asa", "100 mg", None, "1 al dia"), ("atorvastatina", "20 mg", None, "en la noche")],
     [("secuelas de ACV isquemico con hemiparesia derecha", "I69.351"), ("HTA", "I10"), ("UPP sacra grado II", "L89.152"),
      ("riesgo de desnutricion", "E46")],
     negated=["fiebre", "tos"], stopped=["diclofenaco"])

# ======================================= Colombia ==================================================================
note("referral", "h10-es-co-01", "CO", "es", """E.S.E. HOSPITAL SAN RAFAEL DE FACATATIVA - FORMATO DE REFERENCIA E INTERCONSULTA
Servicio que remite: Medicina Interna      Servicio al que se remite: NEFROLOGIA (Hospital Universitario de la Samaritana)
Paciente: [[N|Luz Marina Castiblanco Rojas]]   Documento: CC [[DNI*|39.574.112]]   Edad: 61 años
EPS: Famisanar  No. afiliacion [[R*|FA-2093318]]   Regimen contributivo
Direccion: [[A|Cra 4 # 12-35, barrio Manablanca, Facatativa]]   Telefono: [[T|310 742 5518]]
Acompañante: [[N|Jhon Fredy Pulido Castiblanco]] (hijo)

Resumen de historia clinica: paciente con antecedentes de HTA hace 12 años, DM tipo 2 hace 9 años e hipotiroidismo en suplencia,
quien consulta por edema de miembros inferiores de 3 semanas y disminucion del volumen urinario. Paraclinicos:
creatinina 2.9 (hace 6 meses 1.4), BUN 48, proteinuria de 24 h 3.8 g, albumina 2.6, K 5.2, HCO3 19. Ecografia renal:
riñones de tamaño normal con aumento de la ecogenicidad. No ha recibido AINES ni medio de contraste. Niega hematuria.
Impresion diagnostica: lesion renal aguda sobre enfermedad renal cronica; sindrome nefrotico en estudio;
nefropatia diabetica probable; acidosis metabolica leve
Tratamiento actual: insulina glargina 22 UI SC en la noche, furosemida 40 mg IV c/12h, levotiroxina 75 mcg VO en ayunas,
bicarbonato de sodio 1 g VO c/8h. Se suspendio losartan y metformina al ingreso.
Motivo de la remision: valoracion por nefrologia, definir biopsia renal e inicio de terapia de reemplazo.
Medico que remite: [[N|Camilo Andres Bermudez Tovar]]   RM [[CED*|25-0419-18]]   Tel. servicio 601 842 0090
""", [("insulina glargina", "22 UI", "SC", "en la noche"), ("furosemida", "40 mg", "IV", "c/12h"),
      ("levotiroxina", "75 mcg", "VO", "en ayunas"), ("bicarbonato de sodio", "1 g", "VO", "c/8h")],
     [("HTA", "I10"), ("DM tipo 2", "E11.9"), ("hipotiroidismo en suplencia", "E03.9"),
      ("lesion renal aguda sobre enfermedad renal cronica", "N17.9"), ("sindrome nefrotico en estudio", "N04.9"),
      ("nefropatia diabetica probable", "E11.21"), ("acidosis metabolica leve", "E87.2")],
     negated=["AINES", "medio de contraste", "hematuria"], stopped=["losartan", "metformina"])

note("progress / SOAP", "h10-es-co-02", "CO", "es", """IPS Sura Industriales - Medellin  /  Consulta de control de riesgo cardiovascular
[[N|OSPINA MEJIA, GILBERTO]]  CC [[DNI*|70123884]]  nacido el [[B*|5 de noviembre de 1958]]  cel [[T|+57 304 611 2870]]  correo [[E|gilberto.ospina58@hotmail.com]]
S: Viene a control, trae exámenes. Se siente bien, camina 30 min diarios. Refiere que dejo de tomar la
hidroclorotiazida por que lo hacia orinar mucho en el trabajo. Niega dolor toracico, no disnea, no claudicacion.
O: PA 146/88 (repetida 142/86), FC 70, peso 84 kg, talla 1.70. Pulsos pedios +. LDL 118, HbA1c 6.3, creat 1.0, TFG 79.
A: HTA estadio 2 no controlada; prediabetes; dislipidemia; exfumador (IPA 20)
P: se cambia a amlodipino 5 mg VO cada dia en la mañana, continua losartan 100 mg VO dia y atorvastatina 40 mg VO noche.
Se refuerza dieta DASH, control en 3 meses con MAPA. Medico: [[N|Natalia Restrepo Gaviria]] RM [[CED*|5-2281-09]]
""", [("amlodipino", "5 mg", "VO", "cada dia en la mañana"), ("losartan", "100 mg", "VO", "dia"),
      ("atorvastatina", "40 mg", "VO", "noche")],
     [("HTA estadio 2 no controlada", "I10"), ("prediabetes", "R73.03"), ("dislipidemia", "E78.5"), ("exfumador (IPA 20)", "Z87.891")],
     negated=["dolor toracico", "disnea", "claudicacion"], stopped=["hidroclorotiazida"])

note("ward handover", "h10-es-co-03", "CO", "es", """ENTREGA DE TURNO - MEDICINA INTERNA 5 PISO - HOSPITAL PABLO TOBON URIBE  (noche, 02/12/2026)
Entrega: Dra. [[N|Valentina Arango]] / recibe Dr. [[N|Esteban Londoño]]

Cama 501 - Sra. [[N|Ramirez]] -> [[N|Maria Eugenia Ramirez de Pardo]], 79a, HC [[R*|1.036.442.951]].
neumonia adquirida en la comunidad CURB-65 2 + EPOC GOLD 3 exacerbado. ampi/sulbactam 3 g IV c/6h dia 4, claritromicina 500 mg VO c/12h dia 4,
bromuro de ipratropio 4 puffs c/6h y salbutamol 2 puffs c/4h y PRN. Prednisolona 40 mg VO dia (dia 5/5). O2 por CN a 2 L.
Pendiente: gases de control 6 am. si sube la FR >28 llamar a UCE. Hija [[N|Claudia Pardo]] se queda en la noche.

Cama 503 - [[N|Jairo Hincapie Loaiza]], 66a, HC [[R*|70.556.108]]. FA de novo con RVR, ya en ritmo controlado FC 80-90 con
metoprolol tartrato 50 mg VO c/12h, enoxaparina 1 mg/kg SC c/12h (80 mg), pendiente eco TT. CHA2DS2-VASc 3. Sin sangrado.
ICC descartada por eco previo? -> no, el eco es de 2021: pedir nuevo. Tiene antecedente de HTA y gota.
Suspendida la digoxina que le dieron en urgencias.

Cama 507 - [[N|Daniela Cardona]] 24a, HC [[R*|1.152.700.384]]. pielonefritis aguda no complicada, afebril hace 24h,
ceftriaxona 1 g IV c/24h, pasar a VO mañana si sigue bien. sin pendientes.
""",
     [("ampi/sulbactam", "3 g", "IV", "c/6h"), ("claritromicina", "500 mg", "VO", "c/12h"),
      ("bromuro de ipratropio", "4 puffs", None, "c/6h"), ("salbutamol", "2 puffs", None, "c/4h y PRN"),
      ("Prednisolona", "40 mg", "VO", "dia"), ("metoprolol tartrato", "50 mg", "VO", "c/12h"),
      ("enoxaparina", "1 mg/kg", "SC", "c/12h"), ("ceftriaxona", "1 g", "IV", "c/24h")],
     [("neumonia adquirida en la comunidad CURB-65 2", "J18.9"), ("EPOC GOLD 3 exacerbado", "J44.1"),
      ("FA de novo con RVR", "I48.91"), ("HTA", "I10"), ("gota", "M10.9"), ("pielonefritis aguda no complicada", "N10")],
     negated=["sangrado"], stopped=["digoxina"])

note("post-operative", "h10-es-co-04", "CO", "es", """NOTA POSTOPERATORIA - Clinica Nueva El Lago, Bogota      02-12-2026  10:20
Paciente: [[N|Sebastian Camargo Prieto]]  Id: TI [[DNI*|1.019.884.305]]  edad 15 años   Ingreso [[R*|2026-118842]]
Madre: [[N|Diana Prieto Suarez]] tel [[T|(601) 745 3021]] / [[T|315 260 9944]]
Dx preoperatorio: apendicitis aguda.  Dx postoperatorio: apendicitis aguda perforada con peritonitis localizada (K35.32)
Procedimiento: apendicectomia laparoscopica + lavado peritoneal. Anestesia general. Hallazgos: apendice perforado en
tercio distal, 50 cc de liquido purulento en fosa iliaca derecha, sin plastron. Sangrado 20 ml. Sin complicaciones.
Cirujano: Dr. [[N|Mauricio Peñaloza]]   Ayudante: Dra. [[N|Laura Ximena Rincon]]  Anestesiologo: [[N|Fabio Ocampo]]
Ordenes: NVO hasta tolerancia en 6 h, LEV SSN 0.9% 100 ml/h, piperacilina/tazobactam 4.5 g IV c/6h,
dipirona 1 g IV c/8h, morfina 2 mg IV c/4h si dolor intenso, ondansetron 4 mg IV c/8h si nauseas, omeprazol 20 mg IV dia.
""", [("SSN 0.9%", "100 ml/h", None, None), ("piperacilina/tazobactam", "4.5 g", "IV", "c/6h"), ("dipirona", "1 g", "IV", "c/8h"),
      ("morfina", "2 mg", "IV", "c/4h si dolor intenso"), ("ondansetron", "4 mg", "IV", "c/8h si nauseas"),
      ("omeprazol", "20 mg", "IV", "dia")],
     [("apendicitis aguda perforada con peritonitis localizada", "K35.32")],
     negated=["plastron", "complicaciones"])

note("pediatric consult", "h10-es-co-05", "CO", "es", """consulta pediatria - Hospital Infantil Napoleon Franco Pareja (Casa del Niño), Cartagena
pcte [[N|Isabella Sofia Julio Herrera]], 8 meses, RC [[DNI*|1.043.998.120]], viene con la abuela materna [[N|Ana Herrera]] porque la mama trabaja,
vive en [[A|barrio Olaya Herrera sector Rafael Nuñez, calle del kiosko]]. Cuadro de 3 dias de deposiciones liquidas 6-8 al dia
sin moco ni sangre, vomitos x 2 ayer, fiebre 38.4 el primer dia. Recibe lactancia materna y complementaria.
Al examen: activa, mucosas semisecas, llenado capilar < 2 seg, fontanela normotensa, peso 7.6 kg (P15). No signos de
deshidratacion grave. Esquema de vacunacion completo para la edad (carne visto), pendiente rotavirus? no, ya lo tiene.
IDx: 1. EDA con algun grado de deshidratacion (plan B)  2. desnutricion aguda moderada? descartada, P/T -1.3 DE
Plan B: SRO 75 ml/kg en 4 h, zinc 10 mg VO cada dia por 14 dias, continuar lactancia. Control en 24 h.
Dr. [[N|Kevin Marrugo]] pediatra
""", [("SRO", "75 ml/kg", None, "en 4 h"), ("zinc", "10 mg", "VO", "cada dia por 14 dias")],
     [("EDA con algun grado de deshidratacion", "A09")],
     negated=["moco", "sangre", "desnutricion aguda moderada", "deshidratacion grave"])

note("discharge", "h10-es-co-06", "CO", "es", """HOSPITAL UNIVERSITARIO DEL VALLE "EVARISTO GARCIA" E.S.E. - CALI
EPICRISIS                                                                   Servicio: Medicina Interna - Sala San Vicente
Nombre del paciente: [[N|Aristizabal Mosquera Hernan Dario]]      Tipo y numero de documento: CC [[DNI*|16.742.905]]
Fecha de nacimiento: [[B*|23/ago/1952]]   Edad: 74 años   Sexo: M   Historia clinica No. [[R*|16742905-3]]
EPS: Emssanar (subsidiado)   Direccion: [[A|Calle 72U # 28E-41, barrio Los Lagos, comuna 13, Cali]]   Tel [[T|602 438 1276]]
Responsable: [[N|Yolanda Mosquera de Aristizabal]] (esposa) - Cel. [[T|316 498 0021]]
Fecha y hora de ingreso: 21/11/2026 22:10    Fecha y hora de egreso: 02/12/2026 11:00

Motivo de consulta: "se me hincharon las piernas y me ahogo"
Enfermedad actual: paciente masculino de 74 años con antecedentes de HTA DM2 IRC EPOC quien consulta por cuadro de 15 dias
de disnea progresiva hasta hacerse de reposo, ortopnea de 3 almohadas, edema de miembros inferiores hasta rodillas y
disminucion de la diuresis. Refiere tos con expectoracion blanquecina. Niega dolor toracico, niega fiebre, niega sincope.

Antecedentes personales patologicos: HTA hace 25 años, DM2 hace 12 años insulinorrequiriente, ERC estadio 3b (creatinina
basal 1.9), EPOC con oxigeno domiciliario nocturno, hiperplasia prostatica benigna. Quirurgicos: RTU de prostata 2021.
Farmacologicos: losartan 50 mg c/12h, insulina glargina 26 UI noche, tiotropio, tamsulosina, ASA. Alergicos: niega.
Toxicos: exfumador 40 paquetes/año, suspendido hace 10 años. Familiares: madre con DM.

Evolucion (copiada de la nota del 27/11 y actualizada): "paciente en 6to dia de hospitalizacion, con mejoria de la
disnea, balance hidrico negativo de 1.8 L/24 h con furosemida en infusion" -> 30/11: se pasa furosemida a bolos,
creatinina pico 2.8 el 25/11 con descenso a 2.1 al egreso, potasio 4.6. Ecocardiograma TT 26/11: FEVI 38 %, hipocinesia
global, insuficiencia mitral moderada, PSAP 52 mmHg. Troponina negativa x 2. TSH normal. Hemoglobina 11.1. Rx de torax con
cardiomegalia grado II y redistribucion de flujo, sin consolidaciones. Durante la estancia presento hipoglucemia de 58 mg/dl
el 28/11 por lo que se redujo la insulina. Se suspendio el losartan por la lesion renal; no se reinicia al egreso.
Interconsulta por cardiologia (Dr. [[N|Julian Cuartas]]): inicia bisoprolol y espironolactona a dosis bajas, iSGLT2
cuando TFG estable. Nutricion: dieta hiposodica, restriccion hidrica 1.5 L.

Diagnosticos de egreso:
- Insuficiencia cardiaca con fraccion de eyeccion levemente reducida (FEVI 38%) descompensada, en mejoria (I50.23)
- Lesion renal aguda KDIGO 1 sobre ERC 3b, en resolucion (N17.9)
- Diabetes mellitus tipo 2 insulinorrequiriente con hipoglucemia durante la estancia (E11.649)
- EPOC estable (J44.9)
- Hipertension arterial (I10)

Plan de manejo ambulatorio / formula medica:
1. Furosemida tab 40 mg: 1 tableta VO cada 12 horas (8 am y 2 pm)
2. Bisoprolol tab 2.5 mg: 1 tableta VO cada dia
3. Espironolactona tab 25 mg: media tableta VO cada dia
4. Insulina glargina 18 UI SC en la noche
5. Tiotropio 18 mcg 1 capsula inhalada cada dia
6. Tamsulosina 0.4 mg VO en la noche
7. Acido acetilsalicilico 100 mg VO con el almuerzo
Recomendaciones: pesarse todos los dias, consultar si aumenta mas de 2 kg en 3 dias, si hay disnea o edemas. Control por
consulta externa de cardiologia en 15 dias y medicina interna en 1 mes con creatinina, BUN, sodio y potasio.
Medico que elabora: [[N|Paola Andrea Giraldo Munera]] - Medica internista - RM [[CED*|76-1128-15]]
""", [("Furosemida", "40 mg", "VO", "cada 12 horas (8 am y 2 pm)"), ("Bisoprolol", "2.5 mg", "VO", "cada dia"),
      ("Espironolactona", "25 mg", "VO", "cada dia"), ("Insulina glargina", "18 UI", "SC", "en la noche"),
      ("Tiotropio", "18 mcg", None, "cada dia"), ("Tamsulosina", "0.4 mg", "VO", "en la noche"),
      ("Acido acetilsalicilico", "100 mg", "VO", "con el almuerzo")],
     [("HTA hace 25 años", "I10"), ("DM2 hace 12 años insulinorrequiriente", "E11.9"), ("ERC estadio 3b", "N18.32"),
      ("EPOC con oxigeno domiciliario nocturno", "J44.9"), ("hiperplasia prostatica benigna", "N40.0"),
      ("Insuficiencia cardiaca con fraccion de eyeccion levemente reducida (FEVI 38%) descompensada, en mejoria", "I50.23"),
      ("Lesion renal aguda KDIGO 1 sobre ERC 3b, en resolucion", "N17.9"),
      ("Diabetes mellitus tipo 2 insulinorrequiriente con hipoglucemia durante la estancia", "E11.649"),
      ("EPOC estable", "J44.9"), ("Hipertension arterial", "I10")],
     negated=["dolor toracico", "fiebre", "sincope", "consolidaciones", "Alergicos"], stopped=["losartan"])

# ======================================= Argentina =================================================================
note("cardiology consult", "h10-es-ar-01", "AR", "es", """Consultorio de Cardiologia - Instituto Cardiovascular de Rosario
Rosario, 1 de diciembre de 2026
Paciente: [[N|Bertolotti, Norma Beatriz]] - DNI [[DNI*|11.873.404]] - 74 años - PAMI afiliada N° [[R*|15-08873312-4/00]]
Motivo: control post internacion por insuficiencia cardiaca.
Antec.: HTA, DBT no insulinodependiente, FA permanente anticoagulada, hipotiroidismo, ex TBQ. Niega internaciones previas por IC.
La pte refiere mejoria de la disnea, hoy CF II, duerme con 1 almohada, sin ortopnea ni DPN. Edemas +/6 maleolares.
Examen: TA 124/72, FC 76 irregular, R1 R2 irregulares, soplo sistolico 2/6 mitral, rales bibasales escasos. Peso 67 (alta 69).
ECG: FA con respuesta ventricular controlada. Eco (internacion): FEy 35 %, VI dilatado, IM moderada funcional.
Impresion: Insuficiencia cardiaca con FEy reducida (35%), compensada; FA permanente; HTA controlada
Indico: sacubitrilo/valsartan 49/51 mg VO cada 12 hs; bisoprolol 5 mg 1 comp/dia; espironolactona 25 mg 1/dia;
dapagliflozina 10 mg por la mañana; furosemida 40 mg 1/2 comp dia y 1 comp si aumenta 1 kg; apixaban 5 mg c/12hs.
Se suspende enalapril (36 hs de lavado antes de iniciar sacubitrilo/valsartan). Laboratorio con ionograma en 10 dias.
Dr. [[N|Gustavo Ferreyra]] - Cardiologo - M.P. [[CED*|14.210]]
""", [("sacubitrilo/valsartan", "49/51 mg", "VO", "cada 12 hs"), ("bisoprolol", "5 mg", None, "1 comp/dia"),
      ("espironolactona", "25 mg", None, "1/dia"), ("dapagliflozina", "10 mg", None, "por la mañana"),
      ("furosemida", "40 mg", None, "1/2 comp dia y 1 comp si aumenta 1 kg"), ("apixaban", "5 mg", None, "c/12hs")],
     [("HTA", "I10"), ("DBT no insulinodependiente", "E11.9"), ("FA permanente anticoagulada", "I48.21"),
      ("hipotiroidismo", "E03.9"), ("ex TBQ", "Z87.891"),
      ("Insuficiencia cardiaca con FEy reducida (35%), compensada", "I50.22"), ("HTA controlada", "I10")],
     negated=["internaciones previas por IC", "ortopnea", "DPN"], stopped=["enalapril"])

note("discharge", "h10-es-ar-02", "AR", "es", f"""HOSPITAL INTERZONAL GENERAL DE AGUDOS "EVA PERON" - SAN MARTIN, PCIA. DE BUENOS AIRES
EPICRISIS - Servicio de Clinica Medica, Sala 3 cama 14

Apellido y nombre: [[N|ACOSTA, RAMON EZEQUIEL]]     HC N° [[R*|304.981]]
CUIT/CUIL: [[DNI*|{typo(cuit10("2022314967", bad=True))}]]     Fecha nac.: [[B*|11-ene-1972]]
Domicilio: [[A|Pje. Los Andes 3345, Villa Lynch]]   Cobertura: sin obra social
Contacto: [[N|Sandra Ibañez]] (concubina) [[T|11 5928-0471]]
Fecha ingreso 17/11/26 - Fecha egreso 30/11/26

Paciente de 54 años, tabaquista 30 p/y, etilista, con antec. de HIV dx 2015 con abandono de TARV hace 2 años, que ingresa
por cuadro de 3 semanas de tos, fiebre vespertina y perdida de peso de 8 kg. Rx torax con cavitacion en LSD. BAAR esputo
positivo (++) x 2. GeneXpert MTB detectado, sin resistencia a rifampicina. CD4 112, CV 84.000 copias. Serologias VHB y
VHC negativas. VDRL no reactiva. Evoluciona afebril desde el dia 6, buena tolerancia a la medicacion.
Se descarto pneumocistosis (LDH normal, sin hipoxemia).

DIAGNOSTICOS AL EGRESO: TBC pulmonar bacilifera, HIV estadio C3 (sida), desnutricion calorico-proteica moderada,
sindrome de abstinencia alcoholica leve (resuelto)

Tratamiento al alta:
* HRZE (isoniazida 75 mg/rifampicina 150 mg/pirazinamida 400 mg/etambutol 275 mg) 4 comprimidos en ayunas todos los dias
* piridoxina 25 mg 1 vez al dia
* TMP-SMX 160/800 mg 1 comp por dia (profilaxis)
* reiniciar TARV en 2 semanas (Infectologia: Dra. [[N|Romina Galvan]])
* tiamina 100 mg VO c/ 24 hs
Control en consultorio de Neumotisiologia el 07/12, tratamiento directamente observado en CAPS de su barrio.
Firma: [[N|Juan P. Ledesma]], medico de planta, M.P. [[CED*|448112]]
""", [("isoniazida", "75 mg", None, "todos los dias"), ("rifampicina", "150 mg", None, "todos los dias"),
      ("pirazinamida", "400 mg", None, "todos los dias"), ("etambutol", "275 mg", None, "todos los dias"),
      ("piridoxina", "25 mg", None, "1 vez al dia"), ("TMP-SMX", "160/800 mg", None, "1 comp por dia"),
      ("tiamina", "100 mg", "VO", "c/ 24 hs")],
     [("HIV dx 2015", "B20"), ("tabaquista 30 p/y", "F17.210"), ("etilista", "F10.20"), ("TBC pulmonar bacilifera", "A15.0"),
      ("HIV estadio C3 (sida)", "B20"), ("desnutricion calorico-proteica moderada", "E44.0"),
      ("sindrome de abstinencia alcoholica leve (resuelto)", "F10.230")],
     negated=["VHB", "VHC", "VDRL", "pneumocistosis", "hipoxemia"])

note("prescription", "h10-es-ar-03", "AR", "es", f"""OSDE - Plan 310    Credencial [[R*|61 234598 7 01]]
[[N|Pereyra Lucia Agustina]]   [[DNI|{bare(corpuslib.cuit("2736118420"))}]]
Rp/
Levotiroxina 88 mcg - 1 comp en ayunas (30 dias)
Clonazepam 0,5 mg - medio comp a la noche si no puede dormir - TRATAMIENTO PROLONGADO
Ibuprofeno 600 mg - 1 comp c/8 hs con las comidas por 5 dias

Diagnostico: hipotiroidismo / insomnio / lumbalgia aguda
Dra. [[N|Mariela Sosa]] - Medica Clinica - MN [[CED*|132.887]]   CABA, 01/12/2026
""", [("Levotiroxina", "88 mcg", None, "en ayunas"), ("Clonazepam", "0,5 mg", None, "a la noche si no puede dormir"),
      ("Ibuprofeno", "600 mg", None, "c/8 hs con las comidas por 5 dias")],
     [("hipotiroidismo", "E03.9"), ("insomnio", "G47.00"), ("lumbalgia aguda", "M54.50")])

note("psychiatry consult", "h10-es-ar-04", "AR", "es", """Hospital Interdisciplinario Psicoasistencial J. T. Borda - Consultorios Externos  -  evolucion 02/12/26
Pte [[N|F. G. M.]] ([[N|Facundo German Molina]]), 31 a., HC [[R*|B-55219]]. Concurre solo. Refiere su madre [[N|Graciela]] por telefono
([[T|+54 9 11 4471-3308]]) que esta semana estuvo "mas tranquilo".
Esquizofrenia paranoide de 9 años de evolucion, 3 internaciones, ultima 2024. Consumo de cannabis, actualmente en abstinencia
hace 4 meses segun refiere. Vigil, orientado, pensamiento coherente, sin ideacion delirante franca en la entrevista,
niega alucinaciones auditivas actuales, sin ideas de muerte. Insight parcial. Aumento de peso 6 kg desde que inicio
olanzapina, glucemia 118 en ayunas -> se rota a aripiprazol 10 mg VO por la mañana, descenso de olanzapina 10 -> 5 mg
por 1 semana y luego suspender. Continua biperideno? no, ya no lo necesita, se deja de indicar.
IDx: esquizofrenia paranoide (F20.0) estable; trastorno por consumo de cannabis en remision temprana; sobrepeso por antipsicoticos
Lic. en TO y grupo de pares. Proximo control en 15 dias. Dr. [[N|Ignacio Varela]] psiquiatra MN [[CED*|98.441]]
""", [("aripiprazol", "10 mg", "VO", "por la mañana"), ("olanzapina", "5 mg", None, "por 1 semana y luego suspender")],
     [("Esquizofrenia paranoide de 9 años de evolucion", "F20.0"), ("esquizofrenia paranoide (F20.0) estable", "F20.0"),
      ("trastorno por consumo de cannabis en remision temprana", "F12.21"), ("sobrepeso por antipsicoticos", "E66.3")],
     negated=["ideacion delirante franca", "alucinaciones auditivas actuales", "ideas de muerte"], stopped=["biperideno"])

# ======================================= Chile =====================================================================
note("counter-referral", "h10-es-cl-01", "CL", "es", f"""SERVICIO DE SALUD METROPOLITANO SUR ORIENTE - COMPLEJO ASISTENCIAL DR. SOTERO DEL RIO
CONTRARREFERENCIA A APS  (CESFAM Bernardo Leighton, Puente Alto)
Nombre: [[N|Yañez Fuentealba, Rosa Elena]]   RUT: [[RUT*|{typo(rut(9876543, bad=True))}]]   Ficha [[R*|1188702]]
Fecha de nacimiento: [[B*|1966-04-27]]   Prevision: FONASA B   Fono [[T|+56 9 8812 3045]]
Especialidad: Endocrinologia / Poli de Diabetes
Diagnostico(s): Diabetes Mellitus tipo 2 insulinorequiriente, Retinopatia diabetica no proliferativa moderada,
Hipotiroidismo primario, Obesidad
Se realizo: ajuste de esquema insulinico, educacion por enfermera, fondo de ojo (oftalmologia 10/2026), TSH 2.1.
Pie sin lesiones, monofilamento conservado. Sin hipoglicemias en el registro.
Indicaciones para APS:
  Insulina NPH 24 U SC antes del desayuno y 12 U SC 22:00
  Metformina 850 mg VO c/12 hrs con comidas
  Levotiroxina 100 ug VO en ayunas
  Atorvastatina 20 mg VO noche
  AAS 100 mg VO al almuerzo -> SUSPENDER (prevencion primaria, sin indicacion)
Control con HbA1c en 3 meses en CESFAM; nuevo control en poli de especialidad solo si HbA1c > 9 %.
Medico: Dra. [[N|Francisca Munita Ossandon]]  RUT [[RUT*|{rut(15331208)}]]  Endocrinologa
""", [("Insulina NPH", "24 U", "SC", "antes del desayuno y 12 U SC 22:00"), ("Metformina", "850 mg", "VO", "c/12 hrs con comidas"),
      ("Levotiroxina", "100 ug", "VO", "en ayunas"), ("Atorvastatina", "20 mg", "VO", "noche")],
     [("Diabetes Mellitus tipo 2 insulinorequiriente", "E11.9"), ("Retinopatia diabetica no proliferativa moderada", "E11.339"),
      ("Hipotiroidismo primario", "E03.9"), ("Obesidad", "E66.9")],
     negated=["lesiones", "hipoglicemias"], stopped=["AAS"])

note("emergency", "h10-es-cl-02", "CL", "es", f"""SAPU Padre Manuel Villaseca - Puente Alto     DAU [[R*|2026-332190]]   02/12/2026 03:12
[[N|JORGE ANDRES NAVARRETE SOTO]]  [[RUT|{bare(rut(16902447, dots=False))}]]  37 años
Consulta por dolor abdominal de 10 h, inicialmente periumbilical y luego en FID, con nauseas, sin vomitos, anorexia.
Niega fiebre cuantificada, niega diarrea, no sintomas urinarios. Sin cirugias previas. Alergia a penicilina (rash).
PA 132/84 FC 96 T° 37.8 ax. Abdomen: dolor a la palpacion en FID, Blumberg (+), Rovsing (+). Alvarado 8.
HD: Abdomen agudo, probable apendicitis aguda.
Manejo: Suero fisiologico 1000 cc EV a pasar en 2 hrs, metamizol 1 g EV por una vez, ondansetron 4 mg EV.
Se deriva a Hospital Sotero del Rio en ambulancia, en regimen cero. Se avisa a su pareja [[N|Camila Riquelme]] al
[[T|9 7731 2288]]. Dr. [[N|Matias Cornejo]] medico SAPU.
""", [("Suero fisiologico", "1000 cc", "EV", "a pasar en 2 hrs"), ("metamizol", "1 g", "EV", "por una vez"),
      ("ondansetron", "4 mg", "EV", None)],
     [("Abdomen agudo, probable apendicitis aguda", "K35.80")],
     negated=["fiebre cuantificada", "diarrea", "sintomas urinarios", "cirugias previas"])

note("endocrinology consult", "h10-es-cl-03", "CL", "es", """Clinica Alemana de Temuco - Endocrinologia. Consulta nueva.
Sra. [[N|Ingrid Hausdorf]] de 44 años, derivada por su medico de cabecera (Dr. [[N|Pablo Sandoval]]) por nodulo tiroideo.
Antecedentes morbidos: resistencia a la insulina, SOP, colon irritable. Qx: colecistectomia 2015. Farmacos: metformina
500 mg al almuerzo y en la cena. Alergias: no conocidas. Fam: madre con cancer de tiroides (papilar) a los 50.
Refiere nota aumento de volumen cervical hace 2 meses, sin disfagia ni disfonia. No palpitaciones, no baja de peso.
EF: nodulo de 2 cm en LTD, movil, no doloroso, sin adenopatias. TSH 1.8, T4L 1.2. Eco: nodulo solido hipoecogenico
de 21 mm, margenes irregulares, microcalcificaciones, TIRADS 5.
Hipotesis diagnosticas:
- Nodulo tiroideo TIRADS 5 (E04.1)
- Resistencia a la insulina
- Sindrome de ovario poliquistico
Plan: PAAF ecoguiada urgente, control con resultado (Bethesda). Continua metformina igual.
Dra. [[N|Carolina Wenzel]] - Endocrinologia, Registro SIS [[CED*|221453]]
""", [("metformina", "500 mg", None, "al almuerzo y en la cena")],
     [("resistencia a la insulina", "E88.81"), ("SOP", "E28.2"), ("colon irritable", "K58.9"),
      ("Nodulo tiroideo TIRADS 5", "E04.1"), ("Sindrome de ovario poliquistico", "E28.2")],
     negated=["disfagia", "disfonia", "palpitaciones", "baja de peso", "adenopatias", "Alergias"])

note("death summary", "h10-es-cl-04", "CL", "es", f"""HOSPITAL CLINICO REGIONAL DE CONCEPCION "DR. GUILLERMO GRANT BENAVENTE"
EPICRISIS DE FALLECIMIENTO
Paciente: [[N|Segundo Heriberto Quezada Vera]]  Ficha clinica [[R*|0937745]]  RUN [[RUT*|{rut(7014382)}]]  84 años
Fecha de ingreso: 27/11/2026  Fecha y hora de fallecimiento: 01/12/2026 23:40
Familiar a cargo: hijo [[N|Luis Quezada]], fono [[T|41 223 4781]]
ANTECEDENTES: HTA, cardiopatia coronaria (IAM 2010, CRM), ERC etapa 3b, demencia mixta GDS 6, postrado.
Ingresa desde ELEAM por compromiso de conciencia y fiebre, con foco pulmonar (neumonia aspirativa), con shock septico a
las 12 h. Se conversa con familia: limitacion del esfuerzo terapeutico, no candidato a UPC ni a VMI (decision compartida
con hijos). Recibe ceftriaxona y clindamicina, se agrega morfina en infusion para control de disnea. Evoluciona con
falla multiorganica y fallece acompañado por su familia.
CAUSA DE MUERTE: a) Shock septico  b) Neumonia aspirativa  c) Demencia mixta avanzada
Otros estados patologicos: ERC etapa 3b, cardiopatia coronaria.
Medico: Dr. [[N|Rodrigo Figueroa Mella]], medico residente de Medicina Interna.
""", [("ceftriaxona", None, None, None), ("clindamicina", None, None, None), ("morfina", None, None, "en infusion")],
     [("HTA", "I10"), ("cardiopatia coronaria (IAM 2010, CRM)", "I25.10"), ("ERC etapa 3b", "N18.32"),
      ("demencia mixta GDS 6", "F01.B0"), ("neumonia aspirativa", "J69.0"), ("Shock septico", "R65.21"),
      ("Demencia mixta avanzada", "F01.C0"), ("falla multiorganica", "R68.89")],
     negated=[])

# ======================================= Peru ======================================================================
note("admission", "h10-es-pe-01", "PE", "es", """HOSPITAL NACIONAL ARZOBISPO LOAYZA - DEPARTAMENTO DE MEDICINA
HISTORIA CLINICA DE INGRESO      Servicio: Medicina 4-II, cama 22      Fecha: 01/12/2026 16:00
FILIACION: [[N|Huaman Quispe, Teodoro]], 58 años, masculino, natural de Huancavelica, procedente de
[[A|AA.HH. Señor de los Milagros Mz. K Lt. 9, San Juan de Lurigancho]], DNI [[DNI*|20034518]], HC [[R*|1029384]], SIS.
Informante: el paciente y su esposa [[N|Felicitas Ccora]] (cel. [[T|987 554 120]]), confiable.
ENFERMEDAD ACTUAL: TE 5 dias, inicio insidioso, curso progresivo. Refiere dolor en hipocondrio derecho tipo colico,
luego ictericia y coluria desde hace 3 dias, fiebre con escalofrios. Niega acolia. Hiporexia.
ANTECEDENTES: Patologicos: litiasis vesicular dx hace 2 años (no operado), HTA en tratamiento irregular con captopril.
Alergias: niega. Quirurgicos: ninguno. Habitos: alcohol ocasional, no tabaco.
EXAMEN: PA 100/60 FC 112 FR 22 T 38.9 SatO2 95%. Ictericia de escleras ++/+++. Murphy (+). No signos peritoneales.
Labs: leucocitos 17 800, abastonados 9%, BT 6.2 BD 4.9, FA 410, GGT 620, TGP 188, amilasa 90. Eco: coledocolitiasis,
coledoco 11 mm, vesicula con multiples calculos, pared 4 mm.
DIAGNOSTICOS:
  1) Colangitis aguda moderada (Tokyo grado II)
  2) Coledocolitiasis
  3) Colelitiasis
  4) Hipertension arterial, por historia
PLAN: NPO, ClNa 0.9% 1000 ml EV c/8h, ceftriaxona 2 g EV c/24h, metronidazol 500 mg EV c/8h,
metamizol 1 g EV c/8h PRN dolor o T > 38.5, omeprazol 40 mg EV c/24h. Suspender captopril por hipotension. IC a gastroenterologia para CPRE.
Dr. [[N|Cesar Vilchez Paredes]], Medico Residente R2  CMP [[CED*|071245]] / Asistente: Dra. [[N|Rocio Tello]] CMP [[CED*|033870]] RNE [[CED*|018224]]
""", [("ClNa 0.9%", "1000 ml", "EV", "c/8h"), ("ceftriaxona", "2 g", "EV", "c/24h"), ("metronidazol", "500 mg", "EV", "c/8h"),
      ("metamizol", "1 g", "EV", "c/8h PRN dolor o T > 38.5"), ("omeprazol", "40 mg", "EV", "c/24h")],
     [("litiasis vesicular dx hace 2 años (no operado)", "K80.20"), ("HTA en tratamiento irregular", "I10"),
      ("Colangitis aguda moderada (Tokyo grado II)", "K83.09"), ("Coledocolitiasis", "K80.50"), ("Colelitiasis", "K80.20"),
      ("Hipertension arterial, por historia", "I10")],
     negated=["acolia", "Alergias", "signos peritoneales", "tabaco"], stopped=["captopril"])

note("lab report", "h10-es-pe-02", "PE", "es", """ESSALUD - HOSPITAL III JOSE CAYETANO HEREDIA, PIURA - PATOLOGIA CLINICA
| Paciente: [[N|CHUNGA SANDOVAL ROSA ISABEL]]           | Autogenerado: [[R*|7207150CSSDR003]] |
| Edad: 51 a  Sexo: F   F. Nac: [[B*|15/07/1975]]     | N° Orden: [[R*|00482210]]            |
| Solicitante: [[N|ZAPATA MORE, LUIS]]                  | Servicio: Consultorio Endocrino      |
| Fecha de muestra: 01/12/2026                         | Fecha de informe: 01/12/2026         |
HEMOGRAMA
  Hemoglobina ........ 10.9 g/dL     (12.0 - 16.0)  *
  VCM ................ 72 fL         (80 - 100)     *
  Leucocitos ......... 6 300 /mm3    (4 500 - 11 000)
  Plaquetas .......... 298 000 /mm3
PERFIL TIROIDEO
  TSH ................ 0.02 uUI/mL   (0.35 - 4.94)  *
  T4 libre ........... 3.4 ng/dL     (0.7 - 1.48)   *
  Anti-TPO ........... 412 UI/mL     (< 5.6)        *
  TRAb ............... positivo
Hierro serico 28 ug/dL, ferritina 6 ng/mL.
Conclusion: hipertiroidismo primario compatible con enfermedad de Graves; anemia microcitica ferropenica.
Tecnologo medico [[N|J. Ramos Yarleque]] CTMP [[CED*|5512]]
""", [], [("hipertiroidismo primario compatible con enfermedad de Graves", "E05.00"), ("anemia microcitica ferropenica", "D50.9")])

note("telemedicine", "h10-es-pe-03", "PE", "es", """TELEORIENTACION / TELEMONITOREO - MINSA, IPRESS Centro de Salud Juliaca (Puno)
Llamada al cel [[T|951 330 214]] el 02/12/26 10:05, duracion 14 min. Responde la paciente [[N|Justina Mamani Apaza]], 67 años,
DNI [[DNI*|01304478]], habla quechua y castellano, la ayuda su nieta [[N|Yanet]].
Paciente con dx de hipertension arterial y diabetes mellitus 2, en control en el programa de enfermedades no transmisibles.
Refiere que se toma la presion en la farmacia: 138/86. No mareos, no dolor de cabeza, no vision borrosa. Glucosa en ayunas
que se midio en la posta: 154. Refiere que no toma la glibenclamida porque le baja el azucar y se siente mal (temblor,
sudor) - se le indica no tomarla mas y continuar metformina 850 mg 1 tab despues del almuerzo y la cena.
Enalapril 10 mg 1 tab cada 12 horas, lo toma bien.
Se programa cita presencial para HbA1c y control de pies. Lic. enf. [[N|Hilda Condori]] / Med. [[N|Wilber Choque Ticona]] CMP [[CED*|088113]]
""", [("metformina", "850 mg", None, "despues del almuerzo y la cena"), ("Enalapril", "10 mg", None, "cada 12 horas")],
     [("hipertension arterial", "I10"), ("diabetes mellitus 2", "E11.9")],
     negated=["mareos", "dolor de cabeza", "vision borrosa"], stopped=["glibenclamida"])

# ======================================= Brazil ====================================================================
note("progress / SOAP", "h10-pt-br-01", "BR", "pt", f"""Hospital das Clinicas da UFMG - Enfermaria de Clinica Medica, leito 7B
EVOLUCAO MEDICA - 02/12/2026
Paciente: [[N|Antonio Carlos Figueiredo Neto]]   Prontuario [[R*|0031874-2]]   CPF [[CPF*|{typo(cpf("318204775", bad=True))}]]
DN: [[B*|09/09/1961]]   Cartao SUS [[R*|708 2034 9911 4470]]
S: Refere melhora da falta de ar, dormiu bem. Nega dor toracica. Diurese boa. Aceitando dieta hipossodica.
O: BEG, corado, hidratado, afebril. PA 118x70 mmHg, FC 68 bpm, SpO2 94% em ar ambiente. MV presente com crepitacoes
em bases, menos que ontem. Edema de MMII 1+/4+. Peso 78,2 kg (admissao 82,5).
Lab: Cr 1,6 (1,9), K 4,3, Na 134, BNP 890 (2100).
A: 1. IC descompensada perfil B, em melhora - FEVE 30%, etiologia chagasica
   2. Doenca de Chagas forma cardiaca  3. DRC estagio 3a  4. DM2
P: - Furosemida 40 mg EV 12/12h -> passar para VO amanha
   - Carvedilol 6,25 mg VO 12/12h
   - Espironolactona 25 mg VO 1x/dia
   - Losartana suspensa ha 2 dias pela piora da funcao renal; reavaliar
   - Insulina NPH 10 UI SC antes do cafe e 6 UI antes do jantar
   - Enoxaparina 40 mg SC 1x/dia (profilaxia)
Esposa [[N|Marlene]] orientada. R2 [[N|Thiago Mourao]] / Preceptora Dra. [[N|Helena Vasconcelos]] CRM-MG [[CED*|45.871]]
""", [("Furosemida", "40 mg", "EV", "12/12h"), ("Carvedilol", "6,25 mg", "VO", "12/12h"), ("Espironolactona", "25 mg", "VO", "1x/dia"),
      ("Insulina NPH", "10 UI", "SC", "antes do cafe e 6 UI antes do jantar"), ("Enoxaparina", "40 mg", "SC", "1x/dia")],
     [("IC descompensada perfil B, em melhora", "I50.23"), ("Doenca de Chagas forma cardiaca", "B57.2"),
      ("DRC estagio 3a", "N18.31"), ("DM2", "E11.9")],
     negated=["dor toracica"], stopped=["Losartana"])

note("nephrology consult", "h10-es-br-02", "BR", "es", f"""Consulta de Nefrologia - Hospital Ministro Costa Cavalcanti, Foz do Iguaçu (paciente argentino, vive em Puerto Iguazu)
Paciente [[N|Walter Dario Benitez]], 63 años, [[CPF|{bare(cpf("514277093"))}]], acompañado de la esposa [[N|Nilda]] que habla portuñol.
Encaminhado por UBS por creatinina 2.4. Antecedentes: DM2 hace 18 años, HTA, retinopatia diabetica com laser,
gota. Nega hematúria, nega uso de anti-inflamatorios nos ultimos meses. Refere espuma na urina.
Exame: PA 152x94, edema 2+ em MMII. Exames: Cr 2,4, TFGe 28, K 5,4, albuminuria 1.800 mg/g, Hb 10,8, PTH 140.
Hipotese diagnostica: Doença renal do diabetes estadio G4 A3; HTA nao controlada; anemia da DRC; hiperparatireoidismo secundario
Conduta: Insulina glargina 20 UI SC a la noche (cambia la metformina, que se suspende por TFG < 30); Anlodipino 10 mg VO 1x ao dia;
Furosemida 40 mg VO pela manha; Alopurinol 100 mg VO por dia; sevelamer? aguarda fosforo.
Retorno 30 dias con laboratorio. Dr. [[N|Fabio Kowalski]] - CRM-PR [[CED*|28.993]]
""", [("Insulina glargina", "20 UI", "SC", "a la noche"), ("Anlodipino", "10 mg", "VO", "1x ao dia"),
      ("Furosemida", "40 mg", "VO", "pela manha"), ("Alopurinol", "100 mg", "VO", "por dia")],
     [("DM2 hace 18 años", "E11.9"), ("HTA", "I10"), ("retinopatia diabetica com laser", "E11.319"), ("gota", "M10.9"),
      ("Doença renal do diabetes estadio G4 A3", "E11.22"), ("HTA nao controlada", "I10"), ("anemia da DRC", "D63.1"),
      ("hiperparatireoidismo secundario", "N25.81")],
     negated=["hematúria", "anti-inflamatorios"], stopped=["metformina"])

note("prescription", "h10-pt-br-03", "BR", "pt", """RECEITUARIO - UBS Vila Nova Cachoeirinha, Sao Paulo - SP
Paciente: [[N|Joana D'Arc dos Santos Lima]]       Cartao SUS: [[R*|898 0012 3456 7781]]
Endereco: [[A|Rua Jose Bonifacio, 221, apto 12, Vila Nova Cachoeirinha]]   Tel [[T|(11) 98822-4017]]

Uso oral:
1) Losartana potassica 50 mg ---------- 1 comprimido de 12/12 horas
2) Hidroclorotiazida 25 mg ------------ 1 comprimido pela manha
3) Sinvastatina 20 mg ----------------- 1 comprimido a noite
Uso inalatorio:
4) Budesonida + formoterol 200/6 mcg -- 1 inalacao de 12/12 horas e se falta de ar
Uso topico:
5) Diclofenaco dietilamonio gel ------- aplicar no joelho 3x ao dia se dor
CID: I10 (HAS) / J45.9 (asma) / M17.1 (gonartrose)
Sao Paulo, 01/12/2026.  Dr. [[N|Rafael Nakamura]] CRM-SP [[CED*|187.442]]
""", [("Losartana potassica", "50 mg", None, "de 12/12 horas"), ("Hidroclorotiazida", "25 mg", None, "pela manha"),
      ("Sinvastatina", "20 mg", None, "a noite"), ("Budesonida + formoterol", "200/6 mcg", None, "de 12/12 horas e se falta de ar"),
      ("Diclofenaco dietilamonio gel", None, None, "3x ao dia se dor")],
     [("HAS", "I10"), ("asma", "J45.9"), ("gonartrose", "M17.1")])

# ======================================= Ecuador ===================================================================
note("emergency", "h10-es-ec-01", "EC", "es", f"""HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO - EMERGENCIA   Formulario 008
Nombres: [[N|Cristian Patricio Guamán Tenesaca]]   Cedula de ciudadania: [[DNI*|{typo(cedula_ec("010482733", bad=True))}]]
Historia clinica [[R*|412887]]   Edad: 29   Seguro: IESS   Llega en ambulancia ECU 911
Persona a notificar: [[N|Maria Tenesaca]] (madre) telf. [[T|099 812 4470]]
Motivo: convulsion. Paciente epileptico conocido en tratamiento con acido valproico, quien hace 1 hora presenta crisis
tonico-clonica generalizada de 3 min de duracion con relajacion de esfinteres, presenciada por compañero de trabajo.
Refiere haber dejado la medicacion hace 5 dias por que se le termino. No trauma craneal. Niega fiebre, no consumo de drogas.
Al examen: postictal, Glasgow 14 -> 15 a los 30 min. Mordedura lateral de lengua. Sin focalidad. Glucosa 98.
Diagnostico: Epilepsia generalizada con crisis por abandono de tratamiento (G40.309)
Tratamiento: Diazepam 10 mg IV lento si nueva crisis, reiniciar acido valproico 500 mg VO cada 12 horas, observacion 6 h.
Medico: Dra. [[N|Gabriela Naranjo]] MSP [[CED*|1716-2015-1620881]]
""",
     [("Diazepam", "10 mg", "IV", "lento si nueva crisis"), ("acido valproico", "500 mg", "VO", "cada 12 horas")],
     [("Epilepsia generalizada con crisis por abandono de tratamiento", "G40.309")],
     negated=["trauma craneal", "fiebre", "consumo de drogas", "focalidad"])

note("vaccination", "h10-es-ec-02", "EC", "es", f"""MSP - Centro de Salud Tipo C Chimbacalle, Quito - Registro de vacunacion (RDACAA)
Usuario: [[N|Mateo Alejandro Chiluisa]]  [[DNI|{bare(cedula_ec("175903128"))}]]  F. de nacimiento: [[B*|02/06/2025]] (18 meses)
Representante: [[N|Jessica Chiluisa Toapanta]] (mama)   Telf [[T|02 265 3391]]   Direccion: [[A|calle Pedro Pinto Guzman y Alonso de Angulo, junto a la tienda La Esquinita]]
Vacunas aplicadas hoy:
- SRP (2da dosis) 0.5 ml SC brazo izq
- Varicela 0.5 ml SC brazo der
- DPT (1er refuerzo) 0.5 ml IM muslo der
- OPV (1er refuerzo) 2 gotas VO
Sin reacciones inmediatas. Sin fiebre en los ultimos dias. Proxima vacuna a los 4 años.
Vacunador: Lcda. [[N|Paola Simbaña]]
""", [("SRP", "0.5 ml", "SC", None), ("Varicela", "0.5 ml", "SC", None), ("DPT", "0.5 ml", "IM", None), ("OPV", "2 gotas", "VO", None)],
     [], negated=["reacciones inmediatas", "fiebre"])

# ======================================= Uruguay ===================================================================
note("post-operative", "h10-es-uy-01", "UY", "es", f"""CASMU - Sanatorio 2  -  DESCRIPCION OPERATORIA / NOTA POSOPERATORIA   01/12/2026
Paciente: [[N|Silvera Pintos, Alicia]]  C.I. [[DNI*|{typo(ci_uy("3456112", bad=True))}]]   N° de socio [[R*|440918]]   68 años
Cirujano: Dr. [[N|Martin Laborde]]   Ayudante: Dr. [[N|Nicolas Bentancor]]   Anestesista: Dra. [[N|Cecilia Olivera]]
Diagnostico preoperatorio: hernia inguinal derecha. Operacion realizada: hernioplastia inguinal der tipo Lichtenstein con
malla de polipropileno. Hallazgos: hernia indirecta. Sangrado minimo. Sin incidentes.
Antec: HTA, hipotiroidismo, DM2 en dieta.
Indicaciones: alta en 6 h si tolera y orina. Paracetamol 1 g VO c/6 h, Ibuprofeno 400 mg VO c/8 h por 3 dias,
Tramadol 50 mg VO c/8h solo si dolor intenso. Sus medicaciones habituales (enalapril 10 mg VO c/12h, levotiroxina
50 mcg VO en ayunas) se retoman mañana. Control en policlinica de cirugia en 7 dias. Tel. de la hija [[N|Natalia]]: [[T|099 451 233]]
""", [("Paracetamol", "1 g", "VO", "c/6 h"), ("Ibuprofeno", "400 mg", "VO", "c/8 h por 3 dias"), ("Tramadol", "50 mg", "VO", "c/8h solo si dolor intenso"),
      ("enalapril", "10 mg", "VO", "c/12h"), ("levotiroxina", "50 mcg", "VO", "en ayunas")],
     [("hernia inguinal derecha", "K40.90"), ("HTA", "I10"), ("hipotiroidismo", "E03.9"), ("DM2 en dieta", "E11.9")],
     negated=["incidentes"])

note("home visit", "h10-es-uy-02", "UY", "es", f"""UCM - Emergencia Movil, consulta domiciliaria. Movil 34   02/12/2026 21:40
Se concurre a [[A|Av. Italia 3870 apto 501, esq. Comercio, Malvin]]. Paciente [[N|Hector Rodriguez Cabrera]] CI [[DNI*|{ci_uy("1782003")}]]
84 a. Llama la hija [[N|Patricia Rodriguez]] ([[T|098 774 012]]) por tos productiva y fiebre 38.5 de 2 dias.
AP: EPOC moderado (ex fumador), cardiopatia isquemica, HBP. Medicacion: tiotropio 1 inhalacion al dia, AAS 100 mg dia,
atorvastatina 40 mg dia, tamsulosina 0.4 mg noche.
EF: lucido, SatO2 92% aire, FR 22, FC 96, PA 130/70, T 38.2. Estertores en base derecha. No tirajes.
Dx: neumonia basal derecha? / exacerbacion de EPOC
Se indica amoxicilina/clavulanico 875/125 mg VO c/12 h por 7 dias, paracetamol 1 g c/8h si fiebre,
salbutamol 2 puffs c/6 h por 5 dias. Se explican pautas de alarma; si satura < 90 traslado. Rx de torax en su mutualista mañana.
Dra. [[N|Lucia Ferrando]]  CJPPU [[CED*|58.221]]
""", [("tiotropio", "1 inhalacion", None, "al dia"), ("AAS", "100 mg", None, "dia"), ("atorvastatina", "40 mg", None, "dia"),
      ("tamsulosina", "0.4 mg", None, "noche"), ("amoxicilina/clavulanico", "875/125 mg", "VO", "c/12 h por 7 dias"),
      ("paracetamol", "1 g", None, "c/8h si fiebre"), ("salbutamol", "2 puffs", None, "c/6 h por 5 dias")],
     [("EPOC moderado (ex fumador)", "J44.9"), ("cardiopatia isquemica", "I25.9"), ("HBP", "N40.0"),
      ("neumonia basal derecha?", "J18.9"), ("exacerbacion de EPOC", "J44.1")],
     negated=["tirajes"])

# ======================================= Venezuela =================================================================
note("prescription", "h10-es-ve-01", "VE", "es", """Dr. [[N|Alirio Jose Marcano Rengifo]]  -  Medicina Interna
MPPS [[CED*|61.874]]  CMDM [[CED*|19.330]]   Centro Medico Docente La Trinidad, piso 2 cons. 24, Caracas   [[T|0212-949.6411]]  [[E|dr.amarcano@gmail.com]]

RECIPE                                                  Caracas, 01-12-2026
Paciente: [[N|Yusmary del Valle Carrasquel]]    C.I. [[DNI*|V-15.220.874]]
Glimepirida 2mg #30
Metformina 1000mg #60
Valsartan 160mg #30
-------------------------------------------- (corte) --------------------------------------------
INDICACIONES
Paciente: [[N|Yusmary del Valle Carrasquel]]
1) Glimepirida 2mg: 1 tab antes del desayuno
2) Metformina 1000mg: 1 tab con desayuno y 1 tab con la cena
3) Valsartan 160mg: 1 tab diaria en la mañana
4) Omitir el captopril
Control en 2 meses con glicemia, HbA1c, urea y creatinina. Dx: DM tipo 2 - HTA grado I
""", [("Glimepirida", "2mg", None, "antes del desayuno"), ("Metformina", "1000mg", None, "con desayuno y 1 tab con la cena"),
      ("Valsartan", "160mg", None, "diaria en la mañana")],
     [("DM tipo 2", "E11.9"), ("HTA grado I", "I10")], stopped=["captopril"])

note("admission", "h10-es-ve-02", "VE", "es", """HOSPITAL UNIVERSITARIO DE CARACAS - SERVICIO DE MEDICINA INTERNA II
Historia N° [[R*|01-94-22]]      Fecha de ingreso 30/11/2026
Se trata de paciente femenina de 46 años de edad, [[N|Doris Coromoto Villegas]], natural de San Fernando de Apure y procedente de
[[A|Petare, barrio Jose Felix Ribas, zona 10, calle principal casa N° 14]], C.I. [[DNI*|10.998.205]], quien refiere inicio de enfermedad
actual hace 10 dias cuando presenta fiebre de 39°C precedida de escalofrios, de predominio nocturno, acompañada de
cefalea holocraneana, mialgias y artralgias; 2 dias despues dolor abdominal difuso y gingivorragia, motivo por el cual acude.
Niega viajes recientes fuera de la ciudad. Antecedentes personales: asma bronquial intermitente, niega HTA y DM.
Hermana [[N|Mirla Villegas]] contacto [[T|0414-302.8819]].
Examen fisico: TA 90/60, FC 108, T 38.4, petequias en miembros inferiores, hepatomegalia dolorosa 2 cm BRCD.
Paraclinicos: Hb 14.8, Hto 46, plaquetas 32.000, leucocitos 2.900, TGO 210, TGP 180, albumina 2.9. NS1 positivo.
Impresion diagnostica:
   1.- Dengue con signos de alarma (A97.1)
   2.- Trombocitopenia severa secundaria
   3.- Asma bronquial intermitente, sin crisis
Plan: hidratacion con solucion 0.9% 7 cc/kg/h, acetaminofen 1 g VO c/6h si fiebre (NO AINES, NO ASA), control de Hto c/6h,
salbutamol inhalado 2 puff c/6h si disnea. Dra. [[N|Milagros Pacheco]] R1
""", [("solucion 0.9%", "7 cc/kg/h", None, None), ("acetaminofen", "1 g", "VO", "c/6h si fiebre"),
      ("salbutamol", "2 puff", None, "c/6h si disnea")],
     [("asma bronquial intermitente", "J45.20"), ("Dengue con signos de alarma", "A97.1"),
      ("Trombocitopenia severa secundaria", "D69.59"), ("Asma bronquial intermitente, sin crisis", "J45.20")],
     negated=["viajes recientes fuera de la ciudad", "HTA", "DM", "AINES", "ASA"])

# ======================================= Bolivia ===================================================================
note("progress / SOAP", "h10-es-bo-01", "BO", "es", """Centro de Salud Integral Villa Adela (El Alto) - SUS   Consulta externa  02/12/2026
Nombre: [[N|Marcelina Ticona Mamani]]  CI [[DNI*|4829103 LP]]   Edad 39   N° HC [[R*|7781]]
S/ acude por ardor al orinar y dolor en bajo vientre de 4 dias, no fiebre, no flujo vaginal. Gesta 4 para 4, usa implante.
O/ PA 110/70, T 36.8, abdomen blando, dolor leve suprapubico, PPL negativa bilateral. Tira reactiva: nitritos +, leucocitos ++.
A/ infeccion de vias urinarias baja no complicada. anemia? (palidez) pedir Hb.
P/ nitrofurantoina 100 mg VO c/6h x 7 dias, paracetamol 500 mg VO c/8h si dolor, abundantes liquidos. Control en 1 semana
con resultado de Hb. Dr. [[N|Franz Condori]]  Mat. Prof. [[CED*|C-1887]]
""", [("nitrofurantoina", "100 mg", "VO", "c/6h x 7 dias"), ("paracetamol", "500 mg", "VO", "c/8h si dolor")],
     [("infeccion de vias urinarias baja no complicada", "N39.0")],
     negated=["fiebre", "flujo vaginal"])

note("referral", "h10-es-bo-02", "BO", "es", """MINISTERIO DE SALUD - SAFCI  BOLETA DE REFERENCIA
Establecimiento que refiere: Puesto de Salud Toro Toro (Potosi)     Establecimiento receptor: Hospital Santa Barbara, Sucre
Paciente: [[N|Eusebio Choque Flores]]   Edad 8 años   CI: sin CI   Padre/tutor: [[N|Gregorio Choque]], cel [[T|72881044]]
Motivo de referencia: niño con soplo cardiaco, disnea al esfuerzo y cianosis peribucal al llanto. Peso bajo para la edad.
Hace 2 semanas cuadro de fiebre, se dio amoxicilina 500 mg cada 8 horas por 7 dias (completo).
Examen: soplo holosistolico 3/6 en BPE, SatO2 89%, FC 110. No edemas. Higado a 2 cm.
Dx presuntivo: cardiopatia congenita cianotica (probable tetralogia de Fallot) / desnutricion cronica
Tratamiento antes de la referencia: ninguno. Se refiere acompañado de su padre en flota.
Refiere: Aux. enf. [[N|Celia Ramos]] y Dr. [[N|Ivan Mendoza]] (medico SAFCI)
""", [],
     [("cardiopatia congenita cianotica (probable tetralogia de Fallot)", "Q21.3"), ("desnutricion cronica", "E45"),
      ("Peso bajo para la edad", "R62.51")],
     negated=["edemas"])

# ======================================= Paraguay ==================================================================
note("emergency", "h10-es-py-01", "PY", "es", """IPS - Hospital Central Dr. Emilio Cubas, Asuncion.  URGENCIAS ADULTOS   Box 12
Asegurado: [[N|Benitez Gimenez, Crispulo Ramon]]   C.I. N° [[DNI*|2.416.887]]   N° asegurado [[R*|0124-2291-05]]
Edad 66, acompañado por su esposa Ña [[N|Ramona]].
MC: dolor toracico. HEA: dolor opresivo retroesternal de 2 hs de evolucion, irradiado a brazo izq, con sudoracion fria
y nauseas, en reposo. Antec.: HTA, DM2, dislipidemia, tabaquista activo. No refiere episodios previos.
PA 160/100, FC 92, SatO2 95%. ECG: supradesnivel ST en DII, DIII, aVF de 3 mm. Troponina I 4.8 ng/mL.
IDx: IAM con supradesnivel del ST de cara inferior, Killip I.
Tto: AAS 300 mg VO dosis de carga; clopidogrel 600 mg VO carga; atorvastatina 80 mg VO; heparina no fraccionada
5000 UI IV bolo; nitroglicerina 5 mcg/min IV en bomba; morfina 2 mg IV si dolor persistente.
Se activa codigo infarto -> hemodinamia. Dr. [[N|Derlis Villalba]] Reg. Prof. [[CED*|11.093]]
""", [("AAS", "300 mg", "VO", "dosis de carga"), ("clopidogrel", "600 mg", "VO", "carga"), ("atorvastatina", "80 mg", "VO", None),
      ("heparina no fraccionada", "5000 UI", "IV", "bolo"), ("nitroglicerina", "5 mcg/min", "IV", "en bomba"),
      ("morfina", "2 mg", "IV", "si dolor persistente")],
     [("HTA", "I10"), ("DM2", "E11.9"), ("dislipidemia", "E78.5"), ("tabaquista activo", "F17.210"),
      ("IAM con supradesnivel del ST de cara inferior, Killip I", "I21.19")],
     negated=["episodios previos"])

note("lab report", "h10-es-py-02", "PY", "es", """LABORATORIO CENTRAL DE SALUD PUBLICA - Asuncion
Paciente ......: [[N|ROJAS DE OVIEDO, LIDIA ESTELA]]
Cedula ........: [[DNI*|3.882.104]]          Muestra N°: [[R*|2611-4489]]
Fecha nac. ....: [[B*|19 JUN 1988]]        Procedencia: USF Barrio Obrero
Solicitante ...: Dra. [[N|G. Aquino]]
SEROLOGIA
  Toxoplasma IgG ............. REACTIVO    (312 UI/mL)
  Toxoplasma IgM ............. NO REACTIVO
  Rubeola IgG ................ REACTIVO
  VDRL ....................... NO REACTIVO
  HIV 1/2 Ag/Ac .............. NO REACTIVO
  Chagas (ELISA) ............. REACTIVO   -> confirmar con IFI
  HBsAg ...................... NO REACTIVO
Obs.: gestante 12 semanas. Infeccion por T. cruzi probable (confirmar); toxoplasmosis pasada (inmune).
Bioq. [[N|Nelson Ayala]] - Reg. [[CED*|1432]]
""", [], [("Infeccion por T. cruzi probable", "B57.2"), ("gestante 12 semanas", "Z34.81")],
     negated=["Toxoplasma IgM", "VDRL", "HIV 1/2 Ag/Ac", "HBsAg"])

# ======================================= Central America ===========================================================
note("discharge", "h10-es-gt-01", "GT", "es", """INSTITUTO GUATEMALTECO DE SEGURIDAD SOCIAL - HOSPITAL GENERAL DE ENFERMEDADES, ZONA 9
HOJA DE EGRESO / EPICRISIS
Afiliado: [[N|Cux Tzul, Pedro Pablo]]   No. de afiliacion [[R*|1 27 48105 9]]   DPI [[DNI*|2456 78905 0101]]
Fecha de nacimiento: [[B*|12 de octubre de 1969]]    Residencia: [[A|aldea Chirijuyu, Tecpan, Chimaltenango]]
Ingreso 22/11/2026 Egreso 01/12/2026  Servicio: Cirugia de Hombres
Responsable: [[N|Juana Tzul]] (esposa) tel. [[T|+502 4418 2390]]
Historia: 57 años, agricultor, ingresa con pie diabetico Wagner 3 izquierdo con absceso plantar y celulitis de dorso.
Se realizo desbridamiento amplio y amputacion del 4to y 5to ortejo izq (24/11). Cultivo: Klebsiella pneumoniae.
Recibio imipenem 7 dias (ya completado). DM2 de 10 años diagnosticada, mal control (HbA1c 11.2).
Sin enfermedad renal (creat 0.9). No cardiopatia conocida.
DIAGNOSTICOS DE EGRESO: Pie diabetico izquierdo Wagner 3 - Amputacion de 4to y 5to ortejos izq -
Diabetes mellitus tipo 2 descompensada - Anemia leve postoperatoria
INDICACIONES: insulina NPH 20 U SC en ayunas y 10 U SC a las 6 pm; metformina 850 mg VO c/12h;
ciprofloxacino 500 mg VO c/12h x 10 dias; acetaminofen 500 mg 2 tab VO c/6h PRN dolor; sulfato ferroso 300 mg VO diario.
Curaciones en clinica de heridas del consultorio de Chimaltenango 3 veces por semana.
Dr. [[N|Byron Estuardo Sical]], Jefe de Residentes   Col. [[CED*|14.822]]
""", [("insulina NPH", "20 U", "SC", "en ayunas y 10 U SC a las 6 pm"), ("metformina", "850 mg", "VO", "c/12h"),
      ("ciprofloxacino", "500 mg", "VO", "c/12h x 10 dias"), ("acetaminofen", "500 mg", "VO", "c/6h PRN dolor"),
      ("sulfato ferroso", "300 mg", "VO", "diario")],
     [("pie diabetico Wagner 3 izquierdo con absceso plantar y celulitis de dorso", "E11.621"),
      ("DM2 de 10 años diagnosticada, mal control", "E11.65"), ("Pie diabetico izquierdo Wagner 3", "E11.621"),
      ("Amputacion de 4to y 5to ortejos izq", "Z89.422"), ("Diabetes mellitus tipo 2 descompensada", "E11.65"),
      ("Anemia leve postoperatoria", "D62")],
     negated=["enfermedad renal", "cardiopatia conocida"])

note("nephrology consult", "h10-es-sv-01", "SV", "es", f"""ISSS - Hospital Medico Quirurgico y Oncologico, San Salvador  |  CONSULTA EXTERNA DE NEFROLOGIA
Derechohabiente: [[N|Jose Wilfredo Hernandez Alvarado]]   DUI: [[DNI*|{typo(dui10("04518823", bad=True))}]]   No. afiliacion: [[R*|148820917]]
Edad 48 años, jornalero de caña en Usulutan hasta hace 2 años; actualmente vigilante.
Antecedentes: ERC estadio 4 de causa no tradicional (nefropatia mesoamericana), HTA secundaria, hiperuricemia.
Niega DM. Niega uso de herbicidas actualmente. Sin edemas, sin uremia clinica.
Labs: creatinina 3.8, TFG 18, K 5.1, Hb 9.4, bicarbonato 18, fosforo 5.6.
Plan: preparacion para terapia de reemplazo renal (DP), educacion. Continuar: amlodipino 10 mg VO cada dia; alopurinol
100 mg VO diario; bicarbonato de sodio 650 mg VO TID; eritropoyetina 4000 UI SC 2 veces por semana; carbonato de calcio
500 mg VO con cada comida. Se suspende furosemida por hipovolemia.
Medico: Dr. [[N|Rene Mauricio Flores]] JVPM [[CED*|8812]]
""", [("amlodipino", "10 mg", "VO", "cada dia"), ("alopurinol", "100 mg", "VO", "diario"), ("bicarbonato de sodio", "650 mg", "VO", "TID"),
      ("eritropoyetina", "4000 UI", "SC", "2 veces por semana"), ("carbonato de calcio", "500 mg", "VO", "con cada comida")],
     [("ERC estadio 4 de causa no tradicional (nefropatia mesoamericana)", "N18.4"), ("HTA secundaria", "I15.0"),
      ("hiperuricemia", "E79.0")],
     negated=["DM", "edemas", "uremia clinica"], stopped=["furosemida"])

note("emergency", "h10-es-hn-01", "HN", "es", """IHSS Hospital de Especialidades, Tegucigalpa - EMERGENCIA DE MEDICINA   hoja de atencion
[[N|Karla Yamileth Zelaya]], 27 años, identidad [[DNI*|0801-1999-04412]], afiliada [[R*|0801199904412]], G1 P0, no embarazada actualmente.
MC: "me dio una crisis de asma". Historia de asma desde la niñez, usa salbutamol de rescate, sin esteroide inhalado.
Desde ayer tos y sibilancias tras limpiar con cloro, hoy disnea que no cede a 8 puffs en casa.
FR 28, SatO2 90%, FC 118, habla en frases cortas, sibilancias difusas, uso de accesorios. PEF 45%.
Dx: Crisis asmatica moderada a severa - asma no controlada
Manejo: nebulizacion con salbutamol 5 mg + bromuro de ipratropio 0.5 mg c/20 min x 3, hidrocortisona 200 mg IV stat,
sulfato de magnesio 2 g IV en 20 min, O2 por mascara para sat > 93%.
Egreso (reevaluada 4h, SatO2 96%, PEF 75%): prednisona 40 mg VO cada dia por 5 dias, beclometasona 250 mcg 2 inhalaciones c/12h,
salbutamol 100 mcg 2 puffs c/4-6h PRN. Evitar irritantes. Contacto: su mama [[N|Rosa Zelaya]] [[T|9988-1245]].
Dra. [[N|Alejandra Paz]] CMH [[CED*|11220]]
""", [("salbutamol", "100 mcg", None, "c/4-6h PRN"), ("bromuro de ipratropio", "0.5 mg", None, "c/20 min x 3"),
      ("hidrocortisona", "200 mg", "IV", "stat"), ("sulfato de magnesio", "2 g", "IV", "en 20 min"),
      ("prednisona", "40 mg", "VO", "cada dia por 5 dias"), ("beclometasona", "250 mcg", None, "c/12h")],
     [("Crisis asmatica moderada a severa", "J45.41"), ("asma no controlada", "J45.40"), ("asma desde la niñez", "J45.909")],
     negated=["esteroide inhalado", "embarazada"])

note("pediatric consult", "h10-es-ni-01", "NI", "es", """Hospital Infantil Manuel de Jesus Rivera "La Mascota", Managua - Consulta externa de Pediatria
Niño [[N|Jafeth Isaac Obando]], 3a 2m, expediente [[R*|HMJR-2023-11045]], fecha de nacimiento [[B*|30/09/2023]].
Lo trae su tia [[N|Xiomara Obando]] (tel [[T|8756 2201]]), del [[A|barrio Villa Libertad, de la iglesia catolica 2 c. al lago, 1/2 c. abajo]].
Consulta por palidez y cansancio de 1 mes. Come tierra (pica). Desparasitado hace 1 año. Sin sangrados. Sin fiebre.
Peso 12.1 kg (z -1.8), talla 92 cm. Palidez de piel y mucosas ++, soplo funcional 1/6, no visceromegalias.
Hb 8.1, VCM 61, ferritina 4. Coproparasitologico: huevos de Ascaris y Trichuris.
Dx: Anemia ferropenica moderada. Parasitosis intestinal mixta (ascariasis y tricuriasis). Riesgo de desnutricion.
Tx: albendazol 400 mg VO dosis unica, repetir en 2 semanas; sulfato ferroso gotas 3 mg/kg/dia (36 mg) VO en 1 toma diaria,
lejos de las comidas, por 3 meses; multivitaminas 5 ml VO cada dia. Control en 1 mes con BHC.
Dr. [[N|Harold Espinoza]] pediatra, cod. MINSA [[CED*|27714]]
""", [("albendazol", "400 mg", "VO", "dosis unica, repetir en 2 semanas"), ("sulfato ferroso", "36 mg", "VO", "en 1 toma diaria"),
      ("multivitaminas", "5 ml", "VO", "cada dia")],
     [("Anemia ferropenica moderada", "D50.9"), ("Parasitosis intestinal mixta (ascariasis y tricuriasis)", "B81.4"),
      ("Riesgo de desnutricion", "E44.1"), ("pica", "F98.3")],
     negated=["sangrados", "fiebre", "visceromegalias"])

note("telemedicine", "h10-es-cr-01", "CR", "es", """CCSS - EBAIS San Rafael Abajo, Desamparados. Atencion no presencial (videollamada, EDUS)  02/12/2026
Paciente [[N|Rodolfo Sanabria Quesada]], ced. [[DNI*|1-0987-0654]], 64 años. Se corrobora identidad por video.
Motivo: control de cronicos. DM2 e HTA conocidos, dislipidemia. Tambien hipotiroidismo? -> no, ese era el hermano.
Refiere buena adherencia. Glicemias en casa 110-140. PA en casa promedio 128/78. Sin sintomas de hipoglicemia.
Labs del 20/11: HbA1c 6.9, LDL 92, creatinina 1.1, microalbuminuria negativa.
Plan: continua metformina 850 mg cada 12 h, empagliflozina 10 mg diaria, enalapril 20 mg cada 12 h, atorvastatina 20 mg
por la noche. Receta electronica por 3 meses. Proxima cita presencial en marzo con examen de pies.
Dx: DM2 controlada, HTA controlada, dislipidemia en meta
Dra. [[N|Monica Araya]] codigo [[CED*|MED11488]]
""", [("metformina", "850 mg", None, "cada 12 h"), ("empagliflozina", "10 mg", None, "diaria"), ("enalapril", "20 mg", None, "cada 12 h"),
      ("atorvastatina", "20 mg", None, "por la noche")],
     [("DM2", "E11.9"), ("HTA", "I10"), ("dislipidemia", "E78.5"), ("DM2 controlada", "E11.9"), ("HTA controlada", "I10"),
      ("dislipidemia en meta", "E78.5")],
     negated=["sintomas de hipoglicemia", "microalbuminuria"])

note("transfer summary", "h10-es-pa-01", "PA", "es", """CAJA DE SEGURO SOCIAL - POLICLINICA DR. ROBERTO RAMIREZ DE DIEGO, CHITRE
RESUMEN DE TRASLADO a Complejo Hospitalario Dr. Arnulfo Arias Madrid
Nombre: [[N|DE LEON BATISTA, ERIC JOEL]]   Cedula: [[DNI*|6-712-1890]]   Seguro social: [[R*|6-712-1890-01]]
FN: [[B*|1990-01-23]]   Tel. acudiente ([[N|Yariela Batista]], madre) [[T|6612-4478]]
Masculino de 36 a, motociclista, colision con auto 19:30. Llega GCS 13, TA 100/60, FC 124. FAST positivo en
espacio hepatorrenal. Fx de femur izq cerrada. TAC: laceracion hepatica grado III, hemoperitoneo moderado, sin
lesion de viscera hueca aparente. No hay neumotorax.
Dx: Politraumatismo; trauma abdominal cerrado con laceracion hepatica grado III; fractura de diafisis femoral izquierda; TCE leve
Manejo: 2 PG transfundidos, acido tranexamico 1 g IV en 10 min y luego 1 g IV en 8 h, fentanilo 50 mcg IV c/1h PRN dolor,
cefazolina 2 g IV unica. Ferulizado. Se traslada por falta de cirujano de trauma y banco de sangre limitado.
Medico que traslada: Dr. [[N|Abdiel Castillo]] reg. [[CED*|7291]]   Recibe (por telefono): Dr. [[N|Vasquez]], cirugia de trauma
""", [("acido tranexamico", "1 g", "IV", "en 10 min y luego 1 g IV en 8 h"), ("fentanilo", "50 mcg", "IV", "c/1h PRN dolor"),
      ("cefazolina", "2 g", "IV", "unica")],
     [("Politraumatismo", "T07.XXXA"), ("trauma abdominal cerrado con laceracion hepatica grado III", "S36.116A"),
      ("fractura de diafisis femoral izquierda", "S72.302A"), ("TCE leve", "S06.0X0A")],
     negated=["lesion de viscera hueca", "neumotorax"])

# ======================================= Caribbean =================================================================
note("referral", "h10-es-cu-01", "CU", "es", """REMISION - Consultorio Medico de Familia No. 14, Policlinico Docente "26 de Julio", Playa, La Habana
A: Servicio de Angiologia, Hospital Clinico Quirurgico "Dr. Carlos J. Finlay"
Paciente: [[N|Ileana Caridad Portuondo Rey]], 59 años, CI [[DNI*|67031209452]], HC familiar [[R*|14-0231]]
Dir. [[A|calle 70 e/ 15 y 17, edif. 1508, apto 4, Playa]]
Ocupacion: trabajadora de comercio; vive con su esposo [[N|Orestes Limonta]].
HEA: dolor en pantorrilla izq al caminar 2 cuadras que alivia con el reposo, de 4 meses, frialdad del pie.
APP: HTA hace 15 años, DM tipo 2 hace 8 años, fumadora de 20 cigarros/dia, hipercolesterolemia. No ulceras.
Pulsos: pedio y tibial posterior izq ausentes, popliteo debil. ITB izq 0.6.
Tratamiento actual: clortalidona 25 mg 1 tab diaria, glibenclamida 5 mg 1 tab antes del desayuno, ASA 125 mg 1 tab diaria
(se inicio hoy), pentoxifilina 400 mg 1 tab c/8h. Se le indico dejar de fumar.
IDx: Enfermedad arterial periferica de MII (claudicacion intermitente) / HTA / DM2 / tabaquismo
Remite: Dr. [[N|Yoandy Pupo Rivero]], Especialista de 1er grado en MGI. Reg. prof. [[CED*|45883]]
""",
     [("clortalidona", "25 mg", None, "diaria"), ("glibenclamida", "5 mg", None, "antes del desayuno"),
      ("ASA", "125 mg", None, "diaria"), ("pentoxifilina", "400 mg", None, "c/8h")],
     [("HTA hace 15 años", "I10"), ("DM tipo 2 hace 8 años", "E11.9"), ("fumadora de 20 cigarros/dia", "F17.210"),
      ("hipercolesterolemia", "E78.00"), ("Enfermedad arterial periferica de MII (claudicacion intermitente)", "I70.212"),
      ("tabaquismo", "F17.210")],
     negated=["ulceras"])

note("emergency", "h10-es-do-01", "DO", "es", f"""HOSPITAL DOCENTE UNIVERSITARIO DR. DARIO CONTRERAS - EMERGENCIA   record [[R*|E-26-48812]]
paciente [[N|Ramon Antonio de los Santos Peña]] cedula [[DNI*|{typo(cedula_do("0310448872", bad=True))}]] 61 años, ARS SENASA afiliado [[R*|00841772]]
traido por su hijo [[N|Wander de los Santos]] ([[T|809-555-0193]]) x perdida de fuerza en brazo y pierna izq y dificultad para hablar
hace 2 horas, de inicio subito. HTA hace 20 años sin tratamiento hace 6 meses ("se le acabaron las pastillas"), alcoholico social.
niega DM, niega trauma. TA 210/120, FC 88, glasgow 14, hemiparesia izq 2/5, desviacion de la comisura labial a la derecha.
TAC: hemorragia intraparenquimatosa capsulo-talamica derecha de 18 cc, sin apertura a ventriculos.
Dx: ACV hemorragico capsulo-talamico der; emergencia hipertensiva; HTA no controlada por abandono de tx
Tx: labetalol 20 mg IV en bolo y luego 2 mg/min IV en infusion, meta TAS 140-160; manitol? no por ahora.
Cabecera 30 grados, NVO, SS 0.9% 80 ml/h, omeprazol 40 mg IV OD. se solicita neurocirugia y UCI.
Dra. [[N|Yokasta Mejia]] (residente) / Dr. [[N|Felix Almonte]] exequatur [[CED*|231-09]]
""", [("labetalol", "20 mg", "IV", "en bolo y luego 2 mg/min IV en infusion"), ("SS 0.9%", "80 ml/h", None, None), ("omeprazol", "40 mg", "IV", "OD")],
     [("HTA hace 20 años", "I10"), ("alcoholico social", "F10.10"), ("hemorragia intraparenquimatosa capsulo-talamica derecha", "I61.0"),
      ("ACV hemorragico capsulo-talamico der", "I61.0"), ("emergencia hipertensiva", "I16.1"),
      ("HTA no controlada por abandono de tx", "I10")],
     negated=["DM", "trauma", "apertura a ventriculos"])

note("prescription", "h10-es-do-02", "DO", "es", f"""Dra. [[N|Rosanna Almanzar de Peña]] | Ginecologia y Obstetricia | Exeq. [[CED*|5521-08]]
Centro Medico Cibao, Santiago de los Caballeros   Tel. [[T|(809) 582-6310]]

Nombre: [[N|Yaritza Mercedes Polanco]]   [[DNI|{bare(cedula_do("0310877121"))}]]      Fecha: 2/12/26
Metronidazol 500 mg tab - tomar 1 c/12h x 7 dias (no alcohol)
Fluconazol 150 mg cap - 1 cap dosis unica
Clotrimazol crema vaginal 1% - aplicar 1 aplicador intravaginal al acostarse x 7 noches
Acido folico 5 mg - 1 diario
Dx: vaginosis bacteriana + candidiasis vulvovaginal. Citologia pendiente. Cita en 1 mes.
""", [("Metronidazol", "500 mg", None, "c/12h x 7 dias"), ("Fluconazol", "150 mg", None, "dosis unica"),
      ("Clotrimazol crema vaginal", "1 aplicador", "intravaginal", "al acostarse x 7 noches"), ("Acido folico", "5 mg", None, "1 diario")],
     [("vaginosis bacteriana", "N76.0"), ("candidiasis vulvovaginal", "B37.3")])

note("discharge", "h10-es-pr-01", "PR", "es", """HOSPITAL AUXILIO MUTUO - SAN JUAN, PR          DISCHARGE SUMMARY / RESUMEN DE ALTA
Patient: [[N|Rivera Colon, Carmen Iris]]     MRN: [[R*|AM00938821]]     DOB: [[B*|04/17/1950]]
Plan: Triple-S Advantage  ID [[R*|TSA884120077]]    Attending: [[N|Luis R. Santiago-Velez]], MD
Admitted 11/26/2026 - Discharged 12/01/2026
Hospital course: 76 y/o female con hx de HTN, DM2 on insulin, CKD 3b, hypothyroidism, admitida por UTI complicada /
urosepsis (E. coli, sensible a ceftriaxone). Recibio ceftriaxone 1 g IV daily x 4 days; afebril desde dia 2. Glucosas
200s al inicio, mejoraron. Metformin held por AKI (Cr 2.3 -> 1.6, baseline 1.5), NO reiniciar.
Discharge diagnoses:
 - Urosepsis due to E. coli, resolved
 - AKI on CKD stage 3b, resolving
 - Type 2 diabetes with hyperglycemia
 - Hypothyroidism, stable
Discharge medications:
 cefpodoxime 200 mg PO q12h x 5 more days
 insulin glargine 18 units SC at bedtime
 levothyroxine 75 mcg PO daily before breakfast
 amlodipine 5 mg PO daily
Follow up con su PCP Dra. [[N|Nitza Ortiz]] en 1 semana con BMP. Contacto: hija [[N|Marisol Rivera]] [[T|(787) 555-0148]]
""", [("cefpodoxime", "200 mg", "PO", "q12h x 5 more days"), ("insulin glargine", "18 units", "SC", "at bedtime"),
      ("levothyroxine", "75 mcg", "PO", "daily before breakfast"), ("amlodipine", "5 mg", "PO", "daily")],
     [("HTN", "I10"), ("DM2 on insulin", "E11.9"), ("UTI complicada", "N39.0"), ("CKD 3b", "N18.32"), ("hypothyroidism", "E03.9"),
      ("Urosepsis due to E. coli, resolved", "A41.51"), ("AKI on CKD stage 3b, resolving", "N17.9"),
      ("Type 2 diabetes with hyperglycemia", "E11.65"), ("Hypothyroidism, stable", "E03.9")],
     stopped=["Metformin"])

# ======================================= United States =============================================================
note("progress / SOAP", "h10-en-us-01", "US", "en", """Gateway Community Health Center - Laredo, TX          Office Visit  12/01/2026
Patient: [[N|Guadalupe Trevino]]   DOB: [[B*|03/22/1967]]   MRN: [[R*|GCH-0088412]]   Interpreter: Spanish (in person)
PCP: [[N|Andrea Salinas]], MD

CC: f/u diabetes, "my feet burn at night"
HPI: 59F w/ T2DM, HTN, HLD, obesity here for 3 mo f/u. A1c today 9.4 (was 8.7). Admits she stopped glipizide ~2 mo ago
because of low sugars at work (shakiness, sweating). Reports burning paresthesias both feet x 6 mo. Denies chest pain, SOB,
vision changes. No foot ulcers. Husband [[N|Ruben]] present.
Meds: metformin 1000 mg PO BID, lisinopril 20 mg PO daily, atorvastatin 40 mg PO qHS, glipizide (not taking)
PE: BP 144/86, HR 78, BMI 36.2. Monofilament: decreased sensation bilat toes. No ulcers, pulses 2+.

A/P:
# T2DM, uncontrolled (E11.65) - A1c 9.4. d/c glipizide (hypoglycemia). 
  Start semaglutide 0.25 mg SC weekly x 4 wk then 0.5 mg weekly. Continue metformin. Diabetes education referral.
# Diabetic peripheral neuropathy (E11.42) - start gabapentin 100 mg PO TID, titrate. Podiatry.
# HTN, not at goal - increase lisinopril to 40 mg PO daily. BMP in 2 wk.
# HLD - on statin, LDL 88. Continue.
# Obesity, BMI 36 - GLP-1 as above, nutrition.
RTC 3 mo. [[N|Andrea Salinas]], MD  NPI [[CED*|1588234476]]
""", [("metformin", "1000 mg", "PO", "BID"), ("lisinopril", "40 mg", "PO", "daily"), ("atorvastatin", "40 mg", "PO", "qHS"),
      ("semaglutide", "0.25 mg", "SC", "weekly x 4 wk then 0.5 mg weekly"), ("gabapentin", "100 mg", "PO", "TID")],
     [("T2DM", "E11.9"), ("HTN", "I10"), ("HLD", "E78.5"), ("obesity", "E66.9"), ("T2DM, uncontrolled", "E11.65"),
      ("Diabetic peripheral neuropathy", "E11.42"), ("HTN, not at goal", "I10"), ("Obesity, BMI 36", "E66.9")],
     negated=["chest pain", "SOB", "vision changes", "foot ulcers"], stopped=["glipizide"])

note("discharge", "h10-en-us-02", "US", "en", """DISCHARGE SUMMARY - Mercy Hospital St. Louis, Internal Medicine
Name: [[N|KOWALCZYK, DOROTHY A]]   MRN [[R*|004418827]]   DOB [[B*|1941-08-09]]   Acct [[R*|78812093]]
Admit: 11/27/2026   Discharge: 12/01/2026   Attending: [[N|Priya Raman]], MD   PCP: Dr. [[N|Steven Albers]]
Emergency contact: [[N|Mark Kowalczyk]] (son) [[T|314-555-0172]]

Principal diagnosis: Acute on chronic diastolic heart failure exacerbation
Secondary diagnoses: Paroxysmal atrial fibrillation; CKD stage 3a; type 2 diabetes mellitus, diet-controlled; gout; osteoarthritis
Brief course: 85 y/o F presented with 6 lb weight gain, orthopnea and bilateral LE edema after dietary indiscretion over
Thanksgiving. BNP 1240. Echo: LVEF 60%, grade II diastolic dysfunction. Diuresed with IV furosemide, net -4.1 L. Troponin
flat x2, no evidence of ACS. She had been taking OTC naproxen for knee pain - stopped and counseled. Rate controlled on
home metoprolol. Discharged home with home health.

MEDICATION RECONCILIATION
| Medication          | Dose     | Route | Frequency          | Status    |
|---------------------|----------|-------|--------------------|-----------|
| furosemide          | 40 mg    | PO    | daily              | CHANGED (was 20 mg) |
| metoprolol succinate| 50 mg    | PO    | daily              | CONTINUE  |
| apixaban            | 2.5 mg   | PO    | BID                | CONTINUE  |
| allopurinol         | 100 mg   | PO    | daily              | CONTINUE  |
| acetaminophen       | 650 mg   | PO    | q6h PRN knee pain  | NEW       |
| potassium chloride  | 20 mEq   | PO    | daily              | NEW       |
| naproxen            | 220 mg   | PO    | PRN                | STOP      |
Follow-up: Heart failure clinic 12/08, BMP in 1 week. Daily weights; call if gain > 3 lb in a day.
""", [("furosemide", "40 mg", "PO", "daily"), ("metoprolol succinate", "50 mg", "PO", "daily"), ("apixaban", "2.5 mg", "PO", "BID"),
      ("allopurinol", "100 mg", "PO", "daily"), ("acetaminophen", "650 mg", "PO", "q6h PRN knee pain"),
      ("potassium chloride", "20 mEq", "PO", "daily")],
     [("Acute on chronic diastolic heart failure exacerbation", "I50.33"), ("Paroxysmal atrial fibrillation", "I48.0"),
      ("CKD stage 3a", "N18.31"), ("type 2 diabetes mellitus, diet-controlled", "E11.9"), ("gout", "M10.9"),
      ("osteoarthritis", "M19.90")],
     negated=["ACS"], stopped=["naproxen"])

note("emergency", "h10-en-us-03", "US", "en", """ED PROVIDER NOTE - Jackson Memorial Hospital, Miami FL       12/02/2026 02:14
Pt: [[N|Jean-Baptiste, Marie Claude]]  DOB [[B*|Nov 5, 1978]]  MRN [[R*|JM-55108842]]  SSN [[SSN*|541-28-7730]]
Language: Haitian Creole, phone interpreter #40221. Accompanied by sister [[N|Roseline Jean-Baptiste]] ([[T|305-555-0166]]).
HPI: 48 yo F with sickle cell disease (HbSS), hx of acute chest syndrome x2, presents with diffuse pain crisis in back and
legs x 12 h, typical of prior crises, 9/10. Took oxycodone 5 mg at home without relief. Denies fever, cough, chest pain.
No focal weakness. On hydroxyurea 1000 mg PO daily and folic acid 1 mg PO daily.
Exam: T 37.4, HR 104, SpO2 97% RA. Lungs clear. No hepatosplenomegaly.
Labs: Hb 7.2 (baseline 7.8), retic 9%, WBC 13.1. CXR: no infiltrate.
MDM / Impression: Sickle cell pain crisis, uncomplicated. No evidence of acute chest syndrome.
ED course: hydromorphone 1 mg IV q2h PRN severe pain (given x3), ketorolac 15 mg IV once, LR 1 L IV bolus. Pain 4/10.
Dispo: observation. Continue hydroxyurea and folic acid. Incentive spirometry.
[[N|Daniel Okafor]], MD (ED attending)
""", [("hydroxyurea", "1000 mg", "PO", "daily"), ("folic acid", "1 mg", "PO", "daily"),
      ("hydromorphone", "1 mg", "IV", "q2h PRN severe pain"), ("ketorolac", "15 mg", "IV", "once"), ("LR", "1 L", "IV", "bolus")],
     [("sickle cell disease (HbSS)", "D57.1"), ("hx of acute chest syndrome x2", "Z86.19"),
      ("Sickle cell pain crisis, uncomplicated", "D57.00")],
     negated=["fever", "cough", "chest pain", "focal weakness", "hepatosplenomegaly", "infiltrate", "acute chest syndrome"])

note("telemedicine endocrinology", "h10-en-us-04", "US", "en", """Video visit (Zoom for Healthcare) - UCSF Endocrinology, Thyroid Clinic          12/01/2026
Patient [[N|Emily Nguyen]] (DOB [[B*|7/14/1993]]) joined from home in Oakland; identity confirmed with name and DOB.
Portal message address on file: [[E|emily.t.nguyen93@gmail.com]]; best phone [[T|(510) 555-0119]].
Referring: [[N|Carlos Mendez]], MD (OB)
33 yo F, 14 weeks pregnant (G1), with Hashimoto's thyroiditis on levothyroxine 75 mcg daily. TSH at 10 wk 4.1 (goal < 2.5
in pregnancy). No palpitations, no heat or cold intolerance. No history of thyroid surgery or radioiodine.
Assessment and plan:
1. Hypothyroidism due to Hashimoto's thyroiditis, inadequately replaced for pregnancy - increase levothyroxine to
   100 mcg PO daily on an empty stomach, separate from prenatal vitamin by 4 hours. TSH/free T4 every 4 weeks.
2. Pregnancy, 14 weeks - continue prenatal vitamin 1 tab PO daily; defer to OB.
Total time 25 min. [[N|Rachel Goldberg]], MD, Endocrinology
""", [("levothyroxine", "100 mcg", "PO", "daily on an empty stomach"), ("prenatal vitamin", "1 tab", "PO", "daily")],
     [("Hashimoto's thyroiditis", "E06.3"), ("Hypothyroidism due to Hashimoto's thyroiditis, inadequately replaced for pregnancy", "O99.281"),
      ("Pregnancy, 14 weeks", "Z3A.14")],
     negated=["palpitations", "heat or cold intolerance", "thyroid surgery or radioiodine"])

note("post-operative", "h10-en-us-05", "US", "en", """Brief Op Note / POD 0 Post-op Check - Hospital for Special Surgery, New York
Patient: [[N|O'Brien, Thomas]]   MRN [[R*|HSS2201938]]   Date of birth: [[B*|February 2, 1958]]
Surgeon: [[N|Alan Whitfield]], MD   Assistant: [[N|Jenna Park]], PA-C   Anesthesia: spinal + adductor canal block
Pre-op dx: right knee primary osteoarthritis. Post-op dx: same. Procedure: right total knee arthroplasty (cemented).
EBL 150 mL. Tourniquet 62 min. Drains: none. Complications: none. Specimens: none.
PMH: HTN, OSA on CPAP, GERD, obesity (BMI 34). No hx DVT/PE.
Post-op check 18:30: resting comfortably, pain 3/10, neurovascularly intact distally, dressing clean/dry/intact.
Denies nausea, no chest pain or SOB.
Plan: cefazolin 2 g IV q8h x 2 doses; aspirin 81 mg PO BID x 4 wks for VTE prophylaxis; acetaminophen 1000 mg PO q8h;
oxycodone 5 mg PO q4h PRN moderate pain; ondansetron 4 mg IV q6h PRN nausea; home amlodipine 5 mg PO daily and
pantoprazole 40 mg PO daily resumed; hold lisinopril tonight (spinal, BP 102/60). PT in AM, WBAT. CPAP overnight.
""", [("cefazolin", "2 g", "IV", "q8h x 2 doses"), ("aspirin", "81 mg", "PO", "BID x 4 wks"), ("acetaminophen", "1000 mg", "PO", "q8h"),
      ("oxycodone", "5 mg", "PO", "q4h PRN moderate pain"), ("ondansetron", "4 mg", "IV", "q6h PRN nausea"),
      ("amlodipine", "5 mg", "PO", "daily"), ("pantoprazole", "40 mg", "PO", "daily")],
     [("right knee primary osteoarthritis", "M17.11"), ("HTN", "I10"), ("OSA on CPAP", "G47.33"), ("GERD", "K21.9"),
      ("obesity (BMI 34)", "E66.9")],
     negated=["DVT/PE", "nausea", "chest pain", "SOB", "Complications"], stopped=["lisinopril"])

note("ICU handover", "h10-en-us-06", "US", "en", """MICU sign-out (I-PASS) - Ben Taub Hospital, Houston    night -> day   12/02/2026 06:45
From: [[N|K. Alvarez]], MD (PGY-2)  To: [[N|J. Whitaker]], MD

Bed 12 - [[N|Ortega, Luis]] 52M, MRN [[R*|BT4471209]]. Illness severity: WATCHER.
P: alcoholic cirrhosis (Child C, MELD 27) admitted w/ variceal UGIB s/p EGD banding x4 yesterday; hepatic encephalopathy grade 2.
  Overnight Hb stable 7.6 -> 7.9 after 1u pRBC. No further hematemesis. Mentating better.
  Drips/meds: octreotide 50 mcg/h IV continuous infusion (day 2/5), pantoprazole 40 mg IV q12h, ceftriaxone 1 g IV daily (SBP ppx),
  lactulose 30 mL PO q6h titrate to 3 BMs, rifaximin 550 mg PO BID. Propranolol held (soft BPs). No CIWA needed so far.
A: if re-bleeds -> call GI fellow + consider TIPS; keep 2 units crossmatched.
S: wife [[N|Maribel]] is HCP, full code; updated by phone [[T|713-555-0184]].

Bed 14 - [[N|Price, Henrietta]] 71F, MRN [[R*|BT2093377]]. STABLE. COPD exacerbation + hypercapnic resp failure, off BiPAP since
  yesterday 14:00. Prednisone 40 mg PO daily (day 3), azithromycin 250 mg PO daily (day 3/5), 
  albuterol/ipratropium neb q4h and q2h PRN. Plan transfer to floor today. No PE on CTA.
""", [("octreotide", "50 mcg/h", "IV", "continuous infusion"), ("pantoprazole", "40 mg", "IV", "q12h"), ("ceftriaxone", "1 g", "IV", "daily"),
      ("lactulose", "30 mL", "PO", "q6h titrate to 3 BMs"), ("rifaximin", "550 mg", "PO", "BID"), ("Prednisone", "40 mg", "PO", "daily"),
      ("azithromycin", "250 mg", "PO", "daily"), ("albuterol/ipratropium", None, "neb", "q4h and q2h PRN")],
     [("alcoholic cirrhosis (Child C, MELD 27)", "K70.30"), ("variceal UGIB", "I85.11"), ("hepatic encephalopathy grade 2", "K76.82"),
      ("COPD exacerbation", "J44.1"), ("hypercapnic resp failure", "J96.02")],
     negated=["hematemesis", "PE"], stopped=["Propranolol"])


note("admission", "h10-en-us-07", "US", "en", """HISTORY & PHYSICAL - Hospital Medicine, University Medical Center New Orleans        Admit date: 12/01/2026
Patient: [[N|Broussard, Clarence J.]]      MRN: [[R*|UMC-7720418]]      DOB: [[B*|1949-12-30]]      Age: 76
Address: [[A|2215 Louisa St, New Orleans, LA 70117]]      Home phone: [[T|504-555-0127]]
Insurance: Medicare A/B + Humana supplement, member ID [[R*|H48812290]]
Emergency contact: [[N|Denise Broussard-Hall]] (daughter), [[T|+1 504 555 0190]], email [[E|denise.bhall@yahoo.com]]
Admitting physician: [[N|Samuel Lee]], MD       Referring: ED ([[N|Tanya Robinson]], DO)

CHIEF COMPLAINT: confusion and fever x 2 days (per daughter)

HPI: 76M with PMH of CAD s/p CABG 2012, ischemic cardiomyopathy (EF 40%), T2DM, CKD 3a, BPH, and mild cognitive
impairment brought by daughter for 2 days of new confusion, fever to 101.8 F, dysuria and urinary frequency. Daughter
reports he has been "not himself", sleeping more, poor PO intake. No falls. Denies chest pain (per pt, limited), no cough,
no diarrhea. No recent antibiotics or hospitalizations. He ran out of tamsulosin 3 weeks ago.
In ED: T 38.7, HR 108, BP 98/58 -> 112/66 after 1.5 L LR, RR 20, SpO2 95% RA. Lactate 2.6. UA: >50 WBC, nitrite +,
many bacteria. WBC 16.2, Cr 1.9 (baseline 1.3), Na 131, glucose 286. Bladder scan PVR 620 mL -> Foley placed.
CT head: no acute intracranial process. CXR: no consolidation. Blood and urine cultures sent. Given ceftriaxone 1 g IV x1.

PMH: CAD s/p CABG x3 (2012); ischemic cardiomyopathy, EF 40% (TTE 2025); T2DM on insulin; CKD stage 3a; BPH with LUTS;
mild cognitive impairment; HTN; hyperlipidemia
PSH: CABG 2012, R inguinal hernia repair 1998
Allergies: sulfa (hives)
Social: lives with daughter, former smoker (quit 2012), no alcohol, ambulates with cane.
Family hx: father MI at 60.

HOME MEDICATIONS (reconciled with daughter and pharmacy fill history):
aspirin 81 mg PO daily / atorvastatin 80 mg PO nightly / metoprolol succinate 50 mg PO daily / lisinopril 10 mg PO daily /
insulin glargine 20 units SC nightly / tamsulosin 0.4 mg PO nightly (not taking x3 wk) / donepezil 5 mg PO nightly

EXAM: ill-appearing elderly man, oriented to person only, inattentive (CAM positive). Dry mucous membranes. RRR, sternotomy
scar, no murmur. Lungs clear. Abdomen soft, suprapubic tenderness, no CVA tenderness. No focal neuro deficits.

ASSESSMENT & PLAN:
76M with complicated UTI with sepsis and acute urinary retention, with delirium and AKI.
# Sepsis due to complicated UTI (A41.9, N39.0) - ceftriaxone 1 g IV q24h, f/u cultures, narrow when able. Lactate recheck.
# Acute urinary retention due to BPH - Foley to gravity; restart tamsulosin 0.4 mg PO nightly; voiding trial in 48-72 h.
# Delirium due to infection - delirium precautions, avoid benzodiazepines and anticholinergics, hold donepezil tonight only? ->
  continue donepezil 5 mg PO nightly (chronic), reorientation, daughter at bedside.
# AKI on CKD 3a, likely prerenal + obstructive - hold lisinopril; IV LR 75 mL/h; BMP in AM; renally dose meds.
# T2DM with hyperglycemia - glargine reduced to 14 units SC nightly + lispro sliding scale SC AC&HS; A1c.
# Ischemic cardiomyopathy / CAD s/p CABG - continue aspirin 81 mg PO daily and atorvastatin 80 mg PO nightly; hold metoprolol
  while soft BPs, resume when SBP > 110.
# Hyponatremia, mild - likely hypovolemic, recheck with fluids.
VTE ppx: heparin 5000 units SC q8h. Code status: DNR/DNI confirmed with patient's daughter (HCPOA). Dispo: inpatient, tele.
""", [("ceftriaxone", "1 g", "IV", "q24h"), ("tamsulosin", "0.4 mg", "PO", "nightly"), ("donepezil", "5 mg", "PO", "nightly"),
      ("LR", "75 mL/h", "IV", None), ("glargine", "14 units", "SC", "nightly"), ("lispro", "sliding scale", "SC", "AC&HS"),
      ("aspirin", "81 mg", "PO", "daily"), ("atorvastatin", "80 mg", "PO", "nightly"), ("heparin", "5000 units", "SC", "q8h")],
     [("CAD s/p CABG x3 (2012)", "I25.10"), ("ischemic cardiomyopathy, EF 40% (TTE 2025)", "I25.5"), ("T2DM on insulin", "E11.9"),
      ("CKD stage 3a", "N18.31"), ("BPH with LUTS", "N40.1"), ("mild cognitive impairment", "G31.84"), ("HTN", "I10"),
      ("hyperlipidemia", "E78.5"), ("Sepsis due to complicated UTI", "A41.9"), ("Acute urinary retention due to BPH", "R33.8"),
      ("Delirium due to infection", "F05"), ("AKI on CKD 3a, likely prerenal + obstructive", "N17.9"),
      ("T2DM with hyperglycemia", "E11.65"), ("Hyponatremia, mild", "E87.1")],
     negated=["falls", "chest pain", "cough", "diarrhea", "acute intracranial process", "consolidation", "murmur",
              "CVA tenderness", "focal neuro deficits", "alcohol"],
     stopped=["lisinopril", "metoprolol"])


# ======================================= checks and output =========================================================
# Every typo'd id follows its label (it must be redacted whatever its check digit); every bare id has none.
for n in corpuslib.NOTES:
    for p in n["phi"]:
        if p["text"] in BAD:
            assert p.get("labelled"), (n["id"], "a wrong check digit without its label", p["text"])
        if p["text"] in BARE:
            assert not p.get("labelled"), (n["id"], "a bare id marked as labelled", p["text"])
assert all(n["id"].startswith("h10-") for n in corpuslib.NOTES)
write(os.path.dirname(os.path.abspath(__file__)))
corpuslib.report_counts()
