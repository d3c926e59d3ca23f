package io.tillbridge.client.internal.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream over a paged API that fetches the next page only when the consumer reaches it, so memory
 * stays one page however long the list. Every client's lists go through here.
 */
public final class LazyPages {

    private LazyPages() {
    }

    /**
     * One fetched page.
     *
     * @param records the page's records
     * @param hasMore whether another page follows
     */
    public record Fetched<T>(List<T> records, boolean hasMore) {
    }

    /**
     * @param fetch fetches page n (counting from {@code first}); called on the consumer's thread
     * @param first the first page's number (1 for most APIs)
     * @param step  how much the page number grows per page (1, or the page size for row-offset APIs)
     */
    public static <T> Stream<T> stream(IntFunction<Fetched<T>> fetch, int first, int step) {
        Iterator<T> iterator = new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();
            private int next = first;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && more) {
                    Fetched<T> page = fetch.apply(next);
                    next += step;
                    more = page.hasMore();
                    current = page.records().iterator();
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
