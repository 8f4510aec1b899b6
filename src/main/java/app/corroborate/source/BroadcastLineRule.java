package app.corroborate.source;

/**
 * The presenter's framing lines of a broadcast (see {@link BroadcastLines}: a greeting, a hand-over, a sign-off, a
 * tease) are the programme's furniture, not the story's words: they state nothing of the event, and a source that
 * carries them would otherwise be the only one to "report" them.
 *
 * <p>Guarantees: only whole blocks are marked, and only on a page with at least {@value #PROGRAMME} of them (one
 * such line in a written story is left to the other rules); blocks other rules marked keep their reason.
 */
final class BroadcastLineRule implements FurnitureRule {

    /** Framing lines a page needs to read as a programme: a greeting and a sign-off, or a hand-over and a tease. */
    static final int PROGRAMME = 2;

    @Override
    public void apply(Page page) {
        java.util.List<Integer> lines = new java.util.ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.marked(i) && BroadcastLines.framing(page.text(i))) {
                lines.add(i);
            }
        }
        if (lines.size() >= PROGRAMME) {
            lines.forEach(i -> page.mark(i, FurnitureReason.OTHER));
        }
    }
}
