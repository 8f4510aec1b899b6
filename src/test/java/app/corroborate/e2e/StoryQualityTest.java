package app.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.corroborate.collate.Collation;
import app.corroborate.eval.AnswerKey;
import app.corroborate.eval.Evaluation;
import app.corroborate.flag.FlagEngine;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stories the engine was first run on blind (invented, {@code stories/}: eighty-seven; eagles, bank and university
 * kept blind through earlier rounds and scored blind at 0.76/0.76/0.48, 0.88/0.88/0.62 and 0.63/0.50/0.69; graft,
 * mine, spill and rocket scored blind at 0.76/0.53/0.61, 0.78/0.72/0.71, 0.83/0.83/0.74 and 0.82/0.82/0.88, 0.80/0.73/0.72
 * together; bridge, heatwave, museum and pilotstrike scored blind at 0.80/0.80/0.64, 0.76/0.59/0.60, 0.60/0.47/0.58
 * and 0.64/0.64/0.40; pillrecall, recount, reservoir and stadium scored blind at 0.82/0.76/0.70, 0.67/0.67/0.32,
 * 0.93/0.93/0.47 and 0.93/0.80/0.71, 0.84/0.79/0.52 together; landslip, ratecut, nurses and oilspill scored blind at
 * 0.82/0.74/0.50 together; asbestos, bribery, lagoonferry and measles at 0.73/0.65/0.45 together; wolfescape, nativetitle, minestrike and
 * resinfire at 0.79/0.72/0.50 together; cranecollapse, cyclone, tobagoquake and mtelgonslide at 0.78/0.70/0.43
 * together; busplunge, examleak, fireworks and methseizure at 0.76/0.66/0.41 together; banquet, blackout, lightning
 * and locusts at 0.67/0.55/0.52 together; seawall, fishkill, balcony and bellyland at 0.66/0.54/0.74 together;
 * gozoferry, rescrutiny, rabies and cablecar at 0.68/0.54/0.57 together; lottofraud, waitinglist, dataleak and
 * watertariff at 0.64/0.52/0.61 together; crabquota, landruling, reliefaudit and royaltydeal at 0.79/0.60/0.45
 * together; damorder, pensionfund, rhinotrial and taxistrike at 0.75/0.65/0.49 together; aralsalt, salmonescape,
 * cocoaprice and swinefever at 0.75/0.55/0.57 together; jellyfish, wartimebomb, fakeseed and subseacable at
 * 0.72/0.53/0.51 together)
 * and the real stories of
 * {@code ../shared/real} (skipped with a message when absent): their independence groups, and their flag figures
 * held at least where they stand, so that no change loses ground. The targets these stories do not reach yet
 * (recall 0.90, right kind 0.85 or 0.80, precision 0.90 or 0.80) are those of issue 13; the floors rise as the
 * engine gets there.
 */
class StoryQualityTest {

    private static final Path STORIES = Path.of("src/test/resources/stories");

    static Path real(String story) {
        return Path.of(System.getProperty("corroborate.shared", "../shared"), "real", story, "answer-key.json");
    }

