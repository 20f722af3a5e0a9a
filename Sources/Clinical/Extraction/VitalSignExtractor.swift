/// Vital signs written as "cue value unit": TA/PA/BP 120/80, FC/HR, FR/RR, SpO2/SatO2, T°/Temp, peso, talla, IMC.
struct VitalSignExtractor {
    let text: TokenizedText

    func extract() -> [VitalSign] {
        var result: [VitalSign] = []
        var seen: Set<VitalSignKind> = []
        let t = text.tokens
        var i = 0
        while i < t.count {
            guard let (kind, cueEnd) = cue(at: i) else { i += 1; continue }
            // Up to two filler words ("de", "en", ":") between the cue and the number.
            var v = cueEnd + 1
            while v < t.count, v <= cueEnd + 2, !t[v].isNumber, ["de", "of", "en", "es", "is", "o2", "al"].contains(text.folded[v]) { v += 1 }
            guard v < t.count, t[v].isNumber, !text.gap(after: cueEnd).contains("\n"), let (value, unit, end) = reading(kind, at: v) else { i += 1; continue }
            if seen.insert(kind).inserted { result.append(VitalSign(kind: kind, value: value, unit: unit)) }
            i = end + 1
        }
        return result
    }

    private func cue(at i: Int) -> (VitalSignKind, Int)? {
        let f = text.folded
        let t = text.tokens
        func next(_ k: Int) -> String? { k < f.count ? f[k] : nil }
        switch f[i] {
        case "ta", "pa", "bp": return t[i].isAllCaps ? (.bloodPressure, i) : nil
        case "presion", "tension", "blood":
            if let n = next(i + 1), ["arterial", "pressure"].contains(n) { return (.bloodPressure, i + 1) }
        case "fc", "hr", "pulso", "pulse", "fcf": return f[i] == "fcf" ? nil : (.heartRate, i)
        case "fr", "rr": return (.respiratoryRate, i)
        case "frecuencia", "heart", "respiratory":
            if let n = next(i + 1), ["cardiaca", "rate"].contains(n), f[i] != "respiratory" { return (.heartRate, i + 1) }
            if let n = next(i + 1), ["respiratoria", "rate"].contains(n) { return (.respiratoryRate, i + 1) }
        case "spo2", "sato2", "sao2": return (.oxygenSaturation, i)
        case "sat", "saturacion", "saturation", "o2":
            if f[i] == "o2", next(i + 1) == "sat" { return (.oxygenSaturation, i + 1) }
            if f[i] != "o2" { return (.oxygenSaturation, next(i + 1) == "o2" ? i + 1 : i) }
        case "t", "temp", "temperatura", "temperature":
            // "T°", "T 38,6 °C", "Temp 38.2"; a lone "t" needs a number right after.
            return (.temperature, i)
        case "peso", "weight": return (.weight, i)
        case "talla", "height", "estatura": return (.height, i)
        case "imc", "bmi": return (.bmi, i)
        default: return nil
        }
        return nil
    }

    private func reading(_ kind: VitalSignKind, at v: Int) -> (String, String?, Int)? {
        let t = text.tokens
        var end = v
        if kind == .bloodPressure {
            guard v + 1 < t.count, text.gap(after: v) == "/", t[v + 1].isNumber else { return nil }
            end = v + 1
        } else if v + 1 < t.count, t[v + 1].isNumber, [".", ","].contains(text.gap(after: v)) {
            end = v + 1
        }
        let value = text.text.string(t[v].start..<t[end].end)
        var unit: String?
        let gap = text.gap(after: end)
        if gap.trimmingWhitespace().hasPrefix("%") { unit = "%" }
        else if gap.trimmingWhitespace().hasPrefix("°") || gap.trimmingWhitespace().hasPrefix("º") {
            let letter = end + 1 < t.count && ["c", "f"].contains(text.folded[end + 1]) ? t[end + 1].text : "C"
            unit = "°" + letter
            if end + 1 < t.count, ["c", "f"].contains(text.folded[end + 1]) { end += 1 }
        } else if end + 1 < t.count, gap.trimmingWhitespace().isEmpty || gap == " x" , Self.units.contains(text.folded[end + 1]) {
            unit = t[end + 1].text
            end += 1
        }
        return (value, unit, end)
    }

    static let units: Set<String> = ["mmhg", "lpm", "bpm", "rpm", "x", "kg", "cm", "m", "c", "f", "lb", "lbs", "kgm2", "mm"]
}
