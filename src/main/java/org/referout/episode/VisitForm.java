package org.referout.episode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;

/**
 * The tablet visit form. Each 0–10 scale is a radio group with its own name (nprs, psfs0…psfs4, peg0…peg2, groc);
 * a measure nobody tapped is simply not taken at this visit.
 */
record VisitForm(String date, String durationMinutes, List<String> techniques, String nprs, String psfs0,
        String psfs1, String psfs2, String psfs3, String psfs4, String peg0, String peg1, String peg2, String groc,
        String subjective, String objective, String assessment, String plan, String homework, String overrideReason) {

    static VisitForm empty(LocalDate today) {
        return new VisitForm(today.toString(), "60", List.of(), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The empty form with the scores the client answered at home filled in; the therapist can change any. */
    static VisitForm fromHome(LocalDate today, AnsweredAtHome home) {
        List<Integer> psfs = home.psfs();
        List<Integer> peg = home.peg();
        return new VisitForm(today.toString(), "60", List.of(), text(home.nprs()), item(psfs, 0), item(psfs, 1),
                item(psfs, 2), item(psfs, 3), item(psfs, 4), item(peg, 0), item(peg, 1), item(peg, 2), null, null, null,
                null, null, null, null);
    }

    private static String item(List<Integer> values, int index) {
        return index < values.size() ? text(values.get(index)) : null;
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    VisitInput toInput(int activities) {
        var problems = new ArrayList<FieldProblem>();
        LocalDate day = date(problems);
        Integer minutes = number("durationMinutes", durationMinutes, problems);
        var scores = new ArrayList<ScoreInput>();
        if (given(nprs)) {
            scores.add(new ScoreInput("NPRS", decimal("nprs", nprs, problems), null));
        }
        List<String> psfs = List.of(blank(psfs0), blank(psfs1), blank(psfs2), blank(psfs3), blank(psfs4))
            .subList(0, Math.min(activities, 5));
        if (psfs.stream().anyMatch(VisitForm::given)) {
            scores.add(new ScoreInput("PSFS", null, decimals("psfs", psfs, problems)));
        }
        List<String> peg = List.of(blank(peg0), blank(peg1), blank(peg2));
        if (peg.stream().anyMatch(VisitForm::given)) {
            scores.add(new ScoreInput("PEG", null, decimals("peg", peg, problems)));
        }
        if (given(groc)) {
            scores.add(new ScoreInput("GROC", decimal("groc", groc, problems), null));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return new VisitInput(day, minutes, techniques,
                new VisitNotes(subjective, objective, assessment, plan, homework), scores, overrideReason);
    }

    private LocalDate date(List<FieldProblem> problems) {
        if (!given(date)) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("date", "is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static Integer number(String field, String text, List<FieldProblem> problems) {
        BigDecimal value = decimal(field, text, problems);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(field, text + " is not a whole number"));
            return null;
        }
    }

    private static List<BigDecimal> decimals(String field, List<String> texts, List<FieldProblem> problems) {
        var values = new ArrayList<BigDecimal>();
        for (int i = 0; i < texts.size(); i++) {
            values.add(decimal(field + i, texts.get(i), problems));
        }
        return values;
    }

    private static BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
        if (!given(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, text + " is not a number"));
            return null;
        }
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
