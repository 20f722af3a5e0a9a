import APIHandling
import AWSClients
import AWSEvents
import FoundationEssentials
import LambdaRuntime
import Store

/// The scheduled check (template: `ReconcileDataAutomation`, `{"action":"reconcileDataAutomation"}` every
/// 15 minutes) for BDA completion events that never came — EventBridge delivers them on a best-effort basis:
/// documents waiting for a job longer than `PROCESSING_STUCK_SECONDS` get `GetDataAutomationStatus`, and a
/// finished job is completed exactly as its event would have (the same conditional claim, so a late event
/// still does nothing twice).
struct DataAutomationReconciliation: Sendable {
    static let action = "reconcileDataAutomation"
    static let batchSize = 25
    /// A document is not started with less than this left.
    static let minimumMs: Int64 = 30_000

    let configuration: FileProcessorConfiguration
    let dataAutomation: DataAutomationRuntimeClient
    let provider: DatabaseProvider
    let completions: DataAutomationCompletion

    func run(context lambda: LambdaContext) throws -> [UInt8] {
        let logger = lambda.logger
        let waiting: [DocumentRow]
        do {
            let database = try provider.database(context: AWSCallContext(lambda))
            waiting = try database.session(timeoutMs: DocumentPipeline.timeoutMs(lambda)).documents
                .waitingForDataAutomation(longerThanSeconds: configuration.stuckAfterSeconds, limit: Self.batchSize)
        } catch {
            throw DocumentProcessingRetry(message: "the database was unavailable (\(error.errorCode))")
        }
        var completed = 0
        var stillRunning = 0
        for row in waiting {
            guard lambda.remainingMs >= Self.minimumMs, let arn = row.bdaInvocationArn, let jobId = row.bdaJobId else { break }
            let status: DataAutomationJobStatus
            do { status = try dataAutomation.status(invocationArn: arn, context: AWSCallContext(lambda, reservingMs: Self.minimumMs)) } catch {
                logger.warn("data automation status unavailable", ["documentId": .string(row.id), "error": .string(error.errorCode)])
                continue
            }
            let detailType: String
            switch status.status {
            case "Success": detailType = "Bedrock Data Automation Job Succeeded"
            case "ClientError": detailType = "Bedrock Data Automation Job Failed With Client Error"
            case "ServiceError": detailType = "Bedrock Data Automation Job Failed With Service Error"
            default:
                stillRunning += 1
                continue
            }
            let event = DataAutomationJobEvent(detailType: detailType, jobId: jobId, jobStatus: status.status,
                                               errorMessage: status.errorMessage)
            do {
                _ = try completions.handle(event, context: lambda)
                completed += 1
            } catch {
                // The next run tries again.
                logger.warn("reconciled completion failed; retried on the next run", ["documentId": .string(row.id)])
            }
        }
        logger.info("data automation reconciled", ["waiting": .from(waiting.count), "completed": .from(completed),
                                                   "stillRunning": .from(stillRunning)])
        return Array("{\"waiting\":\(waiting.count),\"completed\":\(completed),\"stillRunning\":\(stillRunning)}".utf8)
    }
}
