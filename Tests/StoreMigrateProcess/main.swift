// Test helper: `lambda-local migrate` as its own small process, so the race
// test can start eight of them at once.
import Foundation
import LocalStack

exit(runMigrateCommand(arguments: Array(CommandLine.arguments.dropFirst())))
