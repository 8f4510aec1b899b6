package app.corroborate.ui.sources;

import app.corroborate.source.SourceDocument;

/** One source as the sources list shows it. */
public record SourceRow(SourceDocument document, boolean base) {

    /** The name shown: the headline if known, else the file name. */
    public String label() {
        String title = document.metadata().title();
        return title != null ? title : fileName();
    }

    public String fileName() {
        String p = document.path();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return p.substring(slash + 1);
    }

    /** A second line: outlet, format, sentence and furniture counts. */
    public String details() {
        String outlet = document.metadata().outlet();
        return (base ? "BASE \u00B7 " : "") + (outlet != null ? outlet + " \u00B7 " : "") + fileName() + " \u00B7 "
                + document.format().id() + " \u00B7 " + document.sentences().size() + " sentences \u00B7 "
                + document.excluded().size() + " furniture";
    }
}
