package org.referout.client;

import java.util.List;

/** One page of a client list or search, {@code page} counted from 0. */
public record ClientPage(List<Client> clients, int page, int size, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
