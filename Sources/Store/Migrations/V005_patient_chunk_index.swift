/// A patient's chunks are found through their own index. Chat retrieval is scoped to one patient most of
/// the time; with only `(clinic_id)` and `(clinic_id, embedding_model)` indexed, every patient-scoped vector
/// or full-text query read the whole clinic's chunks and filtered them (measured on the load seed of 50,000
/// chunks in 10 clinics: 900 heap blocks and ~7.5 ms per query, three such queries per chat turn).
enum V005PatientChunkIndex {
    static let migration = Migration(version: 5, name: "patient_chunk_index", sql: #"""
CREATE INDEX knowledge_chunks_by_patient ON knowledge_chunks (clinic_id, patient_id, embedding_model);
"""#)
}
