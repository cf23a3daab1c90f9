package org.referout.episode;

public record VisitId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
