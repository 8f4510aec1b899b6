package app.corroborate.ui.preferences;

import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.ui.workbench.Place;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the editor left each case (its compared source and selected flag), kept in the editor's preferences, never
 * in the case file: a read-only case, or a case shared with colleagues, resumes where this editor was.
 *
 * <p>Guarantees: one entry a case, keyed by a digest of its location (no path is stored); when a case opens, the
 * places beyond the {@link #KEPT} cases left most recently are forgotten; a preference store that cannot be read or
 * written only means the place is not recalled.
 */
public final class Places {

    /** Cases whose place is kept: more than the recent-cases list, so a case opened from it resumes. */
    static final int KEPT = 50;

    private final Preferences node;

    private final Clock clock;

    public Places(Preferences parent) {
        this(parent, Clock.systemUTC());
    }

    Places(Preferences parent, Clock clock) {
        this.node = parent.node("places");
        this.clock = clock;
    }

    /**
     * The memory of one case, by its location as the window names it (a file path or a server address); the places
     * of cases left longest ago are forgotten now, not on every move.
     */
    public Place.Memory of(String caseLocation) {
        String key = key(caseLocation);
        forgetOldest();
        return new Place.Memory() {
            @Override
            public Optional<Place> recall() {
                try {
                    String[] v = node.get(key, "").split("\t", -1);
                    return v.length < 3
                            ? Optional.empty()
                            : Optional.of(new Place(blankToNull(v[1]), blankToNull(v[2])));
                } catch (IllegalStateException e) {
                    return Optional.empty(); // the preference node was removed: nothing to recall
                }
            }

            @Override
            public void remember(Place place) {
                try {
                    node.put(
                            key,
                            clock.millis() + "\t" + nullToBlank(place.sourceId()) + "\t" + nullToBlank(place.flagId()));
                } catch (IllegalStateException e) {
                    // the preference node was removed: the place is not kept
                }
            }
        };
    }

    /** The case as places know it: its absolute file, or its server address. */
    public static String keyOf(CaseStore store) {
        return store.location() instanceof CaseLocation.File
                ? store.file().toAbsolutePath().normalize().toString()
                : store.location().toString();
    }

    private void forgetOldest() {
        try {
            String[] keys = node.keys();
            if (keys.length <= KEPT) {
                return;
            }
            Arrays.sort(keys, Comparator.comparingLong(this::left));
            for (int i = 0; i < keys.length - KEPT; i++) {
                node.remove(keys[i]);
            }
        } catch (BackingStoreException | IllegalStateException e) {
            // the place of an old case stays a little longer
        }
    }

    private long left(String key) {
        try {
            return Long.parseLong(node.get(key, "0").split("\t", 2)[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String key(String location) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(location.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }
}
