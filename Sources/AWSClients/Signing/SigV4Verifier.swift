import LambdaRuntime
import OpenSSLCrypto

/// What a verified request was signed for.
public struct SigV4VerifiedRequest: Sendable, Equatable {
    public let accessKeyId: String
    public let region: String
    public let service: String
    public let date: SigV4Date
    public let signedHeaders: [String]
}

/// Why an incoming request's signature was refused. No case carries a secret
/// or the expected signature.
public enum SigV4VerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingAuthorization
    case malformedAuthorization(String)
    case unknownAccessKey(String)
    case missingDate
    case requestTimeSkewed(seconds: Int64)
    case scopeDateMismatch
    case headerNotSigned(String)
    case payloadHashMismatch
    case signatureMismatch
    /// A presigned URL past `X-Amz-Date` + `X-Amz-Expires`.
    case expired
    case malformedQuery(String)

    public var description: String {
        switch self {
        case .missingAuthorization: return "missing Authorization header"
        case .malformedAuthorization(let why): return "malformed Authorization header: \(why)"
        case .unknownAccessKey(let id): return "unknown access key \(id)"
        case .missingDate: return "missing or malformed X-Amz-Date"
        case .requestTimeSkewed(let seconds): return "request time is \(seconds) s away from the server's clock"
        case .scopeDateMismatch: return "credential scope date differs from X-Amz-Date"
        case .headerNotSigned(let name): return "header \(name) must be signed"
        case .payloadHashMismatch: return "X-Amz-Content-SHA256 does not match the body"
        case .signatureMismatch: return "the request signature does not match"
        case .expired: return "request has expired"
        case .malformedQuery(let why): return "malformed presigned query: \(why)"
        }
    }

    /// The AWS error code a service would answer with.
    public var awsErrorCode: String {
        switch self {
        case .unknownAccessKey: return "UnrecognizedClientException"
        case .requestTimeSkewed: return "InvalidSignatureException"
        case .missingAuthorization: return "MissingAuthenticationTokenException"
        case .expired: return "AccessDenied"
        default: return "InvalidSignatureException"
        }
    }
}

/// Checks an incoming request's signature by recomputing it: the `Authorization`
/// header form, or the presigned query form (`X-Amz-Signature` in the query).
/// Used by the local AWS-compatible endpoints (Bedrock, S3, Data Automation) and test servers.
public enum SigV4Verifier {
    /// Either form: presigned when the query carries `X-Amz-Signature`, the header form otherwise.
    public static func verifyAny(method: String, rawPath: String, rawQuery: String, headers: [(String, String)], body: [UInt8],
                                 secretForAccessKey: (String) -> String?, nowMs: Int64 = WallClock.nowMs())
        -> Result<SigV4VerifiedRequest, SigV4VerificationError> {
        if presignedParameters(rawQuery)["X-Amz-Signature"] != nil {
            return verifyPresigned(method: method, rawPath: rawPath, rawQuery: rawQuery, headers: headers,
                                   secretForAccessKey: secretForAccessKey, nowMs: nowMs)
        }
        return verify(method: method, rawPath: rawPath, rawQuery: rawQuery, headers: headers, body: body,
                      secretForAccessKey: secretForAccessKey, nowMs: nowMs)
    }

