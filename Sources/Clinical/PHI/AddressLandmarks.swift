/// Round 6: Central America's addresses by landmark, found by their form wherever they stand — a distance and a
/// direction from a landmark ("del Parque San Juan 2 cuadras al lago, media al sur, León", "de la Iglesia El Calvario
/// 3 c al este, 1/2 c al norte, Managua", "200 metros sur de la escuela de San Rafael, casa esquinera, Heredia").
/// A distance with a unit and a compass word (or Managua's "al lago", "arriba", "abajo") is no clinical phrase;
/// "dolor 2 cuadras al caminar" and "2 cuadras de caminata" have no direction and stay.
extension AddressScanner {
    func landmarkSpans() -> [PHISpan] {
        let t = context.tokens
        var result: [PHISpan] = []
        var k = 0
        while k < t.count {
            guard let directionEnd = distanceAndDirection(at: k) else { k += 1; continue }
            let start = landmarkStart(before: k) ?? k
            let end = landmarkEnd(after: directionEnd)
            result.append(PHISpan(kind: .address, range: t[start].start..<t[end].end, priority: 5))
            k = end + 1
        }
        return result
    }

    /// The direction's last token when a distance and a direction start at `k`: "2 cuadras al lago", "3 c al este",
    /// "1/2 c al norte", "media al sur", "media cuadra arriba", "200 metros sur", "100 varas hacia el oeste".
    private func distanceAndDirection(at k: Int) -> Int? {
        let t = context.tokens
        var j = k
        if t[j].isNumber {
            // "1/2 c": a fraction.
            if j + 2 < t.count, context.gap(after: j) == "/", t[j + 1].isNumber { j += 1 }
            guard j + 1 < t.count, Self.landmarkUnits.contains(context.folded[j + 1]), context.gapIsLight(after: j, allowing: ".") else { return nil }
            j += 1
        } else if ["media", "una", "dos", "tres", "cuatro", "cinco", "meia"].contains(context.folded[k]) {
            if j + 1 < t.count, Self.landmarkUnits.contains(context.folded[j + 1]) { j += 1 }
        } else {
            return nil
        }
        // "c." or "cdras." abbreviated, then "al", "hacia el", "hacia", "rumbo al".
        var d = j + 1
        var hops = 0
        while d < t.count, hops < 2, ["al", "hacia", "el", "rumbo", "para", "pro", "a"].contains(context.folded[d]), context.gapIsLight(after: d - 1, allowing: ".") {
            d += 1
            hops += 1
        }
        guard d < t.count, context.gapIsLight(after: d - 1, allowing: "."), Self.directions.contains(context.folded[d]) else { return nil }
        return d
    }

    /// The landmark before a distance at `k`: back over capitalised words and articles to the preposition opening it
    /// ("del Parque San Juan", "de la Iglesia El Calvario", "de donde fue el Cine Cabrera", "frente al Colegio Loyola").
    private func landmarkStart(before k: Int) -> Int? {
        let t = context.tokens
        var j = k - 1
        var opener: Int?
        while j >= 0, k - j <= 9, context.gap(after: j) == " " {
            let f = context.folded[j]
            if Self.landmarkOpeners.contains(f) { opener = j }
            guard t[j].isCapitalized || Self.landmarkOpeners.contains(f) || ["la", "el", "los", "las", "lo", "que", "fue", "a", "al"].contains(f)
                    || t[j].isNumber || Self.landmarkNouns.contains(f)
                    // Round 8: "de la iglesia catolica 2 c. al lago": a lower-case adjective after its landmark noun.
                    || j >= 1 && t[j].isWord && Self.landmarkNouns.contains(context.folded[j - 1]) && context.gap(after: j - 1) == " " else { break }
            j -= 1
        }
        guard let o = opener, o + 1 < k else { return nil }
        return o
    }

    /// The address's last token: after the direction, "de la escuela de San Rafael" (the landmark of a distance written
    /// first), then comma-separated parts that go on with it — another distance ("media al sur"), the house ("casa
    /// esquinera", "portón negro") and the town ("León", "Heredia").
    private func landmarkEnd(after d: Int) -> Int {
        let t = context.tokens
        var end = d
        // "200 metros sur de la escuela de San Rafael": the landmark after the direction, to the clause's end.
        if end + 1 < t.count, context.gap(after: end) == " ", ["de", "del"].contains(context.folded[end + 1]) {
            var j = end + 1
            while j + 1 < t.count, j - end < 9, context.gap(after: j) == " " { j += 1 }
            end = j
        }
        var parts = 0
        var towns = 0
        while end + 1 < t.count, parts < 4, context.gap(after: end) == ", " {
            let n = end + 1
            if let direction = distanceAndDirection(at: n) {
                end = direction
            } else if Self.houseWords.contains(context.folded[n]) {
                var j = n
                while j + 1 < t.count, j - n < 4, context.gap(after: j) == " " || context.gap(after: j) == " #" { j += 1 }
                end = j
            } else if t[n].isCapitalized, t[n].isWord, towns < 2 {
                // "León", "Heredia", "San Rafael de Heredia": a town of up to three words closes the address.
                var j = n
                while j + 1 < t.count, j - n < 3, context.gap(after: j) == " ", t[j + 1].isCapitalized || ["de", "del", "la"].contains(context.folded[j + 1]) { j += 1 }
                let after = j + 1 < t.count ? context.gap(after: j) : "\n"
                guard after.hasPrefix(".") || after.hasPrefix(",") || after.contains("\n") || after.hasPrefix(";") else { break }
                end = j
                towns += 1
            } else {
                break
            }
            parts += 1
        }
        return end
    }

    static let landmarkUnits: Set<String> = [
        "c", "cuadra", "cuadras", "cdra", "cdras", "cuadritas", "m", "mts", "mt", "metros", "varas", "vrs", "vr", "km", "kms",
        "kilometros", "blocks", "block", "quadras", "quadra", "metros",
    ]
    static let directions: Set<String> = [
        "norte", "sur", "este", "oeste", "oriente", "poniente", "occidente", "lago", "arriba", "abajo", "montana",
        "noreste", "noroeste", "sureste", "suroeste", "north", "south", "east", "west",
    ]
    /// What a landmark is, written in lower case ("de los semáforos de Rubenia", "de la farmacia", "del puente").
    static let landmarkNouns: Set<String> = [
        "semaforos", "semaforo", "farmacia", "iglesia", "parque", "escuela", "colegio", "gasolinera", "mercado", "puente",
        "rotonda", "estadio", "hospital", "pulperia", "super", "supermercado", "esquina", "cancha", "parada", "terminal",
        "alcaldia", "catedral", "cine", "banco", "empalme", "entrada", "salida", "kiosko", "antiguo", "antigua", "centro",
        "clinica", "puesto", "policia", "estacion", "bomba", "tope", "portón", "porton", "arbolito", "ceiba", "palo",
        // What a landmark was or is like ("donde fue la Texaco vieja", "del antiguo cine").
        "vieja", "viejo", "nueva", "nuevo", "central", "principal", "municipal", "grande", "esquinero", "esquinera",
    ]
    static let landmarkOpeners: Set<String> = ["del", "de", "desde", "frente", "contiguo", "costado", "detras", "donde", "enfrente"]
    static let houseWords: Set<String> = ["casa", "porton", "mano", "contiguo", "frente", "edificio", "apartamento", "apto", "bloque", "lote", "casita", "segunda", "tercera", "primera"]
}
