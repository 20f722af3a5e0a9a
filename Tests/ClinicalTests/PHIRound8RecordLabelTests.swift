import Testing
@testable import Clinical

/// Round 8 (issue 17): record, account, encounter, affiliate and order numbers after their label whatever the label's
/// strength — a weak record label ("Acct", "Episodio", "Beneficiaria") before a number of six digits or more needs no colon;
/// feminine forms of the labels ("afiliada"), Mexico's IMSS "agregado", a clinic's file number in prose ("su historia clínica
/// es la 334455"), English order and file numbers. Guards: counts, reference ranges, visits and episodes numbered by a
/// small count, "Address on file:".
@Suite struct PHIRound8RecordLabelTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func headerAndWeakLabelsBeforeLongNumbers() {
        hidden([
            ("Name: NOWAK, ALICE B   MRN 003318829   DOB 1950-03-02   Acct 66120094\nAdmit: 11/20/2026", "66120094"),   // US header
            ("Patient: Lee, Anna   FIN 4455667788   CSN 120099881\nSeen for HTN.", "4455667788"),
            ("Patient: Lee, Anna   FIN 4455667788   CSN 120099881\nSeen for HTN.", "120099881"),
            ("Episodio 2026-000123   Cama 4\nIngresa por neumonía.", "2026-000123"),                                       // CL
            ("Beneficiaria 55-221334-02 - IHSS\nConsulta por cefalea.", "221334"),                                           // HN
            ("Ref: MRN# 00991234 / HAR 4400123\nSeen for cellulitis.", "4400123"),
            ("Specimen S26-004411 collected 08:10.", "004411"),
        ])
    }

    @Test func affiliatesAndAgregado() {
        hidden([
            ("Paciente Yesenia Cruz, 33 años, identidad 0801-1993-11223, afiliada 0801199311223, G2P1.", "0801199311223"),  // HN
            ("Paciente Oscar Mejia, asegurado 0501198800123, beneficiaria su esposa.", "0501198800123"),
            ("NOMBRE: RUIZ PEÑA, MARTA     NSS: 41896203159   Agregado 2F1970OR\nDx: HTA.", "2F1970OR"),                       // MX
            ("NSS 12345678901 agregado médico 1M1988PE UMF 20", "1M1988PE"),
            ("Paciente afiliado a Nueva EPS con número 1098765432, régimen subsidiado.", "1098765432"),                      // CO
        ])
    }

    @Test func recordNumbersInProseAndInEnglish() {
        hidden([
            ("Su historia clínica es la 334455 del hospital.", "334455"),
            ("El expediente es el 99-1234 del centro de salud.", "99-1234"),
            ("Order # ORD-5512093   Specimen S26-004411", "5512093"),
            ("File no. F-2026-0081; claim CLM88120093.", "2026-0081"),
            ("Encounter ID: ENC-20261201-0042\nChief complaint: cough.", "20261201"),
        ])
    }

    @Test func valuesInParenthesesAndInAFormsBox() {
        hidden([
            ("CI (4.512.887) y HC (22019) verificados.", "4.512.887"),            // UY
            ("CI (4.512.887) y HC (22019) verificados.", "22019"),
            ("N° de Historia Clínica\n558812\nPaciente femenina.", "558812"),      // a form's box: the label alone on its line
            ("CÉDULA\n1712345678\nNombre: Rosa Vera", "1712345678"),               // EC
            ("Exp. clínico: 2026/000441   NSS: 4189 62 0315 9", "000441"),        // MX: a qualifier after the abbreviation
        ])
        unchanged("CC (20 ml) de solución. CI (1000 mg) no aplica.")
        unchanged("Muestra 1725630187 procesada. Carga viral 1850000000 copias.")
    }

    @Test func kindsTheLabelNames() {
        let record = redactor.redact("HOSPITAL DOCENTE UNIVERSITARIO DR. DARIO CONTRERAS - EMERGENCIA   record E-26-48812\npaciente Ramon Diaz").text
        #expect(record.contains("[EXPEDIENTE_") && !record.contains("48812"), "\(record)")   // DO: a title inside the institution
        let licence = redactor.redact("U.N.A.M. Cedula Profesional 10284471  Ced. Esp. 12099385").text
        #expect(licence.contains("[CEDULA_") && !licence.contains("[DNI_") && !licence.contains("10284471"), "\(licence)")   // MX
        let admission = redactor.redact("Paciente: Sebastian Camargo  Id: TI 1.019.884.305  edad 15 años   Ingreso 2026-118842").text
        #expect(admission.contains("[EXPEDIENTE_") && !admission.contains("118842"), "\(admission)")   // CO
        unchanged("Ingreso: 1500 ml. Ingreso 02/12/2026 por urgencias.")
    }

    @Test func countsVisitsAndFilesInProseStay() {
        unchanged("Acct status reviewed. Visit 3 of 6 for PT. Order 2 units PRBC. Episode of chest pain 2 days ago.")
        unchanged("Plaquetas 150000-450000. Episodio 2 de fiebre. Cuenta leucocitaria 12000. Orden 3 de 5.")
        unchanged("Ingreso: 1200 ml, egreso 900 ml. Cama 12. Sala 3. Asegurada en IMSS desde 2010.")
        unchanged("Se agregó amlodipino 5 mg. Agregado plaquetario normal.")
        let file = redactor.redact("Address on file: 1187 Maple Ridge Dr, Apt 4B, Columbus, OH 43215").text
        #expect(file.contains("[DIRECCION_") && !file.contains("[EXPEDIENTE_"), "\(file)")   // the address stays one address
    }
}