    /** Key, recall, right kind and precision measured on the engine of this commit. */
    static Stream<Arguments> floors() {
        return Stream.of(
                Arguments.of(STORIES.resolve("wildfire/answer-key.json"), 0.87, 0.87, 0.94),
                Arguments.of(STORIES.resolve("cyberattack/answer-key.json"), 0.80, 0.80, 0.92),
                // recall rose to 0.93; an unkeyed "Angry" opening a sentence of the outlet's own is now flagged
                Arguments.of(STORIES.resolve("ferry/answer-key.json"), 0.93, 0.86, 0.79),
                Arguments.of(STORIES.resolve("congestion/answer-key.json"), 0.86, 0.80, 0.92),
                Arguments.of(STORIES.resolve("dam/answer-key.json"), 0.88, 0.88, 0.88),
                Arguments.of(STORIES.resolve("club/answer-key.json"), 0.80, 0.80, 0.76),
                // r18 (a date moved in a retold sentence) was found only by a wrong flag, "It was first reported"
                // read as a speaker; the passive has none, and the date is not yet compared there
                Arguments.of(STORIES.resolve("drug/answer-key.json"), 0.81, 0.81, 0.92),
                Arguments.of(STORIES.resolve("mountain/answer-key.json"), 0.82, 0.82, 0.93),
                Arguments.of(STORIES.resolve("eagles/answer-key.json"), 0.82, 0.82, 0.77),
                Arguments.of(STORIES.resolve("bank/answer-key.json"), 0.99, 0.99, 0.87),
                // v5 drops "about a quarter of its revenue", a share the engine now reads as a figure: a real, unkeyed
                // drop
                Arguments.of(STORIES.resolve("university/answer-key.json"), 0.75, 0.62, 0.75),
                // "The accused" opening a quote is no longer read as a verb of saying; the quote's speaker, now found,
                // is given as "the magistrate" in the tabloid, which the engine does not yet tie to his name
                Arguments.of(STORIES.resolve("graft/answer-key.json"), 0.82, 0.76, 0.86),
                Arguments.of(STORIES.resolve("mine/answer-key.json"), 0.88, 0.83, 0.93),
                Arguments.of(STORIES.resolve("spill/answer-key.json"), 0.99, 0.99, 0.82),
                Arguments.of(STORIES.resolve("rocket/answer-key.json"), 0.87, 0.87, 0.93),
                Arguments.of(STORIES.resolve("bridge/answer-key.json"), 0.86, 0.86, 0.72),
                Arguments.of(STORIES.resolve("heatwave/answer-key.json"), 0.76, 0.64, 0.69),
                // the tabloid's "axed" (its security patrols), which the key's note names as charged but its span
                // leaves out, is flagged as the outlet's own charged verb
                Arguments.of(STORIES.resolve("museum/answer-key.json"), 0.92, 0.79, 0.80),
                Arguments.of(STORIES.resolve("pilotstrike/answer-key.json"), 0.70, 0.70, 0.66),
                Arguments.of(STORIES.resolve("pillrecall/answer-key.json"), 0.82, 0.81, 0.80),
                Arguments.of(STORIES.resolve("recount/answer-key.json"), 0.72, 0.72, 0.68),
                Arguments.of(STORIES.resolve("reservoir/answer-key.json"), 0.92, 0.92, 0.66),
                Arguments.of(STORIES.resolve("stadium/answer-key.json"), 0.92, 0.79, 0.87),
                Arguments.of(STORIES.resolve("landslip/answer-key.json"), 0.66, 0.66, 0.90),
                Arguments.of(STORIES.resolve("ratecut/answer-key.json"), 0.87, 0.74, 0.75),
                Arguments.of(STORIES.resolve("nurses/answer-key.json"), 0.92, 0.79, 0.73),
                Arguments.of(STORIES.resolve("oilspill/answer-key.json"), 0.79, 0.72, 0.58),
                Arguments.of(STORIES.resolve("asbestos/answer-key.json"), 0.66, 0.59, 0.39),
                Arguments.of(STORIES.resolve("bribery/answer-key.json"), 0.66, 0.53, 0.58),
                Arguments.of(STORIES.resolve("lagoonferry/answer-key.json"), 0.73, 0.73, 0.44),
                Arguments.of(STORIES.resolve("measles/answer-key.json"), 0.76, 0.70, 0.68),
                Arguments.of(STORIES.resolve("wolfescape/answer-key.json"), 0.80, 0.66, 0.60),
                Arguments.of(STORIES.resolve("nativetitle/answer-key.json"), 0.87, 0.81, 0.60),
                Arguments.of(STORIES.resolve("minestrike/answer-key.json"), 0.73, 0.73, 0.68),
                Arguments.of(STORIES.resolve("resinfire/answer-key.json"), 0.80, 0.66, 0.85),
                Arguments.of(STORIES.resolve("cranecollapse/answer-key.json"), 0.80, 0.80, 0.86),
                Arguments.of(STORIES.resolve("cyclone/answer-key.json"), 0.86, 0.80, 0.58),
                Arguments.of(STORIES.resolve("tobagoquake/answer-key.json"), 0.87, 0.81, 0.66),
                Arguments.of(STORIES.resolve("mtelgonslide/answer-key.json"), 0.78, 0.64, 0.46),
                Arguments.of(STORIES.resolve("busplunge/answer-key.json"), 0.93, 0.86, 0.46),
                Arguments.of(STORIES.resolve("examleak/answer-key.json"), 0.68, 0.68, 0.52),
                Arguments.of(STORIES.resolve("fireworks/answer-key.json"), 0.75, 0.62, 0.52),
                Arguments.of(STORIES.resolve("methseizure/answer-key.json"), 0.93, 0.86, 0.66),
                Arguments.of(STORIES.resolve("banquet/answer-key.json"), 0.73, 0.69, 0.76),
                // a tabloid headline's "MAYHEM", unkeyed, is flagged as a sensational word of the outlet's own
                Arguments.of(STORIES.resolve("blackout/answer-key.json"), 0.82, 0.73, 0.67),
                Arguments.of(STORIES.resolve("lightning/answer-key.json"), 0.78, 0.71, 0.52),
                Arguments.of(STORIES.resolve("locusts/answer-key.json"), 0.76, 0.56, 0.55),
                Arguments.of(STORIES.resolve("seawall/answer-key.json"), 0.78, 0.59, 0.78),
                Arguments.of(STORIES.resolve("fishkill/answer-key.json"), 0.61, 0.55, 0.77),
                // a tabloid's "crumbling" block and its headline's "boozy", unkeyed (the key has the body's), are
                // flagged as loaded since the lexicon holds decrepitude words and headlines are read for its terms
                Arguments.of(STORIES.resolve("balcony/answer-key.json"), 0.87, 0.75, 0.76),
                Arguments.of(STORIES.resolve("bellyland/answer-key.json"), 0.38, 0.26, 0.54),
                Arguments.of(STORIES.resolve("gozoferry/answer-key.json"), 0.73, 0.65, 0.60),
                Arguments.of(STORIES.resolve("rescrutiny/answer-key.json"), 0.80, 0.61, 0.67),
                Arguments.of(STORIES.resolve("rabies/answer-key.json"), 0.81, 0.78, 0.62),
                Arguments.of(STORIES.resolve("cablecar/answer-key.json"), 0.70, 0.61, 0.57),
                // the prosecutor's statement, once hidden by "the accused" read as a verb of saying, is now compared
                // and its attribution found dropped in a retelling that names her nearby (unkeyed)
                Arguments.of(STORIES.resolve("lottofraud/answer-key.json"), 0.72, 0.62, 0.68),
                Arguments.of(STORIES.resolve("waitinglist/answer-key.json"), 0.64, 0.44, 0.57),
                Arguments.of(STORIES.resolve("dataleak/answer-key.json"), 0.54, 0.50, 0.65),
                Arguments.of(STORIES.resolve("watertariff/answer-key.json"), 0.80, 0.71, 0.58),
                Arguments.of(STORIES.resolve("crabquota/answer-key.json"), 0.77, 0.59, 0.61),
                Arguments.of(STORIES.resolve("landruling/answer-key.json"), 0.77, 0.70, 0.44),
                Arguments.of(STORIES.resolve("reliefaudit/answer-key.json"), 0.72, 0.60, 0.54),
                Arguments.of(STORIES.resolve("royaltydeal/answer-key.json"), 0.82, 0.62, 0.55),
                Arguments.of(STORIES.resolve("damorder/answer-key.json"), 0.87, 0.75, 0.57),
                Arguments.of(STORIES.resolve("pensionfund/answer-key.json"), 0.78, 0.71, 0.56),
                Arguments.of(STORIES.resolve("rhinotrial/answer-key.json"), 0.76, 0.65, 0.57),
                Arguments.of(STORIES.resolve("taxistrike/answer-key.json"), 0.78, 0.67, 0.57),
                Arguments.of(STORIES.resolve("aralsalt/answer-key.json"), 0.81, 0.51, 0.56),
                Arguments.of(STORIES.resolve("salmonescape/answer-key.json"), 0.76, 0.52, 0.48),
                Arguments.of(STORIES.resolve("cocoaprice/answer-key.json"), 0.76, 0.72, 0.69),
                Arguments.of(STORIES.resolve("swinefever/answer-key.json"), 0.79, 0.66, 0.57),
                Arguments.of(STORIES.resolve("jellyfish/answer-key.json"), 0.70, 0.55, 0.55),
                Arguments.of(STORIES.resolve("wartimebomb/answer-key.json"), 0.85, 0.66, 0.60),
                Arguments.of(STORIES.resolve("fakeseed/answer-key.json"), 0.76, 0.66, 0.63),
                Arguments.of(STORIES.resolve("subseacable/answer-key.json"), 0.61, 0.38, 0.68),
                Arguments.of(real("kanpur-train-derailment"), 0.91, 0.85, 0.93),
                Arguments.of(real("sambhajinagar-factory-fire"), 0.94, 0.86, 0.81));
    }

