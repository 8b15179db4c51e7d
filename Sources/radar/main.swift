import Foundation
import SceneRadar

// The executable only parses arguments, calls the library, prints and exits.
ProcessLifetime.restartWithAllocatorCache(arguments: Array(CommandLine.arguments.dropFirst()))
ProcessLifetime.prepareAllocator()
let status = RadarCLI(
    context: CommandContext(console: StandardConsole(), environment: ProcessInfo.processInfo.environment)
)
.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
