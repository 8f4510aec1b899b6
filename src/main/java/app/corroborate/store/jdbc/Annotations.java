package app.corroborate.store.jdbc;

import app.corroborate.store.Anchoring;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.Target;
import app.corroborate.store.TextQuoteSelector;
import app.corroborate.store.Verdict;
import app.corroborate.text.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The annotation table: passages with notes, verdicts and tags, anchored by quote, position and text hash. */
public final class Annotations {

    private static final String COLUMNS = "id, source_id, exact, prefix, suffix, start, \"end\", text_sha256, note, "
            + "verdict, tags, orphaned, author, created, updated, version";

    /** The outcome of a change: the annotation saved, or (saved null) the newer one it was refused against. */
    public record Outcome(Annotation saved, Annotation theirs) {}

    private Annotations() {}

    public static Annotation insert(
            Connection c,
            String sourceId,
            String text,
            String textSha,
            Span span,
            String note,
            Verdict verdict,
            List<String> tags,
            String author,
            Instant now)
            throws SQLException {
        Annotation a = new Annotation(
                "ann-" + UUID.randomUUID().toString().substring(0, 13),
                sourceId,
                TextQuoteSelector.of(text, span.start(), span.end()),
                span,
                textSha,
                note,
                verdict,
                tags,
                false,
                author,
                now,
                now,
                1);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO annotation (" + COLUMNS + ") VALUES (?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(s, a);
            s.executeUpdate();
        }
        AuditLog.record(c, now, author, Target.ANNOTATION, a.id(), "note", null, note);
        AuditLog.record(c, now, author, Target.ANNOTATION, a.id(), "verdict", null, verdict.id());
        AuditLog.record(c, now, author, Target.ANNOTATION, a.id(), "tags", null, tagText(tags));
        return a;
    }

    /**
     * Changes an annotation if it is still at {@code expected} ({@link app.corroborate.store.CaseStore#ANY_VERSION}:
     * any); a refused change is recorded in the audit log with the version it was refused against.
     */
    public static Outcome update(
            Connection c,
            String id,
            String note,
            Verdict verdict,
            List<String> tags,
            String author,
            Instant now,
            long expected)
            throws SQLException, CaseException {
        Annotation old = all(c, "WHERE id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> new CaseException("no annotation " + id + " in this case"));
        if (expected != app.corroborate.store.CaseStore.ANY_VERSION && expected != old.version()) {
            AuditLog.record(
                    c,
                    now,
                    author,
                    Target.ANNOTATION,
                    id,
                    "conflict",
                    old.verdict().id()
                            + (old.note() == null ? "" : " (" + old.note() + ")") + " by " + old.author() + ", version "
                            + old.version(),
                    "refused: " + (verdict == null ? old.verdict().id() : verdict.id())
                            + (note == null ? "" : " (" + note + ")") + " against version " + expected);
            return new Outcome(null, old);
        }
        Annotation a = new Annotation(
                old.id(),
                old.sourceId(),
                old.selector(),
                old.position(),
                old.textSha256(),
                note != null ? note : old.note(),
                verdict != null ? verdict : old.verdict(),
                tags != null ? tags : old.tags(),
                old.orphaned(),
                author,
                old.created(),
                now,
                old.version() + 1);
        save(c, a);
        AuditLog.record(c, now, author, Target.ANNOTATION, id, "note", old.note(), a.note());
        AuditLog.record(
                c,
                now,
                author,
                Target.ANNOTATION,
                id,
                "verdict",
                old.verdict().id(),
                a.verdict().id());
        AuditLog.record(c, now, author, Target.ANNOTATION, id, "tags", tagText(old.tags()), tagText(a.tags()));
        return new Outcome(a, old);
    }

    /** Places every annotation of a source in its new text; those that cannot be placed become orphans. */
    public static List<Annotation> reanchor(
            Connection c, String sourceId, String text, String textSha, String author, Instant now)
            throws SQLException {
        List<Annotation> orphans = new ArrayList<>();
        for (Annotation a : all(c, "WHERE source_id = ?", sourceId)) {
            int hint = a.position() == null ? 0 : a.position().start();
            Span placed = Anchoring.place(text, a.selector(), hint).orElse(null);
            Annotation moved = new Annotation(
                    a.id(),
                    a.sourceId(),
                    a.selector(),
                    placed,
                    textSha,
                    a.note(),
                    a.verdict(),
                    a.tags(),
                    placed == null,
                    a.author(),
                    a.created(),
                    a.updated(),
                    a.version());
            save(c, moved);
            AuditLog.record(
                    c, now, author, Target.ANNOTATION, a.id(), "anchor", describe(a.position()), describe(placed));
            if (placed == null) {
                orphans.add(moved);
            }
        }
        return orphans;
    }

    private static String describe(Span s) {
        return s == null ? "orphaned" : s.start() + "-" + s.end();
    }

    private static void save(Connection c, Annotation a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET id = ?, source_id = ?, exact = ?, "
                + "prefix = ?, suffix = ?, start = ?, \"end\" = ?, text_sha256 = ?, note = ?, verdict = ?, tags = ?, "
                + "orphaned = ?, author = ?, created = ?, updated = ?, version = ? WHERE id = ?")) {
            bind(s, a);
            s.setString(17, a.id());
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Annotation a) throws SQLException {
        s.setString(1, a.id());
        s.setString(2, a.sourceId());
        s.setString(3, a.selector().exact());
        s.setString(4, a.selector().prefix());
        s.setString(5, a.selector().suffix());
        if (a.position() == null) {
            s.setNull(6, Types.INTEGER);
            s.setNull(7, Types.INTEGER);
        } else {
            s.setInt(6, a.position().start());
            s.setInt(7, a.position().end());
        }
        s.setString(8, a.textSha256());
        s.setString(9, a.note());
        s.setString(10, a.verdict().id());
        s.setString(11, tagText(a.tags()));
        s.setInt(12, a.orphaned() ? 1 : 0);
        s.setString(13, a.author());
        s.setString(14, a.created().toString());
        s.setString(15, a.updated().toString());
        s.setLong(16, a.version());
    }

