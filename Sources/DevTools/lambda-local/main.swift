// lambda-local: the development tool (never deployed).
import Foundation
import LocalStack

let usage = """
usage: lambda-local <command> [arguments]
  invoke <function> <event.json> [--env K=V]... [--timeout S] [--repeat N]
      replay an event through the function's real Runtime API loop
  serve [--port P] [--template template.yaml] [--env K=V]... [--log-file F] [--parameter K=V]...
      the local cloud of template.yaml on 127.0.0.1:P (default 3000, a free port if taken): API Gateway
      with the authorizer, Lambda process pools, local S3 with notifications, Bedrock (offline model)
  token --sub S --group doctors|admins --clinic C [--email E] [--expires-in S] [--token-use id|access]
      mint a Cognito-shaped token signed with the local key (.local/auth/)
  jwks [--port P]
      serve the local key set over HTTP on 127.0.0.1
  migrate [--database-url URL]
      apply the schema migrations as the owner role (default DATABASE_MIGRATION_URL, then DATABASE_URL)
  cost [--mau N] [--growth G] [--load-result F] [--duration FUNCTION=MS]... [--from-database] [assumption flags]
      the monthly AWS bill and cost per active user (lambda-local cost --help lists the assumptions)

"""

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let rest = Array(arguments.dropFirst())
switch command {
case "invoke":
    exit(InvokeCommand.run(arguments: rest))
case "serve":
    exit(ServeCommand.run(arguments: rest))
case "token":
    exit(runTokenCommand(arguments: rest))
case "jwks":
    exit(runJWKSCommand(arguments: rest))
case "migrate":
    exit(runMigrateCommand(arguments: rest))
case "cost":
    exit(CostCommand.run(arguments: rest))
case "-h", "--help", "help":
    print(usage, terminator: "")
    exit(0)
default:
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
