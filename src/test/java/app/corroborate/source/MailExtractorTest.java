package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailExtractorTest {

    private static final String HEADERS = "Return-Path: <bounce@news.example>\n"
            + "From: \"Harbour Daily Brief\" <brief@news.example>\n"
            + "To: reader@mail.example\n"
            + "Subject: =?utf-8?Q?Morning_brief?=\n"
            + "Date: Wed, 18 Mar 2026 06:30:04 +0800\n"
            + "MIME-Version: 1.0\n";

    private static final String STORY_QP =
            "HARBOUR CITY, March 17 - The ferry left at 7.15am with 212 passengers on boa=\n"
                    + "rd, the operator=E2=80=99s spokesman said.\n\n"
                    + "=E2=80=9CWe are reviewing every sailing,=E2=80=9D he said.\n";

    private static SourceDocument read(String mail) throws ImportException {
        return new SourceImporter().fromBytes("brief.eml", mail.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedPrintableTextIsDecoded() throws ImportException {
        SourceDocument doc = read(HEADERS
                + "Content-Type: text/plain; charset=\"utf-8\"\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n"
                + STORY_QP);
        assertEquals(SourceFormat.MAIL, doc.format());
        assertTrue(
                doc.text().contains("with 212 passengers on board, the operator\u2019s spokesman said."), doc.text());
        assertTrue(doc.text().contains("\u201CWe are reviewing every sailing,\u201D he said."), doc.text());
        assertFalse(doc.text().contains("=E2"), doc.text());
        assertFalse(doc.text().contains("Return-Path"), doc.text());
        assertEquals("Harbour Daily Brief", doc.metadata().outlet());
        assertEquals("2026-03-18", doc.metadata().published());
    }

    @Test
    void ofAPlainAndAnHtmlTextThePlainOneIsReadWhenItSaysAsMuch() throws ImportException {
        String html = "<html><body><table><tr><td><p>HTML ONLY ferry story with 212 passengers on board, the "
                + "operator said, and more.</p></td></tr></table></body></html>";
        SourceDocument doc = read(HEADERS
                + "Content-Type: multipart/alternative; boundary=\"b1\"\n\n"
                + "This is a multi-part message in MIME format.\n"
                + "--b1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + STORY_QP
                + "--b1\nContent-Type: text/html; charset=utf-8\n\n"
                + html + "\n--b1--\n");
        assertTrue(doc.text().contains("212 passengers on board, the operator\u2019s"), doc.text());
        assertFalse(doc.text().contains("HTML ONLY"), doc.text());
        assertFalse(doc.text().contains("multi-part message"), doc.text());
    }

    @Test
    void aStubPlainTextGivesWayToTheHtmlOne() throws ImportException {
        String html = "<html><body><p>The ferry left at 7.15am with 212 passengers on board, the operator said on "
                + "Tuesday evening after a long day.</p><p>It docked safely at noon, officials said.</p></body></html>";
        String base64 = java.util.Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = read(HEADERS
                + "Content-Type: multipart/alternative; boundary=b2\n\n"
                + "--b2\nContent-Type: text/plain\n\nView this email in your browser.\n"
                + "--b2\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + base64 + "\n--b2--\n");
        assertTrue(doc.text().contains("It docked safely at noon, officials said."), doc.text());
        assertFalse(doc.text().contains("<p>"), doc.text());
    }

    @Test
    void aMemoTypedWithFromAndToIsNoMessage() {
        assertFalse(MailExtractor.isMessage("To: News desks\nFrom: Press office\nDate: 18 March 2026\n"
                + "Subject: Ferry services\n\nThe ferry left at 7.15am."));
        assertTrue(MailExtractor.isMessage(HEADERS + "Content-Type: text/plain\n\nBody."));
        assertTrue(MailExtractor.isMessage("From brief@news.example Wed Mar 18 06:30:04 2026\n" + HEADERS + "\nBody."));
        assertFalse(MailExtractor.isMessage("Subject: Ferry\nA story starts here without a blank line."));
    }

    @Test
    void aMessageThatCannotBeParsedIsReadAsText() throws ImportException {
        SourceDocument doc = read(HEADERS
                + "Content-Type: multipart/mixed; boundary=\"never-closed\"\n\n"
                + "--never-closed\nContent-Type: text/plain\n\nThe ferry left at 7.15am with 212 passengers.\n");
        assertTrue(doc.text().contains("The ferry left at 7.15am with 212 passengers."), doc.text());
    }

    @Test
    void aNewslettersPointerToItsWebCopyIsFurniture() throws ImportException {
        SourceDocument doc = read(HEADERS
                + "Content-Type: text/plain; charset=utf-8\n\n"
                + "View this email in your browser: https://news.example/brief/2026-03-18\n\n"
                + InventedPages.BODY);
        assertEquals(
                "other",
                InventedPages.excluded(doc)
                        .get("View this email in your browser: https://news.example/brief/2026-03-18"));
        InventedPages.assertStoryIntact(doc);
    }

    @Test
    void aStorySentenceAboutAnEmailStays() throws ImportException {
        SourceDocument doc = read(HEADERS
                + "Content-Type: text/plain; charset=utf-8\n\n"
                + "Police said the email was sent from an account registered abroad.\n\n"
                + "The newsletter went to 40,000 parents on Sunday night.\n\n"
                + InventedPages.BODY);
        assertTrue(
                InventedPages.excluded(doc).isEmpty(),
                InventedPages.excluded(doc).toString());
    }

    @Test
    void aMessageWithOnlyAnAttachmentIsRefusedWithAReason() {
        String pdf = java.util.Base64.getMimeEncoder()
                .encodeToString("%PDF-1.4 not really".getBytes(StandardCharsets.UTF_8));
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(
                ImportException.class,
                () -> read(HEADERS
                        + "Content-Type: multipart/mixed; boundary=m\n\n"
                        + "--m\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
                        + "Content-Disposition: attachment; filename=story.pdf\n\n" + pdf + "\n--m--\n"));
        assertTrue(e.getMessage().contains("no text to read"), e.getMessage());
    }

    @Test
    void anAttachedTextAndAForwardNoteGiveWayToTheStory() throws ImportException {
        SourceDocument doc = read(HEADERS
                + "Content-Type: multipart/mixed; boundary=m\n\n"
                + "--m\nContent-Type: text/plain; charset=utf-8\n\nFYI see below.\n"
                + "--m\nContent-Type: message/rfc822\n\n"
                + "From: Desk <desk@news.example>\nSubject: Ferry\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + STORY_QP
                + "--m\nContent-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; filename=notes.txt\n\n"
                + "Private notes: call the operator back, and the harbour master, before the evening edition goes "
                + "to print, and check the passenger figures with the coast guard and the ferry company twice.\n"
                + "--m--\n");
        assertTrue(doc.text().contains("with 212 passengers on board"), doc.text());
        assertFalse(doc.text().contains("Private notes"), doc.text());
    }

    @Test
    void aBareAddressIsTheOutletWithoutBracketsAndTheTextsOwnDateComesFirst() throws ImportException {
        SourceDocument doc =
                read(HEADERS.replace("\"Harbour Daily Brief\" <brief@news.example>", "<brief@news.example>")
                        + "Content-Type: text/plain; charset=utf-8\n\n"
                        + "Published 17 March 2026\n\n" + InventedPages.BODY);
        assertEquals("brief@news.example", doc.metadata().outlet());
        assertEquals("2026-03-17", doc.metadata().published());
    }

    @Test
    void aPageABrowserSavedAsAMessageIsReadAsItsPageWithoutTheBrowserAsOutlet() throws ImportException {
        SourceDocument doc = read("From: <Saved by Blink>\nSnapshot-Content-Location: https://news.example/ferry\n"
                + "Subject: Ferry\nDate: Wed, 18 Mar 2026 06:30:04 +0800\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\n\n"
                + "--b\nContent-Type: text/html\nContent-Location: https://news.example/ferry\n\n"
                + "<html><body><p>" + InventedPages.BODY + "</p></body></html>\n--b--\n");
        assertTrue(doc.text().contains("flood barrier"), doc.text());
        assertFalse(doc.text().contains("Saved by"), doc.text());
        assertEquals(null, doc.metadata().outlet());
    }

    @Test
    void aLongHeaderBlockIsStillAMessage() {
        String received = "Received: from relay.example by mx.example; Wed, 18 Mar 2026 06:30:04 +0800\n".repeat(250);
        assertTrue(MailExtractor.isMessage(received + HEADERS + "Content-Type: text/plain\n\nBody."));
    }
}
