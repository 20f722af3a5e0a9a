import FoundationEssentials

/// The one dated price table of the AWS bill, us-east-1, on-demand, USD: the infrastructure prices here,
/// the model prices in `models` (PriceTable, which the functions also use for the ledger) — never the
/// same price in two places. Each entry says when and where it was taken and what the checks of
/// 2026-12-01 and 2026-12-02 found (`PriceSource.Check`: an AWS page/doc/blog, third-party copies only, or nothing).
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
    /// Taken on 2026-12-01; every entry searched again on 2026-12-02 (search tool, `docs` and `pages` corpora, stored copies):
    /// what the second search found is appended to each check ("2026-12-02: …"), with the date the found page carries.
    private static let taken = "2026-12-01"
    private static let checked = "2026-12-02"
    private static func aws(_ page: String, _ by: String) -> PriceSource { PriceSource(taken: taken, page: page, checkedOn: checked, check: .verified(by: by)) }
    private static func thirdParty(_ page: String, _ by: String) -> PriceSource { PriceSource(taken: taken, page: page, checkedOn: checked, check: .corroborated(by: by)) }
    private static func notFound(_ page: String, _ found: String) -> PriceSource { PriceSource(taken: taken, page: page, checkedOn: checked, check: .unverified(found: found)) }

    public static let usEast1 = AWSPriceTable(
        lambdaGBSecondX86: Entry(name: "Lambda duration, x86_64", unit: "GB-second", usd: d("0.0000166667"),
                                 source: aws("https://aws.amazon.com/lambda/pricing/", "2026-12-02: AWS whitepaper 'How AWS Pricing Works', Lambda (docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html): '$0.00001667 for every GB-second used thereafter' — the same price rounded to 4 digits (a stored copy of aws.amazon.com/lambda/pricing, example 1: 'The monthly compute price is $0.00001667 per GB-s'); the 10-digit $0.0000166667 only in third-party copies: modal.com (2025-05-16), amnic.com, cloudchipr.com (us-east-1, first 6 B GB-s), lambda_local_runner lambda-13-cost.md (2026-05-11), artillery 2.0.28 prices.js; the live page renders its table from price tokens, absent from the stored text")),
        lambdaGBSecondArm64: Entry(name: "Lambda duration, arm64", unit: "GB-second", usd: d("0.0000133334"),
                                   source: aws("https://aws.amazon.com/lambda/pricing/", "2026-12-02: AWS News Blog 'AWS Lambda Functions Powered by AWS Graviton2 Processor' (2021-09-29, updated 2023-06-19): 'duration charges are 20 percent lower than the current pricing for x86' — 0.8 × $0.0000166667 = $0.0000133334; the figure itself in cloudchipr.com (first 7.5 B GB-s), lambda_local_runner lambda-13-cost.md (2026-05-11), artillery prices.js (base arm64 1333340e-11)")),
        lambdaRequests: Entry(name: "Lambda requests", unit: "1M requests", usd: d("0.20"),
                              source: aws("https://aws.amazon.com/lambda/pricing/", "2026-12-02: AWS whitepaper 'How AWS Pricing Works', Lambda: 'Free Tier: 1 million requests per month. $0.20 per 1 million requests thereafter, or $0.0000002 per request'; the same in a stored copy of the pricing page's example 1 ('$0.20 per 1 million requests') and in amnic.com, modal.com (2025-05-16)")),
        apiGatewayREST: Entry(name: "API Gateway REST API calls", unit: "1M requests", usd: d("3.50"),
                              source: aws("https://aws.amazon.com/api-gateway/pricing/", "docs.aws.amazon.com whitepaper best-practices-api-gateway-private-apis-integration/cost-optimization, Table 4: first 333 million $3.50 per million; 2026-12-02: found again (the pt_br copy of the same page), the stored aws.amazon.com/api-gateway/pricing shows only its free tier")),
        apiGatewayRESTNext667M: Entry(name: "API Gateway REST API calls past 333 M", unit: "1M requests", usd: d("2.80"),
                                      source: aws("https://aws.amazon.com/api-gateway/pricing/", "same AWS whitepaper, Table 4: next 667 million $2.80 per million (found again 2026-12-02)")),
        dataAutomationDocumentPage: Entry(name: "Bedrock Data Automation, document page (standard output)", unit: "page", usd: d("0.010"),
                                          source: thirdParty("https://aws.amazon.com/bedrock/pricing/ (Data Automation)", "two GitHub notes found by find_string: a Bedrock Knowledge Base pricing note ('Standard Output: $0.010 per page') and an IDP comparison ('$0.010 per page (standard output)', custom output $0.040); the stored AWS Bedrock pricing pages show only their first section; 2026-12-02: the BDA user guide pages (bda-how-it-works, bda-standard-output, bda-limits) carry no price, cloudroutehq.com and factualminds.com (2026-03-16) describe BDA without a per-page figure")),
        dataAutomationAudioMinute: Entry(name: "Bedrock Data Automation, audio minute (standard output)", unit: "minute", usd: d("0.006"),
                                         source: notFound("https://aws.amazon.com/bedrock/pricing/ (Data Automation)", "no copy of a BDA audio price; '$0.006 per minute' found only for OpenAI Whisper; 2026-12-02: searched again (docs and pages), none found")),
        s3StandardStorage: Entry(name: "S3 Standard storage", unit: "GB-month", usd: d("0.023"),
                                 source: thirdParty("https://aws.amazon.com/s3/pricing/", "devnotes.tech S3 pricing breakdown (first 50 TB); 2026-12-02: deepeshsoni.com ('around $0.023 per GB-month for the first 50 TB'); the stored aws.amazon.com/s3/pricing text holds no figure")),
        s3PutRequests: Entry(name: "S3 PUT/COPY/POST/LIST requests", unit: "1,000 requests", usd: d("0.005"),
                             source: thirdParty("https://aws.amazon.com/s3/pricing/", "devnotes.tech S3 pricing breakdown")),
        s3GetRequests: Entry(name: "S3 GET requests", unit: "1,000 requests", usd: d("0.0004"),
                             source: thirdParty("https://aws.amazon.com/s3/pricing/", "devnotes.tech S3 pricing breakdown")),
        auroraServerlessV2ACUHour: Entry(name: "Aurora Serverless v2 (PostgreSQL, Standard)", unit: "ACU-hour", usd: d("0.12"),
                                         source: thirdParty("https://aws.amazon.com/rds/aurora/pricing/", "wring.co aws-aurora-pricing-guide, factualminds.com aurora pricing (us-east-1, June 2026), emnode.com ($0.12 per ACU-hour); 2026-12-02: awsnegotiations.com (May 2026, 'approximately $0.12/ACU-hour (varies by region)'), c3x.dev ('~$0.12, us-east-1'); no AWS copy with the figure")),
        auroraStorage: Entry(name: "Aurora storage (Standard)", unit: "GB-month", usd: d("0.10"),
                             source: thirdParty("https://aws.amazon.com/rds/aurora/pricing/", "wring.co aws-aurora-pricing-guide ($0.10/GB/month), awsnegotiations.com (May 2026, 'approximately $0.10/GB-month'); no AWS copy found 2026-12-02")),
        auroraIO: Entry(name: "Aurora I/O (Standard)", unit: "1M requests", usd: d("0.20"),
                        source: thirdParty("https://aws.amazon.com/rds/aurora/pricing/", "wring.co aws-aurora-pricing-guide and jusdb.com ($0.20 per million I/Os, Aurora Standard)")),
        rdsProxyACUHour: Entry(name: "RDS Proxy (Aurora Serverless v2)", unit: "ACU-hour", usd: d("0.015"),
                               source: thirdParty("https://aws.amazon.com/rds/proxy/pricing/", "GitHub text found by find_string: 'For Aurora Serverless v2, RDS Proxy is priced at $0.015 per ACU per hour, with a minimum charge of 8 ACUs'; a second runbook: 8-ACU minimum ≈ $88/month (8 × 730 h × $0.015 = $87.60); blog.serverworks.co.jp (2024-06): minimum is 8 ACUs")),
        rdsProxyMinimumACU: 8,
        cloudWatchLogsIngestion: Entry(name: "CloudWatch Logs ingestion (Standard)", unit: "GB", usd: d("0.50"),
                                       source: thirdParty("https://aws.amazon.com/cloudwatch/pricing/", "c3x.dev cloudwatch-logs-cost-optimization (us-east-1, June 2026: Standard ingestion $0.50 per GB); go-cloud.io ($0.50 per GB ingested); 2026-12-02: c3x.dev aws_cloudwatch_log_group page, same figure; no AWS copy found")),
        cloudWatchLogsStorage: Entry(name: "CloudWatch Logs storage", unit: "GB-month", usd: d("0.03"),
                                     source: thirdParty("https://aws.amazon.com/cloudwatch/pricing/", "c3x.dev (us-east-1, June 2026: storage $0.03 per GB-month) and hykell.com CloudWatch Logs pricing; no AWS copy found 2026-12-02")),
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
