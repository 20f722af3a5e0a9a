import FoundationEssentials
import LambdaRuntime

/// Secrets Manager GetSecretValue over the JSON 1.1 protocol.
public final class SecretsManagerClient: Sendable {
    let caller: AWSServiceCaller
    public var configuration: AWSServiceConfiguration { caller.configuration }

    public init(environment: Environment, http: HTTPClient = .shared) throws {
        caller = AWSServiceCaller(configuration: try AWSServiceConfiguration(service: .secretsManager, environment: environment), http: http)
    }

    public init(configuration: AWSServiceConfiguration, http: HTTPClient = .shared) {
        caller = AWSServiceCaller(configuration: configuration, http: http)
    }

    /// The current `SecretString` of `secretId` (name or ARN). Binary secrets are refused.
    public func getSecretValue(secretId: String, context: AWSCallContext) throws(AWSCallError) -> String {
        guard !secretId.isEmpty else { throw .invalidRequest("secretId is empty") }
        let body: [UInt8]
        do { body = Array(try JSONEncoder().encode(["SecretId": secretId])) } catch { throw .invalidRequest("cannot encode GetSecretValue request") }
        let request = HTTPRequest(method: "POST", url: configuration.endpoint + "/",
                                  headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "secretsmanager.GetSecretValue")],
                                  body: body)
        let response = try caller.send(operation: "GetSecretValue", request, context: context, maxResponseBytes: 1 << 20)
        let decoded: GetSecretValueResponse
        do { decoded = try JSONDecoder().decode(GetSecretValueResponse.self, from: Data(response.body)) } catch {
            throw .malformedResponse("GetSecretValue answer is not the documented JSON: \(JSONShapeError.describe(error))")
        }
        guard let secret = decoded.SecretString else { throw .malformedResponse("the secret has no SecretString (binary secrets are not supported)") }
        return secret
    }

    private struct GetSecretValueResponse: Decodable {
        let SecretString: String?
    }
}
