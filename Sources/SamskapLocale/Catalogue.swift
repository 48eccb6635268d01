import CIntl
import Glibc
import Synchronization

/// Samskap's one message catalogue: the compiled `po/<language>.po` files (`samskap.mo`), read by the C
/// library's gettext.
///
/// The catalogues are found in `$SAMSKAP_LOCALE_DIR`, else beside the installed program (`../share/locale`),
/// else in the source tree the program runs from (`.build/locale`, written by `po/compile.sh`).
public enum Catalogue {
    /// The gettext domain: `<language>/LC_MESSAGES/samskap.mo`.
    public static let domain = "samskap"

    /// What was found at the first translation.
    struct Setup: Sendable {
        /// The catalogue's language code, which `LANGUAGE` is set to (`nb`, `nn`, `en`, or one without content).
        var code: String
        /// The language of the content and of dates and numbers.
        var language: Language
        /// The folder holding `<code>/LC_MESSAGES/samskap.mo`; nil when none was found (texts stay English).
        var directory: String?
    }

    /// Found once, before the first text is translated.
    static let setup: Setup = {
        let directory = findDirectory()
        let request = LanguageRequest.resolve({ getenv($0).map { String(cString: $0) } }) { code in
            directory.map { access("\($0)/\(code)/LC_MESSAGES/\(domain).mo", R_OK) == 0 } ?? false
        }
        // LANGUAGE decides, so that GTK's own texts (file choosers, print dialog) follow the same choice.
        setenv("LANGUAGE", request.code, 1)
        useMessagesLocale()
        if let directory { bindtextdomain(domain, directory) }
        // Texts come out as UTF-8 whatever the locale's character set.
        bind_textdomain_codeset(domain, "UTF-8")
        return Setup(code: request.code, language: request.language, directory: directory)
    }()

    /// The catalogue's language code for this process.
    public static var code: String { setup.code }

    /// Whether texts can be shown in `language`: English always, another language when its catalogue is installed.
    public static func speaks(_ language: Language) -> Bool {
        language == .en || directory.map { access("\($0)/\(language.rawValue)/LC_MESSAGES/\(domain).mo", R_OK) == 0 } ?? false
    }

    /// The folder the catalogues were found in; nil when there is none.
    public static var directory: String? { setup.directory }

    /// Makes sure gettext translates: it returns every text untranslated while the messages locale is `C`, which
    /// it is when the environment names a locale that is not installed (nb_NO is often missing). C.UTF-8 is
    /// always there and lets `LANGUAGE` choose. Call again after anything that sets the whole locale (GTK does).
    public static func useMessagesLocale() {
        let current = setlocale(LC_MESSAGES, "").map { String(cString: $0) }
        if current == nil || current == "C" || current == "POSIX" {
            setlocale(LC_MESSAGES, "C.UTF-8")
        }
    }

    /// Held while translating; a translation into another language than the process's changes `LANGUAGE` for
    /// a moment, and no other translation may see that.
    private static let lock = Mutex(())

    /// The translation of `text` (with `plural` and `count` for a count, `context` for a short ambiguous word)
    /// in `language`; nil language means the process's own.
    static func translate(_ text: String, plural: String? = nil, count: Int = 1, context: String? = nil,
                          in language: Language? = nil) -> String {
        let setup = setup
        let key = context.map { "\($0)\u{04}\(text)" } ?? text
        let code = language.map { $0 == setup.language ? setup.code : $0.rawValue } ?? setup.code
        // English is the source language: no catalogue to ask (English's plural rule is gettext's default).
        if code == "en" { return plural.map { count == 1 ? text : $0 } ?? text }
        return lock.withLock { _ in
            let switched = code != setup.code
            if switched { setLanguage(code) }
            defer { if switched { setLanguage(setup.code) } }
            // Untranslated, gettext hands back the pointer it was given: read it while that is still alive.
            let found: String = key.withCString { keyPointer in
                if let plural {
                    return plural.withCString { String(cString: dngettext(domain, keyPointer, $0, UInt(max(0, count)))) }
                }
                return String(cString: dgettext(domain, keyPointer))
            }
            // Untranslated, gettext hands back the key: with its context, when there is one.
            return found == key ? text : found
        }
    }

    /// The C library's reason for an error number (`strerror`), in `language`: the system's own catalogue,
    /// so an English message says "Permission denied" whatever the process speaks.
    public static func systemReason(_ code: Int32, in language: Language) -> String {
        let setup = setup
        let wanted = language == setup.language ? setup.code : language.rawValue
        return lock.withLock { _ in
            let switched = wanted != setup.code
            if switched { setLanguage(wanted) }
            defer { if switched { setLanguage(setup.code) } }
            return String(cString: strerror(code))
        }
    }

    private static func setLanguage(_ code: String) {
        setenv("LANGUAGE", code, 1)
        samskap_catalogue_language_changed()
    }

    /// `$SAMSKAP_LOCALE_DIR`; `../share/locale` beside the program (installed); `.build/locale` in the source
    /// tree above the program or the working directory.
    private static func findDirectory() -> String? {
        if let override = getenv("SAMSKAP_LOCALE_DIR").map({ String(cString: $0) }), !override.isEmpty {
            return override
        }
        let executable = executablePath()
        let binDir = parent(executable)
        let installed = parent(binDir) + "/share/locale"
        if access(installed + "/nb/LC_MESSAGES/\(domain).mo", R_OK) == 0 { return installed }
        var starts = [binDir]
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if getcwd(&buffer, buffer.count) != nil { starts.append(String(cString: buffer)) }
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                if access(dir + "/po/LINGUAS", R_OK) == 0 { return dir + "/.build/locale" }
                let up = parent(dir)
                if up == dir { break }
                dir = up
            }
        }
        return nil
    }

    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return CommandLine.arguments.first ?? "." }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
