package app.corroborate.review;

/** Receives the progress of long work: what it is doing and how far it is, from 0 to 1. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (step, fraction) -> {};

    void report(String step, double fraction);
}
