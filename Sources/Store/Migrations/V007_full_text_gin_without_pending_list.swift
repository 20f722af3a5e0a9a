/// The full-text GIN indexes (V002) update their posting lists on insert instead of keeping a pending list.
/// With `fastupdate` on (PostgreSQL's default) new chunks' entries wait in an unsorted pending list of up to
/// `gin_pending_list_limit` (4 MB) that **every** search reads in full until (auto)vacuum merges it: on the load seed
/// after ~4,500 chunk inserts it held 345 + 398 pages, so a term found nowhere cost 348 buffers and 3–6 ms per
/// configuration instead of 3 buffers and 0.02 ms (README, "Full text at a bounded cost"). Chunks are written by the
/// file-processor, off the request path, a few per document; searches run on every chat turn: the insert pays.
/// The pending entries already there are merged now (`gin_clean_pending_list`, the index owner's right).
enum V007FullTextGINWithoutPendingList {
    static let migration = Migration(version: 7, name: "full_text_gin_without_pending_list", sql: #"""
ALTER INDEX knowledge_chunks_search_es SET (fastupdate = off);
ALTER INDEX knowledge_chunks_search_en SET (fastupdate = off);
SELECT gin_clean_pending_list('knowledge_chunks_search_es'::regclass), gin_clean_pending_list('knowledge_chunks_search_en'::regclass);
"""#)
}
