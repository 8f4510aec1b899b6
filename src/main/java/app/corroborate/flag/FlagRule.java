package app.corroborate.flag;

import java.util.List;

/** One kind of discrepancy, found by comparing a version with the base. */
public interface FlagRule {

    List<Finding> apply(Comparison comparison);
}
