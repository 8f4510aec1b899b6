package app.corroborate.ui.compare;

/** The two panes of a comparison: the base on the left, the compared version on the right. */
public enum Side {
    BASE,
    OTHER
}
