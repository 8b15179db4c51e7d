import Foundation
import SceneRadar

// The executable only parses arguments, calls the library, prints and exits.
let arguments = Array(CommandLine.arguments.dropFirst())
ProcessLifetime.restartWithAllocatorCache(arguments: arguments)
ProcessLifetime.prepareAllocator()
let status = RadarCLI(
    context: CommandContext(console: StandardConsole(), environment: ProcessInfo.processInfo.environment)
)
.run(arguments)
exit(status)
