package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundingsTest {

    @Test
    void anExactCountRoundedWithAboutIsTheSameCountButAnEstimateMadeExactIsNot() {
        String base = "The agency recorded 19,050 food packs for 6,214 households in the three villages.";
        String rounded = "The agency recorded about 19,000 food packs for some 6,200 households in the three villages.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, rounded));
        String further = "The agency recorded about 18,000 food packs for some 6,214 households in the three villages.";
        assertEquals(1, Cases.run(new NumberRule(), base, further).size(), "18,000 is not 19,050 rounded");
        String made = "The agency recorded 19,050 food packs for 6,214 households in the three villages.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), made.replace("19,050", "about 19,050"), made)
                        .size(),
                "an estimate stated as exact");
    }

    @Test
    void aFigureToldMoreOrLessPreciselyIsTheSameButARoundingToOneDigitIsNot() {
        String base = "The trustees paid K186 million to the developer, and the dam was 87 per cent full.";
        String precise = "The trustees paid K186,400,000 to the developer, and the dam was 86.6 per cent full.";
        assertEquals(List.of(), Cases.run(new NumberRule(), base, precise));
        String other = "The trustees paid K168,400,000 to the developer, and the dam was 87 per cent full.";
        assertEquals(1, Cases.run(new NumberRule(), base, other).size(), "168.4 million is not 186 million");
        String rain = "Rain of 310 millimetres fell in 48 hours.";
        assertEquals(
                1, Cases.run(new NumberRule(), rain, rain.replace("310", "311")).size(), "310 may be exact");
        String customers = "The storm left about 680,000 customers without power.";
        assertEquals(
                1,
                Cases.run(new NumberRule(), customers, customers.replace("about 680,000", "some 700,000"))
                        .size(),
                "a rounding to one digit moves the figure");
    }
}
