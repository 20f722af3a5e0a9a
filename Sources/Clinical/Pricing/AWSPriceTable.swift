import FoundationEssentials

/// The one dated price table of the AWS bill, us-east-1, on-demand, USD: the infrastructure prices here,
/// the model prices in `models` (PriceTable, which the functions also use for the ledger) — never the
/// same price in two places. Each entry says when and where it was taken and how it was checked.
/// Free tiers, tiered discounts past the first tier, Savings Plans and taxes are not modelled.
public struct AWSPriceTable: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        /// What one `usd` buys ("GB-second", "1M requests", …).
        public let unit: String
        public let usd: Decimal
        public let source: PriceSource

        public init(name: String, unit: String, usd: Decimal, source: PriceSource) {
            self.name = name
            self.unit = unit
            self.usd = usd
            self.source = source
        }
    }

    public let lambdaGBSecondX86: Entry
    public let lambdaGBSecondArm64: Entry
    public let lambdaRequests: Entry
    public let apiGatewayREST: Entry
    public let dataAutomationDocumentPage: Entry
    public let dataAutomationAudioMinute: Entry
    public let s3StandardStorage: Entry
    public let s3PutRequests: Entry
    public let s3GetRequests: Entry
    public let auroraServerlessV2ACUHour: Entry
    public let auroraStorage: Entry
    public let cloudWatchLogsIngestion: Entry
    public let cloudWatchLogsStorage: Entry
    /// Bedrock models, in and out tokens (Titan embeddings included).
    public let models: PriceTable

    public var infrastructure: [Entry] {
        [lambdaGBSecondX86, lambdaGBSecondArm64, lambdaRequests, apiGatewayREST, dataAutomationDocumentPage, dataAutomationAudioMinute,
         s3StandardStorage, s3PutRequests, s3GetRequests, auroraServerlessV2ACUHour, auroraStorage, cloudWatchLogsIngestion, cloudWatchLogsStorage]
    }

    private static func d(_ text: String) -> Decimal { Decimal(string: text)! }
    private static func checked(_ page: String, by copy: String) -> PriceSource {
        PriceSource(taken: "2026-12-01", page: page, verifiedOn: "2026-12-01", verified: copy)
    }
    private static func unchecked(_ page: String) -> PriceSource { PriceSource(taken: "2026-12-01", page: page) }

    public static let usEast1 = AWSPriceTable(
        lambdaGBSecondX86: Entry(name: "Lambda duration, x86_64", unit: "GB-second", usd: d("0.0000166667"),
                                 source: checked("https://aws.amazon.com/lambda/pricing/", by: "cloudchipr.com/blog/aws-lambda-pricing (first 6 B GB-s)")),
        lambdaGBSecondArm64: Entry(name: "Lambda duration, arm64", unit: "GB-second", usd: d("0.0000133334"),
                                   source: checked("https://aws.amazon.com/lambda/pricing/", by: "cloudchipr.com/blog/aws-lambda-pricing (first 7.5 B GB-s)")),
        lambdaRequests: Entry(name: "Lambda requests", unit: "1M requests", usd: d("0.20"),
                              source: checked("https://aws.amazon.com/lambda/pricing/", by: "docs of lambda_local_runner lambda-13-cost.md (x86 and arm64 alike)")),
        apiGatewayREST: Entry(name: "API Gateway REST API calls", unit: "1M requests", usd: d("3.50"),
                              source: checked("https://aws.amazon.com/api-gateway/pricing/", by: "docs.aws.amazon.com whitepaper best-practices-api-gateway-private-apis-integration/cost-optimization (first 333 M)")),
        dataAutomationDocumentPage: Entry(name: "Bedrock Data Automation, document page (standard output)", unit: "page", usd: d("0.010"),
                                          source: unchecked("https://aws.amazon.com/bedrock/pricing/ (Data Automation)")),
        dataAutomationAudioMinute: Entry(name: "Bedrock Data Automation, audio minute (standard output)", unit: "minute", usd: d("0.006"),
                                         source: unchecked("https://aws.amazon.com/bedrock/pricing/ (Data Automation)")),
        s3StandardStorage: Entry(name: "S3 Standard storage", unit: "GB-month", usd: d("0.023"),
                                 source: checked("https://aws.amazon.com/s3/pricing/", by: "devnotes.tech S3 pricing breakdown (first 50 TB)")),
        s3PutRequests: Entry(name: "S3 PUT/COPY/POST/LIST requests", unit: "1,000 requests", usd: d("0.005"),
                             source: checked("https://aws.amazon.com/s3/pricing/", by: "devnotes.tech S3 pricing breakdown")),
        s3GetRequests: Entry(name: "S3 GET requests", unit: "1,000 requests", usd: d("0.0004"),
                             source: checked("https://aws.amazon.com/s3/pricing/", by: "devnotes.tech S3 pricing breakdown")),
        auroraServerlessV2ACUHour: Entry(name: "Aurora Serverless v2 (PostgreSQL, Standard)", unit: "ACU-hour", usd: d("0.12"),
                                         source: checked("https://aws.amazon.com/rds/aurora/pricing/", by: "c3x.dev and awsnegotiations.com 2026 guides (~$0.12 us-east-1)")),
        auroraStorage: Entry(name: "Aurora storage (Standard)", unit: "GB-month", usd: d("0.10"),
                             source: checked("https://aws.amazon.com/rds/aurora/pricing/", by: "awsnegotiations.com aurora-serverless-v2-pricing (2026)")),
        cloudWatchLogsIngestion: Entry(name: "CloudWatch Logs ingestion (Standard)", unit: "GB", usd: d("0.50"),
                                       source: checked("https://aws.amazon.com/cloudwatch/pricing/", by: "c3x.dev cloudwatch-logs-cost-optimization (us-east-1, June 2026)")),
        cloudWatchLogsStorage: Entry(name: "CloudWatch Logs storage", unit: "GB-month", usd: d("0.03"),
                                     source: checked("https://aws.amazon.com/cloudwatch/pricing/", by: "c3x.dev and hykell.com CloudWatch Logs pricing")),
        models: .standard)
}
