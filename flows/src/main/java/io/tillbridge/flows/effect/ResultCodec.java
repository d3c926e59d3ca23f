package io.tillbridge.flows.effect;

import java.util.Map;

/**
 * How an effect's result is saved in a store and loaded again: as flat text fields, so that every
 * store (memory, H2, PostgreSQL) keeps it the same way and a person can read it.
 *
 * @param <R> the result
 */
public interface ResultCodec<R> {

    /**
     * Saves a result as flat text fields.
     *
     * @param result the result
     * @return the fields
     */
    Map<String, String> save(R result);

    /**
     * Loads a result saved by {@link #save}.
     *
     * @param saved the fields
     * @return the result
     */
    R load(Map<String, String> saved);

    /**
     * A result that is one text value under one name (an id).
     *
     * @param name the field's name
     * @return the codec
     */
    static ResultCodec<String> text(String name) {
        return new ResultCodec<>() {
            @Override
            public Map<String, String> save(String result) {
                return Map.of(name, result);
            }

            @Override
            public String load(Map<String, String> saved) {
                String value = saved.get(name);
                if (value == null) {
                    throw new IllegalStateException("saved result has no '" + name + "'");
                }
                return value;
            }
        };
    }
}
