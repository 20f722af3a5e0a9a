import LambdaRuntime

/// A validated InvokeDataAutomationAsync request (aws-shapes §1.1), or the ValidationException message.
struct DataAutomationRequest: Sendable, Equatable {
    let clientToken: String?
    let input: BDAOutput.Location
    /// The output prefix: bucket and key prefix without a trailing slash ("" for the bucket root).
    let output: BDAOutput.Location
    let profileArn: String
    let projectArn: String?
    let stage: String?
    let eventBridgeEnabled: Bool

    struct Invalid: Error, Equatable {
        let code: String
        let message: String
        init(_ message: String, code: String = "ValidationException") { self.code = code; self.message = message }
    }

    /// What must match for a repeated clientToken to be the same request.
    var fingerprint: String { [input.uri, output.uri, profileArn, projectArn ?? "", stage ?? "", eventBridgeEnabled ? "1" : "0"].joined(separator: "\n") }

    static func parse(_ body: JSONValue, region: String, accountId: String, projectArn localProject: String) throws(Invalid) -> DataAutomationRequest {
        var token: String?
        if let value = body["clientToken"] {
            guard let text = value.string, isClientToken(text) else {
                throw Invalid("clientToken must be 1 to 256 letters and digits, single or repeated hyphens only between them")
            }
            token = text
        }
        guard let inputConfiguration = body["inputConfiguration"], inputConfiguration.object != nil else {
            throw Invalid("inputConfiguration is required")
        }
        guard let inputURI = inputConfiguration["s3Uri"]?.string, let input = s3Location(inputURI), !input.key.isEmpty else {
            throw Invalid("inputConfiguration.s3Uri must be an s3://bucket/key URI of the input object")
        }
        if inputConfiguration["bytes"] != nil { throw Invalid("inputConfiguration.bytes is only accepted by InvokeDataAutomation (sync)") }
        guard let outputConfiguration = body["outputConfiguration"], outputConfiguration.object != nil else {
            throw Invalid("outputConfiguration is required")
        }
        guard let outputURI = outputConfiguration["s3Uri"]?.string, let output = s3Location(outputURI) else {
            throw Invalid("outputConfiguration.s3Uri must be an s3://bucket[/prefix] URI")
        }
        // BDA appends "/<job_id>" itself: a trailing slash gives "prefix//<job_id>/..." keys in AWS. Refused here so
        // the mistake shows up locally.
        guard !outputURI.hasSuffix("/") else { throw Invalid("outputConfiguration.s3Uri must not end with '/' (BDA appends /<job_id>)") }

        guard let profileArn = body["dataAutomationProfileArn"]?.string else { throw Invalid("dataAutomationProfileArn is required") }
        let profilePrefix = "arn:aws:bedrock:\(region):\(accountId):data-automation-profile/"
        guard profileArn.hasPrefix(profilePrefix), profileArn.count > profilePrefix.count, profileArn.count <= 128,
              profileArn.dropFirst(profilePrefix.count).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            throw Invalid("dataAutomationProfileArn must be a data-automation-profile ARN of account \(accountId) in \(region)")
        }

        var projectArn: String?
        var stage: String?
        if let configuration = body["dataAutomationConfiguration"] {
            guard let arn = configuration["dataAutomationProjectArn"]?.string else {
                throw Invalid("dataAutomationConfiguration.dataAutomationProjectArn is required")
            }
            let publicDefault = "arn:aws:bedrock:\(region):aws:data-automation-project/public-default"
            guard arn.hasPrefix("arn:aws:bedrock:"), arn.contains(":data-automation-project/") else {
                throw Invalid("dataAutomationConfiguration.dataAutomationProjectArn is not a data-automation-project ARN")
            }
            guard arn == localProject || arn == publicDefault else {
                throw Invalid("data automation project not found (the local project is \(localProject))", code: "ResourceNotFoundException")
            }
            if let value = configuration["stage"] {
                guard let text = value.string, text == "LIVE" || text == "DEVELOPMENT" else {
                    throw Invalid("dataAutomationConfiguration.stage must be LIVE or DEVELOPMENT")
                }
                stage = text
            }
            projectArn = arn
        }

        var eventBridge = false
        if let notification = body["notificationConfiguration"] {
            guard let eventBridgeConfiguration = notification["eventBridgeConfiguration"], eventBridgeConfiguration.object != nil else {
                throw Invalid("notificationConfiguration.eventBridgeConfiguration is required")
            }
            guard case .bool(let flag)? = eventBridgeConfiguration["eventBridgeEnabled"] else {
                throw Invalid("notificationConfiguration.eventBridgeConfiguration.eventBridgeEnabled must be a boolean")
            }
            eventBridge = flag
        }
        if let blueprints = body["blueprints"] {
            guard let list = blueprints.array, (1...40).contains(list.count), list.allSatisfy({ $0["blueprintArn"]?.string != nil }) else {
                throw Invalid("blueprints must be 1 to 40 objects with a blueprintArn")
            }
        }
        if let encryption = body["encryptionConfiguration"] {
            guard encryption["kmsKeyId"]?.string != nil else {
                throw Invalid("encryptionConfiguration.kmsKeyId is required")
            }
        }
        return DataAutomationRequest(clientToken: token, input: input, output: output, profileArn: profileArn, projectArn: projectArn,
                                     stage: stage, eventBridgeEnabled: eventBridge)
    }

    /// `[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}`: 1–256 characters, hyphens only between letters and digits.
    static func isClientToken(_ text: String) -> Bool {
        guard (1...256).contains(text.utf8.count), let first = text.first, let last = text.last else { return false }
        func alnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        return alnum(first) && alnum(last) && text.allSatisfy { alnum($0) || $0 == "-" }
    }

    /// `s3://bucket` or `s3://bucket/key`, bucket named by S3's rules, at most 1024 characters.
    static func s3Location(_ uri: String) -> BDAOutput.Location? {
        guard uri.hasPrefix("s3://"), uri.utf8.count <= 1024 else { return nil }
        let rest = uri.dropFirst(5)
        let slash = rest.firstIndex(of: "/")
        let bucket = String(slash.map { rest[..<$0] } ?? rest)
        guard LocalS3.isValidBucketName(bucket) else { return nil }
        var key = slash.map { String(rest[rest.index(after: $0)...]) } ?? ""
        while key.hasSuffix("/") { key.removeLast() }
        return BDAOutput.Location(bucket: bucket, key: key)
    }
}
