package org.referout.progress;

public record AlertId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
