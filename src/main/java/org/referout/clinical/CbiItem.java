package org.referout.clinical;

import java.util.Arrays;
import java.util.List;

/**
 * The 19 items of the Copenhagen Burnout Inventory, worded as in the English PUMA version
 * (CLINICAL-EVIDENCE §5.1) with "clients" as the word for the people our users work with (R9).
 * The constant names are stored in the database: never rename them.
 */
public enum CbiItem {

    // R9: personal burnout, 6 items, all frequency
    PERSONAL_1(CbiScale.PERSONAL, 1, "How often do you feel tired?", CbiAnswerType.FREQUENCY, false),
    PERSONAL_2(CbiScale.PERSONAL, 2, "How often are you physically exhausted?", CbiAnswerType.FREQUENCY, false),
    PERSONAL_3(CbiScale.PERSONAL, 3, "How often are you emotionally exhausted?", CbiAnswerType.FREQUENCY, false),
    PERSONAL_4(CbiScale.PERSONAL, 4, "How often do you think: \"I can't take it anymore\"?", CbiAnswerType.FREQUENCY,
            false),
    PERSONAL_5(CbiScale.PERSONAL, 5, "How often do you feel worn out?", CbiAnswerType.FREQUENCY, false),
    PERSONAL_6(CbiScale.PERSONAL, 6, "How often do you feel weak and susceptible to illness?",
            CbiAnswerType.FREQUENCY, false),

    // R9: work-related burnout, 7 items; item 7 is reversed
    WORK_1(CbiScale.WORK, 1, "Is your work emotionally exhausting?", CbiAnswerType.DEGREE, false),
    WORK_2(CbiScale.WORK, 2, "Do you feel burnt out because of your work?", CbiAnswerType.DEGREE, false),
    WORK_3(CbiScale.WORK, 3, "Does your work frustrate you?", CbiAnswerType.DEGREE, false),
    WORK_4(CbiScale.WORK, 4, "Do you feel worn out at the end of the working day?", CbiAnswerType.FREQUENCY, false),
    WORK_5(CbiScale.WORK, 5, "Are you exhausted in the morning at the thought of another day at work?",
            CbiAnswerType.FREQUENCY, false),
    WORK_6(CbiScale.WORK, 6, "Do you feel that every working hour is tiring for you?", CbiAnswerType.FREQUENCY,
            false),
    WORK_7(CbiScale.WORK, 7, "Do you have enough energy for family and friends during leisure time?",
            CbiAnswerType.FREQUENCY, true),

    // R9: client-related burnout, 6 items
    CLIENT_1(CbiScale.CLIENT, 1, "Do you find it hard to work with clients?", CbiAnswerType.DEGREE, false),
    CLIENT_2(CbiScale.CLIENT, 2, "Do you find it frustrating to work with clients?", CbiAnswerType.DEGREE, false),
    CLIENT_3(CbiScale.CLIENT, 3, "Does it drain your energy to work with clients?", CbiAnswerType.DEGREE, false),
    CLIENT_4(CbiScale.CLIENT, 4, "Do you feel that you give more than you get back when you work with clients?",
            CbiAnswerType.DEGREE, false),
    CLIENT_5(CbiScale.CLIENT, 5, "Are you tired of working with clients?", CbiAnswerType.FREQUENCY, false),
    CLIENT_6(CbiScale.CLIENT, 6, "Do you sometimes wonder how long you will be able to continue working with clients?",
            CbiAnswerType.FREQUENCY, false);

    private final CbiScale scale;
    private final int number;
    private final String question;
    private final CbiAnswerType answerType;
    private final boolean reversed;

    CbiItem(CbiScale scale, int number, String question, CbiAnswerType answerType, boolean reversed) {
        this.scale = scale;
        this.number = number;
        this.question = question;
        this.answerType = answerType;
        this.reversed = reversed;
    }

    public CbiScale scale() {
        return scale;
    }

    /** Position within its scale, 1-based, as numbered in the published inventory. */
    public int number() {
        return number;
    }

    public String question() {
        return question;
    }

    public CbiAnswerType answerType() {
        return answerType;
    }

    public boolean reversed() {
        return reversed;
    }

    /**
     * The item's contribution to its scale score. {@code chosen} is the points of the option as printed
     * (Always = 100); a reversed item counts the other way round (Always = 0, R9).
     */
    public int scored(int chosen) {
        if (!CbiAnswerType.isValidPoints(chosen)) {
            throw new IllegalArgumentException("A CBI answer is 0, 25, 50, 75 or 100, got " + chosen);
        }
        return reversed ? 100 - chosen : chosen;
    }

    public static List<CbiItem> of(CbiScale scale) {
        return Arrays.stream(values()).filter(item -> item.scale == scale).toList();
    }
}
