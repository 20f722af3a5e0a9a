import Foundation
import Testing
@testable import Clinical

@Suite struct PricingTests {
    @Test func costPerModelIncludingInferenceProfiles() {
        let table = PriceTable.standard
        // global.: 1,000 in × $0.001 + 2,000 out × $0.005 per 1K = $0.011; in-Region and us. (geographic) ids +10 % = $0.0121
        #expect(table.cost(modelId: "anthropic.claude-haiku-4-5-20251001-v1:0", inputTokens: 1000, outputTokens: 2000) == Decimal(string: "0.0121"))
        #expect(table.cost(modelId: "us.anthropic.claude-haiku-4-5-20251001-v1:0", inputTokens: 1000, outputTokens: 2000) == Decimal(string: "0.0121"))
        #expect(table.cost(modelId: "global.anthropic.claude-sonnet-4-5-20250929-v1:0", inputTokens: 1500, outputTokens: 500) == Decimal(string: "0.012"))
        #expect(table.cost(modelId: "arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0", inputTokens: 1000, outputTokens: 1000) == Decimal(string: "0.0003"))
        #expect(table.cost(modelId: "amazon.titan-embed-text-v2:0", inputTokens: 500, outputTokens: 0) == Decimal(string: "0.00001"))
        #expect(table.cost(modelId: "meta.llama3-3-70b-instruct-v1:0", inputTokens: 1, outputTokens: 1) == Decimal(string: "0.00000144"))
        #expect(table.cost(modelId: "acme.unknown-model-v1:0", inputTokens: 10, outputTokens: 10) == nil)
    }

    func date(_ iso: String) -> Date { try! Date(iso, strategy: .iso8601) }

    @Test func budgetAllowsUnderTheLimit() {
        let policy = BudgetPolicy(limitUSDPerUserMonth: 20)
        #expect(policy.check(spentThisMonth: Decimal(string: "19.99")!, now: date("2024-03-15T10:00:00Z")) == .allowed(remainingUSD: Decimal(string: "0.01")!))
    }

    @Test func overBudgetWaitsUntilNextMonthUTC() {
        let policy = BudgetPolicy(limitUSDPerUserMonth: 20)
        #expect(policy.check(spentThisMonth: 20, now: date("2024-03-31T23:59:00Z")) == .exceeded(retryAfterSeconds: 60))
        // December rolls over into January of the next year.
        #expect(policy.check(spentThisMonth: 25, now: date("2024-12-31T00:00:00Z")) == .exceeded(retryAfterSeconds: 86_400))
        // February of a leap year has 29 days.
        #expect(policy.check(spentThisMonth: 25, now: date("2024-02-28T00:00:00Z")) == .exceeded(retryAfterSeconds: 2 * 86_400))
        let month = BudgetPolicy.monthInterval(containing: date("2025-07-04T12:00:00Z"))
        #expect(month.start == date("2025-07-01T00:00:00Z") && month.end == date("2025-08-01T00:00:00Z"))
    }
}

@Suite struct EmbeddingAndChunkingTests {
    @Test func embeddingsAreDeterministicNormalizedAndMeaningful() {
        let a = HashedEmbedding.embed("Diabetes mellitus tipo 2 con metformina")
        #expect(a.count == 1024)
        #expect(a == HashedEmbedding.embed("Diabetes mellitus tipo 2 con metformina"))
        let norm = a.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(norm - 1) < 1e-5)
        // Accent- and case-folded.
        #expect(HashedEmbedding.embed("DIAGNÓSTICO") == HashedEmbedding.embed("diagnostico"))
        let similar = HashedEmbedding.cosine(a, HashedEmbedding.embed("diabetes tipo 2 tratada con metformina"))
        let different = HashedEmbedding.cosine(a, HashedEmbedding.embed("fractura de radio distal tras caída"))
        #expect(similar > different + 0.2)
        #expect(HashedEmbedding.embed("", dimensions: 8) == [Float](repeating: 0, count: 8))
    }

    @Test func chunksRespectSentencesLimitsAndOverlap() {
        let text = "Primera oración corta. Segunda oración algo más larga que la primera. Tercera oración. Cuarta oración final."
        let chunks = TextChunker.chunk(text, maxCharacters: 60, overlap: 25)
        #expect(chunks == [
            "Primera oración corta.",
            "Segunda oración algo más larga que la primera.",
            "Tercera oración. Cuarta oración final.",
        ])
        let overlapping = TextChunker.chunk("Uno dos. Tres cuatro. Cinco seis. Siete ocho.", maxCharacters: 25, overlap: 12)
        #expect(overlapping == ["Uno dos. Tres cuatro.", "Tres cuatro. Cinco seis.", "Cinco seis. Siete ocho."])
        for chunk in TextChunker.chunk(String(repeating: "palabra ", count: 100), maxCharacters: 50, overlap: 10) { #expect(chunk.count <= 50) }
    }
}
