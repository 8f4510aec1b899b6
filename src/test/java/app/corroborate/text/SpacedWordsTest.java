package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpacedWordsTest {

    @Test
    void countsAsASplitOnWhitespaceDoes() {
        for (String line : new String[] {"", "one", "two words", "three  spaced\twords", "a\nb\rc\fd", "trailing "}) {
            assertEquals(line.split("\\s+").length, SpacedWords.count(line), line);
        }
    }
}
