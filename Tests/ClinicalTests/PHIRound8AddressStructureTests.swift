import Testing
@testable import Clinical

/// Round 8 (issue 17): addresses read as a structure of parts wherever the note writes them — a settlement's or a
/// neighbourhood's word after a place preposition and its capitalised name, more parts and a landmark phrase after it
/// ("en paraje Yaalboc, a un lado de la iglesia de San Sebastian", "del barrio Villa Libertad, de la iglesia catolica 2 c.
/// al lago"); a street's word in lower case naming its street ("calle del kiosko", "pasaje Los Aromos 1234"); an
/// abbreviated field label ("Dir.", "Dom."); a residence or origin cue closing its line; a postal code after its label.
/// Guards: "neumonía adquirida en la comunidad", towns alone, institutions and services, counts after "CP".
@Suite struct PHIRound8AddressStructureTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func areasAndLandmarks() {
        hidden([
            ("acudo al domicilio en paraje Yaalboc, a un lado de la iglesia de San Sebastian,\nme recibe la hija.", "Yaalboc"),   // MX
            ("acudo al domicilio en paraje Yaalboc, a un lado de la iglesia de San Sebastian,\nme recibe la hija.", "iglesia"),
            ("Lo trae su tia, del barrio Villa Libertad, de la iglesia catolica 2 c. al lago, 1/2 c. abajo.", "Villa Libertad"),  // NI
            ("Lo trae su tia, del barrio Villa Libertad, de la iglesia catolica 2 c. al lago, 1/2 c. abajo.", "catolica"),
            ("Vive en la vereda El Carmen, finca La Esperanza, a 2 horas del pueblo.", "La Esperanza"),                         // CO
            ("vive en la colonia El Mirador, detrás del mercado, Tegucigalpa.", "mercado"),                                     // HN
            ("vive en el caserío Los Pinos, detrás de la escuela, a 40 min del centro de salud.", "Los Pinos"),                 // PE
            ("mora no bairro Jardim América, perto da padaria, em Goiânia.", "Jardim"),                                          // BR
        ])
    }

    @Test func streetsNamedInLowerCaseAndAbbreviatedLabels() {
        hidden([
            ("pcte Luisa Perez, vive en barrio Olaya Herrera sector Rafael Nuñez, calle del kiosko. Cuadro de 3 dias.", "kiosko"),  // CO
            ("Dir. calle 70 e/ 15 y 17, edif. 1508, apto 4, Playa\nOcupacion: ama de casa.", "Playa"),                              // CU
            ("Dom. Av. Siempre Viva 742, Springfield\nMotivo: tos.", "742"),
            ("vive en comuna La Pintana, pasaje Los Aromos 1234 con su madre.", "Aromos"),                                         // CL
            ("Domicilio en colonia Santa Fe, calle Robles 45, Tegucigalpa.", "Robles"),
            ("Dirección: Mz. 14 Villa 3, Cdla. Los Ceibos, Guayaquil.", "Ceibos"),                                                  // EC
        ])
    }

    @Test func originCueClosingItsLine() {
        hidden([
            ("58 años, procedente de\nAA.HH. Señor de los Milagros Mz. K Lt. 9, San Juan de Lurigancho, DNI 20034518.", "Milagros"),   // PE
            ("natural de Apure y procedente de\nPetare, barrio Jose Felix Ribas, zona 10, calle principal casa N° 14, refiere fiebre.", "principal casa"),  // VE
        ])
    }

    @Test func postalCodes() {
        hidden([
            ("CEP 01310-100, São Paulo.", "01310"),          // BR
            ("ZIP 63115; lives with wife.", "63115"),         // US
            ("C.P. 06700, Ciudad de México.", "06700"),       // MX
            ("Código postal 1425, CABA.", "1425"),            // AR
        ])
    }

    @Test func postBoxesAndZipsAfterAState() {
        hidden([
            ("Mailing: PO Box 1234, Miami FL 33101.", "1234"),            // US
            ("Mailing: PO Box 1234, Miami FL 33101.", "33101"),
            ("Apartado postal 4512, Managua.", "4512"),                   // NI
            ("Caixa Postal 45, Recife.", "45"),                           // BR
        ])
        unchanged("Box 3: dolor torácico, en observación. Apartado 3 del informe.")
        unchanged("PA 120/80, FC 78. Hb A1c 6.5%.")
    }

    @Test func clinicalPhrasesTownsAndInstitutionsStay() {
        unchanged("Neumonía adquirida en la comunidad CURB-65 2. Vive en zona rural.")
        unchanged("Procedente de Lima, 45 años. Natural de Cusco. Vive con su esposa en Montevideo.")
        unchanged("Camina 2 cuadras y se fatiga. Barrio de alto riesgo para dengue según MINSA.")
        unchanged("Control en 7 días en el centro de salud del barrio.")
        unchanged("CP 30 mg/día. Sector 3 de UCI.")
        unchanged("Hospital San Juan de Dios, servicio de medicina, piso 3, cama 12.")
    }
}
