#!/usr/bin/env python3
"""Fifth held-out set (issue 17), written blind on 2026-12-01: its author read no extraction or redaction rule, no
test, no note of the other corpora and no history of them; only Tests/ClinicalHeldOut2/corpuslib.py (the label
format), the helper part of Tests/ClinicalHeldOut4/generate.py and the Makefile's eval target. Measured once
(BASELINE.txt). Run: python3 generate.py (rewrites *.json).
Conventions: a medication's dose, route and frequency are verbatim spans of the note (None when absent), the
frequency keeps its as-needed clause; comorbidities under history headers or in prose are diagnoses, a comorbidity
named again in the assessment is labelled once; an acute event and its chronic disease are two diagnoses; denied
findings go to `negated`, drugs stopped/suspended to `stopped`, drugs given only before the visit are neither.
A title (Dr., Dra., Lic.) stays outside a name; national ids (DNI, CC, CI, cédula de identidad) are DNI, the Mexican
NSS and the US SSN are SSN, clinicians' registrations are CEDULA, folio/affiliate/insurance/accession/admission/NPI
numbers are EXPEDIENTE; visit dates are not PHI, only dates of birth."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ClinicalHeldOut2"))
import corpuslib
from corpuslib import checked_note as note, write, curp, rfc, cpf, rut, fold
from functools import partial
from corpuslib import nss  # the one set of check-digit generators
# This set's own typos in a wrong check digit.
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=6), partial(corpuslib.uy_ci, shift=1),
                               partial(corpuslib.do_cedula, shift=2))














# ======================================= Mexico ====================================================================
note("h5-es-mx-01", "MX", "es", f"""CLINICA DE MEDICINA FAMILIAR ISSSTE TLALPAN
NOTA DE EVOLUCION
PACIENTE: [[N|MARTINEZ SOLIS ALMA ROSA]]  EXP: [[R*|TLP-55102]]  CURP: [[CURP*|{curp("MASA710315MDFRLL0")}]]
FECHA: 12/11/2026

SUBJETIVO: pcte femenina de 55 a con dx de dm2 y hta q acude por resultados. refiere poliuria leve, sin disuria, niega nicturia.
OBJETIVO: ta 138/84, fc 80, gluc capilar 212, peso 78.4
ANALISIS: dm2 en descontrol metabolico / hta controlada / neuropatia periferica diabetica
PLAN: metformina 850 mg vo c/12 hrs, se agrega dapagliflozina 10 mg vo c/24 hrs, losartan 50mg vo cada 24 h, pregabalina 75 mg vo por la noche
cita en 1 mes con HbA1c

Medico tratante: [[N|Octavio Reyna Castillo]]   ced. prof. [[CED*|10293847]]
""", [("metformina", "850 mg", "vo", "c/12 hrs"), ("dapagliflozina", "10 mg", "vo", "c/24 hrs"),
      ("losartan", "50mg", "vo", "cada 24 h"), ("pregabalina", "75 mg", "vo", "por la noche")],
     [("dm2 en descontrol metabolico", "E11.65"), ("hta controlada", "I10"), ("neuropatia periferica diabetica", "E11.40")],
     negated=["disuria", "nicturia"])

note("h5-es-mx-02", "MX", "es", f"""Dr. [[N|Fernando Aguirre Basurto]]
PEDIATRA - Céd. Prof. [[CED*|7720145]]  Cédula Esp. [[CED*|11020334]]
Consultorio: [[A|Av. Revolución 1425, Int. 302, Col. Guadalupe Inn, CDMX]]  Tel. [[T|55 5662 0917]]

Nombre: [[N|Santiago Lugo Peña]]    Edad: 4 años   Peso: 17 kg
Fecha: 20/11/2026
Dx: Otitis media aguda derecha

Rx
1.- Amoxicilina/ácido clavulánico susp 400 mg/57 mg/5 mL: dar 5.5 mL VO cada 12 horas x 10 dias
2.- Paracetamol gotas 100 mg/mL: 17 gotas VO cada 6 hrs solo si fiebre o dolor
3.- Lavados nasales con solucion salina

Mama: [[N|Brenda Peña Olvera]]
""", [("Amoxicilina/ácido clavulánico", "5.5 mL", "VO", "cada 12 horas"), ("Paracetamol", "17 gotas", "VO", "cada 6 hrs solo si fiebre o dolor")],
     [("Otitis media aguda derecha", "H66.9")])

note("h5-es-mx-03", "MX", "es", f"""HOSPITAL REGIONAL DE ALTA ESPECIALIDAD - MEDICINA INTERNA
HOJA DE INGRESO
Nombre del paciente: [[N|Gilberto Anaya Trujillo]]
No. afiliación: [[R*|4410-22-19-7731]]       NSS [[SSN*|{nss("4410221977")}]]
Fecha de nacimiento: [[B|09-ago-1958]]
Familiar responsable: [[N|Irma Trujillo de Anaya]] (esposa)  cel. [[T|222 318 4420]]

Motivo de ingreso: disnea de medianos esfuerzos y edema de miembros inferiores de 2 semanas.
Antecedentes personales patologicos: Cardiopatia isquemica (IAM en 2019 con stent), DM2 de larga evolucion, ERC KDIGO 3b. Tabaquismo suspendido hace 5 años.
Niega asma. Niega alergias medicamentosas.
EF: TA 150/90 FC 96 FR 24 SpO2 89% aire ambiente. Crepitantes bibasales, ingurgitacion yugular, edema ++ hasta rodillas.
IDx:
 1) Insuficiencia cardiaca descompensada NYHA III
 2) Derrame pleural derecho
Tx: furosemida 40 mg IV c/12 h, enoxaparina 40 mg SC c/24h, insulina glargina 14 UI SC por la noche, carvedilol 3.125 mg VO c/12h.
Se suspende metformina por TFG 32.
Ingresa: Dra. [[N|Paulina Escamilla]] R3 MI
""", [("furosemida", "40 mg", "IV", "c/12 h"), ("enoxaparina", "40 mg", "SC", "c/24h"),
      ("insulina glargina", "14 UI", "SC", "por la noche"), ("carvedilol", "3.125 mg", "VO", "c/12h")],
     [("Cardiopatia isquemica", "I25.9"), ("IAM en 2019", "I25.2"), ("DM2 de larga evolucion", "E11.9"), ("ERC KDIGO 3b", "N18.3"),
      ("Insuficiencia cardiaca descompensada NYHA III", "I50.9"), ("Derrame pleural derecho", "J90")],
     negated=["asma", "alergias medicamentosas"], stopped=["metformina"])

note("h5-es-mx-04", "MX", "es", f"""TELECONSULTA - Medicina General
Paciente [[N|Daniela Ibarra Quintero]], 29 años, RFC [[RFC*|{rfc("IAQD970203JK", bad=True)}]] / [[CURP|{curp("IAQD970203MSRBNN0")}]]
correo: [[E|dani.ibarra.q@gmail.com]]
Consulta por videollamada. Refiere ardor al orinar y urgencia desde ayer, sin fiebre, sin dolor lumbar. No embarazo (FUM hace 2 semanas).
Impresion: Cistitis aguda no complicada
Indico nitrofurantoina 100 mg VO cada 12 horas por 5 dias y fenazopiridina 100 mg VO c/8h por 2 dias.
Datos de alarma explicados.
""", [("nitrofurantoina", "100 mg", "VO", "cada 12 horas"), ("fenazopiridina", "100 mg", "VO", "c/8h")],
     [("Cistitis aguda no complicada", "N30.0")], negated=["fiebre", "dolor lumbar"])

# ======================================= Colombia ==================================================================
note("h5-es-co-05", "CO", "es", """IPS SALUD TOTAL SURAMERICANA - CONSULTA PRIORITARIA
Paciente: [[N|Yeison Andrés Cardona Ríos]]   CC [[DNI*|1036652874]]
Historia clinica: [[R*|1036652874-HC]]   EPS: Sura   Tel [[T|304 558 2291]]
Motivo: "me duele la garganta y tengo fiebre"
Enfermedad actual: cuadro de 3 dias de odinofagia, fiebre no cuantificada, malestar general. Niega tos. Niega dificultad respiratoria.
Antecedentes: asma intermitente en la infancia, rinitis alergica. Alergico a la penicilina (urticaria).
Examen: T 38.6 FC 102. Amigdalas hipertroficas con exudado, adenopatias cervicales dolorosas.
Diagnostico: Faringoamigdalitis estreptococica; rinitis alergica
Conducta: azitromicina tab 500 mg VO cada dia por 5 dias, acetaminofen 1 g VO cada 8 horas si fiebre, loratadina 10 mg VO cada noche.
Incapacidad 2 dias.
Médico: [[N|Luisa Fernanda Ospina]]  RM [[CED*|5-2231-09]]
""", [("azitromicina", "500 mg", "VO", "cada dia"), ("acetaminofen", "1 g", "VO", "cada 8 horas si fiebre"),
      ("loratadina", "10 mg", "VO", "cada noche")],
     [("asma intermitente", "J45.20"), ("Faringoamigdalitis estreptococica", "J02.0"), ("rinitis alergica", "J30.4")],
     negated=["tos", "dificultad respiratoria"])

note("h5-es-co-06", "CO", "es", """CLINICA DEL COUNTRY - EPICRISIS
Nombre: [[N|María Camila Restrepo Gaviria]]  Documento: CC [[DNI*|52871460]]  Edad: 67 años
No. de ingreso: [[R*|ING-2026-118843]]
Fecha de ingreso: 02/11/2026   Fecha de egreso: 09/11/2026
Acudiente: [[N|Juan Pablo Restrepo]] (hijo), celular [[T|310 774 9082]]

