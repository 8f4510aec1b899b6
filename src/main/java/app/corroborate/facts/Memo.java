package app.corroborate.facts;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Values derived from one owner (a source's analysis, a comparison) once and kept, by key.
 *
 * <p>Guarantees: each key's value is computed at most once while it succeeds: a thread that asks for a value
 * another thread is computing waits for it instead of computing it again; a computation that fails is thrown to
 * its callers and forgotten, so a later call tries again. A computation may ask for other keys (never its own).
 * Thread-safe.
 *
 * @param <O> the owner the values are derived from
 */
public final class Memo<O> {

    private final Map<Object, Object> values = new ConcurrentHashMap<>();

    /** The value of {@code key}, computed from {@code owner} by {@code compute} on first use. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, O owner, Function<O, T> compute) {
        Object found = values.get(key);
        if (found == null) {
            Pending task = new Pending(() -> compute.apply(owner));
            Object raced = values.putIfAbsent(key, task);
            if (raced == null) {
                task.run();
                found = task.value(values, key);
                values.replace(key, task, found);
                return (T) found;
            }
            found = raced;
        }
        return (T) (found instanceof Pending p ? p.value(values, key) : found);
    }

    /** A value being computed, which other threads wait for. */
    private static final class Pending extends FutureTask<Object> {
        Pending(Callable<Object> compute) {
            super(compute);
        }

        /** The value, or the computation's failure thrown again (and the entry dropped, so a later call retries). */
        Object value(Map<Object, Object> values, Object key) {
            try {
                return get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + key, e);
            } catch (ExecutionException e) {
                values.remove(key, this);
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
