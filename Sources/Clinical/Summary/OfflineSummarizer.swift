/// Builds the extractive summary: picks the reason for visit, the most informative finding sentences,
/// the extracted diagnoses and medications, and the plan and follow-up sentences.
struct OfflineSummarizer {
    let text: String
    let language: ClinicalLanguage

    func summarize() -> ClinicalSummary {
        let extraction = ClinicalExtractor().extract(text)
        let lines = text.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        let sentences = SentenceSegmenter.split(text)
        let reason = reasonForVisit(lines: lines, sentences: sentences)
        let medicationKeys = extraction.medications.map { TextFolding.fold($0.name) }
        let planSentences = planAndFollowUp(lines: lines, followUp: extraction.followUp, medicationKeys: medicationKeys)
        // Round 8: the diagnoses in the note's own words, with the items of its lists the extraction left out.
        let diagnosisLines = SummaryDiagnosisLines.lines(extraction.diagnoses, note: text)
        let findings = keyFindings(sentences: sentences, extraction: extraction, exclude: Set([reason] + planSentences), diagnosisLines: diagnosisLines)
        let rendered = render(reason: reason, findings: findings, diagnoses: diagnosisLines, extraction: extraction, plan: planSentences)
        return ClinicalSummary(language: language, reasonForVisit: reason, keyFindings: findings,
                               diagnoses: extraction.diagnoses, medications: extraction.medications,
                               planAndFollowUp: planSentences, extraction: extraction, rendered: rendered)
    }

    // MARK: reason for visit

    private func reasonForVisit(lines: [String], sentences: [String]) -> String {
        for (index, line) in lines.enumerated() {
            if let content = Self.headerContent(line, headers: Self.reasonHeaders) ?? Self.reasonHeaderContent(line) {
                // "MOTIVO DE CONSULTA:" then "Motivo: dolor…" on the next line: the section title is already printed.
                if !content.isEmpty { return Self.clip(Self.reasonHeaderContent(content) ?? content) }
                if index + 1 < lines.count { return Self.clip(Self.reasonHeaderContent(lines[index + 1]) ?? lines[index + 1]) }
            }
        }
        for sentence in sentences {
            let folded = " " + TextFolding.fold(sentence)
            if Self.reasonCues.contains(where: { folded.hasSubstring($0) }) { return Self.clip(Self.reasonHeaderContent(sentence) ?? sentence) }
        }
        // Round 8: nor is a history field ("Antecedentes: HTA…"), which the diagnoses write.
        let candidates = sentences.filter { Self.headerContent($0, headers: Self.identificationHeaders) == nil && DiagnosisExtractor.historyContent($0) == nil }
        return candidates.first(where: { $0.split(separator: " ").count >= 5 }).map(Self.clip) ?? SummarySections.notDocumented(language)
    }

    // MARK: key findings

