// `make eval`: scores the redactor, extractor and offline summary on the labelled corpus and prints the figures.
// Usage: clinical-eval [corpus-directory] [--verbose]   (default: Tests/ClinicalTests/Corpus)
import Foundation
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
    let report = ClinicalEvaluator.evaluate(notes)
    print(report.rendered(verbose: verbose))
    exit(report.missedTargets.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("clinical-eval: cannot read corpus at \(path): \(error)\n".utf8))
    exit(2)
}
