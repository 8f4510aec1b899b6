package app.corroborate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the compiled product, read from its classes: each layer uses only the layers below it, the
 * command line and the window sit on top and never use each other, and only the window knows the UI toolkit.
 *
 * <pre>
 * text &lt;- source &lt;- align, facts &lt;- collate &lt;- flag, claim &lt;- eval &lt;- review &lt;- cli, ui
 *                 &lt;- store &lt;- review
 *                 &lt;- web &lt;- cli, ui
 * </pre>
 */
class LayerTest {

    private static final String ROOT = "app.corroborate";
    /** Every package of the product belongs to one of these layers (a new package must be placed here). */
    private static final List<String> LAYERS = List.of(
            "text", "source", "align", "facts", "collate", "flag", "claim", "eval", "store", "review", "export", "web",
            "cli", "ui");

    private static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersUseOnlyTheLayersBelow() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("text")
                .definedBy(ROOT + ".text..")
                .layer("source")
                .definedBy(ROOT + ".source..")
                .layer("align")
                .definedBy(ROOT + ".align..")
                .layer("facts")
                .definedBy(ROOT + ".facts..")
                .layer("collate")
                .definedBy(ROOT + ".collate..")
                .layer("flag")
                .definedBy(ROOT + ".flag..")
                .layer("claim")
                .definedBy(ROOT + ".claim..")
                .layer("eval")
                .definedBy(ROOT + ".eval..")
                .layer("store")
                .definedBy(ROOT + ".store..")
                .layer("review")
                .definedBy(ROOT + ".review..")
                .layer("export")
                .definedBy(ROOT + ".export..")
                .layer("web")
                .definedBy(ROOT + ".web..")
                .layer("cli")
                .definedBy(ROOT + ".cli..")
                .layer("ui")
                .definedBy(ROOT + ".ui..")
                .whereLayer("text")
                .mayNotAccessAnyLayer()
                .whereLayer("source")
                .mayOnlyAccessLayers("text")
                .whereLayer("align")
                .mayOnlyAccessLayers("text", "source")
                .whereLayer("facts")
                .mayOnlyAccessLayers("text", "source")
                .whereLayer("collate")
                .mayOnlyAccessLayers("text", "source", "align", "facts")
                .whereLayer("flag")
                .mayOnlyAccessLayers("text", "source", "align", "facts", "collate")
                .whereLayer("claim")
                .mayOnlyAccessLayers("text", "source", "align", "facts", "collate")
                .whereLayer("eval")
                .mayOnlyAccessLayers("text", "source", "align", "facts", "collate", "flag", "claim")
                .whereLayer("store")
                .mayOnlyAccessLayers("text", "source")
                .whereLayer("review")
                .mayOnlyAccessLayers("text", "source", "align", "facts", "collate", "flag", "claim", "eval", "store")
                .whereLayer("export")
                .mayOnlyAccessLayers(
                        "text", "source", "align", "facts", "collate", "flag", "claim", "eval", "store", "review")
                .whereLayer("web")
                .mayOnlyAccessLayers("text", "source")
                .whereLayer("cli")
                .mayOnlyAccessLayers(
                        "text", "source", "align", "facts", "collate", "flag", "claim", "eval", "store", "review",
                        "export", "web")
                .whereLayer("ui")
                .mayOnlyAccessLayers(
                        "text", "source", "align", "facts", "collate", "flag", "claim", "eval", "store", "review",
                        "export", "web")
                .check(classes);
    }

    @Test
    void onlyTheWindowKnowsTheUiToolkit() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void everyPackageHasALayer() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : classes) {
            String pkg = c.getPackageName();
            if (!pkg.equals(ROOT)) {
                String first = pkg.substring(ROOT.length() + 1).split("\\.")[0];
                if (!LAYERS.contains(first)) {
                    unplaced.add(pkg);
                }
            }
        }
        assertEquals(Set.of(), unplaced, "packages outside every layer: place them in LayerTest");
    }
}
