package app.corroborate.export;

import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot.Passage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The case's annotations and flag verdicts as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD).
 *
 * <p>Guarantees: every annotation and every flag with a verdict other than unreviewed is one {@code Annotation}
 * with a stable {@code urn:uuid:} id (the same case gives the same ids), {@code motivation} {@code assessing} for
 * a verdict and {@code commenting} for a note without one, a {@code created} time in UTC ending in Z, one
 * {@code TextualBody} holding the verdict and the note, and one target per passage whose
 * {@code TextQuoteSelector} and {@code TextPositionSelector} select the same characters {@code [start, end)} of
 * the text {@code extract} prints for the source version named by {@code source} (its URL when known, else
 * {@code urn:sha256:} and the hash of its raw bytes). An orphaned annotation keeps only its quote selector.
 */
public final class WebAnnotationWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Summary s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "http://www.w3.org/ns/anno.jsonld");
        root.put("id", urn("collection:" + s.title() + ":" + s.created()));
        root.put("type", "AnnotationCollection");
        root.put("label", "Corroborate: " + s.title());
        ArrayNode items = JSON.createArrayNode();
        for (Item i : s.contested()) {
            flag(s, i, items);
        }
        for (Item i : s.verified()) {
            flag(s, i, items);
        }
        for (Item i : s.unverifiable()) {
            flag(s, i, items);
        }
        for (AnnotationEntry a : s.annotations()) {
            items.add(annotation(s, a));
        }
        root.put("total", items.size());
        ObjectNode page = root.putObject("first");
        page.put("id", urn("page:" + s.title() + ":" + s.created()));
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.set("items", items);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flag(Summary s, Item i, ArrayNode items) {
        if (!i.isFlag()) {
            return;
        }
        ArrayNode targets = JSON.createArrayNode();
        for (Passage p : i.passages()) {
            if (p.present()) {
                targets.add(target(s, p.sourceId(), p.sha256(), p.exact(), p.prefix(), p.suffix(), p.start(), p.end()));
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        ObjectNode a = head(urn("flag:" + i.id()), "assessing", i.author(), i.updated());
        a.set("body", body(i.verdict(), i.note(), "assessing"));
        a.set("target", targets);
        items.add(a);
    }

    private static ObjectNode annotation(Summary s, AnnotationEntry e) {
        String motivation = e.verdict() == Verdict.UNREVIEWED ? "commenting" : "assessing";
        ObjectNode a = head(urn("annotation:" + e.id()), motivation, e.author(), e.created());
        a.set("body", body(e.verdict(), e.note(), motivation));
        int start = e.position() == null ? -1 : e.position().start();
        int end = e.position() == null ? -1 : e.position().end();
        a.set("target", target(s, e.sourceId(), e.sha256(), e.exact(), e.prefix(), e.suffix(), start, end));
        return a;
    }

    private static ObjectNode head(String id, String motivation, String author, Instant created) {
        ObjectNode a = JSON.createObjectNode();
        a.put("id", id);
        a.put("type", "Annotation");
        a.put("motivation", motivation);
        ObjectNode creator = a.putObject("creator");
        creator.put("type", "Person");
        creator.put("name", author == null ? "" : author);
        a.put(
                "created",
                (created == null ? Instant.EPOCH : created)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        return a;
    }

    private static ObjectNode body(Verdict verdict, String note, String purpose) {
        ObjectNode b = JSON.createObjectNode();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        String value = "Verdict: " + Wording.verdict(verdict) + "."
                + (note == null || note.isBlank() ? "" : "\n" + note.strip());
        b.put("value", value);
        b.put("format", "text/plain");
        b.put("language", "en");
        return b;
    }

    private static ObjectNode target(
            Summary s, String sourceId, String sha256, String exact, String prefix, String suffix, int start, int end) {
        ObjectNode t = JSON.createObjectNode();
        SummarySource src = s.source(sourceId);
        boolean sameVersion = src != null && sha256 != null && sha256.equals(src.sha256());
        t.put(
                "source",
                sameVersion && src.url() != null
                        ? src.url()
                        : "urn:sha256:" + (sha256 != null ? sha256 : src != null ? src.sha256() : ""));
        ArrayNode selectors = t.putArray("selector");
        ObjectNode q = selectors.addObject();
        q.put("type", "TextQuoteSelector");
        q.put("exact", exact);
        q.put("prefix", prefix);
        q.put("suffix", suffix);
        if (start >= 0 && end > start) {
            ObjectNode p = selectors.addObject();
            p.put("type", "TextPositionSelector");
            p.put("start", start);
            p.put("end", end);
        }
        return t;
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
