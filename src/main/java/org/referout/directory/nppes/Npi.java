package org.referout.directory.nppes;

/**
 * The National Provider Identifier: 10 digits, the last a Luhn check digit computed over the 9 first digits
 * prefixed with 80840 (the US health-industry card issuer prefix), as CMS specifies.
 */
public final class Npi {

    private Npi() {
    }

    public static boolean isValid(String text) {
        if (text.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(text.substring(0, 9)) == text.charAt(9) - '0';
    }

    /** The full NPI for a 9-digit base (100000000..999999999). */
    public static long withCheckDigit(long base9) {
        return base9 * 10 + checkDigit(Long.toString(base9));
    }

    static int checkDigit(String first9) {
        String digits = "80840" + first9;
        int sum = 0;
        // Luhn: double every second digit from the right, the check digit's position being the rightmost
        for (int i = digits.length() - 1, doubled = 1; i >= 0; i--, doubled ^= 1) {
            int d = digits.charAt(i) - '0';
            if (doubled == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
