package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.source.SourceImporter;
import app.corroborate.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines read as headlines or subheads (not statements): short, with no stop of their own. */
class HeadlineSentencesTest {

    private static List<Boolean> headlines(String text) throws Exception {
        var doc = new SourceImporter().fromBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        return new DocumentAnalysis(doc, new TokenDictionary())
                .sentences().stream().map(SentenceInfo::headline).toList();
    }

    @Test
    void aHeadingEndingOnAQuotedPhraseIsAHeadingAndAQuoteClosingASentenceIsNot() throws Exception {
        assertEquals(
                List.of(true, false, false),
                headlines("1.52pm Farmers: 'point of no return'\n\n"
                        + "\"A cut this deep will push farms past the point of no return,\" he said.\n\n"
                        + "The minister called the plan \"a disgrace.\"\n"));
    }
}
