package app.corroborate.claim;

import java.util.List;

/**
 * The corroboration matrix of a case: every claim with each source's stand, and the groups of copies.
 *
 * @param sources paths of the sources, in order
 * @param groups  paths grouped by copy group (a wire text and its republications form one group)
 */
public record ClaimsMatrix(List<String> sources, List<List<String>> groups, List<Claim> claims)
        implements java.io.Serializable {}
