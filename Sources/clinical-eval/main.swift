// `make eval`: scores the redactor, extractor and offline summary on the labelled corpus and prints the figures.
// Usage: clinical-eval [corpus-directory] [--verbose] [--show]   (default: Tests/ClinicalTests/Corpus)
// --show prints each (synthetic) note redacted, its extraction and its offline summary, for rule work.
import Foundation
import Clinical
import ClinicalEvaluation

let arguments = Array(CommandLine.arguments.dropFirst())
let verbose = arguments.contains("--verbose")
let path = arguments.first(where: { !$0.hasPrefix("--") }) ?? "Tests/ClinicalTests/Corpus"
do {
    let notes = try CorpusNote.load(directory: URL(fileURLWithPath: path))
    guard !notes.isEmpty else {
        FileHandle.standardError.write(Data("clinical-eval: no notes in \(path)\n".utf8))
        exit(2)
    }
    if arguments.contains("--show") {
        for note in notes {
            let language: ClinicalLanguage = note.language == "en" ? .en : .es
            let extraction = ClinicalExtractor().extract(note.text)
            print("=== \(note.id)\n\(PHIRedactor().redact(note.text).text)\n--- medications")
            for m in extraction.medications { print("  \(m)") }
            print("--- diagnoses")
            for d in extraction.diagnoses { print("  \(d.rendered)") }
            print("--- vitals: \(extraction.vitals.map { "\($0.kind.rawValue)=\($0.value) \($0.unit ?? "")" })")
            print("--- summary\n\(OfflineClinicalModel().summarize(note.text, language: language).rendered)\n")
        }
    }
    let report = ClinicalEvaluator.evaluate(notes)
    print(report.rendered(verbose: verbose))
    // Cost of the deterministic pieces on a ~50 KB report (the API's maximum): all notes concatenated, repeated.
    var big = ""
    while big.utf8.count < 50_000 { big += notes.map { $0.text }.joined(separator: "\n\n") + "\n\n" }
    let clock = ContinuousClock()
    let redactionTime = clock.measure { _ = PHIRedactor().redact(big) }
    let summaryTime = clock.measure { _ = OfflineClinicalModel().summarize(big, language: .es) }
    print("\nTiming on a \(big.utf8.count / 1000) KB report: redaction \(redactionTime), offline summary \(summaryTime)")
    exit(report.missedTargets.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("clinical-eval: cannot read corpus at \(path): \(error)\n".utf8))
    exit(2)
}
