package app.corroborate.ui.common;

import java.util.function.Supplier;

/**
 * A part made the first time it is asked for, once, whichever thread asks: what the first screen does not need
 * (the exporter, say) is not made while the window starts.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T made;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T t = made;
        if (t == null) {
            synchronized (this) {
                t = made;
                if (t == null) {
                    t = make.get();
                    made = t;
                }
            }
        }
        return t;
    }
}
