import Foundation
import Testing
import AWSClients
import LambdaRuntime

@Suite struct SecretsManagerClientTests {
    func createSecret(_ value: String) throws -> String {
        let name = Moto.uniqueName("clinical/rds")
        let body = try JSONSerialization.data(withJSONObject: ["Name": name, "SecretString": value])
        let response = try Moto.signedCall(service: "secretsmanager", method: "POST", url: try Moto.endpoint() + "/",
                                           headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "secretsmanager.CreateSecret")],
                                           body: Array(body))
        #expect(response.status == 200, "CreateSecret answered \(response.status)")
        return name
    }

    @Test func readsAnRDSSecretFromMoto() throws {
        let value = #"{"engine":"postgres","host":"db.local","port":5433,"username":"clinical","password":"p@ss w0rd\"!","dbname":"clinical"}"#
        let name = try createSecret(value)
        let client = try SecretsManagerClient(environment: try Moto.environment("AWS_ENDPOINT_URL_SECRETS_MANAGER"))
        let secretString = try client.getSecretValue(secretId: name, context: Moto.context())
        #expect(secretString == value)
    }

    @Test func aMissingSecretIsNotFound() throws {
        let client = try SecretsManagerClient(environment: try Moto.environment("AWS_ENDPOINT_URL"))
        do {
            _ = try client.getSecretValue(secretId: "clinical/does-not-exist", context: Moto.context())
            Issue.record("expected ResourceNotFoundException")
        } catch {
            #expect(error.code == "ResourceNotFoundException" && error.isNotFound)
            #expect(!"\(error)".contains("moto-secret"))
        }
    }
}
