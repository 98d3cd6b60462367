package app.spindle.discogs;

import app.spindle.discogs.model.DiscogsPagination;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Fetches page 1, 2, … as it is iterated, until {@code pagination.pages} says there is no more. */
final class PageIterator<P> implements Iterator<P> {
    private final IntFunction<P> fetch;
    private final Function<P, DiscogsPagination> paginationOf;
    private int nextPage = 1;
    private boolean done;

    PageIterator(IntFunction<P> fetch, Function<P, DiscogsPagination> paginationOf) {
        this.fetch = fetch;
        this.paginationOf = paginationOf;
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public P next() {
        if (done) {
            throw new NoSuchElementException();
        }
        P page = fetch.apply(nextPage);
        DiscogsPagination pagination = paginationOf.apply(page);
        // our own page count decides, so a server repeating "page 1" cannot keep us going forever
        if (pagination == null || nextPage >= pagination.pages()) {
            done = true;
        } else {
            nextPage++;
        }
        return page;
    }
}