    /// A presigned URL: `X-Amz-Algorithm`, `-Credential`, `-Date`, `-Expires` (1 s–7 days), `-SignedHeaders`
    /// and `-Signature` in the query; expired or not-yet-valid (beyond 15 minutes of skew) URLs are refused,
    /// and every signed header (e.g. `content-type`, `content-length`) must be sent with the signed value.
    /// The payload is `UNSIGNED-PAYLOAD` unless the request declares `x-amz-content-sha256`.
    public static func verifyPresigned(method: String, rawPath: String, rawQuery: String, headers: [(String, String)],
                                       secretForAccessKey: (String) -> String?, nowMs: Int64 = WallClock.nowMs(),
                                       maxSkewSeconds: Int64 = 900) -> Result<SigV4VerifiedRequest, SigV4VerificationError> {
        func header(_ name: String) -> String? { headers.first { asciiLowercased($0.0) == name }?.1 }
        let parameters = presignedParameters(rawQuery)
        for name in ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature"]
            where parameters[name] == nil {
            return .failure(.malformedQuery("\(name) is required"))
        }
        guard parameters["X-Amz-Algorithm"] == SigV4Canonical.algorithm else {
            return .failure(.malformedQuery("X-Amz-Algorithm must be \(SigV4Canonical.algorithm)"))
        }
        let scope = parameters["X-Amz-Credential"]!.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request", !scope[0].isEmpty else { return .failure(.malformedQuery("bad credential scope")) }
        guard let date = SigV4Date(amzDate: parameters["X-Amz-Date"]!) else { return .failure(.missingDate) }
        guard date.dateStamp == scope[1] else { return .failure(.scopeDateMismatch) }
        guard let expires = Int64(parameters["X-Amz-Expires"]!), (1...604_800).contains(expires) else {
            return .failure(.malformedQuery("X-Amz-Expires must be 1 to 604800 seconds"))
        }
        let now = nowMs / 1000
        guard date.epochSeconds - now <= maxSkewSeconds else { return .failure(.requestTimeSkewed(seconds: date.epochSeconds - now)) }
        guard now <= date.epochSeconds + expires else { return .failure(.expired) }
        guard let secret = secretForAccessKey(scope[0]) else { return .failure(.unknownAccessKey(scope[0])) }
        let signedNames = parameters["X-Amz-SignedHeaders"]!.split(separator: ";").map(String.init)
        guard !signedNames.isEmpty, signedNames == signedNames.map(asciiLowercased), signedNames == signedNames.sorted() else {
            return .failure(.malformedQuery("X-Amz-SignedHeaders must be sorted lower-case names"))
        }
        guard signedNames.contains("host") else { return .failure(.headerNotSigned("host")) }
        var signed: [(String, String)] = []
        for name in signedNames {
            let values = headers.filter { asciiLowercased($0.0) == name }
            guard !values.isEmpty else { return .failure(.headerNotSigned(name)) }
            signed.append(contentsOf: values)
        }
        // The canonical query is every parameter but the signature itself.
        let unsignedQuery = rawQuery.split(separator: "&", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("X-Amz-Signature=") }.joined(separator: "&")
        let region = scope[2], service = scope[3]
        let payloadHash = header("x-amz-content-sha256") ?? (service == "s3" ? SigV4Canonical.unsignedPayload
                                                                           : Hex.encode(SHA256Digest.hash([UInt8]())))
        let canonical = SigV4Canonical.request(method: method.uppercased(), uri: SigV4Canonical.uri(path: rawPath, service: service),
                                               query: SigV4Canonical.query(unsignedQuery), headers: SigV4Canonical.headers(signed),
                                               payloadHash: payloadHash)
        let stringToSign = SigV4Canonical.stringToSign(date: date, scope: SigV4Canonical.scope(date: date, region: region, service: service),
                                                       canonicalRequest: canonical)
        let key = SigV4Canonical.signingKey(secret: secret, date: date, region: region, service: service)
        let expected = HMACSHA256.authenticationCode(key: key, message: stringToSign)
        guard let given = Hex.decode(parameters["X-Amz-Signature"]!), HMACSHA256.constantTimeEquals(expected, given) else {
            return .failure(.signatureMismatch)
        }
        return .success(SigV4VerifiedRequest(accessKeyId: scope[0], region: region, service: service, date: date, signedHeaders: signedNames))
    }

    /// The query's `X-Amz-*` parameters, decoded (the first of each name).
    static func presignedParameters(_ rawQuery: String) -> [String: String] {
        var parameters: [String: String] = [:]
        for item in rawQuery.split(separator: "&", omittingEmptySubsequences: true) where item.hasPrefix("X-Amz-") {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            if parameters[name] == nil { parameters[name] = parts.count > 1 ? AWSURIEncoding.decode(String(parts[1])) : "" }
        }
        return parameters
    }

