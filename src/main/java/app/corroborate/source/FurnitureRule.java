package app.corroborate.source;

/** One general rule that marks page furniture among the blocks of a page. */
interface FurnitureRule {

    void apply(Page page);
}
