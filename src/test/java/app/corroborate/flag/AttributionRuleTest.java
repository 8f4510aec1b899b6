package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionRuleTest {

    @Test
    void anAttributionThatAppearsIsFlagged() {
        String base = "The attacks underscore the persistence of insurgents in the resource-rich province.";
        String version = "Authorities said the attacks underscore the persistence of insurgents in the resource-rich "
                + "province.";
        Collation c = Cases.collate(base, version);
        List<Finding> f = Cases.run(new AttributionRule(), c, 1);
        assertEquals(1, f.size());
        assertEquals("Authorities said", Cases.variant(c, 1, f.get(0)));
    }

    @Test
    void anAttributionThatVanishesIsFlagged() {
        String base = "Two people were missing after their car was swept off a bridge near Eastholm, police said.";
        String version = "Two people were missing after their car was swept off a bridge near Eastholm.";
        List<Finding> f = Cases.run(new AttributionRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("'police said' was dropped"),
                f.get(0).explanation());
    }

    @Test
    void aPronounIsNotTakenForTheBodyNamedBeforeIt() {
        String base = "By 6 a.m. Tuesday, 87 per cent of customers had been reconnected, JESCO said in a statement. "
                + "Parts of the east were still without power at mid-morning. She said a full report would be "
                + "submitted to the regulator within 14 days.";
        String version = "Mrs Marcia Goffe-Henriques added that a detailed report will be submitted to the regulator "
                + "within 14 days.";
        List<Finding> f = Cases.run(new AttributionRule(), base, version);
        assertEquals(
                List.of(),
                f.stream().filter(x -> x.explanation().contains("instead of")).toList());
    }

    @Test
    void anAttributionDroppedFromACopyIsFlaggedThoughTheNextSentenceKeepsTheSameSpeakersOwn() {
        String base = "Power was restored to most of the island early on Tuesday. By 6 a.m. Tuesday, 87 per cent of "
                + "customers had been reconnected, JESCO said in a statement. JESCO's chief executive, Marcia Goffe, "
                + "told reporters the protective systems had worked as designed. Crews were still working in the east.";
        String version = base.replace(", JESCO said in a statement.", ".");
        List<Finding> f = Cases.run(new AttributionRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("'JESCO said' was dropped"),
                f.get(0).explanation());
    }

    @Test
    void aClaimMovedToSomeoneTheBaseNeverMentionsIsFlagged() {
        String base = "The army said on Saturday the attacks were carried out by foreign-backed militants.";
        String version = "Interior Minister Mohsin Kale said on Saturday the attacks were carried out by "
                + "foreign-backed militants.";
        List<Finding> f = Cases.run(new AttributionRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("Mohsin Kale"), f.get(0).explanation());
    }

    @Test
    void theSameSpeakerNamedDifferentlyIsNot() {
        String base = "The death toll includes militants killed in raids, the chief minister of the province, "
                + "Sarfaraz Keller, told reporters.";
        String version = "Chief Minister Sarfaraz Keller said the death toll includes militants killed in raids.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
        String pronoun = "He said the death toll includes militants killed in raids.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, pronoun));
    }

    @Test
    void aDoubleBarrelledNameWithoutItsHyphenIsTheSameSpeaker() {
        String base = "Harbour master Ines Ruiz-Vega said the channel would reopen on Friday. "
                + "\"We have cleared the wreck,\" Ruiz-Vega said.";
        String version = "Harbour master Ines Ruiz Vega said the channel would reopen on Friday. "
                + "\"We have cleared the wreck,\" Ruiz Vega said.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
        assertEquals(List.of(), Cases.run(new QuoteRule(), base, version));
        assertEquals(List.of(), Cases.run(new SingleSourceRule(), base, version));
    }

    @Test
    void aSpeakerWhoBecomesTheActorKeepsTheSource() {
        String base = "The data protection authority said it had opened an inquiry into the breach at the bank.";
        String version = "The data protection authority has opened an inquiry into the breach at the bank.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
    }

    @Test
    void aNamedSubjectWhoseStatementIsDroppedReportsItsOwnActButAnotherBodyStillCounts() {
        String version = "Uzbekistan Airways has cancelled four flights between Tashkent and Nukus since the morning.";
        assertEquals(
                List.of(),
                Cases.run(
                        new AttributionRule(),
                        "Uzbekistan Airways cancelled four flights between Tashkent and Nukus, the airline said.",
                        version));
        assertEquals(
                1,
                Cases.run(
                                new AttributionRule(),
                                "Uzbekistan Airways cancelled four flights between Tashkent and Nukus, the ministry"
                                        + " of transport said.",
                                version)
                        .size());
    }

    @Test
    void anAppealIsAnAttributionWhateverTheVerb() {
        String base = "Mayor Ruth Ambrose called on both sides to return to talks under a mediator.";
        String version = "Mayor Ruth Ambrose urged both sides to resume talks with a mediator.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
    }

    @Test
    void claimsFromBothSidesNarrowedToOneAreFlagged() {
        String base = "At least nine soldiers were killed on Tuesday in a clash on the border, officials from both "
                + "countries said.";
        String version = "At least nine soldiers died on Tuesday in a clash on the border, Veldran officials said.";
        List<Finding> f = Cases.run(new AttributionRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(
                f.get(0).explanation().contains("Veldran officials"), f.get(0).explanation());
    }

    @Test
    void aSubjectWithAnAppositiveIsOneSpeaker() {
        String base = "India, the neighbouring rival, denied that assertion on Sunday.";
        String version = "India rejected the allegation on Sunday.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
        String trailing = "The line will remain closed until at least Monday, the operator said.";
        List<Finding> f = Cases.run(
                new AttributionRule(), trailing, "The line is expected to stay closed until at least Monday.");
        assertEquals(1, f.size(), "a trailing 'the operator said' is the speaker, not the whole clause");
    }

    @Test
    void anAttributionMovedToTheNextSentenceIsNotDropped() {
        String base = "Security forces killed 145 militants over 40 hours, the chief minister of the province said on "
                + "Sunday.";
        String version = "Security forces have killed at least 145 militants in 40 hours. The provincial chief "
                + "minister confirmed the figures on Sunday.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
    }

    private static final String WOLVES = "Three wolves escaped from Kilmore Wildlife Park on Tuesday night after a "
            + "storm brought down a fence. The park's director said the fence had been inspected in May. Volunteers "
            + "searched the bog north of the village until dark. Schools in the area will decide in the morning "
            + "whether to open, gardaí said.";

    @Test
    void aRewriteThatNamesTheSpeakerNearbyCarriesTheAttribution() {
        String version = "A storm flattened a fence at Kilmore Wildlife Park on Tuesday night and three wolves got "
                + "out, leaving gardaí to comb the countryside. The director of the park insisted the fence passed "
                + "an inspection in May. Volunteers searched the bog north of the village until dark. Schools in "
                + "the area will decide in the morning whether to open.";
        Collation c = Cases.collate(WOLVES, version);
        assertTrue(!c.comparison(1).copyOfBase(), "an independent rewrite");
        assertEquals(List.of(), Cases.run(new AttributionRule(), c, 1));
    }

    @Test
    void aRewriteThatNeverNamesTheSpeakerDropsTheAttribution() {
        String version = "A storm flattened a fence at Kilmore Wildlife Park on Tuesday night and three wolves got "
                + "out. The director of the park insisted the fence passed an inspection in May. Volunteers "
                + "searched the bog north of the village until dark. Schools in the area will decide in the morning "
                + "whether to open.";
        Collation c = Cases.collate(WOLVES, version);
        List<Finding> f = Cases.run(new AttributionRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertTrue(
                f.get(0).explanation().contains("'gardaí said' was dropped"),
                f.get(0).explanation());
    }

    @Test
    void aClaimMovedToAnotherKindOfSourceIsFlagged() {
        String base = "The quake killed at least 38 people, the national disaster agency said.";
        String version = "The quake killed at least 38 people, according to local media.";
        List<Finding> f = Cases.run(new AttributionRule(), base, version);
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("local media"), f.get(0).explanation());
        String same = "The quake killed at least 38 people, government officials said.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, same));
    }

    @Test
    void aDefiniteDescriptionPointsBackLikeAPronoun() {
        String base = "Lindgren, 29, denied wrongdoing and said she would appeal to the sports court.";
        String version = "The 29-year-old denies wrongdoing and plans to appeal to the sports court, she said.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
    }

    @Test
    void claimingResponsibilityIsAnActNotAnAttribution() {
        String base = "The banned group claimed responsibility for the attacks on the port.";
        String version = "Insurgents from the banned group attacked the port overnight.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), base, version));
    }

    @Test
    void aPassiveVerbOfSayingIsNotTheSource() {
        String base = "The five set off from the lower car park at 8 a.m. on Saturday and were reported overdue by "
                + "a friend at 7:40 p.m., Valley Police said.";
        String version = "The five left the lower car park at about 8 a.m. on Saturday and were reported missing by "
                + "a friend at 7:40 p.m., Valley Police said.";
        assertEquals(
                List.of(),
                Cases.run(new AttributionRule(), base, version).stream()
                        .map(Finding::explanation)
                        .toList());
    }

    private static final String UNION = "The line will stay closed for three weeks. Euan Drysdale, Scottish "
            + "organiser of the Rail Crews' Union, said drivers had reported water running across the line at the same "
            + "cutting twice in the past year. Network Rail said it had received one such report.";

    @Test
    void theBodyAPersonSpeaksForIsTheSameSource() {
        String version = "The line will stay closed for three weeks. The Rail Crews' Union says drivers reported water "
                + "across the line at the same spot twice in the past year. Network Rail said it had received one "
                + "such report.";
        assertEquals(List.of(), explanations(UNION, version));
    }

    @Test
    void anotherBodyNamedBesideTheSpeakerIsAnotherSource() {
        String version = "The line will stay closed for three weeks. Network Rail says drivers reported water across "
                + "the line at the same spot twice in the past year. It said it had received one such report.";
        assertEquals(
                1,
                explanations(UNION, version).size(),
                explanations(UNION, version).toString());
    }

    private static List<String> explanations(String base, String version) {
        return Cases.run(new AttributionRule(), base, version).stream()
                .map(Finding::explanation)
                .toList();
    }

    @Test
    void aBodyCitedAboutAPersonsActIsStillASourceWhenDropped() {
        assertEquals(
                1,
                Cases.run(
                                new AttributionRule(),
                                "Daniel Kessler misled investors about the fund's losses for three years, the agency"
                                        + " said.",
                                "Daniel Kessler misled investors about the fund's losses for three years.")
                        .size());
    }
}
