import FuzzTargets

// libFuzzer's entry under `make fuzz` (-DFUZZING); otherwise a replay of the corpus files given as arguments.
#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt { FuzzEntry.fuzz(DataAutomationEventFuzz.self, data, size) }
#else
@main enum Replay { static func main() { FuzzEntry.replay(DataAutomationEventFuzz.self) } }
#endif
