/// Street addresses: after an address cue ("domicilio:", "vive en", "address:") or starting at a street word
/// with a house number ("Calle 45 # 12-30", "Av. Corrientes 1234", "1234 Elm Street").
struct AddressScanner {
    let context: TokenizedText

    func scan() -> [PHISpan] {
        var result: [PHISpan] = landmarkSpans() + areaSpans() + postalCodeSpans() + postBoxAndZipSpans()
        let t = context.tokens
        var i = 0
        while i < t.count {
            var start: Int?
            var afterResidenceCue = false
            // "Tratamiento en domicilio: AAS 300 mg …", "Servicio a domicilio  Clave 1": care given at home, no address.
            if i >= 2, context.folded[i - 1] == "domicilio", Self.careAtHomePrepositions.contains(context.folded[i - 2]), context.gap(after: i - 2) == " " {
                i += 1
                continue
            }
            // "Dirección: 200 m sur de la iglesia de Tirrases, Curridabat": a labelled address field is the whole
            // value, landmarks included (Central American addresses are written by landmarks, not numbers).
            if i > 0, colonBefore(i) || abbreviatedFieldLabel(before: i), fieldLabelEnds(before: i),
               context.gapIsLight(after: i - 1, allowing: ".:"), let end = fieldEnd(from: i) {
                // Round 9: "PROCEDENCIA: C.S. Mariano Melgar": a health centre the patient comes from is an institution.
                if !opensHealthCentre(i) { result.append(PHISpan(kind: .address, range: t[i].start..<t[end].end, priority: 5)) }
                i = end + 1
                continue
            }
            // "Vive en Desamparados, 300 m sur de la escuela, casa verde": an address by landmarks after a residence cue
            // is taken to the sentence's end, as a labelled field is.
            // (A set lookup first: most tokens follow no residence cue's last word.)
            let cued = i > 0 && Self.cueLastWords.contains(context.folded[i - 1]) && context.cueEnds(before: i, cues: Self.cues)
            if cued, context.gapIsLight(after: i - 1, allowing: ":,-."),
               t[i].isCapitalized || t[i].isNumber, landmarkAhead(from: i), let end = fieldEnd(from: i) {
                result.append(PHISpan(kind: .address, range: t[i].start..<t[end].end, priority: 5))
                i = end + 1
                continue
            }
            if cued, context.gapIsLight(after: i - 1, allowing: ":,-.") || residenceVerbBeforeLineBreak(i),
               t[i].isCapitalized || t[i].isNumber || Self.streetWords.contains(context.folded[i]) || Self.areaWords.contains(context.folded[i])
                // Round 9: "vive en col. Revolucion, calle …": a neighbourhood's abbreviation typed in lower case.
                || Self.neighbourhoodAbbreviations.contains(context.folded[i]) && context.gap(after: i) == ". " {
                start = i
                afterResidenceCue = true
            } else if Self.streetWords.contains(context.folded[i]) || Self.neighbourhoodStarts.contains(context.folded[i]),
                      t[i].isCapitalized || lowerCaseStreetBeforeName(i), hasNumberAhead(i) {
                start = i
            } else if abbreviatedNeighbourhood(i), hasNumberAhead(i) {
                start = i
            } else if context.folded[i] == "km", i + 2 < t.count, t[i + 1].isNumber, roadAhead(i + 1) {
                // "Km 5.5 carretera a Masaya", "km 12 vía a Daule", "Km 45 Panamericana Sur": a place on a road by its milestone.
                start = i
            } else if context.folded[i] == "c", t[i].isCapitalized, context.gap(after: i) == "/ ", hasNumberAhead(i) {
                // "C/ Duarte #45": Spain's and the Dominican Republic's calle abbreviated with a slash.
                start = i
            } else if t[i].isNumber, t[i].digits <= 5, englishStreetAhead(i) {
                start = i
            }
            // Round 7: "vive en el barrio San Vicente", "reside en la colonia Kennedy": a neighbourhood named after a residence
            // verb is an address without a number too (a town alone is not).
            let neighbourhood = afterResidenceCue && end(ofNeighbourhoodFrom: start) != nil
            if let s = start, let end = extend(from: s), isStreetAddress(s, end) || neighbourhood || afterResidenceCue && namedEnglishStreet(s, end), !(context.cueEnds(before: s, cues: Self.originCues) && !areaWord(s, end)) {
                result.append(PHISpan(kind: .address, range: t[s].start..<t[end].end, priority: 5))
                i = end + 1
            } else {
                i += 1
            }
        }
        return joinedAdjacent(Self.merged(result)).map(closedByLandmark)
    }

