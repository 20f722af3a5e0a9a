// `make eval`: scores the redactor, extractor and offline summary on a labelled corpus and prints the figures.
// Usage: clinical-eval [--held-out] [--verbose] [--show] [--timing] [--title T] DIR...
//   DIR...      one corpus (several directories are scored as one; default Tests/ClinicalTests/Corpus)
//   --held-out  hold it to issue 17's held-out targets (else the tuning targets); exit 1 when one is missed
//   --explain   prints each miss with its (synthetic) text, for rule work
//   --show      prints each (synthetic) note redacted, its extraction and its offline summary, for rule work
//   --timing    times redaction and the offline summary on a ~50 KB report made of the corpus' notes
import Foundation
import Clinical
import ClinicalEvaluation

var arguments = Array(CommandLine.arguments.dropFirst())
var title = ""
if let at = arguments.firstIndex(of: "--title"), at + 1 < arguments.count {
    title = arguments[at + 1]
    arguments.removeSubrange(at...(at + 1))
}
let verbose = arguments.contains("--verbose")
let heldOut = arguments.contains("--held-out")
var paths = arguments.filter { !$0.hasPrefix("--") }
if paths.isEmpty { paths = ["Tests/ClinicalTests/Corpus"] }
do {
    let notes = try paths.flatMap { try CorpusNote.load(directory: URL(fileURLWithPath: $0)) }
    guard !notes.isEmpty else {
        FileHandle.standardError.write(Data("clinical-eval: no notes in \(paths.joined(separator: " "))\n".utf8))
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
    let targets: EvaluationTargets = heldOut ? .heldOut : .tuning
    let countries = Set(notes.map { $0.country }).sorted().joined(separator: " ")
    print(report.rendered(verbose: verbose, title: (title.isEmpty ? paths.joined(separator: " + ") : title) + " (countries: \(countries))",
                          targets: targets, targetsName: heldOut ? "held-out, issue 17" : "tuning"))
    if arguments.contains("--explain") { print("\nMisses with their text:\n" + report.details.map { "  " + $0 }.joined(separator: "\n")) }
    if arguments.contains("--timing") {
        // Cost of the deterministic pieces on a ~50 KB report (the API's maximum): all notes concatenated, repeated.
        var big = ""
        while big.utf8.count < 50_000 { big += notes.map { $0.text }.joined(separator: "\n\n") + "\n\n" }
        let clock = ContinuousClock()
        var redaction: [Duration] = []
        var summary: [Duration] = []
        for _ in 0..<5 {
            redaction.append(clock.measure { _ = PHIRedactor().redact(big) })
            summary.append(clock.measure { _ = OfflineClinicalModel().summarize(big, language: .es) })
        }
        print("\nTiming on a \(big.utf8.count / 1000) KB report (median of 5): redaction \(redaction.sorted()[2]), offline summary \(summary.sorted()[2])")
    }
    exit(report.missed(targets).isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("clinical-eval: cannot read corpus at \(paths.joined(separator: " ")): \(error)\n".utf8))
    exit(2)
}
