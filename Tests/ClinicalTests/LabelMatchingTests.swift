import Foundation
import Testing
import Clinical
import ClinicalEvaluation

/// The scorer pairs labels and predictions one to one so that the most labels are found: the score of a note must
/// not depend on the order its labels are written in.
@Suite struct LabelMatchingTests {
    private func note(diagnoses: [String], medications: [String] = []) throws -> CorpusNote {
        let json: [String: Any] = [
            "id": "probe", "country": "MX", "language": "es", "text": "", "phi": [],
            "diagnoses": diagnoses.map { ["text": $0] },
            "medications": medications.map { ["name": $0] },
        ]
        return try JSONDecoder().decode(CorpusNote.self, from: JSONSerialization.data(withJSONObject: json))
    }

    private func score(_ note: CorpusNote, diagnoses: [String] = [], medications: [String] = []) -> EvaluationReport {
        let extraction = ClinicalExtraction(medications: medications.map { Medication(name: $0) },
                                            diagnoses: diagnoses.map { Diagnosis(text: $0) })
        return ClinicalEvaluator.evaluateExtractions([(note: note, extraction: extraction)])
    }

    @Test func aShortLabelDoesNotTakeTheOnlyMatchOfALongerOne() throws {
        // "HTA" matches both predictions; "HTA controlada" only the first. First fit found one of two.
        for labels in [["HTA", "HTA controlada"], ["HTA controlada", "HTA"]] {
            let report = score(try note(diagnoses: labels), diagnoses: ["HTA controlada", "HTA"])
            #expect(report.diagnoses.truePositives == 2, "labels \(labels)")
            #expect(report.diagnoses.falseNegatives == 0)
            #expect(report.diagnoses.falsePositives == 0)
        }
    }

    @Test func eachPredictionIsUsedOnce() throws {
        // Two labels that both match one prediction: one is found, one is missed, nothing is counted twice.
        let report = score(try note(diagnoses: ["diabetes mellitus tipo 2", "diabetes tipo 2"]), diagnoses: ["diabetes mellitus tipo 2"])
        #expect(report.diagnoses.truePositives == 1)
        #expect(report.diagnoses.falseNegatives == 1)
        #expect(report.diagnoses.falsePositives == 0)
    }

    @Test func unmatchedPredictionsAreExtras() throws {
        let report = score(try note(diagnoses: ["neumonía adquirida en la comunidad"]),
                           diagnoses: ["neumonía adquirida en la comunidad", "fractura de cadera"])
        #expect(report.diagnoses.truePositives == 1)
        #expect(report.diagnoses.falsePositives == 1)
    }

    @Test func medicationsArePairedTheSameWay() throws {
        // "metformina" matches both predicted names (either contains the other); "sitagliptina" only the combination.
        let report = score(try note(diagnoses: [], medications: ["metformina", "sitagliptina"]),
                           medications: ["metformina/sitagliptina", "metformina"])
        #expect(report.medications.truePositives == 2)
        #expect(report.medications.falseNegatives == 0)
        #expect(report.medications.falsePositives == 0)
    }
}