    /** Every key with independence groups. */
    static Stream<Path> grouped() throws IOException {
        List<Path> keys = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(STORIES)) {
            dirs.map(d -> d.resolve("answer-key.json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(keys::add);
        }
        keys.add(real("sambhajinagar-factory-fire"));
        keys.add(real("kanpur-train-derailment"));
        return keys.stream();
    }

    @ParameterizedTest
    @MethodSource("floors")
    void holdsItsFigures(Path keyFile, double recall, double kind, double precision) throws Exception {
        assumeTrue(
                Files.isRegularFile(keyFile),
                keyFile.toAbsolutePath().normalize() + " not found: skipped (the real stories live in ../shared/real)");
        AnswerKey key = AnswerKey.read(keyFile);
        Map<String, SourceDocument> docs = key.documents(new SourceImporter());
        var flags = FlagEngine.standard().run(Collation.of(new ArrayList<>(docs.values()), 0));
        Evaluation.Result r = new Evaluation().score(key, docs, flags);
        String detail = keyFile + ": " + r.total() + " missed " + r.missed() + " unmatched " + r.unmatched();
        assertTrue(r.total().recall() >= recall - 1e-9, "recall " + detail);
        assertTrue(r.total().kindAccuracy() >= kind - 1e-9, "right kind " + detail);
        assertTrue(r.total().precision() >= precision - 1e-9, "precision " + detail);
    }

    /**
     * Copies and editions of one wire text form one group, independent reports their own: exact on every key (the
     * agency's own early edition of the train derailment, which it rewrote, joins by the agency it credits).
     */
    @ParameterizedTest
    @MethodSource("grouped")
    void independenceGroupsMatchTheKey(Path keyFile) throws Exception {
        assumeTrue(
                Files.isRegularFile(keyFile),
                keyFile.toAbsolutePath().normalize() + " not found: skipped (the real stories live in ../shared/real)");
        AnswerKey key = AnswerKey.read(keyFile);
        assertTrue(!key.groups().isEmpty(), keyFile + " has independence groups");
        Map<String, SourceDocument> docs = key.documents(new SourceImporter());
        List<String> names = new ArrayList<>(docs.keySet());
        Collation c = Collation.of(new ArrayList<>(docs.values()), 0);
        List<List<String>> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            while (found.size() <= c.group()[i]) {
                found.add(new ArrayList<>());
            }
            found.get(c.group()[i]).add(names.get(i));
        }
        for (List<String> group : found) {
            assertTrue(
                    key.groups().stream().anyMatch(g -> g.containsAll(group)),
                    keyFile + ": " + group + " joins sources the key keeps apart: " + key.groups());
        }
        assertEquals(true, key.groupsMatch(found), keyFile + ": found " + found + ", key " + key.groups());
    }
}
