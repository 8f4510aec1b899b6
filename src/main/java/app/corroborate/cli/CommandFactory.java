package app.corroborate.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Makes the commands for picocli with the {@link Parts} of the composition root: a command that declares a
 * constructor taking {@code Parts} gets them; any other class picocli needs (converters, the commands that need
 * nothing) is made as picocli would make it.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Parts parts;

    CommandFactory(Parts parts) {
        this.parts = parts;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Parts.class) {
                c.setAccessible(true);
                return type.cast(c.newInstance(parts));
            }
        }
        return CommandLine.defaultFactory().create(type);
    }
}
