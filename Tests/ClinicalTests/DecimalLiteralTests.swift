import Clinical
import FoundationEssentials
import Testing

/// The price tables' literals read exactly as `Decimal(string:)` reads them, and anything else is refused.
@Suite struct DecimalLiteralTests {
    @Test(arguments: ["0", "1", "0.20", "3.50", "0.0000166667", "0.0000133334", "0.00025", "0.000035", "1.1", "12.345", "0.010",
                      "123456789012345678", "0.000000000000000001"])
    func readsAsDecimalStringReads(text: String) throws {
        let fast = try #require(Decimal(plainLiteral: text))
        let reference = try #require(Decimal(string: text))
        #expect(fast == reference)
        #expect(fast * 1000 == reference * 1000)
    }

    @Test(arguments: ["", ".", "1.", ".5", "1.2.3", "-1", "+1", "1e-3", " 1", "1 ", "1,5", "0x10", "123456789012345678901"])
    func refusesWhatIsNotAPlainLiteral(text: String) {
        #expect(Decimal(plainLiteral: text) == nil)
    }

    @Test func everyPriceOfBothTablesIsRead() {
        // The tables force-unwrap their literals: building them at all proves each one was read.
        #expect(!AWSPriceTable.usEast1.infrastructure.isEmpty)
        #expect(PriceTable.standard.price(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0") != nil)
    }
}
