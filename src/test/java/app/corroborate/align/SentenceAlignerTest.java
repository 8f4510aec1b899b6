package app.corroborate.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest extends AlignerContract {

    @Override
    Aligner aligner() {
        return new SentenceAligner();
    }

    @Test
    void largeInputsWithFewChangesPairAlmostEverything() {
        Random random = new Random(7);
        StringBuilder base = new StringBuilder();
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            String sentence = "Sentence " + i + " tells of item" + random.nextInt(1_000_000) + " and place"
                    + random.nextInt(1_000_000) + ".";
            base.append(sentence).append(' ');
            other.append(i % 50 == 0 ? sentence.replace("tells of", "mentions") : sentence)
                    .append(' ');
        }
        Alignment al = align(base.toString(), other.toString());
        assertEquals(60, al.count(Relation.CHANGED));
        assertEquals(2940, al.count(Relation.SAME));
        assertTrue(al.count(Relation.ADDED) + al.count(Relation.DROPPED) == 0);
    }
}
