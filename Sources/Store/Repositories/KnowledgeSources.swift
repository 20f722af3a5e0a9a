extension KnowledgeRepository {
    /// The file names of these documents of this clinic (documents without a name, or of another clinic,
    /// are absent): what a chat answer shows next to each passage it cites.
    public func fileNames(documentIds: [String], clinicId: String) throws -> [String: String] {
        let ids = Array(Set(documentIds.filter(Identifier.isUUID))).sorted()
        guard !ids.isEmpty else { return [:] }
        let result = try runner.query("""
            SELECT id::text, file_name FROM documents
            WHERE clinic_id = $1 AND id = ANY($2::uuid[]) AND file_name IS NOT NULL
            """, [.text(clinicId), .text("{" + ids.joined(separator: ",") + "}")], idempotent: true)
        var names: [String: String] = [:]
        for row in result.rows { names[try row.string("id")] = try row.string("file_name") }
        return names
    }
}
