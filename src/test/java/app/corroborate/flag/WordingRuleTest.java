package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordingRuleTest {

    private final WordingRule rule = new WordingRule(Lexicon.standard(), Valence.standard());
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
        var f = Cases.run(rule, base, version);
        assertEquals(2, f.size());
        assertTrue(
                f.get(0).explanation().startsWith("'Angry' was added: "),
                f.get(0).explanation());
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
    void aLabelForTheOwnerIsCharged() {
        String base = "The judge dismissed the company's claim that it bought the plot in good faith.";
        String version = "The judge dismissed the land grabbers' claim that they bought the plot in good faith.";
        List<Finding> f = Cases.run(rule, base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("'land grabbers'"), f.get(0).explanation());
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
    void aWholeSentenceRewriteIsNoSubstitutionButItsOwnLoadedTermsAreFlagged() {
        String version = "Rebels, extremists and so-called freedom fighters from the north have long staged raids "
                + "across the border regions of the country.";
        List<Finding> f = Cases.run(rule, BASE, version);
        assertEquals(2, f.size(), f.toString());
        assertTrue(f.stream().allMatch(x -> x.explanation().contains("of this outlet's own")), f.toString());
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

    @Test
    void aChargedWordTheLexiconLacksIsFlaggedByItsConnotation() {
        String base = "Officials asked residents to stay indoors while crews cleared the fallen trees.";
        String version = "Officials asked terrified residents to stay indoors while crews cleared the fallen trees.";
        List<Finding> f = Cases.run(rule, base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("charged word"), f.get(0).explanation());
    }

    @Test
    void aNeutralClauseParaphrasedIntoAChargedOneIsFlagged() {
        String base = "The opening of the new terminal was delayed by a week because of a software fault.";
        String version = "The opening of the new terminal descended into chaos because of a software fault.";
        List<Finding> f = Cases.run(rule, base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(Cases.variant(Cases.collate(base, version), 1, f.get(0)).contains("chaos"));
    }

    @Test
    void aPlainWordForAnOutcomeIsNotCharged() {
        String base = "Three people were killed when the footbridge gave way on Sunday.";
        assertEquals(List.of(), Cases.run(rule, base, base.replace("were killed", "died")));
        assertEquals(List.of(), Cases.run(rule, base, base.replace("were killed", "were injured")));
    }

    @Test
    void aWordNoStrongerThanTheBaseSentenceIsNotCharged() {
        String base = "Forecasters said the harvest would be a disaster for growers in the valley.";
        String version = "Forecasters said the harvest would be a grim disaster for growers in the valley.";
        assertEquals(List.of(), Cases.run(rule, base, version));
    }

    @Test
    void aWordTheBaseStoryUsesElsewhereIsNotTheOutletsOwn() {
        String base = "Shoppers were scared by the alarm on Friday. Staff asked shoppers to leave the hall.";
        String version = "Shoppers were scared by the alarm on Friday. Staff asked scared shoppers to leave the hall.";
        assertEquals(List.of(), Cases.run(rule, base, version));
    }

    @Test
    void aNegatedOrQuotedChargedWordIsNot() {
        String base = "Passengers left the station after the last train, a guard said.";
        assertEquals(
                1,
                Cases.run(rule, base, base.replace("left", "fled in panic from"))
                        .size());
        assertEquals(List.of(), Cases.run(rule, base, base.replace("left", "left with no panic")));
        assertEquals(List.of(), Cases.run(rule, base, base.replace("left the station", "left the \"panic station\"")));
    }

    @Test
    void everydayPraiseIsNotCharged() {
        String base = "The council gave the plan its approval on Monday after a short debate.";
        String version = "The council gave the generous plan its approval on Monday after a short debate.";
        assertEquals(List.of(), Cases.run(rule, base, version));
    }

    @Test
    void aGraphicIdiomInALongRewriteIsLoadedWording() {
        String base = "Warehouse blaze kills four guards\n\nThe fire started after midnight, police said.";
        String version = "Warehouse: four burnt to death in huge overnight blaze at depot\n\n"
                + "The fire started after midnight, police said.";
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(new WordingRule(Lexicon.standard(), Valence.standard()), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("burnt to death", Cases.variant(c, 1, f.get(0)));
        String plain = version.replace("burnt to death", "killed");
        assertEquals(List.of(), Cases.run(new WordingRule(Lexicon.standard(), Valence.standard()), base, plain));
    }

    @Test
    void anAddedWordThatImputesAMotiveIsFlagged() {
        String base = "The board suspended the treasurer without pay pending the outcome of the audit, officials said.";
        String version =
                "The board hastily suspended the treasurer without pay pending the outcome of the audit, officials said.";
        List<Finding> f = Cases.run(rule, base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).explanation().contains("imputes a motive"), f.get(0).explanation());
        assertEquals(List.of(), Cases.run(rule, version, version), "the same wording in both is no change");
    }

    @Test
    void aStatementRetoldWithAJudgingVerbOfSayingIsLoaded() {
        String base = "Locusts spread\n\nKATIMA MULILO, 10 March (NNS) - Swarms of locusts have damaged crops on about "
                + "12 000 hectares in the region, affecting at least 2 300 farming households, the Ministry of "
                + "Agriculture said on Tuesday.\n\nThe ministry said teams had been deployed in February.\n";
        String version = "Locust shame\n\nThe plague has now eaten through crops on 15 000 hectares, leaving more "
                + "than 2 300 hungry families staring at empty fields, the agriculture ministry finally admitted "
                + "yesterday.\n\nOfficials had done nothing for weeks.\n";
        Collation c = Cases.collate(base, version);
        assertTrue(c.comparison(1).pairedWithVersion(1).isEmpty(), "the retold sentence is left unpaired");
        List<Finding> f = Cases.run(rule, c, 1);
        assertEquals(
                List.of("admitted"), f.stream().map(x -> Cases.variant(c, 1, x)).toList(), f.toString());
        Collation plain = Cases.collate(base, version.replace("finally admitted", "said"));
        assertEquals(List.of(), Cases.run(rule, plain, 1));
    }

    @Test
    void aTollClaimedAndAContractWonArePlainReporting() {
        String base = "The fever killed two people in the district last month, the ministry said.";
        assertEquals(List.of(), Cases.run(rule, base, base.replace("killed two people", "claimed two lives")));
        String deal = "The firm secured a contract worth $2 million to repair the harbour wall.";
        assertEquals(List.of(), Cases.run(rule, deal, deal.replace("secured", "won")));
        assertEquals(
                1,
                Cases.run(rule, base, base.replace("the ministry said", "the ministry claimed"))
                        .size());
    }

    @Test
    void claimedIsAVerbOfSayingWhenNoLivesFollowAndHavocIsSensationalNotDeath() {
        String base = "Police said the victim had been armed when officers arrived.";
        assertEquals(1, Cases.run(rule, base, base.replace("said", "claimed")).size());
        String storm = "The storm caused damage across the island on Sunday night, officials said.";
        List<Finding> f = Cases.run(rule, storm, storm.replace("caused damage", "caused havoc"));
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("a sensational word for harm"),
                f.get(0).explanation());
    }
}
