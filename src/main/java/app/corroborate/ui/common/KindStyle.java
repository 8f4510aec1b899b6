package app.corroborate.ui.common;

import app.corroborate.flag.FlagKind;
import app.corroborate.flag.Severity;
import app.corroborate.store.Verdict;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How a flag kind, a severity and a verdict look wherever they appear: an icon and a style class (the colour
 * lives in the stylesheet, so the dark theme can change it). Shape and colour together, never colour alone.
 */
public final class KindStyle {

    private KindStyle() {}

    public static Ikon icon(FlagKind kind) {
        return switch (kind) {
            case NUMBER -> Material2AL.FORMAT_LIST_NUMBERED;
            case DATE -> Material2AL.EVENT;
            case NAME_SPELLING -> Material2MZ.SPELLCHECK;
            case QUOTE_ALTERED -> Material2AL.FORMAT_QUOTE;
            case WORDING_LOADED -> Material2MZ.WARNING;
            case ATTRIBUTION -> Material2MZ.RECORD_VOICE_OVER;
            case SINGLE_SOURCE_CLAIM -> Material2AL.LOOKS_ONE;
            case SENTENCE_DROPPED -> Material2MZ.REMOVE_CIRCLE_OUTLINE;
            case REWORDED -> Material2AL.EDIT;
        };
    }

    /** An icon node for the kind, styled {@code kind-icon kind-<id>}. */
    public static FontIcon iconNode(FlagKind kind, int size) {
        FontIcon icon = new FontIcon(icon(kind));
        icon.setIconSize(size);
        icon.getStyleClass().addAll("kind-icon", "kind-" + kind.id());
        return icon;
    }

    public static String severityClass(Severity s) {
        return "severity-" + s.id();
    }

    public static Ikon icon(Verdict v) {
        return switch (v) {
            case UNREVIEWED -> Material2MZ.RADIO_BUTTON_UNCHECKED;
            case VERIFIED -> Material2AL.CHECK_CIRCLE;
            case FALSE -> Material2AL.CANCEL;
            case DISPUTED -> Material2AL.HELP;
            case UNVERIFIABLE -> Material2AL.BLOCK;
        };
    }

    /** An icon node for the verdict, styled {@code verdict-icon verdict-<id>}. */
    public static FontIcon iconNode(Verdict v, int size) {
        FontIcon icon = new FontIcon(icon(v));
        icon.setIconSize(size);
        icon.getStyleClass().addAll("verdict-icon", "verdict-" + v.id());
        return icon;
    }

    /** The key that sets the verdict: 1 verified, 2 false, 3 disputed, 4 unverifiable, 0 unreviewed. */
    public static String key(Verdict v) {
        return switch (v) {
            case VERIFIED -> "1";
            case FALSE -> "2";
            case DISPUTED -> "3";
            case UNVERIFIABLE -> "4";
            case UNREVIEWED -> "0";
        };
    }
}
