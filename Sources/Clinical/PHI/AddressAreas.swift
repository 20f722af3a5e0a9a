/// Round 8: addresses as a structure of parts, wherever the note writes them — a settlement's or a neighbourhood's word
/// after a place preposition and before its capitalised name ("en paraje Yaalboc", "del barrio Villa Libertad", "en la
/// vereda El Carmen", "no bairro Jardim América"), more parts after it ("sector Rafael Nuñez", "finca La Esperanza") and a
/// landmark phrase closing it ("a un lado de la iglesia de San Sebastian", "cerca al colegio", "detrás del mercado"); and a
/// postal code after its label ("CEP 01310-100", "ZIP 63115", "C.P. 06700"). A town alone ("vive en Montevideo") is none.
extension AddressScanner {
    func areaSpans() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        var k = 1
        while k + 1 < t.count {
            guard Self.settlementWords.contains(context.folded[k]), Self.placePrepositions.contains(context.folded[k - 1]),
                  context.gap(after: k - 1) == " ", let nameEnd = areaNameEnd(after: namedAfter(qualifiedSettlement(k))), !namesAMicrobe(after: qualifiedSettlement(k)) else { k += 1; continue }
            var end = nameEnd
            // Further parts: ", sector Rafael Nuñez", " finca La Esperanza", ", a un lado de la iglesia …".
            var parts = 0
            while parts < 3, end + 1 < t.count, [", ", " "].contains(context.gap(after: end)) {
                let n = end + 1
                if Self.settlementWords.contains(context.folded[n]) || Self.partWords.contains(context.folded[n]), let e = areaNameEnd(after: n) {
                    end = e
                } else if Self.partWords.contains(context.folded[n]), let e = numberedPartEnd(after: n) {
                    // Round 9: "colonia Escalón, pasaje 3, casa 22", "barrio El Centro, casa 14": a part and its number;
                    // "km 4 camino a Huichahue": a milestone and its road.
                    end = roadEnd(after: e) ?? e
                } else if let e = landmarkPhraseEnd(from: n) {
                    end = e
                } else {
                    break
                }
                parts += 1
            }
            // Round 9: "comunidad Chimboco, Sacaba": the town closing the address, alone before the line's or the sentence's end.
            end = townEnd(after: end) ?? end
            result.append(PHISpan(kind: .address, range: t[k].start..<t[end].end, priority: 5))
            k = end + 1
        }
        return result
    }

    /// One to three capitalised words after ", " that close their line or sentence: the town of an address.
    private func townEnd(after end: Int) -> Int? {
        let t = context.tokens
        guard end + 1 < t.count, context.gap(after: end) == ", ", t[end + 1].isWord, t[end + 1].isCapitalized, !t[end + 1].isAllCaps else { return nil }
        var e = end + 1
        while e + 1 < t.count, e - end < 3, context.gap(after: e) == " ", t[e + 1].isWord, t[e + 1].isCapitalized || ["de", "del", "la"].contains(context.folded[e + 1]) { e += 1 }
        guard t[e].isCapitalized else { return nil }
        let after = e + 1 < t.count ? context.gap(after: e) : "\n"
        return after.contains("\n") || after.hasPrefix(".") || after.hasPrefix(";") ? e : nil
    }

    /// "km 4 camino a Huichahue", "km 12 vía a Daule": the road and its destination after a milestone ending at `e`.
    private func roadEnd(after e: Int) -> Int? {
        let t = context.tokens
        guard context.folded[e - 1] == "km", e + 3 < t.count, context.gap(after: e) == " ",
              ["camino", "carretera", "via", "ruta", "rodovia", "estrada"].contains(context.folded[e + 1]), context.gap(after: e + 1) == " ",
              ["a", "al", "de", "hacia", "para"].contains(context.folded[e + 2]), context.gap(after: e + 2) == " ", t[e + 3].isCapitalized else { return nil }
        var end = e + 3
        while end + 1 < t.count, end - e < 6, context.gap(after: end) == " ", t[end + 1].isWord, t[end + 1].isCapitalized { end += 1 }
        return end
    }

    /// Round 9: "comuna de Padre Las Casas", "comunidad de Chimboco": a district's "de" before its name.
    private func namedAfter(_ k: Int) -> Int {
        guard k + 2 < context.tokens.count, ["comuna", "comunidad", "corregimiento", "aldea", "caserio", "vereda"].contains(context.folded[k]),
              ["de", "del"].contains(context.folded[k + 1]), context.gap(after: k) == " ", context.gap(after: k + 1) == " " else { return k }
        return k + 1
    }

    /// Round 9: Peru's "asentamiento humano Los Olivos": the settlement's adjective before its name.
    private func qualifiedSettlement(_ k: Int) -> Int {
        guard k + 1 < context.tokens.count, context.folded[k] == "asentamiento", ["humano", "humana"].contains(context.folded[k + 1]),
              context.gap(after: k) == " " else { return k }
        return k + 1
    }

    /// Round 9: "se aisló en la colonia Escherichia coli", "en la colonia Klebsiella": a bacterial colony, not a neighbourhood —
    /// a genus (by its ending) or a capitalised word before a species' name.
    private func namesAMicrobe(after k: Int) -> Bool {
        let t = context.tokens
        guard k + 1 < t.count else { return false }
        let f = context.folded[k + 1]
        if ConditionWords.isCondition(f) || Self.genera.contains(f) || Self.genusEndings.contains(where: { f.hasSuffix($0) }) && f.count >= 7 { return true }
        return k + 2 < t.count && context.gap(after: k + 1) == " " && NameScanner.notSurnames.contains(context.folded[k + 2])
    }

    static let genusEndings = ["coccus", "cocci", "bacter", "bacterium", "bacillus", "monas", "bacteria", "myces", "plasma"]
    static let genera: Set<String> = [
        "escherichia", "salmonella", "klebsiella", "shigella", "moraxella", "legionella", "brucella", "bordetella", "proteus",
        "candida", "aspergillus", "serratia", "listeria", "neisseria", "haemophilus", "clostridium", "clostridioides", "morganella",
        "providencia", "citrobacter", "stenotrophomonas", "burkholderia", "gardnerella", "pasteurella", "vibrio", "helicobacter",
        "campylobacter", "treponema", "nocardia", "cryptococcus", "histoplasma", "gram", "bacilos", "cocos", "levaduras",
    ]

    /// Round 9: a part's word and its number ("pasaje 3", "casa 22", "bloque 4B", "lote 12").
    private func numberedPartEnd(after n: Int) -> Int? {
        let t = context.tokens
        guard n + 1 < t.count, [" ", " N° ", " No. ", " #", " # ", " nº "].contains(context.gap(after: n)), t[n + 1].digits >= 1, t[n + 1].digits <= 4,
              t[n + 1].letters <= 1 else { return nil }
        return n + 1
    }

    /// The last word of the capitalised name after an area's word at `k` ("Villa Libertad", "Señor de los Milagros", "El
    /// Carmen"), up to five words on the line; nil when no capitalised name follows.
    private func areaNameEnd(after k: Int) -> Int? {
        let t = context.tokens
        // "en la comunidad CURB-65 …": a name in capitals after a lower-case area word is an acronym, not a place.
        guard k + 1 < t.count, context.gap(after: k) == " ", t[k + 1].isCapitalized, t[k + 1].isWord || t[k + 1].isNumber,
              !Self.stopWords.contains(context.folded[k + 1]), !t[k + 1].isAllCaps || t[k].isAllCaps,
              !context.gap(after: k + 1).hasPrefix("-") else { return nil }
        var end = k + 1
        var j = k + 1
        while j + 1 < t.count, j - k < 6, context.gap(after: j) == " " {
            let n = j + 1
            if t[n].isCapitalized && t[n].isWord && !Self.stopWords.contains(context.folded[n]) || t[n].isNumber && t[n].digits <= 3 { end = n; j = n; continue }
            if ["de", "del", "la", "las", "los", "el"].contains(context.folded[n]), n + 1 < t.count, context.gap(after: n) == " " { j = n; continue }
            break
        }
        return end
    }

    /// A landmark phrase starting at `n` ("a un lado de la iglesia de San Sebastian", "cerca al colegio", "frente a la
    /// escuela", "near the church") to its clause's end: the next comma, period, semicolon or line break (ten words at most).
    func landmarkPhraseEnd(from n: Int) -> Int? {
        let t = context.tokens
        var opened = false
        for phrase in Self.landmarkPhrases where context.matchPhrase(phrase, at: n) != nil { opened = true; break }
        guard opened else { return nil }
        var j = n
        while j + 1 < t.count, j - n < 10 {
            let gap = context.gap(after: j)
            guard gap == " " else { break }
            j += 1
        }
        return j
    }

    /// "CEP 01310-100", "ZIP 63115", "C.P. 06700", "Código postal 1425", "CPA C1425ABC": a postal code after its label.
    func postalCodeSpans() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        for k in t.indices where k + 1 < t.count && Self.postalLabelLastWords.contains(context.folded[k]) {
            guard Self.postalLabels.contains(where: { phrase in phrase.count <= k + 1 && context.matchPhrase(phrase, at: k + 1 - phrase.count) == k + 1 }),
                  context.gapIsLight(after: k, allowing: ".:#") else { continue }
            let v = k + 1
            // Four to six digits ("63115", "1425", "06700"), a Brazilian "01310-100", a US "63115-2201", Argentina's "C1425ABC".
            let code = t[v].isNumber && (4...6).contains(t[v].digits) || t[v].digits == 4 && t[v].letters >= 1 && t[v].letters <= 4 && t[v].isCapitalized
            guard code else { continue }
            var end = v
            if v + 1 < t.count, context.gap(after: v) == "-", t[v + 1].isNumber, (3...4).contains(t[v + 1].digits) { end = v + 1 }
            // "CP 30 mg", "CP 1000 ml": a count before its unit is no code.
            if end + 1 < t.count, context.gapIsLight(after: end, allowing: ""), LabelledIdentifierScanner.units.contains(context.folded[end + 1]) { continue }
            result.append(PHISpan(kind: .address, range: t[v].start..<t[end].end, priority: 5))
        }
        return result
    }

    /// Round 8: "PO Box 1234", "P.O. Box 88", "Apartado postal 4512", "Casilla 123", "Caixa Postal 45": a post box's number;
    /// "Miami FL 33101", "Columbus, OH 43215-2201": a US state's code and its ZIP after the city.
    func postBoxAndZipSpans() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        for k in t.indices where k + 1 < t.count && t[k + 1].isNumber {
            let f = context.folded[k]
            if Self.postBoxLastWords.contains(f), Self.postBoxLabels.contains(where: { p in p.count <= k + 1 && context.matchPhrase(p, at: k + 1 - p.count) == k + 1 }),
               context.gapIsLight(after: k, allowing: ".:#"), t[k + 1].digits <= 6 {
                result.append(PHISpan(kind: .address, range: t[k + 1].start..<t[k + 1].end, priority: 5))
            } else if t[k].isAllCaps, t[k].letters == 2, Self.usStates.contains(f), context.gap(after: k) == " ", t[k + 1].digits == 5, k >= 1,
                      [" ", ", "].contains(context.gap(after: k - 1)), t[k - 1].isWord, t[k - 1].isCapitalized {
                var end = k + 1
                if end + 1 < t.count, context.gap(after: end) == "-", t[end + 1].isNumber, t[end + 1].digits == 4 { end += 1 }
                result.append(PHISpan(kind: .address, range: t[k + 1].start..<t[end].end, priority: 5))
            }
        }
        return result
    }

    // (Not "Box 3" alone — an emergency room's cubicle — nor "apartado 3", a section.)
    static let postBoxLabels: [[String]] = [["po", "box"], ["p", "o", "box"], ["apartado", "postal"], ["caixa", "postal"], ["casilla", "postal"],
                                            ["post", "office", "box"]]
    static let postBoxLastWords: Set<String> = ["box", "postal"]
    static let usStates: Set<String> = [
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la", "me", "md", "ma",
        "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
        "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "pr",
    ]

    /// Settlements and neighbourhoods a home is named by in Latin America and Brazil.
    static let settlementWords: Set<String> = [
        "barrio", "colonia", "paraje", "vereda", "caserio", "aldea", "recinto", "bairro", "vila", "ejido",
        "rancheria", "asentamiento", "urbanizacion", "reparto", "residencial", "fraccionamiento", "lotificacion",
        "corregimiento", "barriada", "asentamento", "povoado", "lugarejo", "hacienda", "finca", "rancho",
        // Round 9: Chile's "población La Victoria" and "comuna de Padre Las Casas", Bolivia's "comunidad Chimboco" (not "en la
        // comunidad CURB-65": a name in capitals after a lower-case area word is an acronym).
        "poblacion", "comuna", "comunidad",
    ]
    /// Parts that follow a first one ("…, sector Rafael Nuñez", "… finca La Esperanza", "…, manzana B").
    static let partWords: Set<String> = ["sector", "zona", "finca", "lote", "manzana", "etapa", "conjunto", "bloque", "casa", "callejon",
                                         // Round 9: a passage, a street or a block inside the neighbourhood ("colonia Escalón, pasaje 3").
                                         "pasaje", "calle", "avenida", "senda", "vereda", "block", "cuadra", "mz", "lt",
                                         "edificio", "edif", "torre", "apartamento", "apto", "depto", "piso", "km"]
    static let placePrepositions: Set<String> = ["en", "del", "de", "el", "la", "no", "na", "do", "da", "em", "al"]
    static let landmarkPhrases: [[String]] = [
        ["a", "un", "lado", "de"], ["a", "un", "lado", "del"], ["al", "lado", "de"], ["al", "lado", "del"], ["cerca", "de"],
        ["cerca", "del"], ["cerca", "al"], ["frente", "a"], ["frente", "al"], ["detras", "de"], ["detras", "del"],
        ["atras", "de"], ["atras", "del"], ["junto", "a"], ["junto", "al"], ["contiguo", "a"], ["contiguo", "al"],
        ["enfrente", "de"], ["enfrente", "del"], ["a", "espaldas", "de"], ["pasando", "el"], ["pasando", "la"],
        ["perto", "de"], ["perto", "do"], ["perto", "da"], ["ao", "lado", "de"], ["ao", "lado", "do"], ["ao", "lado", "da"],
        ["near", "the"], ["behind", "the"], ["across", "from"], ["next", "to", "the"],
    ]
    static let postalLabels: [[String]] = [
        ["cep"], ["zip"], ["zip", "code"], ["cp"], ["c", "p"], ["codigo", "postal"], ["cod", "postal"], ["postal", "code"],
        ["cpa"], ["postcode"],
    ]
    static let postalLabelLastWords: Set<String> = ["cep", "zip", "code", "cp", "p", "postal", "cpa", "postcode"]
}
