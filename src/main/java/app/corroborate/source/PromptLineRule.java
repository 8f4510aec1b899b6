package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * Short lines that talk to the reader instead of telling the story: comment prompts ("Leave a Comment", "See
 * what people are discussing"), advertisement slots ("Advertisement", "Story continues below"), reporting
 * credits ("With additional input from ...", consent notices ("... use cookies ... Click Accept"), "... contributed to this report"), pointers to other stories ("Also
 * read: ...", "More from the region"), site chrome ("Share this article", "Copyright ...", "3 min read"), publication
 * stamps ("Published Feb. 26, 2026 at 1:47 p.m.") and a desk's notice that the story is still being written ("This
 * is a breaking news update.", "More to come."), and lines that give the reader a way to reach or follow the
 * outlet ("Contact the reporter at ...@...", "Join our channel for updates", "Thanks for reading ..."), and the
 * outlet's notes about the article (corrections, editor's notes, where it first appeared: "This report by the
 * agency was first published ...").
 */
final class PromptLineRule implements FurnitureRule {

    private static final Pattern COMMENTS = Pattern.compile(
            ".*\\b(comments?|discuss\\w*|conversation|have your say|reader reactions?)\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADVERTISEMENT = Pattern.compile(
            "^(advertisements?|sponsored( content)?|promoted( content)?|ad|paid content|partner content"
                    + "|story continues below( this)?( advertisement| ad)?|continue reading( below)?"
                    + "|scroll to continue( with content)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_ON = Pattern.compile(
            "^(also read|read more|read also|more reading|related( stories| articles| coverage)?|recommended"
                    + "( for you)?|more from|more on|more news|see also|watch|watch now|listen|trending|top stories"
                    + "|most read|popular|more stories)\\b.*",
            Pattern.CASE_INSENSITIVE);
    /** A pointer with its label and colon ("Also Read: ...", "WATCH | ..."): the headline after it may be long. */
    private static final Pattern READ_ON_LABELLED = Pattern.compile(
            "^(also read|read more|read also|see also|more on|related( story| article)?|watch|watch now)"
                    + "\\s*[:|\u2013\u2014-]\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    /** A labelled pointer holds one headline: at most this long (a headline is rarely over 25 words). */
    static final int POINTER_WORDS = 30;

    private static final Pattern SITE_CHROME = Pattern.compile(
            "^(?:(?:click here|sign up|subscribe|follow us|share this|share on|share article|print this|copyright"
                    + "|all rights reserved|reading time|listen to this article|download the app|get the app"
                    + "|\\d+ min(?:ute)? read)\\b|\u00A9).*",
            Pattern.CASE_INSENSITIVE);
    /** An e-mail address: a line that shows one tells the reader how to reach the outlet, not the story. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** A line inviting the reader to follow the outlet: "Join our WhatsApp channel ...", "Thanks for reading ...". */
    private static final Pattern FOLLOW = Pattern.compile(
            "^(?:thanks? (?:you )?for reading\\b.*|join\\b.*\\b(?:channel|newsletter|community|group)\\b.*)",
            Pattern.CASE_INSENSITIVE);
    /** A line of contact or follow-up is this short; a story paragraph quoting an address runs longer. */
    static final int CONTACT_WORDS = 25;

    /** A consent or privacy notice: cookies with what the reader is asked to accept or choose. */
    private static final Pattern CONSENT = Pattern.compile(
            ".*\\bcookies?\\b.*\\b(accept|consent|partners|personali[sz]e\\w*|privacy|settings|agree)\\b.*"
                    + "|.*\\b(accept|consent|partners|personali[sz]e\\w*|privacy|settings|agree)\\b.*\\bcookies?\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern CREDIT = Pattern.compile(
            "^(with )?(additional )?(reporting|inputs?|writing|research) (by|from)\\b.*"
                    + "|.*\\bcontributed (reporting )?to this (report|story)\\b.*"
                    + "|^(edited|written|compiled|reported) by\\b.*",
            Pattern.CASE_INSENSITIVE);

    /** A publication stamp: "Published Feb. 26, 2026 at 1:47 p.m.", "Updated 9:14 a.m. ET", "Posted on 3 May". */
    private static final Pattern STAMP = Pattern.compile(
            "^(?:first |last )?(?:published|updated|posted|modified)\\b(?: on| at|:)?.*\\d.*",
            Pattern.CASE_INSENSITIVE);
    /** A desk's notice that the story is still being written: "This is a breaking news update.", "More to come." */
    private static final Pattern UPDATE_NOTICE = Pattern.compile(
            "^(?:this (?:is a (?:breaking news|developing)(?: story| news)?(?: update)?|story (?:is developing|will be"
                    + " updated))|check back (?:later )?for|more to (?:come|follow)|more details (?:are )?(?:awaited|to"
                    + " follow)|(?:please )?refresh (?:this page|for updates)).*",
            Pattern.CASE_INSENSITIVE);

    /**
     * The outlet's note about the article rather than the story: a correction or clarification ("Correction: An
     * earlier version of this story said ..."), an editor's note, or where the article first appeared.
     */
    private static final Pattern NOTE = Pattern.compile(
            "^(?:(?:correction|clarification|editor'?s note|editor’s note|note to readers)s?\\s*[:.–—-]"
                    + "|this (?:article|story|report|piece)(?: by [^.]{1,60})? (?:was |is )?(?:originally |first )"
                    + "(?:published|appeared|ran)\\b"
                    + "|(?:originally|first) (?:published|appeared) (?:in|on|by)\\b).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A note about the article is a paragraph at most; a story paragraph about a correction runs on. */
    static final int NOTE_WORDS = 80;

    /**
     * The outlet's word on its readers' comments: "Comments are moderated.", "The views of readers do not reflect
     * those of the Herald."
     */
    private static final Pattern COMMENT_POLICY = Pattern.compile(
            "^(?:comments (?:are|will be) (?:moderated|closed|reviewed|pre-moderated)\\b"
                    + "|.*\\b(?:views|opinions) (?:expressed )?(?:of|by|in) (?:our )?(?:readers|commenters"
                    + "|users|the comments)\\b.*\\b(?:do not|don't|does not|are not|is not)\\b).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /**
     * An appeal for the reader's money or membership: "The Review is reader-funded. Members get our briefing. Join
     * from $8 a month", "Support independent journalism: become a supporter today", a paywall's count ("You have 2
     * free articles remaining this month. Subscribe now").
     */
    private static final Pattern APPEAL = Pattern.compile(
            ".*\\b(?:reader-(?:funded|supported)|support (?:our|independent|quality) (?:journalism|reporting)"
                    + "|become a (?:member|subscriber|supporter|patron)|join (?:from|for) [$\u00a3\u20ac\u20b9]?\\d"
                    + "|subscribe (?:from|for) [$\u00a3\u20ac\u20b9]?\\d|members get\\b|make a donation|donate (?:now|today)"
                    + "|free (?:articles?|stories|reads) (?:left|remaining)|subscribe now|cancel any ?time)"
                    + ".*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A comment policy is a line or two. */
    static final int POLICY_WORDS = 40;

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i)) {
                continue;
            }
            String t = page.text(i).strip();
            int words = page.words(i);
            if (words <= NOTE_WORDS && NOTE.matcher(t).matches()) {
                page.mark(i, FurnitureReason.NOTE);
            } else if (words <= POLICY_WORDS && COMMENT_POLICY.matcher(t).matches()) {
                page.mark(i, FurnitureReason.COMMENTS);
            } else if (words <= POLICY_WORDS && APPEAL.matcher(t).matches()) {
                page.mark(i, FurnitureReason.ADVERTISEMENT);
            } else if (words <= 8
                    && !page.endsAsSentence(i)
                    && COMMENTS.matcher(t).matches()) {
                page.mark(i, FurnitureReason.COMMENTS);
            } else if (words <= 6
                    && ADVERTISEMENT.matcher(t.replaceAll("[.:\u2026]+$", "")).matches()) {
                page.mark(i, FurnitureReason.ADVERTISEMENT);
            } else if (words <= 60 && mentionsCookies(t) && CONSENT.matcher(t).matches()) {
                page.mark(i, FurnitureReason.OTHER);
            } else if (words <= CONTACT_WORDS
                    && (EMAIL.matcher(t).find() || FOLLOW.matcher(t).matches())) {
                page.mark(i, FurnitureReason.OTHER);
            } else if (words <= 12 && STAMP.matcher(t).matches()) {
                page.mark(i, FurnitureReason.BYLINE);
            } else if (words <= 20
                    && UPDATE_NOTICE.matcher(t.replaceAll("^[(\\[]+", "")).matches()) {
                page.mark(i, FurnitureReason.OTHER);
            } else if (words <= 20 && CREDIT.matcher(t).matches()) {
                page.mark(i, FurnitureReason.BYLINE);
            } else if (words <= 16 && READ_ON.matcher(t).matches() && !page.endsAsSentence(i)
                    || words <= POINTER_WORDS && READ_ON_LABELLED.matcher(t).matches()) {
                page.mark(i, FurnitureReason.RELATED);
            } else if (words <= 12 && SITE_CHROME.matcher(t).matches()
                    || words <= 10
                            && (t.contains("\u00A9")
                                    || t.toLowerCase(java.util.Locale.ROOT).contains("copyright"))) {
                page.mark(i, FurnitureReason.OTHER);
            }
        }
    }

    /** A cheap test before the consent pattern, which backtracks over long lines. */
    private static boolean mentionsCookies(String t) {
        return t.toLowerCase(java.util.Locale.ROOT).contains("cookie");
    }
}
