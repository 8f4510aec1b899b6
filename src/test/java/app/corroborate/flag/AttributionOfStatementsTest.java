package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attribution rule on harder shapes: statements that "said" does not introduce (estimates, denials, ratings,
 * forecasts, findings, beliefs), merged sentences, and one speaker under a description, an acronym or a pronoun.
 */
class AttributionOfStatementsTest {

    private static List<String> explanations(String base, String version) {
        return Cases.run(new AttributionRule(), base, version).stream()
                .map(Finding::explanation)
                .toList();
    }

    @Test
    void aSpeakerCalledByTheTitleTheStoryGivesHerIsTheSamePerson() {
        String base = "Chief Magistrate Beatrice Akoth Olang'o fined the contractor 60 million shillings on Friday. "
                + "The firm had treated the county treasury as a personal account, Olang'o said in her judgment.";
        String version = "Chief Magistrate Beatrice Akoth Olang'o fined the contractor 60 million shillings on Friday. "
                + "The firm had treated the county treasury as a personal account, the magistrate said in her ruling.";
        assertEquals(List.of(), explanations(base, version));
        String other = version.replace("the magistrate said", "a police spokesman said");
        assertEquals(1, explanations(base, other).size(), "the police are someone else");
    }

    @Test
    void aSpokespersonsStatementRetoldAsTheMinistersOwnIsFlaggedButNotAsTheBodys() {
        String base = "A spokeswoman for the state's water minister said the government would review the funding.";
        String minister = "The state's water minister said the government would review the funding.";
        assertEquals(
                1,
                explanations(base, minister).size(),
                explanations(base, minister).toString());
        String body = "A department spokesman said the government would review the funding.";
        assertEquals(List.of(), explanations(body, "The department said the government would review the funding."));
    }

    @Test
    void anEstimateGivenToThePartyItConcernsIsFlagged() {
        String base = "Analysts at the consultancy Harwick Metrics estimate that the merger would save the airline "
                + "40 million euros a year.";
        String version = "The airline estimates that the merger would save the airline 40 million euros a year.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("'The airline'"), f.get(0));
    }

    @Test
    void aDenialGivenToThePartyItConcernsIsFlagged() {
        String base = "A spokesman for Dunmore Holdings said there were no plans to move the team from Harlow Park.";
        String version = "The team denied it had any plans to leave Harlow Park.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("'The team'"), f.get(0));
    }

