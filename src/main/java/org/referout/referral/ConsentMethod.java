package org.referout.referral;

public enum ConsentMethod {
    IN_PERSON("In person"), BY_LINK("By link");

    private final String label;

    ConsentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
