package org.referout.insights;

import java.util.List;

/**
 * R8: the practice's non-response rate beside published outcomes of massage (and one physical-therapy
 * benchmark), each named with its study. The point is in the sentence, not the numbers: some clients do not get
 * better, and that is expected — not improving is a reason to refer, not a failure.
 *
 * @param nonResponse evaluated episodes whose latest evaluation shows no important improvement (R2)
 */
public record Perspective(Share nonResponse, List<PublishedFigure> published) {

    /** One published figure as R8 words it; {@code didNotImprovePercent} is null where the study gives none. */
    public record PublishedFigure(String study, String setting, String finding, Double didNotImprovePercent) {
    }

    static final List<PublishedFigure> R8 = List.of(
            new PublishedFigure("Sherman 2009", "chronic neck pain, up to 10 massages over 10 weeks",
                    "39 % reached a clinically significant improvement in neck disability (14 % with a self-care "
                            + "book) — about 6 in 10 massage clients did not.", 61.0),
            new PublishedFigure("Cherkin 2011", "chronic low back pain, 10 weekly massages, n = 401",
                    "function better than usual care by 2.5–2.9 RDQ points at 10 weeks on average; benefits small "
                            + "by one year.", null),
            new PublishedFigure("Elder 2017", "real-world community massage, 10 sessions over 12 weeks",
                    "55 % reached a clinically meaningful physical-health improvement at 12 weeks — 45 % did not.",
                    45.0),
            new PublishedFigure("Spine 2016", "physical therapy for low back pain, n = 4,597",
                    "28.5 % met the minimal important change on disability — 71.5 % did not.", 71.5),
            new PublishedFigure("Brennan 2023", "physical therapy for low back pain, early response",
                    "42.7 % reached a 30 % improvement by visit 3 and 49 % by visit 6.", null));

    static Perspective of(GroupOutcome overall) {
        Share improved = overall.improvement();
        return new Perspective(Share.of(improved.of() - improved.count(), improved.of()), R8);
    }
}
