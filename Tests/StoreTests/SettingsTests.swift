import Foundation
import Store
import Testing

@Suite struct SettingsTests {
    @Test func urlOfARemoteHostRequiresTLS() throws {
        let settings = try DatabaseSettings.fromURL("postgresql://app:s3cret@db.cluster-abc.us-east-1.rds.amazonaws.com:5432/clinical")
        #expect(settings.host == "db.cluster-abc.us-east-1.rds.amazonaws.com")
        #expect(settings.port == 5432)
        #expect(settings.database == "clinical")
        #expect(settings.user == "app")
        #expect(settings.sslMode == "require")
        #expect(!settings.description.contains("s3cret"))
    }

    @Test func loopbackKeepsLibpqDefaultAndExplicitModeWins() throws {
        #expect(try DatabaseSettings.fromURL("postgresql://app:pw@127.0.0.1:5555/clinical").sslMode == nil)
        #expect(try DatabaseSettings.fromURL("postgresql://app:pw@localhost/clinical").sslMode == nil)
        #expect(try DatabaseSettings.fromURL("postgresql://app:pw@db.example.org/clinical?sslmode=verify-full").sslMode == "verify-full")
    }

    @Test func badURLsAreRejectedWithoutEchoingThem() throws {
        #expect(throws: StoreError.invalidSettings("the database URL could not be parsed")) {
            try DatabaseSettings.fromURL("postgresql://app:pw@host:notaport/db?nosuchoption=1")
        }
        #expect(throws: StoreError.invalidSettings("the database URL names no database")) {
            try DatabaseSettings.fromURL("postgresql://app:pw@db.example.org")
        }
    }

    @Test func rdsSecretWithNumericOrStringPort() throws {
        let numeric = try DatabaseSettings.fromRDSSecret(json: Array(#"""
            {"engine":"postgres","host":"aurora.internal","port":5432,"username":"clinical_app","password":"p\"w","dbname":"clinical"}
            """#.utf8))
        #expect(numeric.host == "aurora.internal")
        #expect(numeric.port == 5432)
        #expect(numeric.user == "clinical_app")
        #expect(numeric.parameters["password"] == "p\"w")
        #expect(numeric.sslMode == "require")
        let text = try DatabaseSettings.fromRDSSecret(json: Array(#"{"host":"h.internal","port":"6432","username":"u","password":"p"}"#.utf8),
                                                      database: "clinical")
        #expect(text.port == 6432)
        #expect(text.database == "clinical")
    }

    /// The one RDS secret reader (the functions' DatabaseProvider uses it): its errors never carry a value of the secret.
    @Test func aMalformedSecretsErrorCarriesNoValue() {
        do {
            _ = try DatabaseSettings.fromRDSSecret(json: Array(#"{"host":"h.internal","username":"u","passwd":"hunter2"}"#.utf8))
            Issue.record("expected invalid settings")
        } catch {
            #expect(!"\(error)".contains("hunter2") && !"\(error)".contains("h.internal"))
        }
    }

    @Test func malformedSecretsAreInvalidSettings() {
        #expect(throws: StoreError.self) { try DatabaseSettings.fromRDSSecret(json: Array("not json".utf8)) }
        #expect(throws: StoreError.self) { try DatabaseSettings.fromRDSSecret(json: Array(#"{"host":"h","username":"u","password":"p"}"#.utf8)) }
        #expect(throws: StoreError.self) {
            try DatabaseSettings.fromRDSSecret(json: Array(#"{"host":"h","port":"x","username":"u","password":"p","dbname":"d"}"#.utf8))
        }
    }
}
