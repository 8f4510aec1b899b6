package app.corroborate.source;

import static app.corroborate.source.InventedPages.BODY;
import static app.corroborate.source.InventedPages.assertStoryIntact;
import static app.corroborate.source.InventedPages.excluded;
import static app.corroborate.source.InventedPages.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Furniture rules on invented pages: each rule must fire on its pattern and spare the story around it. */
class FurnitureDetectorTest {

    @Test
    void outletLabelAndDateLines() throws ImportException {
        SourceDocument d = read("Source The Lakeside Post\nPublished: 3 March 2031\n" + BODY);
        assertEquals(Map.of("Source The Lakeside Post", "label", "Published: 3 March 2031", "label"), excluded(d));
        assertEquals("The Lakeside Post", d.metadata().outlet());
        assertEquals("2031-03-03", d.metadata().published());
        assertStoryIntact(d);
    }

    @Test
    void anEditionsNoteOnWhatItCorrectsIsANoteButABracketedStorySentenceIsNot() throws ImportException {
        String note = "(Corrects distance from coast in paragraph 2 to 37 km from 73 km)";
        SourceDocument d = read("PWS\nTONGA-CABLE/ (CORRECTED-UPDATE 1)\n" + note + "\n\n" + BODY
                + "\n\n(Corrections were made to the cable last year, the company said.)");
        assertEquals("note", excluded(d).get(note), excluded(d).toString());
        assertTrue(!excluded(d).containsKey("(Corrections were made to the cable last year, the company said.)"));
        assertStoryIntact(d);
    }

    @Test
    void aBreadcrumbTrailGluedToTheRepeatedHeadlineIsNavigation() throws ImportException {
        String headline = "Council backs flood barrier after record rain";
        SourceDocument d = read("Local News/ News / Ostria/  " + headline + "\n" + headline + "\n" + BODY);
        assertEquals(
                "navigation",
                excluded(d).get("Local News/ News / Ostria/  " + headline),
                excluded(d).toString());
        assertEquals(headline, d.metadata().title());
        assertStoryIntact(d);
    }

    @Test
    void aLabelledPointerToALongHeadlineIsRelated() throws ImportException {
        String pointer = "Also Read: Eastholm: Fire breaks out at a depot near the ring road; 12 fire tenders rushed to"
                + " the spot.";
        SourceDocument d = read("Council backs flood barrier\n" + BODY + pointer + "\n" + BODY);
        assertEquals("related", excluded(d).get(pointer), excluded(d).toString());
    }

