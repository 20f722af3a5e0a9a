// The AWS clients: the Foundation-free core (HTTP, SigV4, S3, Secrets Manager) plus the Codable Bedrock and
// Data Automation clients of this module, so `import AWSClients` keeps meaning all of them.
@_exported import AWSClientsCore
