package org.referout.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.referout.client.ClientId;
import org.referout.intake.ActiveFlag;
import org.referout.intake.ClearedFlag;
import org.referout.intake.FlagScreen;

/**
 * The client's red flags (R5) as FHIR Flags: one active Flag per flag that counts now, one inactive Flag per flag
 * a therapist cleared (its period ends at the clearance). Flags belong to the client, not to an episode, so the
 * subject is the Patient and no encounter is named. Id: {@code {client}-saddle-numbness} (active) or
 * {@code {client}-saddle-numbness-cleared} (FHIR ids allow no underscore).
 */
final class FlagMapper {

    static final String RED_FLAGS = Codes.CODE_SYSTEM + "red-flags";
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    private FlagMapper() {
    }

    static List<Flag> toFhir(ClientId client, FlagScreen screen) {
        List<Flag> flags = new ArrayList<>();
        for (ActiveFlag active : screen.flags()) {
            Flag flag = base(client, active.code(), active.label());
            flag.setId(id(client, active.code(), false));
            flag.setStatus(Flag.FlagStatus.ACTIVE);
            flag.setPeriod(new Period().setStart(Date.from(active.answeredAt().toInstant())));
            flags.add(flag);
        }
        for (ClearedFlag cleared : screen.cleared()) {
            Flag flag = base(client, cleared.code(), cleared.label());
            flag.setId(id(client, cleared.code(), true));
            flag.setStatus(Flag.FlagStatus.INACTIVE);
            flag.setPeriod(new Period().setEnd(Date.from(cleared.clearedAt().toInstant())));
            flags.add(flag);
        }
        return flags;
    }

    static String id(ClientId client, String code, boolean cleared) {
        return client + "-" + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + (cleared ? "-cleared" : "");
    }

    private static Flag base(ClientId client, String code, String label) {
        Flag flag = new Flag();
        flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORY, "clinical", "Clinical")));
        flag.setCode(new CodeableConcept(new Coding(RED_FLAGS, code, label)).setText("Red flag: " + label));
        flag.setSubject(new Reference("Patient/" + client));
        return flag;
    }
}
