// lambda-local: the development tool (never deployed).
import Foundation
import LocalStack

let usage = """
usage: lambda-local <command> [arguments]
  invoke <function> <event.json> [--env K=V]... [--timeout S] [--repeat N]
      replay an event through the function's real Runtime API loop

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
case "-h", "--help", "help":
    print(usage, terminator: "")
    exit(0)
default:
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
