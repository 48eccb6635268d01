// Every module that speaks to people translates through the one catalogue; importing Core brings it.
@_exported import SamskapLocale
