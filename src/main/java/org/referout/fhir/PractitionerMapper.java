package org.referout.fhir;

import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.Practitioner;
import org.referout.practice.User;

/** A user of the practice (the therapist who recorded a score) as a FHIR Practitioner; id = the user's id. */
final class PractitionerMapper {

    private PractitionerMapper() {
    }

    static Practitioner toFhir(User user) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(user.id().toString());
        practitioner.addIdentifier().setSystem(Codes.USER_ID).setValue(user.id().toString());
        practitioner.setActive(user.enabled());
        practitioner.addName().setText(user.displayName()).setFamily(familyName(user.displayName()));
        practitioner.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(user.email());
        return practitioner;
    }

    /** A display name is one string ("Ana de la Cruz"); its last word is the best guess at a family name. */
    private static String familyName(String displayName) {
        String trimmed = displayName.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
