import FoundationEssentials
import Glibc

extension Error {
    /// The error in words for a message a person reads: our own message where the error is ours, the system's
    /// reason where a file operation failed ("No such file or directory"), the error itself otherwise.
    ///
    /// Stands in for `localizedDescription`, which FoundationEssentials does not have; printed as they are, its file
    /// errors read `CocoaError(code: …, userInfo: …)`.
    public func readableDescription(_ language: Language) -> String {
        if let error = self as? UserFacingError { return error.message(language) }
        if let error = self as? CocoaError, let underlying = error.underlying {
            return underlying.readableDescription(language)
        }
        if let error = self as? POSIXError { return Catalogue.systemReason(error.code.rawValue, in: language) }
        return String(describing: self)
    }
}
