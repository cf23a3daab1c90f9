package org.referout.demo;

import java.util.List;

import org.referout.clinical.RedFlag;

/**
 * One demo client's story: who, what hurts, and the primary-measure scores at each visit. PSFS stories carry
 * item lists; NPRS and PEG stories carry one value per visit (PEG's three items are derived around it).
 */
record DemoTrajectory(String firstName, String lastName, String zip, String complaint, boolean chronic,
        String measure, List<String> activities, List<int[]> scores, String goals, int therapist, List<RedFlag> flags,
        String lastVisitNote) {

    DemoTrajectory(String firstName, String lastName, String zip, String complaint, boolean chronic, String measure,
            List<String> activities, List<int[]> scores, String goals, int therapist) {
        this(firstName, lastName, zip, complaint, chronic, measure, activities, scores, goals, therapist, List.of(),
                null);
    }

    /**
     * The client answers yes to these red flags just before the last visit, which the therapist records with
     * this reason for the visit guard (C4): the alert after that visit weighs the flags (R4.2).
     */
    DemoTrajectory withFlagsBeforeLastVisit(String note, RedFlag... yes) {
        return new DemoTrajectory(firstName, lastName, zip, complaint, chronic, measure, activities, scores, goals,
                therapist, List.of(yes), note);
    }

    static DemoTrajectory nprs(String first, String last, String zip, String complaint, boolean chronic, int therapist,
            String goals, int... values) {
        return new DemoTrajectory(first, last, zip, complaint, chronic, "NPRS", List.of(), single(values), goals,
                therapist);
    }

    static DemoTrajectory peg(String first, String last, String zip, String complaint, boolean chronic, int therapist,
            String goals, int... values) {
        return new DemoTrajectory(first, last, zip, complaint, chronic, "PEG", List.of(), single(values), goals,
                therapist);
    }

    static DemoTrajectory psfs(String first, String last, String zip, String complaint, int therapist, String goals,
            List<String> activities, int[]... visits) {
        return new DemoTrajectory(first, last, zip, complaint, false, "PSFS", activities, List.of(visits), goals,
                therapist);
    }

    private static List<int[]> single(int... values) {
        return java.util.Arrays.stream(values).mapToObj(v -> new int[] { v }).toList();
    }
}
