import Synchronization
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

final class ShutdownSignalsTests: XCTestCase {
    func testHandler_runsOnSignal_untilCancelled() {
        let received = Mutex<[Int32]>([])
        let signals = ShutdownSignals(signals: [SIGUSR1]) { number in received.withLock { $0.append(number) }
        }
        kill(getpid(), SIGUSR1)
        XCTAssertTrue(waitUntil { received.withLock { $0 } == [SIGUSR1] })
        signals.cancel()
        signals.cancel()
    }

    func testPreviewServerError_messages() {
        XCTAssertEqual(
            "\(PreviewServerError.portInUse(8000))", "port 8000 is already in use; try --port 8001")
        XCTAssertEqual(
            "\(PreviewServerError.portInUse(65535))", "port 65535 is already in use; try --port 8000")
        XCTAssertEqual(
            "\(PreviewServerError.permissionDenied(80))", "port 80 needs special privileges; try --port 8000")
    }
}
