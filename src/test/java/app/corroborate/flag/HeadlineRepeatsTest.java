package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed figure repeated in the version's headline is one flag, where the body says it. */
class HeadlineRepeatsTest {

    private static final String BODY = "Police arrested three people including a deputy headmaster on Wednesday, a "
            + "spokeswoman said. The papers had been shared in a messaging group before the examination began.";

    @Test
    void theHeadlinesCopyOfABodyChangeIsFoldedAndAHeadlineOnlyChangeIsKept() {
        String base = "Three arrested over leaked examination papers\n\n" + BODY;
        String version = "Two arrested over leaked examination papers\n\n" + BODY.replace("three", "two");
        Collation c = Cases.collate(base, version);
        List<Flag> flags = FlagEngine.standard().run(c).stream()
                .filter(f -> f.kind() == FlagKind.NUMBER)
                .toList();
        assertEquals(1, flags.size(), flags.toString());
        assertTrue(
                flags.get(0).variantSpan().of(c.analyses().get(1).text()).contains("two people"),
                "the body's flag is the one kept");
        String headlineOnly = "Two arrested over leaked examination papers\n\n" + BODY;
        List<Flag> kept = FlagEngine.standard().run(Cases.collate(base, headlineOnly)).stream()
                .filter(f -> f.kind() == FlagKind.NUMBER)
                .toList();
        assertEquals(1, kept.size(), "a change the headline alone carries stays a flag: " + kept);
    }
}
