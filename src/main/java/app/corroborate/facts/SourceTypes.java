package app.corroborate.facts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The kind of source a speaker is: an official body, the media, an unnamed or unverified source, a witness or
 * member of the public, a court, a company. A claim that moves from one kind to another ("the national disaster agency said" became
 * "according to local media") has changed attribution even when no name is involved.
 */
public final class SourceTypes {

    /** Kinds of source. */
    public enum Type {
        OFFICIAL,
        MEDIA,
        UNVERIFIED,
        WITNESS,
        /** A court or judge: its findings are rulings, not a party's statements. */
        JUDICIAL,
        /** A company: a party with its own interest, never the regulator or the official body that oversees it. */
        CORPORATE
    }

    private static final Map<String, Type> WORDS = Map.ofEntries(
            Map.entry("officials", Type.OFFICIAL),
            Map.entry("official", Type.OFFICIAL),
            Map.entry("authorities", Type.OFFICIAL),
            Map.entry("agency", Type.OFFICIAL),
            Map.entry("ministry", Type.OFFICIAL),
            Map.entry("government", Type.OFFICIAL),
            Map.entry("police", Type.OFFICIAL),
            Map.entry("military", Type.OFFICIAL),
            Map.entry("army", Type.OFFICIAL),
            Map.entry("spokesperson", Type.OFFICIAL),
            Map.entry("spokesman", Type.OFFICIAL),
            Map.entry("spokeswoman", Type.OFFICIAL),
            Map.entry("council", Type.OFFICIAL),
            Map.entry("commission", Type.OFFICIAL),
            Map.entry("survey", Type.OFFICIAL),
            Map.entry("regulator", Type.OFFICIAL),
            Map.entry("media", Type.MEDIA),
            Map.entry("newspaper", Type.MEDIA),
            Map.entry("newspapers", Type.MEDIA),
            Map.entry("television", Type.MEDIA),
            Map.entry("broadcaster", Type.MEDIA),
            Map.entry("reports", Type.MEDIA),
            Map.entry("press", Type.MEDIA),
            Map.entry("sources", Type.UNVERIFIED),
            Map.entry("source", Type.UNVERIFIED),
            Map.entry("familiar", Type.UNVERIFIED),
            Map.entry("posts", Type.UNVERIFIED),
            Map.entry("rumours", Type.UNVERIFIED),
            Map.entry("insiders", Type.UNVERIFIED),
            Map.entry("witnesses", Type.WITNESS),
            Map.entry("witness", Type.WITNESS),
            Map.entry("residents", Type.WITNESS),
            Map.entry("resident", Type.WITNESS),
            Map.entry("volunteers", Type.WITNESS),
            Map.entry("volunteer", Type.WITNESS),
            Map.entry("passengers", Type.WITNESS),
            Map.entry("survivors", Type.WITNESS),
            Map.entry("court", Type.JUDICIAL),
            Map.entry("courts", Type.JUDICIAL),
            Map.entry("tribunal", Type.JUDICIAL),
            Map.entry("judge", Type.JUDICIAL),
            Map.entry("magistrate", Type.JUDICIAL),
            Map.entry("jury", Type.JUDICIAL),
            Map.entry("company", Type.CORPORATE),
            Map.entry("companies", Type.CORPORATE),
            Map.entry("firm", Type.CORPORATE),
            Map.entry("manufacturer", Type.CORPORATE),
            Map.entry("maker", Type.CORPORATE),
            Map.entry("drugmaker", Type.CORPORATE),
            Map.entry("airline", Type.CORPORATE),
            Map.entry("carrier", Type.CORPORATE),
            Map.entry("insurer", Type.CORPORATE),
            Map.entry("retailer", Type.CORPORATE),
            Map.entry("contractor", Type.CORPORATE),
            Map.entry("employer", Type.CORPORATE),
            Map.entry("supplier", Type.CORPORATE));

    private SourceTypes() {}

    public static Set<Type> of(Set<String> speakerWords) {
        Set<Type> out = EnumSet.noneOf(Type.class);
        for (String w : speakerWords) {
            Type t = WORDS.get(w);
            if (t != null) {
                out.add(t);
            }
        }
        if (out.contains(Type.MEDIA) && speakerWords.contains("social")) {
            out.remove(Type.MEDIA);
            out.add(Type.UNVERIFIED);
        }
        return out;
    }

    /** True if both speakers are of known kinds and the kinds share nothing. */
    public static boolean differ(Set<String> base, Set<String> variant) {
        Set<Type> a = of(base);
        Set<Type> b = of(variant);
        return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
    }
}
