import Foundation
import SamskapCore
import SamskapStore

// A child process for the store's crash and lock tests.
//
//   samskap-crashprobe edit FILE INDICATOR-ID START   edits in a loop; prints each committed edit's number, flushed
//   samskap-crashprobe hold FILE                      opens the file, prints "open", keeps it until stdin closes
//
// Edit n adds the measurement `CrashProbeIDs.edit(n)` and renames the project "edit n"; every fifth edit also adds
// twenty more measurements in the same transaction, so that killed transactions come in several sizes.

/// The ids the probe writes; the test computes the same ones.
enum CrashProbeIDs {
    static func edit(_ n: Int) -> UUID { UUID(uuidString: String(format: "C0A5C0A5-0000-4000-8000-%012X", n))! }
    static func extra(_ n: Int, _ k: Int) -> UUID { UUID(uuidString: String(format: "C0A5C0A5-0000-4000-9%03X-%012X", k, n))! }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(3)
}

/// Writes a line straight to the pipe (write(2), no buffer), so that a reported edit is never lost with the process.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: samskap-crashprobe edit FILE INDICATOR-ID START | hold FILE") }
let url = URL(fileURLWithPath: args[2])
let file: ProjectFile
do { file = try ProjectFile.open(at: url) } catch { fail("open: \(error)") }

switch args[1] {
case "hold":
    say("open")
    while readLine() != nil {}
    file.close()
case "edit":
    guard args.count >= 5, let indicator = UUID(uuidString: args[3]), let start = Int(args[4]) else { fail("bad edit arguments") }
    var project: Project
    do { project = try file.load().project } catch { fail("load: \(error)") }
    let day = Day(year: 2025, month: 1, day: 1)!
    var n = start
    while true {
        project.name = "edit \(n)"
        var changes: [Change] = [.setProject(project),
                                 .upsertMeasurement(SamskapCore.Measurement(id: CrashProbeIDs.edit(n), indicatorID: indicator,
                                                                date: day.adding(days: n % 3000), value: Double(n)))]
        if n % 5 == 0 {
            changes += (0..<20).map { k in
                .upsertMeasurement(SamskapCore.Measurement(id: CrashProbeIDs.extra(n, k), indicatorID: indicator, date: day, value: Double(k),
                                               note: String(repeating: "ø", count: 200)))
            }
        }
        do { try file.apply(changes) } catch { fail("apply \(n): \(error)") }
        say("\(n)")
        n += 1
    }
default:
    fail("unknown mode \(args[1])")
}
