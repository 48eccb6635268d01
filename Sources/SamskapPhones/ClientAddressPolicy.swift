import CSoup
import Glibc

/// This machine's IPv4 addresses the coordinator may serve on, and which clients an address lets in.
public struct NetworkInterface: Equatable, Sendable {
    /// The interface's name, e.g. "wlan0".
    public var name: String
    /// Its address, e.g. "192.168.1.20".
    public var address: String
    /// Its netmask as a number in host order.
    var mask: UInt32
    /// Whether it is the loopback (for tests; no phone reaches it).
    public var isLoopback: Bool

    /// The interfaces that are up and have an IPv4 address.
    public static func all() -> [NetworkInterface] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var found: [NetworkInterface] = []
        var cursor = list
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  entry.pointee.ifa_flags & UInt32(IFF_UP) != 0 else { continue }
            let ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            let mask = entry.pointee.ifa_netmask.map { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr.s_addr } } ?? 0
            found.append(NetworkInterface(name: String(cString: entry.pointee.ifa_name), address: Self.text(ip),
                                          mask: UInt32(bigEndian: mask),
                                          isLoopback: entry.pointee.ifa_flags & UInt32(IFF_LOOPBACK) != 0))
        }
        return found
    }

    private static func text(_ address: in_addr) -> String {
        var copy = address
        var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
        inet_ntop(AF_INET, &copy, &buffer, socklen_t(buffer.count))
        return String(cString: buffer)
    }

    /// The address as a number in host order, nil when it is not dotted IPv4.
    static func number(_ text: String) -> UInt32? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return UInt32(bigEndian: address.s_addr)
    }
}

/// Which client addresses may talk to the session: on a loopback address only that address itself (a test is a
/// client on this machine), otherwise only the bound interface's own subnet, the room's Wi-Fi.
public struct ClientAddressPolicy: Sendable {
    let bound: UInt32
    let mask: UInt32
    let isLoopback: Bool

    /// The policy for serving on `interface`.
    public init(interface: NetworkInterface) {
        bound = NetworkInterface.number(interface.address) ?? 0
        mask = interface.mask
        isLoopback = interface.isLoopback
    }

    func allows(_ client: String) -> Bool {
        // "::ffff:a.b.c.d" when a dual-stack socket carries IPv4.
        let plain = client.hasPrefix("::ffff:") ? String(client.dropFirst(7)) : client
        guard let number = NetworkInterface.number(plain) else { return false }
        return isLoopback ? number == bound : (number & mask) == (bound & mask)
    }
}
