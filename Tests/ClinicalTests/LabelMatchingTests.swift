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

    /// A corpus whose labels name a condition once (its `labelling-convention.txt`) is scored in that convention: a
    /// further prediction of a found label, or one naming no word a found prediction lacks, is neither found nor
    /// extra; elsewhere it is an extra.
    @Test func aCorpusThatLabelsRepeatsOnceDoesNotCountTheRepeatAsAnExtra() throws {
        let json = #"{"id":"probe","country":"PE","language":"es","text":"","phi":[],"medications":[],"diagnoses":[{"text":"diabetes mellitus tipo 2 descompensada"},{"text":"policitemia secundaria a hipoxemia crónica"}]}"#
        let predictions = [
            "diabetes mellitus tipo 2 descompensada", "policitemia secundaria a hipoxemia crónica",
            "diabetes mellitus tipo 2",   // matches the found diabetes label: a repeat where repeats are labelled once
            "policitemia",                // matches no label (too few of its words) but names nothing the found one lacks
            "policitemia vera",           // names a word ("vera") no found prediction has: an extra in both conventions
            "insuficiencia venosa",       // matches nothing: an extra in both
        ]
        for labelledOnce in [true, false] {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("labelling-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try Data(json.utf8).write(to: directory.appendingPathComponent("probe.json"))
            if labelledOnce { try Data("diagnosis repeats: labelled once\n\nwhy…\n".utf8).write(to: directory.appendingPathComponent("labelling-convention.txt")) }
            let notes = try CorpusNote.load(directory: directory)
            #expect(notes.count == 1 && notes[0].repeatsLabelledOnce == labelledOnce)
            let report = score(notes[0], diagnoses: predictions)
            #expect(report.diagnoses.truePositives == 2 && report.diagnoses.falseNegatives == 0)
            #expect(report.diagnoses.falsePositives == (labelledOnce ? 2 : 4), "labelled once: \(labelledOnce)")
        }
    }
}
