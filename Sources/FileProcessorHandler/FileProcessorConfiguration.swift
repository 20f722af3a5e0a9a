import AWSClients
import FoundationEssentials
import LambdaRuntime
import ModelHandling

/// The file processor's settings, read once at start-up; a bad value is an init error.
public struct FileProcessorConfiguration: Sendable {
    /// The name usage rows and metrics carry, whatever the deployed function is called.
    public static let functionName = "file-processor"
    /// The summarizer's default (Claude Haiku 4.5, US cross-region profile): one model family for the product.
    public static let defaultModelId = "us.anthropic.claude-haiku-4-5-20251001-v1:0"
    public static let defaultEmbeddingModelId = "amazon.titan-embed-text-v2:0"

    public var uploadBucket: String
    public var uploadURLExpiresSeconds: Int
    public var maxUploadBytes: Int64
    /// Text documents are read into the function: at most this many bytes (a bigger one is refused at upload).
    public var maxTextDocumentBytes: Int
    public var bdaProjectArn: String?
    public var bdaProfileArn: String?
    public var bdaProjectStage: String
    /// `s3://bucket/prefix`, no trailing slash.
    public var bdaOutput: S3URI
    public var extractionModelId: String
    public var embeddingModelId: String
    public var redactionEnabled: Bool
    public var budgetUSDPerUserMonth: Decimal
    /// Lambda's attempts at an async event (1 + the template's MaximumRetryAttempts): the last one marks FAILED.
    public var maxProcessingAttempts: Int
    /// The template's MaximumEventAgeInSeconds: an attempt this close to it is treated as the last.
    public var maxEventAgeSeconds: Int
    /// A document `PROCESSING` longer than this is reported as stuck by GET /documents/{id}.
    public var stuckAfterSeconds: Int
    /// Embedding calls in flight at once for one document.
    public var embeddingConcurrency: Int

    public init(uploadBucket: String, uploadURLExpiresSeconds: Int = 900, maxUploadBytes: Int64 = 50 << 20,
                maxTextDocumentBytes: Int = 2 << 20, bdaProjectArn: String? = nil, bdaProfileArn: String? = nil,
                bdaProjectStage: String = "LIVE", bdaOutput: S3URI? = nil, extractionModelId: String = Self.defaultModelId,
                embeddingModelId: String = Self.defaultEmbeddingModelId, redactionEnabled: Bool = true,
                budgetUSDPerUserMonth: Decimal = 20, maxProcessingAttempts: Int = 3, maxEventAgeSeconds: Int = 3600,
                stuckAfterSeconds: Int = 900, embeddingConcurrency: Int = 4) {
        self.uploadBucket = uploadBucket
        self.uploadURLExpiresSeconds = uploadURLExpiresSeconds
        self.maxUploadBytes = maxUploadBytes
        self.maxTextDocumentBytes = maxTextDocumentBytes
        self.bdaProjectArn = bdaProjectArn
        self.bdaProfileArn = bdaProfileArn
        self.bdaProjectStage = bdaProjectStage
        self.bdaOutput = bdaOutput ?? S3URI(bucket: uploadBucket, key: "bda-output")
        self.extractionModelId = extractionModelId
        self.embeddingModelId = embeddingModelId
        self.redactionEnabled = redactionEnabled
        self.budgetUSDPerUserMonth = budgetUSDPerUserMonth
        self.maxProcessingAttempts = maxProcessingAttempts
        self.maxEventAgeSeconds = maxEventAgeSeconds
        self.stuckAfterSeconds = stuckAfterSeconds
        self.embeddingConcurrency = embeddingConcurrency
    }

    /// Whether PDFs, images and audio can be processed (both BDA ARNs are set).
    public var dataAutomationEnabled: Bool { bdaProjectArn != nil && bdaProfileArn != nil }

    /// README "The file processor" lists every variable.
    public init(environment env: Environment) throws {
        let bucket = try env.required("UPLOAD_BUCKET")
        guard (3...63).contains(bucket.utf8.count), !bucket.contains("/") else { throw ConfigurationError("UPLOAD_BUCKET must be a bucket name") }
        let modelId = try Self.modelId(env, "MODEL_ID", default: Self.defaultModelId)
        var output = S3URI(bucket: bucket, key: "bda-output")
        if let text = env["BDA_OUTPUT_PREFIX"] {
            var trimmed = text
            while trimmed.hasSuffix("/") { trimmed.removeLast() }   // BDA appends "/<job_id>": a trailing slash would make "//".
            guard let uri = S3URI(trimmed), !uri.key.isEmpty else { throw ConfigurationError("BDA_OUTPUT_PREFIX must be s3://bucket/prefix") }
            output = uri
        }
        let project = env["BDA_PROJECT_ARN"].flatMap { $0.isEmpty ? nil : $0 }
        let profile = env["BDA_PROFILE_ARN"].flatMap { $0.isEmpty ? nil : $0 }
        guard (project == nil) == (profile == nil) else { throw ConfigurationError("BDA_PROJECT_ARN and BDA_PROFILE_ARN must be set together") }
        for arn in [project, profile].compactMap({ $0 }) where !arn.hasPrefix("arn:") {
            throw ConfigurationError("BDA_PROJECT_ARN and BDA_PROFILE_ARN must be ARNs")
        }
        self.init(uploadBucket: bucket,
                  uploadURLExpiresSeconds: try env.int("UPLOAD_URL_EXPIRES_SECONDS", default: 900, range: 60...3600),
                  maxUploadBytes: Int64(try env.int("MAX_UPLOAD_BYTES", default: 50 << 20, range: 1...(5 << 30))),
                  maxTextDocumentBytes: try env.int("MAX_TEXT_DOCUMENT_BYTES", default: 2 << 20, range: 1024...(20 << 20)),
                  bdaProjectArn: project, bdaProfileArn: profile,
                  bdaProjectStage: env.string("BDA_PROJECT_STAGE", default: "LIVE"), bdaOutput: output,
                  extractionModelId: try Self.modelId(env, "EXTRACTION_MODEL_ID", default: modelId),
                  embeddingModelId: try Self.modelId(env, "EMBEDDING_MODEL_ID", default: Self.defaultEmbeddingModelId),
                  redactionEnabled: try env.flag("PHI_REDACTION", default: true),
                  budgetUSDPerUserMonth: try BudgetGate.limit(env),
                  maxProcessingAttempts: try env.int("MAX_PROCESSING_ATTEMPTS", default: 3, range: 1...10),
                  maxEventAgeSeconds: try env.int("MAX_EVENT_AGE_SECONDS", default: 3600, range: 60...21600),
                  stuckAfterSeconds: try env.int("PROCESSING_STUCK_SECONDS", default: 900, range: 60...86400),
                  embeddingConcurrency: try env.int("EMBEDDING_CONCURRENCY", default: 4, range: 1...16))
        guard ["LIVE", "DEVELOPMENT"].contains(bdaProjectStage) else { throw ConfigurationError("BDA_PROJECT_STAGE must be LIVE or DEVELOPMENT") }
    }

    static func modelId(_ env: Environment, _ name: String, default fallback: String) throws -> String {
        let value = env.string(name, default: fallback)
        guard !value.isEmpty, value.utf8.count <= 2048, !value.contains(where: { $0.isWhitespace }) else {
            throw ConfigurationError("\(name) must be a Bedrock model id, inference profile id or ARN")
        }
        return value
    }
}
