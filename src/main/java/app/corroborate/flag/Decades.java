package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decade that changed ("built in the 1960s" retold as "built in the 1950s"), wherever the two sentences stand. A
 * decade is no figure and no day, so neither the number rule nor the day and year comparisons read it.
 *
 * <p>Guarantees: only when each document names exactly one decade (outside headlines) and they differ, so that which
 * decade retells which is never a guess; one finding at most. Linear in the two documents' tokens.
 */
final class Decades {

    private Decades() {}

    static List<Finding> changed(Comparison c) {
        Map<String, Span> base = decades(c.base());
        Map<String, Span> version = decades(c.version());
        List<Finding> out = new ArrayList<>();
        if (base.size() == 1 && version.size() == 1 && !base.keySet().equals(version.keySet())) {
            Span was = base.values().iterator().next();
            Span now = version.values().iterator().next();
            out.add(new Finding(
                    FlagKind.DATE,
                    Severity.HIGH,
                    was,
                    now,
                    "'" + c.baseText(was) + "' became '" + c.versionText(now) + "': the decade changed."));
        }
        return out;
    }

    /** The document's decades ("1960s"), each with its first mention, headlines left out; read once per document. */
    private static Map<String, Span> decades(DocumentAnalysis doc) {
        return doc.memo(Decades.class, Decades::read);
    }

    private static Map<String, Span> read(DocumentAnalysis doc) {
        Map<String, Span> out = new LinkedHashMap<>();
        for (var s : doc.sentences()) {
            if (s.headline()) {
                continue;
            }
            for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
                if (doc.tokens().kind(i) == TokenKind.NUMBER && decade(doc.form(i))) {
                    out.putIfAbsent(doc.form(i), doc.tokens().span(i));
                }
            }
        }
        return out;
    }

    /** "1960s", "2010s": a year of the last five centuries ending in 0, then "s". */
    static boolean decade(String form) {
        if (form.length() != 5 || form.charAt(4) != 's' || form.charAt(3) != '0') {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(form.charAt(k))) {
                return false;
            }
        }
        int year = Integer.parseInt(form.substring(0, 4));
        return year >= 1500 && year <= 2090;
    }
}