    /// `rawPath` and `rawQuery` exactly as received (still percent-encoded);
    /// `nowMs` in milliseconds since the epoch; AWS allows 15 minutes of skew.
    public static func verify(method: String, rawPath: String, rawQuery: String, headers: [(String, String)], body: [UInt8],
                              secretForAccessKey: (String) -> String?, nowMs: Int64 = WallClock.nowMs(),
                              maxSkewSeconds: Int64 = 900) -> Result<SigV4VerifiedRequest, SigV4VerificationError> {
        func header(_ name: String) -> String? { headers.first { asciiLowercased($0.0) == name }?.1 }

        guard let authorization = header("authorization") else { return .failure(.missingAuthorization) }
        let parsed: ParsedAuthorization
        switch ParsedAuthorization.parse(authorization) {
        case .success(let value): parsed = value
        case .failure(let error): return .failure(error)
        }
        guard let secret = secretForAccessKey(parsed.accessKeyId) else { return .failure(.unknownAccessKey(parsed.accessKeyId)) }
        guard let amzDate = header("x-amz-date"), let date = SigV4Date(amzDate: amzDate) else { return .failure(.missingDate) }
        let skew = date.epochSeconds - nowMs / 1000
        guard abs(skew) <= maxSkewSeconds else { return .failure(.requestTimeSkewed(seconds: skew)) }
        guard date.dateStamp == parsed.dateStamp else { return .failure(.scopeDateMismatch) }
        for required in ["host", "x-amz-date"] + (header("x-amz-security-token") != nil ? ["x-amz-security-token"] : [])
            where !parsed.signedHeaders.contains(required) {
            return .failure(.headerNotSigned(required))
        }

        let bodyHash = Hex.encode(SHA256Digest.hash(body))
        var payloadHash = bodyHash
        if let declared = header("x-amz-content-sha256") {
            if declared != SigV4Canonical.unsignedPayload && declared != bodyHash { return .failure(.payloadHashMismatch) }
            payloadHash = declared
        }
        var signed: [(String, String)] = []
        for name in parsed.signedHeaders {
            let values = headers.filter { asciiLowercased($0.0) == name }
            guard !values.isEmpty else { return .failure(.headerNotSigned(name)) }
            signed.append(contentsOf: values)
        }
        let canonical = SigV4Canonical.request(method: method.uppercased(), uri: SigV4Canonical.uri(path: rawPath, service: parsed.service),
                                               query: SigV4Canonical.query(rawQuery), headers: SigV4Canonical.headers(signed),
                                               payloadHash: payloadHash)
        let scope = SigV4Canonical.scope(date: date, region: parsed.region, service: parsed.service)
        let stringToSign = SigV4Canonical.stringToSign(date: date, scope: scope, canonicalRequest: canonical)
        let key = SigV4Canonical.signingKey(secret: secret, date: date, region: parsed.region, service: parsed.service)
        let expected = HMACSHA256.authenticationCode(key: key, message: stringToSign)
        guard let given = Hex.decode(parsed.signature), HMACSHA256.constantTimeEquals(expected, given) else {
            return .failure(.signatureMismatch)
        }
        return .success(SigV4VerifiedRequest(accessKeyId: parsed.accessKeyId, region: parsed.region, service: parsed.service,
                                             date: date, signedHeaders: parsed.signedHeaders))
    }
}

/// `AWS4-HMAC-SHA256 Credential=AKID/20240501/us-east-1/bedrock/aws4_request, SignedHeaders=a;b, Signature=hex`
struct ParsedAuthorization {
    let accessKeyId: String
    let dateStamp: String
    let region: String
    let service: String
    let signedHeaders: [String]
    let signature: String

    static func parse(_ text: String) -> Result<ParsedAuthorization, SigV4VerificationError> {
        let prefix = SigV4Canonical.algorithm + " "
        guard text.hasPrefix(prefix) else { return .failure(.malformedAuthorization("algorithm must be \(SigV4Canonical.algorithm)")) }
        var fields: [String: String] = [:]
        for part in text.dropFirst(prefix.count).split(separator: ",") {
            let item = part.trimmingASCIIWhitespace()
            guard let eq = item.firstIndex(of: "=") else { return .failure(.malformedAuthorization("expected name=value")) }
            fields[String(item[..<eq])] = String(item[item.index(after: eq)...])
        }
        guard let credential = fields["Credential"], let signedHeaders = fields["SignedHeaders"], let signature = fields["Signature"] else {
            return .failure(.malformedAuthorization("Credential, SignedHeaders and Signature are required"))
        }
        let scope = credential.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, scope[4] == "aws4_request", !scope[0].isEmpty else {
            return .failure(.malformedAuthorization("bad credential scope"))
        }
        let names = signedHeaders.split(separator: ";").map(String.init)
        guard !names.isEmpty, names == names.map(asciiLowercased), names == names.sorted() else {
            return .failure(.malformedAuthorization("SignedHeaders must be sorted lower-case names"))
        }
        return .success(ParsedAuthorization(accessKeyId: scope[0], dateStamp: scope[1], region: scope[2], service: scope[3],
                                            signedHeaders: names, signature: signature))
    }
}
