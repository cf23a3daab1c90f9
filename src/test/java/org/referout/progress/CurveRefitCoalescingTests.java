package org.referout.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.referout.episode.DischargeReason;
import org.referout.episode.EpisodeClosed;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStatus;
import org.referout.practice.PracticeId;

/** Closures that arrive during a rebuild are covered by exactly one more rebuild, never lost. */
class CurveRefitCoalescingTests {

    static final PracticeId PRACTICE = new PracticeId(7);
    static final EpisodeClosed CLOSED = new EpisodeClosed(PRACTICE, new EpisodeId(1), EpisodeStatus.DISCHARGED,
            DischargeReason.GOALS_MET);

    final Progress progress = mock(Progress.class);
    final CurveRefit refit = new CurveRefit(progress);
    final AtomicInteger rebuilds = new AtomicInteger();

    @Test
    void closuresDuringARebuildAreFoldedIntoOneMoreRebuild() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(progress.refitCurves(PRACTICE)).thenAnswer(call -> {
            if (rebuilds.incrementAndGet() == 1) {
                firstStarted.countDown();
                release.await(10, TimeUnit.SECONDS);
            }
            return null;
        });
        Thread running = new Thread(() -> refit.on(CLOSED));
        running.start();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

        for (int i = 0; i < 5; i++) {
            refit.on(CLOSED); // returns at once: the running listener will rebuild again
        }
        assertThat(rebuilds).hasValue(1);
        release.countDown();
        running.join(10_000);

        assertThat(rebuilds).hasValue(2);
        refit.on(CLOSED);
        assertThat(rebuilds).hasValue(3);
    }

    @Test
    void aFailedRebuildLeavesTheNextClosureToRebuildItself() {
        when(progress.refitCurves(PRACTICE)).thenAnswer(call -> {
            if (rebuilds.incrementAndGet() == 1) {
                throw new IllegalStateException("database gone");
            }
            return null;
        });
        assertThatThrownBy(() -> refit.on(CLOSED)).hasMessage("database gone");

        refit.on(CLOSED);
        assertThat(rebuilds).hasValue(2);
    }
}
