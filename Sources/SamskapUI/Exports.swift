// Presentation logic without GTK (ProjectState, drafts, fast entry, paste parsing, chart descriptions, the
// translations) lives in SamskapPresentation; every file of the window layer sees it without an import of its own.
@_exported import SamskapPresentation
