/// One versioned schema change: constant SQL compiled into the binary (not a
/// bundle resource, which would pull full Foundation into deployed functions).
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// FNV-1a 64 of the SQL, recorded when applied, so an edited migration is caught.
    public var checksum: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sql.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// Every migration, in order. Append only: never edit one that has shipped.
public enum Migrations {
    public static let all: [Migration] = [V001Initial.migration, V002KnowledgeSources.migration,
                                           V003DocumentProcessing.migration, V004ChatSessions.migration,
                                           V005PatientChunkIndex.migration, V006ClinicBucketIndexes.migration,
                                           V007FullTextGINWithoutPendingList.migration]
}