    /// Round 9: "vive en col. Revolucion, calle Ignacio Allende 41, atras de la iglesia de San Jose", "sector Las Claritas, km 88,
    /// municipio Sifontes": a landmark phrase or the district after the address's comma is part of it (Latin American homes
    /// are found by them).
    private func closedByLandmark(_ span: PHISpan) -> PHISpan {
        let t = context.tokens
        var e = context.tokenIndex(atOrAfter: span.range.upperBound) - 1
        guard e >= 0, t[e].end == span.range.upperBound else { return span }
        var parts = 0
        while parts < 2, e + 2 < t.count, context.gap(after: e) == ", " {
            if let end = landmarkPhraseEnd(from: e + 1) {
                e = end
            } else if Self.districtWords.contains(context.folded[e + 1]), context.gap(after: e + 1) == " ", t[e + 2].isWord, t[e + 2].isCapitalized, !t[e + 2].isAllCaps {
                e += 2
                while e + 1 < t.count, context.gap(after: e) == " ", t[e + 1].isWord, t[e + 1].isCapitalized { e += 1 }
            } else {
                break
            }
            parts += 1
        }
        return PHISpan(kind: .address, range: span.range.lowerBound..<t[e].end, priority: span.priority)
    }

    /// Districts named after an address ("…, municipio Sifontes", "…, parroquia Catedral", "…, alcaldía Coyoacán").
    static let districtWords: Set<String> = [
        "municipio", "comuna", "parroquia", "distrito", "provincia", "departamento", "canton", "estado", "alcaldia", "delegacion",
        "corregimiento", "localidad", "municipalidad", "concelho", "freguesia",
    ]

