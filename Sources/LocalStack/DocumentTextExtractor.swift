import Foundation

/// What kind of file an input object is, from its first bytes (then its type and name).
enum InputKind: Equatable, Sendable {
    case pdf, png, jpeg, tiff, docx
    case audio(String)
    case video(String)
    case unknown

    static func sniff(_ bytes: [UInt8], key: String, contentType: String?) -> InputKind {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<(offset + prefix.count)]) == prefix
        }
        let ascii = { (text: String) in Array(text.utf8) }
        if bytes.prefix(1024).indices.contains(where: { starts(ascii("%PDF-"), at: $0) }) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if starts(ascii("RIFF")) && starts(ascii("WAVE"), at: 8) { return .audio("WAV") }
        if starts(ascii("RIFF")) && starts(ascii("AVI "), at: 8) { return .video("AVI") }
        if starts(ascii("OggS")) { return .audio("OGG") }
        if starts(ascii("fLaC")) { return .audio("FLAC") }
        if starts(ascii("#!AMR")) { return .audio("AMR") }
        if starts(ascii("ID3")) || (bytes.count > 1 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0) { return .audio("MP3") }
        if starts([0x1A, 0x45, 0xDF, 0xA3]) { return .video(key.lowercased().hasSuffix(".webm") ? "WEBM" : "MKV") }
        if starts(ascii("ftyp"), at: 4) {
            let brand = bytes.count >= 12 ? String(decoding: bytes[8..<12], as: UTF8.self) : ""
            if brand.hasPrefix("M4A") || brand.hasPrefix("M4B") { return .audio("M4A") }
            if brand == "qt  " { return .video("MOV") }
            return (contentType ?? "").hasPrefix("audio/") ? .audio("M4A") : .video("MP4")
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) && (key.lowercased().hasSuffix(".docx") || (contentType ?? "").contains("wordprocessingml")) {
            return .docx
        }
        return .unknown
    }

    /// BDA's `semantic_modality` of the kind (upper case, as in result.json and job_metadata.json).
    var modality: String {
        switch self {
        case .png, .jpeg: return "IMAGE"
        case .audio: return "AUDIO"
        case .video: return "VIDEO"
        default: return "DOCUMENT"
        }
    }
}

/// Text the local Data Automation read from one file.
enum ExtractedContent: Sendable {
    /// DOCUMENT modality: one text per page, in order.
    case document(fileType: String, pages: [String])
    /// IMAGE modality: OCR lines with their words, boxes as fractions of the image.
    case image(encoding: String, width: Int, height: Int, lines: [OCRLine])
}

struct OCRBox: Sendable, Equatable { var left, top, width, height: Double }
struct OCRWord: Sendable { var text: String; var confidence: Double; var box: OCRBox }
struct OCRLine: Sendable {
    var words: [OCRWord]
    var text: String { words.map(\.text).joined(separator: " ") }
    var confidence: Double { words.isEmpty ? 0 : words.map(\.confidence).reduce(0, +) / Double(words.count) }
    var box: OCRBox {
        let left = words.map(\.box.left).min() ?? 0, top = words.map(\.box.top).min() ?? 0
        let right = words.map { $0.box.left + $0.box.width }.max() ?? 0, bottom = words.map { $0.box.top + $0.box.height }.max() ?? 0
        return OCRBox(left: left, top: top, width: right - left, height: bottom - top)
    }
}

/// Why a file yielded no text: the input's fault (BDA's ClientError) or the service's (ServiceError).
enum ExtractionFailure: Error, Equatable {
    case client(String)
    case service(String)
}

/// Text from real tools: PDFs through `pdftotext -layout` (pages without a text layer rendered by
/// `pdftoppm` and read by `tesseract`), PNG/JPEG through `tesseract` TSV (lines, words, confidences,
/// boxes), TIFF as a document through `tesseract`. Spanish and English OCR data (`-l spa+eng`).
struct DocumentTextExtractor: Sendable {
    struct Tools: Sendable {
        var pdftotext = "pdftotext"
        var pdftoppm = "pdftoppm"
        var tesseract = "tesseract"
        var languages = "spa+eng"
        /// Bounds every tool run.
        var timeoutSeconds = 120.0
        var maxTextBytes = 32 << 20
        /// Scanned pages (no text layer) OCR'd per PDF; BDA's own page limit is 3000.
        var maxOCRPages = 50
        var maxPages = 3000
        init() {}
    }

    let tools: Tools

