package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpellingRuleTest {

    private static final String BASE = "The governor of Ostria, Sarfaraz Keller, said the Baloch Liberation Front "
            + "attacked Noshki and Quetta. Pakistan and India traded accusations.";

    private static List<String> variants(String version) {
        return flagged(BASE, version);
    }

    @Test
    void transliterationsAreFlagged() {
        assertEquals(
                List.of("Sarfraz Keller", "Nushki"),
                variants(BASE.replace("Sarfaraz", "Sarfraz").replace("Noshki", "Nushki")));
    }

    @Test
    void twoLettersOffBesideAFullGivenNameIsTheSameNameButNotBesideAShortOne() {
        Collation c = Cases.collate(
                "Chow Wing-sze, an organiser with the union, said workers had warned of the wind. Kwok Lam met them.",
                "Chau Wing-sze, an organiser with the union, said workers had warned of the wind. Kwan Lam met them.");
        assertEquals(
                List.of("Chau Wing-sze"),
                Cases.run(new NameSpellingRule(), c, 1).stream()
                        .map(f -> Cases.variant(c, 1, f))
                        .toList());
    }

    @Test
    void twoLettersOffInASentenceThatFacesNoneOfTheBaseNamesOnesIsAnotherName() {
        Collation c = Cases.collate(
                "Michael Brown, a union organiser, said workers had warned of the wind. The site was closed.",
                "Michael Brown, a union organiser, said workers had warned of the wind. The site was closed. A lawyer "
                        + "for the families, Michael Brock, said they would sue the contractor next month.");
        assertEquals(List.of(), Cases.run(new NameSpellingRule(), c, 1));
    }

    @Test
    void anExtendedWordInsideALongNameIsFlagged() {
        assertEquals(
                List.of("Balochistan Liberation Front"),
                variants(BASE.replace("Baloch Liberation", "Balochistan Liberation")));
    }

    @Test
    void anAmountWrittenWithItsCurrencyLettersIsNoName() {
        Collation c = Cases.collate(
                "The state offered RM150 an acre to the villagers of Noshki.",
                "The state offered RM100 an acre to the villagers of Noshki.");
        assertEquals(List.of(), Cases.run(new NameSpellingRule(), c, 1));
    }

    @Test
    void derivedFormsAndOtherNamesAreNot() {
        String version = "The governor of Ostria, Sarfaraz Keller, said the Baloch Liberation Front attacked Noshki "
                + "and Quetta. Pakistani and Indian officials traded accusations with Iran.";
        assertEquals(List.of(), variants(version));
    }

    @Test
    void aHouseSpellingInsideALongNameIsNoVariant() {
        String base = "The Food and Agriculture Organisation (FAO) reported outbreaks in three neighbouring states.";
        Collation c = Cases.collate(
                base, "The Food and Agriculture Organization (FAO) reported outbreaks in three neighbouring states.");
        assertEquals(List.of(), Cases.run(new NameSpellingRule(), c, 1));
    }

    @Test
    void officesInFrontOfANameDoNotHideItsSpelling() {
        String base = "Chief financial officer Dev Raman said the increase would fund new programmes.";
        String version = "CFO Dev Ramen said the money would go into new programmes.";
        Collation c = Cases.collate(base, version);
        assertEquals(
                List.of("CFO Dev Ramen"),
                Cases.run(new NameSpellingRule(), c, 1).stream()
                        .map(f -> Cases.variant(c, 1, f))
                        .toList());
    }

    @Test
    void eachVariantIsFlaggedOnce() {
        String version = BASE.replace("Noshki", "Nushki") + " Nushki was quiet later.";
        assertEquals(List.of("Nushki"), variants(version));
    }

    @Test
    void aMisspelledWordIsFlaggedOnceWhereTheNameRecurs() {
        String base = "His attorney, Glen Pruett, said he would plead not guilty. Pruett said the case was weak.";
        String version = "His attorney, Glen Pruitt, said he would plead not guilty. Pruitt said the case was weak.";
        assertEquals(1, Cases.run(new NameSpellingRule(), base, version).size());
    }

    @Test
    void aDatelinePlaceThatLostItsDropCapIsTheSameName() {
        String base = "ELMSTAD, Norway\n\nA ferry ran aground near the harbour on Sunday, police said.";
        String version = "VELMSTAD, Norway -- A ferry ran aground near the harbour on Sunday, police said.";
        List<Finding> f = Cases.run(new NameSpellingRule(), base, version);
        assertEquals(1, f.size(), f.toString());
        assertEquals(List.of(), Cases.run(new NameSpellingRule(), base, version.replace("VELMSTAD", "HOLMSTAD")));
    }

    private static List<String> flagged(String base, String version) {
        Collation c = Cases.collate(base, version);
        return Cases.run(new NameSpellingRule(), c, 1).stream()
                .map(f -> Cases.variant(c, 1, f))
                .toList();
    }

    @Test
    void aPlaceTransliteratedAnotherWayIsTheSameNameSpelledDifferently() {
        assertEquals(
                List.of("Muynak"),
                flagged(
                        "Gusts reached 24 metres per second in Moynaq, the former port, officials said.",
                        "Gusts reached 24 metres per second in Muynak, the former port, officials said."));
    }

    @Test
    void everyWordOfANameTransliteratedAnotherWayIsStillTheSameName() {
        assertEquals(
                List.of("Jumabai Orazbayev"),
                flagged(
                        "\"We will know in a week,\" said Jumabay Orazbaev, who farms near the river.",
                        "Near the river, Jumabai Orazbayev walked along his rows of wheat on Wednesday."));
    }

    @Test
    void shortWordsEachALetterOffAreTwoPeople() {
        assertEquals(
                List.of(),
                flagged(
                        "Jon Kerr, a farmer, said the wheat was lost. The storm passed by noon.",
                        "Jan Karr, a farmer, said the wheat was lost. The storm passed by noon."));
    }

    @Test
    void aBodyAndOfficeBeforeANameAreNotPartOfIt() {
        assertEquals(
                List.of("Ebenezer Quaye Nkansa"),
                flagged(
                        "Cocobod Chief Executive Ebenezer Quaye Nkansah said the board expected bigger purchases.",
                        "The head of the board, Ebenezer Quaye Nkansa, said purchases would rise this season."));
    }

    @Test
    void aHyphenatedPlaceIsReadAsItsPartsButAHyphenAloneIsNoMisspelling() {
        assertEquals(
                List.of("Sefwi-Wiaso"),
                flagged(
                        "The minister spoke at Sefwi Wiawso on Thursday.",
                        "The minister spoke at Sefwi-Wiaso on Thursday."));
        assertEquals(
                List.of(),
                flagged(
                        "The minister, Kwame Adjei-Boateng, spoke on Thursday.",
                        "The minister, Kwame Adjei Boateng, spoke on Thursday."));
    }

    @Test
    void twoPeopleWhoseNamesDifferByOtherEditsInEveryWordAreTwoPeople() {
        assertEquals(
                List.of(),
                flagged(
                        "Robert Johnson, a nurse at the clinic, said the ward was full on Monday.",
                        "Robert Johnson said the ward was full. \"We had no beds,\" said Roberta Johnston, a porter."));
    }
}
