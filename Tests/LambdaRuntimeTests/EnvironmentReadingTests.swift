import Foundation
import LambdaRuntime
import Testing

/// `Environment(entries:)` reads `environ`'s layout as `String.firstIndex(of: "=")` did before it was made byte-wise.
@Suite struct EnvironmentReadingTests {
    /// Runs `body` over a NULL-terminated C array of `entries` (what `environ` points at).
    func withEntries<T>(_ entries: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) }
        pointers.append(nil)
        defer { for pointer in pointers { free(pointer) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    @Test func splitsAtTheFirstEqualsSignAndKeepsTheRest() {
        let environment = withEntries([
            "DATABASE_URL=postgresql://u@127.0.0.1:5432/db?sslmode=disable&options=-c%20x=y",
            "EMPTY=", "=leading", "NO_EQUALS", "CLINIC_NAME=Clínica São José — Bogotá",
            "REPEATED=first", "REPEATED=last", "AWS_REGION=us-east-1",
        ]) { Environment(entries: $0) }
        #expect(environment.values["DATABASE_URL"] == "postgresql://u@127.0.0.1:5432/db?sslmode=disable&options=-c%20x=y")
        #expect(environment.values["EMPTY"] == "")
        #expect(environment["EMPTY"] == nil)  // an empty value reads as unset
        #expect(environment.values[""] == "leading")
        #expect(environment.values["NO_EQUALS"] == nil)
        #expect(environment["CLINIC_NAME"] == "Clínica São José — Bogotá")
        #expect(environment["REPEATED"] == "last")
        #expect(environment.values.count == 6)
    }

    @Test func invalidUTF8IsRepairedAsStringCStringRepairsIt() {
        let raw: [UInt8] = Array("NAME=a".utf8) + [0xFF, 0xFE] + Array("b".utf8) + [0]
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: raw.count)
        defer { copy.deallocate() }
        for (index, byte) in raw.enumerated() { copy[index] = CChar(bitPattern: byte) }
        var pointers: [UnsafeMutablePointer<CChar>?] = [copy, nil]
        let environment = pointers.withUnsafeMutableBufferPointer { Environment(entries: UnsafePointer($0.baseAddress!)) }
        let expected = String(String(cString: copy).split(separator: "=", maxSplits: 1)[1])
        #expect(environment["NAME"] == expected)
        #expect(environment["NAME"]?.contains("\u{FFFD}") == true)
    }

    @Test func theProcessEnvironmentReadsLikeGetenv() {
        let environment = Environment.current
        for name in ["PATH", "HOME"] {
            #expect(environment.values[name] == getenv(name).map { String(cString: $0) })
        }
    }
}
