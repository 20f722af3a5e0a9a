import Foundation
import LambdaRuntime
import Store
import TestSupport

/// Hand-made embeddings: `components` set, the other dimensions zero.
func embedding(_ components: [Int: Float]) -> [Float] {
    var values = [Float](repeating: 0, count: embeddingDimensions)
    for (index, value) in components { values[index] = value }
    return values
}

func sampleReport(clinic: String, patient: String, text: String = "Paciente con cefalea", summary: String = "Cefalea") -> NewReport {
    NewReport(clinicId: clinic, patientId: patient, originalText: text, summary: summary, status: .success, language: "es",
              sourceSystem: "ehr-test", metadataJSON: #"{"ward": "3B", "priority": 2}"#, model: "offline",
              inputTokens: 120, outputTokens: 30, createdBy: "doctor-sub-1")
}

/// A unit vector along `count` dimensions drawn at random: vectors of
/// different draws are (almost always) orthogonal, so rows other runs left in
/// the shared database never come near this test's queries.
struct RandomAxes {
    let axes: [Int]
    init(count: Int) {
        var picked = Set<Int>()
        while picked.count < count { picked.insert(Int.random(in: 0..<embeddingDimensions)) }
        axes = Array(picked)
    }

    /// Weights on this draw's axes, the other dimensions zero.
    func vector(_ weights: [Float]) -> [Float] {
        var values = [Float](repeating: 0, count: embeddingDimensions)
        for (axis, weight) in zip(axes, weights) { values[axis] = weight }
        return values
    }
}

/// Cosine distance computed here, to check the database's ranking.
func cosineDistance(_ a: [Float], _ b: [Float]) -> Double {
    var dot = 0.0, na = 0.0, nb = 0.0
    for (x, y) in zip(a, b) {
        dot += Double(x) * Double(y)
        na += Double(x) * Double(x)
        nb += Double(y) * Double(y)
    }
    return 1 - dot / (na.squareRoot() * nb.squareRoot())
}
