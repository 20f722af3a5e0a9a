#!/usr/bin/env python3
"""Writes corpus.json: a synthetic knowledge base of 36 documents in 3 clinics (Spanish and English).
Every name, id and value is invented. Documents are chunked as file-processor chunks them (one chunk per
paragraph here). Run: python3 Tests/RetrievalEval/generate.py (deterministic; corpus.json is committed)."""
import json, os

D = []
def doc(id, clinic, patient, file, *chunks):
    D.append({"id": id, "clinic": clinic, "patient": patient, "fileName": file, "chunks": list(chunks)})

MX, CO, US = "eval-mx", "eval-co", "eval-us"
# --- Clínica en México (español) ---
doc("mx-dm2-lab", MX, "MX-P01", "laboratorio-marzo.pdf",
    "Resultados de laboratorio: HbA1c 8.4 %, glucosa en ayunas 171 mg/dL, creatinina 0.9 mg/dL, TFG estimada 92 mL/min.",
    "Perfil lipídico: colesterol total 232 mg/dL, LDL 151 mg/dL, HDL 38 mg/dL, triglicéridos 260 mg/dL.")
doc("mx-dm2-nota", MX, "MX-P01", "consulta-diabetes.pdf",
    "Paciente con diabetes mellitus tipo 2 (E11.9) de 6 años de evolución. Se ajusta metformina a 850 mg cada 12 horas.",
    "Se agrega empagliflozina 10 mg una vez al día. Control en 3 meses con HbA1c. Dieta baja en carbohidratos.")
doc("mx-hta", MX, "MX-P02", "hipertension.pdf",
    "Hipertensión arterial sistémica (I10). TA 158/96 mmHg en consultorio. Se inicia losartán 50 mg cada 24 horas.",
    "Recomendaciones: reducir sal, caminar 30 minutos diarios, automonitoreo de presión en casa.")
doc("mx-asma", MX, "MX-P03", "neumologia-asma.pdf",
    "Asma persistente moderada (J45.40). Budesonida/formoterol 160/4.5 mcg dos inhalaciones cada 12 horas.",
    "Espirometría: VEF1 72 % del predicho con respuesta significativa al broncodilatador.")
doc("mx-hipotiroidismo", MX, "MX-P04", "endocrino-tiroides.pdf",
    "Hipotiroidismo primario (E03.9). TSH 9.8 mUI/L, T4 libre 0.7 ng/dL. Se indica levotiroxina 75 mcg en ayunas.")
doc("mx-anemia", MX, "MX-P05", "hematologia.pdf",
    "Anemia ferropénica (D50.9). Hemoglobina 9.1 g/dL, ferritina 6 ng/mL, VCM 71 fL.",
    "Tratamiento con sulfato ferroso 325 mg al día durante tres meses; control de biometría hemática en 6 semanas.")
doc("mx-irc", MX, "MX-P06", "nefrologia.pdf",
    "Enfermedad renal crónica estadio 3a (N18.31). Creatinina 1.6 mg/dL, TFG 52 mL/min, potasio 5.1 mEq/L.",
    "Se suspende ibuprofeno. Ajustar dosis de fármacos de eliminación renal.")
doc("mx-gastritis", MX, "MX-P07", "gastro.pdf",
    "Gastritis crónica con Helicobacter pylori positivo (K29.5). Triple esquema: omeprazol 20 mg, amoxicilina 1 g y claritromicina 500 mg cada 12 horas por 14 días.")
doc("mx-migrana", MX, "MX-P08", "neurologia-cefalea.pdf",
    "Migraña sin aura (G43.0) con 6 episodios al mes. Profilaxis con topiramato 25 mg por la noche, aumentar a 50 mg.",
    "Para las crisis: sumatriptán 50 mg al inicio del dolor, máximo dos dosis al día.")
doc("mx-embarazo", MX, "MX-P09", "control-prenatal.pdf",
    "Embarazo de 24 semanas. Glucosa tras carga de 75 g: 182 mg/dL a la hora, diagnóstico de diabetes gestacional (O24.4).",
    "Se indica plan de alimentación y automonitoreo de glucosa capilar; valorar insulina si no hay control.")
doc("mx-protocolo-sepsis", MX, None, "protocolo-sepsis.pdf",
    "Protocolo institucional de sepsis: tomar lactato sérico y hemocultivos antes del antibiótico; iniciar antibiótico en la primera hora.",
    "Si el lactato es mayor de 4 mmol/L administrar 30 mL/kg de cristaloides.")
doc("mx-vacunas", MX, None, "esquema-vacunacion-adultos.pdf",
    "Esquema de vacunación del adulto: influenza anual, Td cada 10 años, neumococo a partir de los 65 años.")

# --- Clínica en Colombia (español) ---
doc("co-epoc", CO, "CO-P01", "epoc-control.pdf",
    "EPOC (J44.9) GOLD 2. Tiotropio 18 mcg inhalado una vez al día y salbutamol de rescate.",
    "Saturación de oxígeno 91 % al aire ambiente. Se remite a rehabilitación pulmonar.")
doc("co-fa", CO, "CO-P02", "cardiologia-fa.pdf",
    "Fibrilación auricular no valvular (I48.91). CHA2DS2-VASc de 3. Se inicia apixabán 5 mg cada 12 horas.",
    "Frecuencia cardíaca controlada con metoprolol 50 mg cada 12 horas.")
doc("co-warfarina", CO, "CO-P03", "anticoagulacion.pdf",
    "Paciente con prótesis valvular mecánica en tratamiento con warfarina 5 mg diarios. INR 3.8, por encima de la meta de 2.5 a 3.5.",
    "Se reduce la dosis de warfarina a 4 mg y control de INR en una semana.")
