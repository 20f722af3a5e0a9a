#!/usr/bin/env python3
"""Eighth held-out set (issue 17), written blind on 2026-12-01: its author read no extraction or redaction rule, no
source, no test, no evaluation output; only Tests/ClinicalHeldOut2/corpuslib.py (the label format and check digits),
the module docstring and first three notes of Tests/ClinicalHeldOut7/generate.py (file format and labelling
conventions) and Tests/ClinicalHeldOut7/README.md. Run: python3 generate.py (rewrites every h8-*.json beside it, checks
every note).
Conventions (the same as HeldOut7's, so labels are comparable across sets): a medication's dose, route and frequency
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
cedula_ec, ci_uy, cedula_do = (partial(corpuslib.ec_cedula, shift=4), partial(corpuslib.uy_ci, shift=3),
                               partial(corpuslib.do_cedula, shift=6))
nss8, cuit8, dui8 = partial(nss, shift=3), partial(cuit, shift=4), partial(dui, shift=5)

from corpuslib import BAD, BARE, KIND_OF, typo, bare   # shared with the later sets
note = corpuslib.kind_note


# ======================================= Mexico ====================================================================
note("admission", "h8-es-mx-01", "MX", "es", f"""HOSPITAL GENERAL DE ZONA No. 2 IMSS - AGUASCALIENTES
NOTA DE INGRESO A MEDICINA INTERNA
Fecha: 30/11/2026 23:40 hrs

Paciente: [[N|VILLALOBOS ESQUIVEL, Rosa Maria]]   NSS: [[SSN*|{typo(nss8("3191561298", bad=True))}]]
CURP [[CURP*|{curp("VIER610409MASLSS0")}]]   F. Nac. [[B|09/04/1961]]
Domicilio: [[A|Calle Jose Maria Chavez 1418, Fracc. Ojocaliente, Aguascalientes]]
Familiar responsable: [[N|Hector Villalobos Ruiz]] (hijo), cel. [[T|449 205 7713]]

MOTIVO DE INGRESO: descontrol glucemico y lesion en pie derecho.
ANTECEDENTES PERSONALES PATOLOGICOS: DM2 de 20 años de evolucion, HTA de 12 años, hipotiroidismo primario,
retinopatia diabetica no proliferativa. Quirurgicos: histerectomia 2004. Alergicos: penicilina (exantema).
Tabaquismo negado. Transfusiones negadas.
PADECIMIENTO ACTUAL: inicia hace 10 dias con ampolla en planta de pie derecho que evoluciona a ulcera con secrecion
fetida; 3 dias con fiebre no cuantificada, hiporexia y glucometrias "HI". No refiere dolor toracico, niega disnea,
sin vomito.
EF: TA 150/88 FC 104 FR 20 T 38.1 SatO2 95%. Glucosa capilar 412 mg/dl. Ulcera plantar 4x3 cm en cabeza del 1er
metatarsiano con celulitis perilesional de 6 cm, sin crepitacion. Pulsos pedios disminuidos.
LABS: leucocitos 17,800, neutrofilos 86%, Cr 1.3, Na 131, K 4.6, HbA1c 11.2%, gasometria sin acidosis, cetonas negativas.
Rx pie: sin gas en tejidos blandos, sin datos de osteomielitis.

IMPRESION DIAGNOSTICA:
1.- Pie diabetico Wagner 2 infectado (E11.621)
2.- DM2 descontrolada sin cetoacidosis
3.- HTA descontrolada
4.- Hiponatremia leve por hiperglucemia

PLAN:
Ayuno, glucometrias c/6h. Solucion salina 0.9% 1000 ml IV para 8 hrs.
Clindamicina 600 mg IV cada 8 horas
Ciprofloxacino 400 mg IV c/12h
Insulina NPH 14 UI SC en la mañana y 8 UI en la noche
Insulina rapida segun esquema SC c/6h
Levotiroxina 100 mcg VO en ayunas
Losartan 50 mg VO cada 12 hrs
Paracetamol 1 g IV c/8h PRN fiebre o dolor
Se suspende metformina/glibenclamida. Valoracion por Cirugia General para desbridamiento.

Medico: Dr. [[N|Ulises Campos Medina]]  MIP   Ced. Prof. [[CED*|11230984]]
Medico adscrito: [[N|Beatriz Olvera Trejo]]   Ced. [[CED*|7720416]]
""", [("Solucion salina 0.9%", "1000 ml", "IV", "para 8 hrs"), ("Clindamicina", "600 mg", "IV", "cada 8 horas"),
      ("Ciprofloxacino", "400 mg", "IV", "c/12h"), ("Insulina NPH", "14 UI", "SC", "en la mañana y 8 UI en la noche"),
      ("Insulina rapida", "segun esquema", "SC", "c/6h"), ("Levotiroxina", "100 mcg", "VO", "en ayunas"),
      ("Losartan", "50 mg", "VO", "cada 12 hrs"), ("Paracetamol", "1 g", "IV", "c/8h PRN fiebre o dolor")],
     [("DM2 de 20 años de evolucion", "E11.9"), ("HTA de 12 años", "I10"), ("hipotiroidismo primario", "E03.9"),
      ("retinopatia diabetica no proliferativa", "E11.329"), ("Pie diabetico Wagner 2 infectado", "E11.621"),
      ("DM2 descontrolada sin cetoacidosis", "E11.65"), ("HTA descontrolada", "I10"),
      ("Hiponatremia leve por hiperglucemia", "E87.1")],
     negated=["Tabaquismo", "dolor toracico", "disnea", "vomito", "crepitacion", "osteomielitis"],
     stopped=["metformina/glibenclamida"])

note("prescription", "h8-es-mx-02", "MX", "es", f"""CLINICA DE ESPECIALIDADES SAN ANGEL
Dra. [[N|Itzel Guadalupe Marquez Solis]] - Endocrinologia
Ced. Prof. [[CED*|8841207]]  Ced. Esp. [[CED*|11093385]]
[[A|Av. Revolucion 1267, Col. Tlacopac, Alvaro Obregon, CDMX]]  Tel [[T|55 5662 0938]]

Paciente: [[N|Jorge Andres Fuentes Lara]]   Edad: 38   RFC [[RFC*|{rfc("FULJ880512PK")}]]
Fecha: 01-dic-2026
Diagnostico: Hipotiroidismo postablacion / Obesidad grado I

