// What FoundationEssentials lacks (streams, environment, decimals, local time, resources, search folding) lives in
// SamskapPlatform; every module that speaks to people translates through the one catalogue of SamskapLocale. Every
// module that imports the domain gets both, so no file needs an import of its own.
@_exported import SamskapLocale
@_exported import SamskapPlatform
