import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LambdaRuntime
import OpenSSLCrypto

/// The local S3's buckets and objects on disk. `<root>/<bucket>/` is a bucket; each object is two files
/// named by the SHA-256 of its key: `<hash>.object` (the bytes) and `<hash>.json` (key, type, metadata).
/// Keys never become paths, so `../`, `//`, spaces and any UTF-8 are plain keys, as in S3.
/// An in-memory index (loaded at start, so objects survive restarts) answers HEAD and listings.
final class LocalS3ObjectStore: @unchecked Sendable {
    /// What S3 keeps about an object besides its bytes.
    struct StoredObject: Codable, Sendable, Equatable {
        var key: String
        var size: Int64
        /// Hex MD5 of the bytes, without quotes (S3's ETag of a single-part upload).
        var eTag: String
        var contentType: String
        var lastModifiedMs: Int64
        /// `x-amz-meta-*` headers, names lower-cased without the prefix.
        var metadata: [String: String]
        /// Content-Encoding, Content-Disposition, Cache-Control, Content-Language, Expires as sent.
        var storedHeaders: [String: String]
    }

    enum Failure: Error { case noSuchBucket, bucketNotEmpty, io(String) }

    /// The headers S3 stores with an object and returns on GET/HEAD.
    static let storedHeaderNames = ["Content-Encoding", "Content-Disposition", "Cache-Control", "Content-Language", "Expires"]

    let root: URL
    private let lock = NSLock()
    private var buckets: [String: [String: StoredObject]] = [:]

    init(root: String) throws {
        self.root = URL(fileURLWithPath: root, isDirectory: true)
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: self.root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let decoder = JSONDecoder()
        for name in try fileManager.contentsOfDirectory(atPath: self.root.path) where LocalS3.isValidBucketName(name) {
            var objects: [String: StoredObject] = [:]
            let directory = self.root.appendingPathComponent(name, isDirectory: true)
            for file in (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? [] where file.hasSuffix(".json") {
                guard let data = fileManager.contents(atPath: directory.appendingPathComponent(file).path),
                      let object = try? decoder.decode(StoredObject.self, from: data),
                      fileManager.fileExists(atPath: dataURL(bucket: name, key: object.key).path) else { continue }
                objects[object.key] = object
            }
            buckets[name] = objects
        }
    }

    // MARK: buckets

    /// True when the bucket was created, false when it already existed.
    @discardableResult
    func createBucket(_ name: String) throws -> Bool {
        lock.lock(); defer { lock.unlock() }
        if buckets[name] != nil { return false }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(name, isDirectory: true),
                                                withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        buckets[name] = [:]
        return true
    }

    func bucketExists(_ name: String) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return buckets[name] != nil
    }

    func deleteBucket(_ name: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard let objects = buckets[name] else { throw Failure.noSuchBucket }
        guard objects.isEmpty else { throw Failure.bucketNotEmpty }
        try? FileManager.default.removeItem(at: root.appendingPathComponent(name, isDirectory: true))
        buckets[name] = nil
    }

    // MARK: objects

    /// Stores the bytes, then the description (each written to a temporary file and renamed, so a
    /// reader never sees half an object).
    func put(bucket: String, key: String, body: [UInt8], contentType: String, metadata: [String: String],
             storedHeaders: [String: String]) throws -> StoredObject {
        let object = StoredObject(key: key, size: Int64(body.count), eTag: Hex.encode(MD5Digest.hash(body)), contentType: contentType,
                                  lastModifiedMs: WallClock.nowMs(), metadata: metadata, storedHeaders: storedHeaders)
        let description = try JSONEncoder().encode(object)
        lock.lock(); defer { lock.unlock() }
        guard buckets[bucket] != nil else { throw Failure.noSuchBucket }
        try writeAtomically(Data(body), to: dataURL(bucket: bucket, key: key))
        try writeAtomically(description, to: descriptionURL(bucket: bucket, key: key))
        buckets[bucket]![key] = object
        return object
    }

    func head(bucket: String, key: String) throws -> StoredObject? {
        lock.lock(); defer { lock.unlock() }
        guard let objects = buckets[bucket] else { throw Failure.noSuchBucket }
        return objects[key]
    }

    func get(bucket: String, key: String) throws -> (StoredObject, [UInt8])? {
        lock.lock(); defer { lock.unlock() }
        guard let objects = buckets[bucket] else { throw Failure.noSuchBucket }
        guard let object = objects[key] else { return nil }
        guard let data = FileManager.default.contents(atPath: dataURL(bucket: bucket, key: key).path) else {
            throw Failure.io("object data missing on disk")
        }
        return (object, Array(data))
    }

    /// S3 answers 204 whether or not the key existed.
    func delete(bucket: String, key: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard buckets[bucket] != nil else { throw Failure.noSuchBucket }
        try? FileManager.default.removeItem(at: descriptionURL(bucket: bucket, key: key))
        try? FileManager.default.removeItem(at: dataURL(bucket: bucket, key: key))
        buckets[bucket]![key] = nil
    }

    /// Keys starting with `prefix` and sorting after `after`, in UTF-8 binary order (S3's order).
    func keys(bucket: String, prefix: String, after: String?) throws -> [StoredObject] {
        lock.lock()
        guard let objects = buckets[bucket] else { lock.unlock(); throw Failure.noSuchBucket }
        let matching = objects.values.filter { $0.key.utf8.starts(with: prefix.utf8) } // bytes, as S3 compares
        lock.unlock()
        let afterBytes = after.map { Array($0.utf8) }
        return matching
            .map { (Array($0.key.utf8), $0) }
            .filter { afterBytes == nil || afterBytes!.lexicographicallyPrecedes($0.0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
            .map(\.1)
    }

    // MARK: files

    private func fileStem(_ key: String) -> String { Hex.encode(SHA256Digest.hash(key)) }

    private func dataURL(bucket: String, key: String) -> URL {
        root.appendingPathComponent(bucket, isDirectory: true).appendingPathComponent(fileStem(key) + ".object")
    }

    private func descriptionURL(bucket: String, key: String) -> URL {
        root.appendingPathComponent(bucket, isDirectory: true).appendingPathComponent(fileStem(key) + ".json")
    }

    private func writeAtomically(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".tmp-\(UUID().uuidString)")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw Failure.io("rename") }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure.io("cannot write \(url.lastPathComponent)")
        }
    }
}