    @Test
    void anOutletLabelEndsWhereTheNextCreditBegins() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\nSource: Lakeside Wire   -  Edited By: Ana Ruiz\n" + BODY);
        assertEquals("Lakeside Wire", d.metadata().outlet());
        assertStoryIntact(d);
    }

    @Test
    void contactAndFollowLinesTalkToTheReader() throws ImportException {
        SourceDocument d = read(BODY + "Got a tip? Email desk@eastholm-post.example or call the newsroom.\n"
                + "Join the Eastholm Post channel for breaking news.\n"
                + "Thanks for reading the Eastholm Post.\n"
                + "More stories from the coast\n"
                + "Harbour cafe wins award\n"
                + "Ferry timetable changes in June\n");
        Map<String, String> ex = excluded(d);
        assertEquals(
                "other", ex.get("Got a tip? Email desk@eastholm-post.example or call the newsroom."), ex.toString());
        assertEquals("other", ex.get("Join the Eastholm Post channel for breaking news."), ex.toString());
        assertEquals("other", ex.get("Thanks for reading the Eastholm Post."), ex.toString());
        assertEquals("related", ex.get("More stories from the coast"), ex.toString());
        assertEquals("related", ex.get("Harbour cafe wins award"), ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void publicationStampUpdateNoticeAndPullQuote() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\nPublished Feb. 26, 2031 at 1:47 p.m.\n"
                + "\"We will not let the river decide.\"\n" + BODY
                + "\"We will not let the river decide. The barrier is overdue,\" the mayor said.\n"
                + "THIS IS A BREAKING NEWS UPDATE. Check back for more details as they become available.\n");
        Map<String, String> ex = excluded(d);
        assertEquals("byline", ex.get("Published Feb. 26, 2031 at 1:47 p.m."), ex.toString());
        assertEquals("headline-repeat", ex.get("\"We will not let the river decide.\""), ex.toString());
        assertEquals(
                "other",
                ex.get("THIS IS A BREAKING NEWS UPDATE. Check back for more details as they become " + "available."),
                ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void aQuotationIsAPullQuoteOnlyWhenItsWholeWordsAreQuotedAgain() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\n\"Rates will rise.\"\n\"Sure of it.\"\n" + BODY
                + "\"Operates will rise again,\" one resident said.\n"
                + "\"We are sure of it, and so is the engineer,\" the mayor said.\n");
        Map<String, String> ex = excluded(d);
        assertEquals("headline-repeat", ex.get("\"Sure of it.\""), ex.toString());
        assertEquals(null, ex.get("\"Rates will rise.\""), "words found only inside other words: " + ex);
    }

    @Test
    void theHeadlineIsTheLineAboveTheStoryThatSharesItsWords() throws ImportException {
        SourceDocument d = read("Eastholm Post\n\nThe Post - your app for news and videos\n\nInstall App\n\n"
                + "Regional council approves flood barrier for Eastholm\n\n" + BODY);
        assertEquals(
                "Regional council approves flood barrier for Eastholm",
                d.metadata().title());
        SourceDocument slogan = read("EASTHOLM POST\nServing Eastholm, Ostria and the regional coast since 1968\n\n"
                + "Council backs barrier after rain\n\n" + BODY);
        assertEquals("Council backs barrier after rain", slogan.metadata().title(), "a slogan naming the region");
        SourceDocument masthead = read("Eastholm Post\n\nCouncil backs barrier after rain\n\n" + BODY);
        assertEquals(
                "Council backs barrier after rain",
                masthead.metadata().title(),
                "a short masthead above the headline is not the headline");
        assertEquals(
                null, read("AGENCY\n\nEASTHOLM, March 3\n\n" + BODY).metadata().title(), "a dateline");
    }

    @Test
    void correctionsEditorsNotesAndSyndicationNoticesAreNotesAboutTheArticle() throws ImportException {
        String correction =
                "Correction: An earlier version of this story said the barrier would cost 12 million" + " crowns.";
        String syndication = "This article was originally published by the Lakeside Wire and is republished here"
                + " with permission.";
        String editors = "Editor's note: The mayor is a shareholder of the construction firm.";
        String agency = "This report by the Lakeside Wire was first published March 3, 2026.";
        SourceDocument d = read(BODY + correction + "\n" + editors + "\n" + syndication + "\n" + agency + "\n");
        Map<String, String> ex = excluded(d);
        assertEquals("note", ex.get(correction), ex.toString());
        assertEquals("note", ex.get(syndication), ex.toString());
        assertEquals("note", ex.get(editors), ex.toString());
        assertEquals("note", ex.get(agency), ex.toString());
        assertStoryIntact(d);
        String policy = "Comments are moderated. The views of readers do not reflect those of the Eastholm Post.";
        assertEquals("comments", excluded(read(BODY + policy + "\n")).get(policy));
        String appeal = "The Post is reader-funded. Members get our weekly briefing. Join from $8 a month";
        assertEquals("advertisement", excluded(read(BODY + appeal + "\n")).get(appeal));
        String paywall = "You have 2 free articles remaining this month. Subscribe now: $1 for your first 3 months.";
        assertEquals("advertisement", excluded(read(BODY + paywall + "\n")).get(paywall));
    }

    @Test
    void repeatedHeadlineKeepsTheFirst() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\n\nCouncil backs flood barrier\n\n" + BODY);
        assertEquals(Map.of("Council backs flood barrier", "headline-repeat"), excluded(d));
        assertEquals("Council backs flood barrier", d.metadata().title());
    }

    @Test
    void bylineNameAndBlurbCaptionAndCredit() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\nCity Desk\nThe City Desk covers local government "
                + "for the Post.\nWorkers inspect the old dyke in Eastholm, Ostria, March 2, 2031.\nAP Photo\n" + BODY);
        Map<String, String> ex = excluded(d);
        assertEquals("byline", ex.get("City Desk"));
        assertEquals("byline", ex.get("The City Desk covers local government for the Post."));
        assertEquals("caption", ex.get("Workers inspect the old dyke in Eastholm, Ostria, March 2, 2031."));
        assertEquals("caption", ex.get("AP Photo"));
        assertEquals("City Desk", d.metadata().byline());
        assertStoryIntact(d);
    }

    @Test
    void trailingUnrelatedHeadlinesAndCommentPrompts() throws ImportException {
        SourceDocument d = read(BODY + "\nLeave a comment\nTram strike ends after pay deal\n"
                + "Museum reopens its coastal gallery\nSee what readers are discussing");
        Map<String, String> ex = excluded(d);
        assertEquals("comments", ex.get("Leave a comment"));
        assertEquals("related", ex.get("Tram strike ends after pay deal"));
        assertEquals("related", ex.get("Museum reopens its coastal gallery"));
        assertEquals("comments", ex.get("See what readers are discussing"));
        assertStoryIntact(d);
    }

    @Test
    void aClosingLineAboutTheStoryIsNotARelatedHeadline() throws ImportException {
        SourceDocument d = read(BODY + "Flood barrier construction in Eastholm\nThe council barrier debate");
        assertEquals(Map.of(), excluded(d));
    }

    @Test
    void advertisementAndReportingCredit() throws ImportException {
        SourceDocument d = read(BODY + "Advertisement\nWith additional reporting by Joss Quill.");
        assertEquals(
                Map.of("Advertisement", "advertisement", "With additional reporting by Joss Quill.", "byline"),
                excluded(d));
    }

    @Test
    void pointersToOtherStoriesAndSiteChrome() throws ImportException {
        SourceDocument d = read("4 min read\n"
                + BODY.replace("\nConstruction", "\nAlso read: Tram strike ends after " + "pay deal\nConstruction")
                + "Share this article\nCopyright 2031 The Lakeside Post");
        Map<String, String> ex = excluded(d);
        assertEquals("other", ex.get("4 min read"));
        assertEquals("related", ex.get("Also read: Tram strike ends after pay deal"));
        assertEquals("other", ex.get("Share this article"));
        assertEquals("other", ex.get("Copyright 2031 The Lakeside Post"));
        assertStoryIntact(d);
    }

    @Test
    void aStorySentenceThatStartsLikeACueStaysStory() throws ImportException {
        SourceDocument d = read(BODY + "Watch officials said the river would be monitored closely through the "
                + "weekend and beyond.\nSubscribers lost power for an hour.");
        assertEquals(Map.of(), excluded(d));
    }

    @Test
    void aScriptsBracketedDirectionsAreFurnitureWhileALineGoingOnAfterItsBracketStaysStory() throws ImportException {
        String quote = "[VO R2] \"The road was closed for two days after the storm,\" the engineer said.";
        SourceDocument d = read("[SIG: NEWS THEME 0:08 - FADE UNDER]\n" + BODY
                + "[CUE: CUT 1 - ENGINEER - VO R2]\n[IN: \"Sadak...\"  OUT: \"...band thiyo.\"  DUR: 0:14]\n"
                + quote + "\n");
        assertEquals(
                Map.of(
                        "[SIG: NEWS THEME 0:08 - FADE UNDER]", "other",
                        "[CUE: CUT 1 - ENGINEER - VO R2]", "other",
                        "[IN: \"Sadak...\"  OUT: \"...band thiyo.\"  DUR: 0:14]", "other"),
                excluded(d));
        assertTrue(d.text().contains(quote));
        assertStoryIntact(d);
        SourceDocument one = read(BODY + "[Transcript continues in full episode]\n");
        assertEquals(Map.of(), excluded(one), "one bracketed line is no script");
    }

    @Test
    void aVeryLongLineOfBracketedMarkersIsReadWithoutRecursion() {
        assertTrue(CueLineRule.bracketed("[1] ".repeat(12_000)));
        assertTrue(!CueLineRule.bracketed("[1] [2] and text"), "text after the brackets");
        assertTrue(!CueLineRule.bracketed("[an unclosed bracket"));
    }

    @Test
    void htmlInlineRelatedTextAndStructuralBoxes() throws ImportException {
        String html = "<p>" + BODY.replace("\n", "</p><p>") + "</p>".replace("<p></p>", "");
        String page = "<nav><a href=/>Home</a> <a href=/n>News</a></nav>"
                + html.replace("</p><p>Construction", "</p>.Storm closes coastal road.<p>Construction")
                + "<aside><p>More: tram strike ends</p></aside><footer><p>All rights reserved</p></footer>";
        SourceDocument d = read(page);
        Map<String, String> ex = excluded(d);
        assertEquals("navigation", ex.get("Home News"));
        assertEquals("related", ex.get(".Storm closes coastal road."));
        assertEquals("related", ex.get("More: tram strike ends"));
        assertEquals("navigation", ex.get("All rights reserved"));
        assertStoryIntact(d);
    }

    @Test
    void aTypicalNewsSitePageKeepsOnlyTheStory() throws Exception {
        SourceDocument d = new SourceImporter().read(java.nio.file.Path.of("src/test/resources/pages/news-site.html"));
        List<String> sentences = d.sentences().stream().map(s -> s.of(d.text())).toList();
        assertEquals(5, sentences.size(), sentences.toString());
        assertEquals("Floods close ring road as river peaks", sentences.get(0));
        assertTrue(sentences.get(4).startsWith("Forecasters expect"));
        assertEquals(
                new SourceMetadata(
                        "Floods close ring road as river peaks", "Eastholm Gazette", "2031-05-02", "Ines Calder"),
                d.metadata());
    }

    @Test
    void sentencesNeverOverlapFurniture() throws ImportException {
        SourceDocument d = read("Source The Post\n" + BODY + "\nTram strike ends\nMuseum reopens gallery");
        for (var s : d.sentences()) {
            for (Exclusion e : d.excluded()) {
                assertTrue(!s.overlaps(e.span()), s + " overlaps " + e);
            }
        }
    }

    @Test
    void timeStampsMenusRightsNoticesAndTags() throws ImportException {
        SourceDocument d = read(
                "Weather | Traffic | Sport | Obituaries\nHome \u203A Region \u203A Eastholm\n"
                        + "Sunday, 3 March 2031 (10:36 CET)\n" + BODY
                        + "Tags: flood, council, Eastholm\nCopyright \u00A9 2031 The Lakeside Post. All rights reserved. "
                        + "Reproduction in whole or in part without permission is prohibited.\nGift this article to a friend\n");
        Map<String, String> ex = excluded(d);
        assertEquals("navigation", ex.get("Weather | Traffic | Sport | Obituaries"));
        assertEquals("navigation", ex.get("Home \u203A Region \u203A Eastholm"));
        assertEquals("label", ex.get("Sunday, 3 March 2031 (10:36 CET)"));
        assertEquals("other", ex.get("Tags: flood, council, Eastholm"));
        assertEquals("other", ex.get("Gift this article to a friend"));
        assertEquals(6, ex.size(), ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void listsAfterAReadOnLabelOrARuleLine() throws ImportException {
        SourceDocument d = read(BODY + "Also Read:\nTram strike ends after two weeks\nHarbour gets new crane\n"
                + "-\nFour hurt in bus crash\nA bus left the road near a distant town on Friday, injuring four "
                + "World News -\n");
        Map<String, String> ex = excluded(d);
        assertEquals("related", ex.get("Tram strike ends after two weeks"));
        assertEquals("related", ex.get("Harbour gets new crane"));
        assertEquals("related", ex.get("Four hurt in bus crash"));
        assertEquals(
                "related", ex.get("A bus left the road near a distant town on Friday, injuring four World News -"));
        assertStoryIntact(d);
    }

    @Test
    void wireEndMarkAndDeskNotesAfterIt() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\n\n" + BODY + "\n-- Ends --\n\nPicture available: the "
                + "old dyke at Eastholm (Desk Images ref. 1234567)\n\nSlug: OSTRIA-FLOOD-BARRIER. Words: 312.\n");
        Map<String, String> ex = excluded(d);
        assertEquals("other", ex.get("-- Ends --"));
        assertEquals("other", ex.get("Slug: OSTRIA-FLOOD-BARRIER. Words: 312."));
        assertTrue(ex.keySet().stream().anyMatch(k -> k.startsWith("Picture available")), ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void aPressReleasesNotesToEditorsAfterItsEndMarkAreForTheDesk() throws ImportException {
        String note = "1. Figures in this statement are provisional and are compiled by the regional emergency centre, "
                + "which will share updated figures daily at 6pm on its official pages and by text message to the "
                + "district offices.";
        SourceDocument d = read("Council backs flood barrier\n\n" + BODY + "\n- ENDS -\n\nNotes to editors:\n\n" + note
                + "\n\n2. The toll-free line for reporting emergencies is 0800 177 777.\n");
        Map<String, String> ex = excluded(d);
        assertEquals("other", ex.get("Notes to editors:"));
        assertEquals("other", ex.get(note), ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void deskLabelLineAtTheFootOfAPage() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\n\n" + BODY + "\nWords: 312\n");
        assertEquals("label", excluded(d).get("Words: 312"));
        assertStoryIntact(d);
    }

    @Test
    void aStrayEndInTheFirstHalfKeepsTheStory() throws ImportException {
        SourceDocument d = read("END\n\n" + BODY + BODY.replace("Monday", "Tuesday"));
        assertStoryIntact(d);
    }

    @Test
    void readerHelpBoxAfterTheStory() throws ImportException {
        SourceDocument d =
                read("Council backs flood barrier\n\n" + BODY + "\nLiving near the river?\n\nCheck the flood "
                        + "map for your street on the council website.\n\nDo not drive through standing water.\n\n"
                        + "The Post is not responsible for the content of external sites.\n");
        Map<String, String> ex = excluded(d);
        assertEquals("other", ex.get("Living near the river?"));
        assertEquals("other", ex.get("Check the flood map for your street on the council website."));
        assertEquals("other", ex.get("Do not drive through standing water."));
        assertTrue(ex.containsKey("The Post is not responsible for the content of external sites."), ex.toString());
        assertStoryIntact(d);
    }

    @Test
    void aQuestionFollowedByReportingIsStory() throws ImportException {
        SourceDocument d = read("Council backs flood barrier\n\nWhat comes next?\n\n" + BODY);
        assertTrue(
                !excluded(d).containsKey(BODY.lines().findFirst().orElseThrow()),
                excluded(d).toString());
        assertStoryIntact(d);
    }

    @Test
    void labelledListingsAreFurnitureAndAFactBoxIsNot() throws ImportException {
        String notices =
                "NOTICES: Harbour church fair - Sunday 18th, 10 a.m. | Fishers' co-op meeting - Tuesday, 5 p.m.";
        String bulletin =
                "Travel news: A12 at Kilmory - temporary lights until 4pm. Ferries: Oban sailings under review.";
        String listen = "Listen live: the evening news, weekdays 5pm.";
        String times = "Picket times: 6.30am Friday, main entrance.";
        String update = "Update: police said the road had reopened by Tuesday evening after the barrier work.";
        SourceDocument d = read("Council backs flood barrier\n" + BODY + "Homes flooded: 31\nRoads shut: 4\n" + BODY
                + update + "\n" + notices + "\n" + bulletin + "\n" + listen + "\n" + times + "\n");
        Map<String, String> out = excluded(d);
        for (String listing : List.of(notices, bulletin, listen, times)) {
            assertEquals("other", out.get(listing), out.toString());
        }
        assertTrue(
                out.keySet().stream().noneMatch(k -> k.contains("Homes flooded") || k.contains("Update:")),
                out.toString());
        assertStoryIntact(d);
    }

    @Test
    void teasersCutOffWithAnEllipsisBelongToTheirList() throws ImportException {
        String teaser = "  The doctors' union says members will vote until 12 December on a 72-hour stoppage...";
        SourceDocument d = read("Council backs flood barrier\n" + BODY + "-----\nMore in Health\n"
                + "\u2022 Junior doctors vote on strike ballot - Northern Courier, 3 hours ago\n" + teaser + "\n");
        assertEquals("related", excluded(d).get(teaser.strip()), excluded(d).toString());
        assertStoryIntact(d);
    }
}
