import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

final class ReloadHubTests: XCTestCase {
    private var pairs: [(server: Int32, client: Int32)] = []

    override func tearDown() {
        for pair in pairs {
            close(pair.server)
            close(pair.client)
        }
        pairs = []
    }

    private func makePair() -> (server: Int32, client: Int32) {
        var fds: [Int32] = [-1, -1]
        XCTAssertEqual(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds), 0)
        pairs.append((fds[0], fds[1]))
        return (fds[0], fds[1])
    }

    private func readAvailable(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        while Socket.waitReadable(fd, milliseconds: 100), Socket.receive(fd, into: &bytes) > 0 {}
        return String(decoding: bytes, as: UTF8.self)
    }

    func testBroadcast_reachesRegisteredStreamsAfterGreeting() throws {
        let hub = ReloadHub()
        let first = makePair()
        let second = makePair()
        XCTAssertNotNil(hub.register(first.server))
        let id = try XCTUnwrap(hub.register(second.server))
        XCTAssertEqual(hub.broadcast(LiveReload.reloadEvent), 2)
        XCTAssertEqual(
            readAvailable(first.client),
            ": connected\n\n" + LiveReload.buildEvent(build(0)) + LiveReload.reloadEvent)
        hub.unregister(id)
        XCTAssertEqual(hub.broadcast(LiveReload.reloadEvent), 1)
        XCTAssertEqual(hub.clientCount, 1)
    }

    /// `<process id>-<builds>`: the name the hub greets a stream with.
    private func build(_ count: Int) -> String { "\(getpid())-\(count)" }

    /// Each reload counts a build: a stream that opens later is greeted with the new name, which
    /// is how a tab that was hidden during a rebuild knows to reload when shown.
    func testReload_countsABuild_andLaterStreamsAreGreetedWithItsName() throws {
        let hub = ReloadHub()
        let early = makePair()
        XCTAssertNotNil(hub.register(early.server))
        XCTAssertEqual(hub.reload(), 1)
        XCTAssertEqual(hub.reload(), 1)
        XCTAssertEqual(
            readAvailable(early.client),
            ": connected\n\n" + LiveReload.buildEvent(build(0)) + LiveReload.reloadEvent
                + LiveReload.reloadEvent)
        let late = makePair()
        XCTAssertNotNil(hub.register(late.server))
        XCTAssertEqual(readAvailable(late.client), ": connected\n\n" + LiveReload.buildEvent(build(2)))
    }

    func testBroadcast_dropsAStreamThatStoppedReading() throws {
        let hub = ReloadHub()
        let stuck = makePair()
        let fine = makePair()
        var small: Int32 = 4096
        setsockopt(stuck.server, SOL_SOCKET, SO_SNDBUF, &small, socklen_t(MemoryLayout<Int32>.size))
        XCTAssertNotNil(hub.register(stuck.server))
        XCTAssertNotNil(hub.register(fine.server))
        let big = String(repeating: ": padding\n", count: 10_000) + "\n"
        // Neither client reads, so both buffers fill; each failing stream is dropped, never waited on.
        for _ in 0..<20 { hub.broadcast(big) }
        XCTAssertEqual(hub.clientCount, 0)
        // The dropped socket was shut down, which is what wakes its connection thread.
        var byte: UInt8 = 0
        XCTAssertEqual(recv(stuck.server, &byte, 1, Int32(MSG_DONTWAIT)), 0)
    }

    func testPing_keepsStreamRegistered() throws {
        let hub = ReloadHub()
        let pair = makePair()
        let id = try XCTUnwrap(hub.register(pair.server))
        hub.ping(id)
        XCTAssertEqual(
            readAvailable(pair.client), ": connected\n\n" + LiveReload.buildEvent(build(0)) + ": ping\n\n")
        XCTAssertEqual(hub.clientCount, 1)
    }
}
