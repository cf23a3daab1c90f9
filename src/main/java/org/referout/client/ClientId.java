package org.referout.client;

public record ClientId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
