/// Knowledge chunks learn where they came from and how they may be searched:
/// the embedding model that made their vector (vectors of different models are
/// never compared), their position in the source (page or time offset), and
/// full-text vectors in Spanish and English (drug names, ICD-10 codes and lab
/// names are where embeddings alone miss).
enum V002KnowledgeSources {
    static let migration = Migration(version: 2, name: "knowledge_sources", sql: #"""
ALTER TABLE knowledge_chunks
    ADD COLUMN embedding_model text NOT NULL DEFAULT 'unknown',
    ADD COLUMN page integer CHECK (page IS NULL OR page >= 0),
    ADD COLUMN time_offset_ms bigint CHECK (time_offset_ms IS NULL OR time_offset_ms >= 0),
    ADD COLUMN search_es tsvector GENERATED ALWAYS AS (to_tsvector('spanish'::regconfig, content)) STORED,
    ADD COLUMN search_en tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, content)) STORED;
ALTER TABLE knowledge_chunks ALTER COLUMN embedding_model DROP DEFAULT;

CREATE INDEX knowledge_chunks_by_clinic_model ON knowledge_chunks (clinic_id, embedding_model);
CREATE INDEX knowledge_chunks_search_es ON knowledge_chunks USING gin (search_es);
CREATE INDEX knowledge_chunks_search_en ON knowledge_chunks USING gin (search_en);
"""#)
}
