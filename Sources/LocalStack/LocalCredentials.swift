/// The one credential pair of the local cloud: every local AWS-compatible endpoint (Bedrock, S3,
/// Data Automation) verifies SigV4 signatures made with it, and local functions are given it.
/// Not an AWS credential: it opens nothing outside this machine.
public enum LocalCredentials {
    public static let accessKeyId = "AKIALOCALBEDROCK0001"
    public static let secretAccessKey = "local-bedrock-secret-key-not-for-aws"
    public static let region = "us-east-1"

    /// The environment that gives a function these credentials.
    public static var environment: [String: String] {
        ["AWS_ACCESS_KEY_ID": accessKeyId, "AWS_SECRET_ACCESS_KEY": secretAccessKey]
    }

    /// For `SigV4Verifier`: the secret of the local access key, nil for any other.
    public static func secret(forAccessKey id: String) -> String? { id == accessKeyId ? secretAccessKey : nil }
}
