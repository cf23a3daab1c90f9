package org.referout.clinical;

/**
 * R4.4: the plain sentences behind the trajectory reason codes, with the numbers, e.g. "Pain is 7/10,
 * the same as at the first visit, after 3 visits. Clients like this usually improve by at least 2 points
 * by now. Review the plan with the client."
 */
final class ReasonWriter {

    private ReasonWriter() {
    }

    static Reason noRoom(PrimarySeries s) {
        Measure m = s.measure;
        return new Reason(ReasonCode.BASELINE_NO_ROOM, m.label() + " was " + score(s, 1)
                + " at the first visit: too " + (m.higherIsBetter() ? "high" : "low")
                + " to show an important improvement of " + points(m, m.importantPoints()) + ". Follow another measure, such as "
                + (m == Measure.PSFS ? "pain (NPRS)." : "the client's chosen activities (PSFS)."));
    }

    static Reason trajectory(PrimarySeries s, Verdict verdict) {
        int n = s.n;
        Measure m = s.measure;
        String now = m.label() + " is " + score(s, n) + ", " + change(s, n) + ", after " + n + " visits";
        String text = switch (verdict.reason()) {
            case BASELINE_ONLY -> m.label() + " is " + score(s, 1)
                    + " at the first visit. Progress shows from the next scored visit on.";
            case DETERIORATED -> s.isLargeDeterioration(n)
                    ? now + ": a large worsening. Consider referring for another assessment."
                    : now + ": a worsening of at least " + points(m, m.deteriorationPoints())
                            + ". Review the plan with the client.";
            case DETERIORATED_TWICE -> now + ", and it was already worse at the visit before."
                    + " Consider referring for another assessment.";
            case RECOVERED -> now + ": an important improvement, into the recovered range. Consider discharging.";
            case IMPORTANT_IMPROVEMENT -> now + ": an important improvement. Continue.";
            case STALLED_AFTER_IMPROVEMENT -> now + ", but it has moved less than " + points(m, m.importantPoints())
                    + " over the last three visits. Review whether more visits will help.";
            case NO_IMPORTANT_IMPROVEMENT -> now + ": no important improvement yet (that needs " + needed(m) + ")."
                    + (verdict.daysSinceBaseline() == Verdict.DAYS_UNKNOWN ? " The days since the first visit are not"
                            + " known (a visit has no date), so the six weeks of a trial of care cannot be counted." : "")
                    + " Review the plan with the client.";
            case TRIAL_OF_CARE_ENDED -> now + (verdict.daysSinceBaseline() >= 0
                    ? " over " + verdict.daysSinceBaseline() + " days" : "")
                    + ": no important improvement within a fair trial of care. Consider referring for another assessment.";
            case BELOW_EXPECTED -> now + ". " + expected(s.measure, verdict.bound()) + " Review the plan with the client.";
            case BELOW_EXPECTED_TWICE -> now + ". " + expected(s.measure, verdict.bound())
                    + " Progress was below the expected at the visit before too. Consider referring for another assessment.";
            default -> now + ": within the progress expected so far. Continue.";
        };
        return new Reason(verdict.reason(), text);
    }

    /**
     * The expected progress in words. A bound of 0 or less is never quoted as an improvement ("at least 0 points"
     * says nothing, "at least -1 point" reads as nonsense): it means clients like this who went on to improve were
     * at least not worse by now. What counts is the bound as it would be printed: 0.04 would read "at least 0 points".
     */
    static String expected(Measure measure, ToleranceBound bound) {
        if (!bound.hasValue()) {
            return "Most clients improve at least a little by the third scored visit.";
        }
        if (Math.round(bound.value() * 10) <= 0) {
            return "Clients like this usually show some improvement by now, or at least are no worse than at the"
                    + " first visit.";
        }
        return "Clients like this usually improve by at least " + points(measure, bound.value()) + " by now.";
    }

    private static String needed(Measure m) {
        return "at least " + points(m, m.importantPoints()) + (m.needsThirtyPercent() ? " and 30 %" : "");
    }

    /** "the same as at the first visit", "3 points better than at the first visit (7/10)". */
    private static String change(PrimarySeries s, int k) {
        int delta = s.improvementSum(k);
        if (delta == 0) {
            return "the same as at the first visit";
        }
        return points(s.measure, Math.abs(s.improvement(k))) + (delta > 0 ? " better" : " worse")
                + " than at the first visit (" + score(s, 1) + ")";
    }

    private static String score(PrimarySeries s, int k) {
        return Decimals.oneDecimal(s.value(k)) + "/10";
    }

    private static String points(Measure m, double points) {
        String number = Decimals.oneDecimal(points);
        return number + ("1".equals(number) ? " point" : " points");
    }
}