    func extract(_ kind: InputKind, file: String, workDirectory: String) throws(ExtractionFailure) -> ExtractedContent {
        switch kind {
        case .pdf: return .document(fileType: "PDF", pages: try pdfPages(file, workDirectory: workDirectory))
        case .tiff: return .document(fileType: "TIFF", pages: try splitPages(try run(tools.tesseract, [file, "stdout", "-l", tools.languages])))
        case .png, .jpeg: return try image(file, encoding: kind == .png ? "png" : "jpeg")
        case .docx: throw .client("DOCX documents are not converted locally (BDA converts them to PDF in AWS): upload a PDF")
        case .audio(let format):
            throw .client("Audio (\(format)) needs Amazon Bedrock Data Automation in AWS: the local cloud has no offline Spanish speech-to-text")
        case .video(let format): throw .client("Video (\(format)) needs Amazon Bedrock Data Automation in AWS: it is not processed locally")
        case .unknown: throw .client("Unsupported file format: BDA documents are PDF, TIFF, JPEG, PNG or DOCX")
        }
    }

    private func pdfPages(_ file: String, workDirectory: String) throws(ExtractionFailure) -> [String] {
        let text: [UInt8]
        do {
            text = try BoundedProcess.run(tools.pdftotext, ["-layout", "-enc", "UTF-8", "-eol", "unix", file, "-"],
                                          timeoutSeconds: tools.timeoutSeconds, maxOutputBytes: tools.maxTextBytes)
        } catch .failed(_, let status, let diagnostic) where status == 1 || status == 3 {
            // pdftotext: 1 = the PDF cannot be opened (damaged or password-protected), 3 = copying text is not permitted.
            throw .client("The PDF cannot be read (damaged or password-protected): \(diagnostic.isEmpty ? "pdftotext exit status \(status)" : diagnostic)")
        } catch {
            throw .service(error.description)
        }
        var pages = try splitPages(text)
        guard !pages.isEmpty else { throw .client("The PDF has no pages") }
        guard pages.count <= tools.maxPages else { throw .client("The PDF has more than \(tools.maxPages) pages") }
        // A scanned page has no text layer: render it and read it, as BDA does.
        var ocrBudget = tools.maxOCRPages
        for index in pages.indices where pages[index].isEmpty && ocrBudget > 0 {
            ocrBudget -= 1
            let prefix = "\(workDirectory)/page-\(index + 1)"
            _ = try run(tools.pdftoppm, ["-r", "300", "-gray", "-png", "-singlefile", "-f", "\(index + 1)", "-l", "\(index + 1)", file, prefix])
            pages[index] = try splitPages(try run(tools.tesseract, [prefix + ".png", "stdout", "-l", tools.languages])).joined(separator: "\n\n")
            try? FileManager.default.removeItem(atPath: prefix + ".png")
        }
        return pages
    }

    private func image(_ file: String, encoding: String) throws(ExtractionFailure) -> ExtractedContent {
        let tsv = String(decoding: try run(tools.tesseract, [file, "stdout", "-l", tools.languages, "tsv"]), as: UTF8.self)
        var width = 0, height = 0
        var lines: [[Int]: OCRLine] = [:]
        var order: [[Int]] = []
        for row in tsv.split(separator: "\n").dropFirst() {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 12, let level = Int(fields[0]) else { continue }
            let numbers = fields[1..<10].map { Int($0) ?? 0 }
            if level == 1 { width = numbers[7]; height = numbers[8]; continue }
            let text = String(fields[11...].joined(separator: "\t")).trimmingCharacters(in: .whitespaces)
            guard level == 5, !text.isEmpty, width > 0, height > 0 else { continue }
            let lineKey = Array(numbers[0..<4]) // page, block, paragraph, line
            let box = OCRBox(left: Double(numbers[5]) / Double(width), top: Double(numbers[6]) / Double(height),
                             width: Double(numbers[7]) / Double(width), height: Double(numbers[8]) / Double(height))
            let word = OCRWord(text: text, confidence: max(0, (Double(fields[10]) ?? 0) / 100), box: box)
            if lines[lineKey] == nil { order.append(lineKey); lines[lineKey] = OCRLine(words: []) }
            lines[lineKey]!.words.append(word)
        }
        return .image(encoding: encoding, width: width, height: height, lines: order.compactMap { lines[$0] })
    }

    private func run(_ tool: String, _ arguments: [String]) throws(ExtractionFailure) -> [UInt8] {
        do {
            // One OpenMP thread: tesseract's default team oversubscribes small machines and runs slower.
            return try BoundedProcess.run(tool, arguments, timeoutSeconds: tools.timeoutSeconds, maxOutputBytes: tools.maxTextBytes,
                                          environment: ["OMP_THREAD_LIMIT": "1"])
        } catch {
            throw .service(error.description)
        }
    }

    /// Pages separated by form feeds (pdftotext and tesseract both end each page with one); each page's lines
    /// lose trailing spaces, and leading/trailing blank lines go.
    private func splitPages(_ output: [UInt8]) throws(ExtractionFailure) -> [String] {
        guard let text = String(validating: output, as: UTF8.self) else { throw .service("the extracted text is not UTF-8") }
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in String(line.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed()) }
                .drop(while: \.isEmpty).reversed().drop(while: \.isEmpty).reversed().joined(separator: "\n")
        }
        if pages.count > 1, pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }
}
