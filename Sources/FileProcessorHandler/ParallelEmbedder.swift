import AWSClients
import Clinical
import LambdaRuntime
import ModelHandling
#if canImport(Glibc)
import Glibc
#endif

/// Embeds a document's passages with up to `concurrency` Titan calls in flight (Titan V2 InvokeModel takes
/// one text per call and has no batch form; a 20 KB note is ~15 passages, so calls in parallel divide the
/// time). Each worker thread has its own adapter (their call records are merged for metering); the first
/// failure stops the remaining work.
struct ParallelEmbedder: Sendable {
    let client: BedrockRuntimeClient
    let modelId: String
    let concurrency: Int

    struct Result {
        var vectors: [[Float]]
        /// Every call made, the billed ones before a failure included (for metering).
        var calls: [BedrockEmbeddingModel.Call]
        var failure: ModelCallError?
    }

    func embed(_ texts: [String], deadlineMs: Int64, traceId: String?, logger: Logger) -> Result {
        let workers = max(1, min(concurrency, texts.count))
        let shared = Shared(count: texts.count)
        let models = (0..<workers).map { _ in BedrockEmbeddingModel(client: client, modelId: modelId, traceId: traceId, logger: logger) }
        let work: @Sendable (Int) -> Void = { worker in
            let model = models[worker]
            while let index = shared.next() {
                do throws(ModelCallError) { shared.store(index, try model.embed(texts[index], deadlineMs: deadlineMs)) } catch { shared.fail(error) }
            }
        }
        if workers == 1 { work(0) } else { Self.run(workers: workers, work) }
        return Result(vectors: shared.vectors.map { $0 ?? [] }, calls: models.flatMap(\.calls), failure: shared.failure)
    }

    /// Runs `body(0..<workers)` on that many threads and waits for all of them.
    private static func run(workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        final class Job { let body: @Sendable (Int) -> Void; let index: Int; init(_ b: @escaping @Sendable (Int) -> Void, _ i: Int) { body = b; index = i } }
        var threads: [pthread_t] = []
        for index in 1..<workers {
            var thread = pthread_t()
            let job = Unmanaged.passRetained(Job(body, index)).toOpaque()
            let created = pthread_create(&thread, nil, { raw in
                let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
                job.body(job.index)
                return nil
            }, job)
            if created == 0 { threads.append(thread) } else { Unmanaged<Job>.fromOpaque(job).release() }
        }
        body(0)
        for thread in threads { pthread_join(thread, nil) }
    }

    private final class Shared: @unchecked Sendable {
        let mutex = PThreadMutex()
        var cursor = 0
        var vectors: [[Float]?]
        var failure: ModelCallError?
        init(count: Int) { vectors = Array(repeating: nil, count: count) }
        func next() -> Int? {
            mutex.withLock {
                guard failure == nil, cursor < vectors.count else { return nil }
                cursor += 1
                return cursor - 1
            }
        }
        func store(_ index: Int, _ vector: [Float]) { mutex.withLock { vectors[index] = vector } }
        func fail(_ error: ModelCallError) { mutex.withLock { if failure == nil { failure = error } } }
    }
}
