/// The clinics' fixed buckets of the clinic-wide vector search (V006): each clinic belongs to one of `count`
/// buckets by the first byte of md5(clinic_id), and each bucket has its own partial HNSW index, so a clinic-wide
/// walk visits the graph of its bucket only — where the clinic's share is ~`count`× its share of the table.
/// No DDL per clinic: the buckets are fixed, a new clinic falls into one of them.
public enum KnowledgeBuckets {
    /// The number of buckets (and of partial HNSW indexes, `knowledge_chunks_embedding_b00`…`b15`).
    public static let count = 16

    /// The SQL of the bucket of a clinic id expression, written exactly as V006's index predicates are: the
    /// planner uses a partial index only when the query's condition is that same expression equal to a constant
    /// (a clinic id passed as a parameter is folded: `PQexecParams` plans with the parameter's value).
    public static func sql(of clinicId: String) -> String {
        "(get_byte(decode(md5(\(clinicId)), 'hex'), 0) % \(count))"
    }
}
