package app.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.flag.FlagEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command is made with the parts of one composition root: the engine handed in is the one that runs. */
class CompositionRootTest {

    @Test
    void theFlagsCommandRunsTheRulesItIsGiven() {
        String[] args = {"flags", "--json", story("a0-wire.txt"), story("a3-rewrite.txt")};
        assertTrue(run(Parts.standard(), args).contains("\"kind\""), "the product's rules raise flags on this pair");
        Parts none = withRules(Parts.standard(), new FlagEngine(List.of()));
        String out = run(none, args);
        assertTrue(!out.contains("\"kind\""), "an engine without rules raises none: " + out);
    }

    @Test
    void everyCommandCanBeMadeByTheFactory() {
        assertEquals(
                java.util.Set.of(
                        "extract",
                        "compare",
                        "flags",
                        "claims",
                        "case",
                        "verdict",
                        "annotate",
                        "export",
                        "evaluate",
                        "bench"),
                CorroborateCommand.commandNames());
    }

    private static Parts withRules(Parts p, FlagEngine flags) {
        return new Parts(
                p.importer(),
                p.aligner(),
                flags,
                p.claims(),
                p.analyzer(),
                p.cases(),
                p.snapshots(),
                p.exporter(),
                p.web());
    }

    private static String run(Parts parts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorroborateCommand.execute(args, new PrintWriter(out), new PrintWriter(err), parts);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    private static String story(String name) {
        try {
            return Path.of(CompositionRootTest.class
                            .getResource("/stories/court/" + name)
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