1. Eutirox 137 mcg tomar una tableta diaria en ayunas, 30 min antes del desayuno
2. Metformina de liberacion prolongada 750 mg 1 tab con la cena
3. Vitamina D3 4000 UI una capsula al dia
Labs en 6 semanas: TSH, T4L.
""", [("Eutirox", "137 mcg", None, "diaria en ayunas, 30 min antes del desayuno"),
      ("Metformina de liberacion prolongada", "750 mg", None, "con la cena"), ("Vitamina D3", "4000 UI", None, "al dia")],
     [("Hipotiroidismo postablacion", "E89.0"), ("Obesidad grado I", "E66.9")])

note("emergency", "h8-es-mx-03", "MX", "es", """Urgencias Cruz Roja Delegacion Puebla - 1/dic/26 04:15
Pte masc de 24 a, traido por paramedicos tras choque en motocicleta. Lo acompaña su hermana [[N|Yesenia Tlapa]].
Sin casco. Glasgow 14 (O3), amnesia del evento, sin deficit focal. Abrasiones en antebrazo izq y rodilla izq.
Dolor en muñeca izq con deformidad. Niega dolor abdominal. FAST negativo. TAC craneo simple: sin lesiones agudas.
Rx: fractura distal de radio izquierdo desplazada.
Dx: TCE leve; fx de radio distal izq; abrasiones multiples
Tx: ferula braquipalmar, Ketorolaco 30 mg IV dosis unica, Toxoide tetanico 0.5 ml IM dosis unica.
Tramadol 50 mg VO c/8h si dolor intenso. Cita a Ortopedia.
Medico de guardia: [[N|Sergio Ramos Tepox]]
""", [("Ketorolaco", "30 mg", "IV", "dosis unica"), ("Toxoide tetanico", "0.5 ml", "IM", "dosis unica"),
      ("Tramadol", "50 mg", "VO", "c/8h si dolor intenso")],
     [("TCE leve", "S06.0X0A"), ("fx de radio distal izq", "S52.502A"), ("abrasiones multiples", "T07")],
     negated=["deficit focal", "dolor abdominal"])

note("obstetric consult", "h8-es-mx-04", "MX", "es", f"""CONTROL PRENATAL - Centro de Salud Urbano Tlaquepaque
Nombre: [[N|Dulce Maria Gonzalez Chavez]]  Expediente: [[R*|CSU-0921/26]]
Fecha de nacimiento: [[B|3 de noviembre de 2003]]   G2 P1 C0 A0
FUM 12/05/2026, SDG 28.6 por FUM, concordante con USG del 1er trimestre.
S: refiere movimientos fetales presentes, niega perdidas transvaginales, sin cefalea, sin fosfenos ni acufenos.
O: TA 110/70, peso 68 kg, FU 27 cm, FCF 144 lpm, presentacion cefalica. Edema negativo.
Labs: Hb 10.4, glucosa 1h post carga 50 g: 152 mg/dl. EGO sin alteraciones.
A: Embarazo de 28.6 SDG normoevolutivo; anemia leve del embarazo; tamiz de glucosa alterado, descartar diabetes gestacional.
P: Sulfato ferroso 200 mg VO c/12h, acido folico 5 mg VO c/24h, curva de tolerancia a la glucosa 100 g.
Aplicacion de Tdpa 0.5 ml IM hoy. Cita en 2 semanas.
Elaboro: Lic. Enf. [[N|Noemi Becerra]] / Dr. [[N|Rafael Sahagun Ortiz]] Ced. [[CED*|9045112]]
""", [("Sulfato ferroso", "200 mg", "VO", "c/12h"), ("acido folico", "5 mg", "VO", "c/24h"), ("Tdpa", "0.5 ml", "IM", "hoy")],
     [("Embarazo de 28.6 SDG normoevolutivo", "Z34.83"), ("anemia leve del embarazo", "O99.013"),
      ("tamiz de glucosa alterado", "O99.810")],
     negated=["perdidas transvaginales", "cefalea", "fosfenos ni acufenos"])

note("lab report", "h8-es-mx-05", "MX", "es", f"""LABORATORIO CLINICO CHOPO - SUCURSAL MERIDA CENTRO
------------------------------------------------------------------
Paciente : [[N|PECH CANUL JUAN DE DIOS]]          Folio   : [[R*|MER-2611-448019]]
Fecha Nac: [[B|1977-08-22]]   Sexo: M         Edad    : 49 a
Medico   : [[N|DR. GASPAR UC]]                   Toma    : 30/11/2026 07:12
Telefono : [[T|999 928 4410]]
------------------------------------------------------------------
QUIMICA SANGUINEA        RESULTADO    UNIDADES    REFERENCIA
Glucosa                  126          mg/dL       70 - 99
Urea                     32           mg/dL       15 - 45
Creatinina               0.98         mg/dL       0.7 - 1.3
Acido urico              8.9  *       mg/dL       3.5 - 7.2
Colesterol total         248  *       mg/dL       < 200
Trigliceridos            390  *       mg/dL       < 150
HDL                      34   *       mg/dL       > 40
TGO/AST                  41           U/L         < 40
TGP/ALT                  58   *       U/L         < 41
------------------------------------------------------------------
Interpretacion: hiperuricemia, dislipidemia mixta; glucosa en ayuno alterada. Correlacionar con clinica.
Responsable sanitario: QFB [[N|Karla Dzib Euan]]  Ced. Prof. [[CED*|5567120]]
""", [], [("hiperuricemia", "E79.0"), ("dislipidemia mixta", "E78.2"), ("glucosa en ayuno alterada", "R73.01")])

# ======================================= Colombia ==================================================================
note("discharge", "h8-es-co-06", "CO", "es", """HOSPITAL PABLO TOBON URIBE - MEDELLIN
EPICRISIS
Paciente: [[N|Luz Dary Zapata Restrepo]]  CC [[DNI*|43.712.880]]  Historia clinica: [[R*|HPTU-1188407]]
EPS: Sura  No. afiliacion [[R*|5001-43712880-02]]
Fecha de nacimiento: [[B|14/02/1970]]  Direccion: [[A|Cra 65 # 48B-21, barrio Suramericana, Medellin]]
Telefono: [[T|+57 310 455 2019]]
Ingreso: 22/11/2026  Egreso: 30/11/2026
Servicio: Neumologia

Motivo de ingreso: disnea progresiva y tos con expectoracion purulenta.
Antecedentes: EPOC GOLD 3 (exfumadora 30 paq/año), HTA, osteoporosis. Niega DM. No alergias conocidas.
Examen de ingreso: FR 30, SatO2 82% aire ambiente, uso de musculatura accesoria, sibilancias difusas y roncus,
somnolienta pero despertable. TA 150/90, FC 112, T 38.2.
Paraclinicos: leucocitos 14 200, PCR 86 mg/L, Hb 15.8, creatinina 0.8, BUN 18, Na 138, K 4.0, troponina negativa.
Resumen: ingresa con exacerbacion de EPOC con acidosis respiratoria (pH 7.31, pCO2 58), requirio VMNI por 48 h en
UCE. Al tercer dia pH 7.39, pCO2 49, se retira VMNI, continua con canula nasal a 2 L. Valorada por fisioterapia
respiratoria: tecnica inhalatoria deficiente, se educa con espaciador. Espirometria previa (2025): VEF1 42%.
Educacion sobre signos de alarma a la paciente y a su hija [[N|Yuliana Zapata]]. Rx sin consolidacion. Cultivo de esputo: H. influenzae sensible. Manejo con broncodilatadores, esteroide
sistemico y antibiotico, con mejoria. Angiotac negativo para TEP. Se suspende el enalapril por tos y se cambia a ARA II.
Diagnosticos de egreso:
- Exacerbacion de EPOC de origen infeccioso, resuelta (J44.1)
- Insuficiencia respiratoria hipercapnica aguda, resuelta
- Hipertension arterial controlada
Plan de egreso:
Tiotropio/olodaterol 2.5/2.5 mcg 2 inhalaciones cada 24 horas
Salbutamol inhalador 100 mcg 2 puff cada 6 horas si disnea
Prednisolona 40 mg VO cada dia por 3 dias mas
Amoxicilina/clavulanato 875/125 mg VO cada 12 horas hasta completar 7 dias
Losartan 50 mg VO cada 12 horas
Oxigeno domiciliario 1 L/min nocturno
Control por consulta externa en 15 dias.
Medico tratante: [[N|Camilo Andres Vasquez Gil]] RM [[CED*|05-2211-09]]
""", [("Tiotropio/olodaterol", "2.5/2.5 mcg", None, "cada 24 horas"),
      ("Salbutamol", "100 mcg", None, "cada 6 horas si disnea"), ("Prednisolona", "40 mg", "VO", "cada dia por 3 dias mas"),
      ("Amoxicilina/clavulanato", "875/125 mg", "VO", "cada 12 horas hasta completar 7 dias"),
      ("Losartan", "50 mg", "VO", "cada 12 horas")],
     [("EPOC GOLD 3", "J44.9"), ("HTA", "I10"), ("osteoporosis", "M81.0"),
      ("Exacerbacion de EPOC de origen infeccioso, resuelta", "J44.1"),
      ("Insuficiencia respiratoria hipercapnica aguda, resuelta", "J96.02"), ("Hipertension arterial controlada", "I10")],
     negated=["DM", "alergias", "consolidacion", "TEP"], stopped=["enalapril"])

note("referral", "h8-es-co-07", "CO", "es", """ESE Hospital San Rafael de Facatativa
FORMATO DE REMISION / INTERCONSULTA
Remite a: Nefrologia - Hospital Universitario de la Samaritana
Paciente: [[N|Wilson Orlando Cifuentes]]  Documento: CC [[DNI*|80.244.119]]
Edad: 56 años  Regimen: subsidiado  Acudiente: esposa [[N|Marleny Rojas]] tel [[T|321 889 0472]]
Resumen: paciente con DM2 y HTA de larga data, con creatinina en ascenso (1.6 -> 2.4 mg/dl en 6 meses), TFG 30
ml/min CKD-EPI, albuminuria 850 mg/g. Sin edemas, sin sintomas uremicos.
Dx: ERC estadio 4 (N18.4) / Nefropatia diabetica / HTA no controlada
Medicamentos actuales: insulina glargina 20 UI SC noche, amlodipino 10 mg VO dia, atorvastatina 40 mg VO noche.
Se suspendio metformina.
Motivo de remision: valoracion y preparacion para terapia de reemplazo renal.
Medico que remite: [[N|Paola Andrea Moreno Cruz]]  RM [[CED*|25789-11]]
""", [("insulina glargina", "20 UI", "SC", "noche"), ("amlodipino", "10 mg", "VO", "dia"), ("atorvastatina", "40 mg", "VO", "noche")],
     [("DM2", "E11.9"), ("HTA de larga data", "I10"), ("ERC estadio 4", "N18.4"), ("Nefropatia diabetica", "E11.21"),
      ("HTA no controlada", "I10")],
     negated=["edemas", "sintomas uremicos"], stopped=["metformina"])

note("telemedicine", "h8-es-co-08", "CO", "es", """TELECONSULTA PSIQUIATRIA - Clinica Nuestra Señora de la Paz, Bogota
Paciente: [[N|Juliana Betancur]] (32 a). Conexion por videollamada, paciente en su casa en Chapinero.
Seguimiento de trastorno depresivo mayor, episodio moderado, en remision parcial y trastorno de ansiedad generalizada.
Refiere mejor animo, duerme 7 h, retomo el trabajo. Niega ideacion suicida, no refiere sintomas psicoticos.
Efectos adversos: nauseas leves las primeras semanas, ya resueltas.
Plan: continuar sertralina 100 mg VO cada mañana; trazodona 50 mg VO en la noche si insomnio. Psicoterapia semanal.
Psiquiatra: Dr. [[N|Mauricio Londoño Arango]] RM [[CED*|1144-08]]
""", [("sertralina", "100 mg", "VO", "cada mañana"), ("trazodona", "50 mg", "VO", "en la noche si insomnio")],
     [("trastorno depresivo mayor, episodio moderado, en remision parcial", "F32.4"),
      ("trastorno de ansiedad generalizada", "F41.1")],
     negated=["ideacion suicida", "sintomas psicoticos"])

note("SOAP", "h8-es-co-09", "CO", "es", """Consulta medicina general - IPS Comfandi Cali
S: Sra [[N|Ana Milena Ocoro]] 47 a, cc [[DNI*|66.981.450]], consulta por cefalea tensional y control de HTA. Dice que se le
acabo la hidroclorotiazida hace 1 mes. Niega dolor toracico.
O: TA 162/98, FC 76, IMC 31.
A: HTA no controlada por falta de adherencia; cefalea tensional; obesidad
P: hidroclorotiazida 25 mg VO c/dia en la mañana, losartan 50 mg vo c/12 h, acetaminofen 500 mg 2 tab vo c/8h si dolor.
Control en 1 mes con toma de TA ambulatoria.
""", [("hidroclorotiazida", "25 mg", "VO", "c/dia en la mañana"), ("losartan", "50 mg", "vo", "c/12 h"),
      ("acetaminofen", "500 mg", "vo", "c/8h si dolor")],
     [("cefalea tensional", "G44.209"), ("HTA no controlada por falta de adherencia", "I10"), ("obesidad", "E66.9")],
     negated=["dolor toracico"])

# ======================================= Argentina =================================================================
note("ICU handover", "h8-es-ar-10", "AR", "es", """UTI - HOSPITAL EL CRUCE (Florencio Varela) - PASE DE GUARDIA 08 hs
Cama 4: [[N|GIMENEZ, Hector Ruben]], 71 a, DNI [[DNI*|8.455.302]], HC [[R*|772103]]. Dia 5 de internacion.
Ingresa por shock septico a foco urinario (urocultivo: E. coli BLEE). AP: DBT2, IRC estadio 3, HTA, ex TBQ.
Neuro: sin sedacion desde ayer, vigil, obedece ordenes. RASS 0. Sin foco motor.
Hemodinamico: noradrenalina en descenso, ahora 0.05 mcg/kg/min; TAM 70. Lactato 1.4 (era 4.8).
Resp: extubado ayer 14 hs, CNAF 40 L FiO2 35%, sat 96%.
Renal: ritmo diuretico 0.8 ml/kg/h, Cr 2.0 (basal 1.6). K 4.1.
Infecto: meropenem 1 g EV c/8h dia 4/7. Afebril 48 h. Hemocultivos negativos.
Metabolico: insulina corriente segun glucemia c/6h, objetivo 140-180.
Profilaxis: enoxaparina 40 mg SC c/24h, omeprazol 20 mg EV/dia.
Se suspendio vancomicina (cultivos negativos para SAMR).
Pendiente: ecografia renal, pasar a sala si tolera destete de vasopresor.
Contacto familiar: hija [[N|Natalia Gimenez]] [[T|11 5934-2281]].
Entrega: Dra. [[N|Lorena Paz]] (M.N. [[CED*|128.455]]) - Recibe: Dr. [[N|Facundo Ibarra]]
""", [("noradrenalina", "0.05 mcg/kg/min", None, None), ("meropenem", "1 g", "EV", "c/8h dia 4/7"),
      ("insulina corriente", "segun glucemia", None, "c/6h"), ("enoxaparina", "40 mg", "SC", "c/24h"),
      ("omeprazol", "20 mg", "EV", "/dia")],
     [("shock septico a foco urinario", "A41.51"), ("DBT2", "E11.9"), ("IRC estadio 3", "N18.30"), ("HTA", "I10")],
     negated=["foco motor"], stopped=["vancomicina"])

note("cardiology consult", "h8-es-ar-11", "AR", "es", f"""Consultorio de Cardiologia - Sanatorio Allende, Cordoba
Paciente: [[N|Silvia Beatriz Ferreyra]]   CUIL: [[DNI*|{typo(cuit8("2714775092", bad=True))}]]
Obra social: APROSS, afiliado N° [[R*|27147750-01]]
Fecha de nac.: [[B|02/07/1958]]
Motivo: palpitaciones.
Antecedentes: hipertension arterial, hipotiroidismo en tratamiento, dislipemia. No fuma. No DBT.
Refiere episodios de palpitaciones irregulares de minutos de duracion, sin sincope ni angor.
Examen: TA 140/85, FC 88 irregular. Ritmo irregular, sin soplos.
ECG: fibrilacion auricular con respuesta ventricular de 90 lpm. Holter previo: FA paroxistica, carga 12%.
Eco: FEY 60%, AI 44 mm.
Impresion: FA paroxistica, CHA2DS2-VASc 3; HTA; hipotiroidismo compensado.
Indico: apixaban 5 mg c/12 hs VO, bisoprolol 2,5 mg por dia, continua levotiroxina 75 mcg en ayunas y enalapril 10 mg cada 12 hs.
Dejar aspirina.
Dr. [[N|Esteban Maldonado]] - Cardiologo - M.P. [[CED*|30112]]
""", [("apixaban", "5 mg", "VO", "c/12 hs"), ("bisoprolol", "2,5 mg", None, "por dia"), ("levotiroxina", "75 mcg", None, "en ayunas"),
      ("enalapril", "10 mg", None, "cada 12 hs")],
     [("hipertension arterial", "I10"), ("hipotiroidismo en tratamiento", "E03.9"), ("dislipemia", "E78.5"),
      ("FA paroxistica, CHA2DS2-VASc 3", "I48.0"), ("hipotiroidismo compensado", "E03.9")],
     negated=["DBT", "sincope ni angor", "soplos"], stopped=["aspirina"])

note("prescription", "h8-es-ar-12", "AR", "es", """Dr. [[N|Martin Gaston Alberdi]] - Clinica Medica - M.N. [[CED*|99.310]]
Rp/ Amoxicilina 875 mg comp. N° 14 - 1 comp c/12 hs x 7 dias
Rp/ Ibuprofeno 600 mg comp. N° 10 - 1 comp c/8 hs si dolor
Pac.: [[N|Nahuel Cardozo]]  DNI [[DNI*|41.902.337]]  OSDE [[R*|62 144509 3 01]]
Dx: faringoamigdalitis aguda bacteriana
""", [("Amoxicilina", "875 mg", None, "c/12 hs x 7 dias"), ("Ibuprofeno", "600 mg", None, "c/8 hs si dolor")],
     [("faringoamigdalitis aguda bacteriana", "J03.90")])

note("death summary", "h8-es-ar-13", "AR", "es", """HOSPITAL NACIONAL PROFESOR ALEJANDRO POSADAS - CLINICA MEDICA
RESUMEN DE OBITO
Paciente: [[N|Olga Nieves Quiroga]], 88 años, DNI [[DNI*|2.918.445]], HC [[R*|3340918]].
Ingreso 25/11/2026 por neumonia aspirativa. AP: demencia tipo Alzheimer avanzada (GDS 7),
ACV isquemico previo con hemiparesia derecha secuelar, ICC con FEY conservada, DBT2 no insulinorrequiriente.
Evolucion: mala respuesta a ampicilina-sulbactam, progresion a insuficiencia respiratoria. Por directivas anticipadas
y acuerdo con su hijo [[N|Ruben Quiroga]] se adecua el esfuerzo terapeutico: no IOT, no RCP. Se suspenden antibioticos
y se indica morfina 2 mg SC c/4h y midazolam 2,5 mg SC si disnea o agitacion. Fallece 30/11/2026 03:20 hs.
Causa de muerte: insuficiencia respiratoria aguda; neumonia aspirativa; demencia avanzada.
Certifica: Dra. [[N|Mariela Sosa]] M.N. [[CED*|145.002]]
""", [("morfina", "2 mg", "SC", "c/4h"), ("midazolam", "2,5 mg", "SC", "si disnea o agitacion")],
     [("neumonia aspirativa", "J69.0"), ("demencia tipo Alzheimer avanzada", "G30.9"),
      ("ACV isquemico previo con hemiparesia derecha secuelar", "I69.351"), ("ICC con FEY conservada", "I50.30"),
      ("DBT2 no insulinorrequiriente", "E11.9"), ("insuficiencia respiratoria aguda", "J96.00"), ("demencia avanzada", "F03.90")],
     stopped=["ampicilina-sulbactam"])

# ======================================= Chile =====================================================================
note("post-operative", "h8-es-cl-14", "CL", "es", f"""HOSPITAL CLINICO UNIVERSIDAD DE CHILE - PROTOCOLO OPERATORIO / NOTA POSTOPERATORIA
Paciente: [[N|Constanza Ignacia Muñoz Fuentealba]]  RUT: [[RUT*|{rut(17884302)}]]  Ficha: [[R*|1022871]]
Fecha nac.: [[B|11-06-1991]]   Prevision: FONASA B
Diagnostico pre y postoperatorio: apendicitis aguda flegmonosa
Cirugia: apendicectomia laparoscopica. Cirujano: Dr. [[N|Tomas Riquelme]]  Ayudante: [[N|Javiera Soto]] (interna)
Anestesia: general. Hallazgos: apendice flegmonoso sin perforacion, sin liquido libre. Sangrado minimo.
Indicaciones postoperatorias:
Reg. cero por 6 h, luego liquidos.
SF 0.9% 1500 cc EV en 24 h
Metamizol 1 g EV c/8 h
Ketoprofeno 100 mg EV c/12 h
Ondansetron 4 mg EV c/8 h SOS nauseas
Cefazolina 1 g EV profilaxis unica dosis (ya administrada)
Tel. contacto madre [[N|Paulina Fuentealba]]: [[T|+56 9 8821 4470]]
""", [("SF 0.9%", "1500 cc", "EV", "en 24 h"), ("Metamizol", "1 g", "EV", "c/8 h"), ("Ketoprofeno", "100 mg", "EV", "c/12 h"),
      ("Ondansetron", "4 mg", "EV", "c/8 h SOS nauseas"), ("Cefazolina", "1 g", "EV", "profilaxis unica dosis")],
     [("apendicitis aguda flegmonosa", "K35.80")], negated=["perforacion", "liquido libre"])

note("SOAP", "h8-es-cl-15", "CL", "es", f"""CESFAM Dr. Steeger, Cerro Navia - Control cardiovascular (PSCV)
Paciente [[N|Luis Alberto Cayupan]] ([[RUT|{bare(rut(9876543, dots=False))}]]), 63 años, domicilio [[A|pasaje Los Copihues 1122, villa Ribera Sur, Cerro Navia]].
S/ Asintomatico. Buena adherencia. Niega dolor precordial. No ha tenido hipoglicemias.
O/ PA 134/82  peso 88  cc 104  HbA1c 7.9  LDL 96  RAC 45 mg/g  VFG 68.
A/ DM2 no insulinorequiriente mal controlada, HTA etapa 1 en meta, dislipidemia, obesidad abdominal, ERC etapa 2 A2
P/ Metformina 850 mg c/12 hrs; se agrega empagliflozina 10 mg al dia; enalapril 10 mg c/12 hrs; atorvastatina 20 mg noche.
Control con nutricionista y en 3 meses con HbA1c.
Dra. [[N|Catalina Vera]]
""", [("Metformina", "850 mg", None, "c/12 hrs"), ("empagliflozina", "10 mg", None, "al dia"), ("enalapril", "10 mg", None, "c/12 hrs"),
      ("atorvastatina", "20 mg", None, "noche")],
     [("DM2 no insulinorequiriente mal controlada", "E11.65"), ("HTA etapa 1 en meta", "I10"), ("dislipidemia", "E78.5"),
      ("obesidad abdominal", "E66.9"), ("ERC etapa 2 A2", "N18.2")],
     negated=["dolor precordial", "hipoglicemias"])

note("emergency", "h8-es-cl-16", "CL", "es", f"""SAPU / SAR Puente Alto - Atencion de urgencia
Nombre: [[N|ARAYA PIZARRO, BENJAMIN]]   RUN [[RUT*|{typo(rut(22415078, bad=True))}]]   Edad 9 a
Acompañado por su padre, [[N|Rodrigo Araya]], quien refiere crisis de asma desde anoche.
AM: asma bronquial en tratamiento con fluticasona, rinitis alergica.
Ex: FR 32, sat 91%, sibilancias difusas, retraccion subcostal leve. Sin fiebre.
Dg: crisis asmatica moderada; asma bronquial parcialmente controlada
Tto: salbutamol 2 puff c/20 min x 3 con aerocamara, prednisona 40 mg VO dosis unica.
Al alta: salbutamol 2 puff c/4-6 h por 5 dias y luego SOS, fluticasona 125 mcg 2 puff c/12 h, prednisona 40 mg VO al dia x 4 dias.
""", [("salbutamol", "2 puff", None, "c/4-6 h por 5 dias y luego SOS"), ("prednisona", "40 mg", "VO", "al dia x 4 dias"),
      ("fluticasona", "125 mcg", None, "c/12 h")],
     [("asma bronquial", "J45.909"), ("rinitis alergica", "J30.9"),
      ("crisis asmatica moderada", "J45.41"), ("asma bronquial parcialmente controlada", "J45.909")],
     negated=["fiebre"])

note("vaccination", "h8-es-cl-17", "CL", "es", f"""VACUNATORIO CESFAM Los Castaños, La Florida - Registro RNI
Paciente: [[N|Agustina Belen Lagos Cid]]  RUN [[RUT*|{rut(26118904)}]]  fecha de nacimiento [[B|04/10/2025]]
Madre: [[N|Francisca Cid Aravena]]  fono [[T|9 7764 1290]]  correo [[E|fran.cid.aravena@gmail.com]]
Edad 14 meses. Sin fiebre ni enfermedad aguda al momento de la vacunacion. Sin reacciones previas.
Vacunas administradas hoy:
- Tres virica (SRP) 0.5 ml SC deltoides izquierdo, lote R72K1
- Neumococica conjugada 0.5 ml IM muslo derecho, refuerzo
- Hepatitis A 0.5 ml IM muslo izquierdo
Indicaciones: paracetamol gotas 15 gotas VO c/6h si fiebre. Observacion 30 min sin incidentes.
Vacunadora: TENS [[N|Margarita Oyarzun]]
""", [("Tres virica", "0.5 ml", "SC", None), ("Neumococica conjugada", "0.5 ml", "IM", "refuerzo"),
      ("Hepatitis A", "0.5 ml", "IM", None), ("paracetamol", "15 gotas", "VO", "c/6h si fiebre")],
     [], negated=["fiebre ni enfermedad aguda", "reacciones previas"])

# ======================================= Peru ======================================================================
note("discharge", "h8-es-pe-18", "PE", "es", """HOSPITAL NACIONAL EDGARDO REBAGLIATI MARTINS - ESSALUD
EPICRISIS - SERVICIO DE GASTROENTEROLOGIA
Apellidos y nombres: [[N|QUISPE MAMANI, Teodoro]]     DNI: [[DNI*|09871233]]
Autogenerado EsSalud: [[R*|5901091QMMIT004]]     H.C. [[R*|00871245]]
Fecha de nacimiento: [[B|10 de enero de 1959]]
Domicilio: [[A|Jr. Huanta 845, Cercado de Lima]] (frente al mercado)
Fecha de ingreso: 20/11/2026   Fecha de alta: 29/11/2026

ANAMNESIS: Varon de 67 años, con antecedente de cirrosis hepatica por alcohol Child-Pugh B y varices esofagicas
ligadas en 2025, que ingresa por hematemesis y melena de 12 horas. Niega consumo de AINES. Abstinente desde hace 2 años.
EXAMEN: PA 90/60, FC 118, palido, ascitis leve, sin asterixis.
LABORATORIO: Hb 6.9 g/dl, plaquetas 78 000, INR 1.6, albumina 2.8, bilirrubina total 2.4.
ENDOSCOPIA: varices esofagicas grandes con estigma de sangrado reciente; se realizan 6 ligaduras. Gastropatia
portal hipertensiva leve.
EVOLUCION: recibio 3 paquetes globulares, terlipresina y ceftriaxona profilactica por 7 dias, sin resangrado.
Se descarta peritonitis bacteriana espontanea (PMN 80 en liquido ascitico). No encefalopatia.
Dia 1: en UCI intermedia, PA se estabiliza tras volumen y hemoderivados; Hb control 8.4. Inicia dieta liquida al dia 3.
Dia 4: paracentesis diagnostica de 2 L sin complicaciones, liquido con GASA 1.4, proteinas 0.9 g/dl.
Dia 6: pasa a sala, tolera dieta hiposodica blanda, deposiciones formadas sin melena, Hb 8.9 estable por 72 h.
Se inicia betabloqueo no selectivo con FC objetivo 55-60. Evaluado por Nutricion:
desnutricion proteico-calorica moderada, suplemento hiperproteico. Servicio social: paciente vive con su esposa [[N|Eusebia Huarcaya]], telefono
[[T|01 428 3390]]; se coordina apoyo para controles.
Ecografia abdominal: higado de contornos nodulares, esplenomegalia 15 cm, porta 14 mm permeable, sin lesiones focales.
AFP 4 ng/ml.

DIAGNOSTICOS DE ALTA:
1. Hemorragia digestiva alta variceal (I85.11)
2. Cirrosis hepatica alcoholica Child-Pugh B (K70.30)
3. Anemia aguda posthemorragica (D62)
4. Gastropatia portal hipertensiva (K31.89)

TRATAMIENTO DE ALTA:
Propranolol 20 mg VO c/12 h
Espironolactona 100 mg VO c/24 h
Furosemida 40 mg VO c/24 h
Lactulosa 15 ml VO c/8 h, titular a 2-3 deposiciones al dia
Omeprazol 20 mg VO en ayunas por 14 dias
Sulfato ferroso 300 mg VO c/24 h
Proxima ligadura en 3 semanas. Consejeria: alcohol cero.

Medico tratante: Dr. [[N|Walter Huaman Chavez]]  CMP [[CED*|31290]]  RNE [[CED*|17766]]
Medico residente: [[N|Milagros Pari]]  CMP [[CED*|78456]]
""", [("Propranolol", "20 mg", "VO", "c/12 h"), ("Espironolactona", "100 mg", "VO", "c/24 h"), ("Furosemida", "40 mg", "VO", "c/24 h"),
      ("Lactulosa", "15 ml", "VO", "c/8 h, titular a 2-3 deposiciones al dia"), ("Omeprazol", "20 mg", "VO", "en ayunas por 14 dias"),
      ("Sulfato ferroso", "300 mg", "VO", "c/24 h")],
     [("cirrosis hepatica por alcohol Child-Pugh B", "K70.30"), ("varices esofagicas", "I85.00"),
      ("Hemorragia digestiva alta variceal", "I85.11"), ("Cirrosis hepatica alcoholica Child-Pugh B", "K70.30"),
      ("Anemia aguda posthemorragica", "D62"), ("Gastropatia portal hipertensiva", "K31.89"),
      ("desnutricion proteico-calorica moderada", "E44.0")],
     negated=["consumo de AINES", "asterixis", "resangrado", "peritonitis bacteriana espontanea", "encefalopatia"])

note("prescription", "h8-es-pe-19", "PE", "es", """Centro de Salud Villa Maria del Triunfo - MINSA
RECETA UNICA ESTANDARIZADA
Paciente: [[N|Rosa Elvira Ccahuana Lopez]]  DNI [[DNI*|46012378]]  HCl [[R*|0045521]]  SIS [[R*|7-46012378]]
Dx: Infeccion de vias urinarias no complicada (N39.0) - gestante 20 semanas
1. Cefalexina 500 mg tab. 1 tab VO c/6h x 7 dias (28 tab)
2. Paracetamol 500 mg tab. 1 tab VO c/8h PRN dolor o fiebre (10 tab)
Prescriptor: Obst. [[N|Yolanda Inga]] COP [[CED*|15528]] / Med. [[N|Jose Luis Ramos]] CMP [[CED*|60217]]
""", [("Cefalexina", "500 mg", "VO", "c/6h x 7 dias"), ("Paracetamol", "500 mg", "VO", "c/8h PRN dolor o fiebre")],
     [("Infeccion de vias urinarias no complicada", "N39.0")])

note("occupational health", "h8-es-pe-20", "PE", "es", """EXAMEN MEDICO OCUPACIONAL PERIODICO - Unidad Minera Antamina (Huari, Ancash)
Trabajador: [[N|Elmer Condori Huaylla]]  DNI [[DNI*|42115806]]  Cod. trabajador [[R*|ANT-20331]]
Puesto: operador de camion gigante. Altitud de trabajo 4300 msnm. Edad 41.
Antecedentes: HTA leve en tratamiento; hipoacusia neurosensorial bilateral leve (2024). No diabetes. No epilepsia.
Examen: PA 128/84, Hb 17.9 g/dl, IMC 29. Audiometria: caida en 4 kHz bilateral, estable. Espirometria normal.
Test de Epworth 6. Sin signos de mal de montaña cronico.
Conclusion: APTO con restricciones. Diagnosticos: poliglobulia secundaria a altura; HTA controlada; hipoacusia inducida por ruido.
Indicaciones: continuar amlodipino 5 mg VO c/24 h; uso obligatorio de protector auditivo doble.
Medico ocupacional: Dr. [[N|Cesar Valverde Rojas]] CMP [[CED*|44908]]
""", [("amlodipino", "5 mg", "VO", "c/24 h")],
     [("HTA leve en tratamiento", "I10"), ("hipoacusia neurosensorial bilateral leve", "H90.3"),
      ("poliglobulia secundaria a altura", "D75.1"), ("HTA controlada", "I10"), ("hipoacusia inducida por ruido", "H83.3X3")],
     negated=["diabetes", "epilepsia", "mal de montaña cronico"])

# ======================================= Brazil (Portuguese-flavoured) =============================================
note("SOAP", "h8-pt-br-21", "BR", "pt", f"""UBS Vila Nova Cachoeirinha - Sao Paulo - Evolucao medica
Paciente: [[N|Maria das Dores Silva Santos]]   CPF: [[CPF*|{cpf("318467205")}]]   Cartao SUS: [[R*|700 5082 4411 2390]]
Data de nascimento: [[B|22/05/1956]]   Prontuario: [[R*|44817]]
S: Retorno. Refere dor em joelhos ao caminhar, melhora com repouso. Nega dor toracica, nega dispneia. Glicemias
capilares 140-180 em jejum.
O: PA 146/90, FC 72, peso 79 kg. Crepitacao em joelhos bilateral, sem derrame.
A: DM2 descompensada; HAS; osteoartrose de joelhos; obesidade grau I
P: Metformina 850 mg VO 2x ao dia; Gliclazida MR 60 mg VO pela manha; Losartana 50 mg VO 12/12h;
Paracetamol 750 mg VO ate 3x ao dia se dor. Suspenso diclofenaco. Encaminhada para fisioterapia.
Dra. [[N|Renata Kobayashi]] CRM-SP [[CED*|142.337]]
""", [("Metformina", "850 mg", "VO", "2x ao dia"), ("Gliclazida MR", "60 mg", "VO", "pela manha"), ("Losartana", "50 mg", "VO", "12/12h"),
      ("Paracetamol", "750 mg", "VO", "ate 3x ao dia se dor")],
     [("DM2 descompensada", "E11.65"), ("HAS", "I10"), ("osteoartrose de joelhos", "M17.0"), ("obesidade grau I", "E66.9")],
     negated=["dor toracica", "dispneia", "derrame"], stopped=["diclofenaco"])

note("discharge", "h8-es-br-22", "BR", "es", f"""HOSPITAL DE CLINICAS DE PORTO ALEGRE - SUMARIO DE ALTA (nota en portuñol, paciente de Rivera)
Nome/Nombre: [[N|Joao Pedro Oliveira Cardoso]]  CPF [[CPF*|{typo(cpf("502118934", bad=True))}]]  Prontuario [[R*|2211875]]
Nasc.: [[B|3/mar/1980]]   Endereco: [[A|Rua Gen. Lima e Silva 820, ap 301, Cidade Baixa, Porto Alegre]]
Fone: [[T|(51) 99812-0477]]   Esposa: [[N|Ana Carolina Cardoso]]
Internacion 24/11 a 30/11/2026 por dolor toracico. Antecedentes: tabagista 20 maços/ano, HAS, dislipidemia.
Cateterismo: lesao 90% em DA proximal, angioplastia com stent farmacologico. Troponina pico 4.2 ng/ml.
Sin complicaciones. Ecocardiograma FEVE 50% con hipocinesia anterior.
Diagnosticos de alta: IAM sem supra de ST (I21.4); doenca arterial coronariana uniarterial; HAS; dislipidemia
Receita de alta:
AAS 100 mg VO 1x ao dia (uso continuo)
Ticagrelor 90 mg VO 12/12h por 12 meses
Atorvastatina 80 mg VO a noite
Metoprolol 50 mg VO 12/12h
Enalapril 5 mg VO 12/12h
Nitrato (isossorbida) 5 mg sublingual se dor toracica
Medico: Dr. [[N|Gustavo Henrique Bortolini]] CRM-RS [[CED*|33410]]
""", [("AAS", "100 mg", "VO", "1x ao dia (uso continuo)"), ("Ticagrelor", "90 mg", "VO", "12/12h por 12 meses"),
      ("Atorvastatina", "80 mg", "VO", "a noite"), ("Metoprolol", "50 mg", "VO", "12/12h"), ("Enalapril", "5 mg", "VO", "12/12h"),
      ("isossorbida", "5 mg", "sublingual", "se dor toracica")],
     [("HAS", "I10"), ("dislipidemia", "E78.5"), ("IAM sem supra de ST", "I21.4"),
      ("doenca arterial coronariana uniarterial", "I25.10")],
     negated=["complicaciones"])

note("home visit", "h8-pt-br-23", "BR", "pt", """ESF Jardim Sao Luis - Visita domiciliar
Paciente acamado, Sr. [[N|Antonio Ferreira Lima]], 84 anos, endereco [[A|Rua das Palmeiras 45, fundos, Jardim Sao Luis]].
Cuidadora: filha [[N|Cleide Lima]], tel [[T|(11) 97733-5120]].
Sequela de AVC isquemico 2023, DPOC, lesao por pressao sacral estagio 2. Sem febre, aceitando dieta.
Curativo realizado. Mantem furosemida 40 mg VO 1x ao dia, AAS 100 mg VO apos almoco, salbutamol spray 2 jatos se falta de ar.
Orientada mudanca de decubito 2/2h.
Enf. [[N|Patricia Nunes]] COREN-SP [[CED*|298115]]
""", [("furosemida", "40 mg", "VO", "1x ao dia"), ("AAS", "100 mg", "VO", "apos almoco"),
      ("salbutamol", "2 jatos", None, "se falta de ar")],
     [("Sequela de AVC isquemico", "I69.30"), ("DPOC", "J44.9"), ("lesao por pressao sacral estagio 2", "L89.152")],
     negated=["febre"])

# ======================================= Ecuador ===================================================================
note("emergency", "h8-es-ec-24", "EC", "es", f"""HOSPITAL DE ESPECIALIDADES EUGENIO ESPEJO - EMERGENCIA (Formulario 008)
Nombre: [[N|Cristian Javier Tipan Guamán]]   Cedula: [[DNI*|{typo(cedula_ec("171839402", bad=True))}]]   HC [[R*|1718394]]
Edad: 29 años   Telefono: [[T|099 812 4456]]   Direccion: [[A|barrio La Magdalena, calle Rodrigo de Chavez y Michelena, Quito]]
Motivo: dolor abdominal de 18 horas, inicio periumbilical, migra a FID, nausea, anorexia. Niega diarrea. Sin disuria.
Signos: TA 120/70 FC 98 T 37.9. Blumberg positivo, McBurney positivo.
Leucocitos 15 400, neutrofilos 82%. ECO: apendice de 9 mm no compresible.
Dx: Apendicitis aguda (K35.80). Alvarado 8.
Plan: NPO, Lactato de Ringer 1000 ml IV a 125 ml/h, ceftriaxona 2 g IV ahora, metronidazol 500 mg IV c/8h,
tramadol 50 mg IV c/8h PRN dolor. Interconsulta a Cirugia.
Medico: [[N|Diana Quishpe]], MD - Residente de Emergencia
""", [("Lactato de Ringer", "1000 ml", "IV", "a 125 ml/h"), ("ceftriaxona", "2 g", "IV", "ahora"), ("metronidazol", "500 mg", "IV", "c/8h"),
      ("tramadol", "50 mg", "IV", "c/8h PRN dolor")],
     [("Apendicitis aguda", "K35.80")], negated=["diarrea", "disuria"])

note("pediatric consult", "h8-es-ec-25", "EC", "es", f"""Consulta externa pediatria - Hospital del IESS Los Ceibos, Guayaquil
Niña [[N|Valentina Intriago]], 5 años, hija de [[N|Jessenia Intriago Vera]] ([[DNI|{bare(corpuslib.ec_cedula("092771845"))}]]).
Talla baja y bajo peso. Peso 15 kg (p<3), talla 101 cm (p3). Dieta pobre en proteinas. Parasitologico: Giardia lamblia.
Hb 10.9. No diarrea cronica, sin visceromegalias.
Diagnosticos: desnutricion cronica moderada; giardiasis; anemia ferropenica leve
Tratamiento: metronidazol suspension 250 mg/5 ml 3 ml VO c/8h x 7 dias; sulfato ferroso gotas 25 mg/ml 1 ml VO c/dia x 3 meses;
albendazol 400 mg VO dosis unica. Consejeria nutricional, control en 1 mes.
Dra. [[N|Monica Cedeño]] - Pediatra
""", [("metronidazol", "3 ml", "VO", "c/8h x 7 dias"), ("sulfato ferroso", "1 ml", "VO", "c/dia x 3 meses"),
      ("albendazol", "400 mg", "VO", "dosis unica")],
     [("desnutricion cronica moderada", "E44.0"), ("giardiasis", "A07.1"), ("anemia ferropenica leve", "D50.9")],
     negated=["diarrea cronica", "visceromegalias"])

# ======================================= Uruguay ===================================================================
note("nephrology consult", "h8-es-uy-26", "UY", "es", f"""Policlinica de Nefrologia - Hospital de Clinicas Dr. Manuel Quintela, Montevideo
Paciente: [[N|Nelly Rodriguez de Martinez]]  C.I. [[DNI*|{typo(ci_uy("1845902", bad=True))}]]  Registro [[R*|HC-0551874]]
Fecha de nacimiento: [[B|12/12/1949]]  Tel. [[T|2487 3309]]
Motivo: control de ERC.
Antecedentes personales: ERC etapa 3b secundaria a nefroangioesclerosis, HTA de 30 años, gota. No DM.
Creatinina 1.9, FG 27 ml/min, K 5.6, bicarbonato 19, PTH 180, Hb 10.2, ferritina 90.
Impresion: ERC etapa 4 progresiva; hiperpotasemia leve; acidosis metabolica; anemia de la ERC; hiperparatiroidismo secundario.
Indicaciones: bicarbonato de sodio 1 g VO cada 8 horas; patiromer 8,4 g VO dia; alopurinol 100 mg dia;
hierro sacarato 200 mg IV semanal x 5 dosis; calcitriol 0,25 mcg VO dia alterno. Suspender espironolactona.
Nefrologa: Dra. [[N|Lucia Bentancor]]
""", [("bicarbonato de sodio", "1 g", "VO", "cada 8 horas"), ("patiromer", "8,4 g", "VO", "dia"), ("alopurinol", "100 mg", None, "dia"),
      ("hierro sacarato", "200 mg", "IV", "semanal x 5 dosis"), ("calcitriol", "0,25 mcg", "VO", "dia alterno")],
     [("ERC etapa 3b secundaria a nefroangioesclerosis", "N18.32"), ("HTA de 30 años", "I12.9"), ("gota", "M10.9"),
      ("ERC etapa 4 progresiva", "N18.4"), ("hiperpotasemia leve", "E87.5"), ("acidosis metabolica", "E87.2"),
      ("anemia de la ERC", "D63.1"), ("hiperparatiroidismo secundario", "N25.81")],
     negated=["DM"], stopped=["espironolactona"])

note("transfer summary", "h8-es-uy-27", "UY", "es", f"""ASSE - Hospital de Tacuarembo - RESUMEN DE TRASLADO a CTI Hospital Maciel
Usuario: [[N|Washington Pereira]] - [[DNI|{bare(corpuslib.uy_ci("3667120"))}]] - 58 a.
Traslado en ambulancia especializada (SEMM movil 12). Familiar acompañante: esposa [[N|Graciela Nuñez]] [[T|099 413 227]].
Motivo: IAM con supradesnivel ST anterior de 3 h, fibrinolisis con estreptoquinasa 1.500.000 UI IV en 60 min, sin criterios de reperfusion.
AP: tabaquista, HTA, EPOC leve.
Medicacion administrada: AAS 300 mg VO carga, clopidogrel 300 mg VO carga, enoxaparina 30 mg IV bolo.
En curso: nitroglicerina 10 mcg/min IV en BIC.
Sin arritmias durante el traslado. Killip I.
Dx: IAMCEST anterior, fibrinolisis fallida -> angioplastia de rescate
Medico: Dr. [[N|Andres Olivera]]
""", [("estreptoquinasa", "1.500.000 UI", "IV", "en 60 min"), ("AAS", "300 mg", "VO", "carga"), ("clopidogrel", "300 mg", "VO", "carga"),
      ("enoxaparina", "30 mg", "IV", "bolo"), ("nitroglicerina", "10 mcg/min", "IV", "en BIC")],
     [("IAM con supradesnivel ST anterior", "I21.09"), ("HTA", "I10"), ("EPOC leve", "J44.9"),
      ("IAMCEST anterior, fibrinolisis fallida", "I21.09")],
     negated=["arritmias"])

# ======================================= Venezuela =================================================================
note("prescription", "h8-es-ve-28", "VE", "es", """Dr. [[N|Ramon Elias Marcano]] - Medicina Interna
MPPS [[CED*|58.221]]  CMDF [[CED*|23.417]]
Policlinica Metropolitana, Caracas. Tlf [[T|0212-908.0140]] / [[T|0414-322.8819]]
RECIPE
Paciente: [[N|Yelitza Coromoto Bermudez]]   C.I. V-[[DNI*|14.556.201]]   Fecha: 30/11/2026
Losartan potasico 50mg: 1 tab diaria
Amlodipina 5mg: 1 tab en la noche
Glimepirida 2mg: 1 tab antes del desayuno
INDICACIONES: Losartan 1 diaria, amlodipina en la noche, glimepirida antes del desayuno. Dieta hiposodica.
Dx: HTA estadio 2; DM tipo 2
""", [("Losartan potasico", "50mg", None, "diaria"), ("Amlodipina", "5mg", None, "en la noche"),
      ("Glimepirida", "2mg", None, "antes del desayuno")],
     [("HTA estadio 2", "I10"), ("DM tipo 2", "E11.9")])

note("admission", "h8-es-ve-29", "VE", "es", """HOSPITAL UNIVERSITARIO DE MARACAIBO - SERVICIO DE MEDICINA INTERNA
HISTORIA DE INGRESO
Nombre: [[N|Jose Gregorio Urdaneta Paz]]  CI: [[DNI*|V-9.761.455]]  Edad: 60  N° de historia: [[R*|08-44-19]]
Procedencia: [[A|sector Los Haticos, calle 100 con av 17, casa 17-55, Maracaibo]]
Familiar: hijo [[N|Gregory Urdaneta]] tlf [[T|+58 424 6610092]]
Enfermedad actual: inicia hace 7 dias con fiebre alta, mialgias, artralgias, cefalea retroocular; hace 24 h gingivorragia y
petequias en miembros inferiores. No refiere melena. Niega viajes.
Antecedentes: HTA en tratamiento irregular. Alergia: AINES.
Examen fisico: TA 100/60, FC 100, T 37.2. Petequias en MsIs, prueba del torniquete positiva. Hepatomegalia 2 cm.
Paraclinicos: plaquetas 18 000, Hto 48% (basal 40%), leucocitos 2 800, AST 210, ALT 180. NS1 positivo.
IDX: Dengue con signos de alarma (A97.1); trombocitopenia severa; HTA
Plan: hidratacion con solucion 0.9% 5 ml/kg/h IV, acetaminofen 1 g VO c/6h si fiebre, omeprazol 40 mg IV OD.
Control de Hto c/6h. No AINES, no aspirina.
Medico de guardia: Dra. [[N|Marianela Fuenmayor]]
""", [("solucion 0.9%", "5 ml/kg/h", "IV", None), ("acetaminofen", "1 g", "VO", "c/6h si fiebre"), ("omeprazol", "40 mg", "IV", "OD")],
     [("HTA en tratamiento irregular", "I10"), ("Dengue con signos de alarma", "A97.1"), ("trombocitopenia severa", "D69.6"),
      ("HTA", "I10")],
     negated=["melena", "viajes"])

# ======================================= Bolivia ===================================================================
note("obstetric consult", "h8-es-bo-30", "BO", "es", """Hospital de la Mujer Dr. Percy Boland, Santa Cruz de la Sierra - CONSULTA ALTO RIESGO OBSTETRICO
Paciente: [[N|Roxana Choque Mendoza]]   C.I. [[DNI*|7894521]] SC   Matricula SUS: [[R*|SC-0088172]]
Fecha de nacimiento: [[B|21-VII-1994]]  Esposo: [[N|Freddy Vargas]] cel. [[T|71024588]]
G3P2, embarazo de 33 semanas. Antecedente de preeclampsia en embarazo previo.
PA 150/100 en dos tomas, proteinuria en tira ++, sin cefalea, sin epigastralgia, sin fosfenos. Reflejos normales.
Plaquetas 190 000, TGO 28, creatinina 0.7. NST reactivo.
Dx: preeclampsia sin criterios de severidad; embarazo de 33 semanas
Plan: internacion, nifedipino 10 mg VO c/8 h, betametasona 12 mg IM c/24 h x 2 dosis (maduracion pulmonar), control de PA c/4 h.
Medico: Dr. [[N|Hugo Añez Rivero]]  Mat. Prof. [[CED*|A-2210]]
""", [("nifedipino", "10 mg", "VO", "c/8 h"), ("betametasona", "12 mg", "IM", "c/24 h x 2 dosis")],
     [("preeclampsia en embarazo previo", "Z87.59"), ("preeclampsia sin criterios de severidad", "O14.03"),
      ("embarazo de 33 semanas", "Z3A.33")],
     negated=["cefalea", "epigastralgia", "fosfenos"])

note("SOAP", "h8-es-bo-31", "BO", "es", """Centro de Salud Villa Adela, El Alto - nota de evolucion
Pcte [[N|Marcelina Apaza]] 66a, HC [[R*|3310]]. Tos de 3 semanas con expectoracion, sudoracion nocturna, baja de peso 4 kg.
Baciloscopia ++. VIH negativo. Sin hemoptisis.
Dx: TB pulmonar BK+ (A15.0), caso nuevo
Tto DOTS fase intensiva: RHZE 150/75/400/275 mg 4 tab VO c/dia en ayunas, lunes a sabado x 2 meses.
Piridoxina 50 mg VO dia. Estudio de contactos: hijo [[N|Julio Apaza]], nietos.
Lic. [[N|Eva Mamani]], enfermeria TB
""", [("RHZE", "150/75/400/275 mg", "VO", "c/dia en ayunas, lunes a sabado x 2 meses"), ("Piridoxina", "50 mg", "VO", "dia")],
     [("TB pulmonar BK+", "A15.0")], negated=["VIH", "hemoptisis"])

# ======================================= Paraguay ==================================================================
note("referral", "h8-es-py-32", "PY", "es", """INSTITUTO DE PREVISION SOCIAL - Hospital Central, Asuncion
CONTRARREFERENCIA - Servicio de Endocrinologia
A: Unidad de Salud Familiar San Lorenzo
Asegurado: [[N|Blanca Estela Benitez Gaona]]  C.I.N° [[DNI*|3.412.889]]  N° de asegurado: [[R*|0034128890]]
Se evaluo a la paciente por hipertiroidismo. TSH <0.01, T4L 3.8, TRAb positivos. Centellograma: captacion difusa aumentada.
Dx: enfermedad de Graves (E05.00), taquicardia sinusal
No se evidencia oftalmopatia. No bocio nodular.
Tratamiento: metimazol 10 mg VO cada 8 horas; propranolol 40 mg VO cada 8 horas hasta FC < 90.
Control con hemograma y hepatograma en 4 semanas (riesgo de agranulocitosis explicado).
Endocrinologo: Dr. [[N|Aldo Rolon]]  Reg. Prof. [[CED*|8712]]
""", [("metimazol", "10 mg", "VO", "cada 8 horas"), ("propranolol", "40 mg", "VO", "cada 8 horas hasta FC < 90")],
     [("enfermedad de Graves", "E05.00"), ("taquicardia sinusal", "R00.0")],
     negated=["oftalmopatia", "bocio nodular"])

note("emergency", "h8-es-py-33", "PY", "es", """Urgencias - Hospital Regional de Ciudad del Este
Pac. [[N|D.A.R.]], masc. 34 a., mordedura de perro en pierna der hace 2 hs. Perro callejero, no observable.
Herida anfractuosa 3 cm. Sin sangrado activo. No vacunado contra rabia. Vacuna antitetanica hace 3 años.
Dx: mordedura de perro categoria III (W54), herida de pierna derecha
Conducta: lavado exhaustivo, no sutura. Vacuna antirrabica 0.5 ml IM dias 0-3-7-14, inmunoglobulina antirrabica 20 UI/kg infiltrada en herida.
Amoxi-clavulanico 875/125 mg VO c/12 hs x 5 dias.
Dra. [[N|Gloria Acosta]]
""", [("Vacuna antirrabica", "0.5 ml", "IM", "dias 0-3-7-14"), ("inmunoglobulina antirrabica", "20 UI/kg", "infiltrada en herida", None),
      ("Amoxi-clavulanico", "875/125 mg", "VO", "c/12 hs x 5 dias")],
     [("mordedura de perro categoria III", "W54.0XXA"), ("herida de pierna derecha", "S81.801A")],
     negated=["sangrado activo"])

# ======================================= Central America ===========================================================
note("SOAP", "h8-es-gt-34", "GT", "es", """Clinica Familiar Luis Angel Garcia - Zona 1, Guatemala
Paciente: [[N|Mynor Estuardo Cux Ajanel]], 45 a, DPI [[DNI*|2478 55103 0101]], expediente [[R*|CF-77410]]
S: viene por ardor epigastrico de 2 meses, peor en ayunas y de noche. Niega hematemesis, sin perdida de peso.
O: dolor a la palpacion en epigastrio, sin signos peritoneales. Ag de H. pylori en heces positivo.
A: dispepsia ulcerosa / infeccion por H. pylori
P: omeprazol 20 mg VO BID, amoxicilina 1 g VO BID, claritromicina 500 mg VO BID, todo por 14 dias. Evitar AINES.
Dr. [[N|Otto Chavajay]] Col. [[CED*|12.880]]
""", [("omeprazol", "20 mg", "VO", "BID"), ("amoxicilina", "1 g", "VO", "BID"), ("claritromicina", "500 mg", "VO", "BID")],
     [("dispepsia ulcerosa", "K30"), ("infeccion por H. pylori", "B96.81")],
     negated=["hematemesis", "perdida de peso", "signos peritoneales"])

note("occupational health", "h8-es-sv-35", "SV", "es", f"""ISSS - Clinica Empresarial Zona Franca San Bartolo
CONSTANCIA DE CONSULTA - SALUD OCUPACIONAL
Trabajadora: [[N|Karla Yamileth Portillo Hernandez]]  DUI [[DNI*|{typo(dui8("04877612", bad=True))}]]  N° afiliacion ISSS [[R*|418855021]]
Operaria de costura, 31 a. Consulta por dolor y adormecimiento de mano derecha nocturno de 3 meses. Sin trauma.
Phalen y Tinel positivos a la derecha. Sin atrofia tenar.
Dx: sindrome del tunel carpiano derecho, relacionado con el trabajo (G56.01)
Indicaciones: ferula de muñeca nocturna, naproxeno 550 mg VO c/12 h x 7 dias, complejo B 1 tab VO c/dia.
Reubicacion temporal de puesto por 2 semanas. Incapacidad: no.
Medico: Dra. [[N|Rocio Menjivar]] JVPM [[CED*|14527]]
""", [("naproxeno", "550 mg", "VO", "c/12 h x 7 dias"), ("complejo B", "1 tab", "VO", "c/dia")],
     [("sindrome del tunel carpiano derecho, relacionado con el trabajo", "G56.01")],
     negated=["trauma", "atrofia tenar"])

note("discharge", "h8-es-hn-36", "HN", "es", """HOSPITAL ESCUELA - TEGUCIGALPA, M.D.C.
EPICRISIS PEDIATRIA
Nombre: [[N|Keyla Dariela Zelaya]]  Edad 2 a 4 m   No. expediente [[R*|2024-117734]]
Nombre de la madre: [[N|Suyapa Zelaya Flores]], identidad [[DNI*|0801-1999-04412]], cel [[T|9877-4301]]
Procedencia: [[A|colonia Villa Nueva, sector 3, bloque F, Tegucigalpa]]
Ingreso por diarrea acuosa abundante y vomitos de 2 dias con deshidratacion moderada. Sin sangre en heces.
Rotavirus positivo. Recibio plan B de rehidratacion y luego sales orales. Toleraba via oral al alta, diuresis adecuada.
Dx egreso: gastroenteritis aguda por rotavirus, deshidratacion moderada resuelta, desnutricion leve
Tratamiento al alta: suero oral 100 ml VO despues de cada evacuacion liquida; sulfato de zinc 20 mg VO c/dia x 10 dias.
Esquema de vacunas incompleto: se refiere a vacunacion.
Medico: Dr. [[N|Allan Mejia]] CMH [[CED*|9031]]
""", [("suero oral", "100 ml", "VO", "despues de cada evacuacion liquida"), ("sulfato de zinc", "20 mg", "VO", "c/dia x 10 dias")],
     [("gastroenteritis aguda por rotavirus", "A08.0"), ("deshidratacion moderada resuelta", "E86.0"), ("desnutricion leve", "E44.1")],
     negated=["sangre en heces"])

note("home visit", "h8-es-ni-37", "NI", "es", """MINSA Nicaragua - SILAIS Leon - Visita casa a casa (MOSAFC)
Se visita a doña [[N|Petrona del Carmen Salgado]], 79 años, [[A|del Parque San Juan 2 cuadras al lago, media al sur, Leon]].
Vive con su nieta [[N|Ingrid Salgado]].
Cronica: HTA y DM2, con insuficiencia venosa cronica. Glicemia capilar 210. PA 150/90. No tiene dolor de pecho ni falta de aire.
Refiere que se le terminaron las pastillas de la azucar.
Se entrega: enalapril 20 mg 1 tab VO cada 12 horas; metformina 500 mg 1 tab VO con desayuno y cena; aspirina 100 mg VO diario.
Cita en el puesto de salud el jueves.
Enf. [[N|Marlene Pichardo]]
""", [("enalapril", "20 mg", "VO", "cada 12 horas"), ("metformina", "500 mg", "VO", "con desayuno y cena"),
      ("aspirina", "100 mg", "VO", "diario")],
     [("HTA", "I10"), ("DM2", "E11.9"), ("insuficiencia venosa cronica", "I87.2")],
     negated=["dolor de pecho ni falta de aire"])

note("endocrinology consult", "h8-es-cr-38", "CR", "es", """CCSS - Hospital Mexico - Consulta Externa de Endocrinologia
Paciente: [[N|Alonso Vargas Solano]]  Ced. [[DNI*|1-1245-0387]]  Expediente CCSS [[R*|112450387]]  FN: [[B|07/08/1985]]
Correo: [[E|alonso.vargas.s@yahoo.com]]
APP: DM1 desde los 12 años, en esquema basal-bolo.
HbA1c 8.4%. Hipoglicemias nocturnas 2 por semana. Fondo de ojo sin retinopatia. Microalbuminuria negativa.
Diagnostico: DM1 con mal control e hipoglicemias nocturnas; hipotiroidismo autoinmune.
Plan: insulina degludec 22 U SC una vez al dia (baja de 26 U), insulina aspart 1 U por 10 g de carbohidratos SC antes de comidas,
levotiroxina 88 mcg VO diario. Glucagon 1 mg IM PRN hipoglicemia severa.
Dra. [[N|Mariana Quesada]] cod. [[CED*|MED9981]]
""", [("insulina degludec", "22 U", "SC", "una vez al dia"), ("insulina aspart", "1 U por 10 g de carbohidratos", "SC", "antes de comidas"),
      ("levotiroxina", "88 mcg", "VO", "diario"), ("Glucagon", "1 mg", "IM", "PRN hipoglicemia severa")],
     [("DM1", "E10.9"), ("DM1 con mal control e hipoglicemias nocturnas", "E10.649"), ("hipotiroidismo autoinmune", "E06.3")],
     negated=["retinopatia", "Microalbuminuria"])

note("lab report", "h8-es-pa-39", "PA", "es", """LABORATORIO CLINICO - Hospital Santo Tomas, Panama
================================================================
PACIENTE: [[N|BATISTA DE GONZALEZ, YARIELA]]     CEDULA: [[DNI*|8-745-1290]]
HISTORIA: [[R*|HST-0998812]]                     F.NAC: [[B|19-ENE-1972]]
SOLICITA: DR. [[N|RICARDO CHEN]]                 SALA: MEDICINA 7
N° ORDEN: [[R*|26-1130-00417]]
================================================================
HEMATOLOGIA
HEMOGLOBINA ............ 8.1 g/dL     (12.0-16.0)  BAJO
VCM .................... 68 fL        (80-100)     BAJO
PLAQUETAS .............. 512 x10^3    (150-450)    ALTO
FERRITINA .............. 4 ng/mL      (15-150)     BAJO
----------------------------------------------------------------
NOTA DEL PATOLOGO: anemia microcitica hipocromica compatible con ferropenia; trombocitosis reactiva.
Valido: Lic. [[N|Edwin Saavedra]], TM
""", [], [("anemia microcitica hipocromica compatible con ferropenia", "D50.9"), ("trombocitosis reactiva", "D75.838")])

# ======================================= Caribbean =================================================================
note("SOAP", "h8-es-cu-40", "CU", "es", """Policlinico Docente "Plaza de la Revolucion" - Consultorio Medico de Familia No. 14
Paciente: [[N|Yudelkis Perez Valdes]]  CI [[DNI*|79031208475]]  HC familiar [[R*|14-0332]]
Direccion: [[A|calle 23 No. 1056 e/ 12 y 14, Vedado]]
S: asmatica conocida, refiere falta de aire con el frio, usa el salbutamol 3 veces al dia. No fiebre, no expectoracion.
O: FR 22, sibilantes aislados, FC 90.
A: asma bronquial persistente moderada, descompensada
P: beclometasona 250 mcg 2 inhalaciones c/12h, salbutamol spray 2 inh si falta de aire, prednisona 20 mg VO diario x 5 dias.
MGI: Dra. [[N|Idania Rosabal]]
""", [("beclometasona", "250 mcg", None, "c/12h"), ("salbutamol", "2 inh", None, "si falta de aire"),
      ("prednisona", "20 mg", "VO", "diario x 5 dias")],
     [("asma bronquial persistente moderada, descompensada", "J45.41")], negated=["fiebre", "expectoracion"])

note("discharge", "h8-es-do-41", "DO", "es", f"""HOSPITAL DOCENTE PADRE BILLINI - SANTO DOMINGO
RESUMEN DE ALTA - MEDICINA INTERNA
Paciente: [[N|Ramona Altagracia De los Santos]]   Cedula: [[DNI*|{typo(cedula_do("0010557812", bad=True))}]]
Record: [[R*|PB-558201]]   ARS: SENASA, afiliado [[R*|23-0557812-01]]
Fecha de nac.: [[B|5 de mayo de 1962]]   Tel [[T|809-682-4410]]
Direccion: [[A|c/ Arzobispo Portes #302, Ciudad Nueva]]
Ingreso: 21/11/2026   Alta: 29/11/2026
HISTORIA: paciente de 64 años con HTA, DM2 insulinodependiente y ERC G3a que ingresa por celulitis de pierna izquierda
con fiebre de 39 y escalofrios. No refiere trauma. Sin crepitacion. Doppler venoso: descarta TVP.
EVOLUCION: tratada con oxacilina IV 5 dias y luego clindamicina oral, con mejoria del eritema. Glicemias dificiles al
inicio (350-400), se ajusto insulina. Creatinina estable 1.4.
DIAGNOSTICOS:
* Celulitis de miembro inferior izquierdo, en resolucion (L03.116)
* DM2 descompensada
* HTA
* ERC estadio 3a
MEDICAMENTOS AL ALTA:
- Clindamicina 300 mg VO c/6h x 5 dias mas
- Insulina NPH 20 U SC AM y 10 U PM
- Amlodipina 10 mg VO OD
- Irbesartan 150 mg VO OD
Seguimiento en consulta de medicina interna en 1 semana.
Dr. [[N|Manuel Encarnacion]] Exeq. [[CED*|334-09]]
""", [("Clindamicina", "300 mg", "VO", "c/6h x 5 dias mas"), ("Insulina NPH", "20 U", "SC", "AM y 10 U PM"),
      ("Amlodipina", "10 mg", "VO", "OD"), ("Irbesartan", "150 mg", "VO", "OD")],
     [("HTA", "I10"), ("DM2 insulinodependiente", "E11.9"), ("ERC G3a", "N18.31"),
      ("Celulitis de miembro inferior izquierdo, en resolucion", "L03.116"), ("DM2 descompensada", "E11.65"),
      ("ERC estadio 3a", "N18.31")],
     negated=["trauma", "crepitacion", "TVP"], stopped=["oxacilina"])

note("prescription", "h8-es-do-42", "DO", "es", f"""Centro Medico Cibao - Santiago de los Caballeros
Dra. [[N|Yokasta Rodriguez]] - Pediatra - Exequatur [[CED*|118-15]]
Paciente: [[N|Jeremy Almonte]], 7 años. Padre: [[N|Cesar Almonte]] [[DNI|{bare(corpuslib.do_cedula("0310442719"))}]]
Dx: otitis media aguda derecha
Rx:
Amoxicilina 400mg/5ml susp - 8 ml VO c/12h x 10 dias
Ibuprofeno 100mg/5ml - 10 ml VO c/8h PRN dolor o fiebre
""", [("Amoxicilina", "8 ml", "VO", "c/12h x 10 dias"), ("Ibuprofeno", "10 ml", "VO", "c/8h PRN dolor o fiebre")],
     [("otitis media aguda derecha", "H66.91")])

note("emergency", "h8-es-pr-43", "PR", "es", """Centro Medico de Rio Piedras - Sala de Emergencias
Pt: [[N|Luis A. Rivera Colon]]  DOB [[B|04/17/1968]]  MRN [[R*|CMRP-0042198]]  Plan medico: Vital, ID [[R*|VTL883201945]]
CC: "me falta el aire y tengo las piernas hinchadas"
HPI: 58 y/o con CHF (EF 25%), HTN, DM2 y CKD 3b, dejo de tomar la furosemida hace 1 semana por falta de medicina tras el
huracan. Ortopnea, DPN. Denies chest pain. No fever.
PE: BP 168/96 HR 108 RR 26 SpO2 88% RA. JVD, crackles bilaterales, edema 3+ hasta rodillas.
BNP 2,100. Trop neg x2. CXR: congestion vascular, derrame pleural bilateral.
Assessment: Acute on chronic systolic heart failure exacerbation; HTN urgency; DM2; CKD stage 3b
Plan: furosemide 80 mg IV BID, nitroglycerin 0.4 mg SL q5min x3 PRN, BiPAP, resume carvedilol 12.5 mg PO BID once euvolemic,
admit to telemetry.
ER physician: [[N|Gabriela Ortiz Maldonado]], MD  Lic. [[CED*|MD-14471]]
""", [("furosemide", "80 mg", "IV", "BID"), ("nitroglycerin", "0.4 mg", "SL", "q5min x3 PRN"),
      ("carvedilol", "12.5 mg", "PO", "BID once euvolemic")],
     [("CHF (EF 25%)", "I50.22"), ("HTN", "I10"), ("DM2", "E11.9"), ("CKD 3b", "N18.32"),
      ("Acute on chronic systolic heart failure exacerbation", "I50.23"), ("HTN urgency", "I16.0"), ("CKD stage 3b", "N18.32")],
     negated=["chest pain", "fever"])

# ======================================= United States =============================================================
note("discharge", "h8-en-us-44", "US", "en", """MERCY REGIONAL MEDICAL CENTER - Springfield, MO
DISCHARGE SUMMARY

Patient: [[N|HOLLOWAY, Dennis J.]]       MRN: [[R*|MRM-20917734]]       DOB: [[B|11/02/1951]]
Account #: [[R*|A0088127365]]     Admit: 11/24/2026     Discharge: 11/30/2026
Attending: [[N|Priya Raman]], MD      PCP: Dr. [[N|Kevin Albers]]
Address on file: [[A|2214 E Cherry St, Springfield, MO 65802]]    Phone: [[T|(417) 555-0192]]
Emergency contact: [[N|Janet Holloway]] (wife) [[T|417-555-0147]]

HOSPITAL COURSE
75 y/o male with PMH of COPD on 2L home O2, paroxysmal atrial fibrillation on apixaban, type 2 diabetes, and BPH, who
presented with 3 days of fever, productive cough and confusion. CXR showed RLL consolidation. Blood cultures grew
Streptococcus pneumoniae (pan-sensitive). He was started on ceftriaxone and azithromycin; azithromycin was
discontinued on day 3 after urine Legionella antigen returned negative. Delirium resolved by day 2 with treatment of
the infection and sleep hygiene; no antipsychotics were required. Course complicated by AKI (Cr peak 2.1 from baseline
1.0) attributed to prerenal azotemia, which improved with IV fluids; metformin was held and may be resumed at
follow-up if Cr < 1.5. Rate was controlled throughout; no RVR. Denies chest pain during stay. No evidence of DVT
on duplex ordered for calf asymmetry. Glycemic control with basal insulin while inpatient.

PERTINENT FINDINGS
Admission vitals: T 39.1 C, HR 118 irregular, BP 96/58, RR 28, SpO2 84% on 2L. Exam: lethargic but arousable, oriented
to self only; bronchial breath sounds RLL; no meningismus. WBC 19.4, lactate 3.2, procalcitonin 14, Na 133, Cr 2.1,
glucose 288, troponin 0.03 (flat). Repeat blood cultures day 3 negative. Echo: LVEF 55%, no vegetations. Discharge
vitals: T 36.8, HR 78, BP 124/70, SpO2 93% on 2L (baseline). Cr 1.3 on day of discharge.
Goals of care discussed with patient and wife; remains full code.

DISCHARGE DIAGNOSES
1. Pneumococcal bacteremic pneumonia, right lower lobe - improving
2. Acute metabolic encephalopathy, resolved
3. Acute kidney injury, resolving
4. COPD, stable
5. Paroxysmal atrial fibrillation
6. Type 2 diabetes mellitus

DISCHARGE MEDICATIONS
- Amoxicillin 1 g PO TID x 5 more days (to complete 10 days total)
- Apixaban 5 mg PO BID
- Metoprolol tartrate 25 mg PO BID
- Tiotropium (Spiriva Respimat) 2.5 mcg 2 inhalations once daily
- Albuterol HFA 90 mcg 2 puffs q4h PRN wheezing
- Insulin glargine 10 units SC at bedtime (new, until metformin resumed)
- Tamsulosin 0.4 mg PO nightly
- Oxygen 2 L/min via nasal cannula continuous
HOLD: metformin until renal function rechecked.

FOLLOW-UP
PCP in 1 week with BMP and CBC. Pulmonology in 4 weeks.

Electronically signed: [[N|Priya Raman]], MD  NPI [[CED*|1487693205]]
""", [("Amoxicillin", "1 g", "PO", "TID x 5 more days (to complete 10 days total)"), ("Apixaban", "5 mg", "PO", "BID"),
      ("Metoprolol tartrate", "25 mg", "PO", "BID"), ("Tiotropium", "2.5 mcg", None, "once daily"),
      ("Albuterol HFA", "90 mcg", None, "q4h PRN wheezing"), ("Insulin glargine", "10 units", "SC", "at bedtime"),
      ("Tamsulosin", "0.4 mg", "PO", "nightly")],
     [("COPD on 2L home O2", "J44.9"), ("paroxysmal atrial fibrillation", "I48.0"), ("type 2 diabetes", "E11.9"), ("BPH", "N40.0"),
      ("Pneumococcal bacteremic pneumonia, right lower lobe - improving", "J13"),
      ("Acute metabolic encephalopathy, resolved", "G93.41"), ("Acute kidney injury, resolving", "N17.9"),
      ("COPD, stable", "J44.9"), ("Paroxysmal atrial fibrillation", "I48.0"), ("Type 2 diabetes mellitus", "E11.9")],
     negated=["chest pain", "DVT", "RVR", "meningismus", "vegetations"], stopped=["azithromycin", "metformin"])

note("SOAP", "h8-en-us-45", "US", "en", f"""Family Medicine Clinic - Lubbock, TX - Progress note
Pt [[N|Maria Guadalupe Trevino]], 52F, DOB [[B|March 9, 1974]], SSN on file [[SSN*|412-66-0938]]
S: f/u HTN and hyperlipidemia. Reports good adherence. Denies headache, chest pain, SOB. Mild ankle swelling since amlodipine
dose increase.
O: BP 132/78, HR 70, BMI 33.1. 1+ pitting edema bilat ankles. LDL 142.
A/P:
# HTN - at goal, but amlodipine edema -> decrease amlodipine to 5 mg PO daily, add chlorthalidone 12.5 mg PO qAM
# Hyperlipidemia - not at goal -> start rosuvastatin 20 mg PO qHS
# Obesity, class I - discussed diet; semaglutide 0.25 mg SC weekly, titrate monthly
# Prediabetes (A1c 6.1) - lifestyle
RTC 6 weeks with BMP.
[[N|Carlos Medrano]], PA-C / supervising [[N|Ellen Park]], DO
""", [("amlodipine", "5 mg", "PO", "daily"), ("chlorthalidone", "12.5 mg", "PO", "qAM"), ("rosuvastatin", "20 mg", "PO", "qHS"),
      ("semaglutide", "0.25 mg", "SC", "weekly, titrate monthly")],
     [("HTN - at goal", "I10"), ("Hyperlipidemia - not at goal", "E78.5"), ("Obesity, class I", "E66.811"), ("Prediabetes", "R73.03")],
     negated=["headache", "chest pain", "SOB"])

note("telemedicine", "h8-en-us-46", "US", "en", """TELEHEALTH VISIT (video) - Behavioral Health, Kaiser Permanente Oakland
Patient: [[N|Tyler Nguyen]]  MRN [[R*|11-0084-3325]]  Location of patient: home, California. Consent for telehealth obtained.
Identity verified with DOB [[B|1999-06-30]].
Hx: bipolar I disorder, most recent episode depressed, in partial remission; alcohol use disorder, mild, in early remission.
Interval: mood stable, sleeping 7-8 h. No SI/HI. Denies manic symptoms. Sober 4 months, attending AA.
Lithium level 0.7. TSH and Cr normal.
Plan: continue lithium carbonate ER 900 mg PO nightly; lamotrigine 150 mg PO daily. Quetiapine was stopped due to weight gain;
remains off. Naltrexone 50 mg PO daily for cravings.
Next visit 6 weeks. Crisis line reviewed. Emergency contact: [[N|Linh Nguyen]] (mother) [[T|510-555-0119]].
[[N|Rebecca Stoltz]], MD, Psychiatry
""", [("lithium carbonate ER", "900 mg", "PO", "nightly"), ("lamotrigine", "150 mg", "PO", "daily"),
      ("Naltrexone", "50 mg", "PO", "daily for cravings")],
     [("bipolar I disorder, most recent episode depressed, in partial remission", "F31.75"),
      ("alcohol use disorder, mild, in early remission", "F10.11")],
     negated=["SI/HI", "manic symptoms"], stopped=["Quetiapine"])

note("post-operative", "h8-en-us-47", "US", "en", """BRIGHAM & WOMEN'S - ORTHOPEDIC SURGERY - POST-OP NOTE POD #0
Patient: [[N|Eleanor Whitfield]]   MRN [[R*|BW9921047]]   78F
Procedure: right total knee arthroplasty (cemented) under spinal + adductor canal block. Surgeon: [[N|Aaron Feld]], MD.
Pre-op dx: primary osteoarthritis, right knee. Post-op dx: same.
EBL 150 mL. No intraop complications. Tourniquet 68 min.
PMH: HTN, hypothyroidism, GERD, hx of breast cancer s/p lumpectomy 2015 (in remission).
Exam: alert, NVI distally, dressing c/d/i, drain 40 mL.
Plan:
- Cefazolin 2 g IV q8h x 2 doses
- Aspirin 81 mg PO BID x 35 days for VTE prophylaxis
- Acetaminophen 1000 mg PO q8h scheduled
- Oxycodone 5 mg PO q4h PRN severe pain
- Ondansetron 4 mg IV q6h PRN nausea
- Levothyroxine 50 mcg PO daily, home dose
- Hold lisinopril today (spinal, soft BPs)
PT/OT POD1, WBAT.
""", [("Cefazolin", "2 g", "IV", "q8h x 2 doses"), ("Aspirin", "81 mg", "PO", "BID x 35 days"),
      ("Acetaminophen", "1000 mg", "PO", "q8h scheduled"), ("Oxycodone", "5 mg", "PO", "q4h PRN severe pain"),
      ("Ondansetron", "4 mg", "IV", "q6h PRN nausea"), ("Levothyroxine", "50 mcg", "PO", "daily, home dose")],
     [("primary osteoarthritis, right knee", "M17.11"), ("HTN", "I10"), ("hypothyroidism", "E03.9"), ("GERD", "K21.9"),
      ("hx of breast cancer s/p lumpectomy 2015 (in remission)", "Z85.3")],
     negated=["intraop complications"], stopped=["lisinopril"])

note("lab report", "h8-en-us-48", "US", "en", """QUEST DIAGNOSTICS - PATIENT REPORT
Patient Name: [[N|OKAFOR, CHIDI E]]          Specimen ID: [[R*|QD7734019A]]
DOB: [[B|07/21/1983]]  Age: 43  Sex: M      Collected: 11/28/2026 08:05
Ordering Physician: [[N|SANDERS, MICHELLE]]  NPI [[CED*|1366528014]]
Phone: [[T|1-404-555-0166]]
TEST                    RESULT     FLAG   UNITS       REFERENCE
HEMOGLOBIN A1c          9.6        H      %           <5.7
GLUCOSE                 212        H      mg/dL       65-99
CREATININE              1.02              mg/dL       0.60-1.26
eGFR                    92                mL/min      >59
ALBUMIN/CREAT RATIO     48         H      mg/g        <30
LDL-C                   118        H      mg/dL       <100
Comment: Consistent with diabetes mellitus with moderately increased albuminuria.
""", [], [("diabetes mellitus with moderately increased albuminuria", "E11.29")])

note("ICU handover", "h8-en-us-49", "US", "en", """MICU sign-out (I-PASS) - Bed 12 - Grady Memorial
Illness severity: WATCHER
P: [[N|D. Washington]], 46M, MRN [[R*|G-4410982]]. DKA (new-onset T1DM vs T2DM with ketosis-prone) + alcohol withdrawal.
AG closed at 04:00, bicarb 18. Transitioned off insulin drip to glargine 20 units SC daily + lispro 4 units SC with meals plus
correction scale. Insulin infusion stopped 2 h after first glargine dose. K repleted.
CIWA 12 overnight -> lorazepam 1 mg IV q1h PRN CIWA >10. Thiamine 500 mg IV TID. Folic acid 1 mg PO daily.
No seizures. No hallucinations. Lipase normal, no pancreatitis.
A: 1) DKA, resolved 2) Alcohol withdrawal, moderate 3) Hypokalemia, repleted
S/C: if CIWA >20 x2, call senior; consider phenobarbital.
Sister [[N|Angela Washington]] is decision-maker, [[T|(404) 555-0133]].
Sign-out from [[N|J. Kim]] (R2) to [[N|S. Alvarez]] (R2).
""", [("glargine", "20 units", "SC", "daily"), ("lispro", "4 units", "SC", "with meals"),
      ("lorazepam", "1 mg", "IV", "q1h PRN CIWA >10"), ("Thiamine", "500 mg", "IV", "TID"), ("Folic acid", "1 mg", "PO", "daily")],
     [("DKA", "E10.10"), ("alcohol withdrawal", "F10.230"), ("DKA, resolved", "E10.10"), ("Alcohol withdrawal, moderate", "F10.230"),
      ("Hypokalemia, repleted", "E87.6")],
     negated=["seizures", "hallucinations", "pancreatitis"], stopped=["insulin drip"])

# ======================================= more: ward handover, lab, short notes ====================================
note("ward handover", "h8-es-mx-50", "MX", "es", f"""ENTREGA DE GUARDIA - MEDICINA INTERNA 3er PISO - Hospital Civil de Guadalajara Fray Antonio Alcalde
Cama 312 - [[N|Ma. de Jesus Ornelas]], 80 a, exp [[R*|2611-0084]]. Dx: NAC CURB-65 3 + ICC descompensada. AP: FA cronica, HAS.
 Dia 3 de ceftriaxona 2 g IV c/24h + claritromicina 500 mg IV c/12h. Furosemida 20 mg IV c/12h. Afebril. Sat 93% con puntas 2 L.
 Pendiente: Rx control, electrolitos AM. Familiar: nieta [[N|Karen Ornelas]] [[T|33 1402 8876]].
Cama 315 - [[N|Gilberto Macias Ruvalcaba]], 59 a, [[CURP|{bare(curp("MARG670330HJCCVL0"))}]]. Dx: cetoacidosis diabetica resuelta, DM2.
 Ya con insulina glargina 16 UI SC cada 24 hrs + insulina lispro 5 UI SC preprandial. Tolera dieta.
 Se suspendio la infusion de insulina a las 18 hrs. Plan: alta mañana si glucosas < 200.
Cama 318 - [[N|Rene Topete]], 44 a. Dx: pancreatitis aguda biliar leve. Ayuno, Hartmann 150 ml/h IV, buprenorfina 0.15 mg IV c/8h PRN dolor.
 Niega fiebre. Sin datos de colangitis. Pendiente CPRE.
Entrega: R2 [[N|Alan Cisneros]] - Recibe: R1 [[N|Daniela Huerta]]
""", [("ceftriaxona", "2 g", "IV", "c/24h"), ("claritromicina", "500 mg", "IV", "c/12h"), ("Furosemida", "20 mg", "IV", "c/12h"),
      ("insulina glargina", "16 UI", "SC", "cada 24 hrs"), ("insulina lispro", "5 UI", "SC", "preprandial"),
      ("Hartmann", "150 ml/h", "IV", None), ("buprenorfina", "0.15 mg", "IV", "c/8h PRN dolor")],
     [("NAC CURB-65 3", "J18.9"), ("ICC descompensada", "I50.9"), ("FA cronica", "I48.20"), ("HAS", "I10"),
      ("cetoacidosis diabetica resuelta", "E11.10"), ("DM2", "E11.9"), ("pancreatitis aguda biliar leve", "K85.10")],
     negated=["fiebre", "colangitis"], stopped=["infusion de insulina"])

note("lab report", "h8-es-co-51", "CO", "es", """LABORATORIO CLINICO HEMATOLOGICO S.A. - Bogota
Nombre: [[N|CASTRO PINILLA ANDRES FELIPE]]   Identificacion: CC [[DNI*|1.020.745.338]]
Fecha Nacimiento: [[B|30/09/1995]]   Orden No.: [[R*|LCH-88120455]]   Empresa: Compensar EPS
Medico: [[N|Liliana Suarez]]
EXAMEN                     RESULTADO       VALOR DE REFERENCIA
HIV 1+2 Ag/Ac (4a gen)     NO REACTIVO     No reactivo
VDRL                       NO REACTIVO     No reactivo
Antigeno superficie HBV    NO REACTIVO     No reactivo
Anti-HCV                   NO REACTIVO     No reactivo
Glucosa basal              88 mg/dL        70 - 100
Concepto: resultados negativos para VIH, sifilis, hepatitis B y hepatitis C.
Bacteriologa: [[N|Diana Rocio Pardo]] - Reg. [[CED*|52-889]]
""", [], [], negated=["VIH", "sifilis", "hepatitis B", "hepatitis C"])

note("emergency", "h8-es-ar-52", "AR", "es", """Guardia SAME - Htal. Fernandez. 01/12 02:30. Pcte [[N|Brenda Lujan Sosa]], 19a, DNI [[DNI*|44.781.092]].
Traida por amiga. Ingesta de alcohol y 10 comp de clonazepam 2 mg hace 1 h. Somnolienta, Glasgow 13, sin vomitos, pupilas normales.
Dx: intoxicacion medicamentosa intencional con benzodiacepinas; intoxicacion alcoholica
Se indica: carbon activado 50 g VO unica dosis, PHP 1500 ml en 24 hs EV. Flumazenil no (riesgo convulsivo).
Interconsulta salud mental. Contacto: madre [[N|Liliana Sosa]] [[T|15-6678-2034]].
""", [("carbon activado", "50 g", "VO", "unica dosis"), ("PHP", "1500 ml", "EV", "en 24 hs")],
     [("intoxicacion medicamentosa intencional con benzodiacepinas", "T42.4X2A"), ("intoxicacion alcoholica", "F10.129")],
     negated=["vomitos"])

note("telemedicine", "h8-es-cl-53", "CL", "es", f"""Hospital Digital - MINSAL - Teleconsulta de seguimiento respiratorio
Usuario: [[N|Hernan Godoy Salinas]], 70 años, RUT [[RUT*|{rut(6402115)}]], correo [[E|hgodoy.s@hotmail.cl]]
Domicilio: [[A|comuna de Coquimbo, sector La Herradura, calle Los Pescadores 55]]
Antec. morbidos: EPOC severo (VEF1 38%), HTA, insuficiencia cardiaca derecha.
Por videollamada refiere menos disnea tras ciclo de corticoide. Sin fiebre, esputo blanco. Sat 90% con O2 domiciliario 1 lt.
Impresion: EPOC exacerbacion leve en resolucion; cor pulmonale cronico.
Mantener: budesonida/formoterol 160/4.5 mcg 2 inh c/12 hrs, tiotropio 18 mcg 1 inh diaria, furosemida 20 mg vo dia.
Dr. [[N|Ignacio Tapia Lobos]]
""", [("budesonida/formoterol", "160/4.5 mcg", None, "c/12 hrs"), ("tiotropio", "18 mcg", None, "diaria"),
      ("furosemida", "20 mg", "vo", "dia")],
     [("EPOC severo", "J44.9"), ("HTA", "I10"), ("insuficiencia cardiaca derecha", "I50.810"),
      ("EPOC exacerbacion leve en resolucion", "J44.1"), ("cor pulmonale cronico", "I27.81")],
     negated=["fiebre"])

note("vaccination", "h8-es-pe-54", "PE", "es", """ESTRATEGIA SANITARIA DE INMUNIZACIONES - C.S. San Juan de Miraflores
Nombre: [[N|Thiago Huamani Rojas]]   DNI [[DNI*|91234507]]   Fecha de nac.: [[B|15/ago/2025]]
Madre/apoderada: [[N|Kelly Rojas Paucar]], cel [[T|987 654 120]], direccion [[A|Mz. J Lt. 14, AA.HH. Pamplona Alta]]
Vacunas de los 15 meses: DPT 0.5 ml IM (1er refuerzo), Antipolio oral (APO) 2 gotas VO, Varicela 0.5 ml SC.
Sin antecedentes de reaccion adversa. No convulsiones previas.
Observaciones: niño sano; control CRED al dia.
Lic. Enf. [[N|Gladys Ramirez]] CEP [[CED*|51221]]
""", [("DPT", "0.5 ml", "IM", "1er refuerzo"), ("Antipolio oral", "2 gotas", "VO", None), ("Varicela", "0.5 ml", "SC", None)],
     [], negated=["reaccion adversa", "convulsiones previas"])

note("SOAP", "h8-es-ve-55", "VE", "es", """ambulatorio urbano tipo II la victoria, aragua. pcte [[N|wilmer jose rondon]] 38a ci [[DNI*|17.335.804]]
refiere fiebre y dolor articular intenso en munecas y tobillos de 5 dias. niega sangrado. sin rash.
ef: artritis de ambos tobillos. t 38.4
idx: chikungunya probable, dx diferencial dengue
plan: acetaminofen 650 mg vo c/6h si dolor o fiebre, reposo, hidratacion. no aines hasta descartar dengue. control 48h
dra [[N|yaritza blanco]]
""", [("acetaminofen", "650 mg", "vo", "c/6h si dolor o fiebre")],
     [("chikungunya probable", "A92.0")], negated=["sangrado", "rash"])


write(os.path.dirname(os.path.abspath(__file__)))

corpuslib.report_counts()   # counts for the README (stderr only), and the ids checked
