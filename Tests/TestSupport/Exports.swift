@_exported import SamskapCore
