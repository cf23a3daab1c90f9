package org.referout.episode;

public record EpisodeId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