Resumen: paciente con antecedente de FA permanente anticoagulada y HTA, ingresa por hemiparesia izquierda y disartria de 3 h de evolucion. TAC simple sin hemorragia; no candidata a trombolisis por INR 2.8.
Diagnosticos de egreso:
- ACV isquemico de arteria cerebral media derecha
- Fibrilacion auricular permanente
- Hipertension arterial
- Disfagia orofaringea, en mejoria
Medicamentos de egreso: apixaban 5 mg VO c/12h; atorvastatina 80 mg VO noche; amlodipino 5 mg VO dia.
Se suspende warfarina.
Control por neurologia en 15 dias.
Firma: [[N|Andrés Felipe Galvis]] - Neurologia - RM [[CED*|80452213]]
""", [("apixaban", "5 mg", "VO", "c/12h"), ("atorvastatina", "80 mg", "VO", "noche"), ("amlodipino", "5 mg", "VO", "dia")],
     [("ACV isquemico de arteria cerebral media derecha", "I63.5"), ("Fibrilacion auricular permanente", "I48.21"),
      ("Hipertension arterial", "I10"), ("Disfagia orofaringea", "R13.12")],
     stopped=["warfarina"])

note("h5-es-co-07", "CO", "es", """LABORATORIO CLINICO HEMATOLOGICO S.A.
----------------------------------------------------------------
PACIENTE : [[N|HERRERA MONTOYA LUZ DARY]]        ORDEN : [[R*|240981123]]
IDENTIF. : CC [[DNI*|43512988]]                  EDAD  : 48 A
F. NAC.  : [[B|22/05/1978]]                       SEXO  : F
MEDICO   : [[N|CASTRO PINEDA JORGE]]             ENTIDAD: NUEVA EPS
----------------------------------------------------------------
HEMOGRAMA
HEMOGLOBINA        9.1    g/dL     12.0 - 16.0   (BAJO)
VCM               71.2    fL       80 - 100      (BAJO)
FERRITINA          6.0    ng/mL    15 - 150      (BAJO)
TSH                2.1    uUI/mL   0.4 - 4.0
COMENTARIO: hallazgos compatibles con anemia ferropenica.
Bacteriologa: [[N|Sandra Milena Ruiz]]  T.P. [[CED*|21.334]]
""", [], [("anemia ferropenica", "D50.9")])

# ======================================= Argentina =================================================================
note("h5-es-ar-08", "AR", "es", """Guardia Hospital Fernandez
Pac: [[N|Nicolas Ezequiel Barreiro]], 34a, DNI [[DNI*|33.912.447]]
OS: OSDE [[R*|61 889034 2 01]]
MC: dolor lumbar derecho colico, irradiado a ingle, hematuria. Sin fiebre. Niega vomitos.
AP: litiasis renal (2021), nada mas. NAM.
EF: PPL (+) der. Afebril. TA 130/80.
Eco: dilatacion pielica leve derecha, lito 5mm en ureter distal.
Dx: colico renal derecho / litiasis ureteral distal derecha
Ind: ketorolac 30 mg EV ahora; luego diclofenac 75 mg IM si dolor; tamsulosina 0.4 mg VO una vez al dia x 2 semanas. Hidratacion.
Pautas de alarma. Control con urologia.
Dra. [[N|Sabrina Lofeudo]] MN [[CED*|142.337]]
""", [("ketorolac", "30 mg", "EV", "ahora"), ("diclofenac", "75 mg", "IM", "si dolor"), ("tamsulosina", "0.4 mg", "VO", "una vez al dia")],
     [("litiasis renal", "N20.0"), ("colico renal derecho", "N23"), ("litiasis ureteral distal derecha", "N20.1")],
     negated=["fiebre", "vomitos"])

note("h5-es-ar-09", "AR", "es", """CONSULTORIO DE CLINICA MEDICA
Paciente: [[N|Elena Beatriz Santoro]] - 72 años - HC [[R*|88412]] - PAMI [[R*|150663274108]]
Vive con su hija, [[N|Marcela Santoro]] ([[T|11 4982-3316]]).
Control. Trae laboratorio.
Antec.: HTA, hipotiroidismo, osteoporosis, EPOC leve (ex tabaquista 40 p/y). No DBT.
Examen: TA 142/78, FC 70, SatO2 94%. Murmullo vesicular disminuido sin ruidos agregados.
Lab: TSH 7,9; Vit D 14.
Impresion: hipotiroidismo subtratado y deficit de vitamina D; resto estable.
Plan: aumento levotiroxina a 100 mcg VO en ayunas; colecalciferol 100.000 UI VO mensual; sigue enalapril 10 mg VO c/12 hs; budesonida/formoterol 160/4.5 1 inhalacion c/12 hs y salbutamol 2 puffs si disnea.
Suspende alendronato (5 años cumplidos).
""", [("levotiroxina", "100 mcg", "VO", "en ayunas"), ("colecalciferol", "100.000 UI", "VO", "mensual"),
      ("enalapril", "10 mg", "VO", "c/12 hs"), ("budesonida/formoterol", "1 inhalacion", None, "c/12 hs"),
      ("salbutamol", "2 puffs", None, "si disnea")],
     [("HTA", "I10"), ("osteoporosis", "M81.0"), ("EPOC leve", "J44.9"),
      ("hipotiroidismo subtratado", "E03.9"), ("deficit de vitamina D", "E55.9")],
     negated=["DBT"], stopped=["alendronato"])

note("h5-es-ar-10", "AR", "es", """SANATORIO GUEMES - Servicio de Obstetricia
Evolucion - internacion conjunta
[[N|Rocio Ayelen Medina]], 26 años, G2P1, CUIL [[DNI*|27-38447120-4]]
Puerpera de 24 hs de cesarea por DPC (desproporcion pelvicefalica). RN sano.
Antecedente: diabetes gestacional controlada con dieta. Niega HTA del embarazo.
Afebril, TA 110/70, utero retraido, loquios normales, herida OK.
Dx: Puerperio quirurgico inmediato normoevolutivo
Indicaciones: ibuprofeno 400 mg VO c/8 hs; paracetamol 1 g VO c/6 hs si dolor; sulfato ferroso 1 comp VO por dia.
Acompañante: [[N|Matias Gonzalez]] (pareja)
""", [("ibuprofeno", "400 mg", "VO", "c/8 hs"), ("paracetamol", "1 g", "VO", "c/6 hs si dolor"), ("sulfato ferroso", "1 comp", "VO", "por dia")],
     [("diabetes gestacional controlada con dieta", "O24.410"), ("Puerperio quirurgico inmediato normoevolutivo", "Z39.0")],
     negated=["HTA del embarazo"])

# ======================================= Chile =====================================================================
note("h5-es-cl-11", "CL", "es", f"""CESFAM DR. ALEJANDRO DEL RIO - PROGRAMA CARDIOVASCULAR
Usuario: [[N|Héctor Manuel Vergara Soto]]   RUT: [[RUT*|{rut(9876543)}]]   F. nac [[B|30-04-1954]]
Fono [[T|+56 9 8123 4470]]
Control PSCV. Paciente HTA, DM2 insulinorequirente, dislipidemia mixta. Sin dolor precordial. Niega claudicacion.
PA 128/76, IMC 29. Fondo de ojo: retinopatia diabetica no proliferativa leve.
HbA1c 7.4%, LDL 92, RAC 45.
Diagnosticos: DM2 con nefropatia incipiente; retinopatia diabetica no proliferativa leve
Indicaciones:
* Insulina NPH 30 UI SC al dia (20 AM / 10 PM)
* Metformina 1000 mg VO c/12 h
* Enalapril 20 mg VO c/12 h
* Atorvastatina 20 mg VO noche
* AAS 100 mg VO al almuerzo
Proximo control con enfermera en 3 meses.
Dr. [[N|Cristóbal Fuenzalida]]
""", [("Insulina NPH", "30 UI", "SC", "al dia"), ("Metformina", "1000 mg", "VO", "c/12 h"),
      ("Enalapril", "20 mg", "VO", "c/12 h"), ("Atorvastatina", "20 mg", "VO", "noche"), ("AAS", "100 mg", "VO", "al almuerzo")],
     [("HTA", "I10"), ("dislipidemia mixta", "E78.2"), ("DM2 con nefropatia incipiente", "E11.21"),
      ("retinopatia diabetica no proliferativa leve", "E11.329")],
     negated=["dolor precordial", "claudicacion"])

note("h5-es-cl-12", "CL", "es", f"""SERVICIO DE URGENCIA - HOSPITAL BARROS LUCO
DAU N° [[R*|2026-0087714]]
Nombre [[N|Valentina Paz Muñoz Araya]]  Rut [[RUT*|{rut(20445118, bad=True)}]]  17 años
Acompañada por su madre [[N|Carolina Araya Leiva]]
Consulta por crisis de asma: tos, sibilancias y disnea desde la madrugada. Usa salbutamol en casa sin respuesta.
Antecedentes: asma bronquial persistente moderada. No otras enfermedades.
SatO2 91%, FR 28, sibilancias difusas.
Hipotesis diagnostica: Crisis asmatica moderada
Manejo: salbutamol 4 puff c/20 min por 3 veces, prednisona 40 mg VO ahora, oxigeno por naricera 2 L/min.
Alta con prednisona 40 mg VO al dia por 5 dias, fluticasona/salmeterol 250/25 2 puff c/12 h.
""", [("salbutamol", "4 puff", None, "c/20 min por 3 veces"), ("prednisona", "40 mg", "VO", "al dia"),
      ("fluticasona/salmeterol", "2 puff", None, "c/12 h")],
     [("asma bronquial persistente moderada", "J45.40"), ("Crisis asmatica moderada", "J45.41")])

note("h5-es-cl-13", "CL", "es", f"""INTERCONSULTA
De: Medicina General, Posta Rural Los Quillayes
A: Traumatologia Hospital de Talca
Paciente: [[N|Juan Bautista Orellana]]   RUN [[RUT*|{rut(7221904, dots=False)}]]
Se deriva por gonalgia derecha cronica de 2 años, con bloqueo articular y derrame ocasional. Sin trauma reciente.
Comorbilidad: hipertenso, gota (ultima crisis 2024). No diabetico.
Rx rodilla: disminucion espacio articular medial, osteofitos.
Diagnostico presuntivo: gonartrosis derecha grado III; descartar lesion meniscal
Tratamiento actual: celecoxib 200 mg VO c/24 h, losartan 50 mg VO c/12 h, alopurinol 300 mg VO diario.
Medico: [[N|Fernanda Tapia Rojas]] - contacto [[E|ftapia.postarural@gmail.com]]
""", [("celecoxib", "200 mg", "VO", "c/24 h"), ("losartan", "50 mg", "VO", "c/12 h"), ("alopurinol", "300 mg", "VO", "diario")],
     [("gonalgia derecha cronica", "M25.561"), ("hipertenso", "I10"), ("gota", "M10.9"), ("gonartrosis derecha grado III", "M17.11")],
     negated=["diabetico"])

# ======================================= Peru ======================================================================
note("h5-es-pe-14", "PE", "es", """HOSPITAL NACIONAL CAYETANO HEREDIA
NOTA DE INGRESO - SALA DE MEDICINA
APELLIDOS Y NOMBRES: [[N|QUISPE HUAMAN TEODORO]]
DNI: [[DNI*|40551287]]     N° HC: [[R*|1102934]]      SIS
EDAD: 63 años  PROCEDENCIA: Carabayllo
FAMILIAR: [[N|Rosa Huaman Quispe]] (hermana) - cel [[T|987 221 045]]
TE: 10 dias. Inicio insidioso. Curso progresivo.
Relato: fiebre vespertina, tos con expectoracion hemoptoica, baja de peso 6 kg. Niega contacto TBC conocido.
Antecedentes: DM2 hace 8 años sin tratamiento regular. No HTA. No alergias.
BK esputo: positivo (++)
DX:
1. TUBERCULOSIS PULMONAR BK (+)
2. DIABETES MELLITUS TIPO 2 DESCOMPENSADA
PLAN: Esquema sensible: isoniazida 300 mg VO c/24h, rifampicina 600 mg VO c/24h, pirazinamida 1500 mg VO c/24h, etambutol 1200 mg VO c/24h. Insulina NPH 10 UI SC antes del desayuno.
CMP [[CED*|045521]] Dr. [[N|Raul Ccahuana]]
""", [("isoniazida", "300 mg", "VO", "c/24h"), ("rifampicina", "600 mg", "VO", "c/24h"), ("pirazinamida", "1500 mg", "VO", "c/24h"),
      ("etambutol", "1200 mg", "VO", "c/24h"), ("Insulina NPH", "10 UI", "SC", "antes del desayuno")],
     [("TUBERCULOSIS PULMONAR BK (+)", "A15.0"), ("DIABETES MELLITUS TIPO 2 DESCOMPENSADA", "E11.65")],
     negated=["HTA", "alergias"])

note("h5-es-pe-15", "PE", "es", """Clinica San Felipe - Receta
Paciente: [[N|Milagros Del Pilar Tello]]    DNI [[DNI*|71203458]]
Fecha 18/11/2026
Diagnostico: Migraña sin aura ; gastritis cronica
Rp/
- Sumatriptan 50 mg tab: 1 tab VO al inicio del dolor, repetir en 2 h si persiste (max 2/dia)
- Naproxeno 550 mg: 1 tab VO cada 12 h por 3 dias
- Omeprazol 20 mg: 1 cap VO en ayunas
- Propranolol 40 mg: 1/2 tab VO cada 12 h (profilaxis)
Dr. [[N|Gustavo Arce Linares]] - Neurologo - CMP [[CED*|38812]] RNE [[CED*|21904]]
""", [("Sumatriptan", "1 tab", "VO", "al inicio del dolor"), ("Naproxeno", "1 tab", "VO", "cada 12 h"),
      ("Omeprazol", "1 cap", "VO", "en ayunas"), ("Propranolol", "1/2 tab", "VO", "cada 12 h")],
     [("Migraña sin aura", "G43.009"), ("gastritis cronica", "K29.5")])

note("h5-es-pe-16", "PE", "es", """ENFERMERIA - REPORTE DE TURNO (NOCHE -> MAÑANA)
Servicio: Pediatria, cama 12
Niño [[N|Thiago Mamani Condori]], 2a 3m, HC [[R*|00783315]]
Madre: [[N|Yesenia Condori]] acompaña, tel. [[T|951 330 872]]
Dx medico: Neumonia adquirida en la comunidad; desnutricion cronica leve
Turno: febril a las 02:00 (38.7), se administra paracetamol 150 mg VO segun indicacion. Tolera via oral. Sin convulsiones. No dificultad respiratoria marcada, SatO2 95% con O2 1 L.
Tratamiento vigente: ampicilina 600 mg EV c/6h; paracetamol 150 mg VO c/6h PRN fiebre; nebulizacion con SSN c/8h.
Pendiente: control de hemograma.
Enf. [[N|Lizbeth Ramos]] -> Enf. [[N|Carmen Huaranga]]
""", [("ampicilina", "600 mg", "EV", "c/6h"), ("paracetamol", "150 mg", "VO", "c/6h PRN fiebre")],
     [("Neumonia adquirida en la comunidad", "J18.9"), ("desnutricion cronica leve", "E44.1")],
     negated=["convulsiones"])

# ======================================= Brazil (portuñol / Portuguese headings) ===================================
note("h5-es-br-17", "BR", "es", f"""UBS VILA NOVA CACHOEIRINHA - ATENDIMENTO
Paciente: [[N|Joaquim Ferreira da Silva]]   CPF: [[CPF*|{cpf("381204577")}]]
Prontuário: [[R*|PR-220415]]   Cartão SUS: [[R*|704 2051 9088 3321]]
Queixa principal: tontura e dor de cabeça faz 1 semana.
HDA: paciente refere cefaleia occipital, nega dor no peito, nega falta de ar. Parou o captopril por conta propria.
Antecedentes: hipertensão arterial sistêmica, diabetes tipo 2, obesidade.
Exame: PA 176/104, FC 88, glicemia capilar 240.
Hipótese diagnóstica: HAS descompensada por má adesão
Conduta: losartana 50 mg VO 12/12h; hidroclorotiazida 25 mg VO 1x ao dia; metformina 850 mg VO 2x ao dia após refeições. Suspender captopril definitivamente.
Retorno 15 dias. Médica: [[N|Ana Paula Rezende]] CRM-SP [[CED*|154872]]
""", [("losartana", "50 mg", "VO", "12/12h"), ("hidroclorotiazida", "25 mg", "VO", "1x ao dia"),
      ("metformina", "850 mg", "VO", "2x ao dia após refeições")],
     [("diabetes tipo 2", "E11.9"), ("obesidade", "E66.9"), ("HAS descompensada por má adesão", "I10")],
     negated=["dor no peito", "falta de ar"], stopped=["captopril"])

note("h5-es-br-18", "BR", "es", f"""HOSPITAL SANTA CASA DE PORTO ALEGRE
SUMÁRIO DE ALTA
Nome: [[N|Luciana Becker Schmitt]]   Data de nascimento: [[B|14/02/1989]]
CPF [[CPF*|{cpf("902113458", bad=True)}]]   Prontuário [[R*|3318870]]
Contato: marido [[N|Rodrigo Schmitt]], [[CPF|{cpf("528114220")}]], [[T|(51) 99873-4410]]
Internada por pielonefrite aguda à direita com sepse. Urocultura: E. coli sensível a ceftriaxona.
Evoluiu afebril após 48h de ceftriaxona 1 g IV 12/12h.
Diagnósticos de alta: Pielonefrite aguda direita, resolvida; Sepse de foco urinário, resolvida; Infecção urinária de repetição
Prescrição de alta: cefuroxima 500 mg VO de 12/12h por 7 dias; dipirona 1 g VO 6/6h se dor ou febre.
Não usar mais nitrofurantoína profilática.
Médico assistente: [[N|Eduardo Kunz]]
""", [("cefuroxima", "500 mg", "VO", "de 12/12h"), ("dipirona", "1 g", "VO", "6/6h se dor ou febre")],
     [("Pielonefrite aguda direita", "N10"), ("Sepse de foco urinário", "A41.51"), ("Infecção urinária de repetição", "N39.0")],
     stopped=["nitrofurantoína"])

note("h5-es-br-19", "BR", "es", f"""LABORATÓRIO FLEURY
Cliente: [[N|MARCOS ANTONIO PEREIRA LIMA]]        Atendimento: [[R*|7741-09921-3]]
Nasc.: [[B|05/09/1966]]        CPF: [[CPF*|{cpf("120554390")}]]
Médico solicitante: [[N|Patricia Nogueira]] CRM [[CED*|88120]]
Exame                Resultado   Ref.
Creatinina           2,4 mg/dL   0,7-1,3
TFG (CKD-EPI)        31          >60
Potássio             5,6 mEq/L   3,5-5,1
Hemoglobina glicada  8,9 %       <5,7
Observação: dados compatíveis com doença renal crônica estágio 3b e hipercalemia leve.
""", [], [("doença renal crônica estágio 3b", "N18.32"), ("hipercalemia leve", "E87.5")])

# ======================================= Ecuador ===================================================================
note("h5-es-ec-20", "EC", "es", f"""HOSPITAL DEL IESS QUITO SUR - CONSULTA EXTERNA ENDOCRINOLOGIA
Paciente: [[N|Wilson Patricio Chiluisa Toapanta]]  C.I. [[DNI*|{cedula_ec("170845221")}]]
HCL: [[R*|478120]]
MOTIVO DE CONSULTA: control de tiroides
ANTECEDENTES PATOLOGICOS PERSONALES: enfermedad de graves diagnosticada 2025; fibrilacion auricular paroxistica; no diabetes, no HTA
EXAMEN FISICO: FC 72 ritmico, temblor fino ausente, bocio difuso grado I.
TSH 0.9, T4L 1.2.
DIAGNOSTICO: Hipertiroidismo por enfermedad de Graves en remision clinica
TRATAMIENTO: metimazol 5 mg VO diario; propranolol suspendido; rivaroxaban 20 mg VO con la cena.
Dr. [[N|Byron Andrade Paucar]]  Reg. MSP [[CED*|1708-2011-1150772]]
""", [("metimazol", "5 mg", "VO", "diario"), ("rivaroxaban", "20 mg", "VO", "con la cena")],
     [("fibrilacion auricular paroxistica", "I48.0"), ("Hipertiroidismo por enfermedad de Graves en remision clinica", "E05.00")],
     negated=["diabetes", "HTA"], stopped=["propranolol"])

note("h5-es-ec-21", "EC", "es", f"""CENTRO DE SALUD TIPO C - CONTROL PRENATAL
Usuaria: [[N|Jessenia Maribel Quimí Tomalá]], 22 años, cedula [[DNI*|{cedula_ec("092331874", bad=True)}]]
FUM 10/05/2026, EG 28.4 semanas por eco. G1P0.
Refiere cefalea y edema de pies. Niega sangrado, niega perdida de liquido. Movimientos fetales +.
TA 146/96 (repetida 144/94), proteinuria en tira ++. FCF 142.
DIAGNOSTICO: Embarazo de 28 semanas; preeclampsia sin signos de severidad
PLAN: referencia a hospital gineco-obstetrico. Nifedipino 10 mg VO c/8h, acido acetilsalicilico 100 mg VO cada noche, calcio 1 g VO al dia.
Esposo: [[N|Kleber Tomalá]] - telf [[T|099 451 2287]]
Obst. [[N|Diana Villacís]]
""", [("Nifedipino", "10 mg", "VO", "c/8h"), ("acido acetilsalicilico", "100 mg", "VO", "cada noche"), ("calcio", "1 g", "VO", "al dia")],
     [("Embarazo de 28 semanas", "Z3A.28"), ("preeclampsia sin signos de severidad", "O14.03")],
     negated=["sangrado", "perdida de liquido"])

# ======================================= Uruguay ===================================================================
note("h5-es-uy-22", "UY", "es", f"""CASMU - Policlinica Medicina General
Usuario [[N|Washington Damián Pereyra Silva]]   CI [[DNI*|{ci_uy("3456821")}]]
Contacto de emergencia: [[N|Mónica Silva]] [[T|099 118 734]]
MC: control de HTA y EPOC.
Refiere disnea grado 2 mMRC estable, sin exacerbaciones este año. Fumador activo 20 cig/dia.
EF: PA 134/82. Sat 93%. Espiracion prolongada.
Problemas: 1) EPOC GOLD 2 2) HTA 3) tabaquismo activo
Indico: tiotropio 18 mcg inhalado 1 vez por dia; salbutamol 200 mcg inhalado si falta de aire; amlodipina 10 mg vo dia; vareniclina 0,5 mg vo dia x 3 dias luego c/12h.
Derivo a policlinica de cesacion tabaquica.
Dr. [[N|Gonzalo Martirena]]
""", [("tiotropio", "18 mcg", "inhalado", "1 vez por dia"), ("salbutamol", "200 mcg", "inhalado", "si falta de aire"),
      ("amlodipina", "10 mg", "vo", "dia"), ("vareniclina", "0,5 mg", "vo", "dia")],
     [("EPOC GOLD 2", "J44.9"), ("HTA", "I10"), ("tabaquismo activo", "F17.210")])

note("h5-es-uy-23", "UY", "es", f"""HOSPITAL DE CLINICAS - CTI
PASE DE GUARDIA
Pte: [[N|Ana Laura Techera]], 58a, CI [[DNI*|{ci_uy("1902447", bad=True)}]], Reg. [[R*|HC-0991274]]
Ingreso por shock septico a punto de partida abdominal (peritonitis por perforacion de sigmoides), POP de Hartmann dia 2.
AP: obesidad, DM tipo 2, hipotiroidismo.
Actual: noradrenalina 0,15 mcg/kg/min IV continua en descenso; meropenem 1 g IV c/8h; insulina cristalina por protocolo; levotiroxina 75 mcg por SNG en ayunas.
No fiebre ultimas 24h. Diuresis adecuada.
Pendientes: hemocultivos. Hablar con la hija ([[N|Florencia Techera]]) a las 14 h.
""", [("noradrenalina", "0,15 mcg/kg/min", "IV", "continua"), ("meropenem", "1 g", "IV", "c/8h"),
      ("insulina cristalina", None, None, "por protocolo"), ("levotiroxina", "75 mcg", "SNG", "en ayunas")],
     [("shock septico", "R65.21"), ("peritonitis por perforacion de sigmoides", "K57.20"), ("obesidad", "E66.9"),
      ("DM tipo 2", "E11.9"), ("hipotiroidismo", "E03.9")],
     negated=["fiebre"])

# ======================================= Venezuela =================================================================
note("h5-es-ve-24", "VE", "es", """Consultorio Medico Popular - Barrio Adentro, Petare
Paciente: [[N|Yusmary del Valle Rondón]]  C.I.: [[DNI*|V-18.774.302]]  Edad 38
Direccion: [[A|Sector La Bombilla, calle 4, casa 17, Petare]]
Consulta por fiebre alta de 4 dias, dolor retroocular, mialgias y petequias en miembros inferiores.
Niega sangrado de encias. No vomitos persistentes.
Prueba del torniquete positiva. Plaquetas 88.000, Hto 44%.
IDX: Dengue sin signos de alarma, grupo B
Plan: hidratacion oral, acetaminofen 500 mg VO c/6h si fiebre, NO AINES. Control de plaquetas en 24h.
Dra. [[N|Nairobi Castellanos]]  MPPS [[CED*|98.211]]  CM [[CED*|14.552]]
""", [("acetaminofen", "500 mg", "VO", "c/6h si fiebre")],
     [("Dengue sin signos de alarma, grupo B", "A90")],
     negated=["sangrado de encias", "vomitos persistentes"])

note("h5-es-ve-25", "VE", "es", """HOSPITAL UNIVERSITARIO DE CARACAS
RESUMEN DE EGRESO - CIRUGIA GENERAL
Nombre: [[N|Carlos Eduardo Mijares Blanco]]   Cedula: [[DNI*|V-11.208.553]]
Historia: [[R*|77-20-41]]   Fecha nac: [[B|02/12/1972]]
Ingreso: colecistitis aguda litiasica. Antec: HTA, hernia umbilical. Alergia a sulfas.
Se realizo colecistectomia laparoscopica sin complicaciones.
DX EGRESO: POP colecistectomia laparoscopica por colecistitis aguda litiasica; HTA; hernia umbilical
TTO: ketoprofeno 100 mg VO c/12h x 5 dias, omeprazol 20 mg VO OD, losartan potasico 50 mg VO OD.
Tramadol 50 mg VO c/8h solo en caso de dolor intenso.
Residente: [[N|Oriana Paredes]]
""", [("ketoprofeno", "100 mg", "VO", "c/12h"), ("omeprazol", "20 mg", "VO", "OD"), ("losartan potasico", "50 mg", "VO", "OD"),
      ("Tramadol", "50 mg", "VO", "c/8h solo en caso de dolor intenso")],
     [("colecistitis aguda litiasica", "K80.00"), ("HTA", "I10"), ("hernia umbilical", "K42.9")])

# ======================================= Bolivia ===================================================================
note("h5-es-bo-26", "BO", "es", """CAJA NACIONAL DE SALUD - POLICONSULTORIO LA PAZ
Asegurado: [[N|Freddy Choque Mamani]]   Matricula: [[R*|58-0412-CMF]]   CI: [[DNI*|4877120 LP]]
Edad 61 a.
Acude por dolor epigastrico urente postprandial de 2 meses, pirosis. Niega melena, niega hematemesis. Sin perdida de peso.
Antecedentes: HTA en tratamiento, artritis reumatoide (usa AINES a diario por su cuenta).
Endoscopia: ulcera gastrica antral Forrest III, test de ureasa positivo.
Diagnostico: Ulcera gastrica asociada a H. pylori y AINES, artritis reumatoide, HTA
Rp. omeprazol 20 mg VO c/12 h; amoxicilina 1 g VO c/12 h; claritromicina 500 mg VO c/12 h (14 dias); metotrexato 15 mg VO semanal; acido folico 5 mg VO semanal; enalapril 10 mg VO c/d.
Suspender diclofenaco.
Dr. [[N|Marcelo Quispe Apaza]]  Mat. Prof. [[CED*|Q-221]]
""", [("omeprazol", "20 mg", "VO", "c/12 h"), ("amoxicilina", "1 g", "VO", "c/12 h"), ("claritromicina", "500 mg", "VO", "c/12 h"),
      ("metotrexato", "15 mg", "VO", "semanal"), ("acido folico", "5 mg", "VO", "semanal"), ("enalapril", "10 mg", "VO", "c/d")],
     [("HTA en tratamiento", "I10"), ("Ulcera gastrica asociada a H. pylori y AINES", "K25.9"), ("artritis reumatoide", "M06.9")],
     negated=["melena", "hematemesis"], stopped=["diclofenaco"])

note("h5-es-bo-27", "BO", "es", """HOSPITAL DEL NIÑO "DR. OVIDIO ALIAGA URIA"
EMERGENCIAS PEDIATRICAS
Nombre: [[N|Luz Abigail Flores Ticona]]  Edad: 11 meses  Peso 8.2 kg
Hija de [[N|Marisol Ticona]] y [[N|Efraín Flores]]; tel [[T|72058841]]
Cuadro de diarrea acuosa 8 episodios/dia por 3 dias, vomitos, rechazo alimentario. Sin sangre en heces. Fiebre 38.
Mucosas secas, llenado capilar 3 seg, ojos hundidos, fontanela deprimida.
Dx: Enfermedad diarreica aguda con deshidratacion moderada
Plan B: sales de rehidratacion oral 75 ml/kg VO en 4 horas; zinc 10 mg VO cada dia por 14 dias; ondansetron 1.2 mg IV dosis unica.
""", [("sales de rehidratacion oral", "75 ml/kg", "VO", "en 4 horas"), ("zinc", "10 mg", "VO", "cada dia"),
      ("ondansetron", "1.2 mg", "IV", "dosis unica")],
     [("Enfermedad diarreica aguda con deshidratacion moderada", "A09")],
     negated=["sangre en heces"])

# ======================================= Paraguay ==================================================================
note("h5-es-py-28", "PY", "es", """INSTITUTO DE PREVISION SOCIAL - HOSPITAL CENTRAL
Consultorio de Cardiologia
Paciente: [[N|Ramón Bernardino Giménez Acosta]], C.I.N° [[DNI*|1.884.302]], asegurado N° [[R*|0188430201]]
Cel.: [[T|0981 442 117]]
Control post IAM. Refiere angor de esfuerzo ocasional que cede con reposo. No sincope, no palpitaciones.
Antecedentes: IAM anterior extenso (marzo 2026) con angioplastia a DA, HTA, dislipemia, ex tabaquista.
ECG: ritmo sinusal, onda Q en V1-V4. Eco: FEVI 38%.
Dx: cardiopatia isquemica con FEVI reducida; angina estable clase II
Medicacion: aspirina 100 mg VO dia, clopidogrel 75 mg VO dia, bisoprolol 5 mg VO dia, rosuvastatina 40 mg VO noche, sacubitrilo/valsartan 49/51 mg VO c/12 hs, dinitrato de isosorbide 5 mg SL en caso de dolor de pecho.
Dra. [[N|Liz Carolina Benítez]]  Reg. Prof. [[CED*|9.412]]
""", [("aspirina", "100 mg", "VO", "dia"), ("clopidogrel", "75 mg", "VO", "dia"), ("bisoprolol", "5 mg", "VO", "dia"),
      ("rosuvastatina", "40 mg", "VO", "noche"), ("sacubitrilo/valsartan", "49/51 mg", "VO", "c/12 hs"),
      ("dinitrato de isosorbide", "5 mg", "SL", "en caso de dolor de pecho")],
     [("IAM anterior extenso", "I21.09"), ("HTA", "I10"), ("dislipemia", "E78.5"),
      ("cardiopatia isquemica con FEVI reducida", "I25.5"), ("angina estable clase II", "I20.8")],
     negated=["sincope", "palpitaciones"])

note("h5-es-py-29", "PY", "es", """Sanatorio Migone - Consulta Dermatologia
Pcte [[N|Belén Ortiz Villalba]] (16 años), acompañada de su padre [[N|Hugo Ortiz]]
Email para resultados: [[E|hugo.ortiz.py@hotmail.com]]
Lesiones en cara y espalda hace 1 año, empeoran con la menstruacion. Ya uso peroxido de benzoilo sin mejoria.
Examen: comedones, papulas y pustulas en frente, mejillas y dorso; algunos nodulos. Sin cicatrices.
DX: acne vulgar moderado a severo
TTO: doxiciclina 100 mg VO c/24 hs x 3 meses; adapaleno 0.1% gel topico cada noche; protector solar FPS50 topico cada mañana.
Control en 6 semanas.
""", [("doxiciclina", "100 mg", "VO", "c/24 hs"), ("adapaleno", "0.1% gel", "topico", "cada noche"),
      ("protector solar", "FPS50", "topico", "cada mañana")],
     [("acne vulgar moderado a severo", "L70.0")])

# ======================================= Central America ===========================================================
note("h5-es-gt-30", "GT", "es", """HOSPITAL ROOSEVELT - CONSULTA EXTERNA DE MEDICINA
Paciente: [[N|Edwin Rolando Xitumul Cux]]  DPI: [[DNI*|2718 44091 0101]]  Registro medico: [[R*|2026-448120]]
Edad: 45 años. Procedente de Chimaltenango.
Motivo de consulta: "se me hinchan los pies y orino con espuma"
Antecedentes medicos: diabetes mellitus tipo 2 x 10 años, hipertension arterial x 4 años. Niega cirugias.
Laboratorio: creatinina 2.9, proteinuria 3.5 g/24h, albumina 2.6.
Impresion clinica:
a) Enfermedad renal diabetica con sindrome nefrotico
b) DM2 mal controlada
c) HTA estadio 2
Plan: insulina NPH 16 U SC en la mañana y 8 U SC en la noche; enalapril 5 mg VO BID; furosemida 40 mg VO QD; atorvastatina 40 mg VO HS.
Se omite glimepirida.
Dr. [[N|Marvin Sic Tzoc]], colegiado [[CED*|14882]]
""", [("insulina NPH", "16 U", "SC", "en la mañana"), ("enalapril", "5 mg", "VO", "BID"), ("furosemida", "40 mg", "VO", "QD"),
      ("atorvastatina", "40 mg", "VO", "HS")],
     [("Enfermedad renal diabetica con sindrome nefrotico", "E11.21"), ("DM2 mal controlada", "E11.65"), ("HTA estadio 2", "I10")],
     stopped=["glimepirida"])

note("h5-es-sv-31", "SV", "es", """ISSS - UNIDAD MEDICA ILOPANGO
Nota de consulta
Derechohabiente: [[N|Karla Yamileth Portillo Rivas]]   No. afiliacion [[R*|058812347]]
Tel. [[T|7845-2290]]   Dirección: [[A|Col. Santa Lucía, pasaje 7, casa 22, Ilopango, San Salvador]]
S/ Paciente de 33 años con ardor epigastrico y palpitaciones cuando toma cafe; refiere ansiedad por trabajo, insomnio. Niega ideacion suicida.
O/ TA 118/72 FC 94 ritmico. Tiroides normal.
A/ Trastorno de ansiedad generalizada // Dispepsia funcional
P/ sertralina 50 mg VO c/dia por la mañana; clonazepam 0.5 mg VO HS PRN insomnio (max 2 semanas); esomeprazol 40 mg VO antes del desayuno.
Ref. a psicologia.
Dr. [[N|Josué Ernesto Alvarado]]  JVPM [[CED*|11872]]
""", [("sertralina", "50 mg", "VO", "c/dia por la mañana"), ("clonazepam", "0.5 mg", "VO", "HS PRN insomnio"),
      ("esomeprazol", "40 mg", "VO", "antes del desayuno")],
     [("Trastorno de ansiedad generalizada", "F41.1"), ("Dispepsia funcional", "K30")],
     negated=["ideacion suicida"])

note("h5-es-hn-32", "HN", "es", """HOSPITAL ESCUELA - SALA DE LABOR Y PARTO
NOTA DE INGRESO OBSTETRICO
Nombre: [[N|Dania Marisol Zelaya Cáceres]]  Identidad: [[DNI*|0801-1998-14452]]  Exp: [[R*|26-119032]]
Edad 28, G3P2A0, embarazo 39 semanas por FUM.
Contracciones regulares desde las 3am, sin sangrado transvaginal, no ha roto membranas.
Antecedentes: anemia en el embarazo, VIH negativo, VDRL no reactivo. Cesareas: ninguna.
Tacto: 5 cm, 80% borrado, cefalico, membranas integras. FCF 138.
DX: Embarazo de termino en trabajo de parto fase activa; anemia leve del embarazo
Indicaciones: Hartmann 1000 cc IV a 125 cc/h; oxitocina 10 UI IM al alumbramiento; sulfato ferroso 300 mg VO diario al alta.
Esposo: [[N|Ángel Zelaya]]
""", [("Hartmann", "1000 cc", "IV", "a 125 cc/h"), ("oxitocina", "10 UI", "IM", "al alumbramiento"), ("sulfato ferroso", "300 mg", "VO", "diario")],
     [("Embarazo de termino en trabajo de parto fase activa", "O80"), ("anemia leve del embarazo", "O99.019")],
     negated=["sangrado transvaginal"])

note("h5-es-ni-33", "NI", "es", """MINSA - Centro de Salud Sócrates Flores, Managua
Paciente [[N|Reynaldo José Obando Téllez]]  Ced. [[DNI*|001-150367-0012K]]
52 años, agricultor.
Viene por control de ERC. Antecedentes: ERC estadio 4 de causa no tradicional (mesoamericana), gota, HTA. No DM.
Refiere prurito, calambres nocturnos. Sin disnea, sin oliguria.
Creat 3.8, Hb 9.8, K 5.2.
Dx: ERC estadio 4; anemia de la enfermedad renal cronica; hiperkalemia leve
Tx: eritropoyetina 4000 UI SC 2 veces por semana; bicarbonato de sodio 650 mg VO c/8h; carbonato de calcio 500 mg VO con comidas; amlodipina 10 mg VO/dia; alopurinol 100 mg VO diario.
Suspende losartan por K alto.
Dra. [[N|Indira Lacayo]]  cod. MINSA [[CED*|30415]]
""", [("eritropoyetina", "4000 UI", "SC", "2 veces por semana"), ("bicarbonato de sodio", "650 mg", "VO", "c/8h"),
      ("carbonato de calcio", "500 mg", "VO", "con comidas"), ("amlodipina", "10 mg", "VO", "/dia"), ("alopurinol", "100 mg", "VO", "diario")],
     [("ERC estadio 4 de causa no tradicional", "N18.4"), ("gota", "M10.9"), ("HTA", "I10"),
      ("anemia de la enfermedad renal cronica", "D63.1"), ("hiperkalemia leve", "E87.5")],
     negated=["DM", "disnea", "oliguria"], stopped=["losartan"])

note("h5-es-cr-34", "CR", "es", """CCSS - EBAIS San Rafael de Escazú
Paciente: [[N|Gabriela Sofía Vargas Mora]]  Cédula: [[DNI*|1-1456-0873]]
Teléfono: [[T|8855-1209]]
Consulta: control de tiroides y peso. 41 años.
Hipotiroidismo post tiroidectomia (bocio multinodular 2020). Sobrepeso. Sin otras patologias.
Peso 74 kg, IMC 27.8, TSH 0.3.
DX: hipotiroidismo postquirurgico sobrereemplazado; sobrepeso
Tx: levotiroxina baja de 125 a 112 mcg VO en ayunas; vitamina D3 2000 UI VO diario.
Recomendaciones de actividad fisica. Cita 3 meses.
Dr. [[N|Esteban Quesada Solís]]  cód. [[CED*|MED9921]]
""", [("levotiroxina", "112 mcg", "VO", "en ayunas"), ("vitamina D3", "2000 UI", "VO", "diario")],
     [("bocio multinodular", "E04.2"), ("hipotiroidismo postquirurgico sobrereemplazado", "E89.0"), ("sobrepeso", "E66.3")])

note("h5-es-cr-35", "CR", "es", """HOSPITAL MEXICO - VALORACION PREOPERATORIA (ANESTESIOLOGIA)
Paciente: [[N|Luis Diego Chaves Arias]]   Cedula [[DNI*|2-0611-0429]]   Expediente [[R*|2-0611-0429-01]]
Fecha de nacimiento: [[B|17/07/1961]]
Cirugia propuesta: hernioplastia inguinal izquierda.
Antecedentes: HTA, SAOS con CPAP, DM2 controlada. Niega alergias. Niega cardiopatia. No anticoagulantes.
Medicacion habitual: losartan 100 mg VO diario, metformina 500 mg VO BID, CPAP nocturno.
Via aerea: Mallampati III, cuello corto.
ASA III
Impresion: Hernia inguinal izquierda; HTA; SAOS; DM2
Indicaciones: suspender metformina 24 h antes; continuar losartan dia de la cirugia.
Anestesiologo: [[N|Mauricio Brenes]]
""", [("losartan", "100 mg", "VO", "diario")],
     [("HTA", "I10"), ("SAOS", "G47.33"), ("DM2 controlada", "E11.9"), ("Hernia inguinal izquierda", "K40.90")],
     negated=["alergias", "cardiopatia"], stopped=["metformina"])

note("h5-es-pa-36", "PA", "es", """CAJA DE SEGURO SOCIAL - POLICLINICA J.J. VALLARINO
Urgencias
Paciente: [[N|Aurelio Castillo Batista]]  Ced. [[DNI*|8-745-1290]]  S.S. [[R*|745-1290]]
Masculino 70 años, traido por su hijo [[N|Ricardo Castillo]] ([[T|6677-0342]]).
Inicio subito de dolor toracico opresivo a las 06:00, diaforesis. Antec: HTA, dislipidemia, tabaquismo.
ECG: supradesnivel ST en DII, DIII, aVF.
Dx: IAM con elevacion del ST inferior
Manejo: ASA 300 mg VO dosis de carga, clopidogrel 600 mg VO carga, heparina no fraccionada 4000 U IV bolo, nitroglicerina 0.4 mg SL c/5 min si dolor (max 3). Traslado a hemodinamia.
Dr. [[N|Iván Rodríguez Pitti]]
""", [("ASA", "300 mg", "VO", "dosis de carga"), ("clopidogrel", "600 mg", "VO", "carga"), ("heparina no fraccionada", "4000 U", "IV", "bolo"),
      ("nitroglicerina", "0.4 mg", "SL", "c/5 min si dolor")],
     [("HTA", "I10"), ("dislipidemia", "E78.5"), ("tabaquismo", "F17.210"), ("IAM con elevacion del ST inferior", "I21.19")])

# ======================================= Caribbean =================================================================
note("h5-es-do-37", "DO", "es", f"""HOSPITAL DOCENTE PADRE BILLINI - EMERGENCIA
Nombre: [[N|Yokasta Altagracia Peña Reyes]]   Cédula: [[DNI*|{cedula_do("0011458823")}]]
Record: [[R*|HPB-553210]]   ARS Senasa afiliado [[R*|98112204]]
Tel. [[T|809-582-3317]]   Acompañante: [[N|Wander Reyes]] (hermano)
Paciente 44 años con cefalea intensa, vision borrosa, TA 210/120. Sin deficit focal. Niega dolor toracico.
Antecedentes: HTA hace 6 años, abandono tratamiento hace 3 meses; obesidad grado II.
DX: Crisis hipertensiva (urgencia hipertensiva); HTA no controlada por abandono; obesidad grado II
Tx: captopril 25 mg SL stat, repetir en 1 h si TA >180/110; al alta amlodipino 10 mg VO c/dia y hidroclorotiazida 12.5 mg VO c/dia.
Dr. [[N|Francisco Almonte]]  Exequatur [[CED*|221-09]]
""", [("captopril", "25 mg", "SL", "stat"), ("amlodipino", "10 mg", "VO", "c/dia"), ("hidroclorotiazida", "12.5 mg", "VO", "c/dia")],
     [("obesidad grado II", "E66.9"), ("Crisis hipertensiva (urgencia hipertensiva)", "I16.0"), ("HTA no controlada por abandono", "I10")],
     negated=["deficit focal", "dolor toracico"])

note("h5-es-do-38", "DO", "es", f"""CENTRO MEDICO CIBAO - PEDIATRIA
Paciente: [[N|Jeremy Alexander Durán Tavárez]], 7 años
Madre: [[N|Luisa Tavárez]], cedula [[DNI*|{cedula_do("0310447712")}]]
Dirección: [[A|C/ Restauración No. 45, Los Jardines, Santiago]]
Consulta por tos nocturna cronica y sibilancias con ejercicio. Rinitis estacional. No fiebre.
Dx: Asma bronquial leve persistente; Rinitis alergica
Tratamiento:
  - budesonida 200 mcg inhalada cada 12 horas
  - salbutamol 100 mcg 2 puffs inhalado cada 4-6 h en caso de crisis
  - montelukast 5 mg VO en la noche
  - cetirizina 5 mg VO cada dia
