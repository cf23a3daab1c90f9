package org.referout.directory;

/**
 * NPPES gives a US phone number as ten bare digits ("2125550174"); people read "(212) 555-0174". Anything else
 * (an extension, a number typed with its own punctuation) is shown as it was given.
 */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    static String readable(String phone) {
        if (phone == null || !phone.matches("1?[0-9]{10}")) {
            return phone;
        }
        String digits = phone.length() == 11 ? phone.substring(1) : phone;
        return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
    }
}
