/// Finds medications by name (lexicon) or by the shape "word + dose + unit", then reads dose, unit, route,
/// frequency and duration from the words that follow in the same sentence.
struct MedicationExtractor {
    let text: TokenizedText

    func extract() -> [Medication] {
        var found: [(medication: Medication, nameStart: Int, nameEnd: Int, windowEnd: Int)] = []
        var stopped: Set<String> = []
        var resumedNames: Set<String> = []
        var leftAt: [String: Int] = [:]
        let t = text.tokens
        var lastStoppedEnd = -10
        var i = 0
        while i < t.count {
            guard var nameEnd = drugName(at: i) ?? fallbackName(at: i) ?? acidName(at: i) else { i += 1; continue }
            var nameScalarEnd = t[nameEnd].end
            // "SF 0,9%", "ClNa 9‰", "solución salina 0.9%": a fluid's strength belongs to its name.
            // "Dextrosa al 50%", "dextrose 10%", "suero salino hipertónico 3%": "al" and a tonicity belong to the strength (round 7).
            var strengthAt = nameEnd + 1
            if DrugLexicon.fluids.contains(text.folded[i]), strengthAt + 1 < t.count, ["al", "a"].contains(text.folded[strengthAt]) || Self.tonicities.contains(text.folded[strengthAt]),
               text.gap(after: nameEnd) == " ", t[strengthAt + 1].isNumber, text.gap(after: strengthAt) == " " { strengthAt += 1 }
            if DrugLexicon.fluids.contains(text.folded[i]), strengthAt < t.count, t[strengthAt].isNumber, text.gap(after: strengthAt - 1) == " " {
                var v = strengthAt
                while v + 1 < t.count, t[v + 1].isNumber, [".", ","].contains(text.gap(after: v)) { v += 1 }
                if let mark = text.gap(after: v).unicodeScalars.first, mark == "%" || mark == "‰" { nameEnd = v; nameScalarEnd = t[v].end + 1 }
            }
            // "insulina 70/30", "insulin 75/25": a premixed insulin's ratio is part of its name.
            if text.folded[i].hasPrefix("insulin"), nameEnd + 2 < t.count, t[nameEnd + 1].isNumber, t[nameEnd + 1].digits == 2,
               text.gap(after: nameEnd) == " ", text.gap(after: nameEnd + 1) == "/", t[nameEnd + 2].isNumber, t[nameEnd + 2].digits == 2 {
                nameEnd += 2
                nameScalarEnd = t[nameEnd].end
            }
            // "26 ss x FUR" (semanas), "SS#: 584-…" (social security): a fluid's bare abbreviation is a drug only with its strength.
            if DrugLexicon.fluidsNamedByStrength.contains(text.folded[i]), nameEnd == i { i += 1; continue }
            if isNotADrugUse(name: i, end: nameEnd) || isAddressPart(i, nameEnd) { i = nameEnd + 1; continue }
            let name = text.text.string(t[i].start..<nameScalarEnd)
            let windowEnd = window(after: nameEnd)
            // "suspender ibuprofeno", "ranitidina suspendida", "Lisinopril held": stopped, in every mention of the note.
            // "Se suspende propranolol y espironolactona": the drugs joined to a stopped one are stopped too.
            // "Se suspende el diclofenaco y el losartán", "stop the aspirin and the clopidogrel": an article may follow the "y" (round 7).
            let joinedToStopped = i - lastStoppedEnd == 2 && Self.coordinators.contains(text.folded[i - 1])
                // Round 9: not a drug with its own dose after the comma — "suspender tramadol, paracetamol 1 g IV c/8h si dolor".
                || i - lastStoppedEnd == 1 && text.gap(after: lastStoppedEnd).trimmingWhitespace() == "," && !(nameEnd + 1 < t.count && t[nameEnd + 1].isNumber)
                || i - lastStoppedEnd == 3 && Self.coordinators.contains(text.folded[i - 2]) && Self.articles.contains(text.folded[i - 1])
                    && Self.plainGap(text.gap(after: i - 2)) && Self.plainGap(text.gap(after: i - 1))
            if joinedToStopped || isStopped(name: i, end: nameEnd, windowEnd: windowEnd) {
                stopped.insert(TextFolding.fold(name))
                if leftByThePatient(i) { leftAt[TextFolding.fold(name)] = i }
                // "Se suspende losartán durante la hospitalización y se reinicia al alta", "held …, restarted on day 3":
                // resumed in the same sentence, the drug is taken again.
                let resumedHere = resumedLater(after: nameEnd)
                if resumedHere { resumedNames.insert(TextFolding.fold(name)) }
                lastStoppedEnd = nameEnd
                // Round 9: "amlodipino 5 mg VO QD se reinicia hoy (lo habíamos suspendido …)": this very order is the resumption.
                if !(resumedHere && nameEnd + 1 < t.count && t[nameEnd + 1].isNumber && Self.plainGap(text.gap(after: nameEnd))) {
                    i = nameEnd + 1
                    continue
                }
            }
            // "Sulfato de magnesio no (no criterios de severidad)": a name of several words answered no (round 7).
            let answeredNo = nameEnd > i && nameEnd + 1 < t.count && ["no", "nao"].contains(text.folded[nameEnd + 1]) && text.gap(after: nameEnd) == " "
                && (nameEnd + 2 >= t.count || text.gap(after: nameEnd + 1).contains("(") || text.gap(after: nameEnd + 1).hasPrefix("."))
            if answeredNo || isExcluded(at: i) || isNotATreatment(name: i, end: nameEnd) || isPastTreatment(at: i) || isRelativesDrug(i)
                || NotPrescribedUses(text: text).applies(name: i, end: nameEnd) { i = nameEnd + 1; continue }
            var medication = Medication(name: name)
            readDetails(from: nameEnd + 1, to: windowEnd, into: &medication)
            found.append((medication, i, nameEnd, windowEnd))
            i = nameEnd + 1
        }
        // "salbutamol + bromuro de ipratropio 4 puff c/6h", "calcio 600 mg + vitamina D VO cada día": the drugs
        // joined by "+" share what is written after the last one.
        if found.count >= 2 {
            for k in stride(from: found.count - 2, through: 0, by: -1) {
                let next = found[k + 1]
                let last = found[k].windowEnd
                // "+" between them, or "con"/"with"/"más"/"plus" as the last word of the first one's window.
                let joined = last + 1 == next.nameStart
                    && (text.gap(after: last).trimmingWhitespace() == "+" || Self.joiners.contains(text.folded[last]) && last > found[k].nameEnd)
                guard joined else { continue }
                var m = found[k].medication
                if m.dose == nil, found[k].nameEnd == last { m.dose = next.medication.dose; m.unit = next.medication.unit }
                if m.route == nil { m.route = next.medication.route }
                if m.frequency == nil { m.frequency = next.medication.frequency }
                if m.duration == nil { m.duration = next.medication.duration }
                found[k].medication = m
            }
        }
        // "Se reinicia espironolactona 25 mg", "restart aspirin": a drug resumed later in the note is active again.
        for m in found where resumed(m.nameStart) { stopped.remove(TextFolding.fold(text.text.string(t[m.nameStart].start..<t[m.nameEnd].end))) }
        stopped.subtract(resumedNames)
        // "abandonó el budesonide hace 6 meses … Alta con budesonide/formoterol 160/4,5 2 inhalaciones cada 12 hs", "dejó la
        // metformina … metformina 850 mg VO c/12h": a drug the patient left, prescribed again later with its dose and its
        // frequency, is taken again (round 9).
        for m in found where m.medication.dose != nil && m.medication.frequency != nil {
            let name = TextFolding.fold(m.medication.name)
            for (left, at) in leftAt where at < m.nameStart && Self.isStoppedName(name, stopped: [left]) { stopped.remove(left) }
        }
        // "Se sugiere suspender el anticonceptivo combinado", "suspender AINEs", "stop NSAIDs": a stopped class stops the
        // class's drugs named anywhere in the note (unless resumed).
        let classes = stoppedClasses()
        return Self.merge(found.filter { m in
            let name = TextFolding.fold(m.medication.name)
            if Self.isStoppedName(name, stopped: stopped) { return false }
            guard !classes.isEmpty, !resumed(m.nameStart) else { return true }
            let first = String(name.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "-" }).first ?? "")
            return !classes.contains { Self.drugClasses[$0]?.contains(first) == true }
        }.map { $0.medication })
    }

    /// The classes a stop verb names: "suspender el anticonceptivo", "suspender AINES", "stop NSAIDs", "se suspenden las estatinas".
    private func stoppedClasses() -> Set<String> {
        var result: Set<String> = []
        let f = text.folded
        for k in f.indices where Self.stopWords.contains(f[k]) && !negatedStop(at: k) {
            var n = k + 1
            while n < f.count, n - k <= 4, Self.plainGap(text.gap(after: n - 1)) || text.gap(after: n - 1).trimmingWhitespace() == ":" {
                if let name = Self.classWords[f[n]] { result.insert(name); break }
                guard Self.stopFillers.contains(f[n]) || f[n] == "se" else { break }
                n += 1
            }
        }
        return result
    }

    /// Words naming a drug class, to the class.
    static let classWords: [String: String] = [
        "anticonceptivo": "contraceptive", "anticonceptivos": "contraceptive", "aco": "contraceptive", "acos": "contraceptive",
        "ocp": "contraceptive", "ocps": "contraceptive", "anticoncepcional": "contraceptive", "contraceptive": "contraceptive",
        "aine": "nsaid", "aines": "nsaid", "nsaid": "nsaid", "nsaids": "nsaid", "antiinflamatorios": "nsaid", "aint": "nsaid",
        "estatina": "statin", "estatinas": "statin", "statin": "statin", "statins": "statin",
        "benzodiacepina": "benzodiazepine", "benzodiacepinas": "benzodiazepine", "benzodiazepine": "benzodiazepine", "benzodiazepines": "benzodiazepine",
        // "se suspendió el antibiótico y la hidratación", "stop antibiotics", "suspender anticoagulación", "hold diuretics" (round 7).
        "antibiotico": "antibiotic", "antibioticos": "antibiotic", "antibiotic": "antibiotic", "antibiotics": "antibiotic", "atb": "antibiotic",
        "antimicrobiano": "antibiotic", "antimicrobianos": "antibiotic", "antibioticoterapia": "antibiotic",
        "anticoagulante": "anticoagulant", "anticoagulantes": "anticoagulant", "anticoagulacion": "anticoagulant", "anticoagulation": "anticoagulant",
        "anticoagulant": "anticoagulant", "anticoagulants": "anticoagulant",
        "diuretico": "diuretic", "diureticos": "diuretic", "diuretic": "diuretic", "diuretics": "diuretic",
    ]
    /// First words of each class's drugs.
    static let drugClasses: [String: Set<String>] = [
        "contraceptive": ["etinilestradiol", "ethinyl", "etinil", "levonorgestrel", "drospirenona", "desogestrel", "norgestimate", "norgestimato", "dienogest", "noretisterona", "norethindrone"],
        "nsaid": ["ibuprofeno", "ibuprofen", "naproxeno", "naproxen", "diclofenaco", "diclofenac", "ketorolaco", "ketorolac", "meloxicam", "celecoxib", "indometacina", "indomethacin", "ketoprofeno", "piroxicam", "nimesulida", "etoricoxib", "aceclofenaco"],
        "statin": ["atorvastatina", "atorvastatin", "rosuvastatina", "rosuvastatin", "simvastatina", "sinvastatina", "simvastatin", "pravastatina", "pravastatin", "lovastatina", "pitavastatina"],
        "benzodiazepine": ["clonazepam", "alprazolam", "diazepam", "lorazepam", "midazolam", "bromazepam", "clobazam"],
        "antibiotic": ["amoxicilina", "amoxicillin", "ampicilina", "ampicillin", "penicilina", "penicillin", "piperacilina", "piperacillin",
                       "cefalexina", "cephalexin", "cefuroxima", "cefuroxime", "ceftriaxona", "ceftriaxone", "cefotaxima", "cefepime", "cefazolina",
                       "cefazolin", "ceftazidima", "cefpodoxima", "cefpodoxime", "cefixima", "azitromicina", "azithromycin", "claritromicina",
                       "clarithromycin", "doxiciclina", "doxycycline", "ciprofloxacino", "ciprofloxacin", "levofloxacino", "levofloxacin",
                       "moxifloxacino", "nitrofurantoina", "metronidazol", "metronidazole", "clindamicina", "clindamycin", "vancomicina",
                       "vancomycin", "gentamicina", "amikacina", "meropenem", "imipenem", "ertapenem", "oxacilina", "dicloxacilina",
                       "trimetoprim", "trimetoprima", "cotrimoxazol", "linezolid", "colistina", "tigeciclina", "aztreonam"],
        "anticoagulant": ["warfarina", "warfarin", "acenocumarol", "apixaban", "rivaroxaban", "dabigatran", "edoxaban", "enoxaparina",
                          "enoxaparin", "heparina", "heparin", "fondaparinux", "dalteparina", "nadroparina", "tinzaparina"],
        "diuretic": ["furosemida", "furosemide", "hidroclorotiazida", "hydrochlorothiazide", "espironolactona", "spironolactone", "clortalidona",
                     "chlorthalidone", "torasemida", "torsemide", "indapamida", "bumetanida", "bumetanide", "amilorida", "eplerenona"],
    ]

    /// "se suspende ergotamina/cafeína" after "usa ergotamina": a mention of a stopped combination's component (or of the
    /// combination after its component was stopped) is the same drug; "insulina regular" stopped is not "insulina glargina".
    static func isStoppedName(_ name: String, stopped: Set<String>) -> Bool {
        if stopped.contains(name) { return true }
        return stopped.contains { s in
            let (short, long) = s.count < name.count ? (s, name) : (name, s)
            guard long.hasPrefix(short), let next = long.dropFirst(short.count).first else { return false }
            // Round 8: "hold metoprolol" stops "metoprolol succinate 50 mg": the same drug with its salt or release form.
            if next == " " {
                let rest = long.dropFirst(short.count).split(separator: " ").map(String.init)
                return !rest.isEmpty && rest.allSatisfy { saltWords.contains($0) }
            }
            return "/-+".contains(next)
        }
    }

    /// Salts and release forms that name the same drug ("metoprolol succinate", "losartán potásico"), not an insulin's
    /// analogue ("insulina glargina" is not "insulina regular").
    static let saltWords: Set<String> = [
        "succinato", "succinate", "tartrato", "tartrate", "sodico", "sodica", "sodium", "potasico", "potasica", "potassica",
        "potassium", "hcl", "besilato", "besylate", "maleato", "maleate", "clorhidrato", "hidrocloruro", "hydrochloride",
        "mesilato", "mesylate", "fumarato", "fumarate", "citrato", "citrate", "medoxomilo", "medoxomil", "er", "xr", "sr", "xl",
        "retard", "cr", "mr",
    ]

    /// "dejó el enalapril", "abandonó la metformina", "parou a losartana", "quit the statin": the patient left the drug.
    private func leftByThePatient(_ i: Int) -> Bool {
        (max(0, i - 3)..<i).contains { ["dejo", "abandono", "parou", "interrompeu", "quit", "suspendeu"].contains(text.folded[$0]) }
    }

    private func resumed(_ i: Int) -> Bool {
        var b = i - 1
        while b >= 0, i - b <= 3, !text.gap(after: b).contains("\n") {
            // Round 8: "NO reiniciar losartán hasta valoración por nefrología": an instruction not to resume it.
            // Round 9: "hold donepezil tonight only? -> continue donepezil 5 mg PO nightly": continued after the hold.
            if Self.resumeWords.contains(text.folded[b]) || ["continue", "continuar", "continua", "continuo", "continues", "mantener", "mantiene", "manter", "mantem"].contains(text.folded[b]) { return !(b >= 1 && ["no", "not", "nao", "nunca", "never"].contains(text.folded[b - 1])) }
            guard Self.stopFillers.contains(text.folded[b]) || text.folded[b] == "se" else { break }
            b -= 1
        }
        return false
    }

    /// "no tomar más.", "do not take anymore", "no tomar": the instruction ends there; "no tomar más de 4 g/día" (a maximum)
    /// and "no tomar con alcohol" go on, and the drug is taken.
    private func endsInstruction(after n: Int) -> Bool {
        func clauseEnds(_ k: Int) -> Bool {
            k + 1 >= text.tokens.count || text.gap(after: k).contains(where: { ".,;\n)".contains($0) })
        }
        if clauseEnds(n) { return true }
        let next = text.folded[n + 1]
        if ["mas", "more", "anymore", "nunca"].contains(next) { return clauseEnds(n + 1) }
        return ["it", "lo", "la"].contains(next) && clauseEnds(n + 1)
    }

    /// A resume verb after a stopped drug in its own sentence, before any other drug: "Se suspende losartán durante la
    /// hospitalización y se reinicia al alta", "metformin held, restarted at discharge", "suspensa e retomada".
    private func resumedLater(after nameEnd: Int) -> Bool {
        var k = nameEnd + 1
        while k < text.tokens.count, k - nameEnd <= 14, !text.gap(after: k - 1).contains(". "), !text.gap(after: k - 1).contains("\n") {
            if Self.resumeWords.contains(text.folded[k]) || ["reiniciandose", "reanudandose", "retomada", "retomado", "reanudada", "reanudado"].contains(text.folded[k]) {
                // Round 9: "on hold, restart decision at discharge", "reiniciar si TFG > 30": a resumption still to decide.
                if k + 1 < text.tokens.count, ["decision", "pending", "pendiente", "if", "si", "when", "cuando", "once", "?"].contains(text.folded[k + 1]) || text.gap(after: k).hasPrefix("?") { k += 1; continue }
                // "held and may be resumed at follow-up if Cr < 1.5", "hasta reiniciar": a resumption to come is no resumption.
                let before = (max(nameEnd + 1, k - 3)..<k).map { text.folded[$0] }
                // Round 8: "no se reinicia al egreso", "not restarted": a resumption denied is none either.
                if before.contains(where: { ["may", "can", "could", "might", "if", "until", "hasta", "si", "podra", "puede", "podria", "cuando", "when", "once", "luego",
                                             "no", "not", "nao", "never", "nunca"].contains($0) }) { k += 1; continue }
                return true
            }
            if lexiconMatch(at: k) != nil { return false }
            k += 1
        }
        return false
    }

    static let resumeWords: Set<String> = [
        "reinicia", "reiniciar", "reinicio", "reanuda", "reanudar", "retoma", "retomar", "restart", "restarted", "resume", "resumed",
        "reiniciado", "reiniciada", "reintroducir", "reintroduce", "retomou", "reinicie",
    ]

    /// A drug the note stops: after "suspender", "se suspende", "se omite", "stop", "hold", "discontinue", or followed
    /// in its own clause by "suspendida", "held", "discontinued", "la suspendió".
    private func isStopped(name i: Int, end nameEnd: Int, windowEnd: Int) -> Bool {
        let f = text.folded
        // "aspirina 100 mg (NO suspender), atorvastatina": a stop verb closing another drug's remark is not this drug's.
        if i >= 1, Self.stopWords.contains(f[i - 1]) || Self.stoppedBefore.contains(f[i - 1]), Self.plainGap(text.gap(after: i - 1)), !negatedStop(at: i - 1) { return true }
        // "Dejar aspirina.", "Dejar la metformina": Argentina's imperative of stopping (round 6); "no dejar" keeps it.
        if i >= 1, f[i - 1] == "dejar" || i >= 2 && f[i - 2] == "dejar" && ["la", "el", "los", "las"].contains(f[i - 1]),
           Self.plainGap(text.gap(after: i - 1)), !negatedStop(at: f[i - 1] == "dejar" ? i - 1 : i - 2) { return true }
        // "azithromycin was\ndiscontinued on day 3", "la metformina fue suspendida": a stop in the passive, also across the
        // line break of a paragraph wrapped at the page's width.
        if passiveStop(after: nameEnd) { return true }
        // "D/C clopidogrel", "d/c the heparin": the US abbreviation of discontinue (round 7).
        var d = i - 1
        if d >= 0, ["the", "his", "her"].contains(f[d]) { d -= 1 }
        if d >= 1, f[d] == "c", f[d - 1] == "d", text.gap(after: d - 1) == "/", Self.plainGap(text.gap(after: d)) { return true }
        if changedFrom(i) && changedToAnother(after: nameEnd, windowEnd: windowEnd) || noLongerTaken(i) || notContinued(i) { return true }
        // Round 8: "NO reiniciar losartán hasta valoración", "do not restart lisinopril", "não retomar": a resumption denied.
        if i >= 2, Self.resumeWords.contains(f[i - 1]) || f[i - 1] == "retomar", ["no", "not", "nao", "nunca", "never"].contains(f[i - 2]),
           Self.plainGap(text.gap(after: i - 1)) { return true }
        // "Stop taking: ibuprofen", "Dejar de tomar: AINES", "Suspender el enalapril", "Discontinue the aspirin".
        var b = i - 1
        // "propranolol suspendido; rivaroxaban", "ranitidina suspendida, omeprazol": a participle before a list's
        // separator closes the drug before it, not this one.
        var plainSoFar = true
        while b >= 0, i - b <= 6, !text.gap(after: b).contains("\n") || wrappedLine(after: b), !text.gap(after: b).contains(")"), !text.gap(after: b).contains(".") || text.tokens[b].letters == 1 {
            plainSoFar = plainSoFar && Self.plainGap(text.gap(after: b))
            if Self.stopWords.contains(f[b]) || Self.stoppedBefore.contains(f[b]) && plainSoFar || f[b] == "dejar" && b + 1 < i && f[b + 1] == "de" { return !negatedStop(at: b) }
            // "Dejó la glibenclamida", "dejó de tomar la espironolactona", "parou de tomar", "sustituye azatioprina".
            // Not "se dejó amlodipino 5 mg", "se deja tramadol 50 mg IV c/8h", "se le deja": left on, i.e. prescribed (round 9).
            // ("se deja de administrar ceftriaxona" still stops it.)
            if Self.leftDrugWords.contains(f[b]), !(b >= 1 && ["se", "le"].contains(f[b - 1]) && ["dejo", "deja"].contains(f[b]) && f[b + 1] != "de") { return true }
            // "after running out of his torsemide", "ran out of metformin", "se quedó sin losartán": a drug the patient ran out of
            // is stopped unless the plan takes it again (round 7).
            if f[b] == "out", b >= 1, ["ran", "running", "run", "runs"].contains(f[b - 1]) { return true }
            if f[b] == "sin", b >= 1, ["quedo", "quedaron", "queda", "quedado", "ficou"].contains(f[b - 1]) { return true }
            guard Self.stopFillers.contains(f[b]) else { break }
            b -= 1
        }
        // "suspensión del\nlosartán" (round 8: with the article, across a wrapped line), "discontinuation of".
        if i >= 2, ["de", "del", "of"].contains(f[i - 1]), ["suspension", "retiro", "discontinuation", "suspensao"].contains(f[i - 2]) { return true }
        // "amlodipino en lugar de nifedipino", "instead of metformin", "em vez de losartana": the drug replaced (round 7).
        if i >= 2, Self.plainGap(text.gap(after: i - 1)), f[i - 1] == "de" && ["lugar", "vez"].contains(f[i - 2]) || f[i - 1] == "of" && f[i - 2] == "instead" { return true }
        // "STOP: lisinopril (replaced by …), glyburide", "Suspender: AAS, clopidogrel": every item of a stop list's line.
        // Not what a parenthesis names inside it: "STOP: lisinopril (replaced by sacubitril-valsartan)".
        var h = i - 1
        var open = 0
        while h >= 0, !text.gap(after: h).contains("\n"), !text.gap(after: h).contains(";"), !text.gap(after: h).contains(".") || text.tokens[h].letters == 1 {
            let gap = text.gap(after: h)
            open += gap.filter { $0 == "(" }.count - gap.filter { $0 == ")" }.count
            if gap.contains(":") { if open <= 0, Self.stopWords.contains(f[h]) || Self.stopListHeaders.contains(f[h]) { return true }; break }
            h -= 1
        }
        // "Amoxicilina/ácido clavulánico: NO (alergia)", "Metformina: no": a drug answered no is not given
        // ("aspirina: no suspender" denies the stop).
        if nameEnd + 1 < f.count, text.gap(after: nameEnd).contains(":"), f[nameEnd + 1] == "no",
           nameEnd + 2 >= f.count || !(Self.stopWords.contains(f[nameEnd + 2]) || ["se", "continuar", "continue", "seguir"].contains(f[nameEnd + 2])) { return true }
        // "diclofenac, ya se le indicó no tomar más", "ibuprofeno: no volver a tomar", "aspirin - do not take": told not to take it.
        var n = nameEnd + 1
        while n < f.count, n - nameEnd <= 8, !text.gap(after: n - 1).contains(". "), !text.gap(after: n - 1).contains("\n") {
            if lexiconMatch(at: n) != nil { break }
            if Self.takeNowVerbs.contains(f[n]), n >= 1, ["no", "not", "nao", "nunca", "never"].contains(f[n - 1]) || n >= 3 && f[n - 1] == "a" && f[n - 2] == "volver" && f[n - 3] == "no",
               endsInstruction(after: n) {
                return true
            }
            if f[n] == "dejar", n + 1 < f.count, f[n + 1] == "de" { return true }
            n += 1
        }
        if nameEnd < windowEnd {
            for k in (nameEnd + 1)...windowEnd where Self.stoppedAfter.contains(f[k]) { return true }
            // "Apixaban not started", "warfarina no iniciada", "enoxaparin not given": decided against (round 7).
            for k in (nameEnd + 1)..<windowEnd where ["not", "no", "nao"].contains(f[k]) && ["started", "given", "initiated", "iniciada", "iniciado", "indicada", "indicado", "administrada", "administrado", "iniciar"].contains(f[k + 1]) { return true }
            // "torsemide 40 mg daily (ran out 10 days ago)", "losartán 50 mg (se le acabó)": run out of (round 7).
            for k in (nameEnd + 1)..<windowEnd where f[k] == "ran" && f[k + 1] == "out" || f[k] == "le" && ["acabo", "termino", "terminaron", "acabaron"].contains(f[k + 1]) { return true }
            // "glibenclamida 5 mg … -> SE SUSPENDE por hipoglucemias", "metformina 1000 mg c/12 hs (suspender 24 hs antes)",
            // "clonazepam 0.5 mg en la noche se suspende gradualmente": a stop verb after the drug in its own clause, unless
            // it is denied ("(NO suspender)") or names the next drug ("…, suspender glibenclamida").
            // Not past a sentence's end: "sumatriptán 50 mg …, puede repetir en 2 h. Se sugiere suspender el anticonceptivo".
            var k = nameEnd + 1
            while k <= windowEnd, !text.gap(after: k - 1).contains(". ") {
                // "clonazepam 0.25 mg por 3 semanas y luego retirar", "then stop": the planned end of a course (round 7).
                // "1 comp VO ao dia (pausa de 4 dias)": a contraceptive's pill-free days are its cycle, not a stop.
                // Round 9: "c/12h por 1 mes más y suspender", "x 5 días y suspender": the course's end too.
                let courseThenStop = k >= 2 && ["y", "e", "and"].contains(f[k - 1])
                    && (max(nameEnd + 1, k - 4)..<(k - 1)).contains { Self.durationUnits.contains(f[$0]) }
                let plannedEnd = k >= 1 && Self.thenWords.contains(f[k - 1]) || courseThenStop || f[k] == "pausa" && k + 1 < f.count && ["de", "of"].contains(f[k + 1])
                if Self.stopWords.contains(f[k]) && !negatedStop(at: k) && !stopNamesNextDrug(k) && !plannedEnd { return true }
                k += 1
            }
        }
        return false
    }

    /// "X was discontinued", "X were held", "X fue suspendida", "X foi suspensa": the name, an auxiliary, then a stop participle
    /// (a single line break between them is the page's width, not a new clause).
    private func passiveStop(after nameEnd: Int) -> Bool {
        let f = text.folded
        var k = nameEnd + 1
        var auxiliaries = 0
        while k < f.count, auxiliaries <= 2 {
            let gap = text.gap(after: k - 1)
            guard !gap.contains("."), !gap.contains(";"), !gap.contains(","), !gap.contains("(") , gap.filter({ $0 == "\n" }).count <= 1 else { return false }
            if ["was", "were", "is", "been", "fue", "fueron", "foi", "ha", "sido", "se", "es", "being"].contains(f[k]) { auxiliaries += 1; k += 1; continue }
            // "apixaban on hold, restart decision at discharge", "metformina en pausa" (round 9).
            if k + 1 < f.count, ["on", "en"].contains(f[k]), ["hold", "pausa", "suspenso"].contains(f[k + 1]), Self.plainGap(text.gap(after: k)) { return true }
            // "metoprolol was replaced by carvedilol", "la nifedipina fue sustituida por amlodipino" (round 7).
            return auxiliaries >= 1 && (Self.stoppedAfter.contains(f[k]) || ["discontinued", "stopped", "held", "suspendida", "suspendido", "suspensa", "suspenso", "retirada", "retirado", "withdrawn",
                                                                             "replaced", "switched", "changed", "sustituida", "sustituido", "reemplazada", "reemplazado", "cambiada", "cambiado", "substituida", "substituido", "trocada", "trocado"].contains(f[k]))
        }
        return false
    }

    /// A gap that joins a verb to its object: spaces and a colon, not a remark's close or a list comma.
    static func plainGap(_ gap: String) -> Bool {
        !gap.contains("\n") && !gap.contains(")") && !gap.contains(",") && !gap.contains(";") && !gap.contains(".")
    }

    /// "NO suspender", "no se suspende", "do not stop", "não suspender": the stop is denied; "disminuir 5 mg cada semana
    /// hasta suspender", "taper until stopping" is a taper, and the drug is taken.
    private func negatedStop(at k: Int) -> Bool {
        if k >= 1, ["hasta", "until", "ate"].contains(text.folded[k - 1]) { return true }
        var b = k - 1
        if b >= 0, text.folded[b] == "se", Self.plainGap(text.gap(after: b)) { b -= 1 }
        guard b >= 0, Self.plainGap(text.gap(after: b)) else { return false }
        return ["no", "not", "nao", "nunca", "never", "dont", "t"].contains(text.folded[b])
    }

    /// A stop verb followed, through fillers only, by another drug: the verb is that drug's.
    private func stopNamesNextDrug(_ k: Int) -> Bool {
        var n = k + 1
        while n < text.tokens.count, Self.plainGap(text.gap(after: n - 1)) || text.gap(after: n - 1).trimmingWhitespace() == ":" {
            if lexiconMatch(at: n) != nil || fallbackName(at: n) != nil { return true }
            guard Self.stopFillers.contains(text.folded[n]) || text.folded[n] == "se" else { return false }
            n += 1
        }
        return false
    }

    /// "cambiar losartán por valsartán", "se cambia la metformina a insulina", "switch amlodipine to nifedipine",
    /// "troca de enalapril por losartana": the drug changed from is stopped; "cambiar a insulina" names what is started.
    private func changedFrom(_ i: Int) -> Bool {
        var b = i - 1
        // "Rotar\nglimepirida por linagliptina": a paragraph wrapped at the page's width between the verb and the drug (round 9).
        while b >= 0, i - b <= 4, Self.plainGap(text.gap(after: b)) || b == i - 1 && Self.changeVerbs.contains(text.folded[b]) && wrappedLine(after: b) {
            let f = text.folded[b]
            if Self.changeVerbs.contains(f) { return true }
            // "switched from lisinopril to losartan", "cambia de enalapril a losartán" (round 7: "from").
            guard ["el", "la", "los", "las", "su", "sus", "the", "his", "her", "de", "del", "o", "a", "from", "desde"].contains(f) else { return false }
            // "cambiar a", "switch to": the drug after is the new one.
            if ["a", "to", "para"].contains(f), b >= 1, Self.changeVerbs.contains(text.folded[b - 1]) { return false }
            b -= 1
        }
        return false
    }

    /// "… losartán por valsartán", "… amlodipine to nifedipine": the change names the drug that replaces this one
    /// ("CHANGE metoprolol succinate 100 mg PO once daily" changes a dose, and the drug stays).
    private func changedToAnother(after nameEnd: Int, windowEnd: Int) -> Bool {
        var k = nameEnd + 1
        while k + 1 < text.tokens.count, k <= windowEnd + 1 {
            if ["por", "to", "a", "para", "by", "pela", "pelo", "with", "con"].contains(text.folded[k]),
               lexiconMatch(at: k + 1) != nil || fallbackName(at: k + 1) != nil { return true }
            k += 1
        }
        return false
    }

    /// "no continuar con ibuprofeno", "do not continue aspirin", "não continuar o AAS": the drug is stopped.
    private func notContinued(_ i: Int) -> Bool {
        var b = i - 1
        while b >= 1, i - b <= 4, Self.plainGap(text.gap(after: b)) {
            let f = text.folded[b]
            if ["continuar", "continue", "seguir", "proseguir"].contains(f) { return ["no", "not", "nao"].contains(text.folded[b - 1]) && Self.plainGap(text.gap(after: b - 1)) }
            guard Self.stopFillers.contains(f) else { return false }
            b -= 1
        }
        return false
    }

    /// "ya no toma metformina", "no longer taking lisinopril", "no longer on warfarin", "já não usa": a drug left.
    private func noLongerTaken(_ i: Int) -> Bool {
        var b = i - 1
        while b >= 1, i - b <= 5, Self.plainGap(text.gap(after: b)) {
            let f = text.folded[b]
            if f == "longer", text.folded[b - 1] == "no" { return true }
            if f == "no" || f == "nao", ["ya", "ja"].contains(text.folded[b - 1]) { return true }
            guard Self.takeVerbs.contains(f) || Self.stopFillers.contains(f) else { return false }
            b -= 1
        }
        return false
    }

    /// "Madre diabética en tratamiento con metformina", "mother with T2DM on insulin", "Family history: father on warfarin":
    /// a relative's drug, not the patient's (round 7). "Madre le da paracetamol" (a relative giving it) stays the patient's.
    private func isRelativesDrug(_ i: Int) -> Bool {
        let f = text.folded
        var b = i - 1
        var line = true
        while b >= 0, i - b <= 14, !text.gap(after: b).contains(".") || text.tokens[b].letters == 1, !text.gap(after: b).contains(";") {
            if text.gap(after: b).contains("\n") { line = false }
            if Self.givingVerbs.contains(f[b]) { return false }
            if line, text.gap(after: b).contains(":"), b >= 1, ["familiares", "heredofamiliares", "familiar"].contains(f[b]) || f[b] == "history" && f[b - 1] == "family" { return true }
            if !line { break }
            if Self.relatives.contains(f[b]), b + 1 < i, Self.relativeStateWords.contains(f[b + 1]) { return true }
            b -= 1
        }
        return false
    }
    static let relatives: Set<String> = [
        "madre", "padre", "hermano", "hermana", "abuelo", "abuela", "tio", "tia", "mother", "father", "brother", "sister",
        "grandmother", "grandfather", "mae", "pai", "irmao", "irma", "avo", "mom", "dad",
    ]
    /// What follows a relative whose own illness or treatment the clause tells: "madre diabética", "mother with", "padre en".
    static let relativeStateWords: Set<String> = [
        "con", "with", "diabetica", "diabetico", "hipertensa", "hipertenso", "en", "fallecio", "fallecida", "fallecido", "died",
        "deceased", "has", "had", "tiene", "tenia", "on", "takes", "toma", "tomaba", "usa", "com", "diabetic", "hypertensive", "portadora", "portador",
    ]
    /// A relative giving the patient a drug: "madre le da", "mother gives", "la abuela le administró".
    static let givingVerbs: Set<String> = ["da", "dio", "daba", "gives", "gave", "administra", "administro", "le", "administered", "applies", "aplica", "aplico", "deu", "da"]

    /// True when the line of token `i` opens with a results label: "Labs:", "Laboratorio:", "Exames:", "Paraclínicos:".
    private func inResultsField(_ i: Int) -> Bool {
        var b = i
        while b > 0, !text.gap(after: b - 1).contains("\n") { b -= 1 }
        guard b < i, (b...min(i, b + 2)).contains(where: { text.gap(after: $0).contains(":") }) else { return false }
        return ["labs", "lab", "laboratorio", "laboratorios", "exames", "examenes", "paraclinicos", "resultados", "results",
                "laboratory", "analitica", "bioquimica"].contains(text.folded[b])
    }

    /// "kim.nguyen.sf@gmail.com", "www.farmacia.com/losartan": a piece of an e-mail or a web address is no drug (round 7).
    private func isAddressPart(_ i: Int, _ nameEnd: Int) -> Bool {
        let before = i > 0 ? text.gap(after: i - 1) : " "
        let after = text.gap(after: nameEnd)
        if before.contains("@") || after.contains("@") || after.hasPrefix("/") && i > 0 && before == "." { return true }
        return before == "." && i > 0 && text.tokens[i - 1].isWord && (after == "." || after == "@") && nameEnd + 1 < text.tokens.count && text.tokens[nameEnd + 1].isWord
    }

    /// A line break inside a paragraph wrapped at the page's width: one newline, no punctuation, and the next word in
    /// lower case ("Treated with\nceftriaxone", "Dejó el\nhaloperidol") — not a new line of a list.
    private func wrappedLine(after k: Int) -> Bool {
        let gap = text.gap(after: k)
        guard gap.filter({ $0 == "\n" }).count == 1, gap.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" }), k + 1 < text.tokens.count else { return false }
        let next = text.tokens[k + 1]
        return next.isWord && !next.isCapitalized && !next.isAllCaps
    }

    /// A drug word used for something else: the anaesthetic risk score ("ASA III", "ASA class II"), a disease's
    /// description ("no insulino requirente"), a procedure ("colostomía de Hartmann").
    private func isNotADrugUse(name i: Int, end nameEnd: Int) -> Bool {
        let f = text.folded
        if f[i] == "asa", nameEnd + 1 < f.count, Self.romanClasses.contains(f[nameEnd + 1]) || ["class", "clase", "classe"].contains(f[nameEnd + 1]) { return true }
        // "DM2 no insulino requirente", "insulin-dependent": a description of the disease, not the drug.
        if nameEnd + 1 < f.count, Self.dependenceWords.contains(f[nameEnd + 1]) { return true }
        // "lithium-induced nephrogenic DI", "steroid-induced hyperglycemia", "nefrotoxicidad inducida por vancomicina": the
        // drug names a cause, not a treatment (round 9).
        if nameEnd + 1 < f.count, ["induced", "related", "associated", "inducida", "inducido", "asociada", "asociado"].contains(f[nameEnd + 1]),
           text.gap(after: nameEnd) == "-" || text.gap(after: nameEnd) == " " && f[nameEnd + 1] == "induced" { return true }
        if i >= 2, ["inducida", "inducido", "induced", "secundaria", "secundario"].contains(f[i - 2]), ["por", "by", "a"].contains(f[i - 1]) { return true }
        // "E. coli sensible a ceftriaxona, ampicilina", "resistant to ciprofloxacin": a culture's result, not a treatment.
        var b = i - 1
        while b >= 1, i - b <= 8, !text.gap(after: b).contains("\n"), !text.gap(after: b).contains(";"), !text.gap(after: b).contains(".") {
            if ["a", "to", "al"].contains(f[b]), Self.susceptibilityWords.contains(f[b - 1]) { return true }
            guard text.gap(after: b).contains(",") || Self.coordinators.contains(f[b]) || ["a", "to", "al"].contains(f[b]) || lexiconMatch(at: b) != nil else { break }
            b -= 1
        }
        // "If no better in 10 days, amoxicillin-clavulanate.", "Si persiste la fiebre, ceftriaxona.": a drug for a case
        // that may come, written bare at the end of a conditional sentence, is not taken now.
        if nameEnd + 1 >= f.count || text.gap(after: nameEnd).contains(".") || text.gap(after: nameEnd).contains("\n") {
            var c = i - 1
            var comma = false
            while c >= 0, i - c <= 14, !text.gap(after: c).contains("\n"), !text.gap(after: c).contains(";"),
                  !text.gap(after: c).contains(".") || text.tokens[c].letters == 1 {
                if text.gap(after: c).contains(",") { comma = true }
                if ["if", "si"].contains(f[c]), comma, c == 0 || text.gap(after: c - 1).contains(".") || text.gap(after: c - 1).contains("\n") { return true }
                c -= 1
            }
        }
        // "POP de Hartmann", "operación de Hartmann": the procedure, not "solución (de) Hartmann".
        if f[i] == "hartmann", i >= 1, ["de", "of"].contains(f[i - 1]), i < 2 || !["solucion", "suero", "solution"].contains(f[i - 2]) { return true }
        return false
    }

    static let susceptibilityWords: Set<String> = [
        "sensible", "sensibles", "sensivel", "sensiveis", "sensitive", "susceptible", "suscetivel", "resistente", "resistentes",
        "resistant", "multisensible",
    ]
    static let romanClasses: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "1", "2", "3", "4", "5", "6"]
    static let dependenceWords: Set<String> = [
        "requirente", "requiriente", "dependiente", "dependente", "resistente", "dependent", "requiring", "resistant", "naive", "naif",
    ]

    // MARK: names

    /// The last token of a lexicon drug name starting at `i` (with combinations "a/b" and salt qualifiers).
    private func drugName(at i: Int) -> Int? {
        guard var end = lexiconMatch(at: i) else { return nil }
        while end + 1 < text.tokens.count {
            let gap = text.gap(after: end).trimmingWhitespace()
            if (gap == "/" || gap == "-"), let next = lexiconMatch(at: end + 1) { end = next; continue }
            if text.gap(after: end) == "/" || text.gap(after: end) == "-", isCombinationPartner(end + 1) { end += 1; continue }
            // "ampicilina sulbactam", "piperacillin tazobactam", "imipenem cilastatina": a beta-lactamase inhibitor (or a
            // partner that is never given alone) written after a space is part of the name.
            if text.gap(after: end) == " ", end + 1 < text.tokens.count, DrugLexicon.partnersNeverAlone.contains(text.folded[end + 1]) { end += 1; continue }
            // "calcio + vit D", "calcium + vit. D3": a partner written as an abbreviation is no drug of its own, so it is
            // part of this name (a partner in the lexicon, "calcio + vitamina D", stays a drug of its own).
            if gap == "+", end + 2 < text.tokens.count, text.folded[end + 1] == "vit", ["", "."].contains(text.gap(after: end + 1).trimmingWhitespace()),
               text.tokens[end + 2].letters == 1, text.tokens[end + 2].isCapitalized, text.tokens[end + 2].digits <= 2 { end += 2; continue }
            if text.gap(after: end) == " " || text.gap(after: end) == "/", Self.qualifiers.contains(text.folded[end + 1]) { end += 1; continue }
            // "inmunoglobulina antirrábica", "immunoglobulin anti-D", "gammaglobulina antitetánica": which immunoglobulin (round 7).
            if ["inmunoglobulina", "immunoglobulin", "gammaglobulina", "imunoglobulina"].contains(text.folded[end]), text.gap(after: end) == " ",
               end + 1 < text.tokens.count, text.tokens[end + 1].isWord, text.folded[end + 1].hasPrefix("anti") || text.folded[end + 1].hasSuffix("mune") {
                end += 1
                while end + 1 < text.tokens.count, text.gap(after: end) == "-", text.tokens[end + 1].letters <= 2 { end += 1 }
                continue
            }
            // "Metformina de liberación prolongada 750 mg", "metformin extended release": the release form is the name's.
            if let form = releaseForm(after: end) { end = form; continue }
            break
        }
        return end
    }

    /// The last token of "de liberación prolongada" / "extended release" right after `end`, or nil.
    private func releaseForm(after end: Int) -> Int? {
        let f = text.folded
        var k = end + 1
        if k < f.count, f[k] == "de", text.gap(after: end) == " " { k += 1 }
        guard k + 1 < f.count, ["liberacion", "extended", "delayed", "sustained", "prolonged", "modified", "liberacao"].contains(f[k]),
              text.gap(after: k - 1) == " ", text.gap(after: k) == " ",
              ["prolongada", "modificada", "extendida", "inmediata", "sostenida", "controlada", "retardada", "release", "prolongada"].contains(f[k + 1]) else { return nil }
        return k + 1
    }

    private func lexiconMatch(at i: Int) -> Int? {
        if let entries = DrugLexicon.byFirstWord[text.folded[i]], let end = match(entries, at: i, spelling: false) { return end }
        // "anlodipino", "losartana", "ondansetrona", "sinvastatina", "isosorbide dinitrato": another spelling of an entry.
        guard text.folded[i].count >= DrugLexicon.minimumSpellingLength, text.tokens[i].isWord,
              let entries = DrugLexicon.byFirstWordSpelling[DrugLexicon.spellingKey(text.folded[i])] else { return nil }
        return match(entries, at: i, spelling: true)
    }

    private func match(_ entries: [[String]], at i: Int, spelling: Bool) -> Int? {
        for entry in entries {
            guard i + entry.count <= text.tokens.count else { continue }
            var ok = true
            for k in 1..<max(entry.count, 1) where k < entry.count {
                let gap = text.gap(after: i + k - 1).trimmingWhitespace()
                let word = text.folded[i + k]
                let same = word == entry[k] || spelling && word.count >= DrugLexicon.minimumSpellingLength
                    && DrugLexicon.spellingKey(word) == DrugLexicon.spellingKey(entry[k])
                // "Sol. Hartmann", "Sol. glucosada 10%": an abbreviation's dot inside the name (round 9).
                let dotted = gap == "." && entry[k - 1] == "sol"
                if !same || !(gap.isEmpty || gap == "/" || gap == "-" || gap == "+" || dotted) { ok = false; break }
            }
            if ok { return i + entry.count - 1 }
        }
        return nil
    }

    /// A second ingredient written after "/" or "-": "diosmina/hesperidina", "amoxicilina/clavulánico",
    /// "fluticasone furoate/umeclidinium/vilanterol": any word of 4+ letters that is not a unit, route or frequency.
    private func isCombinationPartner(_ k: Int) -> Bool {
        guard k < text.tokens.count, text.tokens[k].isWord, text.tokens[k].letters >= 4 else { return false }
        let f = text.folded[k]
        return !Self.doseUnits.contains(f) && !Self.routes.contains(f) && !Self.perDay.contains(f) && !Self.partsOfDay.contains(f)
            && !Self.notDrugs.contains(f) && !Self.singleWordFrequencies.contains(f) && !Self.durationUnits.contains(f) && !Self.dependenceWords.contains(f)
    }

    /// An unknown word directly followed by a dose in a drug unit ("kanamicina 500 mg").
    private func fallbackName(at i: Int) -> Int? {
        let t = text.tokens
        // Round 9: nor a route ("budesonida nebulizada 0,5 mg" after a stopped name leaves no drug "nebulizada").
        guard t[i].isWord, t[i].letters >= 5, !t[i].isAllCaps, !Self.notDrugs.contains(text.folded[i]), !Self.routes.contains(text.folded[i]) else { return nil }
        // "diosmina/hesperidina 500 mg", "sacarosa férrica": a combination's partners and salt words belong to the name.
        var n = i
        while n + 1 < t.count, text.gap(after: n) == "/" && isCombinationPartner(n + 1)
                || text.gap(after: n) == " " && Self.qualifiers.contains(text.folded[n + 1]) { n += 1 }
        guard n + 2 < t.count, text.gap(after: n) == " ", t[n + 1].isNumber else { return nil }
        var u = n + 2
        if [".", ","].contains(text.gap(after: n + 1)), t[n + 2].isNumber { u = n + 3 }
        guard u < t.count, text.gap(after: u - 1) == " ", Self.drugUnits.contains(text.folded[u]) else { return nil }
        // "creatinina 0.9 mg/dL" is a lab value, not a dose.
        if text.gap(after: u) == "/", u + 1 < t.count, Self.labDenominators.contains(text.folded[u + 1]) { return nil }
        return n
    }

    /// "ácido tranexámico 500 mg", "tranexamic acid 1 g": an acid not in the lexicon keeps both words of its name.
    private func acidName(at i: Int) -> Int? {
        let t = text.tokens
        // Most tokens are neither "ácido" nor followed by "acid": two lookups before building any gap.
        guard i + 1 < t.count, ["acido", "acid"].contains(text.folded[i]) || text.folded[i + 1] == "acid", text.gap(after: i) == " " else { return nil }
        if ["acido", "acid"].contains(text.folded[i]), fallbackName(at: i + 1) != nil { return i + 1 }
        if t[i].isWord, t[i].letters >= 5, !t[i].isAllCaps, text.folded[i + 1] == "acid", i + 2 < t.count, t[i + 2].isNumber { return i + 1 }
        return nil
    }

    /// Allergies ("alérgica a penicilina") and prohibitions ("no usar ibuprofeno") are not medications taken.
    private func isExcluded(at i: Int) -> Bool {
        // "NO AINES NO aspirina", "NÃO dipirona": a drug forbidden by a capitalised "no" before it (round 9).
        if i >= 1, ["no", "nao"].contains(text.folded[i - 1]), text.tokens[i - 1].isAllCaps, text.tokens[i - 1].letters >= 2, Self.plainGap(text.gap(after: i - 1)) { return true }
        // "dipirona NO (alergia)", "ibuprofeno: NO", "aspirin - NO": a drug refused right after its name.
        if i + 1 < text.tokens.count, ["no", "nao"].contains(text.folded[i + 1]), text.tokens[i + 1].isAllCaps || text.gap(after: i).contains(":") || text.gap(after: i).contains("-"),
           !text.gap(after: i).contains("\n") { return true }
        // "Flumazenil no (riesgo convulsivo).", "ketorolaco no." : a drug answered no right after its name, with its reason.
        if i + 1 < text.tokens.count, ["no", "nao"].contains(text.folded[i + 1]), text.gap(after: i) == " ",
           i + 2 >= text.tokens.count || text.gap(after: i + 1).contains("(") || text.gap(after: i + 1).hasPrefix(".") { return true }
        // "Alergias: penicilina, AINEs", "Allergies: sulfa", "Alergia medicamentosa: dipirona": the allergy field's line.
        var b = i - 1
        while b >= 0, i - b <= 8, !text.gap(after: b).contains("\n"), !text.gap(after: b).contains(".") || text.tokens[b].letters == 1 {
            // "Dx: rinitis alérgica\nConducta: azitromicina": the word before the label must be on the label's line.
            if text.gap(after: b).contains(":"), Self.allergyWords.contains(text.folded[b])
                || b > 0 && !text.gap(after: b - 1).contains("\n") && Self.allergyWords.contains(text.folded[b - 1]) { return true }
            if text.gap(after: b).contains(":") { break }
            b -= 1
        }
        var k = i - 1
        var seen = 0
        while k >= 0, seen < 8 {
            let gap = text.gap(after: k)
            if gap.contains("\n") || gap.contains(".") || gap.contains(";") || gap.contains(":") { return false }
            // "dipirona NO (alergia), tramadol 50 mg": a closed parenthetical belongs to the drug before.
            if gap.contains(")") { return false }
            let f = text.folded[k]
            if Self.allergyWords.contains(f) || Self.avoidWords.contains(f) { return true }
            if ["no", "not", "nao", "nunca", "never"].contains(f), k + 1 < i,
               ["usar", "use", "tomar", "take", "administrar", "give", "dar", "tome", "use", "usa", "usen"].contains(text.folded[k + 1]) { return true }
            // "No toma aspirina", "not taking metformin", "niega uso de warfarina", "sin tratamiento con insulina", "not on
            // anticoagulants": a use denied (round 7).
            if ["no", "not", "nao", "niega", "denies", "sin", "without"].contains(f), k + 1 < i, Self.plainGap(gap) {
                let next = text.folded[k + 1]
                let denied = ["sin", "without"].contains(f) ? ["tratamiento", "treatment", "uso"].contains(next)
                    : Self.takeVerbs.contains(next) || ["uso", "use", "consumo", "tratamiento", "treatment"].contains(next)
                if denied { return true }
            }
            // "No iniciar levotiroxina", "no se inicia anticoagulación con warfarina", "do not start metformin", "não iniciar":
            // a drug decided against (round 7).
            if ["no", "not", "nao"].contains(f), k + 1 < i, Self.plainGap(gap) {
                var v = k + 1
                if text.folded[v] == "se" || text.folded[v] == "to", v + 1 < i { v += 1 }
                if Self.startVerbs.contains(text.folded[v]) { return true }
            }
            // "NO AINES, no aspirina", "não dipirona": a "no" opening the clause right before the drug forbids it.
            if ["no", "nao"].contains(f), k == i - 1, k == 0 || [",", "\n", "-", ";", ":", "*"].contains(where: { text.gap(after: k - 1).contains($0) }) { return true }
            if gap.contains(",") || gap.contains("(") { return false }
            k -= 1
            seen += 1
        }
        return false
    }

    /// A drug the patient took before, in the clause that tells so: "Ha recibido acetaminofén y naproxeno sin
    /// mejoría", "Hospital course: treated with ceftriaxone and azithromycin", "buena respuesta a ampicilina-sulbactam",
    /// "completó amoxicilina", "previously on metformin". Only this mention: a later one may still be current.
    private func isPastTreatment(at i: Int) -> Bool {
        var k = i - 1
        var seen = 0
        // An ingestion or an overdose is no prescription: "Ingesta de alcohol y 10 comp de clonazepam 2 mg", "overdose of
        // metoprolol" — in the same phrase, not across a list's comma ("abundante ingesta de líquidos, fenazopiridina").
        var g = i - 1
        while g >= 0, i - g <= 8, !text.gap(after: g).contains(where: { ",.;:\n".contains($0) }) {
            if ["ingesta", "ingirio", "ingiere", "ingested", "ingestion", "sobredosis", "overdose", "intoxicacion", "ingeriu"].contains(text.folded[g]) { return true }
            g -= 1
        }
        // "após 48h de ceftriaxona", "tras 3 días de amoxicilina", "after 5 days of vancomycin": a course that came before.
        if i >= 3, ["de", "of"].contains(text.folded[i - 1]) {
            var d = i - 2
            if Self.durationUnits.contains(text.folded[d]) || Self.intervalUnits.contains(text.folded[d]) { d -= 1 }
            if d >= 1, text.tokens[d].digits > 0, ["apos", "tras", "after"].contains(text.folded[d - 1]) { return true }
        }
        // "Ya usó peróxido de benzoilo sin mejoría", "tried ibuprofen without relief": a treatment that failed.
        var a = i + 1
        while a + 1 < text.tokens.count, a - i <= 10, !text.gap(after: a - 1).contains("\n"), !text.gap(after: a - 1).contains(";"),
              !text.gap(after: a - 1).contains(".") || text.tokens[a - 1].letters == 1 || text.tokens[a - 1].isNumber {
            if Self.failedTreatmentPairs[text.folded[a]] == text.folded[a + 1], !text.gap(after: a).contains("\n") { return true }
            a += 1
        }
        while k >= 0, seen < 10 {
            let gap = text.gap(after: k)
            // "Tratamiento recibido: ampicilina sulbactam IV 5 días", "Treatment received: …": a header of past treatment.
            if gap.contains(":"), !gap.contains("\n"), Self.pastTreatmentWords.contains(text.folded[k]) { return true }
            if gap.contains("\n") && !wrappedLine(after: k) || gap.contains(".") && !(text.tokens[k].letters == 1) || gap.contains(";") || gap.contains(":") { return false }
            let f = text.folded[k]
            // "… y luego clindamicina oral", "then switched to amoxicillin": what follows a switch is taken now.
            if ["luego", "then", "despues", "posteriormente", "switched", "cambio", "changed", "now", "ahora", "actualmente"].contains(f) { return false }
            if Self.pastTreatmentWords.contains(f) { return true }
            if k + 1 < i, let second = Self.pastTreatmentPairs[f], second == text.folded[k + 1] || second == "con" && text.folded[k + 1] == "com" { return true }
            k -= 1
            seen += 1
        }
        return false
    }

    static let pastTreatmentWords: Set<String> = [
        "recibio", "recibido", "recibida", "recibidos", "received", "completo", "completed", "completado", "previamente",
        "previously", "tried", "failed", "fracaso", "probo", "recebeu", "usou",
        // "tomaba losartán, cambiado a metildopa": what the patient used to take.
        "tomaba", "usaba", "tomava", "usava",
        // "consider phenobarbital", "considerar haloperidol si agitación": a drug considered is not prescribed.
        "consider", "considerar", "considere", "considerer",
        // "si no mejora valorar paliperidona de depósito", "plantear metotrexato", "evaluar inicio de insulina": weighed, not given (round 7).
        "valorar", "valorara", "plantear", "evaluar", "considering", "contemplate",
        // "Se administraron dipirona 1 g EV, metoclopramida 10 mg EV y SF 0,9% 500 ml EV", "se le administró manitol 20%",
        // "administrou-se dipirona": a dose told in the past tense was already given (round 9; the labelling conventions).
        // Not the participle: the development sets label a "Tratamiento administrado:" header's drugs.
        "administro", "administraron", "administrou", "administraram", "pasaron",
    ]
    /// "sin mejoría", "sin respuesta", "sem melhora", "without improvement", "without relief", "no improvement".
    static let failedTreatmentPairs: [String: String] = [
        "sin": "mejoria", "sem": "melhora", "without": "improvement", "no": "improvement",
    ]
    /// Two-word cues, first word → second: "treated with", "respuesta a", "response to", "was on", "se trató con".
    static let pastTreatmentPairs: [String: String] = [
        "treated": "with", "respuesta": "a", "response": "to", "was": "on", "prior": "to", "trato": "con",
        // "tratada con oxacilina IV 5 días y luego clindamicina oral": the course before the switch (round 6).
        "tratada": "con", "tratado": "con", "manejada": "con", "manejado": "con",
        // "tratada com ceftriaxona por 5 dias", "covered with insulin", "cubierta con insulina", "fez uso de" (round 7).
        "covered": "with", "cubierto": "con", "cubierta": "con", "fez": "uso",
    ]

    /// A drug word that names something else: a lab value ("Potasio 5,6 mEq/L"), a
    /// deficiency ("Iron deficiency anemia", "déficit de hierro") or a drug being stopped
    /// ("suspender ibuprofeno", "discontinue aspirin").
    private func isNotATreatment(name i: Int, end nameEnd: Int) -> Bool {
        let t = text.tokens
        let f = text.folded
        // "insulina basal 28", "testosterona total 78", "free testosterone", "digoxina sérica 2,1", "vancomycin trough 18": a
        // hormone or a drug level measured, not given (round 7).
        if nameEnd + 1 < t.count, text.gap(after: nameEnd) == " ", Self.measuredWords.contains(f[nameEnd + 1]) {
            let v = nameEnd + 2
            if v < t.count, t[v].isNumber || text.gap(after: nameEnd + 1).contains(":") || ["de", "of"].contains(f[v]) { return true }
        }
        if i >= 1, ["free", "total", "serum", "libre", "dosaje", "dosagem"].contains(f[i - 1]), Self.plainGap(text.gap(after: i - 1)),
           nameEnd + 1 < t.count, t[nameEnd + 1].isNumber { return true }
        // "resistencia a la insulina", "insulin resistance", "resistência à insulina", "sensibilidad a la insulina": a condition
        // named after a drug (round 7).
        if nameEnd + 1 < t.count, text.gap(after: nameEnd) == " ", ["resistance", "sensitivity", "resistencia"].contains(f[nameEnd + 1]) { return true }
        let resistanceWords: Set<String> = ["resistencia", "resistance", "sensibilidad", "sensitivity", "sensibilidade", "resistente", "resistant"]
        var r = i - 1
        if r >= 1, ["la", "el"].contains(f[r]) { r -= 1 }
        if r >= 1, ["a", "to", "al"].contains(f[r]), resistanceWords.contains(f[r - 1]) { return true }
        // "Labs: free testosterone 12 pg/mL, estradiol 40", "Laboratorio: … insulina 18": a result in a results field (round 7).
        if nameEnd + 1 < t.count, t[nameEnd + 1].isNumber, inResultsField(i) {
            var v = nameEnd + 1
            while v + 1 < t.count, t[v + 1].isNumber, [".", ","].contains(text.gap(after: v)) { v += 1 }
            if v + 1 >= t.count || !Self.drugUnits.contains(f[v + 1]) || text.gap(after: v + 1) == "/" { return true }
        }
        // "INSULINA NPH 100 UI/ml": an insulin's strength, not a lab value.
        if f[i].hasPrefix("insulin") { return false }
        // number [, decimals] unit / dL|L right after the name: a concentration.
        var k = nameEnd + 1
        if k < t.count, t[k].isNumber {
            while k + 1 < t.count, t[k + 1].isNumber, [".", ","].contains(text.gap(after: k)) { k += 1 }
            // "250 mg/5 ml", "200 mg/ml" are a syrup's strength; "8 ng/mL", "340 UI/mL" are lab values.
            if k + 2 < t.count, text.gap(after: k).trimmingWhitespace().isEmpty, Self.doseUnits.contains(f[k + 1]) || f[k + 1] == "ng" || f[k + 1] == "pg",
               text.gap(after: k + 1) == "/", Self.concentrationDenominators.contains(f[k + 2]),
               f[k + 2] != "ml" || ["ng", "pg", "ui", "u", "mui", "uui", "iu"].contains(f[k + 1]) { return true }
        }
        if nameEnd + 1 < t.count, text.gap(after: nameEnd) == " ", Self.deficiencyWords.contains(f[nameEnd + 1]) { return true }
        if i >= 2, f[i - 1] == "de", Self.deficiencyWords.contains(f[i - 2]) { return true }
        // "sulfato ferroso 3 mg/kg/día (30 mg de hierro elemental)", "500 mg of elemental calcium": the content of the
        // drug before, not another drug.
        if i >= 3, ["de", "of"].contains(f[i - 1]), Self.doseUnits.contains(f[i - 2]), t[i - 3].isNumber { return true }
        if i >= 4, f[i - 1] == "elemental", ["de", "of"].contains(f[i - 2]), Self.doseUnits.contains(f[i - 3]) { return true }
        // "dieta baja en potasio", "rica en hierro", "low in sodium": a diet, not a drug.
        if i >= 2, ["en", "in"].contains(f[i - 1]), ["baja", "bajo", "rica", "rico", "alta", "alto", "pobre", "low", "high", "rich"].contains(f[i - 2]) { return true }
        // "creatinina 3,8 mg/dL, potasio 5,4": an analyte and its value, without a dose unit.
        // "Potasio ............. 5,4 mEq/L": a result line behind dot leaders; "potasio interpretar con precaución": no dose at all.
        if Self.analytes.contains(f[i]), nameEnd + 1 < t.count, text.gap(after: nameEnd).contains("..") { return true }
        // "laboratorios (creatinina, potasio) en 1 semana", "BMP, magnesium": an analyte listed beside another test (round 9).
        if Self.analytes.contains(f[i]), i >= 1, text.gap(after: i - 1).trimmingWhitespace() == ",",
           Self.analytes.contains(f[i - 1]) || Self.labTests.contains(f[i - 1]) { return true }
        if Self.analytes.contains(f[i]), !(nameEnd + 1..<min(t.count, nameEnd + 4)).contains(where: { t[$0].digits > 0 }) { return true }
        if Self.analytes.contains(f[i]), nameEnd + 1 < t.count, t[nameEnd + 1].isNumber, text.gap(after: nameEnd) == " " {
            var v = nameEnd + 1
            while v + 1 < t.count, t[v + 1].isNumber, [".", ","].contains(text.gap(after: v)) { v += 1 }
            if v + 1 >= t.count || !Self.doseUnits.contains(f[v + 1]) || text.gap(after: v).contains(",") { return true }
        }
        return false
    }

    // MARK: details

    /// The last token that still belongs to this medication's description.
    private func window(after nameEnd: Int) -> Int {
        let t = text.tokens
        var k = nameEnd
        while k + 1 < t.count, k - nameEnd < 18 {
            let gap = text.gap(after: k)
            if gap.contains("\n") && !continuesOnNextLine(after: k) || gap.contains(";") { break }
            if gap.contains(".") && !(t[k].isNumber && t[k + 1].isNumber && gap == ".") && !Self.dottedAbbreviations.contains(text.folded[k]) {
                let next = t[k + 1]
                // "Nitrofurantoína 100 mg cápsulas. Tomar 1 cada 12 horas": a prescription's instruction goes on.
                if next.isCapitalized && !next.isAllCaps && !Self.instructionVerbs.contains(text.folded[k + 1]) { break }
            }
            if gap.contains(","), lexiconMatch(at: k + 1) != nil || fallbackName(at: k + 1) != nil { break }
            if lexiconMatch(at: k + 1) != nil, !Self.qualifiers.contains(text.folded[k + 1]) { break }
            k += 1
        }
        return k
    }

    /// "AAS 300 mg VO/SNG\nc/24 hs", "rota a cefalexina\n500 mg VO c/6 hs", "Rivaroxabán 20 mg comp. x 28\n   1 comp. con la
    /// cena": a drug's instruction goes on after one line break when the next line opens in lower case or with an amount
    /// (not a numbered item, not a field of its own, not another drug) and this line ends in no sentence mark (round 7).
    private func continuesOnNextLine(after k: Int) -> Bool {
        let gap = text.gap(after: k)
        guard gap.filter({ $0 == "\n" }).count == 1, k + 1 < text.tokens.count,
              !gap.contains(where: { ".;:,".contains($0) }) || gap.trimmingWhitespace() == "." && Self.dottedAbbreviations.contains(text.folded[k]) else { return false }
        let next = text.tokens[k + 1]
        if lexiconMatch(at: k + 1) != nil || fallbackName(at: k + 1) != nil { return false }
        let after = k + 2 < text.tokens.count ? text.gap(after: k + 1) : ""
        if after.hasPrefix(":") { return false }
        // "2. Losartán", "3) omeprazol", "1 - metformina": the next item of a numbered list.
        if next.isNumber {
            let mark = after.trimmingWhitespace()
            return !([".", ")", "-", ".-"].contains(mark) && after.last?.isWhitespace == true)
        }
        return next.isWord && !next.isCapitalized && !next.isAllCaps || next.letters == 1 && text.folded[k + 1] == "c" && after == "/"
    }

    private func readDetails(from start: Int, to end: Int, into medication: inout Medication) {
        guard start <= end else { return }
        let t = text.tokens
        var k = start
        var asNeeded: String?
        var asNeededRange: (Int, Int)?
        var frequencyRange: (Int, Int)?
        var then = false
        var parts: [(start: Int, end: Int, kind: FrequencyChain.Kind)] = []
        let chain = FrequencyChain(text: text)
        while k <= end {
            let f = text.folded[k]
            if medication.dose == nil, let (dose, unit, next) = doseAt(k, limit: end) {
                medication.dose = dose
                medication.unit = unit
                k = next
                continue
            }
            if medication.route == nil, let (route, next) = routeAt(k, limit: end) {
                medication.route = route
                k = next
                continue
            }
            if let courseEnd = chain.courseEnd(at: k, limit: end) {
                if medication.duration == nil, let (duration, _) = durationAt(k, limit: end) { medication.duration = duration }
                parts.append((k, courseEnd, .course))
                k = courseEnd + 1
                continue
            }
            if let (duration, next) = durationAt(k, limit: end) {
                if medication.duration == nil { medication.duration = duration }
                k = next
                continue
            }
            if Self.thenWords.contains(f) { then = true }
            if let (frequency, next) = frequencyAt(k, limit: end) {
                parts.append((k, next - 1, .timing))
                if Self.asNeededStarts.contains(f) || Self.isAsNeeded(frequency) {
                    if asNeeded == nil {
                        // "c/8h solo si dolor", "only if needed", "somente se dor": the restriction is the instruction's (round 7).
                        let from = k > start && ["solo", "only", "somente", "apenas", "unicamente"].contains(text.folded[k - 1]) && text.gap(after: k - 1) == " " ? k - 1 : k
                        asNeeded = from == k ? frequency : span(from, next - 1)
                        asNeededRange = (from, next - 1)
                    }
                } else if medication.frequency == nil {
                    medication.frequency = frequency
                    frequencyRange = (k, next - 1)
                } else if let first = medication.frequency, Self.isTiming(frequency) || Self.isTiming(first), !first.contains(frequency) {
                    // "BID con comidas", "em jejum 1x/dia", "c/24h en la mañana": an interval and its time of day.
                    medication.frequency = "\(first) \(frequency)"
                } else if then, let first = medication.frequency, !first.contains(" luego ") {
                    // "2 g IV dosis inicial y luego 1 g IV c/4 h": the loading dose and the regimen that follows.
                    medication.frequency = "\(first) luego \(frequency)"

                }
                k = next
                continue
            }
            _ = t
            k += 1
        }
        if let asNeeded {
            medication.frequency = medication.frequency.map { "\($0) \(asNeeded)" } ?? asNeeded
            // The instruction as written when its parts lie close: "c/12h por 5 días si dolor", "si falta de aire, hasta c/6h",
            // "antes de almuerzo y cena si HGT > 200" — a duration or a "hasta" between them stays where the note puts it (round 7).
            if let (fs, fe) = frequencyRange, let (a, b) = asNeededRange, medication.frequency?.contains(" luego ") == false {
                let (first, last) = fs < a ? ((fs, fe), (a, b)) : ((a, b), (fs, fe))
                let between = first.1 + 1 < last.0 ? (first.1 + 1..<last.0).map { text.folded[$0] } : []
                let gaps = (first.1..<last.0).map { text.gap(after: $0) }
                if between.count <= 4, !gaps.contains(where: { $0.contains("\n") || $0.contains(";") || $0.contains(".") && !$0.hasPrefix(".") }),
                   between.allSatisfy({ Self.durationGlue.contains($0) || Self.durationUnits.contains($0) || $0.first?.isNumber == true }) {
                    medication.frequency = span(first.0, last.1)
                }
            }
        }
        // The instruction as written when its parts are one span holding every word read above: "c/8h x 7 días",
        // "q4h and q2h PRN", "en la mañana y 8 UI en la noche" (round 9).
        if let (chained, _) = chain.span(of: parts, limit: end), let composed = medication.frequency,
           Set(TextFolding.fold(composed).split(separator: " ")).subtracting(["luego"]).isSubset(of: Set(TextFolding.fold(chained).split(whereSeparator: { " (),".contains($0) }))) {
            medication.frequency = chained
        }
    }

    private func span(_ a: Int, _ b: Int) -> String { text.text.string(text.tokens[a].start..<text.tokens[b].end) }

    /// "500 mg", "2,5 mg", "250 mg/5 ml", "100/50 mcg", "3 mg/kg/día", "1%".
    private func doseAt(_ k: Int, limit: Int) -> (String, String?, Int)? {
        let t = text.tokens
        // "50mg", "0.5mg", "10ml": a dose glued to its unit (round 7); "8h" is a frequency, "D3" a name.
        if let glued = gluedDose(k, limit: limit) { return glued }
        guard t[k].isNumber else {
            // "8h"-style tokens are frequencies, "D3" is a name: only plain numbers start a dose.
            return nil
        }
        var numberEnd = k
        while numberEnd + 1 <= limit, t[numberEnd + 1].isNumber, [".", ",", "/"].contains(text.gap(after: numberEnd)) { numberEnd += 1 }
        if text.gap(after: numberEnd).hasPrefix("%") { return (span(k, numberEnd), "%", numberEnd + 1) }
        guard numberEnd + 1 <= limit, text.gap(after: numberEnd).trimmingWhitespace().isEmpty,
              Self.doseUnits.contains(text.folded[numberEnd + 1]) else { return nil }
        var unitEnd = numberEnd + 1
        // "mg/5 ml", "mg/kg" belong to the unit; "/día" is a frequency.
        while unitEnd + 1 <= limit, text.gap(after: unitEnd) == "/" {
            let next = text.folded[unitEnd + 1]
            if Self.perDay.contains(next) { break }
            if t[unitEnd + 1].isNumber, unitEnd + 2 <= limit, Self.doseUnits.contains(text.folded[unitEnd + 2]) { unitEnd += 2; continue }
            if Self.doseUnits.contains(next) || next == "kg" || next == "m2" { unitEnd += 1; continue }
            // "80 ml/h", "8 mg/h", "0.1 mcg/kg/min": an infusion's rate (round 7).
            if ["h", "hr", "hora", "min"].contains(next) { unitEnd += 1; break }
            break
        }
        return (span(k, numberEnd), span(numberEnd + 1, unitEnd), unitEnd + 1)
    }

    /// "50mg" → ("50", "mg"), "0.5mg" (tokens "0", "5mg") → ("0.5", "mg"), "10ml" → ("10", "ml").
    private func gluedDose(_ k: Int, limit: Int) -> (String, String?, Int)? {
        let t = text.tokens
        var g = k
        if t[k].isNumber, k + 1 <= limit, [".", ","].contains(text.gap(after: k)) { g = k + 1 }
        guard t[g].digits > 0, t[g].letters > 0 else { return nil }
        let f = text.folded[g]
        let digits = f.prefix { $0.isNumber }
        let unit = String(f.dropFirst(digits.count))
        guard digits.count == t[g].digits, Self.drugUnits.contains(unit) || unit == "ml" else { return nil }
        let raw = t[g].text
        let number = String(raw.prefix(digits.count)), unitText = String(raw.dropFirst(digits.count))
        return (g == k ? number : span(k, k) + text.gap(after: k) + number, unitText, g + 1)
    }

    private func routeAt(_ k: Int, limit: Int) -> (String, Int)? {
        let f = text.folded[k]
        if f == "via" || f == "by", k + 1 <= limit, Self.routes.contains(text.folded[k + 1]) || text.folded[k + 1] == "mouth" {
            return (span(k, k + 1), k + 2)
        }
        // "por sonda", "por SNG", "via gastrostomía": a tube is the route (round 7).
        if ["por", "via", "per"].contains(f), k + 1 <= limit, ["sonda", "sng", "gastrostomia", "peg", "ngt", "tube", "sog"].contains(text.folded[k + 1]) { return (span(k, k + 1), k + 2) }
        // "i/v", "s/c", "e/v": Uruguay's and Argentina's slashed routes (round 7).
        if ["i", "s", "e"].contains(f), k + 1 <= limit, text.gap(after: k) == "/", ["v", "c", "m"].contains(text.folded[k + 1]) { return (span(k, k + 1), k + 2) }
        // "V.O." is tokenized as "V", "O".
        if f == "v", k + 1 <= limit, text.gap(after: k) == ".", ["o", "i", "e"].contains(text.folded[k + 1]) { return (span(k, k + 1) + ".", k + 2) }
        if Self.routes.contains(f), text.tokens[k].letters >= 2 || text.tokens[k].isAllCaps { return (text.tokens[k].text, k + 1) }
        return nil
    }

    private func durationAt(_ k: Int, limit: Int) -> (String, Int)? {
        let f = text.folded[k]
        guard ["por", "x", "for", "durante", "during"].contains(f), k + 2 <= limit, text.tokens[k + 1].isNumber,
              Self.durationUnits.contains(text.folded[k + 2]) else { return nil }
        return (span(k, k + 2), k + 3)
    }

    private func frequencyAt(_ k: Int, limit: Int) -> (String, Int)? {
        let t = text.tokens
        let f = text.folded
        func word(_ j: Int) -> String? { j <= limit ? f[j] : nil }
        // cada 8 horas / every 8 hours / cada mañana / every morning
        if f[k] == "cada" || f[k] == "every" {
            if word(k + 1) != nil, t[k + 1].isNumber, let u = word(k + 2), Self.intervalUnits.contains(u) { return (span(k, k + 2), k + 3) }
            if let n = word(k + 1), Self.partsOfDay.contains(n) { return (span(k, k + 1), k + 2) }
            if word(k + 1) == "other", word(k + 2) == "day" { return (span(k, k + 2), k + 3) }
            // "cada 8h"
            if k + 1 <= limit, t[k + 1].digits > 0, t[k + 1].letters > 0 { return (span(k, k + 1), k + 2) }
        }
        // Ranges: "q4-6h", "c/4-6 h", "cada 4-6 horas", "cada 4 a 6 horas", "every 4 to 6 hours".
        if let range = intervalRangeAt(k, limit: limit) { return range }
        // "p/ 8 h" (para 8 horas): an infusion's time (round 7).
        if f[k] == "p", k + 2 <= limit, text.gap(after: k).hasPrefix("/"), t[k + 1].isNumber, let u = word(k + 2), ["h", "hs", "hrs", "horas"].contains(u) { return (span(k, k + 2), k + 3) }
        // c/8h, c/8 h, c/12 hrs
        if f[k] == "c", k + 1 <= limit, text.gap(after: k) == "/", t[k + 1].digits > 0 {
            if t[k + 1].letters > 0 { return (span(k, k + 1), k + 2) }
            if let u = word(k + 2), Self.intervalUnits.contains(u) { return (span(k, k + 2), k + 3) }
            return (span(k, k + 1), k + 2)
        }
        // q8h, q 8 h, bid, tid, daily, nightly, diario…
        if f[k] == "prn" || f[k] == "sos", let withSymptom = asNeededAt(k, limit: limit) { return withSymptom }
        if Self.singleWordFrequencies.contains(f[k]) { return (t[k].text, k + 1) }
        // "q8h", "q5min", "q72h", "q2wk", "q3d": "q", a number and any interval unit.
        if f[k].hasPrefix("q"), t[k].digits > 0, f[k].dropFirst().prefix(while: { $0.isNumber }).count == t[k].digits,
           Self.qIntervalUnits.contains(String(f[k].dropFirst(1 + t[k].digits))) { return (t[k].text, k + 1) }
        // una vez al día / dos veces al día / once daily / twice a day / three times daily
        if Self.countWords.contains(f[k]) {
            var j = k + 1
            if word(j) == "vez" || word(j) == "veces" || word(j) == "times" { j += 1 }
            if word(j) == "al" || word(j) == "por" || word(j) == "a" || word(j) == "per" {
                if let u = word(j + 1), ["dia", "day", "semana", "week", "noche", "night", "ano", "year", "mes", "month"].contains(u) { return (span(k, j + 1), j + 2) }
            }
            if let u = word(j), ["daily", "diario", "diaria", "diarias", "diarios", "weekly", "semanal"].contains(u), j > k + 1 || f[k] == "once" || f[k] == "twice" {
                return (span(k, j), j + 1)
            }
        }
        // al día / por día / a day / per day
        if (f[k] == "al" || f[k] == "por" || f[k] == "per") , word(k + 1) == "dia" || word(k + 1) == "day" { return (span(k, k + 1), k + 2) }
        // en la noche / por la mañana / at bedtime / at night / antes del desayuno / en ayunas
        if (f[k] == "en" || f[k] == "por"), word(k + 1) == "la", let p = word(k + 2), Self.partsOfDay.contains(p) { return (span(k, k + 2), k + 3) }
        // "por noche", "de noche", "a la noche", "en las noches", "por las mañanas".
        if ["por", "de", "en"].contains(f[k]), let p = word(k + 1), ["noche", "noches", "manana", "mananas"].contains(p) { return (span(k, k + 1), k + 2) }
        if ["a", "en", "por"].contains(f[k]), let a = word(k + 1), ["la", "las"].contains(a), let p = word(k + 2), Self.partsOfDay.contains(p) {
            return (span(k, k + 2), k + 3)
        }
        // An infusion's time: "1000 ml IV para 8 horas", "SRO 50 ml/kg en 4 horas", "over 30 minutes", "a pasar en 2 h".
        if ["para", "en", "over", "in"].contains(f[k]), k + 2 <= limit, t[k + 1].isNumber, let u = word(k + 2),
           ["horas", "hora", "h", "hs", "hrs", "hours", "hour", "hr", "minutos", "min", "minutes", "mins"].contains(u) {
            return (span(k, k + 2), k + 3)
        }
        if f[k] == "at", let p = word(k + 1), ["bedtime", "night", "noon"].contains(p) { return (span(k, k + 1), k + 2) }
        if f[k] == "in", word(k + 1) == "the", let p = word(k + 2), ["morning", "evening"].contains(p) { return (span(k, k + 2), k + 3) }
        if f[k] == "en", word(k + 1) == "ayunas" { return (span(k, k + 1), k + 2) }
        // a demanda / as needed / si hay fiebre / si dolor
        if f[k] == "a", word(k + 1) == "demanda" { return (span(k, k + 1), k + 2) }
        // c/día, c/noche
        if f[k] == "c", k + 1 <= limit, text.gap(after: k) == "/", let u = word(k + 1), Self.perDay.contains(u) || Self.partsOfDay.contains(u) {
            return (span(k, k + 1), k + 2)
        }
        // "de 8/8h", "de 12/12 horas": the Portuguese interval keeps its "de" (round 7).
        if f[k] == "de", k + 2 <= limit, t[k + 1].isNumber, text.gap(after: k) == " ", text.gap(after: k + 1) == "/",
           let (_, next) = frequencyAt(k + 1, limit: limit) { return (span(k, next - 1), next) }
        // 12/12h, 8/8 h (Portuguese intervals)
        if t[k].isNumber, k + 1 <= limit, text.gap(after: k) == "/", t[k + 1].digits == t[k].digits || t[k + 1].digits > 0 {
            if t[k + 1].letters == 1, f[k + 1].hasSuffix("h") { return (span(k, k + 1), k + 2) }
            if t[k + 1].isNumber, let u = word(k + 2), ["h", "hs", "hrs", "horas"].contains(u) { return (span(k, k + 2), k + 3) }
        }
        // 1x ao dia, 2x al día, 3x/semana
        if t[k].digits > 0, t[k].letters == 1, f[k].hasSuffix("x") {
            var j = k + 1
            if let w = word(j), ["ao", "al", "por", "a", "per"].contains(w) { j += 1 }
            if let u = word(j), ["dia", "day", "semana", "week", "noche"].contains(u) { return (span(k, j), j + 1) }
        }
        if let clock = FrequencyChain(text: text).clockTimeEnd(at: k, limit: limit) { return (span(k, clock), clock + 1) }
        if let rate = FrequencyChain(text: text).rateEnd(at: k, limit: limit) { return (span(k, rate), rate + 1) }
        if let phrase = Self.phraseFrequencies.first(where: { phraseMatches($0, at: k, limit: limit) }) {
            var end = k + phrase.count - 1
            // "después de cada deposición", "según protocolo", "antes de cada comida": the object follows.
            if ["cada", "segun", "according", "per", "del", "de"].contains(phrase.last ?? ""), end + 1 <= limit, t[end + 1].isWord || t[end + 1].letters > 0 { end += 1 }
            // "después de la cena": the article's noun too (round 9).
            if ["la", "el", "las", "los"].contains(f[end]), end > k + phrase.count - 1, end + 1 <= limit, t[end + 1].isWord, text.gap(after: end) == " " { end += 1 }
            // Two meals joined: "con desayuno y cena", "al almuerzo e jantar", "with breakfast and dinner".
            if Self.meals.contains(f[end]), end + 2 <= limit, ["y", "e", "and"].contains(f[end + 1]), Self.meals.contains(f[end + 2]) { end += 2 }
            // "después del almuerzo y la cena", "antes do café e o jantar" (round 9).
            else if Self.meals.contains(f[end]), end + 3 <= limit, ["y", "e", "and"].contains(f[end + 1]), Self.articles.contains(f[end + 2]),
                    Self.meals.contains(f[end + 3]) { end += 3 }
            return (span(k, end), end + 1)
        }
        // As needed: "si disnea", "si hay fiebre", "se dor", "en caso de fiebre", "por razón necesaria", "PRN dolor",
        // "as needed for pain", "at onset of headache", "al inicio del dolor".
        if let (phrase, next) = asNeededAt(k, limit: limit) { return (phrase, next) }
        // Bare "día" / "noche" right after the route or dose: "VO día", "80 mg VO noche".
        if k > 0, Self.perDay.contains(f[k]) || ["noche", "manana", "night", "ayunas"].contains(f[k]), f[k] != "d",
           Self.routes.contains(f[k - 1]) || Self.doseUnits.contains(f[k - 1]) || ["sonda", "sng"].contains(f[k - 1]), text.gap(after: k - 1) == " " {
            return (t[k].text, k + 1)
        }
        // "/día" straight after a dose: "50 mg/día", "40 mg/noche"
        if Self.perDay.contains(f[k]) || ["noche", "manana", "night"].contains(f[k]), k > 0, text.gap(after: k - 1) == "/" {
            return ("/" + t[k].text, k + 1)
        }
        return nil
    }

    /// "q4-6h", "q 4-6 h", "c/4-6h", "cada 4-6 horas", "cada 4 a 6 horas", "every 4 to 6 hours".
    private func intervalRangeAt(_ k: Int, limit: Int) -> (String, Int)? {
        let t = text.tokens
        let f = text.folded
        var n = k
        if f[k].hasPrefix("q"), t[k].letters == 1, t[k].digits > 0 {
            // "q4" holds the first number.
        } else if (f[k] == "c" && text.gap(after: k) == "/") || ["cada", "every", "q"].contains(f[k]) {
            n = k + 1
            guard n <= limit, t[n].isNumber else { return nil }
        } else {
            return nil
        }
        // The second number: after "-" or "a"/"to".
        var m = n + 1
        if m <= limit, text.gap(after: n) == "-", t[m].digits > 0 {
        } else if m + 1 <= limit, ["a", "to", "o", "or"].contains(f[m]), t[m + 1].digits > 0 {
            m += 1
        } else {
            return nil
        }
        // "6h" carries its unit; otherwise a unit word follows.
        if t[m].letters > 0 { return f[m].hasSuffix("h") || f[m].hasSuffix("hrs") || f[m].hasSuffix("hs") ? (span(k, m), m + 1) : nil }
        if m + 1 <= limit, Self.intervalUnits.contains(f[m + 1]) { return (span(k, m + 1), m + 2) }
        return nil
    }

    private func phraseMatches(_ phrase: [String], at k: Int, limit: Int) -> Bool {
        guard k + phrase.count - 1 <= limit else { return false }
        for (n, w) in phrase.enumerated() where text.folded[k + n] != w { return false }
        return true
    }

    private func asNeededAt(_ k: Int, limit: Int) -> (String, Int)? {
        let t = text.tokens
        let f = text.folded
        func word(_ j: Int) -> String? { j <= limit ? f[j] : nil }
        func objectEnd(from j: Int, words: Int) -> Int {
            // The symptom: up to `words` words, stopping at a number or a new instruction.
            var end = j - 1
            var n = 0
            // "si nueva crisis", "if another seizure": a leading word before the symptom.
            let words = j <= limit && ["nueva", "nuevo", "otra", "otro", "new", "another", "mucho", "mucha", "more"].contains(f[j]) ? words + 1 : words
            while end + 1 <= limit, n < words, t[end + 1].isWord, !Self.notSymptoms.contains(f[end + 1]) { end += 1; n += 1 }
            // "si dolor de pecho", "si falta de aire", "se dor no peito": the symptom's complement.
            if end >= j, end + 2 <= limit, ["de", "del", "da", "do", "no", "na", "of", "in"].contains(f[end + 1]), t[end + 2].isWord,
               !Self.notSymptoms.contains(f[end + 2]), text.gap(after: end) == " ", text.gap(after: end + 1) == " " { end += 2 }
            // A compound symptom: "PRN chest pain", "if chest pain", "si mareo vertigo" — a second symptom word.
            if end >= j, end + 1 <= limit, Self.symptoms.contains(f[end + 1]), text.gap(after: end) == " " { end += 1 }
            // "se dor intensa", "si dolor severo", "PRN pain, severe".
            if end >= j, end + 1 <= limit, Self.symptomQualifiers.contains(f[end + 1]), text.gap(after: end) == " " { end += 1 }
            // A threshold: "PRN fiebre mayor de 38.5", "si TA >= 160/110", "if temp > 38".
            if end >= j, end + 1 <= limit {
                var k = end + 1
                if ["mayor", "menor", "above", "over", "greater", "superior", "mas", "arriba"].contains(f[k]) {
                    k += 1
                    if k <= limit, ["de", "que", "than", "a"].contains(f[k]) { k += 1 }
                } else if !text.gap(after: end).contains(where: { ">≥<≤".contains($0) }) {
                    k = limit + 1
                }
                if k <= limit, t[k].isNumber {
                    end = k
                    while end + 1 <= limit, t[end + 1].isNumber, [".", ",", "/"].contains(text.gap(after: end)) { end += 1 }
                }
            }
            // "se dor o fiebre", "si dolor o fiebre", "PRN pain or fever": two symptoms joined.
            if end >= j, end + 2 <= limit, ["o", "or", "y", "and", "ou", "e"].contains(f[end + 1]), Self.symptoms.contains(f[end + 2]) { end += 2 }
            return end
        }
        switch f[k] {
        case "si", "se":
            // "si no concilia el sueño", "si no cede el dolor", "if no relief": a condition denied, to its clause's end (round 7).
            if f[k] == "si" || f[k] == "if", word(k + 1) == "no", let verb = word(k + 2), t[k + 2].isWord, !Self.notSymptoms.contains(verb) {
                var end = k + 2
                while end + 1 <= limit, end - k < 6, t[end + 1].isWord, Self.plainGap(text.gap(after: end)), !Self.notSymptoms.contains(f[end + 1]) || ["el", "la"].contains(f[end + 1]) { end += 1 }
                if end >= k + 3 || text.gap(after: end).contains(where: { ".,;)".contains($0) }) || end == limit { return (span(k, end), end + 1) }
            }
            guard let next = word(k + 1), t[k + 1].isWord, !Self.notSymptoms.contains(next) else { return nil }
            // Portuguese "se" ("if") before any symptom of the shared lexicon: "se náusea", "se falta de ar", "se crise".
            if f[k] == "se", !Self.symptoms.contains(next), !["necessario", "necesario", "falta", "crise", "crisis"].contains(next) { return nil }
            var j = k + 1
            if ["hay", "presenta", "persiste", "tiene", "existe"].contains(next) { j += 1 }
            let end = objectEnd(from: j, words: j == k + 1 ? 1 : 2)
            return end >= j ? (span(k, end), end + 1) : nil
        case "en":
            guard word(k + 1) == "caso", word(k + 2) == "de" else { return nil }
            let end = objectEnd(from: k + 3, words: 2)
            return end >= k + 3 ? (span(k, end), end + 1) : nil
        case "por":
            if word(k + 1) == "razon", word(k + 2) == "necesaria" { return (span(k, k + 2), k + 3) }
            if let next = word(k + 1), ["dolor", "fiebre", "pain", "fever"].contains(next) { return (span(k, k + 1), k + 2) }
            return nil
        case "prn", "sos":
            // "PRN severe pain", "SOS intense headache": a qualifier before the symptom (round 7).
            if let q = word(k + 1), Self.symptomQualifiers.contains(q), let sym = word(k + 2), Self.symptoms.contains(sym) {
                let end = objectEnd(from: k + 2, words: 1)
                return (span(k, end), end + 1)
            }
            let end = objectEnd(from: k + 1, words: 1)
            if end > k, Self.symptoms.contains(f[k + 1]) { return (span(k, end), end + 1) }
            return nil
        case "as":
            guard word(k + 1) == "needed" else { return nil }
            if word(k + 2) == "for" { let end = objectEnd(from: k + 3, words: 2); if end >= k + 3 { return (span(k, end), end + 1) } }
            return (span(k, k + 1), k + 2)
        case "at":
            guard word(k + 1) == "onset", word(k + 2) == "of" else { return nil }
            let end = objectEnd(from: k + 3, words: 2)
            return end >= k + 3 ? (span(k, end), end + 1) : nil
        case "al":
            guard word(k + 1) == "inicio", let d = word(k + 2), ["del", "de"].contains(d) else { return nil }
            var j = k + 3
            if word(j) == "la" || word(j) == "los" || word(j) == "las" { j += 1 }
            let end = objectEnd(from: j, words: 2)
            return end >= j ? (span(k, end), end + 1) : nil
        default:
            return nil
        }
    }

    /// "si dolor", "PRN", "a demanda", "as needed", "al inicio del dolor": an instruction to take the drug when needed.
    static func isAsNeeded(_ phrase: String) -> Bool {
        let f = " " + TextFolding.fold(phrase) + " "
        return [" si ", " se ", " prn", " sos ", " as needed", " a demanda", " al inicio", " at onset", " en caso de", " por razon",
                " por dolor", " por fiebre"].contains { f.contains($0) }
    }

    // MARK: merging

    /// One entry per drug: repeated mentions fill each other's gaps; a bare "insulina" gives way to "insulina glargina".
    static func merge(_ found: [Medication]) -> [Medication] {
        var result: [Medication] = []
        var index: [String: Int] = [:]
        for m in found {
            let key = TextFolding.fold(m.name)
            if let at = index[key] {
                var existing = result[at]
                // "Uses albuterol inhaler 4-5 times per week … albuterol 90 mcg 2 puffs every 4 hours as needed":
                // the mention with a dose is the prescription; a bare earlier mention gives way to it.
                if existing.dose == nil, m.dose != nil {
                    existing = Medication(name: existing.name, dose: m.dose, unit: m.unit, route: m.route ?? existing.route,
                                          frequency: m.frequency ?? existing.frequency, duration: m.duration ?? existing.duration)
                    result[at] = existing
                    continue
                }
                if existing.dose == nil { existing.dose = m.dose; existing.unit = m.unit }
                if existing.route == nil { existing.route = m.route }
                if existing.frequency == nil { existing.frequency = m.frequency }
                if existing.duration == nil { existing.duration = m.duration }
                result[at] = existing
            } else {
                index[key] = result.count
                result.append(m)
            }
        }
        // "insulin glargine 30 units qHS … glargine 20 units SC qHS": an insulin named again without the word "insulin" is the
        // same drug; its mention fills the gaps of the full name's (round 7).
        var keys = result.map { TextFolding.fold($0.name) }
        for (offset, key) in keys.enumerated() {
            guard let full = keys.firstIndex(where: { $0 != key && ($0.hasPrefix("insulin ") || $0.hasPrefix("insulina ")) && $0.hasSuffix(" " + key) }) else { continue }
            var m = result[full]
            let short = result[offset]
            if m.dose == nil { m.dose = short.dose; m.unit = short.unit }
            if m.route == nil { m.route = short.route }
            if m.frequency == nil { m.frequency = short.frequency }
            if m.duration == nil { m.duration = short.duration }
            result[full] = m
            keys[offset] = ""
        }
        return result.enumerated().filter { (offset, _) in
            let key = keys[offset]
            return !key.isEmpty && !keys.contains { other in other != key && other.hasPrefix(key + " ") }
        }.map { $0.element }
    }

    static let qualifiers: Set<String> = [
        "succinato", "succinate", "tartrato", "tartrate", "sodico", "sodium", "potasico", "potassium", "hcl", "er", "xr", "sr",
        "xl", "lp", "retard", "monohydrate", "macrocrystals", "monohidrato", "besilato", "maleato", "clorhidrato", "nph",
        // "micofenolato mofetil", "metoprolol succinato", "amlodipino besilato", "sertralina clorhidrato".
        "mofetil", "mesilato", "fumarato", "bromhidrato", "citrato", "acetato", "valerato", "dipropionato", "propionato",
        // Salts and forms written after the INN: "hierro sacarosa", "isosorbide dinitrato", "fluticasona furoato",
        // "morfina sulfato", "losartán potásico", "hidroxicloroquina sulfato", "amoxicilina trihidrato".
        "sacarosa", "sucrose", "sulfato", "sulphate", "sulfate", "gluconato", "gluconate", "furoato", "furoate", "dinitrato",
        "dinitrate", "mononitrato", "mononitrate", "hidrocloruro", "hydrochloride", "dihidrato", "trihidrato", "trihydrate",
        "bitartrato", "bitartrate", "fosfato", "phosphate", "medoxomilo", "medoxomil", "potasica", "sodica", "calcica",
        "magnesica", "besylate", "maleate", "mesylate", "fumarate", "citrate", "acetate", "decanoato", "polimaltosado",
        // The analogue of an insulin: "insulina glulisina", "insulin aspart", "insulina lispro".
        "glulisina", "glulisine", "glargina", "glargine", "lispro", "aspart", "detemir", "degludec", "isofana", "isophane",
        // A combination's partner written as a salt alone: "amoxicilina/clavulánico", "ampicilina/sulbactam".
        "clavulanico", "clavulanato", "clavulanate",
        // Round 6: "lithium carbonate ER", "hierro sacarato", "carbonato de litio" forms.
        "carbonate", "carbonato", "sacarato", "saccharate", "cr", "mr", "odt",
        // An inhaler's device is part of what the doctor prescribes: "Albuterol HFA", "tiotropium Respimat".
        "hfa", "respimat", "diskus", "ellipta", "turbuhaler", "handihaler",
        // Round 8: Portuguese salts ("losartana potássica", "diclofenaco dietilamônio") and the English diethylamine.
        "potassica", "sodica", "dietilamonio", "dietilamina", "diethylamine", "diethylammonium",
    ]
    static let doseUnits: Set<String> = [
        "mg", "g", "gr", "mcg", "µg", "ug", "ml", "cc", "ui", "iu", "u", "unidades", "units", "unit", "meq", "mmol", "gotas",
        "gota", "gts", "puff", "puffs", "disparos", "disparo", "inhalaciones", "inhalacion", "inhalation", "inhalations",
        "tabletas", "tableta", "tab", "tabs", "comprimidos", "comprimido", "capsulas", "capsula", "capsules", "capsule",
        "tablets", "tablet", "sobres", "sobre", "ampollas", "ampolla", "ampulas", "ampula", "mgkg", "l",
    ]
    static let drugUnits: Set<String> = ["mg", "mcg", "ug", "µg", "g", "ui", "iu", "units", "unidades"]
    static let labDenominators: Set<String> = ["dl", "l", "ml", "mmol", "g", "min", "mm3", "ul", "24h", "h", "m2"]
    static let concentrationDenominators: Set<String> = ["dl", "l", "ml"]
    static let deficiencyWords: Set<String> = ["deficiency", "deficiencia", "deficit", "overload", "sobrecarga", "toxicity", "intoxicacion", "level", "levels", "niveles", "nivel"]
    static let stoppedAfter: Set<String> = [
        "suspendida", "suspendido", "suspendidas", "suspendidos", "suspendio", "held", "discontinued", "stopped", "retirada",
        "retirado", "omitida", "omitido", "discontinue", "suspensa", "suspenso",
        // "La metformina se retiró en julio", "metformin was stopped", "foi suspensa".
        "retiro", "suspendieron", "descontinuada", "descontinuado", "descontinuo", "discontinuada",
        // "anastrozole - completed 2020", "tamoxifeno finalizado en 2021": a course already over.
        "completed", "completada", "completado", "finalizado", "finalizada", "terminado", "terminada", "concluido", "concluida",
        // "Clopidogrel 75 mg por 12 meses (terminou em 2023)", "amoxicilina … por 7 días (completó)", "finished 2024" (round 9).
        "terminou", "termino", "completou", "completo", "finished", "finalizo",
    ]
    /// Words after a drug's name that make it a measurement: "insulina basal 28", "testosterona total 78".
    static let measuredWords: Set<String> = [
        "basal", "total", "libre", "free", "serica", "serico", "plasmatica", "plasmatico", "serum", "plasma", "trough", "valle",
        "pico", "peak", "sanguinea", "urinaria",
    ]
    static let labTests: Set<String> = [
        "creatinina", "creatinine", "cr", "urea", "bun", "glucosa", "glucose", "hemoglobina", "hb", "tsh", "pcr", "crp",
        "electrolitos", "electrolytes", "ionograma", "gases", "lactato", "bmp", "cmp", "hemograma", "cbc", "inr", "rin",
    ]
    static let analytes: Set<String> = [
        "potasio", "sodio", "calcio", "magnesio", "fosforo", "hierro", "potassium", "sodium", "calcium", "magnesium",
        "phosphorus", "iron", "zinc", "cloro", "chloride", "bicarbonato", "bicarbonate",
    ]
    static let symptoms: Set<String> = [
        "dolor", "fiebre", "pain", "fever", "nausea", "nauseas", "vomito", "vomitos", "ansiedad", "anxiety", "insomnio",
        "insomnia", "prurito", "itching", "tos", "cough", "disnea", "dyspnea", "cefalea", "headache", "agitacion", "sibilancias",
        "wheezing", "dor", "febre", "mareo", "diarrea", "dysuria", "disuria", "espasmo", "spasm", "spasms", "colico", "colic",
        "estrenimiento", "constipation", "vertigo", "dizziness", "sleep", "sueno", "migraine", "migrana", "angina", "chest",
        "precordialgia", "convulsion", "seizure", "vomiting", "emesis", "heartburn", "pirosis", "agitation", "congestion",
        // Round 7: "PRN wheeze", "si temblor", "se crise", "PRN SOB", "si hipoglucemia", "if itching", "si picazón".
        "wheeze", "sob", "temblor", "tremor", "crise", "crisis", "hipoglucemia", "hipoglicemia", "hypoglycemia", "picazon", "rash",
        "nauseas", "vomitos", "enjoo", "falta", "ahogo", "palpitaciones", "palpitations", "spasticity", "calambres", "cramps",
        "itch", "agitado", "agitada", "restlessness", "inquietud", "ansiedade", "insonia", "tosse",
    ]
    static let symptomQualifiers: Set<String> = [
        "intensa", "intenso", "severa", "severo", "fuerte", "persistente", "moderada", "moderado", "severe", "intense",
        "persistent", "forte", "intenso", "aguda", "agudo", "toracico", "toracica", "abdominal",
        // "SOS dolor precordial", "si dolor lumbar", "PRN breakthrough pain" (round 7).
        "precordial", "lumbar", "cervical", "articular", "muscular", "dental", "irruptivo", "irruptiva", "breakthrough", "mild",
        "leve", "moderate",
    ]
    /// Words that end an as-needed object ("si dolor; …", "si dolor por 3 días").
    static let notSymptoms: Set<String> = ["por", "x", "for", "durante", "y", "and", "o", "or", "cada", "every", "max", "maximo", "hasta", "then", "luego", "may", "repeat", "repetir", "mg", "via", "vo", "iv", "po"]
    /// Fixed frequencies of several words (folded): "dosis única", "en bolo", "con la cena", "según protocolo".
    static let qIntervalUnits: Set<String> = ["h", "hr", "hrs", "min", "mins", "d", "wk", "w", "mo"]
    static let phraseFrequencies: [[String]] = [
        ["dosis", "unica"], ["dosis", "de", "carga"], ["dosis", "inicial"], ["single", "dose"], ["loading", "dose"], ["en", "bolo"],
        ["con", "la", "cena"], ["con", "el", "desayuno"], ["con", "el", "almuerzo"], ["con", "las", "comidas"], ["con", "cada", "comida"],
        ["con", "comidas"], ["with", "meals"], ["with", "food"], ["antes", "de", "cada"], ["antes", "del", "desayuno"],
        ["antes", "de", "dormir"], ["before", "breakfast"], ["before", "meals"], ["despues", "de", "cada"], ["after", "each"],
        ["em", "jejum"], ["no", "almoco"], ["ao", "deitar"], ["segun", "protocolo"], ["segun"], ["per", "protocol"],
        ["according", "to"], ["ahora"], ["agora"], ["now"], ["once"], ["interdiario"], ["preoperatorio"], ["preoperative"], ["carga"],
        ["bolo"], ["stat"], ["every", "other", "day"],
        // Times of day and of dialysis: "a noite", "al acostarse", "en la mañana", "post HD", "dose de ataque".
        ["a", "noite"], ["a", "la", "noche"], ["al", "acostarse"], ["antes", "de", "acostarse"], ["en", "la", "manana"],
        ["por", "la", "manana"], ["en", "la", "noche"], ["por", "la", "noche"], ["de", "manana"], ["pela", "manha"], ["a", "tarde"],
        ["antes", "das", "refeicoes"], ["antes", "de", "las", "comidas"], ["despues", "de", "las", "comidas"], ["despues", "del"],
        ["despues", "de"], ["after", "meals"], ["at", "bedtime"], ["in", "the", "morning"], ["in", "the", "evening"], ["am"],
        ["pm"], ["qam"], ["qpm"], ["post", "hd"], ["post", "dialisis"], ["pos", "hd"], ["postdialisis"], ["dose", "de", "ataque"],
        ["en", "ayunas"], ["con", "el", "desayuno"], ["ao", "acordar"], ["antes", "do", "cafe"],
        // "en infusión continua", "in continuous infusion", "a chorro", "em bomba de infusão" (round 7).
        ["en", "infusion", "continua"], ["en", "infusion"], ["infusion", "continua"], ["continuous", "infusion"], ["en", "perfusion", "continua"],
        // "día por medio", "dia alterno", "única dosis", "por única vez", "ya", "en BIC", "preprandial" (round 7).
        ["dia", "por", "medio"], ["dia", "de", "por", "medio"], ["dia", "alterno"], ["dias", "alternos"], ["unica", "dosis"],
        ["por", "unica", "vez"], ["una", "sola", "vez"], ["ya"], ["en", "bic"], ["por", "bic"], ["preprandial"], ["postprandial"],
        ["ac", "hs"], ["a", "chorro"], ["em", "infusao", "continua"], ["infusao", "continua"], ["por", "una", "vez"], ["x1"],
        // "todos los días", "con alimentos", "a libre demanda", "on an empty stomach", "q8h scheduled" (round 9).
        ["todos", "los", "dias"], ["todos", "os", "dias"], ["every", "day"], ["con", "alimentos"], ["com", "alimentos"],
        ["con", "los", "alimentos"], ["a", "libre", "demanda"], ["libre", "demanda"], ["on", "an", "empty", "stomach"], ["scheduled"],
    ] + mealPhrases

    /// Meals, in every language of the notes: a frequency may be a meal time ("al almuerzo", "com o jantar").
    static let meals: Set<String> = ["desayuno", "almuerzo", "comida", "cena", "merienda", "jantar", "almoco", "cafe", "lanche", "comidas", "refeicoes",
                                     "breakfast", "lunch", "dinner", "supper"]
    /// Any preposition of a meal time before any meal: "al almuerzo", "con desayuno", "a la cena", "com o jantar", "with lunch".
    static let mealPhrases: [[String]] = {
        let before: [[String]] = [["al"], ["con"], ["con", "el"], ["con", "la"], ["a", "la"], ["antes", "del"], ["antes", "de", "la"],
                                  ["despues", "del"], ["despues", "de", "la"], ["com", "o"], ["com", "a"], ["no"], ["ao"], ["antes", "do"],
                                  ["antes", "da"], ["depois", "do"], ["depois", "da"], ["with"], ["before"], ["after"], ["at"],
                                  // "antes de almuerzo y cena", "después de comidas" (round 7).
                                  ["antes", "de"], ["despues", "de"], ["antes", "de", "las"], ["antes", "de", "los"],
                                  // "al almuerzo y en la cena" (round 9).
                                  ["en", "la"], ["en", "el"],
                                  // Portuguese "após o almoço", "após almoço".
                                  ["apos"], ["apos", "o"], ["apos", "a"]]
        return before.flatMap { p in meals.sorted().map { p + [$0] } }.sorted { $0.count > $1.count }
    }()
    /// A time of day or a meal, not an interval: it goes with the interval beside it.
    static func isTiming(_ frequency: String) -> Bool {
        let words = TextFolding.fold(frequency).split(separator: " ")
        // "en infusión continua" is a way of giving, not a time of day.
        if words.contains(where: { ["infusion", "perfusion", "infusao", "bolo", "chorro"].contains(String($0)) }) { return false }
        let first = words.first.map(String.init) ?? ""
        return timingOpeners.contains(first)
    }
    static let timingOpeners: Set<String> = [
        "con", "with", "antes", "before", "despues", "after", "em", "en", "no", "ao", "al", "a", "por", "in", "at", "am", "pm",
        "post", "pos", "qam", "qpm", "hs", "qhs", "noche", "manana", "ayunas",
        // "1x/dia pela manhã", "antes do café e às 22h", "según glucometría c/6h" (round 7).
        "pela", "pelo", "as", "segun", "apos",
    ]
    static let stopWords: Set<String> = ["interrumpir", "interrumpe", "interrumpo", "interrumpimos", "pausar", "pausa", "cesar", "discontinuar", "descontinuar", "suspender", "suspende", "suspendo", "suspendió", "suspendio", "suspend", "discontinue", "discontinued", "stop", "stopped", "retirar", "retira", "hold", "held", "cease", "omite", "omitir", "omit", "suspendemos", "suspendieron"]
    /// Words between a stop verb and the drug: "stop taking", "dejar de tomar", "suspender el".
    static let stopFillers: Set<String> = [
        "taking", "using", "the", "your", "tomar", "usar", "de", "el", "la", "los", "las", "tratamiento", "con",
        // "Stopped taking her glipizide on her own", "Suspendió por cuenta propia la azatioprina", "se suspende también enalapril".
        "her", "his", "their", "my", "own", "on", "su", "sus", "por", "cuenta", "propia", "tambien", "also", "ademas", "o", "a",
        "uso", "del", "usando", "tomando", "tomar", "medicamento", "medication", "of",
        // "Se suspende infusión de insulina regular", "stop the heparin drip": the form of giving it.
        "infusion", "goteo", "perfusion", "drip", "infusao", "bomba", "administrar", "dar", "recibir", "indicar",
        // "hold home losartan", "suspender la medicación habitual", "stop her usual metformin": the drug taken at home.
        "home", "usual", "habitual", "habituales", "domiciliario", "domiciliaria", "ambulatorio", "ambulatoria", "outpatient",
        // "Se suspende definitivamente haloperidol", "hold temporarily the metformin", "dejó de darle la glibenclamida" (round 7).
        "definitivamente", "temporalmente", "transitoriamente", "momentaneamente", "provisoriamente", "permanently", "temporarily",
        "darle", "darse", "aplicarle", "aplicarse", "ponerle", "administrarle", "tomarse", "usarla", "usarlo",
    ]
    /// Articles between a coordinator and the next drug of a stop: "y el losartán", "and the aspirin".
    /// A fluid's tonicity, written between its name and its strength: "solución salina hipertónica 3%".
    static let tonicities: Set<String> = ["hipertonica", "hipertonico", "isotonica", "isotonico", "hipotonica", "hipotonico", "hypertonic", "isotonic", "hypotonic", "hipertonica"]
    static let articles: Set<String> = ["el", "la", "los", "las", "the", "o", "a", "su", "sus", "his", "her"]
    /// Verbs that tell the patient left a drug or that it was replaced: "dejó", "parou", "abandonó", "sustituye", "instead of".
    static let leftDrugWords: Set<String> = [
        "dejo", "deja", "dejaron", "abandono", "abandona", "parou", "interrompeu", "suspendeu", "quit", "sustituye", "sustituyendo",
        "reemplaza", "reemplazando", "replaces", "replacing", "descontinuar", "descontinua", "descontinuado", "descontinuada",
        "discontinuar", "discontinua",
    ]
    /// Participles written before the drug: "Suspendido naproxeno desde ingreso", "Suspenso haloperidol", "Retirada la
    /// metformina", "Discontinued: aspirin".
    static let stoppedBefore: Set<String> = [
        "suspendido", "suspendida", "suspendidos", "suspendidas", "suspenso", "suspensa", "suspensos", "suspensas", "retirado",
        "retirada", "retiro", "retiramos", "interrumpido", "interrumpida", "descontinuado", "descontinuada", "descontinuo", "descontinuamos", "descontinua",
        "discontinuado", "discontinuada", "discontinuamos", "suspendeu", "suspendemos", "omitido", "omitida",
        // "Pausada la espironolactona por K 6.1", "Paused: metformin" (round 7).
        "pausada", "pausado", "paused",
    ]
    /// Verbs of a change of drug: what follows (not after "a"/"to") is the drug left.
    static let changeVerbs: Set<String> = [
        "cambiar", "cambia", "cambio", "cambiamos", "cambiado", "cambiada", "cambie", "switch", "switched", "switching", "change",
        "changed", "trocar", "troca", "trocado", "trocada", "rotar", "rota", "sustituir", "substituir", "substitui", "reemplazar",
    ]
    /// Verbs of taking in an instruction not to: "no tomar más", "no volver a tomar", "do not take", "não usar".
    static let takeNowVerbs: Set<String> = ["tomar", "tome", "usar", "use", "take", "tomarlo", "tomarla", "consumir", "usa", "toma", "utilizar"]
    /// Verbs of taking, between "ya no"/"no longer" and the drug.
    static let takeVerbs: Set<String> = ["toma", "tomo", "usa", "uso", "recibe", "taking", "takes", "on", "using", "uses", "receiving", "toma", "utiliza"]
    /// Headers of a list of stopped drugs: "Suspendidos:", "Medicamentos suspendidos:", "Discontinued:", "Stopped:".
    static let stopListHeaders: Set<String> = ["suspendidos", "suspendidas", "suspensos", "discontinued", "stopped", "discontinuar", "retirados"]
    static let coordinators: Set<String> = ["y", "and", "e", "o", "or", "ni"]
    static let perDay: Set<String> = ["dia", "d", "day", "24h"]
    static let routes: Set<String> = [
        "vo", "oral", "po", "iv", "ev", "im", "sc", "sq", "subcutanea", "subcutaneo", "subcutaneous", "subcutaneously",
        "intravenosa", "intravenoso", "intravenous", "intravenously", "intramuscular", "intramuscularly", "inhalado", "inhalada",
        "inhaled", "inhalatoria", "topica", "topico", "topical", "sublingual", "sl", "nasal", "rectal", "oftalmica",
        "ophthalmic", "transdermal", "odt", "nebulizado", "nebulizada", "nebulized",
    ]
    static let durationUnits: Set<String> = ["dias", "dia", "days", "day", "semanas", "semana", "weeks", "week", "meses", "mes", "months", "month"]
    static let intervalUnits: Set<String> = ["horas", "hora", "h", "hs", "hrs", "hr", "hours", "hour", "dias", "dia", "days", "day", "minutos", "min", "minutes", "semanas", "weeks", "week", "semana"]
    static let partsOfDay: Set<String> = ["manana", "noche", "tarde", "morning", "night", "evening", "dia", "day", "mananas", "noches"]
    static let singleWordFrequencies: Set<String> = [
        "bid", "tid", "qid", "qd", "od", "qhs", "hs", "prn", "qod", "qam", "qpm", "daily", "nightly", "diario", "diaria",
        "diariamente", "sos", "stat", "weekly", "semanal", "mensual", "monthly",
    ]
    /// Words that may stand between an interval and its as-needed clause in one instruction: "por 5 días", "x 3", "hasta".
    static let durationGlue: Set<String> = ["por", "x", "for", "durante", "hasta", "up", "to", "max", "maximo", "de", "ate"]
    static let asNeededStarts: Set<String> = ["prn", "sos", "a", "as", "si"]
    /// Verbs that open a prescription's instruction sentence after the drug line.
    static let instructionVerbs: Set<String> = [
        "tomar", "take", "aplicar", "apply", "administrar", "administer", "usar", "use", "dar", "give", "colocar", "inhalar",
        "inhale", "instilar", "tome", "aplique", "administre", "use", "tomara", "dissolver", "disolver", "diluir", "masticar",
    ]
    /// "calcio 500 mg con vitamina D3 800 UI una vez al día": drugs taken together share what follows the last.
    static let joiners: Set<String> = ["con", "with", "mas", "plus", "com"]
    /// "luego", "then", "seguido de": what follows is the next step of the same regimen.
    static let thenWords: Set<String> = ["luego", "then", "despues", "posteriormente", "seguido", "followed", "depois"]
    static let countWords: Set<String> = ["una", "dos", "tres", "cuatro", "once", "twice", "three", "four", "1", "2", "3", "4"]
    static let allergyWords: Set<String> = ["alergia", "alergias", "alergico", "alergica", "alergicos", "alergicas", "allergic", "allergy", "allergies", "intolerancia", "intolerant",
                                            // "RAM a dipirona", "reacción adversa a AINE", "adverse reaction to", "sensitivity to codeine" (round 7).
                                            "ram", "adversa", "adverse", "sensitivity", "hipersensibilidad", "hypersensitivity"]
    /// Verbs of starting a drug, after a "no": "no iniciar", "no se inicia", "do not start", "no agregar".
    static let startVerbs: Set<String> = [
        "iniciar", "inicia", "inicio", "indicar", "indica", "prescribir", "agregar", "anadir", "reiniciar", "reinicia", "start",
        "initiate", "begin", "add", "restart", "prescribe", "iniciamos", "indicamos", "introducir", "comenzar", "empezar",
    ]
    static let avoidWords: Set<String> = ["evitar", "avoid", "contraindicado", "contraindicada", "contraindicated"]
    static let dottedAbbreviations: Set<String> = ["v", "o", "i", "e", "mg", "ml", "g", "c", "p", "vo", "max", "aprox", "approx", "tab", "comp", "h", "hrs"]
    /// Words that precede a number and a unit but are not drugs (labs, vitals, quantities).
    static let notDrugs: Set<String> = [
        // Instruction verbs before a dose: "aplicar 20 UI SC", "administrar 2 g", "give 1 g".
        "aplicar", "administrar", "inyectar", "colocar", "tomar", "usar", "apply", "inject", "administer", "aplique", "tome",
        // "noradrenalina en descenso, ahora 0.05 mcg/kg/min": an adverb before a dose (round 6).
        "ahora", "luego", "despues", "actualmente", "hasta", "desde", "inicial", "maxima", "maximo", "total",
        // Routes and forms written between a drug and its dose: "Nitroglicerina sublingual 0,5 mg".
        "sublingual", "intravenosa", "intravenoso", "subcutanea", "subcutaneo", "inhalada", "inhalado", "topica", "topico",
        "oftalmica", "vaginal", "rectal", "transdermico", "transdermica", "nasal", "intramuscular", "jarabe", "suspension",
        "tabletas", "comprimidos", "capsulas", "ampolla", "ampollas", "type", "cross", "units", "bolus",
        "glucosa", "glucemia", "glicemia", "glucose", "creatinina", "creatinine", "colesterol", "cholesterol", "hemoglobina",
        "hemoglobin", "trigliceridos", "triglycerides", "proteinas", "proteina", "protein", "albumina", "albumin", "sodio",
        "potasio", "calcemia", "ferritina", "urea", "lactato", "lactate", "bilirrubina", "acido", "peso", "weight", "dosis",
        "dose", "maximo", "maxima", "maximum", "total", "hasta", "desde", "entre", "ingesta", "dieta", "consumo", "aporte",
        "elemental", "diaria", "diario", "daily", "microalbuminuria", "hierro", "carga", "bolo", "repetir", "repeat",
        "titular", "titrate", "aumentar", "increase", "disminuir", "decrease", "reduce", "reducir", "luego", "then",
        "continuar", "continue", "iniciar", "start", "cambiar", "change", "subir", "bajar", "nivel", "niveles", "level",
        "inhalador", "suspension", "gotas", "jarabe", "crema", "tabletas", "solucion", "ampolla", "frasco", "sobres", "parche",
        "ovulos", "capsulas", "comprimidos", "inhaler", "syrup", "cream", "drops",
        // "Salbutamol spray 100 mcg", "budesonida aerosol 200 mcg", "fentanyl patch 25 mcg": the form of the drug before (round 7).
        "spray", "aerosol", "puffs", "inhalaciones", "nebulizacion", "nebulizaciones", "parches", "patch", "ampula", "sachet",
        // "Transfused 2 units", "se transfunden 2 unidades de GRE": blood products, not a drug.
        "transfused", "transfuse", "transfundir", "transfunden", "transfundio", "transfundieron", "transfusion", "transfusiones",
        // "heparin bolus then infusion 18 units/kg/h": the way of giving, not a drug of its own (round 9).
        "infusion", "infusao", "perfusion", "drip", "goteo", "bomba",
        // "lithium-induced", "steroid-related": a cause, not a second ingredient (round 9).
        "induced", "inducida", "inducido", "related", "associated",
    ]
}
