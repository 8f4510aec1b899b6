package app.corroborate.facts;

import java.util.Set;

/** Words that name an office or role rather than a person (minister, spokesperson, chief). */
public final class Titles {

    private static final Set<String> TITLES = Set.of(
            "minister", "chief", "president", "prime", "spokesperson", "spokesman", "spokeswoman", "governor",
            "mayor", "secretary", "general", "gen", "director", "head", "officer", "official", "commander",
            "senator", "sen", "representative", "rep", "judge", "justice", "ceo", "chairman", "chair", "deputy",
            "vice", "mr", "mrs", "ms", "dr", "prof", "interior", "foreign", "defence", "defense", "finance",
            "provincial", "regional", "federal", "state", "national", "charge", "d'affaires", "ambassador",
            "king", "queen", "prince", "sheikh", "lord", "lady", "sir", "colonel", "col", "captain", "lieutenant",
            "major", "sergeant", "police", "army", "ministry", "department", "office", "cfo", "coo", "cto", "cio",
            "mp", "mep", "md", "vp", "svp", "evp", "chancellor", "councillor", "councilor", "inspector", "professor");

    private Titles() {
    }

    public static boolean isTitle(String word) {
        return TITLES.contains(Spelling.plain(word));
    }
}
