/// Requests per client address: a bucket of `perMinute` that refills evenly over a minute.
struct RateLimiter {
    private struct Bucket { var tokens: Double; var last: Double }
    let perMinute: Int
    private var buckets: [String: Bucket] = [:]

    init(perMinute: Int) { self.perMinute = perMinute }

    /// Takes one request from the address's bucket; false when it is empty.
    mutating func allow(_ address: String, now: Double) -> Bool {
        let capacity = Double(perMinute)
        var bucket = buckets[address] ?? Bucket(tokens: capacity, last: now)
        bucket.tokens = min(capacity, bucket.tokens + (now - bucket.last) * capacity / 60)
        bucket.last = now
        let allowed = bucket.tokens >= 1
        if allowed { bucket.tokens -= 1 }
        buckets[address] = bucket
        return allowed
    }
}
