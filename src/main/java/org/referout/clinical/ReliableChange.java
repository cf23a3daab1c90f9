package org.referout.clinical;

/**
 * R3 reliable change (Jacobson &amp; Truax 1991 with the Christensen–Mendoza √2): Sdiff = SEM·√2,
 * RCI = Δ / Sdiff, reliable when |RCI| &gt; 1.96 (strictly). Reported with every evaluation; the status
 * does not use it.
 */
public final class ReliableChange {

    /** The two-sided 95 % criterion of Jacobson &amp; Truax. */
    public static final double CRITICAL_RCI = 1.96;

    private static final ReliableChange NPRS = ofSem(Measure.NPRS.defaultSem());
    private static final ReliableChange PSFS = ofSem(Measure.PSFS.defaultSem());
    private static final ReliableChange PEG = ofSem(Measure.PEG.defaultSem());

    private final double sem;
    private final double sdiff;

    private ReliableChange(double sem) {
        if (!(sem > 0)) {
            throw new IllegalArgumentException("SEM must be positive, got " + sem);
        }
        this.sem = sem;
        this.sdiff = sem * Math.sqrt(2);
    }

    /** From a standard error of measurement. */
    public static ReliableChange ofSem(double sem) {
        return new ReliableChange(sem);
    }

    /** From a standard deviation and a test–retest reliability r: SEM = SD·√(1 − r). */
    public static ReliableChange ofSdAndReliability(double sd, double r) {
        if (r < 0 || r >= 1) {
            throw new IllegalArgumentException("reliability must be in 0..1 (exclusive), got " + r);
        }
        return new ReliableChange(sd * Math.sqrt(1 - r));
    }

    /** R3 default SEM of a primary measure: NPRS 1.02, PSFS 0.86, PEG 1.07. */
    public static ReliableChange forMeasure(Measure measure) {
        return switch (measure) {
            case NPRS -> NPRS;
            case PSFS -> PSFS;
            case PEG -> PEG;
            case GROC -> throw new IllegalArgumentException("GROC has no reliable change index (R3)");
        };
    }

    public double sem() {
        return sem;
    }

    public double sdiff() {
        return sdiff;
    }

    /** The smallest |Δ| that is reliable: 1.96 × Sdiff. */
    public double criterion() {
        return CRITICAL_RCI * sdiff;
    }

    /** RCI of an improvement Δ (positive = better, as everywhere in R). */
    public double index(double improvement) {
        return improvement / sdiff;
    }

    /** R3: |RCI| &gt; 1.96, strictly. */
    public boolean isReliable(double improvement) {
        return Math.abs(index(improvement)) > CRITICAL_RCI;
    }
}
