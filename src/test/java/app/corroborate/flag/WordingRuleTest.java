package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingRuleTest {

    private final WordingRule rule = new WordingRule(Lexicon.standard());
    private static final String BASE = "The country has faced periodic attacks by Islamist militants elsewhere, "
            + "including factions linked to the northern movement.";

    @Test
    void aChangedCharacterisationIsFlaggedAndExplained() {
        Collation c = Cases.collate(BASE, BASE.replace("Islamist militants", "rebels"));
        List<Finding> f = Cases.run(rule, c, 1);
        assertEquals(1, f.size());
        assertEquals("rebels", Cases.variant(c, 1, f.get(0)));
        assertTrue(
                f.get(0).explanation().contains("an ideological label"),
                f.get(0).explanation());
        assertTrue(
                f.get(0).explanation().contains("a sympathetic label"), f.get(0).explanation());
    }

    @Test
    void swappingOneNeutralTermForAnotherIsNot() {
        assertEquals(List.of(), Cases.run(rule, BASE, BASE.replace("Islamist militants", "Islamist fighters")));
    }

    @Test
    void anAddedEvaluativeAdjectiveIsFlagged() {
        String base = "Farmers downstream have long accused the authority of poor communication during releases.";
        String version = "Angry farmers downstream have long accused the reckless authority of poor communication "
                + "during releases.";
        assertEquals(2, Cases.run(rule, base, version).size());
    }

    @Test
    void aChargedVerbIsFlagged() {
        String base = "The dam authority opened the spillway gates on Tuesday after heavy rain fell.";
        String version = "The dam authority dumped water through the spillway on Tuesday after heavy rain fell.";
        List<Finding> f = Cases.run(rule, base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("charged verb"));
    }

    @Test
    void aVerbOfSayingThatJudgesTheSpeakerIsFlagged() {
        String base = "The bank said on Wednesday that hackers had stolen the data of its customers.";
        List<Finding> f = Cases.run(rule, base, base.replace("said", "admitted"));
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("judges the speaker"), f.get(0).explanation());
        assertEquals(List.of(), Cases.run(rule, base, base.replace("said", "stated")));
    }

    @Test
    void lexiconTermsMatchAsWrittenOrPluralNeverByStem() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals("pejorative", lexicon.classOf("terrorists"));
        assertEquals(null, lexicon.classOf("denied"), "not 'denier'");
        String base = "Ostmark denied the account on Tuesday, officials said.";
        assertEquals(List.of(), Cases.run(rule, base, base.replace("denied", "rejected")));
    }

    @Test
    void aWholeSentenceRewriteIsLeftToTheDiff() {
        String version = "Rebels, extremists and so-called freedom fighters from the north have long staged raids "
                + "across the border regions of the country.";
        assertEquals(List.of(), Cases.run(rule, BASE, version));
    }

    @Test
    void aStatementTheOutletCharacterisesIsFlagged() {
        String base = "The ferry operator said the crossing was cancelled because of a faulty ramp.";
        String version = "The ferry operator hurried to shift the responsibility, saying the crossing was cancelled "
                + "because of a faulty ramp.";
        List<Finding> f = Cases.run(rule, base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("characterises"), f.get(0).explanation());
    }

    @Test
    void aStatementReportedThroughItsChannelIsNot() {
        String base = "The ferry operator said the crossing was cancelled because of a faulty ramp.";
        String version = "The ferry operator issued a statement on Sunday, saying the crossing was cancelled because "
                + "of a faulty ramp.";
        assertEquals(List.of(), Cases.run(rule, base, version));
    }
}
