package org.referout.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The red flags of CLINICAL.md R5 with the question a client answers at intake, in plain words.
 * Intake's own catalogue until the clinical core publishes its red-flag type; codes and levels are copied
 * from R5 exactly, so switching over changes no stored data.
 */
enum RedFlagQuestion {
    // R5 REFER_EMERGENCY
    SADDLE_NUMBNESS(FlagLevel.REFER_EMERGENCY, "Numbness in the saddle area",
            "Have you noticed numbness or tingling around your bottom, genitals or inner thighs (where you would sit on a saddle)?"),
    BLADDER_DYSFUNCTION(FlagLevel.REFER_EMERGENCY, "Bladder problems",
            "Have you recently had trouble starting to pee, been unable to pee, or been unable to hold it?"),
    BOWEL_INCONTINENCE(FlagLevel.REFER_EMERGENCY, "Loss of bowel control",
            "Have you recently lost control of your bowels, or not felt when you need to go?"),
    BILATERAL_LEG_SYMPTOMS(FlagLevel.REFER_EMERGENCY, "Symptoms in both legs",
            "Do you have pain, numbness, pins and needles or weakness in both legs?"),
    PROGRESSIVE_WEAKNESS(FlagLevel.REFER_EMERGENCY, "Weakness that is getting worse",
            "Is an arm or a leg getting weaker, or are you tripping or dropping things more and more?"),
    FEVER_WITH_SPINAL_PAIN(FlagLevel.REFER_EMERGENCY, "Fever with back or neck pain",
            "Do you have a fever, or feel hot and shivery, as well as your back or neck pain?"),
    CANCER_WITH_NEURO_SIGNS(FlagLevel.REFER_EMERGENCY, "History of cancer with nerve symptoms",
            "Have you ever had cancer, and do you now have new numbness, weakness or trouble with balance?"),
    DVT_SIGNS(FlagLevel.REFER_EMERGENCY, "Signs of a blood clot in the leg",
            "Is one calf or leg swollen, warm, red or painful to touch?"),
    CHEST_PAIN_OR_BREATHLESSNESS(FlagLevel.REFER_EMERGENCY, "Chest pain or breathlessness",
            "Do you have chest pain or tightness, or get out of breath much more easily than usual?"),
    SUDDEN_SEVERE_HEADACHE(FlagLevel.REFER_EMERGENCY, "Sudden severe headache",
            "Have you had a sudden, very bad headache, the worst you have ever had?"),
    // R5 REFER_URGENT
    HISTORY_OF_CANCER_NEW_PAIN(FlagLevel.REFER_URGENT, "History of cancer with new pain",
            "Have you ever had cancer, and is this pain new since then?"),
    UNEXPLAINED_WEIGHT_LOSS(FlagLevel.REFER_URGENT, "Weight loss without trying",
            "Have you lost weight recently without trying to?"),
    SYSTEMICALLY_UNWELL(FlagLevel.REFER_URGENT, "Generally unwell",
            "Do you feel unwell in general, for example fevers, night sweats, or very tired for no reason?"),
    IMMUNOSUPPRESSION_NEW_PAIN(FlagLevel.REFER_URGENT, "Weakened immune system with new pain",
            "Do you take medicine that weakens your immune system, or have a condition that does, and is this pain new?"),
    LONG_TERM_STEROIDS_NEW_PAIN(FlagLevel.REFER_URGENT, "Long-term steroids with new pain",
            "Have you taken steroid tablets (such as prednisone) for a long time, and is this pain new?"),
    OSTEOPOROSIS_NEW_SEVERE_PAIN(FlagLevel.REFER_URGENT, "Osteoporosis with new severe pain",
            "Have you been told you have thin or weak bones (osteoporosis), and is this pain new and severe?"),
    SIGNIFICANT_TRAUMA(FlagLevel.REFER_URGENT, "Started after a fall or accident",
            "Did this pain start after a fall, a car accident or another hard knock?"),
    FIRST_EPISODE_AGE_OVER_60(FlagLevel.REFER_URGENT, "First episode over age 60",
            "Are you over 60, and is this the first time you have had this kind of pain?"),
    // R5 REFER
    NIGHT_PAIN(FlagLevel.REFER, "Pain at night",
            "Does the pain wake you at night, or is it bad when you lie still?"),
    NEW_PAIN_AGE_OVER_50(FlagLevel.REFER, "New pain over age 50",
            "Are you over 50, and is this a new pain?"),
    CONSTANT_PROGRESSIVE_PAIN(FlagLevel.REFER, "Constant pain that is getting worse",
            "Is the pain there all the time and slowly getting worse, whatever you do?"),
    LIMB_NUMBNESS_OR_TINGLING(FlagLevel.REFER, "Numbness or tingling in an arm or leg",
            "Do you have numbness or pins and needles in an arm or a leg?");

    private final FlagLevel level;
    private final String label;
    private final String question;

    RedFlagQuestion(FlagLevel level, String label, String question) {
        this.level = level;
        this.label = label;
        this.question = question;
    }

    FlagLevel level() {
        return level;
    }

    /** How the therapist sees it on the banner. */
    String label() {
        return label;
    }

    /** How the client is asked, in plain words (R5: reviewed for plain language). */
    String question() {
        return question;
    }

    String code() {
        return name();
    }

    static Optional<RedFlagQuestion> of(String code) {
        return Arrays.stream(values()).filter(flag -> flag.name().equals(code)).findFirst();
    }

    static List<RedFlagQuestion> all() {
        return List.of(values());
    }
}
