import Testing
@testable import Clinical

/// Round 4 (issue 17): national numbers written without a label are PHI when their check digit validates in the
/// country's written form — Ecuador's cédula (ten plain digits, a province, modulo 10), Uruguay's cédula
/// ("4.567.890-3"), the Dominican cédula ("001-1234567-8", Luhn), Argentina's CUIT/CUIL ("20-12345678-9"), El
/// Salvador's DUI ("01234567-8"). The same shapes with a wrong check digit, and numbers of other things (a mobile
/// number, an accession, a count), are not tagged as identifiers by this rule.
@Suite struct PHIRound4UnlabelledNationalIDsTests {
    let redactor = PHIRedactor()

    @Test func validatorsAgreeWithTheCountriesRules() {
        #expect(NationalIDValidators.isValidEcuadorianCedula("1725630188"))
        #expect(NationalIDValidators.isValidEcuadorianCedula("0926687856"))
        #expect(!NationalIDValidators.isValidEcuadorianCedula("1725630187"))      // check digit
        #expect(!NationalIDValidators.isValidEcuadorianCedula("0991234567"))      // third digit 9: a mobile, no person
        #expect(!NationalIDValidators.isValidEcuadorianCedula("9925630188"))      // no province 99
        #expect(NationalIDValidators.isValidCUIT("20-12345678-6"))
        #expect(!NationalIDValidators.isValidCUIT("20-12345678-5"))
    }

    @Test func ecuadorsCedulaAfterTheNameAndAge() {
        for text in ["Paciente Evelio Pinto, 52 años, 1710034065\nHTA.",
                     "Usuaria: Lidia Cando (0926687856), 31 años",
                     "Referencia de 1725630188 a ginecología."] {
            let r = redactor.redact(text)
            #expect(!r.text.contains("1710034065") && !r.text.contains("0926687856") && !r.text.contains("1725630188"), "\(r.text)")
        }
    }

    @Test func dashedIdsOfFourCountries() {
        #expect(NationalIDValidators.isValidUruguayanCI("1.234.567-2") && !NationalIDValidators.isValidUruguayanCI("1.234.567-3"))
        #expect(NationalIDValidators.isValidDominicanCedula("001-0000001-7") && !NationalIDValidators.isValidDominicanCedula("001-0000001-4"))
        #expect(NationalIDValidators.isValidDUI("04561238-9") && !NationalIDValidators.isValidDUI("04561238-8"))
        let cases = [("Se identifica con 1.234.567-2, vive sola.", "1.234.567-2"),                  // Uruguay
                     ("El acompañante, cédula 001-0000001-7, firma el consentimiento.", "001-0000001-7"), // Dominican Republic
                     ("Titular 20-12345678-6 del plan.", "20-12345678-6"),                            // Argentina
                     ("Presenta 04561238-9 en la admisión.", "04561238-9")]                           // El Salvador
        for (text, value) in cases {
            let out = redactor.redact(text).text
            #expect(!out.contains(value), "\(value) in \(out)")
        }
    }

    @Test func numbersOfOtherThingsStay() {
        let text = """
        Muestra 1725630187 procesada. Carga viral 1850000000 copias.
        Recuento 1.234.567 por campo. Volumen 2500000 ul.
        """
        #expect(redactor.redact(text).text == text, "\(redactor.redact(text).text)")
    }
}
