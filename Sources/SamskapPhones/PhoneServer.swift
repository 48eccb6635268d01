import CSoup
import FoundationEssentials
import Glibc

/// The HTTP server of a phones session, on libsoup and the GLib main context the window runs on.
///
/// Listens only on the address the coordinator chose. Answers are saved in groups: each request that carries answers
/// is paused, and at the next turn of the main loop everything waiting is written in one transaction, then every
/// paused request is told "saved". An answer is acknowledged only after the file has it; a burst of 60 phones costs
/// a handful of fsyncs instead of sixty.
@MainActor
public final class PhoneServer {
    /// The session it serves.
    public let session: PhoneSession
    private var server: UnsafeMutablePointer<SoupServer>?
    private var waiting: [(message: OpaquePointer, answers: [PhoneAnswer], response: PhoneResponse)] = []
    private var flushScheduled = false
    /// Called after each batch is saved, with the count of respondents who have answered (for the big screen).
    public var onAnswered: (Int) -> Void = { _ in }

    /// Starts listening on `host`:`port` (0 picks a free port). Throws `cannotListen` with libsoup's reason.
    public static func listen(host: String, port: Int, makeSession: (Int) -> PhoneSession) throws -> PhoneServer {
        guard let server = samskap_soup_server_new() else { throw PhoneSessionError.cannotListen("libsoup") }
        var error: UnsafeMutablePointer<GError>?
        // Our own socket rather than soup_server_listen: GLib's default backlog of 10 resets connections when a room
        // of phones arrives at once.
        guard let socket = Self.listeningSocket(host: host, port: port, error: &error),
              soup_server_listen_socket(server, socket, SoupServerListenOptions(0), &error) != 0 else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? host
            if error != nil { g_error_free(error) }
            g_object_unref(server)
            throw PhoneSessionError.cannotListen(reason)
        }
        g_object_unref(socket)
        let actualPort = Self.boundPort(server) ?? port
        let phoneServer = PhoneServer(server: server, session: makeSession(actualPort))
        let context = Unmanaged.passUnretained(phoneServer).toOpaque()
        soup_server_add_early_handler(server, nil, { _, message, _, _, data in
            guard let data, let message else { return }
            MainActor.assumeIsolated { Unmanaged<PhoneServer>.fromOpaque(data).takeUnretainedValue().early(message) }
        }, context, nil)
        soup_server_add_handler(server, nil, { _, message, path, _, data in
            guard let data, let message, let path else { return }
            let route = String(cString: path)
            MainActor.assumeIsolated { Unmanaged<PhoneServer>.fromOpaque(data).takeUnretainedValue().handle(message, path: route) }
        }, context, nil)
        return phoneServer
    }

    private init(server: UnsafeMutablePointer<SoupServer>, session: PhoneSession) {
        self.server = server
        self.session = session
    }

    /// Stops listening and drops every connection; answers still waiting are saved first. Safe to call twice.
    public func stop() {
        flush()
        guard let server else { return }
        soup_server_disconnect(server)
        g_object_unref(server)
        self.server = nil
    }

    /// Saves the answers waiting for the next turn of the main loop now (before the round closes).
    public func flushNow() { flush() }

    private static func listeningSocket(host: String, port: Int, error: inout UnsafeMutablePointer<GError>?) -> UnsafeMutablePointer<GSocket>? {
        guard let address = g_inet_socket_address_new_from_string(host, guint(port)) else { return nil }
        defer { g_object_unref(address) }
        let socketAddress = UnsafeMutablePointer<GSocketAddress>(OpaquePointer(address))
        guard let socket = g_socket_new(g_socket_address_get_family(socketAddress), G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error) else {
            return nil
        }
        g_socket_set_listen_backlog(socket, 512)
        guard g_socket_bind(socket, socketAddress, 1, &error) != 0, g_socket_listen(socket, &error) != 0 else {
            g_object_unref(socket)
            return nil
        }
        return socket
    }

    private static func boundPort(_ server: UnsafeMutablePointer<SoupServer>) -> Int? {
        let uris = soup_server_get_uris(server)
        defer { g_slist_free_full(uris, { g_uri_unref(OpaquePointer($0)) }) }
        guard let first = uris?.pointee.data else { return nil }
        return Int(g_uri_get_port(OpaquePointer(first)))
    }

    /// Before the body is read: a body announced larger than the limit, or one without a length, is never read.
    private func early(_ message: OpaquePointer) {
        let headers = soup_server_message_get_request_headers(message)
        let method = String(cString: soup_server_message_get_method(message))
        let length = soup_message_headers_get_content_length(headers)
        let encoding = soup_message_headers_get_encoding(headers)
        if method == "POST" && encoding != SOUP_ENCODING_CONTENT_LENGTH && encoding != SOUP_ENCODING_NONE {
            send(message, .text(411, "Send a Content-Length."))
        } else if length > PhoneSession.maxBody {
            send(message, Refusal.tooLarge.response(.en))
        }
    }

    private func handle(_ message: OpaquePointer, path: String) {
        let request = PhoneRequest(method: String(cString: soup_server_message_get_method(message)), path: path,
                                   headers: headers(message), body: body(message),
                                   clientAddress: soup_server_message_get_remote_host(message).map { String(cString: $0) } ?? "")
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        switch session.route(request, now: Double(now.tv_sec) + Double(now.tv_nsec) / 1e9) {
        case let .respond(response):
            send(message, response)
        case let .record(answers, response):
            soup_server_message_pause(message)
            waiting.append((message, answers, response))
            g_object_ref(UnsafeMutableRawPointer(message))
            scheduleFlush()
        }
    }

    private var flushSources: [guint] = []

    /// What the saving has cost so far: for `make bench` and for finding where time goes.
    public struct Stats: Sendable { public var batches = 0, answers = 0, largestBatch = 0; public var writing = 0.0 }
    public private(set) var stats = Stats()

    private static func seconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Saves once every request already readable has been read: an idle source below the sockets' priority runs only
    /// when none is ready, so one fsync covers a whole burst. The timeout makes sure a steady stream cannot starve it.
    private func scheduleFlush() {
        guard !flushScheduled else { return }
        flushScheduled = true
        let context = Unmanaged.passUnretained(self).toOpaque()
        let callback: GSourceFunc = { data in
            guard let data else { return 0 }
            MainActor.assumeIsolated { Unmanaged<PhoneServer>.fromOpaque(data).takeUnretainedValue().flush() }
            return 0
        }
        flushSources = [g_idle_add_full(G_PRIORITY_LOW, callback, context, nil),
                        g_timeout_add_full(G_PRIORITY_DEFAULT, 20, callback, context, nil)]
    }

    /// Saves every waiting answer in one transaction, then answers each paused request.
    private func flush() {
        // The source that called returns 0 and goes by itself; the other is removed here.
        for id in flushSources { if let source = g_main_context_find_source_by_id(nil, id), g_source_is_destroyed(source) == 0 { g_source_destroy(source) } }
        flushSources = []
        flushScheduled = false
        guard !waiting.isEmpty else { return }
        let batch = waiting
        waiting = []
        var failure: String?
        let began = Self.seconds()
        do { try session.sink.record(batch.flatMap(\.answers)) } catch { failure = "\(error)" }
        stats.batches += 1
        stats.answers += batch.count
        stats.largestBatch = max(stats.largestBatch, batch.count)
        stats.writing += Self.seconds() - began
        for entry in batch {
            send(entry.message, failure == nil ? entry.response : .text(503, "Not saved: the project file could not be written. Try again."))
            soup_server_message_unpause(entry.message)
            g_object_unref(UnsafeMutableRawPointer(entry.message))
        }
        if failure == nil { onAnswered(session.sink.answeredCount) }
    }

    private func send(_ message: OpaquePointer, _ response: PhoneResponse) {
        soup_server_message_set_status(message, guint(response.status), nil)
        let headers = soup_server_message_get_response_headers(message)
        for (name, value) in response.headers { soup_message_headers_replace(headers, name, value) }
        soup_message_headers_replace(headers, "Cache-Control", "no-store")
        soup_message_headers_replace(headers, "X-Content-Type-Options", "nosniff")
        // Not "no-referrer": browsers then send "Origin: null" with the page's own forms, which the check refuses.
        // "same-origin" still keeps the token out of any other site's logs.
        soup_message_headers_replace(headers, "Referrer-Policy", "same-origin")
        soup_message_headers_replace(headers, "Content-Security-Policy",
                                     "default-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
        response.body.withUnsafeBufferPointer { bytes in
            soup_server_message_set_response(message, response.contentType, SOUP_MEMORY_COPY, bytes.baseAddress, gsize(bytes.count))
        }
    }

    private func headers(_ message: OpaquePointer) -> [String: String] {
        var found: [String: String] = [:]
        var iterator = SoupMessageHeadersIter()
        soup_message_headers_iter_init(&iterator, soup_server_message_get_request_headers(message))
        var name: UnsafePointer<CChar>?, value: UnsafePointer<CChar>?
        while soup_message_headers_iter_next(&iterator, &name, &value) != 0 {
            guard let name, let value else { continue }
            let key = String(cString: name).lowercased()
            // A header sent twice (two Hosts) is ambiguous: keep a value no check accepts.
            found[key] = found[key] == nil ? String(cString: value) : "\u{0}duplicate"
        }
        return found
    }

    private func body(_ message: OpaquePointer) -> [UInt8] {
        guard let body = soup_server_message_get_request_body(message), body.pointee.length > 0,
              let data = body.pointee.data else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(body.pointee.length)))
    }
}