    private func keyFindings(sentences: [String], extraction: ClinicalExtraction, exclude: Set<String>, diagnosisLines: [String]) -> [String] {
        var result: [String] = []
        if !extraction.vitals.isEmpty {
            result.append(extraction.vitals.map { $0.rendered(language) }.joined(separator: ", "))
        }
        var scored: [(index: Int, score: Int, sentence: String)] = []
        for (index, sentence) in sentences.enumerated() where !exclude.contains(Self.clip(sentence)) {
            let folded = " " + TextFolding.fold(sentence)
            if DiagnosisExtractor.sectionContent(sentence) != nil || DiagnosisExtractor.isOtherHeader(sentence) && folded.hasSubstring(" plan") { continue }
            // Round 8: a history field is written in the diagnoses, in its own words; not again as a finding.
            if DiagnosisExtractor.historyContent(sentence) != nil { continue }
            if Self.reasonHeaders.contains(where: { folded.hasPrefix(" " + $0) }) { continue }
            var score = 0
            for cue in Self.findingCues where folded.hasSubstring(cue) { score += 2 }
            for cue in Self.abnormalCues where folded.hasSubstring(cue) { score += 1 }
            if sentence.contains(where: { $0.isNumber }) { score += 1 }
            // Sentences that are mostly vital signs are already in the vitals line.
            let vitalsOnly = extraction.vitals.count >= 2 && Self.vitalCueCount(folded) >= 2 && !Self.findingCues.dropLast(6).contains(where: { folded.hasSubstring($0) })
            if vitalsOnly || score < 2 { continue }
            scored.append((index, score, Self.clip(sentence)))
        }
        let best = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }.prefix(4)
        let chosen = best.sorted { $0.index < $1.index }.map { $0.sentence }
        // A reading already written in a chosen sentence ("Examen: TA 124/78, …") is not repeated in the vitals line.
        if !result.isEmpty {
            let remaining = extraction.vitals.filter { vital in !(chosen + diagnosisLines).contains { Self.holds($0, reading: vital.value) } }
            result = remaining.isEmpty ? [] : [remaining.map { $0.rendered(language) }.joined(separator: ", ")]
        }
        return result + chosen
    }

    /// True when `sentence` holds `reading` as a whole number ("124/78", "38,1"), not as part of a longer one.
    static func holds(_ sentence: String, reading: String) -> Bool {
        let s = Array(sentence.unicodeScalars), r = Array(reading.unicodeScalars)
        guard !r.isEmpty, s.count >= r.count else { return false }
        for i in 0...(s.count - r.count) where Array(s[i..<(i + r.count)]) == r {
            let before = i == 0 || !TextFolding.isDigit(s[i - 1])
            let after = i + r.count == s.count || !TextFolding.isDigit(s[i + r.count])
            if before && after { return true }
        }
        return false
    }

    private static func vitalCueCount(_ folded: String) -> Int {
        [" ta ", " pa ", " fc ", " fr ", " spo2", " sato2", " bp ", " hr ", " rr ", " temp", " t "].filter { folded.hasSubstring($0) }.count
    }

    // MARK: plan and follow-up

    private func planAndFollowUp(lines: [String], followUp: [String], medicationKeys: [String]) -> [String] {
        var result: [String] = []
        var inPlan = false
        for line in lines {
            if let content = Self.headerContent(line, headers: Self.planHeaders) {
                inPlan = true
                if !content.isEmpty { result += SentenceSegmenter.split(content) }
                continue
            }
            if inPlan {
                if DiagnosisExtractor.sectionContent(line) != nil || Self.headerContent(line, headers: Self.reasonHeaders) != nil { inPlan = false; continue }
                if line.hasSuffix(":") { inPlan = false; continue }
                result += SentenceSegmenter.split(DiagnosisExtractor.stripListMarker(line))
            }
        }
        // Medications have their own section: keep plan sentences that say something else.
        result = result.filter { sentence in
            let folded = TextFolding.fold(sentence)
            return !medicationKeys.contains(where: { folded.hasSubstring($0) })
        }
        var present = Set(result)
        for sentence in followUp where present.insert(sentence).inserted { result.append(sentence) }
        var seen: Set<String> = []
        return result.map(Self.clip).filter { seen.insert($0).inserted }
    }

    // MARK: rendering

    private func render(reason: String, findings: [String], diagnoses: [String], extraction: ClinicalExtraction, plan: [String]) -> String {
        let titles = SummarySections.titles(language)
        let none = SummarySections.notDocumented(language)
        func bullets(_ items: [String]) -> String {
            items.isEmpty ? "- \(none)" : items.map { "- \($0)" }.joined(separator: "\n")
        }
        return [
            "\(titles[0]):\n\(reason)",
            "\(titles[1]):\n\(bullets(findings))",
            "\(titles[2]):\n\(bullets(diagnoses))",
            "\(titles[3]):\n\(bullets(SummaryMedicationLines.lines(extraction.medications, note: text)))",
            "\(titles[4]):\n\(bullets(plan))",
        ].joined(separator: "\n\n")
    }

    // MARK: helpers

    /// Content after "Header:" when `line` starts with one of `headers` (folded), else nil.
    static func headerContent(_ line: String, headers: [String]) -> String? {
        let folded = TextFolding.fold(line)
        for header in headers where folded.hasPrefix(header) {
            let rest = String(line.unicodeScalars.dropFirst(header.unicodeScalars.count)).trimmingWhitespace()
            if rest.isEmpty { return "" }
            if rest.hasPrefix(":") || rest.hasPrefix(".-") { return String(rest.drop(while: { $0 == ":" || $0 == "." || $0 == "-" })).trimmingWhitespace() }
        }
        return nil
    }

    /// "Motivo de la interconsulta: …", "Motivo de admisión: …", "Queixa principal: …", "Reason for admission: …":
    /// the content after any reason-for-visit label ending in a colon within its first words.
    static func reasonHeaderContent(_ line: String) -> String? {
        let folded = TextFolding.fold(line.trimmingWhitespace())
        guard reasonLabelOpeners.contains(where: { folded.hasPrefix($0) }),
              let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 40 else { return nil }
        let label = line[..<colon]
        guard label.split(separator: " ").count <= 5, !label.contains(where: { $0.isNumber }) else { return nil }
        return String(line[line.index(after: colon)...]).trimmingWhitespace()
    }

    static let reasonLabelOpeners = ["motivo", "reason for", "queixa", "chief complaint", "razon de", "causa de consulta", "mc ", "mc:", "cc:", "cc "]

    static func clip(_ sentence: String) -> String {
        let trimmed = sentence.trimmingWhitespace()
        guard trimmed.count > 400 else { return trimmed }
        return String(trimmed.prefix(400)) + "…"
    }

    static let reasonHeaders = [
        "motivo de consulta", "motivo de ingreso", "motivo", "mc", "chief complaint", "cc", "reason for visit",
        "reason for consultation", "reason for referral", "presenting complaint", "consulta por",
    ]
    static let planHeaders = [
        "plan de manejo", "plan", "tratamiento", "indicaciones", "conducta", "manejo", "tx", "recommendations",
        "recomendaciones", "rx", "treatment", "se indica",
    ]
    static let reasonCues = [
        " acude por", " consulta por", " acude con", " acude a ", " ingresa por", " refiere ", " presenta ", " presents with",
        " here for", " seen for", " comes in", " reports ", " presenting with", " evaluated for", " admitted for",
        " admitted with", " ingresa con", " se interna por", " internado por", " internada por",
        // A referral's reason: "Se deriva por…", "Remito por…", "Referred for…", "Encaminhado por…".
        " se deriva por", " derivo por", " deriva por", " derivado por", " derivada por", " se refiere por", " remito por",
        " se remite por", " referred for", " referred with", " i am referring", " we are referring", " le remito", " le refiero", " referida por", " referido por", " encaminhado por", " encaminhada por",
    ]
    /// Lines that identify the patient ("Paciente: …, 72 años") are never the reason for visit.
    static let identificationHeaders = ["patient", "paciente", "name", "nombre", "nombre del paciente", "pt", "sr", "sra", "mr", "mrs", "ms",
                                        // A letter's addressing lines ("De: Medicina General", "Para: Traumatología") say no reason.
                                        "de", "a", "para", "from", "to", "para o", "cc",
                                        // A letter's subject line names the patient: "Re: Patricia …, DOB …", "Ref.: …", "Asunto: …".
                                        "re", "ref", "asunto", "subject", "assunto"]
    static let findingCues = [
        " examen", " exploracion", " ef:", " exam", " laboratorio", " laboratorios", " labs", " paraclinicos", " rx ",
        " radiografia", " tac ", " tomografia", " ecografia", " eco ", " usg", " ecocardiograma", " echo", " ecg",
        " electrocardiograma", " endoscopia", " espirometria", " spirometry", " hemograma", " orina", " ua:", " cxr",
        " hemoglobina", " hba1c", " a1c", " glucosa", " tsh", " plaquetas", " leucocitos", " pcr", " creatinina",
        " positivo", " positive", " negativo", " hallazgo", " muestra", " revela", " evidencia",
    ]
    static let abnormalCues = [
        " dolor", " pain", " fiebre", " fever", " disnea", " dyspnea", " edema", " elevad", " bajo", " alterad",
        " aumentad", " disminuid", " crepit", " crackles", " sibilancias", " wheez", " infiltrad", " consolidacion",
        " palidez", " hiperemi", " abombad", " irregular", " taquicard",
    ]
}
