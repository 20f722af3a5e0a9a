/// Statement timeouts come from a fixed ladder: the largest step not above the
/// caller's budget. The session keeps its last step, so a `SET` is sent only
/// when the step changes, not before every statement of a warm function.
enum StatementTimeout {
    static let steps = [100, 250, 500, 1_000, 2_000, 3_000, 5_000, 10_000, 20_000, 30_000, 60_000, 120_000, 300_000, 900_000]

    /// The step for a budget in milliseconds; never more than the budget, at least the smallest step.
    static func step(forBudgetMs budget: Int) -> Int {
        steps.last(where: { $0 <= budget }) ?? steps[0]
    }
}