    @Test
    void anEstimateMovedFromTheEngineersToAnOfficialIsFlagged() {
        String lead = "The utility said it had opened the sluices. ";
        String last = " Fire chief Marta Oliveira-Reis said nobody had been hurt.";
        String base = lead + "Technicians estimate it will take three days to lower the lake by two metres, the "
                + "utility said." + last;
        String version =
                lead + "Oliveira-Reis estimated it would take three days to lower the lake by two metres." + last;
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("Oliveira-Reis"), f.get(0));
        String outer = lead + "It will take about three days to lower the lake by two metres, the utility said." + last;
        assertEquals(List.of(), explanations(base, outer), "the base gives the estimate to the utility too");
    }

    @Test
    void aRatingGivenToAnotherBodyIsFlagged() {
        String base =
                "The Glenmorra Avalanche Service rated the danger as high on east-facing slopes above 700 " + "metres.";
        String version = "Kilbride Mountain Rescue Team had rated the danger as high on east-facing slopes above 700 "
                + "metres.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("'Kilbride Mountain Rescue Team'"), f.get(0));
    }

    @Test
    void aWarningOrAForecastAsANounIsNoAttribution() {
        String base = "The coast was under a storm alert from noon on Saturday.";
        String version = "The coast was under a yellow storm warning from noon on Saturday.";
        assertEquals(List.of(), explanations(base, version));
        String forecast = "The harbour reopened after the forecast on Saturday.";
        assertEquals(List.of(), explanations("The harbour reopened after the weather update on Saturday.", forecast));
    }

    @Test
    void faithfulRephrasingsOfTheSameSourceAreNotFlagged() {
        assertEquals(
                List.of(),
                explanations(
                        "The weather service forecast heavy rain for the weekend.",
                        "Heavy rain is expected at the weekend, according to the weather service."));
        assertEquals(
                List.of(),
                explanations(
                        "The appeals court ruled that the contract was void.",
                        "According to the appeals court, the contract was void."));
        assertEquals(
                List.of(),
                explanations(
                        "Verrano Foods denied that the dairy had been inspected late.",
                        "Verrano Foods rejected claims that the dairy had been inspected late."));
        assertEquals(
                List.of(),
                explanations(
                        "Verrano Foods estimated the damage at 3 million dollars.",
                        "The damage was estimated at 3 million dollars by Verrano Foods."));
    }

    @Test
    void aSourceThatBecomesTheSubjectKeepsTheSource() {
        String base = "Marlow Foods said it would close its dairy in Kettering by the end of June.";
        String version = "The group will shut its Kettering dairy by the end of June.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void theSameSpeakerToldAnotherOutletIsFlagged() {
        String base = "Rescuers had yet to reach the last coach, said Daljit Varma, a director general of police.";
        String version = "Rescuers had yet to reach the last coach, police chief Daljit Varma told broadcaster NDTV.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("broadcaster NDTV"), f.get(0));
        String reporters = "Rescuers had yet to reach the last coach, police chief Daljit Varma told reporters.";
        assertEquals(List.of(), explanations(base, reporters));
    }

    @Test
    void aSpeakerTheBaseNamesAsTheActorIsRecastNotAdded() {
        String base = "Investigators also found the remains of a red fox near the carcasses.";
        String version = "The remains of a red fox were also found near the carcasses, investigators said.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aSpeakerBeforeALongAsideIsTheSubject() {
        String base = "The company inspected the dam in December.";
        String version =
                "Residents of Sabrel, the village closest to the dam, said nobody inspected the dam in " + "December.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("Residents of Sabrel"), f.get(0));
    }

    @Test
    void aForecastGivenToAnotherPartyIsFlagged() {
        String base = "The Tarn Wildlife Service expects to complete tests on the remains by the end of March.";
        String version = "Prosecutors expect tests on the remains to be complete by the end of March.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("Prosecutors"), f.get(0));
    }

    @Test
    void anEstimateMovedFromTheRegulatorToTheCompanyIsFlagged() {
        String base = "Eastholm Health recalled the pills on Wednesday. About 62,000 patients are believed to take"
                + " them, the federal regulator estimated.";
        List<String> f = explanations(base, base.replace("the federal regulator estimated", "the company estimated"));
        assertEquals(1, f.size(), f.toString());
    }

    @Test
    void aBodyNamedByItsAcronymIsTheSameSpeaker() {
        String base = "There was no evidence that the tablets were contaminated, the Therapeutic Goods Administration "
                + "said.";
        String version = "There was no evidence that the tablets were contaminated, the TGA said.";
        assertEquals(List.of(), explanations(base, version));
        assertTrue(Speakers.abbreviates("the TGA", "the Therapeutic Goods Administration"));
        assertTrue(
                Speakers.abbreviates("the TGA", "The Therapeutic Goods Administration"),
                "an article opening the sentence is no initial");
    }

    @Test
    void aDescriptionWhoseNameTheBaseSentenceGivesIsTheSameSpeaker() {
        String base = "Tests at the Tarn Wildlife Service's laboratory found carbofuran in all 13 birds, the agency "
                + "said.";
        String version = "The Tarn Wildlife Service said its laboratory found carbofuran in all 13 birds.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aNamedSpeakersOfficeInAppositionCountsAsTheSpeaker() {
        String base = "About 150 people were injured in the derailment, said Dal Verma, a director general of police.";
        String version = "About 150 people were injured in the derailment, police said.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aSpeakerWithItsShortFormInBracketsIsStillNamed() {
        String base = "The Harbour Safety Board (HSB), which inspected the pier last year, said it would send two "
                + "divers to examine the piles.";
        String version = "The Port Works Department said it would send two divers to examine the piles.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("Harbour Safety Board (HSB)"), f.get(0));
    }

    @Test
    void aPossessiveInTheSpeakersOfficeIsNotAQuotationMark() {
        String base = "Ilse Marrow, head of the Lower Tessel Growers' Union, estimated that the orchards would need "
                + "three seasons to recover.";
        String version = "The Lower Tessel Growers' Union head, Ilse Marrow, estimated that the orchards would need "
                + "three seasons to recover.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aFindingGivenToAnotherBodyIsFlagged() {
        String base =
                "The Vell County Audit Office said the council had paid the contractor twice for the same bridge repairs.";
        String version =
                "The tribunal found that the council had paid the contractor twice for the same bridge " + "repairs.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("The tribunal"), f.get(0));
    }

    @Test
    void aBeliefGivenToAnotherSpeakerIsFlagged() {
        String base = "The two climbers had reached a hut below the pass, the mountain guide Oren Falk said.";
        String version = "The alpine club believes the two climbers had reached a hut below the pass.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("alpine club"), f.get(0));
    }

    @Test
    void whatIsBelievedOfSomeoneHasNoSpeaker() {
        String base = "Police searched the woods for two men who fled the scene.";
        String version = "Police searched the woods for two men believed to have fled the scene.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aLostAttributionNeedsTheClaimToStay() {
        String base = "The board closed the plant for a month after an inspection found that three boilers had "
                + "cracked welds.";
        String version = "The board closed the plant for a month on Friday, a photograph shows.";
        assertTrue(explanations(base, version).stream().noneMatch(e -> e.contains("was dropped")));
    }

    @Test
    void aDescriptionRightAfterTheNamedBodyIsThatBody() {
        String base = "Ferries to the islands were cancelled, the Coastal Transport Authority said. About 400 "
                + "passengers were stranded, the Coastal Transport Authority said.";
        String version = "Ferries to the islands were cancelled, the Coastal Transport Authority said. About 400 "
                + "passengers were stranded, the authority said.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aPronounSpeakerIsThePersonNamedJustBefore() {
        String base = "Schools stayed shut on Monday, Mayor Petra Lindqvist said. She said classes could resume on "
                + "Thursday if the roads were cleared.";
        String version = "Schools stayed shut on Monday, Mayor Petra Lindqvist said. The regional roads authority said "
                + "classes could resume on Thursday if the roads were cleared.";
        List<String> f = explanations(base, version);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).contains("roads authority"), f.get(0));
    }

    @Test
    void aSpeakerWrittenWithOtherAccentsIsTheSameSpeaker() {
        String base = "The second engine stopped early, Toyohama said in a statement.";
        String version = "The second engine stopped early, Tōyohama said in a statement.";
        assertEquals(List.of(), explanations(base, version));
    }

    @Test
    void aMergedSentenceGatheredUnderOneOfTheBasesOwnSourcesIsNotAnAddedAttribution() {
        String base =
                "The bridge will stay closed until Friday, said Ana Ruiz, a city engineer. The bridge was damaged "
                        + "by a barge at 4 a.m. on Sunday. Divers found deep cracks in two of its piers.";
        String version = "The bridge will stay closed until Friday, said Ana Ruiz, a city engineer. Ana Ruiz, a city "
                + "engineer, says divers found deep cracks in two of its piers after a barge damaged the bridge at "
                + "4 a.m. on Sunday.";
        assertEquals(List.of(), explanations(base, version));
    }

    /** A base whose hikers' sentence a rewrite merges into the hut's sentence, moved to the end of the story. */
    static String mergedBase() {
        return "Storms closed the coastal road near Holmvik on Monday.\n\n"
                + "The harbour office said two fishing boats sank at their moorings.\n\n"
                + "The nine stranded hikers are believed to have sheltered in a mountain hut about 300 metres below "
                + "the summit, warden Erik Sandvold said.\n\n"
                + "Rescuers recovered the body of a tenth hiker from a ravine on Tuesday morning.\n\n"
                + "The hut holds blankets, food and a radio for up to four days, the operator said in a statement.\n\n"
                + "A helicopter from the air base at Tromsby was grounded by high winds.\n\n"
                + "Snow ploughs were expected to reopen the road by Wednesday.";
    }

    static String mergedVersion(String merged) {
        return "Storms closed the coastal road near Holmvik on Monday.\n\n"
                + "Two fishing boats sank at their moorings, the harbour office said.\n\n"
                + "A helicopter from the air base at Tromsby was grounded by high winds.\n\n"
                + "Snow ploughs were expected to reopen the road by Wednesday.\n\n"
                + "The body of a tenth hiker was recovered from a ravine on Tuesday morning.\n\n"
                + merged;
    }

    @Test
    void aBeliefMovedIntoAMergedSentenceAndGivenToABodyIsFlagged() {
        String merged = "The union believes all nine hikers made it to a hut 300 metres below the summit, which "
                + "according to a statement holds blankets, food and a radio for up to four days.";
        Collation c = Cases.collate(mergedBase(), mergedVersion(merged));
        List<Finding> f = Cases.run(new AttributionRule(), c, 1);
        assertEquals(1, f.size(), f.toString());
        assertEquals("The union believes", Cases.variant(c, 1, f.get(0)));
        assertTrue(f.get(0).explanation().contains("Erik Sandvold"), f.get(0).explanation());
    }

    @Test
    void aBeliefMovedIntoAMergedSentenceUnderTheSameSpeakerIsNot() {
        String merged = "Warden Erik Sandvold believes all nine hikers made it to a hut 300 metres below the summit, "
                + "which according to a statement holds blankets, food and a radio for up to four days.";
        assertEquals(List.of(), Cases.run(new AttributionRule(), mergedBase(), mergedVersion(merged)));
    }

    @Test
    void thePageNamingItselfIsNeitherARelayNorAnotherSource() {
        String footer = "\n\n(c) 2025 Harbourside Media Ltd. All rights reserved.\n";
        String base = "Rescuers had yet to reach the last coach, said Daljit Varma, a director general of police. "
                + "A ticket cost as much as 900 crowns on Monday, a check of airline websites showed.";
        String version = "Rescuers had yet to reach the last coach, police chief Daljit Varma told Harbourside. "
                + "A ticket cost as much as 900 crowns on Monday, according to a Harbourside check of airline "
                + "websites." + footer;
        assertEquals(List.of(), explanations(base, version));
        String other = version.replace(footer, "");
        assertEquals(
                2, explanations(base, other).size(), explanations(base, other).toString());
    }
}
