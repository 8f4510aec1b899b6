package app.corroborate.cli;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.source.WebProvenance;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.web.WebAddress;
import app.corroborate.web.WebImporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code case init|add|list|reimport|backup}: the case file that keeps sources, verdicts and annotations. */
@Command(
        name = "case",
        mixinStandardHelpOptions = true,
        description = "Create, fill, list, back up and copy cases: "
                + "a case file, or postgresql://USER@HOST:PORT/DATABASE?case=NAME for a case on a server.",
        subcommands = {
            CaseCommand.Init.class,
            CaseCommand.Add.class,
            CaseListCommand.class,
            CaseCommand.Reimport.class,
            CaseCommand.Remove.class,
            CaseCommand.Restore.class,
            CaseCommand.Backup.class,
            CaseCopyCommand.class
        })
final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A source read and checked, ready to add: from a file, or fetched from an http(s) address. */
    record Incoming(String given, SourceDocument doc, String fileName, WebProvenance web) {}

    /**
     * Every file read and every address fetched before the case is touched, so a bad one changes nothing. An
     * argument that starts with http:// or https:// is fetched ({@link WebImporter}); any other is a file.
     */
    static List<Incoming> readAll(Parts parts, List<String> inputs) throws ImportException {
        SourceImporter importer = parts.importer();
        WebImporter web = null;
        List<Incoming> read = new ArrayList<>();
        for (String given : inputs) {
            if (WebAddress.isAddress(given)) {
                web = web != null ? web : parts.web().get();
                WebImporter.WebSource page = web.fetch(given.strip(), () -> false);
                read.add(new Incoming(given, page.document(), page.provenance().finalAddress(), page.provenance()));
            } else {
                Path p = Path.of(given);
                read.add(new Incoming(given, importer.read(p), p.getFileName().toString(), null));
            }
        }
        return read;
    }

    /** Adds what was read; returns the lines that report them, to print once the whole change has held. */
    static List<String> addAll(CaseStore store, List<Incoming> incoming) throws CaseException {
        List<String> report = new ArrayList<>();
        for (Incoming in : incoming) {
            StoredSource s = store.addSource(in.doc(), in.fileName(), in.web());
            String from = in.web() != null && in.web().redirected()
                    ? " (from " + in.web().finalAddress() + ")"
                    : "";
            report.add(String.format("added %s %s%s%s", s.id(), in.given(), from, s.base() ? " (base)" : ""));
        }
        return report;
    }

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "Create a case file, optionally with sources (the first is the base).")
    static final class Init implements Callable<Integer> {

        private final Parts parts;

        Init(Parts parts) {
            this.parts = parts;
        }

        @Parameters(
                index = "0",
                paramLabel = "CASE",
                description = "The new case file (.corroborate), or "
                        + "postgresql://USER@HOST:PORT/DATABASE?case=NAME for a new case on a server.")
        CaseLocation file;

        @Parameters(
                index = "1..*",
                paramLabel = "SOURCE",
                description = "Sources to add: files, or http(s) addresses of pages to fetch.")
        List<String> sources = List.of();

        @Option(names = "--title", description = "The case's title (default: the file name).")
        String title;

        @Option(names = "--editor", description = "The editor's name (default: the preference, else the OS user).")
        String editor;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CaseException, ImportException {
            String name = title != null ? title : file.name();
            List<Incoming> read = readAll(parts, sources);
            CaseStore store = parts.cases().create(file, name, CaseFiles.author(editor));
            List<String> report;
            try {
                report = addAll(store, read);
            } catch (CaseException e) {
                store.discard();
                throw CaseFiles.named(file, e);
            } catch (RuntimeException e) {
                store.discard();
                throw e;
            }
            store.close();
            report.forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().printf("created %s%n", file);
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add sources to a case.")
    static final class Add implements Callable<Integer> {

        private final Parts parts;

        Add(Parts parts) {
            this.parts = parts;
        }

        @Parameters(index = "0", paramLabel = "CASE")
        CaseLocation file;

        @Parameters(
                index = "1..*",
                arity = "1..*",
                paramLabel = "SOURCE",
                description = "Files, or http(s) addresses of pages to fetch (at most 50 MB, 30 s and 5 redirects "
                        + "each; nothing but the page is loaded).")
        List<String> sources;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CaseException, ImportException {
            List<Incoming> read = readAll(parts, sources);
            try (CaseStore store = parts.cases().openForWriting(file)) {
                addAll(store, read).forEach(spec.commandLine().getOut()::println);
            } catch (CaseException e) {
                throw CaseFiles.named(file, e);
            }
            return 0;
        }
    }

    @Command(
            name = "reimport",
            mixinStandardHelpOptions = true,
            description = "Replace a source with a newer version of it; annotations are re-anchored and those "
                    + "that cannot be placed with confidence are listed as orphans. The old version is kept.")
    static final class Reimport implements Callable<Integer> {

        private final Parts parts;

        Reimport(Parts parts) {
            this.parts = parts;
        }

        @Parameters(index = "0", paramLabel = "CASE")
        CaseLocation file;

        @Option(names = "--source", required = true, paramLabel = "ID", description = "The source to replace.")
        String source;

        @Parameters(index = "1", paramLabel = "FILE", description = "The newer version.")
        Path newer;

        @Option(names = "--author", description = "Who makes the change (default: the editor preference).")
        String author;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CaseException, ImportException {
            SourceDocument doc = parts.importer().read(newer);
            try (CaseStore store = parts.cases().openForWriting(file)) {
                List<Annotation> orphans =
                        store.reimport(source, doc, newer.getFileName().toString(), CaseFiles.author(author));
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        "replaced %s with %s; %d annotation(s) could not be placed%n", source, newer, orphans.size());
                orphans.forEach(a -> out.printf(
                        "  orphaned %s: '%s'%n", a.id(), Text.clip(a.selector().exact(), 80)));
            } catch (CaseException e) {
                throw CaseFiles.named(file, e);
            }
            return 0;
        }
    }

    /** What {@code case remove} and {@code case restore} share: the case, the source and who changes it. */
    abstract static class SourceChange implements Callable<Integer> {

        private final Parts parts;

        SourceChange(Parts parts) {
            this.parts = parts;
        }

        @Parameters(index = "0", paramLabel = "CASE")
        CaseLocation file;

        @Parameters(index = "1", paramLabel = "ID", description = "The source (see `case list`).")
        String source;

        @Option(names = "--author", description = "Who makes the change (default: the editor preference).")
        String author;

        @Spec
        CommandSpec spec;

        /** Makes the change; returns the line that reports it. */
        abstract String change(CaseStore store, String who) throws CaseException;

        @Override
        public Integer call() throws CaseException {
            try (CaseStore store = parts.cases().openForWriting(file)) {
                spec.commandLine().getOut().println(change(store, CaseFiles.author(author)));
            } catch (CaseException e) {
                throw CaseFiles.named(file, e);
            }
            return 0;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Take a source out of the comparison. Nothing is deleted: its bytes, history, annotations "
                    + "and verdicts stay in the case, and `case restore` brings it back. Removing the base makes the "
                    + "next source the base.")
    static final class Remove extends SourceChange {

        Remove(Parts parts) {
            super(parts);
        }

        @Override
        String change(CaseStore store, String who) throws CaseException {
            store.removeSource(source, who);
            long kept = store.annotations().stream()
                    .filter(a -> a.sourceId().equals(source))
                    .count();
            return "removed " + source + " (kept in the case with " + kept + " annotation(s); `case restore` brings "
                    + "it back)";
        }
    }

    @Command(
            name = "restore",
            mixinStandardHelpOptions = true,
            description = "Put a removed source back in the comparison.")
    static final class Restore extends SourceChange {

        Restore(Parts parts) {
            super(parts);
        }

        @Override
        String change(CaseStore store, String who) throws CaseException {
            store.restoreSource(source, who);
            return "restored " + source;
        }
    }

    @Command(
            name = "backup",
            mixinStandardHelpOptions = true,
            description = "Copy the case through SQLite's online backup; the case may be open meanwhile.")
    static final class Backup implements Callable<Integer> {

        private final Parts parts;

        Backup(Parts parts) {
            this.parts = parts;
        }

        @Parameters(index = "0", paramLabel = "CASE")
        CaseLocation file;

        @Parameters(index = "1", paramLabel = "TARGET", description = "The backup file to create.")
        Path target;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws CaseException {
            try {
                SqliteCaseStore.checkBackupTarget(target);
            } catch (CaseException e) {
                throw CaseFiles.named(file, e);
            }
            try (CaseStore store = parts.cases().openReadOnly(file)) {
                store.backup(target);
            } catch (CaseException e) {
                throw CaseFiles.named(file, e);
            }
            spec.commandLine().getOut().printf("backed up %s to %s%n", file, target);
            return 0;
        }
    }
}