doc("co-dengue", CO, "CO-P04", "urgencias-dengue.pdf",
    "Dengue con signos de alarma (A97.1). Plaquetas 48.000 por mm3, hematocrito 46 %. Hidratación endovenosa y vigilancia.")
doc("co-tb", CO, "CO-P05", "tuberculosis.pdf",
    "Tuberculosis pulmonar (A15.0) con baciloscopia positiva. Fase intensiva con isoniazida, rifampicina, pirazinamida y etambutol por dos meses.")
doc("co-depresion", CO, "CO-P06", "psiquiatria.pdf",
    "Episodio depresivo moderado (F32.1). PHQ-9 de 16 puntos. Se inicia sertralina 50 mg en la mañana.",
    "Psicoterapia semanal y control en 4 semanas para evaluar respuesta y efectos adversos.")
doc("co-artritis", CO, "CO-P07", "reumatologia.pdf",
    "Artritis reumatoide seropositiva (M05.79). Factor reumatoide 88 UI/mL, anti-CCP positivo, PCR 24 mg/L.",
    "Metotrexato 15 mg semanales con ácido fólico 5 mg semanales al día siguiente.")
doc("co-hepatitis", CO, "CO-P08", "hepatologia.pdf",
    "Elevación de transaminasas: ALT 182 U/L, AST 140 U/L. Antígeno de superficie de hepatitis B negativo, anti-VHC positivo.")
doc("co-dm1", CO, "CO-P09", "endocrino-dm1.pdf",
    "Diabetes tipo 1 (E10.9). Insulina glargina 22 unidades en la noche e insulina lispro según conteo de carbohidratos.",
    "Hipoglucemias nocturnas de 54 mg/dL dos veces por semana: reducir glargina a 20 unidades.")
doc("co-guia-hta", CO, None, "guia-hipertension.pdf",
    "Guía institucional: en hipertensión con albuminuria preferir IECA o ARA II; meta de presión menor de 130/80 mmHg.")

# --- Clinic in the United States (English) ---
doc("us-chf", US, "US-P01", "cardiology-heart-failure.pdf",
    "Heart failure with reduced ejection fraction (I50.22), LVEF 30 %. Started sacubitril/valsartan 49/51 mg twice daily.",
    "Continue carvedilol 12.5 mg twice daily and spironolactone 25 mg daily. BNP 890 pg/mL.")
doc("us-copd", US, "US-P02", "pulmonary-copd.pdf",
    "COPD exacerbation (J44.1). Prednisone 40 mg daily for 5 days and azithromycin 500 mg on day one then 250 mg daily.")
doc("us-ckd", US, "US-P03", "nephrology-ckd.pdf",
    "Chronic kidney disease stage 4 (N18.4). eGFR 24 mL/min, potassium 5.6 mmol/L. Stop lisinopril; low potassium diet.")
doc("us-gout", US, "US-P04", "rheumatology-gout.pdf",
    "Gout flare of the left first toe (M10.072). Uric acid 9.4 mg/dL. Colchicine 0.6 mg twice daily; start allopurinol 100 mg after the flare.")
doc("us-uti", US, "US-P05", "urgent-care-uti.pdf",
    "Uncomplicated cystitis (N30.00). Urinalysis positive for nitrites and leukocyte esterase. Nitrofurantoin 100 mg twice daily for 5 days.")
doc("us-lipids", US, "US-P06", "lipid-clinic.pdf",
    "Mixed hyperlipidemia (E78.2). LDL 188 mg/dL, triglycerides 310 mg/dL. Atorvastatin 40 mg nightly; recheck fasting lipid panel in 8 weeks.")
doc("us-afib", US, "US-P07", "afib-note.pdf",
    "Atrial fibrillation with rapid ventricular response. Diltiazem 120 mg extended release daily; anticoagulation with rivaroxaban 20 mg with dinner.")
doc("us-thyroid", US, "US-P08", "endocrine-hyperthyroid.pdf",
    "Graves disease (E05.00). Free T4 3.1 ng/dL, TSH below 0.01 mIU/L. Methimazole 10 mg daily and propranolol 20 mg as needed for palpitations.")
doc("us-depression", US, "US-P09", "behavioral-health.pdf",
    "Major depressive disorder, recurrent, moderate (F33.1). Escitalopram 10 mg daily; safety plan reviewed; follow up in 2 weeks.")
doc("us-pneumonia", US, "US-P10", "hospital-discharge-pneumonia.pdf",
    "Community-acquired pneumonia (J18.9) of the right lower lobe. Discharged on amoxicillin-clavulanate 875 mg twice daily to complete 7 days.",
    "Procalcitonin 0.9 ng/mL on admission. Oxygen weaned to room air.")
doc("us-anticoag-policy", US, None, "anticoagulation-policy.pdf",
    "Clinic policy: patients on warfarin have INR checked at least every 4 weeks; hold warfarin when INR is above 4.0 and call the patient.")
doc("us-sepsis-bundle", US, None, "sepsis-bundle.pdf",
    "Sepsis bundle: measure lactate, obtain blood cultures before antibiotics, give broad-spectrum antibiotics within one hour.")
doc("us-diabetes-foot", US, "US-P11", "podiatry-diabetic-foot.pdf",
    "Type 2 diabetes with diabetic foot ulcer (E11.621) on the right heel, Wagner grade 2. Wound care every other day; offloading boot.")

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "corpus.json"), "w", encoding="utf-8") as f:
    json.dump(D, f, ensure_ascii=False, indent=1)
print(f"{len(D)} documents, {sum(len(d['chunks']) for d in D)} chunks, clinics {sorted(set(d['clinic'] for d in D))}")
