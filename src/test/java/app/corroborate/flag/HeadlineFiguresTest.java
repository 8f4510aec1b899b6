package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineFiguresTest {

    private static final String BASE = "Regulator orders council to lower Yarrabin dam\n\n"
            + "The state's dam safety regulator has ordered the council to lower the Yarrabin dam before the wet "
            + "season, after a review found its spillway could not pass a major flood.\n\n"
            + "The upgrade, which would raise the embankment by 1.8 metres, will cost $38 million, the council said.\n\n"
            + "About 14,000 people draw their water from the dam.";

    private static String version(String headline, String related) {
        return headline + "\n\n"
                + "The state's dam safety regulator has ordered the council to lower the Yarrabin dam before the wet "
                + "season, after a review found its spillway could not pass a major flood.\n\n"
                + "The upgrade, which would raise the embankment by 1.8 metres, will cost $38 million, the council said."
                + "\n\nAbout 14,000 people draw their water from the dam.\n\n"
                + related;
    }

    private static List<Finding> numbers(Collation c) {
        return Cases.run(new NumberRule(), c, 1).stream()
                .filter(f -> f.kind() == FlagKind.NUMBER)
                .toList();
    }

    @Test
    void aHeadlineThatTransposesTheStorysAmountIsFlaggedThoughTheStoryKeepsIt() {
        Collation c = Cases.collate(BASE, version("Dam upgrade bill hits $83m as regulator orders drawdown", ""));
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("83m", Cases.variant(c, 1, f.get(0)));
        assertTrue(
                f.get(0).explanation().contains("from 38,000,000 to 83,000,000"),
                f.get(0).explanation());
    }

    @Test
    void aHeadlineOfAnotherStoryOrARounderFigureIsLeftAlone() {
        String other = "Read more\n\nCouncil rates rise $83m over budget at Kellerton pool";
        assertEquals(List.of(), numbers(Cases.collate(BASE, version("Regulator orders dam lowered", other))));
        assertEquals(
                List.of(),
                numbers(Cases.collate(BASE, version("Dam upgrade to cost $40m as regulator orders drawdown", ""))));
    }
}