Dra. [[N|Rosanna Grullón]]
""", [("budesonida", "200 mcg", "inhalada", "cada 12 horas"), ("salbutamol", "2 puffs", "inhalado", "cada 4-6 h en caso de crisis"),
      ("montelukast", "5 mg", "VO", "en la noche"), ("cetirizina", "5 mg", "VO", "cada dia")],
     [("Asma bronquial leve persistente", "J45.30"), ("Rinitis alergica", "J30.9")],
     negated=["fiebre"])

note("h5-es-cu-39", "CU", "es", """POLICLINICO DOCENTE 19 DE ABRIL - PLAZA DE LA REVOLUCION
Consultorio del medico de familia No. 14
Paciente: [[N|Odalys Fernández Cabrera]]  CI: [[DNI*|63041209875]]
HC familiar: [[R*|14-0387]]
Dispensarizada grupo III: HTA, cardiopatia isquemica, asma bronquial. Sin diabetes.
Acude por dolor en hipogastrio y ardor al orinar de 2 dias. Afebril.
Diagnostico: sepsis urinaria baja
Conducta: ciprofloxacina 500 mg VO cada 12 h por 7 dias; mantener clortalidona 25 mg VO diaria, atenolol 50 mg VO diario, aspirina 125 mg VO al dia.
Dra. [[N|Yanelis Rodríguez]]  registro profesional [[CED*|59012]]
""", [("ciprofloxacina", "500 mg", "VO", "cada 12 h"), ("clortalidona", "25 mg", "VO", "diaria"),
      ("atenolol", "50 mg", "VO", "diario"), ("aspirina", "125 mg", "VO", "al dia")],
     [("HTA", "I10"), ("cardiopatia isquemica", "I25.9"), ("asma bronquial", "J45.909"), ("sepsis urinaria baja", "N39.0")],
     negated=["diabetes"])

note("h5-es-pr-40", "PR", "es", """HOSPITAL AUXILIO MUTUO - SAN JUAN, PR
ER NOTE / NOTA DE SALA DE EMERGENCIA
Paciente: [[N|Wilfredo Colón Rivera]]    DOB: [[B|03/22/1950]]    MRN: [[R*|AM-0098213]]
SS#: [[SSN*|584-22-7719]]    Plan: MCS Classicare
Emergency contact: [[N|Nilda Rivera]] (esposa) [[T|(787) 555-0193]]
CC: falta de aire y fiebre x 3 dias.
PMH: EPOC, ICC con FE reducida, FA en Eliquis, DM2.
Examen: T 38.4, SatO2 86% RA, crepitantes base derecha.
CXR: infiltrado lobar inferior derecho.
Assessment: 1. Neumonía adquirida en la comunidad  2. Exacerbación de EPOC  3. ICC compensada
Plan: ceftriaxone 1 g IV q24h + azithromycin 500 mg IV q24h; prednisone 40 mg PO daily x5d; albuterol/ipratropium neb q6h and q2h PRN wheezing; continuar apixaban 5 mg PO BID.
Metformin held while inpatient.
Attending: [[N|Marisol Vélez]], MD
""", [("ceftriaxone", "1 g", "IV", "q24h"), ("azithromycin", "500 mg", "IV", "q24h"), ("prednisone", "40 mg", "PO", "daily"),
      ("albuterol/ipratropium", None, "neb", "q6h and q2h PRN wheezing"), ("apixaban", "5 mg", "PO", "BID")],
     [("EPOC", "J44.9"), ("ICC con FE reducida", "I50.2"), ("FA", "I48.91"), ("DM2", "E11.9"),
      ("Neumonía adquirida en la comunidad", "J18.9"), ("Exacerbación de EPOC", "J44.1")],
     stopped=["Metformin"])

# ======================================= United States =============================================================
note("h5-en-us-41", "US", "en", """Riverside Family Medicine - Office Visit
Patient: [[N|Gregory T. Whitfield]]   DOB [[B|11/04/1963]]   MRN [[R*|00482913]]
Phone [[T|(614) 555-0182]]   Email [[E|gwhitfield63@yahoo.com]]
SUBJECTIVE: 63M here for f/u of T2DM, HTN and HLD. Reports good adherence, occasional dizziness on standing. Denies chest pain, denies SOB. No polyuria.
OBJECTIVE: BP 122/70 sitting, 104/62 standing. A1c 6.8. LDL 64. eGFR 71.
ASSESSMENT/PLAN:
1. T2DM, at goal - continue metformin 1000 mg PO BID, semaglutide 1 mg SC weekly.
2. HTN; orthostatic hypotension - decrease lisinopril to 10 mg PO daily; stop chlorthalidone.
3. HLD - atorvastatin 40 mg PO qHS.
4. OA of knees - acetaminophen 650 mg PO q6h prn pain.
RTC 3 months. -- [[N|Priya Raman]], MD
""", [("metformin", "1000 mg", "PO", "BID"), ("semaglutide", "1 mg", "SC", "weekly"), ("lisinopril", "10 mg", "PO", "daily"),
      ("atorvastatin", "40 mg", "PO", "qHS"), ("acetaminophen", "650 mg", "PO", "q6h prn pain")],
     [("T2DM", "E11.9"), ("HTN", "I10"), ("orthostatic hypotension", "I95.1"),
      ("HLD", "E78.5"), ("OA of knees", "M17.0")],
     negated=["chest pain", "SOB", "polyuria"], stopped=["chlorthalidone"])

note("h5-en-us-42", "US", "en", """ST. LUKE'S MEDICAL CENTER - DISCHARGE SUMMARY
Name: [[N|Dolores Maria Gutierrez]]      Acct #: [[R*|HSP7730219]]     MRN: [[R*|SL-4410087]]
Date of birth: [[B|June 2, 1948]]
Admitting: [[N|Kevin O'Brien]], DO    Attending: [[N|Hannah Lindqvist]], MD
Primary care: [[N|Samuel Ortiz]], MD
Hospital course: 78F with h/o CKD stage 3a, hypothyroidism and paroxysmal AFib presented with melena and Hgb 6.9. EGD: bleeding duodenal ulcer, clipped. Transfused 2 units. H. pylori negative.
Discharge diagnoses:
1. Upper GI bleed from duodenal ulcer, resolved
2. Acute blood loss anemia, improving
3. Paroxysmal atrial fibrillation
4. CKD stage 3a
Discharge medications:
- pantoprazole 40 mg PO twice daily x 8 weeks
- levothyroxine 50 mcg PO daily
- metoprolol succinate 25 mg PO daily
- ferrous sulfate 325 mg PO every other day
HOLD warfarin until GI follow-up. Discontinue naproxen.
Daughter/caregiver: [[N|Rebecca Gutierrez-Lane]], [[T|210-555-0147]]
""", [("pantoprazole", "40 mg", "PO", "twice daily"), ("levothyroxine", "50 mcg", "PO", "daily"),
      ("metoprolol succinate", "25 mg", "PO", "daily"), ("ferrous sulfate", "325 mg", "PO", "every other day")],
     [("hypothyroidism", "E03.9"), ("Upper GI bleed from duodenal ulcer", "K26.4"), ("Acute blood loss anemia", "D62"),
      ("Paroxysmal atrial fibrillation", "I48.0"), ("CKD stage 3a", "N18.31")],
     stopped=["warfarin", "naproxen"])

note("h5-en-us-43", "US", "en", """TELEHEALTH VISIT (video) - Urgent Care Virtual
Pt: [[N|Tyler James Brooks]], 24 y/o   SSN [[SSN*|412-66-8390]]   Insurance ID [[R*|XJH882014556]]
Address on file: [[A|1187 Maple Ridge Dr, Apt 4B, Columbus, OH 43215]]
HPI: 2 days of sinus pressure, purulent nasal discharge, low grade temp. No ear pain, no shortness of breath. No known allergies.
PMH: none. Meds: none.
Exam limited by video: no distress, speaking full sentences.
Impression: acute viral rhinosinusitis
Plan: supportive care. fluticasone nasal spray 2 sprays each nostril daily; ibuprofen 400 mg PO q8h as needed for pain or fever; saline irrigation. If >10 days or worsening, amoxicillin-clavulanate.
Provider: [[N|Alicia Moreno]], PA-C  NPI [[R*|1740382956]]
""", [("fluticasone", "2 sprays", "nasal", "daily"), ("ibuprofen", "400 mg", "PO", "q8h as needed for pain or fever")],
     [("acute viral rhinosinusitis", "J01.90")],
     negated=["ear pain", "shortness of breath"])

note("h5-en-us-44", "US", "en", """PRE-ANESTHESIA EVALUATION
Patient: [[N|Harold Lee Simmons]]  DOB: [[B|1955-08-19]]  MRN [[R*|77102934]]  Spouse: [[N|Janet Simmons]]
Procedure: elective right total hip arthroplasty.
PMH: CAD s/p CABG 2018, type 2 diabetes, obstructive sleep apnea on CPAP, GERD. No history of stroke. No bleeding disorders.
Current meds: clopidogrel 75 mg daily, metformin 500 mg twice a day, omeprazole 20 mg daily, rosuvastatin 10 mg nightly.
Allergies: NKDA.
Airway: Mallampati II. METs > 4.
Plan: hold clopidogrel 5 days pre-op, hold metformin morning of surgery. Continue rosuvastatin and omeprazole. ASA class III.
Anesthesiologist: [[N|Victor Chen]], MD
""", [("omeprazole", "20 mg", None, "daily"), ("rosuvastatin", "10 mg", None, "nightly")],
     [("CAD s/p CABG 2018", "I25.10"), ("type 2 diabetes", "E11.9"), ("obstructive sleep apnea", "G47.33"), ("GERD", "K21.9")],
     negated=["stroke", "bleeding disorders"], stopped=["clopidogrel", "metformin"])

note("h5-en-us-45", "US", "en", """NURSING HANDOFF (SBAR) - 4 West Med/Surg, 0700
S: [[N|Angela Whitaker]], 57F, bed 12, MRN [[R*|M2209184]], POD 1 lap sigmoid colectomy for diverticulitis.
B: history of hypertension and depression. Denies tobacco. Husband [[N|Mark Whitaker]] at bedside overnight, cell [[T|(317) 555-0166]].
A: afebrile, pain 4/10, tolerating clears, no nausea. Incision clean/dry.
Meds due: enoxaparin 40 mg subcut daily at 0900; hydromorphone 0.5 mg IV q3h PRN severe pain; ondansetron 4 mg IV q6h PRN nausea; sertraline 100 mg PO daily; amlodipine 5 mg PO daily.
R: ambulate TID, incentive spirometer q1h while awake. Surgery team: [[N|Omar Haddad]], MD.
Handoff from [[N|Jenna Collins]], RN to [[N|Luis Ortega]], RN.
""", [("enoxaparin", "40 mg", "subcut", "daily at 0900"), ("hydromorphone", "0.5 mg", "IV", "q3h PRN severe pain"),
      ("ondansetron", "4 mg", "IV", "q6h PRN nausea"), ("sertraline", "100 mg", "PO", "daily"), ("amlodipine", "5 mg", "PO", "daily")],
     [("diverticulitis", "K57.32"), ("hypertension", "I10"), ("depression", "F32.A")],
     negated=["nausea"])

write(os.path.dirname(os.path.abspath(__file__)))
