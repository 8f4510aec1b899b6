package app.corroborate.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A thread of posts saved as text (a forum topic, a social post with its replies, a story with its comment
 * section): each post ends on a bar of actions ("Quote | Like (54)", "Like · Reply · 3h", "👍 Like (142) Quote
 * Report to moderator"). When a page has such bars after several posts and one post carries far more text than
 * any other, that post is the story (the article someone pasted, or the page's own story above its comments); the
 * other posts are readers' comments, with their own figures and claims.
 *
 * <p>Guarantees: applies only to a page with at least {@value #BARS} action bars, and only when the longest post has
 * at least {@value #DOMINANT} times the story words of the next (entries of a live blog or posts of like length are
 * left alone); marks only blocks no rule marked before, as comments; never marks a block of the longest post.
 */
final class ThreadRule implements FurnitureRule {

    /** Action bars a page needs to be read as a thread: a story with one share bar is not one. */
    static final int BARS = 3;

    /**
     * How many times the next post's words the story's post must have: a pasted article of 200 to 600 words against
     * replies of 10 to 60 on the threads seen (forum topics, a Reddit post, a social thread); entries of a live blog,
     * of 30 to 150 words each, are never this far apart.
     */
    static final double DOMINANT = 3.0;

    /** An action bar is short. */
    static final int BAR_WORDS = 10;

    private static final Set<String> ACTIONS = Set.of(
            "quote",
            "reply",
            "replies",
            "like",
            "likes",
            "report",
            "share",
            "shares",
            "permalink",
            "upvote",
            "upvotes",
            "downvote",
            "award",
            "save",
            "comments",
            "comment",
            "repost",
            "reposts",
            "retweet",
            "react");

    private static final Set<String> BESIDE = Set.of("to", "moderator", "this", "post", "more", "view", "and", "or");

    @Override
    public void apply(Page page) {
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (bar(page.text(i), page.words(i))) {
                bars.add(i);
            }
        }
        if (bars.size() < BARS) {
            return;
        }
        List<int[]> posts = posts(page.size(), bars);
        int story = -1;
        int most = 0;
        int next = 0;
        for (int k = 0; k < posts.size(); k++) {
            int words = storyWords(page, posts.get(k));
            if (words > most) {
                next = most;
                most = words;
                story = k;
            } else if (words > next) {
                next = words;
            }
        }
        if (story < 0 || most < DOMINANT * next) {
            return;
        }
        for (int k = 0; k < posts.size(); k++) {
            if (k != story) {
                for (int i = posts.get(k)[0]; i < posts.get(k)[1]; i++) {
                    if (!page.marked(i)) {
                        page.mark(i, FurnitureReason.COMMENTS);
                    }
                }
            }
        }
    }

    /** The posts: the blocks up to each bar (the bar itself belongs to its post), then what follows the last. */
    private static List<int[]> posts(int size, List<Integer> bars) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int bar : bars) {
            out.add(new int[] {from, bar + 1});
            from = bar + 1;
        }
        out.add(new int[] {from, size});
        return out;
    }

    /** Words of the post's blocks that no rule marked and that read as sentences (not a list of labels). */
    private static int storyWords(Page page, int[] post) {
        int n = 0;
        for (int i = post[0]; i < post[1]; i++) {
            if (!page.marked(i) && page.endsAsSentence(i)) {
                n += page.words(i);
            }
        }
        return n;
    }

    /** A post's bar of actions: short, with two action words or more and no other word but a few linking ones. */
    static boolean bar(String text, int words) {
        if (words > BAR_WORDS) {
            return false;
        }
        int actions = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (ACTIONS.contains(w)) {
                actions++;
            } else if (!BESIDE.contains(w) && !w.matches("[kmhdw]|hr|hrs|min|ago")) {
                return false;
            }
        }
        return actions >= 2;
    }
}
