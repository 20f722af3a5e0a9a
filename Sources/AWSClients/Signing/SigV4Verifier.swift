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
        }
    }

    /// The AWS error code a service would answer with.
    public var awsErrorCode: String {
        switch self {
        case .unknownAccessKey: return "UnrecognizedClientException"
        case .requestTimeSkewed: return "InvalidSignatureException"
        case .missingAuthorization: return "MissingAuthenticationTokenException"
        default: return "InvalidSignatureException"
        }
    }
}

/// Checks the `Authorization` header of an incoming request by recomputing its
/// signature. Used by the local Bedrock-compatible endpoint and test servers.
public enum SigV4Verifier {
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