    /// Round 7: two address spans with only a comma or a space between them are one address ("barrio San Vicente, de la
    /// iglesia 2 cuadras al sur"), so that neither part is left.
    private func joinedAdjacent(_ spans: [PHISpan]) -> [PHISpan] {
        guard spans.count > 1 else { return spans }
        var out: [PHISpan] = []
        for span in spans {
            // (The distance first: the text between two far spans is never read.)
            if let last = out.last, last.range.upperBound <= span.range.lowerBound, span.range.lowerBound - last.range.upperBound <= 3,
               Self.adjacentGap(context.text.string(last.range.upperBound..<span.range.lowerBound)) {
                out[out.count - 1] = PHISpan(kind: .address, range: last.range.lowerBound..<span.range.upperBound, priority: last.priority)
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// Round 8: "pasaje Los Aromos 1234", "calle Sucre 14", "avenida Bolívar 120": a street's word in lower case before its
    /// capitalised name (a number must follow, checked by the caller).
    private func lowerCaseStreetBeforeName(_ i: Int) -> Bool {
        guard i + 1 < context.tokens.count, context.gap(after: i) == " ", Self.streetWords.contains(context.folded[i]), context.folded[i].count >= 4 else { return false }
        let next = context.tokens[i + 1]
        return next.isWord && next.isCapitalized && !next.isAllCaps && next.letters >= 3
    }

    /// Round 8: "Dir. calle 70 e/ 15 y 17", "Dom. Av. Siempre Viva 742": an abbreviated field label's period works as its colon.
    private func abbreviatedFieldLabel(before i: Int) -> Bool {
        guard i >= 1, ["dir", "dom", "addr", "domic"].contains(context.folded[i - 1]), context.tokens[i - 1].isCapitalized else { return false }
        let gap = context.gap(after: i - 1)
        return gap.hasPrefix(".") && !gap.contains("\n") && gap.dropFirst().allSatisfy({ $0 == " " })
    }

    /// Round 7: "vive en\ncalle 23 e/ C y D": a residence verb closing its line, the street opening the next.
    private func residenceVerbBeforeLineBreak(_ i: Int) -> Bool {
        let gap = context.gap(after: i - 1)
        guard gap.filter({ $0 == "\n" }).count == 1, gap.allSatisfy({ $0 == " " || $0 == "\n" }), i >= 2 else { return false }
        // Round 8: "procedente de\nAA.HH. Señor de los Milagros Mz. K Lt. 9", "procedente de\nPetare, barrio …, zona 10": the
        // origin's cue closing its line too (the span must still hold a street's or an area's word, checked by the caller).
        if ["de", "del"].contains(context.folded[i - 1]) { return context.tokens[i].isCapitalized || Self.areaWords.contains(context.folded[i]) }
        return ["en", "at", "na", "no", "em"].contains(context.folded[i - 1])
            && (Self.streetWords.contains(context.folded[i]) || Self.areaWords.contains(context.folded[i]))
    }

    /// Round 7: "barrio San Vicente, de la iglesia 2 cuadras al sur": two parts of one address read by two rules, only a
    /// comma or a space between them.
    static func adjacentGap(_ gap: String) -> Bool { [", ", " ", ",", " - "].contains(gap) }

    /// Overlapping address spans as one ("Vive en San Pedro …, de la Rotonda … 300" read from its cue and "de la Rotonda
    /// … 300 m norte" read from its landmark): the union, so that no fragment of either is left.
    static func merged(_ spans: [PHISpan]) -> [PHISpan] {
        guard spans.count > 1 else { return spans }
        var out: [PHISpan] = []
        for span in spans.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if let last = out.last, last.range.overlaps(span.range) {
                out[out.count - 1] = PHISpan(kind: .address, range: last.range.lowerBound..<max(last.range.upperBound, span.range.upperBound), priority: last.priority)
            } else {
                out.append(span)
            }
        }
        return out
    }

    /// Token `k` ("e") opens "e-mail"/"E-mail:"; otherwise it is Cuba's "e/" (entre) or the "e" of "entre J e I".
    private func isEmail(_ k: Int) -> Bool {
        let gap = context.gap(after: k)
        return gap.hasPrefix("-") || gap.hasPrefix(":") || k + 1 < context.tokens.count && context.folded[k + 1] == "mail" && !gap.contains("/")
    }

    /// A road's word or a capitalised road name within the three tokens after the milestone's number at `k`.
    private func roadAhead(_ k: Int) -> Bool {
        var j = k + 1
        while j < context.tokens.count, j - k <= 3, !context.gap(after: j - 1).contains("\n") {
            let f = context.folded[j]
            if Self.streetWords.contains(f) || ["via", "ruta", "panamericana", "interamericana", "troncal", "autopista", "rodovia", "estrada"].contains(f) { return true }
            guard context.tokens[j].isNumber || ["de", "la", "el", "a"].contains(f) else { return false }
            j += 1
        }
        return false
    }

    static let neighbourhoodAbbreviations: Set<String> = ["col", "bo", "res", "urb", "fracc", "rpto", "bda", "cdla"]

    /// "C.S. Mariano Melgar", "P.S. Santa Rosa", "C.S.F. Los Olivos": a health centre's dotted abbreviation (centro or puesto
    /// de salud, centro de salud familiar) before its capitalised name.
    private func opensHealthCentre(_ i: Int) -> Bool {
        let t = context.tokens
        guard i + 2 < t.count, ["c", "p"].contains(context.folded[i]), t[i].isCapitalized, context.gap(after: i) == ".", context.folded[i + 1] == "s" else { return false }
        var k = i + 1
        if k + 1 < t.count, context.gap(after: k) == ".", context.folded[k + 1] == "f", t[k + 1].letters == 1 { k += 1 }
        return context.gap(after: k) == ". " && k + 1 < t.count && t[k + 1].isCapitalized && t[k + 1].isWord
    }

    /// "Col. Kennedy, bloque 12", "Bo. El Centro, casa 5", "Res. Los Pinos 4": a neighbourhood's abbreviation with its
    /// period before a capitalised name (not "Col. total 248" or "Col. HDL 34", a cholesterol).
    private func abbreviatedNeighbourhood(_ i: Int) -> Bool {
        let t = context.tokens
        guard Self.neighbourhoodAbbreviations.contains(context.folded[i]), context.folded[i] != "cdla", t[i].isCapitalized, !t[i].isAllCaps,
              i + 1 < t.count, context.gap(after: i) == ". " else { return false }
        return t[i + 1].isWord && t[i + 1].isCapitalized && !t[i + 1].isAllCaps
    }

    /// Token `s` is a neighbourhood's word before a capitalised name ("barrio San Vicente", "colonia Kennedy").
    private func end(ofNeighbourhoodFrom s: Int?) -> Int? {
        guard let s, s + 1 < context.tokens.count, Self.areaWords.contains(context.folded[s]) || Self.neighbourhoodStarts.contains(context.folded[s]),
              context.gap(after: s) == " ", context.tokens[s + 1].isCapitalized else { return nil }
        return s + 1
    }

    /// Round 7: where the patient comes from is an address only with a street's or an area's word in it ("proc. de Petare,
    /// sector …, zona 10"; not "Procedente de Lima, 45 años").
    static let originCues: [[String]] = [["procedente", "de"], ["proc", "de"], ["procede", "de"], ["procedente", "del"]]

    private func areaWord(_ start: Int, _ end: Int) -> Bool {
        (start...end).contains { k in
            let f = context.folded[k]
            return Self.streetWords.contains(f) || Self.areaWords.contains(f) || Self.neighbourhoodStarts.contains(f)
                || ["sector", "zona", "barrio", "colonia", "mz", "manzana", "lote", "lt", "casa", "bloque", "edif", "urb", "aahh", "frente", "villa", "reparto", "etapa"].contains(f)
        }
    }

    /// Round 9: "lives on Elm Street", "resides at Sunrise Court": capitalised words closed by a US street's suffix.
    private func namedEnglishStreet(_ start: Int, _ end: Int) -> Bool {
        end > start && Self.englishSuffixes.contains(context.folded[end]) && (start...end).allSatisfy { context.tokens[$0].isWord && context.tokens[$0].isCapitalized }
    }

    /// A street address has a house number or a street word; a city alone ("reside en Montevideo") is not one.
    private func isStreetAddress(_ start: Int, _ end: Int) -> Bool {
        (start...end).contains { context.tokens[$0].digits > 0 || Self.streetWords.contains(context.folded[$0]) }
    }

    private func hasNumberAhead(_ i: Int) -> Bool {
        var k = i + 1
        while k < context.tokens.count, k <= i + 6 {
            // A column gap or the next field's colon ends the street: "Villa     Edad: 37" is a surname and an age.
            let gap = context.gap(after: k - 1)
            if gap.contains("\n") || gap.contains("  ") || gap.contains("\t") || gap.contains(":") { return false }
            if context.tokens[k].digits > 0 { return true }
            // "Barrio San Vicente, calle Tte. Ettienne", "Urb. Don Bosco, calle 3ra": a neighbourhood then a street is an
            // address without a number too.
            if k > i + 1, Self.streetWords.contains(context.folded[k]) { return true }
            if !(context.tokens[k].isCapitalized || Self.connectors.contains(context.folded[k])) { return false }
            k += 1
        }
        return false
    }

    private func englishStreetAhead(_ i: Int) -> Bool {
        var k = i + 1
        var words = 0
        while k < context.tokens.count, words <= 3 {
            guard context.gapIsLight(after: k - 1, allowing: ".") else { return false }
            if words > 0, Self.englishSuffixes.contains(context.folded[k]) { return true }
            // Round 7: "300 E 5th St", "12 W 42nd Street": an ordinal street name.
            let f = context.folded[k]
            let ordinal = context.tokens[k].digits > 0 && context.tokens[k].digits <= 3 && ["st", "nd", "rd", "th"].contains(where: { f.hasSuffix($0) }) && context.tokens[k].letters == 2
            guard context.tokens[k].isCapitalized && context.tokens[k].isWord || ordinal else { return false }
            words += 1
            k += 1
        }
        return false
    }

    /// Walks the address to its end: a line break, a sentence end, or a comma before a lowercase clause or another cue.
    private func extend(from start: Int) -> Int? {
        let t = context.tokens
        var end = start
        var k = start
        // "mora na rua joão pessoa 45, bairro centro": a note typed in lower case writes its street so too — its name's
        // words before the number, and the neighbourhood's word after an area's noun.
        let lowerCase = !t[start].isCapitalized && Self.streetWords.contains(context.folded[start])
        var numberSeen = false
        while k + 1 < t.count, k - start < 18 {
            let gap = context.gap(after: k)
            if t[k].digits > 0 { numberSeen = true }
            if gap.contains("\n") || gap.contains(";") || gap.contains("(") || gap.contains(")") || gap.contains("  ") || gap.contains("\t") { break }
            let next = t[k + 1]
            let nextFolded = context.folded[k + 1]
            // "e-mail" ends an address; Cuba's "e/" (entre) does not: "Calle 23 e/ J y K, Vedado".
            let entre = nextFolded == "e" && !isEmail(k + 1)
            if Self.stopWords.contains(nextFolded), !entre { break }
            if gap.contains(".") {
                let abbreviation = Self.abbreviations.contains(context.folded[k]) || t[k].letters == 1
                if !abbreviation && !(t[k].isNumber && next.isNumber && gap == ".") { break }
            }
            // Round 8: "…, calle del kiosko", "calle principal casa N° 14", "pasaje sin nombre": a street's word names its street
            // in lower case too (a word of three letters or more, or a connector before one).
            let streetBefore = Self.streetWords.contains(context.folded[k]) || k > start && Self.connectors.contains(context.folded[k]) && Self.streetWords.contains(context.folded[k - 1])
            let lowerStreetName = streetBefore && next.isWord && (next.letters >= 3 || Self.connectors.contains(nextFolded)) && !Self.stopWords.contains(nextFolded)
            let lowerCaseName = lowerStreetName || lowerCase && next.isWord && (!numberSeen && k - start < 5 || ["bairro", "barrio", "colonia", "sector", "zona", "urb"].contains(context.folded[k]))
            let allowed = next.isCapitalized || next.digits > 0 || Self.connectors.contains(nextFolded) || Self.streetWords.contains(nextFolded) || entre || lowerCaseName
            if !allowed { break }
            k += 1
            // "Santo Domingo Este", "Zona Sur": a capitalised connector closing the address is part of it.
            if !Self.connectors.contains(nextFolded) || next.isCapitalized && next.letters >= 3 || lowerCaseName { end = k }
        }
        return end >= start ? end : nil
    }

    /// An address field label ends right before token `i`, alone or with up to two qualifiers before its colon:
    /// "Address on file:", "Domicilio conocido:", "Residencia habitual:", "Dirección actual del paciente:".
    private func fieldLabelEnds(before i: Int) -> Bool {
        if context.cueEnds(before: i, cues: Self.fieldCues) { return true }
        var k = i - 1
        while k > 0, i - k <= 3, LabelledIdentifierScanner.isQualifier(k, in: context), context.gap(after: k - 1) == " " {
            if context.cueEnds(before: k, cues: Self.fieldCues) { return true }
            k -= 1
        }
        return false
    }

    /// A landmark within the next words of the sentence: a distance and its direction ("300 m sur", "100 varas al
    /// norte", "2 cuadras de"), or "frente a", "detrás de", "contiguo a", "costado".
    private func landmarkAhead(from i: Int) -> Bool {
        let t = context.tokens
        var k = i
        while k < t.count, k - i < 10 {
            if t[k].isNumber, k + 1 < t.count, Self.distanceUnits.contains(context.folded[k + 1]) { return true }
            if Self.landmarkWords.contains(context.folded[k]) { return true }
            let gap = context.gap(after: k)
            // "Bo. El Centro, frente a la Iglesia": an abbreviation's period does not end the sentence.
            if gap.contains("\n") || gap.hasPrefix(". ") && !Self.abbreviations.contains(context.folded[k]) || gap.contains(";") { return false }
            k += 1
        }
        return false
    }

    static let careAtHomePrepositions: Set<String> = ["en", "a", "al", "para", "em", "no", "ao"]

    static let distanceUnits: Set<String> = ["m", "mts", "metros", "varas", "cuadras", "cuadra", "km", "blocks", "block", "quadras", "quadra"]
    static let landmarkWords: Set<String> = ["frente", "detras", "contiguo", "contigua", "costado", "diagonal", "atras", "junto", "enfrente"]

    /// A colon between token `i - 1` and token `i`, read on the scalars (no string built for every token).
    private func colonBefore(_ i: Int) -> Bool {
        let s = context.text.scalars
        for k in context.tokens[i - 1].end..<context.tokens[i].start where s[k] == ":" { return true }
        return false
    }

    /// The end of a labelled address field's value: the line's end, a ";", a column gap (two spaces or a tab) or
    /// the next field's cue ("Tel.", "DNI"); nil when the value holds no letter and no digit worth hiding.
    private func fieldEnd(from start: Int) -> Int? {
        let t = context.tokens
        var end = start
        var k = start
        while k + 1 < t.count, k - start < 24 {
            let gap = context.gap(after: k)
            if gap.contains("\n") || gap.contains(";") || gap.contains("  ") || gap.contains("\t") || gap.contains("|") { break }
            let entre = context.folded[k + 1] == "e" && !isEmail(k + 1)
            if Self.stopWords.contains(context.folded[k + 1]), !entre { break }
            // "Dirección: Calle Sucre 14. Refiere…": a sentence end before a capitalized word ends the value.
            // "coop. Unión", "mz. B", "ap. 45": a short lowercase word before its period is an abbreviation.
            let shortAbbreviation = t[k].isWord && t[k].letters <= 5 && !t[k].isCapitalized
            if gap.hasPrefix(". "), !Self.abbreviations.contains(context.folded[k]), t[k].letters != 1, !shortAbbreviation, t[k + 1].isCapitalized { break }
            k += 1
            end = k
        }
        // A label left empty or followed by another field ("Dirección: Tel. 555…") holds no address.
        guard !Self.stopWords.contains(context.folded[start]) else { return nil }
        // A city alone ("Domicilio: Montevideo") is no street address: a number, a street word or a landmark phrase.
        guard isStreetAddress(start, end) || end - start >= 3 else { return nil }
        return end
    }

    /// Address field labels (a colon follows): their whole value is the address.
    static let fieldCues: [[String]] = [
        ["domicilio"], ["direccion"], ["address"], ["home", "address"], ["endereco"], ["direccion", "de", "residencia"],
        ["domicilio", "particular"], ["residencia"], ["lugar", "de", "residencia"], ["direccion", "domiciliaria"],
        ["street", "address"], ["morada"], ["domicilio", "actual"], ["direccion", "actual"], ["sena", "de", "domicilio"],
        ["procedente", "de"], ["procedencia"], ["reside", "en"], ["vive", "en"], ["lugar", "de", "procedencia"],
        // Abbreviated field labels of forms: "Dir.:", "Dom.:", "Dirección/Domicilio", "Addr:", "Endereço residencial:".
        ["dir"], ["dom"], ["addr"], ["domic"], ["endereco", "residencial"], ["domicilio", "y", "telefono"], ["direccion", "y", "telefono"],
        // Round 5: where the home is, by other words ("Ubicación:", "Localización:", "Dirección postal:", "Señas:",
        // "Referencia domiciliaria:", "Mailing address:", "Lugar de domicilio:", "Domicilio legal:").
        ["ubicacion"], ["ubicacion", "de", "la", "vivienda"], ["ubicacion", "domiciliaria"], ["localizacion"],
        ["direccion", "postal"], ["direccion", "exacta"], ["senas"], ["referencia", "domiciliaria"], ["mailing", "address"],
        ["lugar", "de", "domicilio"], ["domicilio", "legal"], ["domicilio", "real"], ["direccion", "de", "domicilio"],
        ["endereco", "completo"], ["residence"], ["vivienda"],
    ]
    static let cueLastWords: Set<String> = Set(cues.map { $0[$0.count - 1] })
    static let cues: [[String]] = [
        ["domicilio"], ["direccion"], ["vive", "en"], ["reside", "en"], ["residente", "en"], ["domiciliado", "en"],
        ["domiciliada", "en"], ["domicilio", "en"], ["con", "domicilio", "en"], ["address"], ["home", "address"],
        ["lives", "at"], ["resides", "at"], ["residing", "at"], ["endereco"], ["direccion", "de", "residencia"],
        // Round 6: Portuguese residence verbs ("Mora na Av. …", "Reside na Rua …", "residente em …").
        ["mora", "na"], ["mora", "no"], ["mora", "em"], ["reside", "na"], ["reside", "no"], ["residente", "na"],
        ["residente", "em"], ["residente", "no"], ["vive", "na"], ["vive", "no"], ["reside", "em"],
        ["domicilio", "particular"], ["living", "at"], ["procedencia"], ["residencia"], ["vive", "en", "la"], ["reside", "en", "la"],
        // Round 7: where the patient comes from ("proc. de Petare, sector …, zona 10", "procedente de AA.HH. …, Mz B Lt 12"):
        // an address only when it holds a number or a street's word (a town alone is not one).
        ["procedente", "de"], ["proc", "de"], ["procede", "de"], ["procedente", "del"],
        ["vive", "en", "el"], ["reside", "en", "el"], ["vive", "en", "los"], ["vive", "en", "las"], ["lives", "in"], ["lives", "on"],
        // Round 9: other residence verbs, with the area's article ("habita en la colonia …", "radica en el barrio …").
        ["habita", "en"], ["habita", "en", "la"], ["habita", "en", "el"], ["radica", "en"], ["radica", "en", "la"], ["radica", "en", "el"],
        ["domiciliado", "en", "el"], ["domiciliada", "en", "el"], ["domiciliado", "en", "la"], ["domiciliada", "en", "la"],
        ["reside", "en", "los"], ["reside", "en", "las"], ["vive", "em"], ["resides", "on"], ["resides", "in"],
    ]
    static let streetWords: Set<String> = [
        "calle", "av", "avenida", "avda", "carrera", "cra", "kr", "cl", "jr", "jiron", "pasaje", "psje", "pje", "rua",
        "calzada", "calz", "blvd", "boulevard", "bulevar", "diagonal", "transversal", "camino", "prolongacion", "callejon",
        "privada", "cerrada", "bv", "bvar", "mz", "manzana", "andador", "circuito", "periferico", "autopista", "carretera", "alameda", "paseo", "travesia",
        "canton", "aldea", "caserio", "vereda", "urb", "urbanizacion", "lt", "asentamiento", "villa", "poblacion", "aahh",
        // Round 6: Brazil's and Portugal's street kinds ("Travessa São José 12", "Estrada do Coco km 8", "Largo do Machado
        // 30", "Praça da Sé 5", "Rodovia BR-101 km 20"), and a road's "Ruta 5".
        "travessa", "estrada", "rodovia", "largo", "praca", "beco", "viela", "ladeira", "servidao", "ruta", "sendero",
    ]
    /// Neighbourhood words that open an address after a residence cue ("vive en la colonia Kennedy, bloque 3").
    static let areaWords: Set<String> = [
        "colonia", "barrio", "bairro", "sector", "reparto", "residencial", "fraccionamiento", "fracc", "conjunto",
        "condominio", "edificio", "vila", "jardim", "lotificacion", "comunidad", "urbanizacion", "ciudadela", "cooperativa",
        // Round 9: "reside en la zona Villa Fátima, calle 3", "vive en la población La Victoria".
        "zona", "poblacion",
    ]
    /// Neighbourhood words that open an address on their own when a number or a street follows ("Barrio San Vicente,
    /// calle …", "Colonia Centro 12"); not "Sector 3 de UCI", "Edificio 2" or "Conjunto de síntomas".
    static let neighbourhoodStarts: Set<String> = [
        "colonia", "barrio", "bairro", "reparto", "residencial", "fraccionamiento", "fracc", "ciudadela", "lotificacion",
        "vila", "jardim", "caserio", "aldea", "vereda", "corregimiento", "parroquia",
    ]
    static let englishSuffixes: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "drive", "boulevard", "blvd", "way", "court", "ct",
        "place", "pl", "terrace", "parkway", "circle",
        // Round 7: the rest of the US suffixes a street is written with ("2100 N Stemmons Fwy", "40 Route 9 Hwy").
        "fwy", "freeway", "hwy", "highway", "pkwy", "expy", "expressway", "trl", "trail", "cir", "ter", "pike", "sq",
        "square", "aly", "alley", "loop", "dr", "tpke", "turnpike", "bypass", "crossing", "xing", "row", "walk",
    ]
    static let connectors: Set<String> = [
        "de", "del", "la", "las", "los", "y", "e", "esquina", "entre", "no", "n", "nº", "piso", "depto", "dpto", "int",
        "interior", "ext", "apto", "apt", "casa", "torre", "of", "oficina", "bloque", "lote", "mz", "manzana", "sector",
        "barrio", "colonia", "col", "comuna", "provincia", "apartment", "unit", "suite", "sur", "norte", "oriente", "poniente",
        "este", "oeste", "bis", "km", "el", "san", "santa", "da", "do", "dos", "das",
        // Round 5: rooms and floors of an office block ("Rua X 351 sala 1104", "Av. Y 200 consultorio 5", "andar 3").
        "sala", "andar", "bloco", "loja", "local", "consultorio", "dpto", "conjunto", "c",
        // Round 6: the parts of a Brazilian address after the number ("45, fundos", "ap 301", "cj 52", "qd 3 lt 14",
        // "bl B", "CEP 40060-001") and a corner ("esq.").
        "fundos", "bairro", "etapa", "fase", "seccion", "zona", "ap", "bl", "cj", "qd", "quadra",
        // A road to its destination ("carretera a Masaya", "vía a Daule"): kept only when a capitalised name follows.
        "a", "via", "lj", "sl", "cep", "terreo", "sobrado", "esq", "apartamento", "frente",
        // Round 7: a building and its flat ("e/ C y D, edif. 512 apto 8"), Ecuador's "Mz 14 Solar 7", Peru's "Lt 12".
        "edif", "edificio", "solar", "lt", "villa", "reparto", "rpto",
    ]
    static let abbreviations: Set<String> = [
        "av", "avda", "col", "no", "n", "cra", "depto", "dpto", "apt", "apto", "st", "ave", "int", "ext", "mz", "lt", "edif", "rpto",
        "of", "jr", "psje", "pje", "cl", "kr", "blvd", "calz", "nº", "rd", "e", "fracc", "deleg", "edo", "mun", "bo", "bv", "bvar",
        "urb", "aa", "hh", "e", "res", "pobl", "sect", "lote",
        // Venezuela's "Qta." (quinta), "Edif.", "Res."; "Ctra.", "Prol.", "Esq.", "Blq.", "Tv.", "Dg.", "Cll.", "Mza.", "Cjto.".
        "qta", "edif", "edf", "ed", "ctra", "carr", "prol", "esq", "bl", "blq", "transv", "tv", "dg", "cll", "kra", "mza",
        "mzna", "cjto", "cond", "conj", "vda", "vrda", "corr", "mpio", "dist", "urbz", "parc", "loc", "cda", "sta", "sto", "gral",
        "asoc", "asent", "agrup", "ampl", "coop", "ur", "pje",
        // Round 8: Ecuador's "Cdla." (ciudadela) and other abbreviated parts ("Cdad.", "Sect.", "Resid.", "Parr.", "Prov.").
        "cdla", "cdad", "resid", "parr", "prov", "urbn", "bco",
        // Ranks and titles in street names: "calle Tte. Ettienne c/ Mcal. Estigarribia", "Av. Cnel. Díaz", "Pbro. Ruiz".
        "tte", "tcnel", "cnel", "mcal", "sgto", "pdte", "pte", "cap", "almte", "pbro", "fray", "dr", "dra", "ing", "prof", "gob",
        // Round 6: Brazil's ranks and titles in street names ("Rua Gen. Lima e Silva", "Av. Cel. Lucas", "Rua Des. Motta",
        // "Av. Eng. Luís Carlos Berrini", "Rua Pe. Anchieta", "Rua Dep. …") and its address parts ("ap.", "cj.", "qd.").
        "gen", "gal", "mal", "cel", "maj", "ten", "sen", "dep", "pres", "des", "eng", "pe", "cons", "com", "alm", "brig",
        "visc", "bar", "min", "gov", "ver", "ap", "bl", "cj", "qd", "lj", "sl", "cep", "estr", "rod", "trav", "pca", "sto", "sta",
    ]
    static let stopWords: Set<String> = [
        "tel", "telefono", "cel", "celular", "movil", "correo", "email", "mail", "dni", "rut", "curp", "rfc", "cpf", "cc",
        "cedula", "ssn", "phone", "cell", "expediente", "mrn", "fono", "whatsapp", "contacto", "e", "ci",
    ]
}
