package app.corroborate.source;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a page prints around every story whatever the story: a copyright or rights notice ("Copyright (c) 2025
 * The Herald. All rights reserved. Reproduction ... prohibited."), a time stamp alone on its line ("November 19,
 * 2016 9:17 PM", "Sunday, 31 December 2023 (10:36 IST)"), a menu or breadcrumb of short items between separators
 * ("News | Weather | Traffic", "Home › News › Regions", "Report an error | Editorial standards"), such a trail
 * glued to the headline that the next line prints again, and a tag line
 * ("Tags: ferry, coast guard"). Read from the shape of the line, never from known sentences.
 */
final class ChromeLineRule implements FurnitureRule {

    /** A rights notice is never longer than this (a licence paragraph of a wire is about 30 words). */
    static final int NOTICE_WORDS = 40;
    /** The items of a menu or breadcrumb are this short; a sentence cut by a dash is longer. */
    static final int ITEM_WORDS = 4;
    /** A menu or breadcrumb line is at most this long. */
    static final int MENU_WORDS = 20;

    private static final Pattern NOTICE = Pattern.compile(
            "^(?:\u00A9|\\(c\\)|copyright\\b).*|.*\\ball rights reserved\\b.*|.*\u00A9\\s*(?:\\d{4}|\\p{Lu}).*"
                    + "|^(?:this material|this article|this story) may not be (?:published|reproduced).*"
                    + "|^reproduction in whole or in part\\b.*"
                    + "|.*\\bis not responsible for the content of external (?:sites|websites|internet sites|links)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** A line that speaks of the page itself ("Gift this article", "Email this story") talks to the reader. */
    private static final Pattern THIS_PAGE = Pattern.compile("(?i).*\\b(this|the) (article|story|page)\\b.*");

    /**
     * A newsletter's line about the e-mail itself, addressed to its reader ("View this email in your browser",
     * "Having trouble reading this newsletter?", "You are receiving this email because ...", "Forward this email to a
     * friend"); a story sentence about an e-mail ("the email was sent from an account abroad") is none of these.
     */
    private static final Pattern THIS_EMAIL = Pattern.compile("(?i).*\\b(?:(?:view|read|open|forward|share) this "
            + "(?:e-?mail|newsletter|message)|this (?:e-?mail|newsletter) (?:in|on) (?:your|a|the) (?:browser|web)"
            + "|trouble (?:viewing|reading|seeing) this (?:e-?mail|newsletter|message)"
            + "|(?:receiving|received|subscribed to) this (?:e-?mail|newsletter))\\b.*");
    /** A line about the page is this short; a story sentence mentioning "this story" is longer. */
    static final int PAGE_LINE_WORDS = 15;

    private static final Pattern TAGS =
            Pattern.compile("^(tags|topics|filed under|categories|keywords)\\s*:.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||\u00B7|\u2022|\u203A|\u00BB|>|/)\\s+");
    /** The words of a written time stamp: months, days, clock words, zones, connectives. */
    private static final Pattern STAMP_WORD = Pattern.compile(
            "(?i)(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?"
                    + "|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?"
                    + "|sat(urday)?|sun(day)?|am|pm|a\\.m|p\\.m|at|on|kl|h|hrs|updated|posted|published|as|of"
                    + "|last|first|ist|gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|ct|cdt|aest|jst|\\p{Lu}{3,4}T?)");

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i)) {
                continue;
            }
            String t = page.text(i).strip();
            int words = page.words(i);
            if (words <= NOTICE_WORDS && NOTICE.matcher(t).matches()
                    || words <= 30 && TAGS.matcher(t).matches()
                    || words <= PAGE_LINE_WORDS && THIS_PAGE.matcher(t).matches() && !t.contains("\"")
                    || words <= NOTICE_WORDS && THIS_EMAIL.matcher(t).matches()) {
                page.mark(i, FurnitureReason.OTHER);
            } else if (timeStamp(t)) {
                page.mark(i, FurnitureReason.LABEL);
                page.published(Dates.toIsoOrSelf(t));
            } else if (menu(page, i, t) || trailBeforeHeadline(page, i, t)) {
                page.mark(i, FurnitureReason.NAVIGATION);
            }
        }
    }

    /** True for a line made only of a date and a time (digits, month and day names, clock and zone words). */
    static boolean timeStamp(String line) {
        if (line.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        boolean digit = false;
        int words = 0;
        for (String w : line.split("[\\s,.:()|\\-\u2013\u2014/\u00B7]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (w.chars().allMatch(Character::isDigit) || w.matches("\\d+(st|nd|rd|th|h|am|pm)")) {
                digit = true;
            } else if (!STAMP_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return digit && words >= 2 && words <= 12;
    }

    /** Short items each ended by a path separator, then the rest of the line. */
    private static final Pattern TRAIL =
            Pattern.compile("^((?:[^/>\u203A\u00BB|]{1,40}?\\s*[/>\u203A\u00BB]\\s*){2,})(\\S.*)$");

    /**
     * True for a breadcrumb trail glued to the headline that the next block prints again ("Business News/ News /
     * India/ Six dead in ..." above "Six dead in ..."): a page saved as text loses the line break between them.
     */
    private static boolean trailBeforeHeadline(Page page, int i, String t) {
        java.util.regex.Matcher m = TRAIL.matcher(t);
        if (!m.matches() || i + 1 >= page.size()) {
            return false;
        }
        for (String item : m.group(1).split("[/>\u203A\u00BB]")) {
            if (Page.countWords(item) > ITEM_WORDS) {
                return false;
            }
        }
        String rest = m.group(2).strip();
        return Page.countWords(rest) >= 3 && page.text(i + 1).strip().equals(rest);
    }

    /** True for short items between separators, none of which reads as a sentence. */
    private static boolean menu(Page page, int i, String t) {
        if (page.words(i) > MENU_WORDS || page.endsAsSentence(i) && page.words(i) > 8) {
            return false;
        }
        String[] items = SEPARATOR.split(t);
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            int w = Page.countWords(item);
            if (w == 0 || w > ITEM_WORDS && !timeStamp(item)) {
                return false;
            }
        }
        return !t.toLowerCase(Locale.ROOT).contains(" said");
    }
}