    /** The annotations the editor has not withdrawn (a case at schema 2 has none withdrawn). */
    public static List<Annotation> current(Connection c) throws SQLException {
        return all(c, CaseSchema.version(c) >= 3 ? "WHERE withdrawn IS NULL" : "");
    }

    /**
     * Withdraws an annotation ({@code when} set: an undone annotation, kept in the case) or brings it back
     * ({@code when} null); returns it.
     */
    public static Annotation withdraw(Connection c, String id, Instant when, String author, Instant now)
            throws SQLException, CaseException {
        Annotation a = all(c, "WHERE id = ?", id).stream()
                .findFirst()
                .orElseThrow(() -> new CaseException("no annotation " + id + " in this case"));
        try (PreparedStatement s = c.prepareStatement("UPDATE annotation SET withdrawn = ? WHERE id = ?")) {
            s.setString(1, when == null ? null : when.toString());
            s.setString(2, id);
            s.executeUpdate();
        }
        AuditLog.record(
                c,
                now,
                author,
                Target.ANNOTATION,
                id,
                "withdrawn",
                when == null ? "yes" : null,
                when == null ? null : "yes");
        return a;
    }

    public static List<Annotation> all(Connection c, String where, String... args) throws SQLException {
        List<Annotation> out = new ArrayList<>();
        String columns = CaseSchema.version(c) >= 4 ? COLUMNS : COLUMNS.replace(", version", ", 1");
        try (PreparedStatement s = c.prepareStatement("SELECT " + columns + " FROM annotation " + where
                + " ORDER BY source_id, COALESCE(start, -1), created")) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(read(r));
                }
            }
        }
        return out;
    }

    private static Annotation read(ResultSet r) throws SQLException {
        Object start = r.getObject(6);
        Span position = start == null ? null : new Span(r.getInt(6), r.getInt(7));
        String tags = r.getString(11);
        List<String> tagList = tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
        try {
            return new Annotation(
                    r.getString(1),
                    r.getString(2),
                    new TextQuoteSelector(r.getString(3), r.getString(4), r.getString(5)),
                    position,
                    r.getString(8),
                    r.getString(9),
                    Verdict.parse(r.getString(10)),
                    tagList,
                    r.getInt(12) == 1,
                    r.getString(13),
                    Instant.parse(r.getString(14)),
                    Instant.parse(r.getString(15)),
                    r.getLong(16));
        } catch (CaseException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    public static String tagText(List<String> tags) {
        return String.join(
                ",",
                tags.stream()
                        .map(t -> t.strip().replace(",", " "))
                        .filter(t -> !t.isEmpty())
                        .toList());
    }
}
