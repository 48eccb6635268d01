import CCairo
import SamskapCore

/// Draws whole workshop screens with cairo at the screen's real pixel size: the window, a PNG and the tests draw
/// through this one function, so what the tests measure (text sizes, charts, words) is what the room sees.
public enum WorkshopRenderer {
    /// Draws `scene` over (0, 0, width, height) of the context and returns what was drawn.
    @discardableResult
    public static func draw(_ scene: WorkshopScene, context cr: OpaquePointer, width: Double, height: Double,
                            theme: ChartTheme, language: Language) -> WorkshopLayout {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        let stage = WorkshopStage(cr: cr, width: width, height: height, theme: theme, language: language)
        stage.fill(stage.bounds, theme.palette.background)
        let description: String
        switch scene.screen.kind {
        case .title: description = TitleScreen.draw(scene, on: stage)
        case .model: description = ModelScreen.draw(scene, on: stage)
        case .rating: description = RatingScreen.draw(scene, on: stage)
        case .reveal: description = RevealScreen.draw(scene, on: stage)
        case .groups: description = GroupsScreen.draw(scene, on: stage)
        case .position: description = PositionScreen.draw(scene, on: stage)
        case .mentalRooms: description = MentalRoomsScreen.draw(scene, on: stage)
        case .indicators: description = IndicatorScreen.draw(scene, on: stage)
        case .timer: description = TimerScreen.draw(scene, on: stage)
        case .decisions: description = DecisionsScreen.draw(scene, on: stage)
        }
        let footer = stage.t(WorkshopTexts.footer(scene.index, scene.count))
        stage.text(footer, in: ChartRect(x: stage.margin, y: height - stage.margin / 2 - stage.minText * 1.4,
                                         width: width - 2 * stage.margin, height: stage.minText * 1.4),
                   size: stage.minText, color: theme.palette.muted, align: .trailing)
        // Parts are joined with ". ", and a prompt or problem may end in its own full stop.
        let spoken = description.replacing(".. ", with: ". ").replacing("?. ", with: "? ")
        return WorkshopLayout(labels: stage.labels, chartCount: stage.chartCount, description: spoken)
    }

    /// Draws a scene into a new image and returns its pixels and layout: for screenshots, tests and the benchmark.
    public static func image(_ scene: WorkshopScene, width: Int, height: Int, theme: ChartTheme,
                             language: Language) -> (raster: ChartRaster, layout: WorkshopLayout) {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        let cr = cairo_create(surface)!
        let layout = draw(scene, context: cr, width: Double(width), height: Double(height), theme: theme, language: language)
        cairo_surface_flush(surface)
        let raster = ChartRaster(surface: surface)
        cairo_destroy(cr)
        cairo_surface_destroy(surface)
        return (raster, layout)
    }

    /// A score as the room reads it: one decimal, with the language's decimal sign.
    static func score(_ value: Double?, _ language: Language) -> String {
        guard let value else { return "–" }
        let text = String(Int((value * 10).rounded()) / 10) + (language.isNorwegian ? "," : ".") + String(Int((value * 10).rounded()) % 10)
        return text
    }
}

extension WorkshopScreenKind {
    /// The kind's name as the screens and the agenda editor show it.
    public func name(_ language: Language) -> String { WorkshopTexts.kind(self).text(language) }
}

extension MentalRoom {
    /// The room's name as the workshop screen shows it.
    public func name(_ language: Language) -> String { WorkshopTexts.room(self).text(language) }
}
