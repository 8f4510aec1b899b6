package app.corroborate.flag;

import app.corroborate.collate.Collation;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.Fingerprints;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.Normalizer;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every rule on every version against the base and turns findings into flags.
 *
 * <p>Guarantees: one flag per distinct finding (same kind and spans), ordered by source, then position; each
 * flag's id is a fingerprint of its kind, the two sources' hashes and the flagged words, so the same sources
 * give the same ids on every run; nothing is flagged on page furniture; a rule that fails on one comparison
 * loses only its own findings there (the failure is logged as a warning), never the other rules' or versions'.
 */
public final class FlagEngine {

    private final List<FlagRule> rules;

    public FlagEngine(List<FlagRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The product's rules, one per kind. */
    public static FlagEngine standard() {
        return new FlagEngine(List.of(
                new NumberRule(),
                new DateRule(),
                new NameSpellingRule(),
                new QuoteRule(),
                new WordingRule(Lexicon.standard(), Valence.standard()),
                new AttributionRule(),
                new SingleSourceRule(),
                new DroppedSentenceRule()));
    }

    public List<Flag> run(Collation collation) {
        return java.util.stream.IntStream.range(0, collation.size())
                .filter(i -> i != collation.base())
                .parallel()
                .mapToObj(i -> flagsFor(collation.comparison(i)))
                .flatMap(List::stream)
                .toList();
    }

    private static final System.Logger LOG = System.getLogger(FlagEngine.class.getName());

    private static List<Finding> findings(FlagRule rule, Comparison c) {
        try {
            return rule.apply(c);
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    rule.getClass().getSimpleName() + " failed on "
                            + c.version().document().path() + "; its findings there are left out",
                    e);
            return List.of();
        }
    }

    List<Flag> flagsFor(Comparison c) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (FlagRule rule : rules) {
            for (Finding f : findings(rule, c)) {
                if (!onFurniture(c.base().document(), f.baseSpan())
                        && !onFurniture(c.version().document(), f.variantSpan())) {
                    unique.putIfAbsent(f.kind() + "|" + f.baseSpan() + "|" + f.variantSpan(), f);
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(unique.values());
        sorted.sort(Comparator.comparingInt((Finding f) -> position(f))
                .thenComparing(f -> f.kind().ordinal()));
        Map<String, Integer> ordinals = new HashMap<>();
        List<Flag> out = new ArrayList<>();
        for (Finding f : sorted) {
            String key = fingerprintKey(c, f);
            int ordinal = ordinals.merge(key, 1, Integer::sum);
            out.add(new Flag(
                    fingerprint(key + "\u0000" + ordinal),
                    f.kind(),
                    f.severity(),
                    c.version().document().path(),
                    f.baseSpan(),
                    f.variantSpan(),
                    f.explanation()));
        }
        return out;
    }

    private static int position(Finding f) {
        return f.variantSpan() != null ? f.variantSpan().start() : f.baseSpan().start();
    }

    private static boolean onFurniture(SourceDocument doc, Span span) {
        return span != null && doc.excluded().stream().anyMatch(e -> e.span().overlaps(span));
    }

    private static String fingerprintKey(Comparison c, Finding f) {
        return f.kind().id() + "\u0000" + c.base().document().sha256() + "\u0000"
                + c.version().document().sha256() + "\u0000" + words(c.base().text(), f.baseSpan()) + "\u0000"
                + words(c.version().text(), f.variantSpan());
    }

    private static String words(String text, Span span) {
        return span == null ? "" : Normalizer.text(span.of(text));
    }

    /** The first 16 hex digits of the key's SHA-256. */
    public static String fingerprint(String key) {
        return Fingerprints.of(key);
    }
}
