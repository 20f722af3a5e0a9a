import FoundationEssentials

/// The one dated price table of the AWS bill, us-east-1, on-demand, USD: the infrastructure prices here,
/// the model prices in `models` (PriceTable, which the functions also use for the ledger) — never the
/// same price in two places. Each entry says when and where it was taken and what the check of
/// 2026-12-01 found (`PriceSource.Check`: an AWS page/doc/blog, third-party copies only, or nothing).
/// Free tiers, Savings Plans and taxes are not modelled; volume tiers only where this bill can reach them.
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
    /// REST API calls past the first 333 million of the month.
    public let apiGatewayRESTNext667M: Entry
    public let dataAutomationDocumentPage: Entry
    public let dataAutomationAudioMinute: Entry
    public let s3StandardStorage: Entry
    public let s3PutRequests: Entry
    public let s3GetRequests: Entry
    public let auroraServerlessV2ACUHour: Entry
    public let auroraStorage: Entry
    public let auroraIO: Entry
    /// RDS Proxy in front of Aurora Serverless v2: per ACU-hour of the cluster, billed at least `rdsProxyMinimumACU`.
    public let rdsProxyACUHour: Entry
    public let rdsProxyMinimumACU: Double
    public let cloudWatchLogsIngestion: Entry
    public let cloudWatchLogsStorage: Entry
    public let secretsManagerSecret: Entry
    public let secretsManagerAPICalls: Entry
    public let kmsKey: Entry
    public let kmsRequests: Entry
    /// Bedrock models, in and out tokens (Titan embeddings included).
    public let models: PriceTable

    public var infrastructure: [Entry] {
        [lambdaGBSecondX86, lambdaGBSecondArm64, lambdaRequests, apiGatewayREST, apiGatewayRESTNext667M, dataAutomationDocumentPage,
         dataAutomationAudioMinute, s3StandardStorage, s3PutRequests, s3GetRequests, auroraServerlessV2ACUHour, auroraStorage, auroraIO,
         rdsProxyACUHour, cloudWatchLogsIngestion, cloudWatchLogsStorage, secretsManagerSecret, secretsManagerAPICalls, kmsKey, kmsRequests]
    }

    private static func d(_ text: String) -> Decimal { Decimal(plainLiteral: text)! }
    private static let checked = "2026-12-01"
    private static func aws(_ page: String, _ by: String) -> PriceSource { PriceSource(taken: checked, page: page, checkedOn: checked, check: .verified(by: by)) }
    private static func thirdParty(_ page: String, _ by: String) -> PriceSource { PriceSource(taken: checked, page: page, checkedOn: checked, check: .corroborated(by: by)) }
    private static func notFound(_ page: String, _ found: String) -> PriceSource { PriceSource(taken: checked, page: page, checkedOn: checked, check: .unverified(found: found)) }

    public static let usEast1 = AWSPriceTable(
        lambdaGBSecondX86: Entry(name: "Lambda duration, x86_64", unit: "GB-second", usd: d("0.0000166667"),
                                 source: thirdParty("https://aws.amazon.com/lambda/pricing/", "cloudchipr.com/blog/aws-lambda-pricing (us-east-1, first 6 B GB-s), git.mcrn.ar lambda_local_runner docs lambda-13-cost.md, artillery 2.0.28 lib/platform/aws-lambda/prices.js (base x86_64 1666670e-11), aws-samples/sample-llm-search-citation-analysis-with-amazon-bedrock PR #60 (from the pricing page, 2026-05-26)")),
        lambdaGBSecondArm64: Entry(name: "Lambda duration, arm64", unit: "GB-second", usd: d("0.0000133334"),
                                   source: thirdParty("https://aws.amazon.com/lambda/pricing/", "cloudchipr.com/blog/aws-lambda-pricing (first 7.5 B GB-s), lambda_local_runner lambda-13-cost.md, artillery prices.js (base arm64 1333340e-11)")),
        lambdaRequests: Entry(name: "Lambda requests", unit: "1M requests", usd: d("0.20"),
                              source: thirdParty("https://aws.amazon.com/lambda/pricing/", "lambda_local_runner lambda-13-cost.md ($0.20 per 1M, x86 and arm64 alike); aws-samples/sample-llm-search-citation-analysis-with-amazon-bedrock PR #60 ($0.20/M requests, from the pricing page, 2026-05-26)")),
        apiGatewayREST: Entry(name: "API Gateway REST API calls", unit: "1M requests", usd: d("3.50"),
                              source: aws("https://aws.amazon.com/api-gateway/pricing/", "docs.aws.amazon.com whitepaper best-practices-api-gateway-private-apis-integration/cost-optimization, Table 4: first 333 million $3.50 per million")),
        apiGatewayRESTNext667M: Entry(name: "API Gateway REST API calls past 333 M", unit: "1M requests", usd: d("2.80"),
                                      source: aws("https://aws.amazon.com/api-gateway/pricing/", "same AWS whitepaper, Table 4: next 667 million $2.80 per million")),
        dataAutomationDocumentPage: Entry(name: "Bedrock Data Automation, document page (standard output)", unit: "page", usd: d("0.010"),
                                          source: thirdParty("https://aws.amazon.com/bedrock/pricing/ (Data Automation)", "two GitHub notes found by find_string: a Bedrock Knowledge Base pricing note ('Standard Output: $0.010 per page') and an IDP comparison ('$0.010 per page (standard output)', custom output $0.040); the stored AWS Bedrock pricing pages show only their first section")),
        dataAutomationAudioMinute: Entry(name: "Bedrock Data Automation, audio minute (standard output)", unit: "minute", usd: d("0.006"),
                                         source: notFound("https://aws.amazon.com/bedrock/pricing/ (Data Automation)", "no copy of a BDA audio price; '$0.006 per minute' found only for OpenAI Whisper")),
        s3StandardStorage: Entry(name: "S3 Standard storage", unit: "GB-month", usd: d("0.023"),
                                 source: thirdParty("https://aws.amazon.com/s3/pricing/", "devnotes.tech S3 pricing breakdown (first 50 TB)")),
        s3PutRequests: Entry(name: "S3 PUT/COPY/POST/LIST requests", unit: "1,000 requests", usd: d("0.005"),
                             source: thirdParty("https://aws.amazon.com/s3/pricing/", "devnotes.tech S3 pricing breakdown")),
        s3GetRequests: Entry(name: "S3 GET requests", unit: "1,000 requests", usd: d("0.0004"),
                             source: thirdParty("https://aws.amazon.com/s3/pricing/", "devnotes.tech S3 pricing breakdown")),
        auroraServerlessV2ACUHour: Entry(name: "Aurora Serverless v2 (PostgreSQL, Standard)", unit: "ACU-hour", usd: d("0.12"),
                                         source: thirdParty("https://aws.amazon.com/rds/aurora/pricing/", "wring.co aws-aurora-pricing-guide, factualminds.com aurora pricing (us-east-1, June 2026), emnode.com ($0.12 per ACU-hour)")),
        auroraStorage: Entry(name: "Aurora storage (Standard)", unit: "GB-month", usd: d("0.10"),
                             source: thirdParty("https://aws.amazon.com/rds/aurora/pricing/", "wring.co aws-aurora-pricing-guide ($0.10/GB/month), awsnegotiations.com")),
        auroraIO: Entry(name: "Aurora I/O (Standard)", unit: "1M requests", usd: d("0.20"),
                        source: thirdParty("https://aws.amazon.com/rds/aurora/pricing/", "wring.co aws-aurora-pricing-guide and jusdb.com ($0.20 per million I/Os, Aurora Standard)")),
        rdsProxyACUHour: Entry(name: "RDS Proxy (Aurora Serverless v2)", unit: "ACU-hour", usd: d("0.015"),
                               source: thirdParty("https://aws.amazon.com/rds/proxy/pricing/", "GitHub text found by find_string: 'For Aurora Serverless v2, RDS Proxy is priced at $0.015 per ACU per hour, with a minimum charge of 8 ACUs'; a second runbook: 8-ACU minimum ≈ $88/month (8 × 730 h × $0.015 = $87.60); blog.serverworks.co.jp (2024-06): minimum is 8 ACUs")),
        rdsProxyMinimumACU: 8,
        cloudWatchLogsIngestion: Entry(name: "CloudWatch Logs ingestion (Standard)", unit: "GB", usd: d("0.50"),
                                       source: thirdParty("https://aws.amazon.com/cloudwatch/pricing/", "c3x.dev cloudwatch-logs-cost-optimization (us-east-1, June 2026); go-cloud.io ($0.50 per GB ingested)")),
        cloudWatchLogsStorage: Entry(name: "CloudWatch Logs storage", unit: "GB-month", usd: d("0.03"),
                                     source: thirdParty("https://aws.amazon.com/cloudwatch/pricing/", "c3x.dev and hykell.com CloudWatch Logs pricing")),
        secretsManagerSecret: Entry(name: "Secrets Manager secrets", unit: "secret-month", usd: d("0.40"),
                                    source: thirdParty("https://aws.amazon.com/secrets-manager/pricing/", "hivebook.wiki AWS Secrets Manager ($0.40 per secret per month + $0.05 per 10k API calls); aws-samples/sample-llm-search-citation-analysis-with-amazon-bedrock PR #60 ($0.40 per secret per month, 2026-05-26)")),
        secretsManagerAPICalls: Entry(name: "Secrets Manager API calls", unit: "10,000 calls", usd: d("0.05"),
                                      source: thirdParty("https://aws.amazon.com/secrets-manager/pricing/", "hivebook.wiki AWS Secrets Manager")),
        kmsKey: Entry(name: "KMS customer managed key (DataKey)", unit: "key-month", usd: d("1"),
                      source: aws("https://aws.amazon.com/kms/pricing/", "aws.amazon.com/kms/pricing: 'Each AWS KMS key that you create in KMS costs $1/month'")),
        kmsRequests: Entry(name: "KMS requests", unit: "10,000 requests", usd: d("0.03"),
                           source: thirdParty("https://aws.amazon.com/kms/pricing/", "wring.co aws-kms-pricing-guide and factualminds.com ($0.03 per 10,000 symmetric requests); the stored AWS page's request table did not come back")),
        models: .standard)
}
