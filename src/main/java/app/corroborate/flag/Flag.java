package app.corroborate.flag;

import app.corroborate.text.Span;

/**
 * A discrepancy between a version and the base.
 *
 * @param id          stable fingerprint: the same sources give the same id on every run, so verdicts stay attached
 * @param source      the path of the version the flag is about
 * @param baseSpan    the range in the base text, null for something only the version has
 * @param variantSpan the range in the version's text, null for something the version leaves out
 * @param explanation one sentence a person understands
 */
public record Flag(
        String id, FlagKind kind, Severity severity, String source, Span baseSpan, Span variantSpan, String explanation)
        implements java.io.Serializable {}
