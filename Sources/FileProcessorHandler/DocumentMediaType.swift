import APIHandling

/// The file types an upload may declare, and how each is read.
enum DocumentMediaType {
    /// Read in the function (GetObject, UTF-8 or Latin-1).
    static let text: Set<String> = ["text/plain", "text/markdown"]
    /// Converted to text by Bedrock Data Automation.
    static let dataAutomation: Set<String> = [
        "application/pdf", "image/jpeg", "image/png", "image/tiff",
        "audio/mpeg", "audio/wav", "audio/x-wav", "audio/mp4", "audio/m4a", "audio/flac", "audio/ogg", "audio/webm",
    ]

    /// The type without parameters, lower-cased (`Text/Plain; charset=utf-8` → `text/plain`).
    static func essence(_ header: String) -> String { MediaType.essence(header) }

    static func isAllowed(_ type: String) -> Bool { text.contains(type) || dataAutomation.contains(type) }
    static func isText(_ type: String) -> Bool { text.contains(essence(type)) }
}
