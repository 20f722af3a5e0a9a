import Foundation
import LambdaRuntime
import OpenSSLCrypto
import Testing

@Suite struct RSAAndBase64URLTests {
    @Test func signatureMadeByThePrivateKeyVerifiesWithTheKeyBuiltFromNAndE() throws {
        let (modulus, exponent) = try TestKeys.primary.publicComponents()
        #expect(modulus.count == 256)
        #expect(exponent == [0x01, 0x00, 0x01])
        let publicKey = try RSAPublicKey(modulus: modulus, exponent: exponent)
        #expect(publicKey.bitCount == 2048)
        let message = Array("header.payload".utf8)
        let signature = try TestKeys.primary.signRS256(message)
        #expect(publicKey.verifyRS256(signature: signature, message: message))
        #expect(!publicKey.verifyRS256(signature: signature, message: Array("header.payloaD".utf8)))
        #expect(!(try TestKeys.rotated.publicKey()).verifyRS256(signature: signature, message: message))
    }

    @Test func pemRoundTripKeepsTheKey() throws {
        let pem = try TestKeys.primary.pem()
        #expect(pem.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        let reread = try RSAPrivateKey(pem: pem)
        #expect(try reread.publicComponents().modulus == TestKeys.primary.publicComponents().modulus)
        #expect(throws: RSAError.self) { try RSAPrivateKey(pem: "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n") }
    }

    @Test func weakOrMalformedPublicKeysAreRefused() throws {
        let (modulus, _) = try TestKeys.primary.publicComponents()
        #expect(throws: RSAError.unsupportedKeySize(bits: 1024)) { try RSAPublicKey(modulus: Array(modulus.prefix(128)), exponent: [1, 0, 1]) }
        #expect(throws: RSAError.self) { try RSAPublicKey(modulus: modulus, exponent: [1]) }
        #expect(throws: RSAError.self) { try RSAPublicKey(modulus: modulus, exponent: [2]) }
        #expect(throws: RSAError.self) { try RSAPublicKey(modulus: [], exponent: [1, 0, 1]) }
    }

    @Test func base64URLIsStrict() {
        for sample in [[], [0], [0, 1], [0, 1, 2], [255, 254, 253, 252], Array(0...255)] as [[UInt8]] {
            #expect(Base64URL.decode(Base64URL.encode(sample)) == sample)
        }
        #expect(Base64URL.encode([0xfb, 0xff]) == "-_8")
        #expect(Base64URL.decode("-_8") == [0xfb, 0xff])
        #expect(Base64URL.decode("+/8") == nil)       // standard alphabet
        #expect(Base64URL.decode("AQ==") == nil)      // padding
        #expect(Base64URL.decode("AQ") == [1])
        #expect(Base64URL.decode("AR") == nil)        // non-zero unused bits: a second spelling of [1]
        #expect(Base64URL.decode("A") == nil)         // impossible length
        #expect(Base64URL.decode("AQ B") == nil)      // whitespace
    }
}
