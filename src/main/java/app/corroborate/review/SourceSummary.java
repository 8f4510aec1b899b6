package app.corroborate.review;

/**
 * One source of a case as the editor sees it in a list.
 *
 * @param index     position in the analysis (the base is 0)
 * @param id        the source's id in the case
 * @param label     the outlet if known, else the file name
 * @param headline  the page's headline, null when unknown
 * @param published the publication date as the source gives it, null when unknown
 * @param words     words of story text (page furniture not counted)
 * @param group     the copy group (sources of one wire text share it)
 * @param copies    how many other sources carry the same wire text
 * @param colour    the source's colour number: its place in the order of import, so that it keeps its colour when
 *                  the base changes or another source is removed
 */
public record SourceSummary(
        int index,
        String id,
        String path,
        String fileName,
        String label,
        String headline,
        String published,
        int words,
        boolean base,
        int group,
        int copies,
        int colour) {}
