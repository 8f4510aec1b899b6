package app.corroborate.export;

import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot.Passage;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reviewed claims as schema.org {@code ClaimReview}s: a JSON-LD list, one per claim with a verdict other than
 * unreviewed.
 *
 * <p>The rating scale (documented in the README): {@code worstRating} 1, {@code bestRating} 4; false 1,
 * disputed 2, unverifiable 3, verified 4, with the verdict in words as {@code alternateName}. The author is the
 * organisation from the preferences ({@link Publisher}); without one, the case's editor as a Person.
 */
public final class ClaimReviewWriter {

    public static final int WORST = 1;
    public static final int BEST = 4;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Summary s) {
        ArrayNode list = JSON.createArrayNode();
        for (List<Item> group : List.of(s.verified(), s.contested(), s.unverifiable())) {
            for (Item i : group) {
                if (!i.isFlag() && i.verdict() != Verdict.UNREVIEWED) {
                    list.add(review(s, i));
                }
            }
        }
        try {
            return JSON.writeValueAsString(list) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rating of a verdict on the scale {@value #WORST} (false) to {@value #BEST} (verified). */
    public static int rating(Verdict v) {
        return switch (v) {
            case FALSE -> 1;
            case DISPUTED -> 2;
            case UNVERIFIABLE -> 3;
            case VERIFIED -> 4;
            case UNREVIEWED -> throw new IllegalArgumentException("an unreviewed claim has no rating");
        };
    }

    private static ObjectNode review(Summary s, Item i) {
        ObjectNode r = JSON.createObjectNode();
        r.put("@context", "https://schema.org");
        r.put("@type", "ClaimReview");
        r.put("claimReviewed", i.text());
        ObjectNode rating = r.putObject("reviewRating");
        rating.put("@type", "Rating");
        rating.put("ratingValue", rating(i.verdict()));
        rating.put("bestRating", BEST);
        rating.put("worstRating", WORST);
        rating.put("alternateName", Wording.verdict(i.verdict()));
        ObjectNode claim = r.putObject("itemReviewed");
        claim.put("@type", "Claim");
        ArrayNode appearances = claim.putArray("appearance");
        for (Passage p : i.passages()) {
            if (p.role().equals("agrees")) {
                appearances.add(appearance(s.source(p.sourceId()), p));
            }
        }
        r.set("author", author(s));
        r.put("datePublished", Wording.day(s.exported()));
        return r;
    }

    private static ObjectNode appearance(SummarySource src, Passage p) {
        ObjectNode w = JSON.createObjectNode();
        w.put("@type", "CreativeWork");
        if (src != null && src.url() != null) {
            w.put("url", src.url());
        }
        w.put("name", src == null ? p.label() : src.label());
        if (src != null && src.headline() != null && !src.headline().isBlank()) {
            w.put("headline", src.headline());
        }
        if (src != null && src.published() != null && !src.published().isBlank()) {
            w.put("datePublished", src.published());
        }
        return w;
    }

    private static ObjectNode author(Summary s) {
        ObjectNode a = JSON.createObjectNode();
        Publisher p = s.publisher();
        if (p != null && p.name() != null) {
            a.put("@type", "Organization");
            a.put("name", p.name());
            if (p.url() != null) {
                a.put("url", p.url());
            }
        } else {
            a.put("@type", "Person");
            a.put("name", s.editor());
        }
        return a;
    }
}
