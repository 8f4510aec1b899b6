package app.corroborate.ui.overview;

/**
 * One mark of the overview: in lane {@code lane} (the source's index, from 1), from {@code top} to {@code bottom}
 * as fractions of the base's length, of a kind ({@code changed}, {@code moved}, {@code added}, {@code dropped}, or
 * {@code flag-<kind>}).
 */
public record OverviewMark(int lane, double top, double bottom, String kind) {

    public boolean flag() {
        return kind.startsWith("flag-");
    }
}
