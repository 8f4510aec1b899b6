package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * Short lines that talk to the reader instead of telling the story: comment prompts ("Leave a Comment", "See
 * what people are discussing"), advertisement slots ("Advertisement", "Story continues below") and reporting
 * credits ("With additional input from ...", "... contributed to this report").
 */
final class PromptLineRule implements FurnitureRule {

    private static final Pattern COMMENTS = Pattern.compile(
            ".*\\b(comments?|discuss\\w*|conversation|have your say|reader reactions?)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "^(advertisements?|sponsored( content)?|promoted( content)?|ad|paid content|partner content"
                    + "|story continues below( this)?( advertisement| ad)?|continue reading( below)?"
                    + "|scroll to continue( with content)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile(
            "^(with )?(additional )?(reporting|inputs?|writing|research) (by|from)\\b.*"
                    + "|.*\\bcontributed (reporting )?to this (report|story)\\b.*"
                    + "|^(edited|written|compiled|reported) by\\b.*",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i)) {
                continue;
            }
            String t = page.text(i).strip();
            int words = page.words(i);
            if (words <= 8 && !page.endsAsSentence(i) && COMMENTS.matcher(t).matches()) {
                page.mark(i, FurnitureReason.COMMENTS);
            } else if (words <= 6 && ADVERTISEMENT.matcher(t.replaceAll("[.:\u2026]+$", "")).matches()) {
                page.mark(i, FurnitureReason.ADVERTISEMENT);
            } else if (words <= 20 && CREDIT.matcher(t).matches()) {
                page.mark(i, FurnitureReason.BYLINE);
            }
        }
    }
}
