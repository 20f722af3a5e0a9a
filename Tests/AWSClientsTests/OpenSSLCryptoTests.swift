import Foundation
import Testing
import OpenSSLCrypto

/// Known answers from FIPS 180-2 and RFC 4231 for the primitives SigV4 rests on.
@Suite struct OpenSSLCryptoTests {
    @Test func sha256KnownAnswers() {
        #expect(Hex.encode(SHA256Digest.hash("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hex.encode(SHA256Digest.hash([UInt8]())) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Hex.encode(SHA256Digest.hash(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hmacSHA256KnownAnswers() {
        // RFC 4231 test cases 1, 2 and 6 (a key longer than the block size).
        #expect(Hex.encode(HMACSHA256.authenticationCode(key: Array(repeating: 0x0b, count: 20), message: "Hi There"))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(Hex.encode(HMACSHA256.authenticationCode(key: Array("Jefe".utf8), message: "what do ya want for nothing?"))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(Hex.encode(HMACSHA256.authenticationCode(key: Array(repeating: 0xaa, count: 131),
                                                         message: "Test Using Larger Than Block-Size Key - Hash Key First"))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func hmacIsSafeFromManyThreads() {
        let expected = HMACSHA256.authenticationCode(key: Array("Jefe".utf8), message: "what do ya want for nothing?")
        let mismatches = NSLock()
        nonisolated(unsafe) var bad = 0
        DispatchQueue.concurrentPerform(iterations: 2_000) { _ in
            if HMACSHA256.authenticationCode(key: Array("Jefe".utf8), message: "what do ya want for nothing?") != expected {
                mismatches.lock(); bad += 1; mismatches.unlock()
            }
        }
        #expect(bad == 0)
    }

    @Test func hexRoundTripsAndRejectsGarbage() {
        let bytes: [UInt8] = [0, 1, 0x7f, 0x80, 0xab, 0xff]
        #expect(Hex.encode(bytes) == "00017f80abff")
        #expect(Hex.decode("00017F80ABff") == bytes)
        #expect(Hex.decode("abc") == nil && Hex.decode("zz") == nil)
        #expect(HMACSHA256.constantTimeEquals([1, 2], [1, 2]) && !HMACSHA256.constantTimeEquals([1, 2], [1, 3]) && !HMACSHA256.constantTimeEquals([1], [1, 2]))
    }
}
