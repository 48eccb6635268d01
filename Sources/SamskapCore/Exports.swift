// What FoundationEssentials lacks (streams, environment, decimals, local time, resources, search folding) lives in
// SamskapPlatform; every module that imports the domain gets it too, so no file needs an import of its own.
@_exported import SamskapPlatform
