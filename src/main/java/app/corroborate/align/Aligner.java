package app.corroborate.align;

/** Aligns the sentences of two versions of one story and computes word-level edits inside each pair. */
public interface Aligner {

    Alignment align(Version base, Version other);
}
