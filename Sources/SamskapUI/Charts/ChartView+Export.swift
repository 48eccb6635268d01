import FoundationEssentials
import SamskapCore
import SamskapGraphics

extension ChartView {
    /// Exports the chart as the user chose, to a file they pick; tells how it went in a toast.
    ///
    /// Exports use the light theme whatever the window shows: they go into documents and slides on white.
    func export(_ choice: ChartExportChoice) {
        guard let data else {
            window.toast.show(tr("The chart is still being drawn. Try again in a moment."))
            return
        }
        let width = choice.size?.width ?? Int(area.allocatedWidth)
        let height = choice.size?.height ?? Int(area.allocatedHeight)
        let format = choice.format
        let fileExtension = format.rawValue
        let title = kind.title.text(Translations.language)
        let filterName = format == .svg ? tr("SVG pictures") : tr("PNG pictures")
        ExportDestination.choose(parent: window.window, title: tr("Export chart"),
                                 suggestedName: ExportDestination.fileName(title, fileExtension: fileExtension),
                                 filterName: filterName, fileExtension: fileExtension) { [weak self] url in
            guard let self else { return }
            do {
                try ChartExport.write(self.kind, data: data, to: url, format: format, width: Double(width), height: Double(height),
                                      theme: .light, language: Translations.language,
                                      protecting: self.window.state.url.map { [$0] } ?? [])
                self.window.toast.show(trf("Saved the chart as %1$s", url.lastPathComponent))
            } catch let error as UserFacingError {
                self.window.toast.show(error.message(Translations.language))
            } catch {
                self.window.toast.show(trf("Could not save the chart as “%1$s” (%2$s). Choose a folder you can write to and try again.",
                                           url.path, String(describing: error)))
            }
        }
    }
}
