/// A shape that carries meaning besides colour, so nothing depends on colour alone.
public enum MarkerShape: String, Sendable, CaseIterable {
    case circle, triangle, square, diamond, ring, cross
}
