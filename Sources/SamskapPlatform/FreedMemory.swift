import CMalloc

/// Memory the process freed but glibc still holds.
public enum FreedMemory {
    /// Hands whole free pages back to the system: glibc keeps memory freed by a thread in that thread's arena
    /// (reading a large file leaves the reading threads' row buffers there).
    public static func returnToSystem() { _ = malloc_trim(0) }
}
