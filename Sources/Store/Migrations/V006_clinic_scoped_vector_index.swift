/// A clinic-wide vector search walks an HNSW graph in which a clinic's chunks are each other's neighbours. pgvector
/// before 0.8 (0.6.2 here) filters the clinic only after the walk, so with one clinic ~10 % of the index the walk had
/// to collect `ef_search` 800 candidates to keep 20 (~13–19 ms of database CPU per chat turn on the load seed of
/// 53,000 chunks in 10 clinics). This index is over `clinic_scoped_embedding(embedding, clinic_id)`: the embedding
/// followed by 64 dimensions of ±|embedding|/16 whose signs are md5(clinic_id)'s bits — the same for every row of a
/// clinic, nearly orthogonal between two clinics. Within one clinic its cosine distance is 0.8 × the embedding's
/// (so it ranks a clinic's chunks exactly as the embedding does, whatever their norms); the same vector in two
/// clinics lies ~0.2 apart, so a walk stays mostly among the query's clinic yet can still step through another
/// clinic's similar chunks (a wider gap, ±|e|/8, left the walk stranded when two clinics hold the same document:
/// Tests/StoreTests/ClinicScopedVectorIndexTests). No DDL per clinic: a new clinic's rows get their code from
/// their id. The `clinic_id = $1` filter stays on every query — isolation never depends on the code, only the
/// speed does (README, "Load, scale and cost"). Built only from immutable C functions (md5, translate, replace,
/// the vector casts), inlined by the planner. The index build holds the graph in memory (`maintenance_work_mem`
/// 512 MB for this transaction: 53,000 chunks in ~15 s instead of minutes on disk).
enum V006ClinicScopedVectorIndex {
    static let migration = Migration(version: 6, name: "clinic_scoped_vector_index", sql: #"""
CREATE FUNCTION clinic_scoped_embedding(embedding vector, clinic_id text) RETURNS vector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
    SELECT (embedding::real[]
            || (('[' || rtrim(
                   replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(translate(md5(clinic_id), '0123456789abcdef', 'ghijklmnopqrstuv'), 'g', '-1,-1,'), 'h', '1,-1,'), 'i', '-1,1,'), 'j', '1,1,'), 'k', '-1,-1,'), 'l', '1,-1,'), 'm', '-1,1,'), 'n', '1,1,'), 'o', '-1,-1,'), 'p', '1,-1,'), 'q', '-1,1,'), 'r', '1,1,'), 's', '-1,-1,'), 't', '1,-1,'), 'u', '-1,1,'), 'v', '1,1,'),
                   ',') || ']')::vector
                * array_fill((vector_norm(embedding) * 0.0625)::real, ARRAY[64])::vector)::real[])::vector(1088)
$fn$;
SET LOCAL maintenance_work_mem = '512MB';
CREATE INDEX knowledge_chunks_clinic_scoped_embedding ON knowledge_chunks
    USING hnsw ((clinic_scoped_embedding(embedding, clinic_id)::vector(1088)) vector_cosine_ops);
"""#)
}
