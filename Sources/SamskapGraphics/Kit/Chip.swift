/// A small labelled box in a flowing group (activities in a matrix cell, units on a step).
struct Chip {
    var text: String
    var fill: ChartColor
    var textColor: ChartColor
    var outline: ChartColor?
    var bold = false
}
