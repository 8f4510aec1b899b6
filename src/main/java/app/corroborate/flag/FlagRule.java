package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import java.util.List;

/** One kind of discrepancy, found by comparing a version with the base. */
public interface FlagRule {

    List<Finding> apply(Comparison comparison);
}
