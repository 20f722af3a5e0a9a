import Testing
@testable import Clinical

/// Round 6 (issue 17): Brazil's and Portugal's addresses — street kinds (`Travessa`, `Estrada`, `Alameda`, `Praça`),
/// ranks in street names (`Gen.`, `Des.`, `Cel.`), the parts after the number (`ap 301`, `fundos`, `cj 52`, `bl A`,
/// `bairro`, `CEP`), residence verbs (`mora na`, `reside na`), a street typed in lower case; and `C/` for calle.
/// Guards: a street word in prose, a cholesterol written `Col.`.
@Suite struct PHIRound6BrazilianAddressTests: RedactionRuleSuite {
    let redactor = PHIRedactor()

    @Test func brazilianAddresses() {
        hidden([
            ("Endereço: Rua Gen. Lima e Silva 820, ap 301, Cidade Baixa, Porto Alegre", "Lima e Silva 820, ap 301, Cidade Baixa, Porto Alegre"),
            ("Paciente acamado, endereco Rua das Palmeiras 45, fundos, Jardim Sao Luis.", "Palmeiras 45, fundos, Jardim Sao Luis"),
            ("Mora na Av. Sete de Setembro 1200, bloco B, apto 82, bairro Centro, Salvador - BA, CEP 40060-001.", "bairro Centro, Salvador - BA, CEP 40060-001"),
            ("Paciente mora na Travessa São José 12, casa 2, Recife.", "Travessa São José 12, casa 2, Recife"),
            ("Alameda Santos 1000, cj 52, Cerqueira César, São Paulo - SP", "Santos 1000, cj 52, Cerqueira César"),
            ("Endereço: Rua Des. Motta 1200, apto 1503, bl A, Água Verde, Curitiba/PR, CEP 80250-060", "Motta 1200, apto 1503, bl A, Água Verde"),
            ("Reside na Travessa da Paz 33, casa 2, bairro Boa Vista, Recife.", "Travessa da Paz 33, casa 2, bairro Boa Vista"),
            ("mora na rua joão pessoa 45, bairro centro", "joão pessoa 45, bairro centro"),
            ("Reside en C/ Duarte #45, Los Mina, Santo Domingo Este.", "Duarte #45, Los Mina, Santo Domingo Este"),     // DO
        ])
    }

    @Test func streetWordsInProseStay() {
        unchanged("Rua principal sem asfalto. Mora em zona rural.")
        unchanged("Encaminhado ao Hospital de Clínicas de Porto Alegre para avaliação da Cardiologia.")
    }
}
