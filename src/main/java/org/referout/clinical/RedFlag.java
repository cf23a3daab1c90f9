package org.referout.clinical;

import static org.referout.clinical.Recommendation.REFER;
import static org.referout.clinical.Recommendation.REFER_EMERGENCY;
import static org.referout.clinical.Recommendation.REFER_URGENT;

/**
 * The red flags of R5 (IFOMPT framework, Finucane 2020; NHS red-flag pathways; Werner for DVT), each with
 * its level and the question a client can answer. Declared from the most to the least severe, so an
 * {@code EnumSet} lists them in that order. Red flags are prompts to refer, never a diagnosis.
 */
public enum RedFlag {
    SADDLE_NUMBNESS(REFER_EMERGENCY, "Saddle numbness",
            "Do you have numbness or tingling around your bottom, genitals or inner thighs (where you would sit on a saddle)?"),
    BLADDER_DYSFUNCTION(REFER_EMERGENCY, "Bladder problems",
            "Have you recently had trouble passing urine, or leaked urine without meaning to?"),
    BOWEL_INCONTINENCE(REFER_EMERGENCY, "Loss of bowel control",
            "Have you recently lost control of your bowels?"),
    BILATERAL_LEG_SYMPTOMS(REFER_EMERGENCY, "Symptoms in both legs",
            "Do you have pain, numbness, tingling or weakness in both legs at the same time?"),
    PROGRESSIVE_WEAKNESS(REFER_EMERGENCY, "Weakness getting worse",
            "Is an arm or a leg getting weaker, for example tripping or dropping things more and more?"),
    FEVER_WITH_SPINAL_PAIN(REFER_EMERGENCY, "Fever with back or neck pain",
            "Do you have a fever or feel hot and shivery as well as pain in your back or neck?"),
    CANCER_WITH_NEURO_SIGNS(REFER_EMERGENCY, "Cancer with new nerve symptoms",
            "Have you had cancer and now have new numbness, tingling or weakness?"),
    DVT_SIGNS(REFER_EMERGENCY, "Signs of a blood clot (DVT)",
            "Is one calf or leg swollen, warm, red or painful to touch?"),
    CHEST_PAIN_OR_BREATHLESSNESS(REFER_EMERGENCY, "Chest pain or breathlessness",
            "Do you have pain or tightness in your chest, or get short of breath more easily than usual?"),
    SUDDEN_SEVERE_HEADACHE(REFER_EMERGENCY, "Sudden severe headache",
            "Have you had a sudden, very bad headache, the worst you have ever had?"),

    HISTORY_OF_CANCER_NEW_PAIN(REFER_URGENT, "Past cancer with new pain",
            "Have you ever had cancer, and is this pain new since then?"),
    UNEXPLAINED_WEIGHT_LOSS(REFER_URGENT, "Weight loss without a reason",
            "Have you lost weight recently without trying to?"),
    SYSTEMICALLY_UNWELL(REFER_URGENT, "Feeling generally unwell",
            "Do you feel generally unwell, for example tired all the time, sweating at night or off your food?"),
    IMMUNOSUPPRESSION_NEW_PAIN(REFER_URGENT, "Weak immune system with new pain",
            "Do you take medicine that weakens your immune system, or have a condition that does, and is this pain new?"),
    LONG_TERM_STEROIDS_NEW_PAIN(REFER_URGENT, "Long-term steroids with new pain",
            "Have you taken steroid tablets (such as prednisolone) for a long time, and is this pain new?"),
    OSTEOPOROSIS_NEW_SEVERE_PAIN(REFER_URGENT, "Osteoporosis with new severe pain",
            "Do you have thin or weak bones (osteoporosis), and is this a new, severe pain?"),
    SIGNIFICANT_TRAUMA(REFER_URGENT, "A serious fall or accident",
            "Did this start after a serious fall, a car accident or a hard blow?"),
    FIRST_EPISODE_AGE_OVER_60(REFER_URGENT, "First time, over 60",
            "Are you over 60, and is this the first time you have had this kind of pain?"),

    NIGHT_PAIN(REFER, "Pain at night",
            "Does the pain wake you at night, or is it there even when you lie still?"),
    NEW_PAIN_AGE_OVER_50(REFER, "New pain, over 50",
            "Are you over 50, and is this a new kind of pain for you?"),
    CONSTANT_PROGRESSIVE_PAIN(REFER, "Constant pain getting worse",
            "Is the pain there all the time and slowly getting worse, whatever you do?"),
    LIMB_NUMBNESS_OR_TINGLING(REFER, "Numbness or tingling in an arm or leg",
            "Do you have numbness or tingling in an arm or a leg?");

    private final Recommendation level;
    private final String label;
    private final String question;

    RedFlag(Recommendation level, String label, String question) {
        this.level = level;
        this.label = label;
        this.question = question;
    }

    /** R5 level: REFER_EMERGENCY, REFER_URGENT or REFER. */
    public Recommendation level() {
        return level;
    }

    /** Short plain name, e.g. "Saddle numbness". */
    public String label() {
        return label;
    }

    /** The intake question in plain words. */
    public String question() {
        return question;
    }

    /** R6: for these an emergency referral means calling emergency services now. */
    public boolean needsEmergencyServices() {
        return this == DVT_SIGNS || this == CHEST_PAIN_OR_BREATHLESSNESS;
    }
}
