/// The clinic-wide vector search walks an HNSW graph of a fixed **bucket of clinics** instead of the whole table.
/// pgvector before 0.8 filters the clinic only after the walk, so a clinic holding a share s of the index needs
/// `ef_search` ≈ k ÷ s × 4 (800 for a clinic of 10 % on the load seed: ~13 ms of database CPU per chat turn). Here
/// each clinic belongs to one of 16 buckets by the first byte of md5(clinic_id) (stable across PostgreSQL versions,
/// unlike `hashtext`), and each bucket has its own partial HNSW index; a clinic's share of its bucket is ~16× its
/// share of the table, so a small `ef_search` finds its rows (`KnowledgeBuckets`, `KnowledgeRepository.nearest`).
/// No DDL per clinic, no table rewrite, no change of keys: the whole-table index, which nothing else walks, goes.
/// `IF NOT EXISTS`: on a large live table an operator may build the 16 indexes beforehand with
/// `CREATE INDEX CONCURRENTLY` under the same names (a migration runs in a transaction, where CONCURRENTLY cannot).
enum V006ClinicBucketIndexes {
    static let migration = Migration(version: 6, name: "clinic_bucket_indexes", sql: #"""
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b00 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 0;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b01 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 1;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b02 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 2;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b03 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 3;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b04 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 4;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b05 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 5;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b06 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 6;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b07 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 7;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b08 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 8;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b09 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 9;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b10 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 10;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b11 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 11;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b12 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 12;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b13 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 13;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b14 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 14;
CREATE INDEX IF NOT EXISTS knowledge_chunks_embedding_b15 ON knowledge_chunks USING hnsw (embedding vector_cosine_ops)
    WHERE (get_byte(decode(md5(clinic_id), 'hex'), 0) % 16) = 15;
DROP INDEX IF EXISTS knowledge_chunks_embedding;
"""#)
}
