import FuzzTargets
import Foundation
import Testing

/// The committed seed corpora and crash regressions, replayed through their targets' invariants on every
/// `swift test`, so an input that once broke something stays a test (`make fuzz` explores further).
@Suite struct FuzzCorpusTests {
    static let corpusRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Corpus").path

    @Test(arguments: FuzzTargets.names)
    func corpusKeepsEveryInvariant(name: String) throws {
        let files = CorpusFiles.list(Self.corpusRoot + "/" + name)
        #expect(files.count >= 3, "the corpus of \(name) has too few seeds")
        for file in files {
            let input = try #require(CorpusFiles.read(file), "cannot read \(file)")
            let result = try #require(FuzzTargets.check(name, input), "no target \(name)")
            #expect(result == nil, "\(file): \(result ?? "")")
        }
    }

    @Test func everyTargetHasACorpusAndAnExecutable() throws {
        let sources = Self.corpusRoot + "/../../../Sources/Fuzz"
        for name in FuzzTargets.names {
            #expect(FileManager.default.fileExists(atPath: Self.corpusRoot + "/" + name), "no corpus for \(name)")
            #expect(FileManager.default.fileExists(atPath: sources + "/fuzz-" + name), "no executable for \(name)")
        }
    }
}

/// The seeds reach the code behind the checks they are meant to pass: signed seed tokens verify under the
/// targets' fixed key and clock, so mutations of them explore policy building, not only parsing.
@Suite struct FuzzSeedReachTests {
    @Test func signedSeedTokensVerifyAndPlaceholderSeedsDoNot() throws {
        let valid = try #require(CorpusFiles.read(FuzzCorpusTests.corpusRoot + "/jwt/valid"))
        #expect(FuzzSeedProbe.verifies(valid))
        let bad = try #require(CorpusFiles.read(FuzzCorpusTests.corpusRoot + "/jwt/bad-signature"))
        #expect(!FuzzSeedProbe.verifies(bad))
    }

    @Test func authorizerSeedsWithASignedTokenAreAllowed() throws {
        let event = try #require(CorpusFiles.read(FuzzCorpusTests.corpusRoot + "/authorizer/fixture-token.json"))
        #expect(FuzzSeedProbe.authorizerAllows(event))
        let placeholder = try #require(CorpusFiles.read(FuzzCorpusTests.corpusRoot + "/authorizer/placeholder-token.json"))
        #expect(!FuzzSeedProbe.authorizerAllows(placeholder))
    }
}
