package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetoldInContextTest {

    private static final String BASE = "At least 11 people have died in a cholera outbreak in Kerrow district since "
            + "Sunday, officials said on Wednesday.\n\n"
            + "The two district clinics together treated 418 patients with acute diarrhoea between Sunday and "
            + "Wednesday morning, district medical officer Dr Amina Wekesa Odhiambo said.\n\n"
            + "\"We have 60 beds and more than 150 patients on the ward,\" a nurse said.\n\n"
            + "Water tankers were sent to the worst-hit villages.";

    private static List<Finding> numbers(Collation c) {
        return Cases.run(new NumberRule(), c, 1).stream()
                .filter(f -> f.kind() == FlagKind.NUMBER)
                .toList();
    }

    @Test
    void aFigureMergedIntoAnotherSentenceIsComparedWithTheOneStatedInTheSameWords() {
        Collation c = Cases.collate(
                BASE,
                "Water tankers were sent to the villages hit hardest.\n\n"
                        + "With at least 11 people dead since Sunday and 481 patients with acute diarrhoea treated "
                        + "between Sunday and Wednesday morning, the district's clinics are overwhelmed, officials "
                        + "said.\n\n"
                        + "Most of the dead were children, according to district medical officer Amina Wekesa "
                        + "Odhiambo.\n\n"
                        + "\"We have 60 beds and more than 150 patients on the ward,\" a nurse said.");
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("481 patients", Cases.variant(c, 1, f.get(0)));
        assertTrue(f.get(0).explanation().contains("from 418 to 481"), f.get(0).explanation());
    }

    @Test
    void aNewFigureOfTheSameUnitInOtherWordsIsNotTakenForARetelling() {
        Collation c = Cases.collate(
                BASE,
                "Water tankers were sent to the villages hit hardest.\n\n"
                        + "At least 11 people have died since Sunday, officials said.\n\n"
                        + "A private hospital in the town said it had taken in 35 patients from outlying farms.\n\n"
                        + "\"We have 60 beds and more than 150 patients on the ward,\" a nurse said.");
        assertEquals(List.of(), numbers(c));
    }

    private static final String AUDIT = "MANILA, June 16 - State auditors said on Tuesday the city received "
            + "PHP412.6 million in cash and in-kind assistance for flood victims from national agencies.\n\n"
            + "Of that amount, the distribution of PHP87.3 million in food packs was not supported by signed "
            + "receipts, the audit team said.\n\n"
            + "The city also failed to liquidate PHP6.2 million in cash aid released in three tranches.\n\n"
            + "The mayor denied any wrongdoing.";

    @Test
    void anAmountMergedIntoAnotherSentenceIsComparedWithTheAmountStatedInTheSameWords() {
        Collation c = Cases.collate(
                AUDIT,
                "The audit report on the city reads like a crime novel, state auditors said on Tuesday.\n\n"
                        + "Out of \u20B1421.6 million in cash and goods for flood victims, the city cannot show where "
                        + "\u20B187.3 million in food packs went.\n\n"
                        + "The city also failed to liquidate \u20B16.2 million in cash aid released in three tranches."
                        + "\n\nThe mayor denied any wrongdoing.");
        List<Finding> f = numbers(c);
        assertEquals(1, f.size(), f.toString());
        assertEquals("421.6 million", Cases.variant(c, 1, f.get(0)));
    }
}
