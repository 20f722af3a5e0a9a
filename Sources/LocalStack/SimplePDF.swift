/// A minimal PDF 1.4 writer for test documents and the walkthrough's lab report: A4 pages of text lines in
/// the standard Helvetica fonts with WinAnsiEncoding (so Spanish accents, ñ, ¿ and ¡ extract as themselves),
/// a correct cross-reference table, deterministic bytes. Characters outside WinAnsi become `?`.
public struct SimplePDF: Sendable {
    public struct Line: Sendable {
        public var text: String
        public var size: Double
        public var bold: Bool
        public init(_ text: String, size: Double = 11, bold: Bool = false) {
            self.text = text
            self.size = size
            self.bold = bold
        }
    }

    public var pages: [[Line]]
    public init(pages: [[Line]]) { self.pages = pages }

    static let pageWidth = 595, pageHeight = 842, margin = 56.0

    public func bytes() -> [UInt8] {
        // Objects: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, then a page and its content per page.
        var objects: [[UInt8]] = []
        let pageIds = pages.indices.map { 5 + 2 * $0 }
        objects.append(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        objects.append(Array("<< /Type /Pages /Kids [\(pageIds.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>".utf8))
        objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        objects.append(Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".utf8))
        for (index, lines) in pages.enumerated() {
            let content = Self.content(lines)
            objects.append(Array(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(Self.pageWidth) \(Self.pageHeight)] "
                + "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents \(pageIds[index] + 1) 0 R >>").utf8))
            objects.append(Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8))
        }
        var out = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            let digits = String(offset)
            table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }

    /// One text object per line, top to bottom, 1.45 × the font size apart.
    static func content(_ lines: [Line]) -> [UInt8] {
        var out: [UInt8] = []
        var y = Double(pageHeight) - margin
        for line in lines {
            y -= line.size * 1.45
            out += Array("BT /\(line.bold ? "F2" : "F1") \(format(line.size)) Tf \(format(margin)) \(format(y)) Td (".utf8)
            out += literal(line.text)
            out += Array(") Tj ET\n".utf8)
        }
        return out
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A PDF literal string body in WinAnsiEncoding: `(`, `)` and `\` escaped, bytes above 0x7E in octal.
    static func literal(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            let byte = winAnsi(scalar)
            switch byte {
            case 0x28, 0x29, 0x5C: out += [0x5C, byte]
            case 0x20...0x7E: out.append(byte)
            default:
                let octal = String(byte, radix: 8)
                out += Array(("\\" + String(repeating: "0", count: 3 - octal.count) + octal).utf8)
            }
        }
        return out
    }

    /// WinAnsiEncoding is Latin-1 for 0xA0–0xFF; a few typographic marks live in 0x80–0x9F.
    static func winAnsi(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xFF: return UInt8(scalar.value)
        case 0x20AC: return 0x80 // €
        case 0x2013: return 0x96 // –
        case 0x2014: return 0x97 // —
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95 // •
        default: return 0x3F // ?
        }
    }
}

/// The walkthrough's one-page Spanish lab report (synthetic patient), shipped as
/// events/file-processor/lab-report-es.pdf and regenerated from here by its test.
public enum SampleLabReport {
    public static let lines: [SimplePDF.Line] = [
        .init("Laboratorio Clínico Santa Lucía", size: 16, bold: true),
        .init("Informe de resultados de laboratorio", size: 13, bold: true),
        .init(""),
        .init("Paciente: María José Pérez Núñez (58 años, femenino)"),
        .init("Fecha de toma de muestra: 14/11/2026. Médico solicitante: Dra. Gómez."),
        .init(""),
        .init("Química sanguínea", size: 12, bold: true),
        .init("Glucosa en ayunas: 156 mg/dL (referencia 70 - 100 mg/dL)"),
        .init("Hemoglobina glucosilada (HbA1c): 8,2 % (referencia menor de 5,7 %)"),
        .init("Creatinina: 1,1 mg/dL (referencia 0,6 - 1,2 mg/dL)"),
        .init("Colesterol LDL: 142 mg/dL (referencia menor de 100 mg/dL)"),
        .init("Triglicéridos: 210 mg/dL (referencia menor de 150 mg/dL)"),
        .init(""),
        .init("Interpretación", size: 12, bold: true),
        .init("Diagnóstico: diabetes mellitus tipo 2 con control glucémico insuficiente."),
        .init("Dislipidemia mixta."),
        .init("Indicación: aumentar metformina a 850 mg cada 12 horas con las comidas."),
        .init("Iniciar atorvastatina 20 mg cada noche."),
        .init("Control en tres meses con nueva hemoglobina glucosilada y perfil lipídico."),
    ]

    public static var pdf: [UInt8] { SimplePDF(pages: [lines]).bytes() }
}
