package app.corroborate.flag;

import app.corroborate.text.Span;

/** What a rule found, before the engine gives it a source and a fingerprint. */
public record Finding(FlagKind kind, Severity severity, Span baseSpan, Span variantSpan, String explanation) {}
